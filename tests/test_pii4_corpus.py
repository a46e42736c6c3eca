"""The pii4 corpus (issue 14) is well-formed: exact spans, valid national numbers, clean texts without personal
values, a split by id and by template, enough labels in the test part, byte-identical regeneration; and
benchmarks/scanner_quality.py treats it as retired (its test part was the default until pii5 replaced it). None of
these tests runs the scanner on pii4's test part (the benchmark's scanning is replaced wherever it is called)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.corpus import DATA, ROOT, PersonCorpusChecks, load_module

PII4 = DATA / "pii4"


class TestPii4Corpus(PersonCorpusChecks):
    folder = PII4
    prefix = "p4"
    sizes = (2372, 3628)
    health_mark_example = ("Allergien: keine {name1}", "{h:Allergien}: keine {name1}")
    clean_health_words = ("Rückenschmerzen", "Grippeschutzimpfung", "back pain", "flu", "Krankmeldungen", "fit note")
    marks = (
        "<Medien ausgeschlossen>",  # WhatsApp export
        "Besprechungs-ID",  # Teams invite
        "Passcode:",  # Zoom
        "notiz für ",  # dictated, no punctuation
        "Liebe Eltern",  # Kita letter
        "Hausverwaltung",
        "Schadenmeldung",
        "Talent Acquisition",
        "Passagierliste",
        "Anmeldung Webinar",
        "Erforderliche Teilnehmer:",  # Outlook invite
        "Bescheid",
        ("Aktenzeichen", "Az. "),
        "merci vielmal",  # Swiss German chat
        "NHS number",
        "Open enrollment",
        "★★",  # customer reviews
        "LinkedIn",
        "Übergabe",
        "Shift handover",
        "\t",  # Excel export with tabs
        "DB_PASSWORD=",  # .env
        "spring:\n  datasource:",  # YAML
        "Co-authored-by:",  # git
        "sms-gateway:",  # log lines
        "nicht im Büro",  # auto-reply
        "fasse diese",  # AI prompts
        "summarise this",
        "Das ist mein Ernst",
        "c/o ",
        "Flat ",
        "Postfach",
        "PO Box",
    )

    def test_names_are_in_every_position(self, rows) -> None:
        """Speaker labels, possessives, lowercase, initials, "Last, First" and airline "LAST/FIRST", hyphens,
        particles."""
        names = [(r, lab) for r in rows for lab in r["expected"] if lab["category"] == "name"]
        texts = {lab["text"] for _, lab in names}
        assert any(r["text"][lab["end"] : lab["end"] + 8] == "s Laptop" for r, lab in names)
        assert any(r["text"][lab["end"] : lab["end"] + 2] == "'s" for r, lab in names)
        assert any(t.islower() for t in texts)
        assert any(len(t) > 3 and t[1:3] == ". " for t in texts)
        assert any(", " in t for t in texts) and any("/" in t and t.isupper() for t in texts)
        assert any("-" in t.split()[-1] for t in texts if " " in t)
        assert any(p in t for t in texts for p in ("van den ", "de Almeida", "von Thurn", "al-Rashid", "bin Sulaiman"))
        assert any(r["text"][lab["end"] : lab["end"] + 2] in (": ", "  ", "   ") for r, lab in names)  # speaker labels

    def test_international_and_word_names_are_labelled_as_names(self, maker, rows) -> None:
        v = maker.values
        assert len(v.WORLD_FIRST) >= 150 and len(v.WORLD_LAST) >= 80
        labelled = {w for r in rows for lab in r["expected"] if lab["category"] == "name" for w in lab["text"].split()}
        assert len({n for n, _ in v.WORLD_FIRST if " " not in n} & labelled) >= 130
        assert {"Ernst", "Frank", "Rose", "Grant", "Will", "Mark", "Hope"} & labelled


# --- benchmarks/scanner_quality.py: pii4 was measured once and is retired ------------------------------------


@pytest.fixture(scope="module")
def quality():
    return load_module("scanner_quality_pii4", ROOT / "benchmarks" / "scanner_quality.py")


def test_pii4_is_retired_after_its_one_measurement(quality) -> None:
    """pii4's test part was measured once (fifth session): it is tuning data now, like pii2 and pii3."""
    assert quality.CORPORA["pii4"] == (PII4 / "tune.jsonl", PII4 / "test.jsonl")
    assert {"pii2", "pii3", "pii4"} <= quality.RETIRED
    assert PII4 / "test.jsonl" not in quality.TEST_PARTS


def test_all_of_pii4_is_measured_and_may_list_its_misses(quality, monkeypatch, capsys) -> None:
    """--corpus pii4 --all reads both parts (the scanner is replaced here)."""
    sizes: list[int] = []

    def fake(rows, path):
        sizes.append(len(rows))
        report = quality.Report({})
        report.misses.append((rows[0]["id"], "name", "x"))
        return report

    monkeypatch.setattr(quality, "evaluate", fake)
    quality.main(["--corpus", "pii4", "--all", "--misses"])
    assert sizes == [len(quality.load(quality.PII4_TUNE)) + len(quality.load(quality.PII4_TEST))]
    assert "MISS" in capsys.readouterr().out


def test_pii4s_tuning_part_may_list_its_misses(quality, monkeypatch, capsys) -> None:
    """--corpus pii4 --tune --misses reads the tuning part only (the scanner is replaced here)."""
    seen: list[Path] = []

    def fake(rows, path):
        seen.append(path)
        report = quality.Report({})
        report.misses.append((rows[0]["id"], "name", "x"))
        return report

    monkeypatch.setattr(quality, "evaluate", fake)
    quality.main(["--corpus", "pii4", "--tune", "--misses"])
    assert seen == [quality.PII4_TUNE]
    out = capsys.readouterr().out
    assert "tests/data/pii4/tune.jsonl" in out and "MISS" in out
