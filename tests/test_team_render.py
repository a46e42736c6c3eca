"""Renderers: HTML escaping and self-containment, terminal escape stripping, CSV/JSON, privacy."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers.team import GOOD, NOW, make_team, minimal, write_export
from rich.cells import cell_len
from rich.console import Console

from course.team import load_exports, render_html, render_terminal, summarize, to_json, write_csv
from course.team.jsoncsv import dumps

MT = make_team()
ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "p",
    "a",
    "section",
    "div",
    "span",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "svg",
    "rect",
    "text",
    "line",
    "polyline",
    "circle",
    "footer",
    "strong",
    "ul",
    "li",
}
ALLOWED_ATTRS = {
    "charset",
    "name",
    "content",
    "http-equiv",
    "lang",
    "id",
    "class",
    "style",
    "title",
    "href",
    "scope",
    "viewbox",
    "width",
    "height",
    "role",
    "aria-label",
    "aria-hidden",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "rx",
    "cx",
    "cy",
    "r",
    "points",
    "text-anchor",
    "data-label",
}


@pytest.fixture(scope="module")
def summary():
    exports, _ = load_exports([GOOD])
    return summarize(exports, now=NOW)


class Collector(HTMLParser):
    """Tags, attributes and text nodes of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.extend(attrs)
        self.in_style = tag == "style"

    def handle_data(self, data):
        if not getattr(self, "in_style", False):
            self.texts.append(data)

    def handle_endtag(self, tag):
        self.in_style = False


def parse(page: str) -> Collector:
    c = Collector()
    c.feed(page)
    return c


def terminal(summary, lang="en", width=80, colour=False) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=colour, color_system="truecolor" if colour else None)
    render_terminal(summary, lang, console)
    return buf.getvalue()


def test_the_test_team_really_contains_the_hostile_strings() -> None:
    raw = (GOOD / "eve.json").read_text()
    assert "<script>" in raw and "\\u001b[31m" in raw and MT.SECRET in raw and len(MT.LONG_TITLE) == 10_000


def test_html_escapes_every_learner_string(summary) -> None:
    page = render_html(summary, "en")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page  # MarkupSafe writes " as &#34;
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    c = parse(page)
    assert c.tags <= ALLOWED_TAGS, c.tags - ALLOWED_TAGS
    assert not [name for name, _ in c.attrs if name.startswith("on")]
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202e]", page)


def test_html_is_self_contained_responsive_and_printable(summary) -> None:
    page = render_html(summary, "de")
    assert page.startswith('<!DOCTYPE html><html lang="de">')
    assert "default-src 'none'" in page  # CSP: nothing may load, no script may run
    assert 'name="viewport"' in page and "@media print" in page and "@media (max-width:600px)" in page
    for external in ("http://", "https://", "<link", "@import", "url(", "<script", "<iframe", "<object"):
        assert external not in page, external
    attrs = parse(page).attrs
    assert {name for name, _ in attrs} <= ALLOWED_ATTRS, {name for name, _ in attrs} - ALLOWED_ATTRS
    assert all(value.startswith("#") for name, value in attrs if name == "href")
    assert page.count("<svg") >= 3  # histogram, timeline, sparklines
    assert "GenAI-Lücke" in page and "75 Pp." in page


def test_long_strings_are_shortened_in_the_html(summary) -> None:
    c = parse(render_html(summary, "en"))
    assert max(len(t) for t in c.texts) <= 300  # use-case titles whole up to 300 characters, the rest shorter
    assert max(len(v or "") for _, v in c.attrs if _ == "title") <= 400


def test_terminal_strips_escape_sequences_and_fits_the_width(summary) -> None:
    plain = terminal(summary, width=80)
    assert "\x1b" not in plain and "\x07" not in plain and "\u202e" not in plain
    assert '<script>alert("x")' in plain  # shown as text, as exported
    for line in plain.splitlines():
        assert cell_len(line) <= 80, line
    coloured = terminal(summary, width=120, colour=True)
    assert "\x1b[31mRED" not in coloured and "\x1b]0;pwned" not in coloured and "\x07" not in coloured
    assert "\x1b[" in coloured  # rich's own styling is still there, so the check above means something


def test_terminal_keeps_markup_like_names_literal(tmp_path: Path) -> None:
    data = minimal(learner={"id": "u", "name": "[bold red]Mallory[/] [link=http://x]y[/link]", "team": "T"})
    exports, _ = load_exports([write_export(tmp_path / "m.json", data)])
    out = terminal(summarize(exports), width=120)
    assert "[bold red]Mallory[/]" in out


def test_terminal_in_german(summary) -> None:
    out = terminal(summary, "de", width=100)
    assert "Fortschritts-Spreizung: 75 Pp." in out and "Team: 125 Min. pro Woche" in out
    assert "nur Version 2025.2 bestätigt" in out


def test_prompt_texts_never_appear_anywhere(summary, tmp_path: Path) -> None:
    assert MT.SECRET in (GOOD / "anna-2026-09-15.json").read_text()
    write_csv(summary, tmp_path / "m.csv")
    outputs = {
        "terminal": terminal(summary, width=200),
        "json": dumps(summary),
        "html": render_html(summary, "en"),
        "csv": (tmp_path / "m.csv").read_text(encoding="utf-8-sig"),
    }
    for kind, text in outputs.items():
        assert MT.SECRET not in text, kind
        assert "Du bist Assistent" not in text, kind


def test_csv_has_one_row_per_member_and_defuses_formulas(summary, tmp_path: Path) -> None:
    write_csv(summary, tmp_path / "m.csv")
    raw = (tmp_path / "m.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 6
    anna = next(r for r in rows if r["name"] == "Anna Beispiel")
    assert (
        anna["level"],
        anna["progress"],
        anna["minutes_saved_per_week"],
        anna["exports"],
        anna["policy_current"],
    ) == ("advanced", "0.8750", "45", "3", "yes")
    assert anna["use_cases"] == "Angebotsvorlage erstellt; Protokoll zusammengefasst"
    eve = next(r for r in rows if r["name"].startswith("<script>"))
    assert "\x1b" not in eve["name"] and "\u202e" not in eve["name"]

    data = minimal(
        learner={"id": "u", "name": '=HYPERLINK("http://x")', "team": "+1"},
        successes=[{"title": "@SUM(A1)", "minutes_saved": 3, "date": "2026-11-01"}],
    )
    exports, _ = load_exports([write_export(tmp_path / "f.json", data)])
    write_csv(summarize(exports), tmp_path / "f.csv")
    row = next(csv.DictReader(io.StringIO((tmp_path / "f.csv").read_text(encoding="utf-8-sig"))))
    assert (row["name"][:2], row["team"], row["use_cases"]) == ("'=", "'+1", "'@SUM(A1)")


def test_json_summary(summary) -> None:
    data = json.loads(dumps(summary))
    assert data["format"] == "genai-course-team-report" and data["version"] == 2
    assert data["gap"]["value"] == 0.75 and data["minutes_total"] == 125 and data["hints_total"] == 15
    assert len(data["members"]) == 6 and data["policy"]["current_version"] == "2026.1"
    assert data["levels"][0] == {
        "id": "basics",
        "title": "",
        "members_here": 2,
        "done": 4,
        "open": 2,
        "locked": 0,
        "unknown": 0,
        "lesson_completion": 0.833333,
    }
    assert data["timeline"][0] == {"day": "2026-09-15", "members": 1, "mean_progress": 0.125}
    assert to_json(summary)["members"][0]["name"] == "Panda 🐼"
    assert "\x1b" not in dumps(summary) and "\\u001b" in dumps(summary)
    assert "\u202e" not in dumps(summary) and "\\u202e" in dumps(summary)


def test_a_large_team_keeps_the_terminal_short(tmp_path: Path) -> None:
    files = [write_export(tmp_path / f"{i}.json", minimal(f"u-{i}", f"Person {i}")) for i in range(60)]
    exports, _ = load_exports(files)
    out = terminal(summarize(exports), width=100)
    assert "… and 10 more (all of them with --csv or --json)" in out
    members = out[re.search(r"\nMembers *\n", out).end() : out.index("Members by level")]
    assert members.count("Person ") == 50  # the member table stops at 50 rows


def test_blank_names_show_the_start_of_the_learner_id(tmp_path: Path) -> None:
    data = minimal(learner={"id": "abcdef123456-7890", "name": " \t\x07\n ", "team": ""})
    exports, _ = load_exports([write_export(tmp_path / "b.json", data)])
    s = summarize(exports)
    assert "#abcdef12" in terminal(s) and "#abcdef12" in render_html(s, "en")


def test_an_empty_summary_renders_everywhere() -> None:
    s = summarize([])
    assert "Members: 0" in terminal(s)
    assert "</html>" in render_html(s, "de")
    assert json.loads(dumps(s))["members"] == []
