"""The scanner's fast paths give exactly what the slower code they replace gives (speed only, same output)."""

from __future__ import annotations

import itertools
import random
import re
import sys

import pytest

from course.scanner.context import SENTENCE_END, Doc, is_letter, sentence_start
from course.scanner.normalize import _SPECIAL, has_special


def _by_regex(chunk: str) -> int:
    ends = list(SENTENCE_END.finditer(chunk))
    return ends[-1].end() if ends else 0


@pytest.mark.slow  # about a second: 1.1 million code points
def test_is_letter_is_the_regex_letter_class_for_every_code_point() -> None:
    letter = re.compile(r"[^\W\d_]")
    differ = [hex(c) for c in range(sys.maxunicode + 1) if bool(letter.match(chr(c))) != is_letter(chr(c))]
    assert not differ


def test_sentence_start_agrees_with_the_regex_on_every_short_string_of_a_small_alphabet() -> None:
    symbols = ("a", "1", ".", "!", "?", " ", "\t", "_", "²")
    for length in range(6):
        for chars in itertools.product(symbols, repeat=length):
            chunk = "".join(chars)
            assert sentence_start(chunk) == _by_regex(chunk), chunk


def test_sentence_start_agrees_with_the_regex_on_random_text() -> None:
    rnd = random.Random(14)
    symbols = list("abZüßé_19٣²½Ⅻ..!? \t-,:ǅª〇") + ["\u0301", "\u00a0", "Mr. ", "units. ", "ok! ", "Tel. "]
    for _ in range(10_000):
        chunk = "".join(rnd.choice(symbols) for _ in range(rnd.randint(0, 30)))
        assert sentence_start(chunk) == _by_regex(chunk), chunk


def test_a_sentence_end_keeps_the_earlier_sentence_out_of_the_cue_window() -> None:
    assert sentence_start("3301 units. Please ring Larry on ") == len("3301 units. ")
    assert sentence_start("Tel. ") == 0  # three letters before the full stop: an abbreviation
    assert sentence_start("Danke! Tel. ") == len("Danke! ")


def test_the_only_special_characters_below_u0600_are_the_three_the_fast_path_tests() -> None:
    low = [hex(c) for c in range(0x600) if _SPECIAL.match(chr(c))]
    assert low == ["0x85", "0xa0", "0xad"]


def test_the_two_fast_parts_of_the_special_class_make_up_the_class() -> None:
    from course.scanner.normalize import _SPECIAL_ASTRAL, _SPECIAL_BMP

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    bmp, astral = set(_SPECIAL_BMP.findall(every)), set(_SPECIAL_ASTRAL.findall(every))
    assert bmp | astral == set(_SPECIAL.findall(every))
    assert max(bmp) <= "\uffff" < min(astral)  # each part holds only its own planes


def test_has_special_agrees_with_the_regex() -> None:
    rnd = random.Random(5)
    symbols = list("aü€–ß \u00a0\u00ad\u0085\u200b\u2009\u202f\u3000\ufeff\u0600ÿĀ") + ["\U000e0020", "\U0001f600"]
    for _ in range(20_000):
        text = "".join(rnd.choice(symbols) for _ in range(rnd.randint(0, 12)))
        assert has_special(text) == (_SPECIAL.search(text) is not None), text


def test_blocks_count_digits_without_their_separators_and_blocks_with_keeps_text_order() -> None:
    doc = Doc.of("Tel. 030 1234567, geb. 12.03.1985, Nr. 7, IBAN DE89 3704 0044 0532 0130 00")
    assert [(doc.text[b.start : b.end], b.digits) for b in doc.blocks] == [
        ("030 1234567", 10),
        ("12.03.1985", 8),
        ("7", 1),
        ("89 3704 0044 0532 0130 00", 20),
    ]
    for digits in (12, 8, 10, 1, 9, 25):  # asked in any order: each answer as if asked first
        assert doc.blocks_with(digits) == [b for b in doc.blocks if b.digits >= digits]


def test_the_uk_look_backs_find_the_same_match_when_started_after_the_last_breaks() -> None:
    from course.scanner.postal import _UK_BACK, _UK_TOWN_BACK, _after_breaks

    rnd = random.Random(3)
    parts = ["Flat 3", "Rose Cottage", "The Old Rectory", "12 High Street", "2 Mill Lane", "Newcastle upon Tyne"]
    parts += ["Bristol", "XX", "Apt 4B", "Suite 200", "1a", "A", ",", ", ", "\n", "\n  \n", " ", "\t", "-", "."]
    for _ in range(3_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 25)))
        end = len(text)
        for pattern, size, breaks in ((_UK_BACK, 160, 5), (_UK_TOWN_BACK, 60, 2)):
            low = max(0, end - size)
            whole = pattern.search(text, low, end)
            bounded = pattern.search(text, _after_breaks(text, low, end, breaks), end)
            assert (whole and whole.span()) == (bounded and bounded.span()), text


def test_a_wordy_date_is_looked_for_wherever_its_pattern_can_end() -> None:
    from course.scanner.dates import _MONTHS, _WORDY, wordy_possible

    rnd = random.Random(8)
    months = sorted(_MONTHS)

    def one(*options: str) -> str:
        return rnd.choice(options)

    found = 0
    for _ in range(20_000):
        day = str(rnd.randint(0, 39)) + one("", ".", "st", "nd", "rd", "th", "x")
        month = rnd.choice(months) + one("", ".", ",", ".,", "x")
        if rnd.random() < 0.5:
            form = day + one(" ", "  ", "") + one("", "of ") + month
        else:
            form = month + one(" ", "  ", "") + day + one("", ",")
        text = one("", "am ", "x", "5") + form + one(" ", "  ", " \n", "\n", "", "-", " \n ")
        if rnd.random() < 0.3:  # a character dropped
            i = rnd.randrange(len(text))
            text = text[:i] + text[i + 1 :]
        if _WORDY.search(text, max(0, len(text) - 24)):
            found += 1
            assert wordy_possible(text, len(text)), text
    assert found > 1_000


def test_the_phone_matcher_is_asked_once_for_a_number_that_comes_again() -> None:
    from course.scanner import scan
    from course.scanner.contact import _matches

    first = scan("Bitte notieren: 0171 2345678, danke.")  # no cue: phonenumbers decides
    before = _matches.cache_info()
    again = scan("Bitte notieren: 0171 2345678, danke sehr.")  # another text, the same number
    after = _matches.cache_info()
    assert after.hits > before.hits and after.misses == before.misses
    assert [f.text for f in again.findings if f.category == "phone"] == [
        f.text for f in first.findings if f.category == "phone"
    ]


def test_a_street_suffix_and_a_romance_street_are_looked_for_wherever_they_can_match() -> None:
    from course.scanner.places import _ROMANCE_BACK, _ROMANCE_WORDS, _SUFFIX_BACK, _SUFFIX_ENDS, _SUFFIXES

    rnd = random.Random(11)
    words = [*_SUFFIXES, "Rue", "Avenue", "Av.", "Chemin", "Ch.", "Route", "Viale", "Via", "Strada", "du", "de la"]
    words += ["Haupt", "Linden", "Marché", "Nassa", "Ober-", "x", "Arbeitsplatz", "Weg", "STRASSE", ".", "-"]
    suffixes = romances = 0
    for _ in range(20_000):
        text = "".join(rnd.choice(words) + rnd.choice(("", " ", " ", "\t")) for _ in range(rnd.randint(1, 5)))
        text += rnd.choice((" ", "  ", "\t"))
        lower = text.lower()
        if _SUFFIX_BACK.search(lower, max(0, len(text) - 16)):
            suffixes += 1
            assert lower.rstrip(" \t")[-3:] in _SUFFIX_ENDS, text
        if _ROMANCE_BACK.search(text, max(0, len(text) - 45)):
            romances += 1
            assert any(word in text for word in _ROMANCE_WORDS), text
    assert suffixes > 1_000 and romances > 100
