"""Causes of misses and false alarms found on pii3's tuning part (issue 14), each as a rule of its own.

The texts here are written for these tests (other wording and values than the corpus): each shows one
way people write personal data (or a look-alike) that the scanner must understand in unseen text.
"""

from __future__ import annotations

import pytest

from course.scanner import scan


def found(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in scan(text).findings:
        out.setdefault(f.category, []).append(f.text)
    return out


# --- tax-id: the cue is a table's column header, after the number, or earlier on the line -------------


@pytest.mark.parametrize(
    "text, values",
    [
        (
            "Nachname;Vorname;Versicherungsnummer\nHuber;Lena;2137220791\nGruber;Tom;2145 220791",
            ["2137220791", "2145 220791"],
        ),
        ("employee,UTR,team\nJo Bell,7213456781,Sales\nAl Rahman,7213456795,Ops", ["7213456781", "7213456795"]),
        ("employee,SSN,team\nJo Bell,371-52-8406,Sales", ["371-52-8406"]),
        ("employee,NI number,team\nJo Bell,AB 12 34 56 C,Sales", ["AB 12 34 56 C"]),
    ],
)
def test_a_national_number_under_its_column_header_is_a_tax_id(text: str, values: list[str]) -> None:
    assert found(text).get("tax-id") == values
    assert "phone" not in found(text)


def test_a_header_with_a_sentence_before_it_on_the_same_line_still_counts() -> None:
    text = "Liste kommt wie besprochen (Stand 03/2026). > Name;SVNR\nHuber;2137220791"
    assert found(text).get("tax-id") == ["2137220791"]


def test_article_numbers_under_an_article_column_are_no_phones() -> None:
    text = "Artikel;Bezeichnung;Preis\n4-711-203-58;Ordner blau;12,90 EUR\n0-815-427-66;Locher;8,50 EUR"
    assert "phone" not in found(text)


def test_austrian_versicherungsnummer_with_a_hyphen() -> None:
    assert found("Versicherungsnummer: 2153-220791")["tax-id"] == ["2153-220791"]


def test_a_label_after_the_number_counts() -> None:
    assert found("2137220791 ist die VNR meiner Tochter")["tax-id"] == ["2137220791"]


def test_a_label_in_the_question_before_the_answer_counts() -> None:
    assert found("which UTR did HMRC give you? it says 7213456781 on the letter")["tax-id"] == ["7213456781"]
    assert found("Can you DM me your SS# for the W-9? Mine is 371528406")["tax-id"] == ["371528406"]


def test_a_number_after_an_id_word_on_the_line_is_no_tax_id() -> None:
    assert "tax-id" not in found("what's the UTR form? invoice 7213456781 is still open")


def test_austrian_steuernummer_without_separators_needs_its_label() -> None:
    assert found("Steuernummer: 123456709")["tax-id"] == ["123456709"]
    assert "tax-id" not in found("Lieferung 123456709 ist unterwegs")
