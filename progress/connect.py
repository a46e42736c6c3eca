"""Opening the progress database safely: checks first, never overwrites a bad file."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from progress import migrations
from progress.records import StoreError, sqlite_detail

if TYPE_CHECKING:  # pragma: no cover - sqlite-utils is imported when the store opens
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000
HEADER = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    """Refuse files that are clearly not (or no longer whole) SQLite databases."""
    try:
        size = path.stat().st_size
        if size == 0:
            return
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StoreError("unreadable", detail=exc.strerror or exc, path=path) from None
    if len(head) < 100 or not head.startswith(HEADER):
        raise StoreError("not_database", path=path)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    counter_ok = head[24:28] == head[92:96]
    wal = Path(str(path) + "-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    # With a WAL in use the main file may lag behind its header until the next checkpoint.
    if counter_ok and pages and not wal_pending and size < pages * page_size:
        raise StoreError("truncated", path=path)


def connect(path: Path) -> sqlite3.Connection:
    """An autocommit connection with WAL, busy timeout and foreign keys, schema migrated."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("no_folder", detail=exc.strerror or exc, path=path.parent) from None
    if path.is_dir():
        raise StoreError("is_folder", path=path)
    exists = path.exists()
    read_only = False
    if exists:
        if not os.access(path, os.R_OK):
            raise StoreError("unreadable", detail="permission denied", path=path)
        _check_header(path)
        read_only = is_read_only(path)
    mode = "?mode=ro" if read_only else "?mode=rw" if exists else "?mode=rwc"
    uri = "file:" + quote(str(path.resolve() if exists else path.absolute())) + mode
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return _open(uri, path, read_only)
        except _Busy:
            # Two programs opening a new file at once: switching it to WAL or reading its first
            # schema can report "locked" without SQLite's busy wait (seen in CI under load).
            # Everything _open does is idempotent, so open again until the busy timeout is used up.
            if time.monotonic() > deadline:
                raise StoreError("locked", path=path) from None
            time.sleep(0.02 + random.random() * 0.03)


class _Busy(Exception):
    """The database was locked while a connection was being set up."""


def _open(uri: str, path: Path, read_only: bool) -> sqlite3.Connection:
    """One attempt at connecting and setting up; raises _Busy when another program holds a lock."""
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError("cannot_open", detail=sqlite_detail(exc), path=path) from None
    if read_only:
        conn = _readable(conn, uri, path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if read_only:
            conn.execute("PRAGMA query_only = ON")
            _check_read_only_schema(conn, path)
        else:
            _ensure_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            _migrate(conn, path)
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        msg = sqlite_detail(exc)
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in msg or "busy" in msg):
            raise _Busy(msg) from None
        if "not a database" in msg or "malformed" in msg:
            raise StoreError("not_database", path=path) from None
        raise StoreError("cannot_use", detail=msg, path=path) from None
    return conn


def _readable(conn: sqlite3.Connection, uri: str, path: Path) -> sqlite3.Connection:
    """A read-only WAL database whose -shm cannot be made (folder not writable) opens as immutable."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        conn.close()
    try:
        return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError("read_only_open", detail=sqlite_detail(exc), path=path) from None


def is_read_only(path: Path) -> bool:
    """A file nobody may write (no write bit, even for root) or that we cannot write, or in a folder we cannot write."""
    try:
        bits = path.stat().st_mode & 0o222
    except OSError:
        return False
    return not bits or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK)


def _check_read_only_schema(conn: sqlite3.Connection, path: Path) -> None:
    applied = _applied(conn)
    _check_not_newer(applied, path)
    if len(applied) != len(migrations.SCHEMA_NAMES):
        raise StoreError("needs_update", path=path)


def _ensure_wal(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL").fetchone()


def _database(conn: sqlite3.Connection) -> Database:
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def _applied(conn: sqlite3.Connection) -> list[str]:
    table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone()
    if not table:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        (migrations.MIGRATION_SET,),
    ).fetchall()
    return [r[0] for r in rows]


def _check_not_newer(applied: list[str], path: Path) -> None:
    unknown = [name for name in applied if name not in migrations.SCHEMA_NAMES]
    if unknown:
        raise StoreError("newer", schema=unknown[-1], path=path)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Apply pending migrations inside one BEGIN IMMEDIATE, so two openers cannot race."""
    applied = _applied(conn)
    _check_not_newer(applied, path)
    if len(applied) == len(migrations.SCHEMA_NAMES):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        applied = _applied(conn)
        _check_not_newer(applied, path)
        migrations.build().apply(_database(conn))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def schema_version(conn: sqlite3.Connection) -> int:
    """How many of our migrations the database has (0 for a new file)."""
    return len(_applied(conn))
