"""conftest.py freezes what outlives each test module (gc.freeze); what a test makes is collected as before."""

from __future__ import annotations

import gc
import weakref

MADE_AT_COLLECTION = [["a list the collector tracks"]]


def test_what_the_collection_made_is_out_of_the_collectors_sight_and_what_a_test_makes_is_not() -> None:
    assert gc.isenabled() and gc.get_freeze_count() > 1_000
    made_here = [["a list the collector tracks"]]
    assert gc.is_tracked(MADE_AT_COLLECTION) and gc.is_tracked(made_here)
    seen = {id(o) for o in gc.get_objects()}  # the frozen objects are not among them
    assert id(MADE_AT_COLLECTION) not in seen and id(made_here) in seen


def test_a_cycle_a_test_makes_is_still_collected() -> None:
    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a  # a reference cycle: only the collector frees it
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None
