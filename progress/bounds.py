"""Bounded parsing of untrusted input: numbers and times with explicit ranges, JSON, file reads."""

from __future__ import annotations

import json
import math
import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MIN_YEAR = 1970
MAX_YEAR = 2999
"""Timestamps outside these years (in UTC) are refused: no export of this course is older or newer."""
MAX_TIME_CHARS = 64
_CHUNK = 1024 * 1024


class BoundsError(ValueError):
    """Input outside its stated bounds; str() is a one-line reason.

    `code` and `params` let a report say it in its own language (see progress.exchange._coded).
    """

    def __init__(self, message: str, code: str = "cannot_read", **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params or ({"why": message} if code == "cannot_read" else {})


def number(value: Any, low: float, high: float) -> float | None:
    """`value` as a float if it is a real JSON number (no bool, NaN, infinity) in [low, high]; else None.

    Integers of any length are compared before any conversion, so 400 digits give None, not OverflowError.
    """
    if type(value) is int:
        if not low <= value <= high or not -1e300 < value < 1e300:
            return None
        return float(value)
    if type(value) is float:
        return value if low <= value <= high and math.isfinite(value) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return number(int(value) if isinstance(value, int) else float(value), low, high)


def whole(value: Any, low: int, high: int) -> int | None:
    """`value` rounded to an int if it is a number in [low, high]; else None."""
    found = number(value, low, high)
    return None if found is None else int(round(found))


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp as an aware datetime (naive means UTC) within MIN_YEAR..MAX_YEAR in UTC, else None."""
    if not isinstance(value, str) or not 0 < len(value) <= MAX_TIME_CHARS:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if not MIN_YEAR <= moment.year <= MAX_YEAR:  # checked before converting: year 9999 - 5 h overflows
        return None
    return moment


def utc_iso(value: Any) -> str | None:
    """A timestamp in any offset as UTC ISO text with microseconds (sorts as text); None if unusable."""
    moment = parse_time(value)
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="microseconds")


def loads_json(text: str | bytes) -> Any:
    """`json.loads` that fails only with BoundsError (bad syntax, too deep, a number too long)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BoundsError(
            f"not valid JSON ({exc.msg}, line {exc.lineno})", "json", msg=exc.msg, line=exc.lineno
        ) from None
    except RecursionError:
        raise BoundsError("not valid JSON (too deeply nested)", "json", msg="too deeply nested", line=0) from None
    except ValueError as exc:  # e.g. an integer literal of more than 4,300 digits
        detail = str(exc).split(";")[0].split(":")[0][:80]
        raise BoundsError(f"not usable JSON ({detail})", "json", msg=detail, line=0) from None


def open_regular(path: str | os.PathLike[str]) -> int:
    """An O_RDONLY descriptor of a regular file; BoundsError for a FIFO, device, folder or socket.

    Opened non-blocking, so a FIFO without a writer cannot hang us before it is refused.
    A missing file raises FileNotFoundError, so callers can say "missing".
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise BoundsError("not a regular file (a folder)") from None
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise BoundsError(f"cannot read the file ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = (
                "a folder"
                if stat.S_ISDIR(mode)
                else "a pipe"
                if stat.S_ISFIFO(mode)
                else "a device"
                if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a special file"
            )
            raise BoundsError(f"not a regular file ({kind})")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bytes(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file, counting what is actually read (st_size can lie); BoundsError if more."""
    try:
        fd = open_regular(path)
    except FileNotFoundError as exc:
        raise BoundsError(f"cannot read the file ({exc.strerror or exc})") from None
    chunks: list[bytes] = []
    total = 0
    try:
        with os.fdopen(fd, "rb", closefd=True) as fh:
            want = min(os.fstat(fd).st_size + 1, _CHUNK)  # the usual small file in one read of its size
            while True:
                chunk = fh.read(min(want, max_bytes + 1 - total))
                want = _CHUNK
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise BoundsError(
                        f"file is larger than {size_text(max_bytes)}",
                        "too_large",
                        mb=max(1, max_bytes // (1024 * 1024)),
                    )
                chunks.append(chunk)
    except OSError as exc:
        raise BoundsError(f"cannot read the file ({exc.strerror or exc})") from None
    return b"".join(chunks)


def size_text(n: int) -> str:
    """A byte limit for messages: `64 MB`, `512 KB`."""
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def is_regular(path: Path) -> bool:
    """True for an existing regular file (following symlinks)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
