"""The store's foundation: the connection, short BEGIN IMMEDIATE transactions, one-line errors."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self, TypeVar

from progress.connect import schema_version
from progress.records import StoreError, sqlite_detail

F = TypeVar("F", bound=Callable[..., Any])


def guarded(method: F) -> F:
    """Turn any SQLite error into a one-line StoreError naming the file."""

    @functools.wraps(method)
    def wrapper(self: StoreBase, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError("error", detail=sqlite_detail(exc), path=self.path) from None

    return wrapper  # type: ignore[return-value]


class StoreBase:
    """A connection to one progress database; use from the thread that opened it."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0
        self.read_only = bool(conn.execute("PRAGMA query_only").fetchone()[0])
        """Opened read-only (the file or its folder cannot be written): reads work, writes raise StoreError."""

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """How many schema migrations the file has."""
        return schema_version(self._conn)

    @contextmanager
    def transaction(self) -> Iterator[Self]:
        """A short BEGIN IMMEDIATE ... COMMIT; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        if self.read_only:
            raise StoreError("read_only", path=self.path)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError("busy", detail=sqlite_detail(exc), path=self.path) from None
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise StoreError("commit", detail=sqlite_detail(exc), path=self.path) from None

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self._conn.execute(sql, params).fetchone()
        return row

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, params).fetchall()

    @guarded
    def integrity_check(self) -> str:
        """`ok`, or SQLite's first complaint."""
        r = self._one("PRAGMA integrity_check")
        return str(r[0]) if r else "no answer"
