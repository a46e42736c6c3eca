"""The sealed progress export file: JSON (decoded by msgspec), format, version, checksum; writing and reading."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import msgspec

from progress import bounds

FORMAT = "genai-course-progress"
VERSION = 2
"""2 (issue 17): optional `gap_check: [{at, answers}]`; a reader of version 1 refuses these files."""
MAX_BYTES = 64 * 1024 * 1024


class ExportError(Exception):
    """An export file that cannot be used; str() is a one-line reason.

    `code` and `params` (see `_coded`) let a report say the reason in its own language.
    """

    code: str = ""
    params: dict[str, Any] = {}


def _coded(error: type[Exception], code: str, message: str, **params: Any) -> Exception:
    """`error(message)` that also carries a code and its values, so a report can say it in its language."""
    exc = error(message)
    try:
        exc.code, exc.params = code, params  # type: ignore[attr-defined]
    except AttributeError:  # pragma: no cover - an error class with slots
        pass
    return exc


def checksum(data: dict[str, Any]) -> str:
    """`sha256:<hex>` over the canonical JSON of everything but `checksum`."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    canon = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canon.encode("utf-8")).hexdigest()


def seal(data: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of `data` with format, version and a fresh checksum."""
    out = {"format": FORMAT, "version": VERSION, **{k: v for k, v in data.items() if k != "checksum"}}
    out["checksum"] = checksum(out)
    return out


def dumps(data: dict[str, Any]) -> str:
    """Serialise a sealed export, readable by people and by `loads`."""
    return json.dumps(seal(data), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def loads(text: str) -> dict[str, Any]:
    """Parse and verify an export; raise ExportError with a one-line reason."""
    return parse_sealed(text, FORMAT, VERSION, noun="a progress export")


def read(path: str | Path) -> dict[str, Any]:
    """Read and verify an export file; raise ExportError with a one-line reason."""
    return parse_sealed(read_raw(path), FORMAT, VERSION, noun="a progress export")


def read_raw(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file of at most `max_bytes`; ExportError with a one-line reason otherwise."""
    try:
        return bounds.read_bytes(path, max_bytes)
    except bounds.BoundsError as exc:
        raise _coded(ExportError, exc.code, str(exc), **exc.params) from None


def parse_sealed(
    text: str | bytes, fmt: str, version: int, *, noun: str, error: type[Exception] = ExportError, kind: str = "export"
) -> dict[str, Any]:
    """Parse JSON sealed by `seal`-like code: right format, known version, intact checksum.

    Raises `error` with a one-line reason (and a code, see `_coded`); `noun` names the kind of file in it.
    """
    try:
        data = decode_json(text)
    except ExportError as exc:
        if error is ExportError:
            raise
        raise _coded(error, exc.code, str(exc), **exc.params) from None
    return check_sealed(data, fmt, version, noun=noun, kind=kind, error=error)


_DECODE = msgspec.json.Decoder().decode
_CANON = msgspec.json.Encoder(order="sorted").encode
_BYTE = re.compile(r"\(byte (\d+)\)")
_BOM = b"\xef\xbb\xbf"


def decode_json(raw: bytes | str) -> Any:
    """Any JSON document (msgspec: fast, strict); ExportError "json" with the line, or "not_utf8"."""
    if isinstance(raw, bytes) and raw.startswith(_BOM):
        raw = raw[3:]
    try:
        return _DECODE(raw)
    except msgspec.ValidationError as exc:  # a number outside what a float or int can hold
        detail = str(exc).split(" - ")[0]
        raise _coded(ExportError, "json_number", f"not usable JSON ({detail})", msg=detail, line=0) from None
    except msgspec.DecodeError as exc:
        raise _json_error(raw, str(exc)) from None
    except RecursionError:
        raise _coded(
            ExportError, "json_deep", "not valid JSON (too deeply nested)", msg="too deeply nested", line=0
        ) from None


def _json_error(raw: bytes | str, message: str) -> Exception:
    """A one-line reason for msgspec's DecodeError, with a code per kind (see course/team/labels.py "r.json*")."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _coded(ExportError, "not_utf8", "not a text file (not UTF-8)")
    detail = message.removeprefix("JSON is malformed: ")
    found = _BYTE.search(detail)
    line = data.count(b"\n", 0, int(found.group(1))) + 1 if found else data.count(b"\n") + 1
    detail = _BYTE.sub("", detail).strip().removesuffix(".")
    code = "json"
    if not data.strip():
        code, detail = "json_empty", "the file is empty"
    elif detail.startswith("Input data was truncated") or not detail:
        code, detail = "json_end", "the file ends too early"
    elif detail.startswith("trailing comma"):
        code = "json_comma"
    elif detail.startswith("trailing characters"):
        code = "json_after"
    elif detail.startswith(("invalid character", "object keys must be strings", "expected")):
        code = "json_char"
    return _coded(ExportError, code, f"not valid JSON ({detail}, line {line})", msg=detail, line=line)


def checksum_matches(data: dict[str, Any]) -> bool:
    """True if `data["checksum"]` is `checksum(data)`.

    msgspec's sorted compact encoding is the same text as the canonical `json.dumps` except for
    some floats (1e-05 vs 0.00001), so it is tried first (several times faster) and json second.
    """
    found = data.get("checksum")
    if type(found) is not str:
        return False
    body = {k: v for k, v in data.items() if k != "checksum"}
    try:
        if "sha256:" + hashlib.sha256(_CANON(body)).hexdigest() == found:
            return True
    except (TypeError, ValueError, OverflowError, msgspec.EncodeError):
        pass
    canon = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canon.encode("utf-8", "surrogatepass")).hexdigest() == found


def check_sealed(
    data: Any,
    fmt: str = FORMAT,
    version: int = VERSION,
    *,
    noun: str = "a progress export",
    kind: str = "export",
    error: type[Exception] = ExportError,
    verify: bool = True,
) -> dict[str, Any]:
    """The envelope of a sealed file: a JSON object of format `fmt`, a version up to `version`, an intact checksum."""
    if not isinstance(data, dict):
        raise _coded(error, "not_object", f"not {noun} (the top level is not a JSON object)")
    if "format" not in data:
        raise _coded(error, "no_format", f"not {noun} (it has no format field; expected {fmt!r})", expected=fmt)
    if data["format"] != fmt:
        shown = str(data["format"])[:40]
        raise _coded(
            error, "other_format", f"not {noun} (format is {shown!r}, expected {fmt!r})", found=shown, expected=fmt
        )
    found = data.get("version")
    if type(found) is not int or found < 1:
        raise _coded(error, "no_version", f"the {kind} has no valid version number")
    if found > version:
        raise _coded(
            error,
            "newer",
            f"made by a newer genai-course ({kind} version {found}, this one reads up to {version}); please update",
            found=found,
            version=version,
        )
    if verify and not checksum_matches(data):
        raise _coded(error, "checksum", "checksum does not match: the file was damaged or edited")
    return data


def read_text(path: str | Path, max_bytes: int, error: type[Exception] = ExportError) -> str:
    """A UTF-8 text file of at most `max_bytes`; `error` with a one-line reason otherwise."""
    try:
        raw = bounds.read_bytes(path, max_bytes)
    except bounds.BoundsError as exc:
        raise _coded(error, exc.code, str(exc), **exc.params) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _coded(error, "not_utf8", "not a text file (not UTF-8)") from None
