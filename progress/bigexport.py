"""The export size policy: compact JSON written and read attempt by attempt, in bounded memory.

What `export` writes, `import` reads:
- compact JSON, one attempt per line (in canonical form: sorted keys), the attempts after the
  other fields, the checksum last;
- a prompt text longer than MAX_TEXT characters is cut on export and ends in TRUNCATED;
- a file of at most MAX_BYTES, every attempt at most MAX_ATTEMPT_CHARS characters of JSON;
- the checksum is the one of `exchange.checksum` (sha256 over the canonical JSON), computed
  on the fly, so a million attempts never sit in memory at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable
from typing import IO, Any

import msgspec

from progress import bounds, exportschema
from progress.exchange import FORMAT, VERSION, ExportError, check_sealed
from progress.jsonstream import JsonStream, read_object

MAX_TEXT = exportschema.MAX_TEXT
"""Characters of one prompt text in an export; longer texts are cut and marked."""
TRUNCATED = " […truncated]"
MAX_BYTES = 2 * 1024 * 1024 * 1024
"""The largest export `export` writes and `import` reads."""
MAX_ATTEMPT_CHARS = 1024 * 1024
MAX_FIELD_CHARS = 64 * 1024 * 1024
BIG = "attempts"
_CONTROL_ESCAPE = re.compile(r"\\(?:[nr]|u000[0aAdD])")


_CANON = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def _canon(value: Any) -> str:
    """The canonical JSON of `exchange.checksum` (sorted keys, compact, not ASCII-escaped)."""
    return _CANON(value)


def _line(value: Any) -> str:
    """Compact JSON for the file; characters terminals obey (C1, bidi) \\u-escaped, same data."""
    from progress.safetext import json_for_terminal

    return json_for_terminal(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def cut_text(text: str | None) -> str | None:
    """A prompt text as exported: at most MAX_TEXT characters, the cut ones ending in TRUNCATED."""
    if text is None or len(text) <= MAX_TEXT:
        return text
    return text[: MAX_TEXT - len(TRUNCATED)] + TRUNCATED


class _Hasher:
    """sha256 over the canonical JSON of the sealed body: attempts sort first of the known keys."""

    def __init__(self, before: dict[str, Any]) -> None:
        self._h = hashlib.sha256(b"{")
        self._pending: list[str] = []
        self._first = True
        for key in sorted(before):
            self._field(key, before[key])
        self._sep = False

    def _feed(self, text: str) -> None:
        self._pending.append(text)
        if len(self._pending) >= 512:  # hashing in batches: one encode and update per 512 pieces
            self._h.update("".join(self._pending).encode("utf-8"))
            self._pending.clear()

    def _field(self, key: str, value: Any) -> None:
        self._feed(("" if self._first else ",") + _canon(key) + ":" + _canon(value))
        self._first = False

    def open_list(self) -> None:
        self._feed(("" if self._first else ",") + _canon(BIG) + ":[")
        self._first = False

    def item(self, value: Any) -> None:
        self.item_text(_canon(value))

    def item_text(self, canon: str) -> None:
        """An item already in canonical JSON."""
        if self._sep:
            self._feed(",")
        self._feed(canon)
        self._sep = True

    def close(self, after: dict[str, Any], with_list: bool) -> str:
        if with_list:
            self._feed("]")
        for key in sorted(after):
            self._field(key, after[key])
        self._feed("}")
        self._h.update("".join(self._pending).encode("utf-8"))
        self._pending.clear()
        return "sha256:" + self._h.hexdigest()


def write(fh: IO[str], header: dict[str, Any], attempts: Iterable[dict[str, Any]]) -> int:
    """Write a sealed export: `header` fields, then `attempts` one per line, then the checksum.

    Returns the bytes written; ExportError if the file would exceed MAX_BYTES.
    """
    head = {
        "format": FORMAT,
        "version": VERSION,
        **{k: v for k, v in header.items() if k not in ("format", "version", "checksum", BIG)},
    }
    before = {k: v for k, v in head.items() if k < BIG}
    hasher = _Hasher(before)
    hasher.open_list()
    written = 0

    def out(text: str) -> None:
        nonlocal written
        written += len(text.encode("utf-8"))
        if written > MAX_BYTES:
            raise ExportError(
                f"the export would be larger than {bounds.size_text(MAX_BYTES)}; export without --include-prompts"
            )
        fh.write(text)

    out("{" + ",".join(_line(k) + ":" + _line(v) for k, v in head.items()) + f',"{BIG}":[')
    first = True
    from progress.safetext import json_for_terminal

    for item in attempts:
        if "text" in item:
            item = {**item, "text": cut_text(item["text"])}
        canon = _canon(item)  # the file's line is the canonical form too: one encoding for both
        hasher.item_text(canon)
        out(("\n" if first else ",\n") + json_for_terminal(canon))
        first = False
    digest = hasher.close({k: v for k, v in head.items() if k > BIG}, True)
    out(f'\n],"checksum":{_line(digest)}}}\n')
    return written


def dumps(header: dict[str, Any], attempts: Iterable[dict[str, Any]]) -> str:
    """`write` into a string (for small exports and tests)."""
    import io

    buf = io.StringIO()
    write(buf, header, attempts)
    return buf.getvalue()


def scan(
    path: str | os.PathLike[str],
    on_attempt: Callable[[Any], None],
    live: dict[str, Any] | None = None,
    plain: list[bool] | None = None,
) -> dict[str, Any]:
    """Read an export piece by piece, `on_attempt` for every attempt; the other fields, checksum verified.

    Nothing is returned unless the format, version and checksum are right (ExportError); the
    caller should hold back whatever `on_attempt` collected until then. `live`, if given, is
    filled with the fields as they are read (so `on_attempt` can see those before the attempts).
    `plain`, if given, holds one flag that is set before each `on_attempt`: True when the attempt's
    JSON text has no escaped NUL, CR or LF (see exportschema.attempt).
    """
    fields, digest = _pass(path, on_attempt, None, live, plain)
    if digest is None:  # a field that sorts before "attempts" came after them: hash once more
        fields, digest = _pass(path, lambda _item: None, fields)
    _check_head(fields)
    if fields.get("checksum") != digest:
        raise ExportError("checksum does not match: the file was damaged or edited")
    return fields


def _pass(
    path: str | os.PathLike[str],
    on_attempt: Callable[[Any], None],
    known: dict[str, Any] | None,
    live: dict[str, Any] | None = None,
    plain: list[bool] | None = None,
) -> tuple[dict[str, Any], str | None]:
    """One read of the file: (fields, checksum computed), or (fields, None) if the hash needs `known` fields."""
    try:
        fd = bounds.open_regular(path)
    except FileNotFoundError as exc:
        raise ExportError(f"cannot read the file ({exc.strerror or exc})") from None
    except bounds.BoundsError as exc:
        raise ExportError(str(exc)) from None
    fields: dict[str, Any] = {} if live is None else live
    hasher: _Hasher | None = None
    hashed_before: set[str] = set()

    def start() -> _Hasher:
        nonlocal hashed_before
        source = known if known is not None else fields
        before = {k: v for k, v in source.items() if k < BIG and k != "checksum"}
        hashed_before = set(before)
        made = _Hasher(before)
        made.open_list()
        return made

    stream: JsonStream

    def item(value: Any) -> None:
        nonlocal hasher
        if hasher is None:
            hasher = start()
        text = stream.last_text
        if _same_as_canon(value, text):  # the line as written: no second encoding for the checksum
            hasher.item_text(text)
        else:
            hasher.item(value)
        if plain is not None:
            plain[0] = not _CONTROL_ESCAPE.search(text)
        on_attempt(value)

    with os.fdopen(fd, "rb") as fh:
        stream = JsonStream(fh, MAX_BYTES)
        stream.keep_text = True
        try:
            _, order = read_object(
                stream,
                BIG,
                item,
                key_limit=200,
                value_limit=MAX_FIELD_CHARS,
                item_limit=MAX_ATTEMPT_CHARS,
                fields=fields,
            )
        except bounds.BoundsError as exc:
            reason = str(exc)
            raise ExportError(f"not a progress export ({reason})" if reason.startswith("the top") else reason) from None
        except OSError as exc:
            raise ExportError(f"cannot read the file ({exc.strerror or exc})") from None
    body = {k: v for k, v in fields.items() if k != "checksum"}
    if BIG in body or BIG not in order:  # no list of attempts to stream: the plain checksum
        return fields, "sha256:" + hashlib.sha256(_canon(body).encode("utf-8")).hexdigest()
    if hasher is None:
        hasher = start()
    elif {k for k in body if k < BIG} != hashed_before:
        return fields, None
    return fields, hasher.close({k: v for k, v in body.items() if k > BIG}, True)


_FAST_CANON = msgspec.json.Encoder(order="sorted").encode


def _same_as_canon(value: Any, text: str) -> bool:
    """True if `text` is exactly the canonical JSON of `value` (what `export` writes for each attempt).

    Checked with msgspec's sorted encoding, which is the json module's canonical text for strings,
    ints, bools, null and floats between 1e-4 and 1e16; anything else (other floats, nested objects,
    NaN) returns False and is hashed through `_canon` as before.
    """
    if type(value) is not dict:
        return False
    for v in value.values():
        kind = type(v)
        if kind is float:
            if v and not 1e-4 <= abs(v) < 1e16:
                return False
        elif kind is list:
            for x in v:
                if type(x) is not str:
                    return False
        elif kind is dict:
            return False
    try:
        return _FAST_CANON(value) == text.encode("utf-8")
    except (TypeError, ValueError, OverflowError, UnicodeEncodeError, msgspec.EncodeError):
        return False


def _check_head(data: dict[str, Any]) -> None:
    check_sealed(data, verify=False)  # the checksum is computed while reading, see `scan`
