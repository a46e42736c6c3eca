"""Profile PINs on a real progress database: hashing, wrong PINs, the lock-out across connections."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from progress import pins
from progress.store import Store

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "p.db") as s:
        yield s


def test_the_pin_is_stored_as_a_salted_scrypt_hash_not_as_text(store: Store) -> None:
    a = store.create_learner("Anna")
    b = store.create_learner("Ben")
    pins.set_pin(store, a.id, "482913")
    pins.set_pin(store, b.id, "482913")
    rows = store._all("SELECT salt, hash, params FROM learner_pins ORDER BY learner_id")
    assert len(rows) == 2
    assert rows[0][0] != rows[1][0] and rows[0][1] != rows[1][1]  # same PIN, different salt and hash
    assert all("482913" not in "".join(r) for r in rows)
    assert '"n": 16384' in rows[0][2]
    raw = store.path.read_bytes() + Path(str(store.path) + "-wal").read_bytes()
    assert b"482913" not in raw


def test_the_right_pin_opens_and_a_wrong_one_opens_nothing(store: Store) -> None:
    a = store.create_learner("Anna")
    pins.set_pin(store, a.id, "4829")
    assert pins.check_pin(store, a.id, "4829", T0).outcome == "ok"
    wrong = pins.check_pin(store, a.id, "4828", T0)
    assert wrong.outcome == "wrong" and wrong.tries_left == 4
    assert pins.check_pin(store, a.id, "", T0).outcome == "wrong"
    assert pins.check_pin(store, a.id, "abcd", T0).outcome == "wrong"


def test_a_malformed_pin_cannot_be_set(store: Store) -> None:
    a = store.create_learner("Anna")
    for bad in ("123", "1234567890123", "12a4", "１２３４", ""):
        with pytest.raises(ValueError):
            pins.set_pin(store, a.id, bad)
    assert not pins.has_pin(store, a.id)


def test_five_wrong_pins_lock_the_profile_for_a_minute_even_for_the_right_pin(store: Store) -> None:
    a = store.create_learner("Anna")
    pins.set_pin(store, a.id, "4829")
    results = [pins.check_pin(store, a.id, "0000", T0 + timedelta(seconds=i)) for i in range(5)]
    assert [r.outcome for r in results] == ["wrong"] * 4 + ["locked"]
    assert [r.tries_left for r in results[:4]] == [4, 3, 2, 1]
    during = pins.check_pin(store, a.id, "4829", T0 + timedelta(seconds=50))
    assert during.outcome == "locked" and 1 <= during.seconds_left <= 15
    assert pins.check_pin(store, a.id, "4829", T0 + timedelta(seconds=65)).outcome == "ok"


def test_the_lock_out_holds_for_another_tab_with_its_own_connection(store: Store, tmp_path: Path) -> None:
    a = store.create_learner("Anna")
    pins.set_pin(store, a.id, "4829")
    with Store.open(tmp_path / "p.db") as other:
        for _ in range(3):
            pins.check_pin(store, a.id, "1111", T0)
        for _ in range(2):
            last = pins.check_pin(other, a.id, "2222", T0)
        assert last.outcome == "locked"
        assert pins.check_pin(store, a.id, "4829", T0 + timedelta(seconds=10)).outcome == "locked"


def test_a_right_pin_resets_the_count_of_wrong_ones(store: Store) -> None:
    a = store.create_learner("Anna")
    pins.set_pin(store, a.id, "4829")
    for _ in range(4):
        pins.check_pin(store, a.id, "0000", T0)
    assert pins.check_pin(store, a.id, "4829", T0).outcome == "ok"
    assert pins.check_pin(store, a.id, "0000", T0).tries_left == 4


def test_a_profile_without_pin_says_so(store: Store) -> None:
    a = store.create_learner("Anna")
    assert pins.check_pin(store, a.id, "4829", T0).outcome == "no-pin"
    assert pins.with_pins(store) == set()
