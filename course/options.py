"""The common command-line options, passed to every command."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from course import paths

if TYPE_CHECKING:  # pragma: no cover - the catalog is loaded on first use
    from course.catalog import Catalog


@dataclass(frozen=True)
class Options:
    """`--db`, `--lang` and `--course` as given (None where not given)."""

    db: Path | None = None
    lang: str | None = None
    course_dirs: tuple[str, ...] = ()

    @property
    def db_path(self) -> Path:
        """The progress database to use."""
        return self.db if self.db is not None else paths.default_db()

    def language(self, stored: str | None = None) -> str:
        """`--lang`, else the learner's stored choice, else the system locale."""
        if self.lang:
            return self.lang
        if stored in ("de", "en"):
            return stored
        return system_language()

    def catalog(self) -> Catalog:
        """Load the active catalog (bundled pack plus extra packs)."""
        from course.catalog import load_catalog

        return load_catalog(paths.extra_packs(self.course_dirs))


def system_language() -> str:
    """`de` when the locale says German, else `en`."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"
