"""The pii3 corpus (issue 14) is well-formed: exact spans, valid national numbers, clean texts without personal
values, a split by the id alone, enough labels in the test part, and byte-identical regeneration. None of these
tests runs the scanner on pii3's test part."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.corpus import DATA, ROOT, CorpusChecks, corpuskit, load_module

PII3 = DATA / "pii3"


class TestPii3Corpus(CorpusChecks):
    folder = PII3
    prefix = "p3"
    sizes = (3117, 4883)
    merged_names = False  # pii3 labels "{first1} {last1}" as two names
    marks = (
        "Grüezi",
        "Servus",
        "Sehr geehrte Frau Magistra",
        "-----Ursprüngliche Nachricht-----",
        "---------- Forwarded message ---------",
        "Teilnehmende:",
        "Attendees:",
        "Yours sincerely",
        "@channel",
        "c/o ",
        "Flat ",
        "Apt",
        "Postfach",
        "Zentrale:",
        "password_field",
        "Das ist mein Ernst",
        "Herr der Lage",
        "CURRICULUM VITAE",
        "Lebenslauf",
    )

    def test_the_german_social_security_and_nino_rules_reject_a_wrong_number(self, maker) -> None:
        values = maker.values
        assert values.svnr_valid("15 070649 C 10 3")  # the published example of the Rentenversicherungsnummer
        assert not values.svnr_valid("15 070649 C 10 4")
        assert values.nino_valid("AB 12 34 56 C")
        assert not values.nino_valid("QQ 12 34 56 C") and not values.nino_valid("GB 12 34 56 A")

    def test_a_test_text_holds_no_sentence_of_a_tune_only_template(self, parts, maker) -> None:
        """The committed files follow the split: a long fixed piece of a tune-only template never opens a test text."""
        pieces = set()
        for pool in maker.templates.PII.values():
            for template in corpuskit.side(pool, False):
                head = corpuskit.SLOT.split(corpuskit.body(template))[0].strip()
                if len(head) >= 25:
                    pieces.add(head)
        t = maker.templates
        every = [*t.PII.values(), *t.CLEAN.values(), *t.FRAMES.values(), *t.CLEAN_FRAMES.values()]
        test_side = [x for pool in every for x in corpuskit.side(pool, True)]
        tune_only = {p for p in pieces if not any(p in x for x in test_side)}
        hits = [r["id"] for r in parts["test"] for p in tune_only if p in r["text"]]
        assert tune_only and not hits

    def test_international_names_are_labelled_as_names(self, maker, rows) -> None:
        INTERNATIONAL_FIRST = load_module("pii3_names", PII3 / "names.py").INTERNATIONAL_FIRST  # noqa: N806

        assert len(INTERNATIONAL_FIRST) >= 150
        firsts = {n for n, _ in INTERNATIONAL_FIRST}
        labelled = {w for r in rows for lab in r["expected"] if lab["category"] == "name" for w in lab["text"].split()}
        assert len(firsts & labelled) >= 140


# --- benchmarks/scanner_quality.py: pii7's test part is the default now; pii6..pii2 are chosen by name ------------


@pytest.fixture(scope="module")
def quality():
    return load_module("scanner_quality", ROOT / "benchmarks" / "scanner_quality.py")


def _scanner_that_fails(*args, **kwargs):
    raise AssertionError("the scanner was called: no test may scan a corpus here")


def test_scanner_quality_measures_pii7_test_by_default_and_older_corpora_by_name(quality, monkeypatch, capsys) -> None:
    """Without arguments the report is of pii7's test part (the newest corpus); pii6..pii2 by --corpus. The
    scanner is replaced by one that fails if called, before the default is asked for, so nothing is ever scanned."""
    seen: list[Path] = []

    def fake(rows, path):
        seen.append(path)
        return quality.Report({})

    monkeypatch.setattr(quality, "scan", _scanner_that_fails)
    monkeypatch.setattr(quality, "evaluate", fake)
    quality.main([])
    quality.main(["--tune"])
    quality.main(["--corpus", "pii6", "--all"])
    quality.main(["--corpus", "pii5", "--all"])
    quality.main(["--corpus", "pii4", "--all"])
    quality.main(["--corpus", "pii3"])
    quality.main(["--corpus", "pii3", "--tune"])
    quality.main(["--corpus", "pii2"])
    quality.main(["--corpus=pii2", "--tune"])
    assert seen == [
        quality.PII7_TEST,
        quality.PII7_TUNE,
        quality.PII6_TUNE.parent / "tune.jsonl+test.jsonl",
        quality.PII5_TUNE.parent / "tune.jsonl+test.jsonl",
        quality.PII4_TUNE.parent / "tune.jsonl+test.jsonl",
        quality.PII3_TEST,
        quality.PII3_TUNE,
        quality.TEST,
        quality.TUNE,
    ]
    out = capsys.readouterr().out
    assert "tests/data/pii7/test.jsonl" in out and "tests/data/pii3/test.jsonl" in out


def test_scanner_quality_refuses_misses_for_every_held_out_test_part(quality, monkeypatch, capsys) -> None:
    """A test part of a corpus that is not retired never has its misses printed (pii3 made held out again)."""

    def no_scan(*args, **kwargs):
        raise AssertionError("scanned")

    monkeypatch.setattr(quality, "scan", _scanner_that_fails)
    monkeypatch.setattr(quality, "evaluate", no_scan)  # a refusal scans nothing, whatever corpus is the default
    monkeypatch.setattr(quality, "RETIRED", {"pii2"})
    monkeypatch.setattr(quality, "TEST_PARTS", (quality.PII3_TEST,))
    for argv in (["--corpus", "pii3", "--misses"], ["--corpus=pii3", "--misses"], ["--corpus", "pii3", "--all"]):
        assert quality.main(argv) == 2
        err = capsys.readouterr()
        assert ("refused" in err.err or "held out" in err.err) and "MISS" not in err.out
    assert quality.main([str(PII3 / "test.jsonl"), "--misses"]) == 2
    assert quality.main(["--corpus", "pii3", "--unknown-names"]) == 2
    assert quality.main(["--corpus", "nope"]) == 2
    assert "unknown corpus" in capsys.readouterr().err


def test_scanner_quality_all_reads_both_parts_of_a_retired_corpus(quality, monkeypatch) -> None:
    """pii3 is retired (its test part was measured twice): --all measures tune and test together."""
    sizes: list[int] = []

    def fake(rows, path):
        sizes.append(len(rows))
        return quality.Report({})

    monkeypatch.setattr(quality, "evaluate", fake)
    assert "pii3" in quality.RETIRED
    quality.main(["--corpus", "pii3", "--all"])
    assert sizes == [len(quality.load(quality.PII3_TUNE)) + len(quality.load(quality.PII3_TEST))]


def test_scanner_quality_help_and_unknown_options_scan_nothing(quality, monkeypatch, capsys) -> None:
    """`--help` prints the usage and a mistyped option is refused: neither falls through to the test part."""

    def no_scan(*args, **kwargs):
        raise AssertionError("scanned")

    monkeypatch.setattr(quality, "scan", _scanner_that_fails)
    monkeypatch.setattr(quality, "evaluate", no_scan)
    assert quality.main(["--help"]) == 0
    assert "Run:" in capsys.readouterr().out
    assert quality.main(["-h"]) == 0
    for argv in (["--tunes"], ["--corpus", "pii3", "--missses"], ["-v"]):
        assert quality.main(argv) == 2
        assert "unknown option" in capsys.readouterr().err
