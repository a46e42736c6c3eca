"""The progress export file format: checksum, writing and a strict reader."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from progress import bounds

FORMAT = "genai-course-progress"
VERSION = 2
"""2 (issue 17): optional `gap_check: [{at, answers}]`; a reader of version 1 refuses these files."""
MAX_BYTES = 64 * 1024 * 1024


class ExportError(Exception):
    """An export file that cannot be used; str() is a one-line reason."""

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
    return loads(read_text(path, MAX_BYTES))


def parse_sealed(text: str, fmt: str, version: int, *, noun: str, error: type[Exception] = ExportError,
                 kind: str = "export") -> dict[str, Any]:
    """Parse JSON sealed by `seal`-like code: right format, known version, intact checksum.

    Raises `error` with a one-line reason; `noun` names the kind of file in it.
    """
    try:
        data = bounds.loads_json(text)
    except bounds.BoundsError as exc:
        raise _coded(error, exc.code, str(exc), **exc.params) from None
    if not isinstance(data, dict):
        raise _coded(error, "not_object", f"not {noun} (the top level is not a JSON object)")
    if "format" not in data:
        raise _coded(error, "no_format", f"not {noun} (it has no format field; expected {fmt!r})", expected=fmt)
    if data.get("format") != fmt:
        raise _coded(error, "other_format", f"not {noun} (format is {str(data.get('format'))[:40]!r}, expected {fmt!r})",
                     found=str(data.get("format"))[:40], expected=fmt)
    found = data.get("version")
    if not isinstance(found, int) or isinstance(found, bool):
        raise _coded(error, "no_version", f"the {kind} has no valid version number")
    if found > version:
        raise _coded(error, "newer", f"made by a newer genai-course ({kind} version {found}, this one reads up to {version}); "
                     "please update", found=found, version=version)
    if data.get("checksum") != checksum(data):
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
