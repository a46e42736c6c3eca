"""`genai-course certificate`: the learner's AI-literacy record from a real store and the bundled course."""

from __future__ import annotations

from pathlib import Path

from helpers.progress import cli, complete_first_level

from course.catalog import load_catalog


def test_the_record_lists_what_was_done_with_dates(tmp_path: Path) -> None:
    _, lessons = complete_first_level()
    out = tmp_path / "nachweis.html"
    result = cli("--lang", "de", "certificate", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert f"Nachweis geschrieben: {out}" in result.stderr
    page = out.read_text(encoding="utf-8")
    catalog = load_catalog()
    assert "Ada &lt;Lovelace&gt;" in page and "<Lovelace>" not in page and "Vertrieb" in page
    assert catalog.levels[0].title.get("de") in page
    assert page.count("14.10.2026") >= len(lessons) + 1  # every lesson and the level, with the date in German
    assert "Version 2026-11 am 01.10.2026" in page and "2026-10-14" not in page
    assert f"{catalog.course.id} {catalog.course.version}" in page and catalog.course.content_hash in page
    assert f"1 / {len(catalog.levels)}" in page
    assert "keine Zertifizierung" in page and "rechtliche Anforderungen" in page  # states what was done, no claim
    assert "<script" not in page and "default-src 'none'" in page


def test_the_record_goes_to_stdout_in_english() -> None:
    complete_first_level("Bo")
    result = cli("--lang", "en", "certificate")
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>") and "AI literacy record" in result.stdout
    assert "makes no statement about whether any legal requirement is met" in result.stdout


def test_without_progress_one_line_and_exit_1() -> None:
    result = cli("--lang", "en", "certificate")
    assert (
        result.exit_code == 1
        and result.stderr.strip() == "No progress saved yet. Start the course with `genai-course`."
    )
