"""Scanner: Unicode cannot hide personal data (issue 12, item 7); findings point into the ORIGINAL text."""

from __future__ import annotations

import pytest

from course.scanner import scan
from course.scanner.normalize import normalize

IBAN = "DE89 3704 0044 0532 0130 00"


def only(text: str, category: str) -> tuple[int, int, str]:
    result = scan(text)
    assert result.level == "red", result
    hits = [f for f in result.findings if f.category == category]
    assert len(hits) == 1, result
    f = hits[0]
    assert text[f.start : f.end] == f.text  # offsets and text are those of the input, not of the normalised copy
    return f.start, f.end, f.text


def test_iban_with_non_breaking_spaces_between_groups_is_red() -> None:
    value = IBAN.replace(" ", "\u00a0")
    text = f"Bitte überweisen an {value} bis Freitag."
    assert only(text, "iban") == (20, 20 + len(value), value)


def test_iban_with_narrow_no_break_spaces_is_red() -> None:
    value = IBAN.replace(" ", "\u202f")
    assert only(f"IBAN: {value}", "iban")[2] == value


def test_email_with_zero_width_space_before_the_at_is_red() -> None:
    value = "max.mustermann\u200b@firma.de"
    text = f"Schreib an {value}, danke."
    assert only(text, "email") == (11, 11 + len(value), value)


def test_iban_with_a_zero_width_space_inside_is_red() -> None:
    value = "DE8937040044\u200b0532013000"
    text = f"Konto {value}"
    assert only(text, "iban") == (6, 6 + len(value), value)


def test_full_width_at_sign_is_red() -> None:
    value = "anna.schmidt＠example.com"
    text = f"Kontakt: {value}"
    assert only(text, "email") == (9, 9 + len(value), value)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Tel.\u00a0030\u00a01234567", "phone"),
        ("Ｔｅｌ. ０３０ １２３４５６７", "phone"),  # full-width letters and digits
        ("Steuer-ID\u2009\u200d36\u00a0574\u00a0261\u00a0809", "tax-id"),  # thin space, zero-width joiner
        ("Passwort:\u00adGeheim123!", "secret"),  # soft hyphen
        ("DE89\u20603704\u20600044\u20600532\u20600130\u206000", "iban"),  # word joiners
        ("Herr\u00a0Weber", "name"),
    ],
)
def test_odd_spaces_and_format_characters_do_not_hide_data(text: str, category: str) -> None:
    only(text, category)


def test_offsets_stay_right_after_characters_that_expand_or_vanish() -> None:
    text = "ﬁle \u200b\u200b ① Herr Weber, Mail: \ufeffjan\u200b@weber.de"
    result = scan(text)
    assert {f.category for f in result.findings} == {"name", "email"}
    for f in result.findings:
        assert text[f.start : f.end] == f.text
    assert [f.text for f in result.findings if f.category == "email"] == ["jan\u200b@weber.de"]


def test_normalize_maps_every_character_back() -> None:
    text = "a\u00a0b\u200bc＠d ﬁ"
    norm = normalize(text)
    assert norm.text == "a bc@d fi"
    assert norm.span(0, len(norm.text)) == (0, len(text))
    assert norm.span(3, 4) == (4, 5)  # "c"
    assert normalize("plain ascii").starts is None  # nothing to map: the fast path


def test_combining_marks_do_not_break_offsets() -> None:
    text = "Frau Mu\u0308ller, Tel. 0171 2345678"
    result = scan(text)
    assert [f.text for f in result.findings if f.category == "phone"] == ["0171 2345678"]
    for f in result.findings:
        assert text[f.start : f.end] == f.text


def test_the_fast_path_class_holds_every_format_character() -> None:
    import sys
    import unicodedata

    from course.scanner.normalize import _SPECIAL

    missing = [
        hex(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf" and not _SPECIAL.match(chr(c))
    ]
    assert not missing
