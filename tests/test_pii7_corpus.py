"""The pii7 corpus (issue 14, eighth session) is well-formed: exact spans, valid national numbers, clean texts without
personal values, a split by id and by template, enough labels in the test part, byte-identical regeneration, names
that share nothing with pii5's and pii6's lists; and benchmarks/scanner_quality.py measures its held-out test part by
default but never lists its misses. None of these tests runs the scanner on any part of pii7: wherever the benchmark
is called, its scanner is replaced by one that fails."""

from __future__ import annotations

import pytest
from helpers.corpus import DATA, ROOT, PersonCorpusChecks, assert_refused_while_held_out, load_module

PII7 = DATA / "pii7"


class TestPii7Corpus(PersonCorpusChecks):
    folder = PII7
    prefix = "p7"
    sizes = (2601, 3799)
    health_mark_example = (
        "Betriebsärztlicher Dienst: {name1} darf wegen Bandscheibenvorfall nicht mehr als 10 kg heben.",
        "Betriebsärztlicher Dienst: {name1} darf wegen {h:Bandscheibenvorfall} nicht mehr als 10 kg heben.",
    )
    clean_health_words = (
        "Grippeschutzimpfung",
        "Krankenstand",
        "Pflegefachkraft",
        "Rollstuhlplätze",
        "Durchfall",  # the dog's, not a person's
        "Flu jabs",
        "wheelchair spaces",
        "cardiac rehab",
        "healthcheck",
    )
    marks = (
        "Vorverkauf",  # box office
        "Box office",
        "KYC",
        ("Kundenkarte", "Bonusprogramm"),
        "loyalty",
        ("Lagerchat", "Lager"),
        "Warehouse",
        ("Zustellnotiz", "Driver note"),
        "Rentenversicherung",
        "pension",
        "Krankenkasse",
        ("Betriebsärztlicher Dienst", "Occupational health"),
        "Betriebsrat",
        "Works council",
        ("Immatrikulation", "Prüfungsamt"),
        "Registry",
        ("Reisekosten", "Travel & expense"),
        ("Parkausweis", "parking permit"),
        ("Zugangskarte", "badge"),
        ("Sicherheitsvorfall", "Security incident"),
        "Whistleblowing",
        ("Protokoll", "Minutes"),
        "Teams-Export",
        "schrieb",  # quoted reply header "Am ... schrieb Name <mail>:"
        "wrote:",
        "Gesendet:",
        "Fir-\nmenjubiläum",  # PDF-to-text with broken hyphenation
        "lnvoice",  # OCR slip
        "Zah1ungsziel",
        "Name;Vorname;",  # semicolon CSV from German Excel
        "<p>",  # HTML e-mail bodies
        '"level":',  # JSON lines logs
        "GitHub",
        "neue zeile",  # voice dictation without punctuation
        "full stop new line",
        "🤒",  # emoji-heavy messages
        "nu gugge",  # Saxon
        "Ei verbibbsch",
        ("Servus", "passt scho", "Passt scho"),  # Bavarian
        "isch",  # Swabian
        ("icke", "wa"),  # Berlin
        "Amt für Volkswirtschaft Vaduz",  # Liechtenstein officialese
        "zur Anweisung gebracht",  # Austrian officialese
        ("änderen", "kaput"),  # dyslexic typos / slips
        "Hochachtungsvoll",  # elderly writers
        ("Aye", "aye"),  # Scottish
        ("Tidy", "tidy"),  # Welsh
        ("arvo", "no worries", "sweet as"),  # Australian / NZ
        "Kia ora",
        ", eh",  # Canadian
        "Wah gwaan",  # Jamaican
        " po",  # Filipino
        ("Respected Sir", "Kindly"),  # Pakistani / South Asian office English
        ("lah", "Can or not"),  # Singapore
        ("Fasse zusammen", "Bitte fasse"),  # AI prompts
        ("Summarise this", "Write a", "Draft a"),
        "c/o ",
        "Postfach",
        "PO Box",
        "Flat ",
        "Stiege",
        "FL-9490",
    )

    def test_names_are_in_every_position(self, rows) -> None:
        """Chat speaker labels, quoted-reply headers, possessives, lowercase, initials, "Last, First", "LAST/FIRST",
        "SURNAME Given", "Name <mail>", @mentions, file names, CSV cells, double-barrelled names and particles."""
        names = [(r, lab) for r in rows for lab in r["expected"] if lab["category"] == "name"]
        texts = {lab["text"] for _, lab in names}
        assert any(r["text"][lab["end"] : lab["end"] + 2] == "'s" for r, lab in names)
        assert any(r["lang"] == "de" and r["text"][lab["end"] : lab["end"] + 2] in ("s ", "' ") for r, lab in names)
        assert any(t.islower() for t in texts)
        assert any(", " in t for t in texts) and any("/" in t and t.isupper() for t in texts)
        assert any(r["text"][lab["end"] : lab["end"] + 2] == " <" for r, lab in names)  # "Name <mail>"
        assert any(r["text"][lab["start"] - 1 : lab["start"]] == "@" for r, lab in names)  # @mention
        assert any(
            r["text"][lab["end"] : lab["end"] + 2] == ": " and "] " in r["text"][: lab["start"]] for r, lab in names
        )
        assert any("schrieb " in r["text"][max(0, lab["start"] - 40) : lab["start"]] for r, lab in names)
        assert any(r["text"][lab["end"] : lab["end"] + 1] == "_" for r, lab in names)  # file name
        assert any(r["text"][lab["end"] : lab["end"] + 1] == ";" for r, lab in names)  # semicolon CSV cell
        assert any(t.split()[0].isupper() and len(t.split()[0]) > 2 and not t.isupper() for t in texts)  # SURNAME Given
        assert any(t[1:3] == ". " for t in texts)  # initial
        assert any("-" in t.split()[-1] for t in texts if " " in t)
        assert any(p in t for t in texts for p in (" á ", " í ", "ap ", "ab ", "von ", "Le ", "Te "))
        assert {"Wastl", "Schorsch", "Hotte", "Rab", "Taff", "Bazza"} & {w for t in texts for w in t.split()}

    def test_international_and_word_names_are_labelled_as_names(self, maker, rows) -> None:
        n = maker.values.names
        assert len(n.WORLD_FIRST) >= 150 and len(n.WORLD_LAST) >= 80
        labelled = {w for r in rows for lab in r["expected"] if lab["category"] == "name" for w in lab["text"].split()}
        assert len({name for name, _ in n.WORLD_FIRST} & labelled) >= 150
        assert len({"Grace", "Autumn", "Sky", "Bill", "Jack", "Storm", "River", "Heide", "Traute"} & labelled) >= 6

    def test_the_name_lists_share_nothing_with_pii5s_and_pii6s(self, maker) -> None:
        """pii7's hand-written names are new: no first name, short form, word name or surname of pii5's or pii6's
        names.py (read here as lists, compared as sets)."""

        def every_name(module) -> set[str]:
            out: set[str] = set()
            for key, value in vars(module).items():
                if key.isupper() and isinstance(value, list | tuple | set | frozenset):
                    out |= {x[0] if isinstance(x, tuple) else x for x in value if isinstance(x, str | tuple)}
            return {x for x in out if isinstance(x, str)}

        ours = every_name(maker.values.names)
        assert len(ours) > 350
        for corpus in ("pii5", "pii6"):
            theirs = every_name(load_module(f"{corpus}_names_for_pii7", DATA / corpus / "names.py"))
            assert len(theirs) > 250, corpus
            assert ours & theirs == set(), corpus


# --- benchmarks/scanner_quality.py: pii7 is the default and held out; nothing here scans it ------------------------


@pytest.fixture(scope="module")
def quality():
    return load_module("scanner_quality_pii7", ROOT / "benchmarks" / "scanner_quality.py")


def test_pii7_is_retired_after_its_one_measurement_and_still_the_default(quality) -> None:
    """pii7's test part was measured once (eighth session, at 244152d): it is spent, so pii7 is retired like the
    older corpora; it stays the default until a new corpus replaces it, and no test part is held out now."""
    assert next(iter(quality.CORPORA)) == "pii7"
    assert quality.CORPORA["pii7"] == (PII7 / "tune.jsonl", PII7 / "test.jsonl")
    assert quality.CORPUS == PII7 / "test.jsonl"
    assert {"pii2", "pii3", "pii4", "pii5", "pii6", "pii7"} <= quality.RETIRED
    assert quality.TEST_PARTS == ()


def test_misses_all_and_unknown_names_were_refused_for_pii7s_test_part_while_it_was_held_out(
    quality, monkeypatch, capsys
) -> None:
    """With pii7 held out again (as it was until its measurement), every way to list the test part's misses is
    refused, and nothing is scanned."""
    assert_refused_while_held_out(quality, "pii7", PII7, monkeypatch, capsys)


def test_the_default_and_pii7s_tuning_part_are_read_from_pii7(quality, monkeypatch) -> None:
    """Without arguments the benchmark reads pii7's test part, with --tune its tuning part (aggregates only); the
    evaluation is replaced, so nothing is scanned here."""
    seen: list[tuple[object, int]] = []

    def fail(*args, **kwargs):
        raise AssertionError("scanned")

    def fake(rows, path):
        seen.append((path, len(rows)))
        return quality.Report({})

    monkeypatch.setattr(quality, "scan", fail)
    monkeypatch.setattr(quality, "evaluate", fake)
    quality.main([])
    quality.main(["--tune"])
    quality.main(["--corpus", "pii7", "--tune"])
    assert seen == [(PII7 / "test.jsonl", 2601), (PII7 / "tune.jsonl", 3799), (PII7 / "tune.jsonl", 3799)]
