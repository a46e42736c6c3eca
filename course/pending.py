"""Writes the store cannot take right now (locked, read-only, disk full): kept beside it and retried, never lost.

Each write is a store method and its keyword arguments, made idempotent by the caller
(attempts and successes carry their id). A write that fails goes into a queue that is
also appended to `<database>.pending` (JSON lines), so it survives the app being closed;
`flush` replays the queue in order, and the app retries it with backoff.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from progress.records import StoreError

OPS = frozenset(
    {"record_attempt", "add_success", "add_time", "set_setting", "mark_started", "mark_read", "save_prompt"}
)
TRY_MS = 150
"""How long one try waits for a lock: short, so the screen never freezes."""
MAX_FILE_BYTES = 64 * 1024 * 1024


class PendingWrites:
    """The store's writes from the app, with a queue for the ones that could not be written yet."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.queue: list[dict[str, Any]] = []
        self.last_error = ""
        self.file = Path(str(store.path) + ".pending")
        self.on_queued: Callable[[], None] | None = None
        """Called when a write had to wait (the app starts retrying with backoff)."""
        self._load()

    @property
    def count(self) -> int:
        """Writes still waiting."""
        return len(self.queue)

    def call(self, op: str, **kwargs: Any) -> bool:
        """Write now if the store takes it within TRY_MS; else queue it. True when it is in the store."""
        if op not in OPS:
            raise ValueError(f"not a queueable store write: {op}")
        item = {"op": op, "kwargs": kwargs}
        if not self.queue and self._try(item):
            return True
        self._enqueue(item)
        return not self.queue  # queueing flushes what it can

    def flush(self) -> bool:
        """Write what is queued, oldest first, until one fails; True when the queue is empty."""
        written = 0
        for item in self.queue:
            if not self._try(item):
                break
            written += 1
        if written:
            del self.queue[:written]
            self._save()
        return not self.queue

    # -- internals ------------------------------------------------------------
    def _try(self, item: dict[str, Any]) -> bool:
        method = getattr(self.store, item["op"])
        try:
            with _short_wait(self.store):
                method(**item["kwargs"])
        except StoreError as exc:
            self.last_error = str(exc)
            return False
        return True

    def _enqueue(self, item: dict[str, Any]) -> None:
        if item["op"] == "set_setting":  # only the newest draft of a key matters
            key = (item["kwargs"].get("key"), item["kwargs"].get("learner_id"))
            self.queue = [
                q
                for q in self.queue
                if q["op"] != "set_setting" or (q["kwargs"].get("key"), q["kwargs"].get("learner_id")) != key
            ]
        self.queue.append(item)
        self._save()
        if not self.flush() and self.on_queued is not None:
            self.on_queued()

    def _save(self) -> None:
        """The queue to `<database>.pending` (or the file removed when empty); best effort."""
        try:
            if not self.queue:
                self.file.unlink(missing_ok=True)
                return
            tmp = self.file.with_name(self.file.name + ".tmp")
            try:
                with tmp.open("w", encoding="utf-8") as fh:
                    for item in self.queue:
                        fh.write(json.dumps(item, ensure_ascii=False) + "\n")
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.file)
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder or full disk: the queue stays in memory while the app runs

    def _load(self) -> None:
        from progress import bounds

        try:
            raw = bounds.read_bytes(self.file, MAX_FILE_BYTES)
        except bounds.BoundsError:
            return
        for line in raw.decode("utf-8", "replace").splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict) and item.get("op") in OPS and isinstance(item.get("kwargs"), dict):
                self.queue.append(item)


@contextlib.contextmanager
def _short_wait(store: Any) -> Iterator[None]:
    """Wait at most TRY_MS for another writer's lock, then give up (the queue tries again later)."""
    conn = getattr(store, "_conn", None)
    if conn is None:
        yield
        return
    try:
        conn.execute(f"PRAGMA busy_timeout = {TRY_MS}")
    except Exception:  # noqa: BLE001 - a closed connection fails in the write itself
        pass
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            from progress.connect import BUSY_TIMEOUT_MS

            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
