"""Reading one JSON object from a file piece by piece: one big list field streamed, the rest kept."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from typing import IO, Any

from progress.bounds import BoundsError

CHUNK = 1024 * 1024
_WHITESPACE = " \t\r\n"
_DECODER = json.JSONDecoder()


class JsonStream:
    """A chunked reader of JSON text with a cap on the size of every single value."""

    def __init__(self, fh: IO[bytes], max_bytes: int) -> None:
        self._fh = fh
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._read = 0
        self._max = max_bytes
        self.keep_text = False
        """When True, `last_text` is the JSON text of the value `value` returned last."""
        self.last_text = ""

    def _fill(self) -> bool:
        """Read one more chunk; False at the end of the file."""
        if self._eof:
            return False
        raw = self._fh.read(CHUNK)
        self._read += len(raw)
        if self._read > self._max:
            from progress.bounds import size_text

            raise BoundsError(f"file is larger than {size_text(self._max)}")
        try:
            text = self._utf8.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise BoundsError("not a text file (not UTF-8)") from None
        if not raw:
            self._eof = True
        if self._pos > CHUNK:
            self._buf, self._pos = self._buf[self._pos :], 0
        self._buf += text
        return True

    def peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            buf, pos = self._buf, self._pos
            while pos < len(buf) and buf[pos] in _WHITESPACE:
                pos += 1
            self._pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self._fill():
                return ""

    def expect(self, chars: str) -> str:
        """Consume one of `chars` (after white space) and return it; BoundsError otherwise."""
        ch = self.peek()
        if not ch or ch not in chars:
            found = "the end of the file" if not ch else repr(ch)
            raise BoundsError(f"not valid JSON (expected {' or '.join(repr(c) for c in chars)}, found {found})")
        self._pos += 1
        return ch

    def value(self, limit: int, what: str) -> Any:
        """The next JSON value, which may span chunks but not more than `limit` characters."""
        self.peek()
        while True:
            try:
                found, end = _DECODER.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                if self._eof or len(self._buf) - self._pos > limit:
                    raise self._bad(exc, limit, what) from None
                self._fill()
                continue
            except RecursionError:
                raise BoundsError("not valid JSON (too deeply nested)") from None
            except ValueError as exc:  # an integer literal of more than 4,300 digits
                raise BoundsError(f"not usable JSON ({str(exc).split(':')[0][:80]})") from None
            if end == len(self._buf) and not self._eof and len(self._buf) - self._pos <= limit:
                self._fill()  # a number may go on in the next chunk
                continue
            if end - self._pos > limit:
                raise BoundsError(f"{what} is larger than {limit:,} characters")
            self.last_text = self._buf[self._pos : end] if self.keep_text else ""
            self._pos = end
            return found

    def _bad(self, exc: json.JSONDecodeError, limit: int, what: str) -> BoundsError:
        if not self._eof and len(self._buf) - self._pos > limit:
            return BoundsError(f"{what} is larger than {limit:,} characters, or not valid JSON")
        return BoundsError(f"not valid JSON ({exc.msg})")

    def at_end(self) -> bool:
        """True when only white space is left."""
        return self.peek() == ""


def read_object(
    stream: JsonStream,
    big_key: str,
    on_item: Callable[[Any], None],
    *,
    key_limit: int,
    value_limit: int,
    item_limit: int,
    fields: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Read a top-level object: every field kept except `big_key`, whose list items go to `on_item`.

    Returns the kept fields and the order of all keys as found. A repeated key, trailing text
    or any value over its limit is a BoundsError. If `big_key` holds something other than a
    list it is kept like any other field. `fields`, if given, is filled as the fields are read.
    """
    fields = {} if fields is None else fields
    order: list[str] = []
    first = stream.peek()
    if first != "{":
        raise BoundsError("not valid JSON (the file is empty)" if not first else "the top level is not a JSON object")
    stream.expect("{")
    if stream.peek() == "}":
        stream.expect("}")
    else:
        while True:
            key = stream.value(key_limit, "a field name")
            if not isinstance(key, str):
                raise BoundsError("not valid JSON (a field name is not text)")
            if key in order:
                raise BoundsError(f"the field {key[:40]!r} appears twice")
            order.append(key)
            stream.expect(":")
            if key == big_key and stream.peek() == "[":
                _read_list(stream, on_item, item_limit, key)
            else:
                fields[key] = stream.value(value_limit, f"the field {key[:40]!r}")
            if stream.expect(",}") == "}":
                break
    if not stream.at_end():
        raise BoundsError("not valid JSON (text after the end of the object)")
    return fields, order


def _read_list(stream: JsonStream, on_item: Callable[[Any], None], limit: int, key: str) -> None:
    stream.expect("[")
    if stream.peek() == "]":
        stream.expect("]")
        return
    n = 0
    while True:
        on_item(stream.value(limit, f"{key}[{n}]"))
        n += 1
        if stream.expect(",]") == "]":
            return
