"""The progress export file format: checksum, writing and a strict reader."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

FORMAT = "genai-course-progress"
VERSION = 1
MAX_BYTES = 64 * 1024 * 1024


class ExportError(Exception):
    """An export file that cannot be used; str() is a one-line reason."""


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
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        msg = getattr(exc, "msg", "too deeply nested")
        line = getattr(exc, "lineno", 0)
        raise ExportError(f"not valid JSON ({msg}, line {line})") from None
    if not isinstance(data, dict):
        raise ExportError("not a progress export (the top level is not a JSON object)")
    if "format" not in data:
        raise ExportError(f"not a progress export (it has no format field; expected {FORMAT!r})")
    if data.get("format") != FORMAT:
        raise ExportError(f"not a progress export (format is {str(data.get('format'))[:40]!r}, expected {FORMAT!r})")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExportError("the export has no valid version number")
    if version > VERSION:
        raise ExportError(f"made by a newer genai-course (export version {version}, this one reads up to {VERSION}); please update")
    if data.get("checksum") != checksum(data):
        raise ExportError("checksum does not match: the file was damaged or edited")
    return data


def read(path: str | Path) -> dict[str, Any]:
    """Read and verify an export file; raise ExportError with a one-line reason."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_BYTES:
            raise ExportError(f"file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        raw = p.read_bytes()
    except OSError as exc:
        raise ExportError(f"cannot read the file ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExportError("not a text file (not UTF-8)") from None
    return loads(text)
