"""The checks every personal-data corpus (tests/data/pii3 .. pii7) passes, as test classes a corpus's test file
subclasses with its own parameters: exact spans, valid national numbers, clean texts without personal values, the
split by id and by template, enough labels in the test part, its voices, and byte-identical regeneration. None of
them runs the scanner."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CATEGORIES = ("email", "phone", "iban", "credit-card", "tax-id", "address", "date-of-birth", "name", "secret", "health")
LOCALES = {"de_DE", "de_AT", "de_CH", "en_GB", "en_US"}
NATIONAL_KINDS = {"idnr", "stnr", "svnr", "vnr", "tin", "ahv", "nino", "utr", "nhs", "ssn", "itin"}
SHARED_NAMES = ("templates", "values", "names")  # every corpus has modules of these names
Row = dict[str, Any]

if str(DATA) not in sys.path:
    sys.path.insert(0, str(DATA))
import corpuskit  # noqa: E402


def load_module(name: str, path: Path) -> ModuleType:
    """A Python file as module `name` (registered in sys.modules, as dataclasses and pickling expect)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def load_generator(folder: Path) -> ModuleType:
    """A corpus's make_corpus with its own templates/values/names, leaving other corpora's modules of those names
    untouched (its `templates` and `values` stay reachable as attributes of the module)."""
    saved = {n: sys.modules.pop(n) for n in SHARED_NAMES if n in sys.modules}
    sys.path.insert(0, str(folder))
    try:
        return load_module(f"{folder.name}_make_corpus", folder / "make_corpus.py")
    finally:
        sys.path.remove(str(folder))
        for n in SHARED_NAMES:
            sys.modules.pop(n, None)
        sys.modules.update(saved)


def read_parts(folder: Path) -> dict[str, list[Row]]:
    return {
        part: [json.loads(line) for line in (folder / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()]
        for part in ("test", "tune")
    }


def every_pool(templates: ModuleType) -> list[list[str]]:
    t = templates
    return [*t.PII.values(), *t.CLEAN.values(), *t.FRAMES.values(), *t.CLEAN_FRAMES.values()]


class CorpusChecks:
    """What every corpus passes. A subclass (named Test...) sets the class attributes below."""

    folder: ClassVar[Path]
    prefix: ClassVar[str]
    sizes: ClassVar[tuple[int, int]]
    """How many texts the test and the tune part have."""
    merged_names: ClassVar[bool] = True
    """A first name and a surname side by side are one label (pii3: two)."""
    marks: ClassVar[tuple[str | tuple[str, ...], ...]] = ()
    """Words and markers of the corpus's voices that some text must contain (of a tuple: one of them)."""

    @pytest.fixture(scope="class")
    def maker(self) -> ModuleType:
        return load_generator(self.folder)

    @pytest.fixture(scope="class")
    def parts(self) -> dict[str, list[Row]]:
        return read_parts(self.folder)

    @pytest.fixture(scope="class")
    def rows(self, parts: dict[str, list[Row]]) -> list[Row]:
        return parts["test"] + parts["tune"]

    def test_every_label_is_exactly_its_span_and_labels_do_not_overlap(self, rows: list[Row]) -> None:
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
            if self.merged_names:  # "stephen jackson" is one label like "Stephen Jackson"
                names = sorted((x for x in row["expected"] if x["category"] == "name"), key=lambda x: x["start"])
                for a, b in zip(names, names[1:], strict=False):
                    assert row["text"][a["end"] : b["start"]] != " ", (row["id"], a, b)

    def test_national_numbers_ibans_and_cards_pass_their_validators(self, maker: ModuleType, rows: list[Row]) -> None:
        checked: Counter[str] = Counter()
        for row in rows:
            for lab in row["expected"]:
                if lab["category"] in ("tax-id", "iban", "credit-card"):
                    assert maker.label_valid(lab["category"], lab["text"], row["locale"]), (row["id"], lab)
                    checked[lab["category"]] += 1
        assert min(checked.values()) >= 300, checked

    def test_every_market_and_kind_of_national_number_occurs(self, maker: ModuleType, rows: list[Row]) -> None:
        kinds: Counter[str] = Counter()
        for row in rows:
            for lab in row["expected"]:
                if lab["category"] == "tax-id":
                    for kind in maker.SPEC.kinds[row["locale"]]:
                        if maker.values.national_valid(kind, lab["text"]):
                            kinds[kind] += 1
        assert set(kinds) == NATIONAL_KINDS, kinds

    @pytest.mark.slow  # about 2 s: the whole self-check
    def test_clean_texts_have_no_labels_no_labelled_values_and_no_valid_lookalikes(
        self, maker: ModuleType, rows: list[Row]
    ) -> None:
        assert maker.check(rows) == []
        clean = [r for r in rows if r["kind"] == "clean"]
        assert len(clean) == sum(r["kind"] == "pii" for r in rows) == sum(self.sizes) // 2
        assert all(not r["expected"] for r in clean)
        assert all(r["expected"] for r in rows if r["kind"] == "pii")

    def self_check_cases(self, rows: list[Row]) -> tuple[list[Row], list[str]]:
        """Broken rows for the self-check and what it must say of them: a shifted span, a wrong check digit, a
        labelled value in a clean text."""
        pii = next(r for r in rows if r["locale"] == "de_CH" and any(x["category"] == "tax-id" for x in r["expected"]))
        lab = next(x for x in pii["expected"] if x["category"] == "tax-id")
        shifted = {**pii, "expected": [{**lab, "start": lab["start"] + 1, "end": lab["end"] + 1}]}
        wrong_digit = lab["text"][:-1] + str((int(lab["text"][-1]) + 1) % 10)  # an AHV number: EAN-13 check digit
        bad = {
            **pii,
            "text": wrong_digit,
            "expected": [{**lab, "start": 0, "end": len(wrong_digit), "text": wrong_digit}],
        }
        clean = next(r for r in rows if r["kind"] == "clean")
        leaked = {**clean, "id": "leak", "text": clean["text"] + " " + lab["text"]}
        said = [f"{pii['id']}: span", "does not validate", "leak: clean text contains the labelled value"]
        return [shifted, bad, leaked], said

    def test_the_self_check_finds_a_wrong_span_a_bad_number_and_a_leaked_value(
        self, maker: ModuleType, rows: list[Row]
    ) -> None:
        broken, said = self.self_check_cases(rows)
        problems = "\n".join(maker.check(broken))
        for words in said:
            assert words in problems, words

    def test_the_split_is_made_once_by_the_id(self, parts: dict[str, list[Row]]) -> None:
        for part, items in parts.items():
            for row in items:
                bucket = int(hashlib.sha256(row["id"].encode("utf-8")).hexdigest(), 16) % 100
                assert (bucket < 40) == (part == "test"), row["id"]
                assert row["id"].startswith(f"{self.prefix}-")
        ids = [r["id"] for items in parts.values() for r in items]
        assert len(ids) == len(set(ids)) == sum(self.sizes)
        assert (len(parts["test"]), len(parts["tune"])) == self.sizes

    def test_no_template_frame_or_clean_sentence_is_on_both_sides_of_the_split(self, maker: ModuleType) -> None:
        """Each pool is cut in two disjoint halves (40 % test), none empty, so test wording is never seen in tune."""
        assert len(maker.templates.PII) == 20
        for pool in every_pool(maker.templates):
            test, tune = corpuskit.side(pool, True), corpuskit.side(pool, False)
            assert test and tune and not set(test) & set(tune)
            assert sorted(test + tune) == sorted(pool)

    def test_a_test_text_holds_no_sentence_of_a_tune_only_template(
        self, maker: ModuleType, parts: dict[str, list[Row]]
    ) -> None:
        """The committed files follow the split: a long fixed piece of a tune-only template never appears in a
        test text."""
        every = every_pool(maker.templates)
        test_side = [x for pool in every for x in corpuskit.side(pool, True)]
        pieces = set()
        for pool in every:
            for template in corpuskit.side(pool, False):
                for piece in corpuskit.SLOT.split(corpuskit.body(template))[::2]:
                    piece = piece.strip()
                    if len(piece) >= 25 and not any(piece in x for x in test_side):
                        pieces.add(piece)
        assert len(pieces) > 100
        test_text = "\x00".join(r["text"] for r in parts["test"])
        assert [p for p in pieces if p in test_text] == []

    def test_the_test_part_has_sixty_labels_per_category_and_language(self, parts: dict[str, list[Row]]) -> None:
        labels = Counter((lab["category"], row["lang"]) for row in parts["test"] for lab in row["expected"])
        low = {(c, lang): labels[c, lang] for c in CATEGORIES for lang in ("de", "en") if labels[c, lang] < 60}
        assert not low, low
        assert {r["locale"] for r in parts["test"]} == LOCALES

    def test_the_voices_are_there(self, rows: list[Row]) -> None:
        texts = "\n".join(r["text"] for r in rows)
        assert self.marks
        for mark in self.marks:
            assert any(m in texts for m in ((mark,) if isinstance(mark, str) else mark)), mark

    @pytest.mark.slow
    def test_regeneration_is_byte_identical(self, maker: ModuleType, tmp_path: Path) -> None:
        """make_corpus.py (its slots and values, and tests/data/corpuskit.py) writes the committed files again."""
        import faker

        if faker.VERSION != corpuskit.FAKER_VERSION:
            pytest.skip(f"made with Faker {corpuskit.FAKER_VERSION}; this is {faker.VERSION}, whose lists differ")
        assert maker.main([str(tmp_path)]) == 0
        for part in ("test", "tune"):
            assert (tmp_path / f"{part}.jsonl").read_bytes() == (self.folder / f"{part}.jsonl").read_bytes(), part


class PersonCorpusChecks(CorpusChecks):
    """What pii4, pii5 and pii6 pass besides: every occurrence of a labelled name is labelled, {h:...} health marks, and
    health about a named person only."""

    health_mark_example: ClassVar[tuple[str, str]]
    """A template without and with a {h:...} mark."""
    clean_health_words: ClassVar[tuple[str, ...]]
    """Health words clean texts use about nobody."""

    def self_check_cases(self, rows: list[Row]) -> tuple[list[Row], list[str]]:
        broken, said = super().self_check_cases(rows)
        pii = broken[0]
        named = next(r for r in rows if any(x["category"] == "name" and " " in x["text"] for x in r["expected"]))
        full = next(x["text"] for x in named["expected"] if x["category"] == "name" and " " in x["text"])
        repeated = {**named, "id": "again", "text": named["text"] + " Gruß an " + full.split()[-1]}
        no_iban = f"{self.prefix}-de-iban-9999"
        unlabelled = {**pii, "id": no_iban, "expected": [x for x in pii["expected"] if x["category"] != "tax-id"]}
        said += ["again: the name", "occurs without a label", f"{no_iban}: no iban label in a text of that pool"]
        return [*broken, repeated, unlabelled], said

    def test_the_german_social_security_nino_and_nhs_rules_reject_a_wrong_number(self, maker: ModuleType) -> None:
        v = maker.values
        assert v.svnr_valid("15 070649 C 10 3")  # the published example of the Rentenversicherungsnummer
        assert not v.svnr_valid("15 070649 C 10 4")
        assert v.nino_valid("AB 12 34 56 C")
        assert not v.nino_valid("QQ 12 34 56 C") and not v.nino_valid("GB 12 34 56 A") and not v.nino_valid("AO123456A")
        assert v.national_valid("nhs", "943 476 5919") and not v.national_valid("nhs", "943 476 5918")
        assert v.national_valid("vnr", "1237 01.01.80") == v.national_valid("vnr", "1237010180")

    def test_no_pool_holds_a_template_twice(self, maker: ModuleType) -> None:
        for pool in every_pool(maker.templates):
            assert len(pool) == len(set(pool))

    def test_a_health_label_fix_moves_no_template_across_the_split(self, maker: ModuleType) -> None:
        """side() hashes a template without its {h:...} marks: marking a health word changes labels, not the split."""
        mark = corpuskit.HEALTH_MARK
        for pool in maker.templates.PII.values():
            unmarked = [mark.sub(r"\1", t) for t in pool]
            back = dict(zip(unmarked, pool, strict=True))
            assert [back[t] for t in corpuskit.side(unmarked, True)] == corpuskit.side(pool, True)
        key = [mark.sub(r"\1", t) for t in self.health_mark_example]
        assert key[0] == key[1] and self.health_mark_example[0] != self.health_mark_example[1]

    def test_health_is_phrased_in_many_ways_about_a_person_and_clean_texts_name_health_about_nobody(
        self, rows: list[Row]
    ) -> None:
        health = Counter(lab["text"] for r in rows for lab in r["expected"] if lab["category"] == "health")
        assert len(health) >= 80
        assert all(
            any(lab["category"] == "name" for lab in r["expected"])
            for r in rows
            if r["kind"] == "pii" and any(lab["category"] == "health" for lab in r["expected"])
        )
        clean = "\n".join(r["text"] for r in rows if r["kind"] == "clean")
        for word in self.clean_health_words:
            assert word in clean, word


def assert_refused_while_held_out(quality: ModuleType, name: str, folder: Path, monkeypatch: Any, capsys: Any) -> None:
    """With corpus `name` held out again (as it was until its one measurement), every way to list its test part's
    misses is refused, and nothing is scanned: the benchmark's scanner and evaluation fail if called. When `name` is
    the benchmark's default, the bare options are refused too."""

    def fail(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("scanned")

    monkeypatch.setattr(quality, "scan", fail)
    monkeypatch.setattr(quality, "evaluate", fail)
    monkeypatch.setattr(quality, "RETIRED", quality.RETIRED - {name})
    monkeypatch.setattr(quality, "TEST_PARTS", (folder / "test.jsonl",))
    bare = [["--misses"], ["--unknown-names"], ["--all"], ["--all", "--misses"]]
    for argv in [
        *(bare if next(iter(quality.CORPORA)) == name else []),
        ["--corpus", name, "--misses"],
        [f"--corpus={name}", "--all"],
        ["--corpus", name, "--all", "--misses"],
        ["--corpus", name, "--unknown-names"],
        [str(folder / "test.jsonl"), "--misses"],
        [str(folder / ".." / name / "test.jsonl"), "--misses"],
        [str(folder / "test.jsonl"), "--unknown-names"],
    ]:
        assert quality.main(argv) == 2, argv
        captured = capsys.readouterr()
        assert ("refused" in captured.err or "held out" in captured.err) and "MISS" not in captured.out, argv
