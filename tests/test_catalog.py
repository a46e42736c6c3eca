"""The catalog loads, merges and caches course packs and survives broken lessons."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from course.catalog import build_catalog, load_catalog


def test_good_pack_loads_levels_lessons_and_policy(good_pack: Path) -> None:
    cat = build_catalog([good_pack])
    assert not [p for p in cat.problems if p.severity == "error"]
    assert cat.course.id == "test-course"
    assert [lv.id for lv in cat.levels] == ["start", "next"]
    assert cat.levels[0].after is None
    assert cat.levels[1].after == "start" and cat.levels[1].min_score == 0.7 and cat.levels[1].checkpoint
    lesson = cat.lesson("hello", "de")
    assert "KI-Team" in lesson.markdown and "ki@example.com" in lesson.markdown
    assert "- **Copilot** — erlaubte Daten: öffentlich, intern" in lesson.markdown
    assert [e.id for e in lesson.exercises] == ["hello-quiz"]
    assert cat.lesson("hello", "en").exercises[0].explain == ("No", "Yes")
    assert cat.lesson_of("hello-quiz") == "hello"
    assert cat.exercise("hello-quiz", "en").question == "Which is right?"


def test_missing_language_falls_back_with_notice(good_pack: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(good_pack, pack)
    (pack / "02-next" / "01-read.en.md").unlink()
    cat = build_catalog([pack])
    lesson = cat.lesson("read-only", "en")
    assert lesson.lang == "de" and lesson.fallback_from == "en"
    assert any(p.code == "missing-language" and p.severity == "warning" for p in cat.problems)


def test_later_pack_adds_to_level_and_replaces_lesson_and_policy(good_pack: Path, tmp_path: Path) -> None:
    extra = tmp_path / "company"
    (extra / "01-mine").mkdir(parents=True)
    (extra / "01-mine" / "level.yaml").write_text("id: start\n", encoding="utf-8")
    for lang in ("de", "en"):
        (extra / "01-mine" / f"05-own.{lang}.md").write_text(
            f"---\nid: own\ntitle: Own {lang}\n---\nText\n", encoding="utf-8"
        )
        (extra / "01-mine" / f"09-hello.{lang}.md").write_text(
            f"---\nid: hello\ntitle: Replaced {lang}\n---\nNew\n", encoding="utf-8"
        )
    (extra / "policy.yaml").write_text(
        "company: Firma X\nversion: '9'\ncontact: {name: Anna, email: a@x.example}\n", encoding="utf-8"
    )
    cat = build_catalog([good_pack, extra])
    assert cat.level("start").lesson_ids == ("first-prompt", "own", "hello")
    assert cat.lesson("hello", "en").title == "Replaced en"
    assert cat.lesson("hello", "de").exercises == ()
    assert cat.policy.company == "Firma X"
    assert cat.level("start").title.get("de") == "Start"


def test_renaming_files_keeps_ids(good_pack: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(good_pack, pack)
    for lang in ("de", "en"):
        (pack / "01-start" / f"01-hello.{lang}.md").rename(pack / "01-start" / f"07-renamed.{lang}.md")
    cat = build_catalog([pack])
    assert cat.level("start").lesson_ids == ("first-prompt", "hello")


BROKEN = {
    "broken-yaml": "---\nid: x\ntitle: [oops\n---\nText\n",
    "unknown-key": "---\nid: x\ntitle: T\nflavour: sweet\n---\nText\n",
    "no-front-matter": "# Just text\n",
    "unclosed-fence": "---\nid: x\ntitle: T\n---\n```exercise\nid: e\ntask: t\n",
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_lesson_is_reported_and_others_still_load(good_pack: Path, tmp_path: Path, case: str) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(good_pack, pack)
    bad = pack / "01-start" / "02-broken.de.md"
    bad.write_text(BROKEN[case], encoding="utf-8")
    cat = build_catalog([pack])
    assert any(p.path.endswith("02-broken.de.md") and p.severity == "error" for p in cat.problems), cat.problems
    assert "hello" in cat.lesson_ids and "read-only" in cat.lesson_ids


def test_binary_and_huge_files_are_left_out(good_pack: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(good_pack, pack)
    (pack / "01-start" / "02-bin.de.md").write_bytes(b"\x89PNG\x00\xff\xfe" * 100)
    (pack / "01-start" / "03-huge.de.md").write_text(
        "---\nid: huge\ntitle: H\n---\n" + "x" * (5 * 1024 * 1024), encoding="utf-8"
    )
    cat = build_catalog([pack])
    codes = {(Path(p.path).name, p.code) for p in cat.problems}
    assert ("02-bin.de.md", "not-text") in codes and ("03-huge.de.md", "too-large") in codes
    assert cat.level("start").lesson_ids == ("hello", "first-prompt")


def test_duplicate_lesson_id_keeps_the_first(good_pack: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(good_pack, pack)
    (pack / "01-start" / "02-dup.de.md").write_text("---\nid: hello\ntitle: Dup\n---\nX\n", encoding="utf-8")
    cat = build_catalog([pack])
    assert cat.lesson("hello", "de").title == "Hallo"
    assert any(p.code == "duplicate-id" for p in cat.problems)


def test_yes_no_options_stay_text(good_pack: Path) -> None:
    cat = build_catalog([good_pack])
    assert cat.exercise("hello-quiz", "en").explain == ("No", "Yes")


def test_cache_is_reused_until_a_file_changes(good_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(good_pack, pack)
    first = load_catalog([], bundled=pack)
    calls = []
    import course.catalog as catalog_mod

    real = catalog_mod.build_catalog
    monkeypatch.setattr(catalog_mod, "build_catalog", lambda roots: calls.append(roots) or real(roots))
    second = load_catalog([], bundled=pack)
    assert calls == [] and second.lesson("hello", "de").title == first.lesson("hello", "de").title
    path = pack / "01-start" / "01-hello.de.md"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Hallo", "title: Hallo neu"), encoding="utf-8")
    third = load_catalog([], bundled=pack)
    assert len(calls) == 1 and third.lesson("hello", "de").title == "Hallo neu"
    assert third.course.content_hash != first.course.content_hash


def test_damaged_cache_is_rebuilt(good_pack: Path, isolated_home: Path) -> None:
    load_catalog([], bundled=good_pack)
    for f in (isolated_home / "cache").glob("catalog-*.pickle"):
        f.write_bytes(b"garbage")
    assert load_catalog([], bundled=good_pack).course.id == "test-course"


def test_loading_from_the_cache_pauses_the_garbage_collector_and_resumes_it(
    good_pack: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import pickle

    import course.catalog as catalog_mod

    load_catalog([], bundled=good_pack)  # writes the cache
    seen: list[bool] = []
    real_load = pickle.load
    monkeypatch.setattr(catalog_mod.pickle, "load", lambda fh: seen.append(gc.isenabled()) or real_load(fh))
    assert gc.isenabled()
    assert load_catalog([], bundled=good_pack).course.id == "test-course"
    for f in (isolated_home / "cache").glob("catalog-*.pickle"):
        f.write_bytes(b"garbage")  # a damaged cache raises inside the pause
    assert load_catalog([], bundled=good_pack).course.id == "test-course"
    assert seen == [False, False] and gc.isenabled()
