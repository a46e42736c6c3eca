"""Where the course keeps its data: GENAI_COURSE_HOME or the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "genai-course"


def home() -> Path:
    """The data folder; `GENAI_COURSE_HOME` moves it (tests always set it)."""
    env = os.environ.get("GENAI_COURSE_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db() -> Path:
    """The progress database inside the data folder."""
    return home() / "progress.db"


def cache_dir() -> Path:
    """Where the parsed catalog is cached."""
    return home() / "cache"


def bundled_pack() -> Path:
    """The course pack that ships with the package."""
    return Path(__file__).resolve().parent / "lessons"


def extra_packs(cli_dirs: tuple[str, ...] | list[str] = ()) -> list[Path]:
    """Packs from `GENAI_COURSE_PATH` (os.pathsep-separated), then `--course DIR`s."""
    dirs: list[Path] = []
    env = os.environ.get("GENAI_COURSE_PATH", "")
    for part in env.split(os.pathsep):
        if part.strip():
            dirs.append(Path(part.strip()).expanduser())
    dirs.extend(Path(d).expanduser() for d in cli_dirs)
    return dirs
