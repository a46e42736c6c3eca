"""The pii6 corpus (issue 14, seventh session) is well-formed: the checks every corpus passes (tests/helpers/corpus.py:
exact spans, valid national numbers, clean texts without personal values, a split by id and by template, enough labels
in the test part, its voices, byte-identical regeneration), and pii6's own: voices written into its templates, names in
every position, international and word names, name lists new against pii5's; and benchmarks/scanner_quality.py
measures its test part by default but never lists its misses. None of these tests runs the scanner on any part of
pii6: wherever the benchmark is called, its scanner is replaced by one that fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.corpus import DATA, ROOT, PersonCorpusChecks, assert_refused_while_held_out, load_module

PII6 = DATA / "pii6"


class TestPii6Corpus(PersonCorpusChecks):
    folder = PII6
    prefix = "p6"
    sizes = (2377, 3623)
    health_mark_example = ("Termin bei Kardiologin {name1}", "Termin bei {h:Kardiologin} {name1}")
    clean_health_words = (
        "Rückenschmerzen",
        "Grippeschutzimpfung",
        "Pflegefachkraft",
        "Krankenstand",
        "back pain",
        "Flu jabs",
        "Absence rate",
        "Mental health first aiders",
        "/health",
    )
    marks = (
        "Bautagebuch",  # construction site diary
        "Site diary",
        "Nebenkostenabrechnung",
        "Service charge",
        "Besichtigungstermine",  # viewings, letting agents
        "Viewing slots",
        "Schadenmeldung",  # insurance claims
        "FNOL",
        "Meldebescheinigung",  # public offices
        "Ausländerbehörde",
        "Kfz",
        "council tax",
        "DVLA",
        "Kita",
        "Nursery registration",
        "Fahrschule",
        "Driving lesson",
        "Recall Zahnarzt",
        "Dental recall",
        "Badge",  # conference badge lists
        "Dienstplan",  # volunteer fire brigade
        "Fire roster",
        "Chorprobe",
        "Kleingarten",
        "Allotment",
        "candidate_id\t",  # ATS export pasted with tabs
        "Lohnabrechnung",
        "Payslip query",
        "Zeiterfassung",
        "Timesheet",
        "CRM-Notiz",
        "HubSpot",
        "INC",  # ServiceNow-style tickets
        "Transkript",  # call-centre and voicemail transcripts
        "Voicemail transcript",
        "Call transcript (ASR)",
        "XING",
        "LinkedIn",
        "Auskunftsersuchen",  # GDPR data-subject access requests
        "Subject access request",
        "Inkasso",
        "Debt recovery",
        "In dem Rechtsstreit",  # Rubrum
        "Übersetzungsauftrag",
        "Studie",  # clinical study participant logs
        "Trial log",
        "PNR",
        "DOCS DOB",
        "Mietwagen",
        "Car hire",
        "Stadtbibliothek",
        "Gym membership",
        "Crowdfunding",
        "Backer",
        "INSERT INTO",
        "BEGIN:VCARD",
        "BEGIN:VEVENT",
        "Author:",  # git commits
        "Review comment",
        "Kindly do the needful",  # Indian English
        "Abeg",  # Nigerian English
        "Howzit",  # South African English
        "Grand so",  # Irish English
        "y'all",  # US Southern
        "Grüezi",  # Swiss
        "ersucht",  # Austrian officialese
        "lol",  # youth slang
        "UNMÖGLICH",  # angry customer
        "Schreib eine",  # AI prompts
        "Write a",
        "Fasse zusammen",
        "otpauth://",
        "jdbc:sqlserver://",
        "PRIVATE KEY-----",
        "Das ist mein Ernst",
        "c/o ",
        "Postfach",
        "PO Box",
        "Basement Flat",
    )

    def test_every_voice_is_written_into_the_templates_or_values(self, maker) -> None:
        """The voices come from pii6's own templates and values (test_the_voices_are_there: every one was drawn)."""
        t = maker.templates
        source = "\n".join(x for pool in (*t.PII.values(), *t.CLEAN.values(), *t.FRAMES.values()) for x in pool)
        values = Path(maker.__file__).with_name("values.py").read_text(encoding="utf-8")
        assert [m for m in self.marks if m not in source and m not in values] == []

    def test_names_are_in_every_position(self, rows) -> None:
        """Speaker labels, possessives, lowercase, initials, "Last, First", "LAST/FIRST", "LAST First", all caps,
        display names, @mentions, file names, log fields, hyphens, particles, short forms."""
        names = [(r, lab) for r in rows for lab in r["expected"] if lab["category"] == "name"]
        texts = {lab["text"] for _, lab in names}
        assert any(r["text"][lab["end"] : lab["end"] + 2] == "'s" for r, lab in names)
        assert any(r["lang"] == "de" and r["text"][lab["end"] : lab["end"] + 2] in ("s ", "' ") for r, lab in names)
        assert any(t.islower() for t in texts)
        assert any(", " in t for t in texts) and any("/" in t and t.isupper() for t in texts)
        assert any(" " in t and t.split()[0].isupper() and not t.split()[1].isupper() for t in texts)  # "DIALLO Awa"
        assert any(" " in t and t.isupper() and "/" not in t for t in texts)  # "AWA DIALLO"
        assert any(r["text"][lab["end"] : lab["end"] + 2] == " <" for r, lab in names)  # "Name <mail>"
        assert any(r["text"][lab["start"] - 1 : lab["start"]] == "@" for r, lab in names)  # @mention
        assert any(r["text"][lab["start"] - 1 : lab["start"]] == "_" for r, lab in names)  # Mietvertrag_Diallo_Awa.pdf
        assert any(r["text"][lab["start"] - 6 : lab["start"]] == 'user="' for r, lab in names)  # a log field
        assert any(
            r["text"][lab["end"] : lab["end"] + 1] == ":" and r["text"][lab["start"] - 1 : lab["start"]] in ("", "\n")
            for r, lab in names
        )  # a speaker label
        assert any("-" in t.split()[-1] for t in texts if " " in t)
        assert any(
            p in t for t in texts for p in ("ter Horst", "van Rooyen", "de la Fuente", "del Río", "von Lilienfeld")
        )
        assert {"Uschi", "Kalle", "Gaz", "Debs", "Sepp", "Resi"} & {w for t in texts for w in t.split()}

    def test_international_and_word_names_are_labelled_as_names(self, maker, rows) -> None:
        v = maker.values
        assert len(v.WORLD_FIRST) >= 150 and len(v.WORLD_LAST) >= 80
        labelled = {w for r in rows for lab in r["expected"] if lab["category"] == "name" for w in lab["text"].split()}
        assert len({n for n, _ in v.WORLD_FIRST} & labelled) >= 130
        assert (
            len({"Ivy", "Holly", "Heather", "Iris", "Jasmin", "Amber", "Kai", "Robin", "Hazel", "Rosa"} & labelled) >= 7
        )
        assert len(set(v.WORD_LAST) & labelled) >= 10

    def test_the_name_lists_are_new(self, maker) -> None:
        """pii6's own lists share no first name with the examples pii5's README lists as used (other origins)."""
        v = maker.values
        used = {"Ernst", "Frank", "Mark", "Grant", "Will", "Rose", "Hope", "Summer", "Faith", "Joy", "Dawn",
                "Miles", "June", "April", "May", "Rich", "Steffi", "Basti", "Chris", "Alex", "Jo", "Toni", "Flo",
                "Caro", "Kathi", "Becky", "Liz", "Klein", "Bauer", "Fuchs", "Engel", "König", "Hahn", "Vogel", "Wolf",
                "Sommer", "Winter", "Frost", "Bird", "Brown", "Baker", "Young", "Sharp"}  # fmt: skip
        ours = {n for n, _ in v.WORLD_FIRST + v.SHORT_FIRST + v.WORD_FIRST} | set(v.WORLD_LAST) | set(v.WORD_LAST)
        assert not ours & used, ours & used


# --- benchmarks/scanner_quality.py: pii6 is retired after its one measurement (pii7 is the default); no scans -----


@pytest.fixture(scope="module")
def quality():
    return load_module("scanner_quality_pii6", ROOT / "benchmarks" / "scanner_quality.py")


def test_pii6_is_retired_after_its_one_measurement_and_no_longer_the_default(quality) -> None:
    """pii6's test part was measured once (seventh session, at c7b732c): it is spent, so pii6 is retired like the
    older corpora; pii7 (eighth session) replaced it as the default."""
    assert next(iter(quality.CORPORA)) != "pii6"
    assert quality.CORPORA["pii6"] == (PII6 / "tune.jsonl", PII6 / "test.jsonl")
    assert quality.CORPUS != PII6 / "test.jsonl"
    assert {"pii2", "pii3", "pii4", "pii5", "pii6"} <= quality.RETIRED
    assert PII6 / "test.jsonl" not in quality.TEST_PARTS


def test_misses_all_and_unknown_names_were_refused_for_pii6s_test_part_while_it_was_held_out(
    quality, monkeypatch, capsys
) -> None:
    """With pii6 held out again (as it was until its measurement), every way to list the test part's misses is
    refused, and nothing is scanned."""
    assert_refused_while_held_out(quality, "pii6", PII6, monkeypatch, capsys)


def test_pii6s_parts_are_read_from_pii6(quality, monkeypatch) -> None:
    """--corpus pii6 reads pii6's test part, with --tune its tuning part (aggregates only); the evaluation is
    replaced, so nothing is scanned here (the default, pii7's held-out test part, is never read here)."""
    seen: list[tuple[object, int]] = []

    def fail(*args, **kwargs):
        raise AssertionError("scanned")

    def fake(rows, path):
        seen.append((path, len(rows)))
        return quality.Report({})

    monkeypatch.setattr(quality, "scan", fail)
    monkeypatch.setattr(quality, "evaluate", fake)
    quality.main(["--corpus", "pii6"])
    quality.main(["--corpus=pii6", "--tune"])
    quality.main(["--corpus", "pii6", "--tune"])
    assert seen == [(PII6 / "test.jsonl", 2377), (PII6 / "tune.jsonl", 3623), (PII6 / "tune.jsonl", 3623)]
