"""Grading made faster without changing what it finds: cue alternations, number words, lookbehinds, the view."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from course.grading import cues, taskcues
from course.grading.cuematch import CHECK_CUES, check_pattern
from course.grading.regexopt import factor_boundaries, optimize

OLD_SET = Path(__file__).parent / "data" / "prompts"


def test_neighbours_opening_with_a_boundary_share_one_and_keep_their_order() -> None:
    parts = [r"\bab", r"\bcd", "x", r"\bq|r", r"\bz", r"\b?y", r"\bw", r"\be", r"\bf"]
    assert factor_boundaries(parts) == (r"\b(?:(?:ab)|(?:cd))|(?:x)|(?:\bq|r)|(?:\bz)|(?:\b?y)|\b(?:(?:w)|(?:e)|(?:f))")


def test_a_cue_after_another_kind_of_cue_still_loses_to_it_at_the_same_position() -> None:
    fast = re.compile(factor_boundaries([r"\bab", "a", r"\babc"]))
    assert fast.match("abc").group() == "ab"
    fast = re.compile(factor_boundaries(["a", r"\babc"]))
    assert fast.match("abc").group() == "a"


def test_every_check_pattern_finds_what_the_plain_alternation_finds() -> None:
    texts = [
        item["text"]
        for path in sorted(OLD_SET.glob("*.yaml"))
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ]
    assert len(texts) > 300
    for name, parts in CHECK_CUES.items():
        plain = re.compile(optimize("|".join(f"(?:{p})" for p in parts)), cues.FLAGS)
        fast = check_pattern(name)
        assert fast.pattern != plain.pattern
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)


def test_number_words_grouped_by_first_letter_find_what_the_plain_list_finds() -> None:
    from course.grading.numberwords import _NUMBER, NUMBER_WORDS, with_digits

    words = sorted(
        (re.escape(w) for w in NUMBER_WORDS if w not in ("ein", "eine", "einen", "one")), key=len, reverse=True
    )
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)
    assert _NUMBER.pattern != plain.pattern
    text = "Sieben Sätze, FÜNFZEHN Wörter, fuenf-zig, twenty words, Zweiter, zwei- und dreizehn, hundred, sechzig."
    assert with_digits(text) == plain.sub(lambda m: str(NUMBER_WORDS[m.group(0).lower()]).rjust(len(m.group(0))), text)
    assert with_digits("sieben Sätze").startswith("     7")
    for path in sorted(OLD_SET.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            assert [m.span() for m in _NUMBER.finditer(item["text"])] == [
                m.span() for m in plain.finditer(item["text"])
            ]


def test_task_verbs_after_a_subject_are_refused_by_the_merged_lookbehinds_as_by_fourteen() -> None:
    merged = r"(?<!\b(?:ich|wir|man|sie|die|der|das|den|dem|des) )(?<!\b(?:er|we) )(?<!\bthey )(?<!\bi )"
    assert merged in taskcues.TASK[0]
    words = ("ich", "wir", "man", "er", "sie", "die", "der", "das", "den", "dem", "des", "we", "they", "i")
    one_each = "".join(rf"(?<!\b{w} )" for w in words)
    fast = re.compile(taskcues.TASK[0], cues.FLAGS)
    plain = re.compile(taskcues.TASK[0].replace(merged, one_each), cues.FLAGS)
    texts = ["Ich schreibe dir. Schreibe mir eine Mail", "They write. WE WRITE a letter, write it", "Der erstellt es."]
    texts += [
        item["text"] for path in sorted(OLD_SET.glob("*.yaml")) for item in yaml.safe_load(path.read_text("utf-8"))
    ]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert [m.group() for m in fast.finditer(texts[0])] == ["Schreibe"]


def test_the_view_unifies_quotes_dashes_and_spaces_as_the_translation_table_does() -> None:
    import random

    from course.grading.cleantext import _SAME_LENGTH, TextView, _unify

    rnd = random.Random(19)
    alphabet = [chr(c) for c in _SAME_LENGTH] + list("aäßZ0 .\n\"'-") + ["\u200b", "\x1b[31m", "\x07"]
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 60)))
        assert _unify(text) == text.translate(_SAME_LENGTH)
    assert TextView("„Straße“ – ‘x’\tab\r\n").view == "\"Straße\" - 'x' ab\n\n"
    plain = "Du bist Assistenz. Schreib eine Tabelle für die Geschäftsführung."
    assert TextView(plain).view is not None and TextView(plain).view == plain
