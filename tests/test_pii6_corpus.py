"""The pii6 corpus (issue 14, seventh session) is well-formed: exact spans, valid national numbers, clean texts without
personal values, a split by id and by template, enough labels in the test part, byte-identical regeneration; and
benchmarks/scanner_quality.py measures its test part by default but never lists its misses. None of these tests runs
the scanner on any part of pii6: wherever the benchmark is called, its scanner is replaced by one that fails."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PII6 = ROOT / "tests" / "data" / "pii6"
CATEGORIES = ("email", "phone", "iban", "credit-card", "tax-id", "address", "date-of-birth", "name", "secret", "health")
SHARED_NAMES = ("templates", "values", "names")  # pii3..pii6 have modules of the same names


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def maker():
    """pii6's make_corpus with its own templates/values/names, leaving other corpora's modules of those names alone."""
    saved = {n: sys.modules.pop(n) for n in SHARED_NAMES if n in sys.modules}
    sys.path.insert(0, str(PII6))
    try:
        module = _load_module("pii6_make_corpus", PII6 / "make_corpus.py")
    finally:
        sys.path.remove(str(PII6))
        for n in SHARED_NAMES:
            sys.modules.pop(n, None)
        sys.modules.update(saved)
    return module


@pytest.fixture(scope="module")
def parts() -> dict[str, list[dict]]:
    return {
        part: [json.loads(line) for line in (PII6 / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()]
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
        assert row["names"] == []
        names = sorted((x for x in row["expected"] if x["category"] == "name"), key=lambda x: x["start"])
        for a, b in zip(names, names[1:], strict=False):  # "stephen jackson" is one label like "Stephen Jackson"
            assert row["text"][a["end"] : b["start"]] != " ", (row["id"], a, b)


def test_national_numbers_ibans_and_cards_pass_their_validators(maker, rows) -> None:
    checked: Counter[str] = Counter()
    for row in rows:
        for lab in row["expected"]:
            if lab["category"] in ("tax-id", "iban", "credit-card"):
                assert maker.label_valid(lab["category"], lab["text"], row["locale"]), (row["id"], lab)
                checked[lab["category"]] += 1
    assert min(checked.values()) >= 300, checked


def test_every_market_and_kind_of_national_number_occurs(maker, rows) -> None:
    kinds: Counter[str] = Counter()
    for row in rows:
        for lab in row["expected"]:
            if lab["category"] == "tax-id":
                for kind in maker.KINDS[row["locale"]]:
                    if maker.values.national_valid(kind, lab["text"]):
                        kinds[kind] += 1
    assert set(kinds) == {"idnr", "stnr", "svnr", "vnr", "tin", "ahv", "nino", "utr", "nhs", "ssn", "itin"}, kinds


def test_the_german_social_security_nino_and_nhs_rules_reject_a_wrong_number(maker) -> None:
    v = maker.values
    assert v.svnr_valid("15 070649 C 10 3")  # the published example of the Rentenversicherungsnummer
    assert not v.svnr_valid("15 070649 C 10 4")
    assert v.nino_valid("AB 12 34 56 C")
    assert not v.nino_valid("QQ 12 34 56 C") and not v.nino_valid("GB 12 34 56 A") and not v.nino_valid("AO123456A")
    assert v.national_valid("nhs", "943 476 5919") and not v.national_valid("nhs", "943 476 5918")
    assert v.national_valid("vnr", "1237 01.01.80") == v.national_valid("vnr", "1237010180")


@pytest.mark.slow  # about 2 s: the whole self-check
def test_clean_texts_have_no_labels_no_labelled_values_and_no_valid_lookalikes(maker, rows) -> None:
    assert maker.check(rows) == []
    clean = [r for r in rows if r["kind"] == "clean"]
    assert len(clean) == sum(r["kind"] == "pii" for r in rows) == 3000
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
    named = next(r for r in rows if any(x["category"] == "name" and " " in x["text"] for x in r["expected"]))
    full = next(x["text"] for x in named["expected"] if x["category"] == "name" and " " in x["text"])
    repeated = {**named, "id": "again", "text": named["text"] + " Gruß an " + full.split()[-1]}
    unlabelled = {**pii, "id": "p6-de-iban-9999", "expected": [x for x in pii["expected"] if x["category"] != "tax-id"]}
    problems = "\n".join(maker.check([shifted, bad, leaked, repeated, unlabelled]))
    assert f"{pii['id']}: span" in problems
    assert "does not validate" in problems
    assert "leak: clean text contains the labelled value" in problems
    assert "again: the name" in problems and "occurs without a label" in problems
    assert "p6-de-iban-9999: no iban label in a text of that pool" in problems


def test_the_split_is_made_once_by_the_id(parts) -> None:
    for part, items in parts.items():
        for row in items:
            bucket = int(hashlib.sha256(row["id"].encode("utf-8")).hexdigest(), 16) % 100
            assert (bucket < 40) == (part == "test"), row["id"]
            assert row["id"].startswith("p6-")
    ids = [r["id"] for items in parts.values() for r in items]
    assert len(ids) == len(set(ids)) == 6000
    assert (len(parts["test"]), len(parts["tune"])) == (2377, 3623)


def test_no_template_frame_or_clean_sentence_is_on_both_sides_of_the_split(maker) -> None:
    """Each pool is cut in two disjoint halves (40 % test), none empty, so test wording is never seen in tune."""
    t = maker.templates
    pools = [*t.PII.values(), *t.CLEAN.values(), *t.FRAMES.values(), *t.CLEAN_FRAMES.values()]
    assert len(t.PII) == 20
    for pool in pools:
        test, tune = maker.side(pool, True), maker.side(pool, False)
        assert test and tune and not set(test) & set(tune)
        assert sorted(test + tune) == sorted(pool)
        assert len(pool) == len(set(pool))


def test_a_test_text_holds_no_sentence_of_a_tune_only_template(parts, maker) -> None:
    """The committed files follow the split: a long fixed piece of a tune-only template never appears in a test text."""
    t = maker.templates
    every = [*t.PII.values(), *t.CLEAN.values(), *t.FRAMES.values(), *t.CLEAN_FRAMES.values()]
    test_side = [x for pool in every for x in maker.side(pool, True)]
    pieces = set()
    for pool in every:
        for template in maker.side(pool, False):
            for piece in maker.SLOT.split(maker.body(template))[::2]:
                piece = piece.strip()
                if len(piece) >= 25 and not any(piece in x for x in test_side):
                    pieces.add(piece)
    assert len(pieces) > 100
    test_text = "\x00".join(r["text"] for r in parts["test"])
    assert [p for p in pieces if p in test_text] == []


def test_a_health_label_fix_moves_no_template_across_the_split(maker) -> None:
    """side() hashes a template without its {h:...} marks: marking a health word changes labels, not the split."""
    for pool in maker.templates.PII.values():
        unmarked = [maker.HEALTH_MARK.sub(r"\1", t) for t in pool]
        back = dict(zip(unmarked, pool, strict=True))
        assert [back[t] for t in maker.side(unmarked, True)] == maker.side(pool, True)
    marked = ["Termin bei Kardiologin {name1}", "Termin bei {h:Kardiologin} {name1}"]
    key = [maker.HEALTH_MARK.sub(r"\1", t) for t in marked]
    assert key[0] == key[1]


def test_health_is_phrased_in_many_ways_about_a_person_and_clean_texts_name_health_about_nobody(rows) -> None:
    health = Counter(lab["text"] for r in rows for lab in r["expected"] if lab["category"] == "health")
    assert len(health) >= 80
    assert all(
        any(lab["category"] == "name" for lab in r["expected"])
        for r in rows
        if r["kind"] == "pii" and any(lab["category"] == "health" for lab in r["expected"])
    )
    clean = "\n".join(r["text"] for r in rows if r["kind"] == "clean")
    for word in (
        "Rückenschmerzen",
        "Grippeschutzimpfung",
        "Pflegefachkraft",
        "Krankenstand",
        "back pain",
        "Flu jabs",
        "Absence rate",
        "Mental health first aiders",
        "/health",
    ):
        assert word in clean, word


def test_the_test_part_has_sixty_labels_per_category_and_language(parts) -> None:
    labels = Counter((lab["category"], row["lang"]) for row in parts["test"] for lab in row["expected"])
    low = {(c, lang): labels[c, lang] for c in CATEGORIES for lang in ("de", "en") if labels[c, lang] < 60}
    assert not low, low
    assert {r["locale"] for r in parts["test"]} == {"de_DE", "de_AT", "de_CH", "en_GB", "en_US"}


def test_the_new_voices_are_there(maker, rows) -> None:
    """Every voice is written into the templates, and nearly all of them were drawn (a template of a big pool may be
    drawn rarely: one in a pool of 40 is drawn about four times, so a few may be missing from the texts)."""
    t = maker.templates
    source = "\n".join(x for pool in (*t.PII.values(), *t.CLEAN.values(), *t.FRAMES.values()) for x in pool)
    texts = "\n".join(r["text"] for r in rows)
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
    assert [
        m for m in marks if m not in source and m not in Path(maker.__file__).with_name("values.py").read_text()
    ] == []
    drawn = [m for m in marks if (m.lower() in texts.lower() if m.islower() else m in texts)]
    assert len(drawn) >= len(marks) - 3, sorted(set(marks) - set(drawn))


def test_names_are_in_every_position(rows) -> None:
    """Speaker labels, possessives, lowercase, initials, "Last, First", "LAST/FIRST", "LAST First", all caps, display
    names, @mentions, file names, log fields, hyphens, particles, short forms."""
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
    assert any(p in t for t in texts for p in ("ter Horst", "van Rooyen", "de la Fuente", "del Río", "von Lilienfeld"))
    assert {"Uschi", "Kalle", "Gaz", "Debs", "Sepp", "Resi"} & {w for t in texts for w in t.split()}


def test_international_and_word_names_are_labelled_as_names(maker, rows) -> None:
    v = maker.values
    assert len(v.WORLD_FIRST) >= 150 and len(v.WORLD_LAST) >= 80
    labelled = {w for r in rows for lab in r["expected"] if lab["category"] == "name" for w in lab["text"].split()}
    assert len({n for n, _ in v.WORLD_FIRST} & labelled) >= 130
    assert len({"Ivy", "Holly", "Heather", "Iris", "Jasmin", "Amber", "Kai", "Robin", "Hazel", "Rosa"} & labelled) >= 7
    assert len(set(v.WORD_LAST) & labelled) >= 10


def test_the_name_lists_are_new(maker) -> None:
    """pii6's own lists share no first name with the examples pii5's README lists as used (other origins)."""
    v = maker.values
    used = {"Ernst", "Frank", "Mark", "Grant", "Will", "Rose", "Hope", "Summer", "Faith", "Joy", "Dawn", "Miles",
            "June", "April", "May", "Rich", "Steffi", "Basti", "Chris", "Alex", "Jo", "Toni", "Flo", "Caro", "Kathi",
            "Becky", "Liz", "Klein", "Bauer", "Fuchs", "Engel", "König", "Hahn", "Vogel", "Wolf", "Sommer", "Winter",
            "Frost", "Bird", "Brown", "Baker", "Young", "Sharp"}  # fmt: skip
    ours = {n for n, _ in v.WORLD_FIRST + v.SHORT_FIRST + v.WORD_FIRST} | set(v.WORLD_LAST) | set(v.WORD_LAST)
    assert not ours & used, ours & used


@pytest.mark.slow
def test_regeneration_is_byte_identical(maker, tmp_path) -> None:
    import faker

    if faker.VERSION != maker.FAKER_VERSION:
        pytest.skip(f"made with Faker {maker.FAKER_VERSION}; this is {faker.VERSION}, whose lists differ")
    assert maker.main([str(tmp_path)]) == 0
    for part in ("test", "tune"):
        assert (tmp_path / f"{part}.jsonl").read_bytes() == (PII6 / f"{part}.jsonl").read_bytes(), part


# --- benchmarks/scanner_quality.py: pii6 is retired after its one measurement (pii7 is the default); no scans -----


@pytest.fixture(scope="module")
def quality():
    return _load_module("scanner_quality_pii6", ROOT / "benchmarks" / "scanner_quality.py")


@pytest.fixture
def no_scanning(quality, monkeypatch):
    """The benchmark's scanner and its evaluation both fail if called: a refusal must come before any scan."""

    def fail(*args, **kwargs):
        raise AssertionError("scanned")

    monkeypatch.setattr(quality, "scan", fail)
    monkeypatch.setattr(quality, "evaluate", fail)
    return quality


def test_pii6_is_retired_after_its_one_measurement_and_no_longer_the_default(quality) -> None:
    """pii6's test part was measured once (seventh session, at c7b732c): it is spent, so pii6 is retired like the
    older corpora; pii7 (eighth session) replaced it as the default."""
    assert next(iter(quality.CORPORA)) != "pii6"
    assert quality.CORPORA["pii6"] == (PII6 / "tune.jsonl", PII6 / "test.jsonl")
    assert quality.CORPUS != PII6 / "test.jsonl"
    assert {"pii2", "pii3", "pii4", "pii5", "pii6"} <= quality.RETIRED
    assert PII6 / "test.jsonl" not in quality.TEST_PARTS


def test_misses_all_and_unknown_names_were_refused_for_pii6s_test_part_while_it_was_held_out(
    no_scanning, monkeypatch, capsys
) -> None:
    """With pii6 held out again (as it was until its measurement), every way to list the test part's misses is
    refused, and nothing is scanned."""
    quality = no_scanning
    monkeypatch.setattr(quality, "RETIRED", quality.RETIRED - {"pii6"})
    monkeypatch.setattr(quality, "TEST_PARTS", (PII6 / "test.jsonl",))
    for argv in (
        ["--corpus", "pii6", "--misses"],
        ["--corpus=pii6", "--all"],
        ["--corpus", "pii6", "--all", "--misses"],
        ["--corpus", "pii6", "--unknown-names"],
        [str(PII6 / "test.jsonl"), "--misses"],
        [str(PII6 / ".." / "pii6" / "test.jsonl"), "--misses"],
        [str(PII6 / "test.jsonl"), "--unknown-names"],
    ):
        assert quality.main(argv) == 2, argv
        captured = capsys.readouterr()
        assert ("refused" in captured.err or "held out" in captured.err) and "MISS" not in captured.out, argv


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
