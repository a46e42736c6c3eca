"""The s8-speed rewrites give what the plain code gave: word and block lists without match objects, and the
look-arounds of form_title and _own_line bounded to a few dozen characters (quadratic on a 1 MB line before)."""

from __future__ import annotations

import random
import re

from course.scanner import context
from course.scanner.context import Doc, matches_at
from course.scanner.healthspan import _NEXT_IS_FIELD, _SICK_NOTE, form_title
from course.scanner.healthterms import WORD_SPLIT, WORDS
from course.scanner.nameunknown import _own_line
from course.scanner.result import Finding

_ALPHABET = "aB Ü-’'.:\n>)\t9 1/xy:  \n!\r"


def _texts(seed: int, count: int, longest: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randrange(longest))) for _ in range(count)]


def _plain_form_title(text: str, start: int, end: int) -> bool:
    """form_title as it was written before s8-speed (every look along the whole line): the specification."""
    if _SICK_NOTE.match(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    colon = text.find(":", end, line_end)
    head_start = text.rfind(": ", line_start, start)
    head_start = line_start if head_start == -1 else head_start + 2
    if colon != -1 and colon - head_start <= 60 and ":" not in text[start:end]:
        head = text[head_start:colon]
        if not any(c in head for c in ".!?;|\t0123456789") and (head.strip(" >-*") != text[start:end]):
            return True
    if ":" not in text[start:end] and not text[end:line_end].strip(" \t") and _NEXT_IS_FIELD.match(text, line_end):
        before = text[line_start:start].rstrip(" \t>")
        return not before or before.endswith("):")
    return False


def test_matches_at_gives_the_matches_and_starts_of_finditer() -> None:
    for text in _texts(81, 400, 200) + ["", "abc", " abc ", "Ärger’s Knie-OP"]:
        words, starts = matches_at(WORD_SPLIT, text)
        assert list(zip(starts, words, strict=True)) == [(m.start(), m.group()) for m in WORDS.finditer(text)]


def test_blocks_and_capitalised_words_are_those_of_their_patterns() -> None:
    for text in _texts(82, 400, 200) + ["", "1", "12.03.1985 und 030 1234567", "DE89 3704-0044/0532 0130 00"]:
        doc = Doc.of(text)
        plain = []
        for m in context._BLOCK.finditer(text):
            g = m.group()
            plain.append((m.start(), m.end(), sum(c.isdigit() for c in g)))
        assert doc.blocks == plain and all(type(b) is context.Block for b in doc.blocks)
        assert doc.caps == [(m.start(), m.end(), m.group()) for m in context._CAP.finditer(text)]


def test_form_title_bounded_agrees_with_the_plain_looks_along_the_line() -> None:
    rnd = random.Random(83)
    heads = ["Befund Anna: ", "Prescription\nPatient: ", "Text (11:30): ", "x" * 70 + ": ", "a: b: ", "> ", ""]
    for text in _texts(84, 300, 160):
        text = rnd.choice(heads) + text + rnd.choice(["\nName: x", "\n> Feld: 1", ""])
        for _ in range(12):
            start = rnd.randrange(len(text))
            end = min(len(text), start + 1 + rnd.randrange(12))
            assert form_title(text, start, end) == _plain_form_title(text, start, end), (text, start, end)


def test_form_title_on_real_heads_and_far_line_starts() -> None:
    cases = [
        "Laborbefund Günther Asante: Werte ok",
        "Prescription\nPatient: Jo Bloggs",
        "Text (11:30): Prescription\nPatient: Jo",
        "y" * 90 + " Laborbefund: Werte",
        "y" * 62 + " Befund: Werte",
        ">>  \t Prescription \nDate: 1.2.",
    ]
    for text in cases:
        for term in ("Laborbefund", "Prescription", "Befund"):
            i = text.find(term)
            if i >= 0:
                assert form_title(text, i, i + len(term)) == _plain_form_title(text, i, i + len(term)), text


def test_own_line_looks_only_at_the_spaces_around_the_finding() -> None:
    rnd = random.Random(85)
    for text in _texts(86, 300, 80):
        if not text:
            continue
        for _ in range(8):
            start = rnd.randrange(len(text))
            end = min(len(text), start + 1 + rnd.randrange(6))
            f = Finding("name", start, end, text[start:end], False)
            plain = text[:start].rstrip(" \t")[-1:] in ("\n", "") and text[end:].lstrip(" \t.!")[:1] in (
                "\n",
                "\r",
                "",
            )
            assert _own_line(text, f) == plain, (text, start, end)


def test_the_split_patterns_are_their_patterns_in_one_group() -> None:
    for split, pattern in (
        (WORD_SPLIT, WORDS),
        (context._BLOCK_SPLIT, context._BLOCK),
        (context._CAP_SPLIT, context._CAP),
    ):
        assert split.pattern == f"({pattern.pattern})" and re.compile(pattern.pattern).groups == 0


def test_every_word_of_the_animal_pattern_holds_one_of_its_stems() -> None:
    from course.scanner.healthsense import _ANIMAL, ANIMAL_STEMS, about_an_animal

    words = re.search(r"\(\?:(.*)\)\(\?:\(\?<=", _ANIMAL.pattern)
    assert words is not None
    alternatives = [w.replace("\\w*", "") for w in words.group(1).split("|")]
    assert len(alternatives) > 20
    for word in alternatives:
        assert any(stem in word for stem in ANIMAL_STEMS), word
    text = "Unser Kater hat Diabetes."
    assert about_an_animal(text.lower(), text.index("Diabetes"), text.index("Diabetes") + 8)
    text = "Anna hat Diabetes."
    assert not about_an_animal(text.lower(), text.index("Diabetes"), text.index("Diabetes") + 8)


def test_the_pet_look_back_is_the_plain_one() -> None:
    from course.scanner.nameunknown import _ANIMALS, _pet

    def plain(doc: Doc, start: int) -> bool:
        low = doc.lower
        left = max(low.rfind(".", 0, start), low.rfind("\n", 0, start), start - 120)
        right = [i for i in (low.find(".", start), low.find("\n", start)) if i >= 0]
        return _ANIMALS.search(low, max(0, left), min(right, default=len(low))) is not None

    rnd = random.Random(87)
    for _ in range(300):
        parts = [
            rnd.choice(["Der Hund ", "vet ", "x" * rnd.randrange(150), ". ", "\n", "Bailey ", "cat"]) for _ in range(8)
        ]
        doc = Doc.of("".join(parts))
        for start in range(0, len(doc.text), 7):
            assert _pet(doc, start) == plain(doc, start)
