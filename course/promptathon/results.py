"""The team results file: JSON with a format name, a version and a checksum (as progress/exchange.py)."""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from progress.exchange import ExportError, _coded, checksum, decode_json, parse_sealed, read_raw

FORMAT = "genai-course-promptathon"
VERSION = 1
MAX_BYTES = 8 * 1024 * 1024
MAX_TEXT = 20_000
"""A prompt or a lessons-learned text is kept up to this many characters: the run cuts, the board reads that far."""
ENDINGS = ("time-up", "finished", "quit")
"""How a run ends, as its results file says (the board refuses any other)."""


class ResultsError(Exception):
    """A results file that cannot be used; str() is a one-line reason."""


def seal(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of `data` with format, version and a fresh checksum."""
    out = {
        "format": FORMAT,
        "version": VERSION,
        **{k: v for k, v in data.items() if k not in ("format", "version", "checksum")},
    }
    out["checksum"] = checksum(out)
    return out


def dumps(data: dict[str, Any]) -> str:
    """The sealed results as readable JSON."""
    return json.dumps(seal(data), ensure_ascii=False, indent=2) + "\n"


def loads(text: str | bytes) -> dict[str, Any]:
    """Parse and verify results; raise ResultsError with a one-line reason (and a code, as progress.exchange)."""
    head = text[:4096].decode("utf-8", "replace") if isinstance(text, bytes) else text[:4096]
    if '"genai-course-progress"' in head:
        try:
            found = decode_json(text)
        except ExportError:
            found = None
        if isinstance(found, dict) and found.get("format") == "genai-course-progress":
            raise ResultsError("a progress export, not Promptathon results (use `genai-course team report` for it)")
    return parse_sealed(text, FORMAT, VERSION, noun="Promptathon results", error=ResultsError, kind="results file")


def read(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and verify a results file (the sealed envelope and JSON as every export: progress.exchange)."""
    try:
        raw = read_raw(path, MAX_BYTES)
    except ExportError as exc:
        raise _coded(ResultsError, exc.code, str(exc), **exc.params) from None
    return loads(raw)


def write(path: Path, data: dict[str, Any]) -> None:
    """Write sealed results atomically (temporary file in the same folder, then rename); OSError on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = dumps(data)
    fd, tmp = tempfile.mkstemp(prefix=".promptathon-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def slug(team: str) -> str:
    """A file-name-safe form of a team name: `Team Grün!` -> `team-gruen`."""
    text = team.strip().lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:40].strip("-") or "team"


def default_path(team: str, when: datetime, folder: Path | None = None) -> Path:
    """GENAI_COURSE_HOME/promptathon/<team>-<date>.json, with -2, -3 ... so no earlier run is overwritten."""
    if folder is None:
        from course import paths

        folder = paths.home() / "promptathon"
    base = f"{slug(team)}-{when.strftime('%Y-%m-%d')}"
    candidate = folder / f"{base}.json"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}.json"
        n += 1
    return candidate
