"""Finds the JSON files a report reads: files named directly and *.json in named folders."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator

Identity = tuple[int, int]
Reason = Callable[[str, str], str]
"""`reason(key, why)` gives the caller's one-line text for missing, not_a_file, unreadable, empty_folder."""


def expand(paths: Iterable[str | os.PathLike[str]], reason: Reason) -> Iterator[tuple[str, Identity | str]]:
    """(path, (device, inode)) for every usable file, (path, reason text) for every unusable one."""
    for given in paths:
        shown = os.fspath(given)
        try:
            info = os.stat(shown)
        except FileNotFoundError:
            yield shown, reason("not_a_file" if os.path.lexists(shown) else "missing", "")
            continue
        except OSError as exc:
            yield shown, reason("unreadable", str(exc.strerror or exc))
            continue
        if not stat.S_ISDIR(info.st_mode):
            yield shown, _identity(shown, reason, info)
            continue
        try:
            found = sorted(
                e.path for e in os.scandir(shown) if e.name.lower().endswith(".json") and not e.name.startswith(".")
            )
        except OSError as exc:
            yield shown, reason("unreadable", str(exc.strerror or exc))
            continue
        if not found:
            yield shown, reason("empty_folder", "")
        for name in found:
            yield name, _identity(name, reason)


def _identity(path: str, reason: Reason, info: os.stat_result | None = None) -> Identity | str:
    """(device, inode) of a regular file, or why it is not one."""
    try:
        info = info or os.stat(path)
    except OSError:
        return reason("not_a_file", "")
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else reason("not_a_file", "")
