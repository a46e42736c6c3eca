"""The pii5 corpus (issue 14, sixth session) is well-formed: exact spans, valid national numbers, clean texts without
personal values, a split by id and by template, enough labels in the test part, byte-identical regeneration; and
benchmarks/scanner_quality.py keeps it as a retired corpus (pii6 is the default since the seventh session). None of
these tests runs the scanner on any part of pii5: wherever the benchmark is called, its scanner is replaced by one
that fails."""

from __future__ import annotations

import pytest
from helpers.corpus import DATA, ROOT, PersonCorpusChecks, assert_refused_while_held_out, load_module

PII5 = DATA / "pii5"


class TestPii5Corpus(PersonCorpusChecks):
    folder = PII5
    prefix = "p5"
    sizes = (2450, 3550)
    health_mark_example = ("Termin bei Kardiologin {name1}", "Termin bei {h:Kardiologin} {name1}")
    clean_health_words = ("Rückenschmerzen", "Grippeimpfung", "Pflegefachkraft", "back pain", "Flu jabs", "/health")
    marks = (
        "Apotheke",  # pharmacy SMS
        ("Pflegedienst", "Tagesbericht"),  # care-service daily report
        "Care log",
        "Tierarzt",  # vet: pets are not persons, owners are
        "Mitgliederversammlung",  # sports club minutes
        "Pfarrbrief",
        "Parish",
        "Widerspruch",  # benefit appeal
        "Mandatory reconsideration",
        "Agent:",  # support chat logs
        "Kunde:",
        "Customer:",
        "Retoure",
        "Zustellnotiz",  # parcel note
        "JOB CARD",  # car workshop
        ("Steuerkanzlei", "Kanzlei"),
        "Notartermin",
        "Erasmus",
        "Arbeitszeugnis",
        "Hotel-Meldeschein",
        "Reservierung",
        "Traueranzeige",
        "Funeral notice",
        "Leaving card",
        "Jira",
        "|---|",  # Markdown tables
        "r/",  # Reddit
        "Mastodon",
        "Sc4n",  # OCR'd scan
        "Och aye",  # Scots-tinged English
        "ich danke Herr",  # German from a non-native writer
        "please you send",  # English from a non-native writer
        "Kleingedrucktes",
        "Unfallbericht",
        "Police report",
        "Schulbericht",
        "Überweisung",
        "Rezept",
        "fasse diese",  # AI prompts
        "summarise this",
        "postgres://",  # connection string with credentials
        "~/.netrc",
        "kubeconfig",
        "Passwort lautet",
        "Das ist mein Ernst",
        "c/o ",
        "Flat ",
        "Postfach",
        "PO Box",
        "Apt ",
    )

    def test_names_are_in_every_position(self, rows) -> None:
        """Speaker labels, possessives, lowercase, initials, "Last, First", "LAST/FIRST", display names, @mentions,
        hyphens, particles, short forms."""
        names = [(r, lab) for r in rows for lab in r["expected"] if lab["category"] == "name"]
        texts = {lab["text"] for _, lab in names}
        assert any(r["text"][lab["end"] : lab["end"] + 2] == "'s" for r, lab in names)
        assert any(r["lang"] == "de" and r["text"][lab["end"] : lab["end"] + 2] in ("s ", "' ") for r, lab in names)
        assert any(t.islower() for t in texts)
        assert any(", " in t for t in texts) and any("/" in t and t.isupper() for t in texts)
        assert any(r["text"][lab["end"] : lab["end"] + 2] == " <" for r, lab in names)  # "Name <mail>"
        assert any(r["text"][lab["start"] - 1 : lab["start"]] == "@" for r, lab in names)  # @mention
        assert any("-" in t.split()[-1] for t in texts if " " in t)
        assert any(
            p in t for t in texts for p in ("van der ", "de Vries", "Ní Bhriain", "Mac Giolla", "Ó Súilleabháin")
        )
        assert {"Steffi", "Basti", "Chris", "Alex", "Jo"} & {w for t in texts for w in t.split()}

    def test_international_and_word_names_are_labelled_as_names(self, maker, rows) -> None:
        v = maker.values
        assert len(v.WORLD_FIRST) >= 150 and len(v.WORLD_LAST) >= 80
        labelled = {w for r in rows for lab in r["expected"] if lab["category"] == "name" for w in lab["text"].split()}
        assert len({n for n, _ in v.WORLD_FIRST if " " not in n} & labelled) >= 130
        assert (
            len({"Ernst", "Frank", "Rose", "Grant", "Will", "Mark", "Hope", "Summer", "Joy", "Miles"} & labelled) >= 6
        )


# --- benchmarks/scanner_quality.py: pii5 is retired (pii6 is the default); the refusals scan nothing ------------------


@pytest.fixture(scope="module")
def quality():
    return load_module("scanner_quality_pii5", ROOT / "benchmarks" / "scanner_quality.py")


def test_pii5_is_retired_after_its_one_measurement(quality) -> None:
    """pii5's test part was measured once (sixth session, at 3061cfd); its tuning part was tuned on after that, and
    pii6 (seventh session) replaced it as the default."""
    assert next(iter(quality.CORPORA)) != "pii5"
    assert quality.CORPORA["pii5"] == (PII5 / "tune.jsonl", PII5 / "test.jsonl")
    assert {"pii2", "pii3", "pii4", "pii5"} <= quality.RETIRED
    assert PII5 / "test.jsonl" not in quality.TEST_PARTS


def test_misses_all_and_unknown_names_are_refused_for_pii5s_test_part_while_it_was_held_out(
    quality, monkeypatch, capsys
) -> None:
    assert_refused_while_held_out(quality, "pii5", PII5, monkeypatch, capsys)
