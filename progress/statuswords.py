"""The status words of a lesson and a level: in the export, the store's overview and the level map.

A module of their own so that the level map (and course.status) can name them without importing
the export schema and msgspec at start-up; progress.exportschema re-exports them.
"""

from __future__ import annotations

import enum


class LessonStatus(enum.StrEnum):
    """A lesson's status in an export (and in the store's overview): the only place these words are defined."""

    NOT_STARTED = "not-started"
    STARTED = "started"
    READ = "read"
    DONE = "done"


class LevelState(enum.StrEnum):
    """A level's state in an export."""

    OPEN = "open"
    LOCKED = "locked"
    DONE = "done"
