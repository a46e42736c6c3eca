"""The pii3 corpus (issue 14) is well-formed: exact spans, valid national numbers, clean texts without personal
values, a split by the id alone, enough labels in the test part, and byte-identical regeneration. None of these
tests runs the scanner on pii3's test part."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PII3 = ROOT / "tests" / "data" / "pii3"
CATEGORIES = ("email", "phone", "iban", "credit-card", "tax-id", "address", "date-of-birth", "name", "secret", "health")


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def maker():
    return _load_module("pii3_make_corpus", PII3 / "make_corpus.py")


@pytest.fixture(scope="module")
def parts() -> dict[str, list[dict]]:
    return {
        part: [json.loads(line) for line in (PII3 / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()]
        for part in ("test", "tune")
    }


@pytest.fixture(scope="module")
def rows(parts) -> list[dict]:
    return parts["test"] + parts["tune"]


def test_every_label_is_exactly_its_span_and_labels_do_not_overlap(rows) -> None:
    for row in rows:
        end = 0
        for lab in sorted(row["expected"], key=lambda x: x["start"]):
            assert row["text"][lab["start"] : lab["end"]] == lab["text"], (row["id"], lab)
            assert lab["text"] == lab["text"].strip() and lab["text"], (row["id"], lab)
            assert lab["start"] >= end, (row["id"], lab)
            assert lab["category"] in CATEGORIES
            end = lab["end"]
        assert set(row) == {"id", "lang", "locale", "kind", "text", "names", "expected"}


def test_national_numbers_ibans_and_cards_pass_their_validators(maker, rows) -> None:
    checked = Counter()
    for row in rows:
        for lab in row["expected"]:
            if lab["category"] in ("tax-id", "iban", "credit-card"):
                assert maker.label_valid(lab["category"], lab["text"], row["locale"]), (row["id"], lab)
                checked[lab["category"]] += 1
    assert min(checked.values()) >= 300, checked


def test_every_market_and_kind_of_national_number_occurs(maker, rows) -> None:
    import values  # on sys.path through make_corpus

    kinds = Counter()
    for row in rows:
        for lab in row["expected"]:
            if lab["category"] == "tax-id":
                for kind in maker.KINDS[row["locale"]]:
                    if values.national_valid(kind, lab["text"]):
                        kinds[kind] += 1
    assert set(kinds) == {"idnr", "stnr", "svnr", "vnr", "tin", "ahv", "nino", "utr", "nhs", "ssn", "itin"}, kinds


def test_the_german_social_security_and_nino_rules_reject_a_wrong_number(maker) -> None:
    import values

    assert values.svnr_valid("15 070649 C 10 3")  # the published example of the Rentenversicherungsnummer
    assert not values.svnr_valid("15 070649 C 10 4")
    assert values.nino_valid("AB 12 34 56 C")
    assert not values.nino_valid("QQ 12 34 56 C") and not values.nino_valid("GB 12 34 56 A")


def test_clean_texts_have_no_labels_no_labelled_values_and_no_valid_lookalikes(maker, rows) -> None:
    assert maker.check(rows) == []
    clean = [r for r in rows if r["kind"] == "clean"]
    assert len(clean) == sum(r["kind"] == "pii" for r in rows)
    assert all(not r["expected"] for r in clean)
    assert all(r["expected"] for r in rows if r["kind"] == "pii")


def test_the_self_check_finds_a_wrong_span_a_bad_number_and_a_leaked_value(maker, rows) -> None:
    pii = next(r for r in rows if r["locale"] == "de_CH" and any(x["category"] == "tax-id" for x in r["expected"]))
    lab = next(x for x in pii["expected"] if x["category"] == "tax-id")
    shifted = {**pii, "expected": [{**lab, "start": lab["start"] + 1, "end": lab["end"] + 1}]}
    wrong_digit = lab["text"][:-1] + str((int(lab["text"][-1]) + 1) % 10)  # an AHV number: EAN-13 check digit
    bad = {**pii, "text": wrong_digit, "expected": [{**lab, "start": 0, "end": len(wrong_digit), "text": wrong_digit}]}
    clean = next(r for r in rows if r["kind"] == "clean")
    leaked = {**clean, "id": "leak", "text": clean["text"] + " " + lab["text"]}
    problems = "\n".join(maker.check([shifted, bad, leaked]))
    assert f"{pii['id']}: span" in problems
    assert "does not validate" in problems
    assert "leak: clean text contains the labelled value" in problems


def test_the_split_is_made_once_by_the_id(parts, maker) -> None:
    for part, items in parts.items():
        for row in items:
            bucket = int(hashlib.sha256(row["id"].encode("utf-8")).hexdigest(), 16) % 100
            assert (bucket < 40) == (part == "test"), row["id"]
    ids = [r["id"] for items in parts.values() for r in items]
    assert len(ids) == len(set(ids)) == 8000
    assert (len(parts["test"]), len(parts["tune"])) == (3117, 4883)
    assert len(parts["test"]) / len(ids) >= 0.30


def test_no_template_frame_or_clean_sentence_is_on_both_sides_of_the_split(maker) -> None:
    """Each pool is cut in two disjoint halves (40 % test), none empty, so test wording is never seen in tune."""
    t = maker.templates
    pools = [*t.PII.values(), *t.CLEAN.values(), *t.FRAMES.values(), *t.CLEAN_FRAMES.values()]
    for pool in pools:
        test, tune = maker.side(pool, True), maker.side(pool, False)
        assert test and tune and not set(test) & set(tune)
        assert sorted(test + tune) == sorted(pool)


def test_a_test_text_holds_no_sentence_of_a_tune_only_template(parts, maker) -> None:
    """The committed files follow the split: a long fixed piece of a tune-only template never opens a test text."""
    pieces = set()
    for pool in maker.templates.PII.values():
        for template in maker.side(pool, False):
            head = maker.SLOT.split(maker.body(template))[0].strip()
            if len(head) >= 25:
                pieces.add(head)
    t = maker.templates
    every = [*t.PII.values(), *t.CLEAN.values(), *t.FRAMES.values(), *t.CLEAN_FRAMES.values()]
    test_side = [x for pool in every for x in maker.side(pool, True)]
    tune_only = {p for p in pieces if not any(p in x for x in test_side)}
    hits = [r["id"] for r in parts["test"] for p in tune_only if p in r["text"]]
    assert tune_only and not hits


def test_the_test_part_has_sixty_labels_per_category_and_language(parts) -> None:
    labels = Counter((lab["category"], row["lang"]) for row in parts["test"] for lab in row["expected"])
    low = {(c, lang): labels[c, lang] for c in CATEGORIES for lang in ("de", "en") if labels[c, lang] < 60}
    assert not low, low
    assert {r["locale"] for r in parts["test"]} == {"de_DE", "de_AT", "de_CH", "en_GB", "en_US"}


def test_the_voices_are_there(rows) -> None:
    texts = "\n".join(r["text"] for r in rows)
    for mark in (
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
    ):
        assert mark in texts, mark


def test_international_names_are_labelled_as_names(rows) -> None:
    sys.path.insert(0, str(PII3))
    from names import INTERNATIONAL_FIRST

    assert len(INTERNATIONAL_FIRST) >= 150
    firsts = {n for n, _ in INTERNATIONAL_FIRST}
    labelled = {w for r in rows for lab in r["expected"] if lab["category"] == "name" for w in lab["text"].split()}
    assert len(firsts & labelled) >= 140


@pytest.mark.slow
def test_regeneration_is_byte_identical(maker, tmp_path) -> None:
    import faker

    if faker.VERSION != maker.FAKER_VERSION:
        pytest.skip(f"made with Faker {maker.FAKER_VERSION}; this is {faker.VERSION}, whose lists differ")
    assert maker.main([str(tmp_path)]) == 0
    for part in ("test", "tune"):
        assert (tmp_path / f"{part}.jsonl").read_bytes() == (PII3 / f"{part}.jsonl").read_bytes(), part


# --- benchmarks/scanner_quality.py: pii6's test part is the default now; pii5..pii2 are chosen by name ------------


@pytest.fixture(scope="module")
def quality():
    return _load_module("scanner_quality", ROOT / "benchmarks" / "scanner_quality.py")


def _scanner_that_fails(*args, **kwargs):
    raise AssertionError("the scanner was called: no test may scan a corpus here")


def test_scanner_quality_measures_pii6_test_by_default_and_older_corpora_by_name(quality, monkeypatch, capsys) -> None:
    """Without arguments the report is of pii6's test part (the held-out one); pii5..pii2 by --corpus. The
    scanner is replaced by one that fails if called, before the default is asked for, so nothing is ever scanned."""
    seen: list[Path] = []

    def fake(rows, path):
        seen.append(path)
        return quality.Report({})

    monkeypatch.setattr(quality, "scan", _scanner_that_fails)
    monkeypatch.setattr(quality, "evaluate", fake)
    quality.main([])
    quality.main(["--tune"])
    quality.main(["--corpus", "pii5", "--all"])
    quality.main(["--corpus", "pii4", "--all"])
    quality.main(["--corpus", "pii3"])
    quality.main(["--corpus", "pii3", "--tune"])
    quality.main(["--corpus", "pii2"])
    quality.main(["--corpus=pii2", "--tune"])
    assert seen == [
        quality.PII6_TEST,
        quality.PII6_TUNE,
        quality.PII5_TUNE.parent / "tune.jsonl+test.jsonl",
        quality.PII4_TUNE.parent / "tune.jsonl+test.jsonl",
        quality.PII3_TEST,
        quality.PII3_TUNE,
        quality.TEST,
        quality.TUNE,
    ]
    out = capsys.readouterr().out
    assert "tests/data/pii6/test.jsonl" in out and "tests/data/pii3/test.jsonl" in out


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
