"""The progress export file format: checksum, writing and a strict reader."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from progress import bounds

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
        raise error(str(exc)) from None
    if not isinstance(data, dict):
        raise error(f"not {noun} (the top level is not a JSON object)")
    if "format" not in data:
        raise error(f"not {noun} (it has no format field; expected {fmt!r})")
    if data.get("format") != fmt:
        raise error(f"not {noun} (format is {str(data.get('format'))[:40]!r}, expected {fmt!r})")
    found = data.get("version")
    if not isinstance(found, int) or isinstance(found, bool):
        raise error(f"the {kind} has no valid version number")
    if found > version:
        raise error(f"made by a newer genai-course ({kind} version {found}, this one reads up to {version}); please update")
    if data.get("checksum") != checksum(data):
        raise error("checksum does not match: the file was damaged or edited")
    return data


def read_text(path: str | Path, max_bytes: int, error: type[Exception] = ExportError) -> str:
    """A UTF-8 text file of at most `max_bytes`; `error` with a one-line reason otherwise."""
    try:
        raw = bounds.read_bytes(path, max_bytes)
    except bounds.BoundsError as exc:
        raise error(str(exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error("not a text file (not UTF-8)") from None
