"""Importing an export file in bounded memory: attempts streamed into the store, checksum checked at the end."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

from progress import bigexport, bounds
from progress.exchange import ExportError, check_sealed
from progress.merge import MergeResult, add_rows, as_object, attempt_row, begin, finish, validate

BATCH = 5000
"""Attempts written per statement."""
CACHE_KIB = 64 * 1024
"""SQLite page cache during an import (the default is 2 MB)."""


class _Reordered(Exception):
    """The attempts come before the learner: the one-pass import cannot place them."""


def check_readable(path: str | os.PathLike[str]) -> None:
    """Refuse a missing, unreadable or non-regular file before any store is opened (ExportError)."""
    try:
        os.close(bounds.open_regular(path))
    except FileNotFoundError as exc:
        raise ExportError(f"cannot read the file ({exc.strerror or exc})") from None
    except bounds.BoundsError as exc:
        raise ExportError(str(exc)) from None


def import_file(store: Any, path: str | os.PathLike[str]) -> MergeResult:
    """Merge an export file into `store` in one transaction; ExportError (and nothing stored) if it is bad.

    The file is read once: the attempts go in batches while the checksum is computed, and a
    wrong checksum or field at the end rolls everything back. Files whose attempts come
    before the learner are read twice (verified first, then merged).
    """
    check_readable(path)
    with _big_cache(store):
        try:
            return _one_pass(store, path)
        except _Reordered:
            return _two_passes(store, path)


@contextlib.contextmanager
def _big_cache(store: Any) -> Iterator[None]:
    """A larger page cache while importing: attempt ids are random, so their index is written all over."""
    conn = store._conn
    old = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            conn.execute(f"PRAGMA cache_size = {int(old)}")


def _one_pass(store: Any, path: str | os.PathLike[str]) -> MergeResult:
    live: dict[str, Any] = {}
    batch: list[dict[str, Any]] = []
    state: dict[str, Any] = {"result": None, "n": 0}
    plain = [False]

    def take(item: Any) -> None:
        if state["result"] is None:
            if "learner" not in live:
                raise _Reordered
            check_sealed(live, verify=False)  # a newer version is refused as such, not by a field it changed
            state["result"] = begin(store, validate({**live, "attempts": None}))
        batch.append(attempt_row(as_object(item, state["n"]), state["n"], plain[0]))
        state["n"] += 1
        if len(batch) >= BATCH:
            add_rows(store, state["result"], batch)
            batch.clear()

    with store.transaction():
        fields = bigexport.scan(path, take, live, plain)
        v = validate({"attempts": None, **fields})
        if state["result"] is None:
            state["result"] = begin(store, v)
        elif state["result"].learner_id != v["learner"]["id"]:  # cannot happen with a verified file
            raise ExportError("the learner changed while the file was read")
        if batch:
            add_rows(store, state["result"], batch)
        finish(store, v, state["result"])
    result: MergeResult = state["result"]
    return result


def _two_passes(store: Any, path: str | os.PathLike[str]) -> MergeResult:
    count = 0
    plain = [False]

    def check(item: Any) -> None:
        nonlocal count
        attempt_row(as_object(item, count), count, plain[0])
        count += 1

    fields = bigexport.scan(path, check, plain=plain)
    v = validate({"attempts": None, **fields})
    with store.transaction():
        result = begin(store, v)
        batch: list[dict[str, Any]] = []
        n = 0

        def take(item: Any) -> None:
            nonlocal n
            batch.append(attempt_row(as_object(item, n), n, plain[0]))
            n += 1
            if len(batch) >= BATCH:
                add_rows(store, result, batch)
                batch.clear()

        again = bigexport.scan(path, take, plain=plain)
        if batch:
            add_rows(store, result, batch)
        if again.get("checksum") != fields.get("checksum") or n != count:
            raise ExportError("the file changed while it was imported; nothing was stored")
        finish(store, v, result)
    return result
