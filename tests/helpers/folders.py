"""A new, empty, uniquely numbered folder per test, without listing the base folder (see tmp_path in conftest.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path


def new_test_folder(base: Path, test_name: str, numbers: Iterator[int]) -> Path:
    """Make and return base/<test name, as pytest shortens it><next free number of `numbers`>."""
    name = re.sub(r"[\W]", "_", test_name)[:30]
    for number in numbers:
        path = base / f"{name}{number}"
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:  # e.g. a folder tmp_path_factory.mktemp() numbered the same way
            continue
        return path
    raise RuntimeError("the numbers ran out")
