"""The team report (with Gap-Check figures), the Promptathon board and the certificate in headless Chromium at
1280 px and 390 px: screenshots, and no table wider than the page."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from helpers.browser import CHROMIUM, chromium, console_lines, png_pixels
from helpers.gapteam import DAY1, DAY2, PEOPLE, TITLES, person_export
from helpers.progress import cli, complete_first_level
from helpers.promptathon import refused_files, three_teams
from helpers.team import NOW, write_export

from course.promptathon.board import build_board, load_results
from course.promptathon.htmlboard import render_html as render_board
from course.team import load_exports, render_html, summarize

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install -y chromium)"),
]
WIDTHS = (1280, 390)
SHOTS = Path(os.environ["GENAI_COURSE_SHOTS"]) if os.environ.get("GENAI_COURSE_SHOTS") else None
"""Set GENAI_COURSE_SHOTS=DIR to keep the screenshots for a look."""
WRAPPER = """<!DOCTYPE html><html><head><meta charset="utf-8">
<style>body{margin:0}iframe{border:0;display:block}</style>
</head><body><iframe id="f" width="%(width)d" height="3000" scrolling="no" srcdoc="%(page)s"></iframe><script>
f.addEventListener('load', () => {
  const d = f.contentDocument, page = d.documentElement.clientWidth;
  let widest = 0, worst = '', clipped = 0, where = '';
  for (const t of d.querySelectorAll('table')) {
    const r = t.getBoundingClientRect(), w = Math.max(r.right, r.left + t.scrollWidth);
    if (w > widest) { widest = w; worst = (t.closest('section') || t).id || t.className; }
    const box = t.parentElement;  /* a table cut by its (scrolling) container is cut for the reader too */
    if (t.offsetWidth > box.clientWidth + 1 || box.scrollWidth > box.clientWidth + 1) {
      clipped++; where = (t.closest('section') || t).id || t.className;
    }
  }
  document.title = 'PROBE page=' + page + ' widest=' + Math.ceil(widest) + ' doc=' + d.documentElement.scrollWidth +
    ' tables=' + d.querySelectorAll('table').length + ' clipped=' + clipped + ' worst=' + worst + ' cut=' + where;
});
</script></body></html>"""
"""Headless Chromium lays a page out at least 500 px wide, whatever --window-size says; an iframe of the exact
width is the page's viewport instead. The page keeps its own CSP inside; the measuring script is outside it."""


def framed(tmp_path: Path, page: Path, width: int) -> Path:
    from html import escape

    wrapper = tmp_path / f"frame-{width}-{page.name}"
    wrapper.write_text(
        WRAPPER % {"width": width, "page": escape(page.read_text(encoding="utf-8"), quote=True)}, encoding="utf-8"
    )
    return wrapper


def probe(tmp_path: Path, page: Path, width: int) -> dict[str, str]:
    """The page's width and its widest table, measured in an iframe `width` px wide."""
    dom = chromium(
        tmp_path, framed(tmp_path, page, width), "--window-size=1400,2000", "--virtual-time-budget=3000", "--dump-dom"
    ).stdout
    found = re.search(r"<title>PROBE ([^<]*)</title>", dom)
    assert found, dom[:500]
    return dict(part.split("=", 1) for part in found.group(1).split())


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("pages")
    exports_dir = root / "exports"
    for i in range(len(PEOPLE)):
        write_export(exports_dir / f"{i:02d}-1.json", person_export(i, DAY1, False))
        write_export(exports_dir / f"{i:02d}-2.json", person_export(i, DAY2, True))
    exports, rejected = load_exports([exports_dir])
    report = root / "team.html"
    report.write_text(
        render_html(summarize(exports, rejected=rejected, titles=TITLES, now=NOW), "de"), encoding="utf-8"
    )
    three_teams(root / "teams")
    refused_files(root / "refused", root / "teams")
    teams, refused = load_results([root / "teams", root / "refused"], "de")
    board = root / "board.html"
    board.write_text(render_board(build_board(teams, refused, "de"), "de"), encoding="utf-8")
    return {"report": report, "board": board}


@pytest.fixture
def certificate(tmp_path: Path) -> Path:
    complete_first_level("Dr. Maximiliane Mustermann-Langnamige")
    out = tmp_path / "nachweis.html"
    assert cli("--lang", "de", "certificate", "-o", str(out)).exit_code == 0
    return out


def test_the_probe_can_fail(tmp_path: Path) -> None:
    """Control: a table wider than the page is measured as such."""
    wide = tmp_path / "wide.html"
    wide.write_text(
        "<!DOCTYPE html><html><body><table style='width:2000px'><tr><td>x</td></tr></table>"
        "<div style='width:100px;overflow-x:auto'><table style='width:300px'><tr><td>y</td></tr></table></div>"
        "</body></html>"
    )
    found = probe(tmp_path, wide, 390)
    assert int(found["widest"]) > int(found["page"]) and found["clipped"] == "2"


@pytest.mark.parametrize("width", WIDTHS)
def test_no_table_of_the_report_is_wider_than_the_page(pages, tmp_path: Path, width: int) -> None:
    found = probe(tmp_path, pages["report"], width)
    assert int(found["page"]) == width and int(found["tables"]) >= 8
    assert int(found["widest"]) <= int(found["page"]), found
    assert int(found["doc"]) <= int(found["page"]), found  # nothing else makes the page scroll sideways
    assert found["clipped"] == "0", found  # and no table is cut or scrolls inside its box


@pytest.mark.parametrize("width", WIDTHS)
def test_no_table_of_the_promptathon_board_is_wider_than_the_page(pages, tmp_path: Path, width: int) -> None:
    found = probe(tmp_path, pages["board"], width)
    assert int(found["page"]) == width and int(found["tables"]) == 2  # leaderboard and refused files
    assert int(found["widest"]) <= int(found["page"]), found
    assert int(found["doc"]) <= int(found["page"]), found
    assert found["clipped"] == "0", found


@pytest.mark.parametrize("width", WIDTHS)
def test_no_table_of_the_certificate_is_wider_than_the_page(certificate: Path, tmp_path: Path, width: int) -> None:
    found = probe(tmp_path, certificate, width)
    assert int(found["tables"]) == 2
    assert int(found["widest"]) <= int(found["page"]) and int(found["doc"]) <= int(found["page"]), found
    assert found["clipped"] == "0", found


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_report_board_and_certificate(pages, certificate: Path, tmp_path: Path, width: int) -> None:
    for name, page in (("report", pages["report"]), ("board", pages["board"]), ("certificate", certificate)):
        shot = tmp_path / f"{name}-{width}.png"
        target = page if width >= 500 else framed(tmp_path, page, width)  # see WRAPPER
        result = chromium(tmp_path, target, f"--window-size={max(width, 500)},1800", f"--screenshot={shot}")
        assert result.returncode == 0, result.stderr[-2000:]
        assert console_lines(result.stderr) == []  # the real pages, with their CSP: nothing blocked, no errors
        got_width, _, pixels = png_pixels(shot.read_bytes())
        assert got_width == max(width, 500) and len(set(pixels[::97])) > 10
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            (SHOTS / shot.name).write_bytes(shot.read_bytes())
