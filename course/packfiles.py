"""Which files make up a course pack, found cheaply (the start-up path uses this)."""

from __future__ import annotations

import os
from pathlib import Path


def shown_path(path: Path) -> str:
    """A path as lint prints it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def pack_files(root: Path) -> list[Path]:
    """Every file of a pack that the loader reads, in a stable order."""
    files: list[Path] = []
    for name in ("course.yaml", "policy.yaml"):
        if (root / name).is_file():
            files.append(root / name)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return files
    for sub in entries:
        if sub.is_dir() and os.path.isfile(os.path.join(sub.path, "level.yaml")):
            folder = Path(sub.path)
            files.append(folder / "level.yaml")
            try:
                names = sorted(e.name for e in os.scandir(sub.path) if e.name.endswith(".md") and e.is_file())
            except OSError:
                continue
            files.extend(folder / name for name in names)
    return files
