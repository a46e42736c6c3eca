"""The scanner's speed paths (s6-speed) give what the plain code gives: stored name tables, cached checks and cues."""

from __future__ import annotations

import gc
import random

from course.scanner import firstnames
from course.scanner.contact import phones
from course.scanner.context import Doc, closer_cue, cue_distance, has_cue
from course.scanner.ids import TAX_CUES
from course.scanner.money import CARD_CUES


def test_the_private_name_tables_are_left_alone_by_the_cycle_collector() -> None:
    listed, common = firstnames._name_table()
    assert len(listed) > 40_000 and "Anna" in listed and "Anna" in common
    for table in (listed, common, firstnames._us_birth_names()):
        assert not gc.is_tracked(table)  # a set of 121,000 names made every full collection six times longer


def test_the_home_columns_read_in_one_call_are_those_of_the_plain_loop() -> None:
    rnd = random.Random(14)
    for _ in range(3000):
        line = "".join(rnd.choice(" 123456789ABCD") for _ in range(rnd.choice((40, 70, 84, 87))))
        plain = any(line[c] in firstnames.HOME_COMMON for c in firstnames.HOME_COLUMNS if c < len(line))
        assert firstnames._common_at_home(line) == plain, line


def test_kept_cue_answers_are_those_of_the_pattern() -> None:
    chunk = "bitte die steuer-id 12 345 678 901 und tax id "
    assert cue_distance(TAX_CUES, chunk) == cue_distance(TAX_CUES, chunk) == (1, -6)
    assert cue_distance(CARD_CUES, chunk) is None
    assert has_cue(TAX_CUES, chunk, len(chunk), 60) and not has_cue(CARD_CUES, chunk, len(chunk), 60)
    assert closer_cue(TAX_CUES, CARD_CUES, chunk, len(chunk), 60) is True


def test_a_number_after_a_tax_cue_is_no_phone_however_many_phone_numbers_come_before() -> None:
    for before in (0, 3, 12):  # below and above the count of runs after which the whole text is searched at once
        text = "Tel. 030 1234567\n" * before + "SV-Nummer 6492 190177\n"
        doc = Doc.of(text)
        spans = [text[f.start : f.end] for f in phones(doc)]
        assert spans == ["030 1234567"] * before
        cued = text.replace("SV-Nummer", "Tel.")  # the same number after a phone cue: a phone
        assert [cued[f.start : f.end] for f in phones(Doc.of(cued))][-1] == "6492 190177"
