"""Profile PINs for the course in a browser: salted scrypt hashes and a lock-out after wrong PINs."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from progress.records import StoreError, now_utc, sqlite_detail

MAX_FAILURES = 5
"""Wrong PINs in a row before the profile is locked."""
LOCK_SECONDS = 60
"""How long a locked profile stays locked."""
MIN_LEN, MAX_LEN = 4, 12
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
"""scrypt cost: about 16 MiB and some tens of milliseconds per try on this machine."""


class PinCheck(NamedTuple):
    """The outcome of a PIN try: ok, wrong (tries left), locked (seconds left) or no PIN set."""

    outcome: str  # "ok", "wrong", "locked", "no-pin"
    tries_left: int = 0
    seconds_left: int = 0


def _guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """SQLite errors as the store's one-line StoreError."""

    @functools.wraps(func)
    def wrapper(store: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(store, *args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError("error", detail=sqlite_detail(exc), path=store.path) from None

    return wrapper


def valid_pin(pin: str) -> bool:
    """A PIN is 4 to 12 digits."""
    return MIN_LEN <= len(pin) <= MAX_LEN and pin.isascii() and pin.isdigit()


def _hash(pin: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=params["n"], r=params["r"], p=params["p"], dklen=32)


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


@_guarded
def has_pin(store: Any, learner_id: str) -> bool:
    """Whether the learner has a PIN."""
    return store._one("SELECT 1 FROM learner_pins WHERE learner_id = ?", (learner_id,)) is not None


@_guarded
def with_pins(store: Any) -> set[str]:
    """The ids of every learner with a PIN."""
    return {r[0] for r in store._all("SELECT learner_id FROM learner_pins")}


@_guarded
def set_pin(store: Any, learner_id: str, pin: str) -> None:
    """Store (or replace) the learner's PIN as a salted scrypt hash; ValueError for a malformed PIN."""
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_LEN} to {MAX_LEN} digits")
    salt = secrets.token_bytes(16)
    digest = _hash(pin, salt, SCRYPT)
    with store.transaction():
        store._conn.execute(
            """INSERT INTO learner_pins (learner_id, salt, hash, params, failures, locked_until, set_at)
               VALUES (?, ?, ?, ?, 0, NULL, ?)
               ON CONFLICT (learner_id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash,
                 params = excluded.params, failures = 0, locked_until = NULL, set_at = excluded.set_at""",
            (learner_id, salt.hex(), digest.hex(), json.dumps(SCRYPT), now_utc()),
        )


@_guarded
def check_pin(store: Any, learner_id: str, pin: str, now: datetime | None = None) -> PinCheck:
    """Try a PIN. Failures are counted in the database, so the lock-out holds across browser tabs."""
    moment = _now(now)
    row = store._one("SELECT salt, hash, params, locked_until FROM learner_pins WHERE learner_id = ?", (learner_id,))
    if row is None:
        return PinCheck("no-pin")
    salt, digest, params, locked_until = row
    if locked_until:
        until = datetime.fromisoformat(locked_until)
        if moment < until:
            return PinCheck("locked", seconds_left=max(1, int((until - moment).total_seconds() + 0.999)))
    ok = valid_pin(pin) and hmac.compare_digest(_hash(pin, bytes.fromhex(salt), json.loads(params)).hex(), digest)
    with store.transaction():
        if ok:
            store._conn.execute(
                "UPDATE learner_pins SET failures = 0, locked_until = NULL WHERE learner_id = ?", (learner_id,)
            )
            return PinCheck("ok")
        # Count from the stored value inside the write transaction: two tabs guessing at once both count.
        stored = store._conn.execute(
            "SELECT failures, locked_until FROM learner_pins WHERE learner_id = ?", (learner_id,)
        ).fetchone()
        if stored[1] and moment < datetime.fromisoformat(stored[1]):  # another tab locked it meanwhile
            left = datetime.fromisoformat(stored[1]) - moment
            return PinCheck("locked", seconds_left=max(1, int(left.total_seconds() + 0.999)))
        count = (0 if stored[1] else stored[0]) + 1
        lock = (
            (moment + timedelta(seconds=LOCK_SECONDS)).isoformat(timespec="microseconds")
            if count >= MAX_FAILURES
            else None
        )
        store._conn.execute(
            "UPDATE learner_pins SET failures = ?, locked_until = ? WHERE learner_id = ?",
            (0 if lock else count, lock, learner_id),
        )
    if lock:
        return PinCheck("locked", seconds_left=LOCK_SECONDS)
    return PinCheck("wrong", tries_left=MAX_FAILURES - count)
