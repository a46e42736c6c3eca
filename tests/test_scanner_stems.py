"""Patterns tried only where one of their stems occurs (or read off the digit blocks) find exactly what a pass of the
pattern over the whole text finds (speed only, same output)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from course.scanner.contact import COMPANY_CUES, COMPANY_STEMS
from course.scanner.context import Doc, starting
from course.scanner.dates import BIRTH_CUES, BIRTH_STEMS
from course.scanner.money import _IBAN_START, iban_starts
from course.scanner.namelone import CHAT_CUE, CHAT_STEMS
from course.scanner.postal import _DIGIT_TWO_CAPS, digit_two_caps
from course.scanner.secrets import _PASSWORD, _PASSWORD_BARE, _PASSWORD_MARKERS, _SECRET_STEMS, _SECRET_WORD

DATA = Path(__file__).parent / "data"
STEMMED = {
    "secret words": (_SECRET_WORD, _SECRET_STEMS),
    "passwords": (_PASSWORD, _PASSWORD_MARKERS),
    "bare passwords": (_PASSWORD_BARE, _PASSWORD_MARKERS),
    "birth cues": (BIRTH_CUES, BIRTH_STEMS),
    "company cues": (COMPANY_CUES, COMPANY_STEMS),
    "chat cues": (CHAT_CUE, CHAT_STEMS),
}
# Pieces of the patterns' words and of their surroundings, to make texts where matches touch and overlap.
PIECES = [
    *("api", "key", "api_key", "apikey", "api-schlüssel", "_key", "auth", "token", "session", "cookie", "passcode"),
    *("password", "passwort", "pass", "pwd", "pw", "pin", "pin-code", "pincode", "kennwort", "access code", "psk"),
    *("geb.", "geboren", "geb.-datum", "geb", "born", "dob", "d.o.b.", "date of birth", "dateofbirth", "birthday"),
    *("née", "né", "date ofbirth", "A *", "a * 2"),
    *("b-day", "bday", "*", "(*", "jahrgang", "zentrale", "hotline", "service-hotline", "helpdesk", "info-telefon"),
    *("customer care", "head office", "empfang", "secret", "credential", "private_key", "key-data", "signature"),
    *(" ", "  ", ":", ": ", "=", " = ", " ist ", " is ", "\n", ".", "-", "_", "'", '"', "3", "12.03.1985", "x"),
    *("hey", "hi", "hallo", "tell", "kannst du", "kanst du", "könntest du", "könnest du", "heads up", "heads", "lol"),
    *("übrigens", "ping", "frag", "sag", "ruf", "schreib", "erinner", "this", "shi", "sagt", "omg", "fyi", "btw"),
    *("Xq9!rT4vZ", "s3cr3t", "A", "é", "ß", "(", ")", "über", "für den Zugang", " lautet "),
]


def _corpus_texts() -> list[str]:
    rows = (DATA / "pii5" / "tune.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(row)["text"] for row in rows if row.strip()]


def _made_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 30))) for _ in range(count)]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [t.lower() for t in _corpus_texts()] + _made_texts(14, 20_000)


@pytest.mark.parametrize("name", sorted(STEMMED))
def test_a_pattern_tried_at_its_stems_finds_what_a_pass_over_the_text_finds(name: str, texts: list[str]) -> None:
    pattern, stems = STEMMED[name]
    for text in texts:
        assert _spans(starting(pattern, text, stems)) == _spans(pattern.finditer(text)), text


def test_the_stems_are_needed_a_pattern_without_them_would_miss_matches() -> None:
    """The check above can fail: with one stem left out, some made text has a match the stems do not reach."""
    pattern, stems = STEMMED["birth cues"]
    fewer = tuple(s for s in stems if s != "born")
    assert any(_spans(starting(pattern, t, fewer)) != _spans(pattern.finditer(t)) for t in _made_texts(3, 2_000))


def _block_texts() -> list[str]:
    rnd = random.Random(8)
    pieces = [*"AZBEaz09 ./-_\nÄ٣", "DE89", "GB29 NWBK", "1AA", "SW1A 1AA", "4DJ", "12", "AB", "ẞ"]
    made = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25))) for _ in range(20_000)]
    return _corpus_texts() + made


@pytest.mark.parametrize(
    ("fast", "regex"),
    [
        (iban_starts, lambda text: [m.start() for m in _IBAN_START.finditer(text)]),
        (digit_two_caps, lambda text: _DIGIT_TWO_CAPS.search(text) is not None),
    ],
    ids=["iban starts", "digit and two capitals"],
)
def test_what_is_read_off_the_digit_blocks_is_what_the_regex_finds(
    fast: Callable[[Doc], object], regex: Callable[[str], object]
) -> None:
    for text in _block_texts():
        assert fast(Doc.of(text)) == regex(text), text


def test_stems_of_a_compile_words_pattern_keep_its_word_boundary() -> None:
    """COMPANY_CUES wants no letter before its word: a stem inside a longer word finds nothing there."""
    text = "die bürozentrale und die Zentrale".lower()
    assert text.count("zentrale") == 2  # the stem does occur inside "bürozentrale"
    assert _spans(starting(COMPANY_CUES, text, COMPANY_STEMS)) == [(len(text) - len("zentrale"), len(text))]


def test_every_word_that_names_who_did_something_holds_a_stem_that_is_looked_for() -> None:
    from course.scanner.namelists import _DONE_STEMS, _DONE_WORDS

    assert all(any(stem in word for stem in _DONE_STEMS) for word in _DONE_WORDS)


def test_role_words_found_in_the_docs_lower_case_copy_are_those_of_a_scan_at_every_position() -> None:
    from course.scanner.namecues import _ROLE, _role_matches

    for text in [*_corpus_texts()[:3000], "İstanbul: Kollegin Alea hat angerufen.", "Kollegin Alea hat frei."]:
        doc = Doc.of(text)
        got = [m.span() for m in _role_matches(doc.text, doc.lower if doc.exact else None)]
        assert got == [m.span() for m in _ROLE.finditer(text)], text
    assert not Doc.of("İstanbul").exact and Doc.of("Istanbul").exact
