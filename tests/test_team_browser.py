"""The HTML team report in a real headless Chromium: screenshot, print, no console messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.browser import CHROMIUM, chromium, console_lines, png_pixels
from helpers.team import BAD, GOOD, NOW

from course.team import load_exports, render_html, summarize

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install -y chromium)"),
]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    exports, rejected = load_exports([GOOD, BAD])
    page = tmp_path_factory.mktemp("html") / "team.html"
    page.write_text(render_html(summarize(exports, rejected=rejected, now=NOW), "de"), encoding="utf-8")
    return page


def test_the_console_check_can_fail(tmp_path: Path) -> None:
    """Control: a page with an error and a blocked network load must show up in the log."""
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'script-src \'unsafe-inline\'"></head><body><img src="https://example.invalid/x.png">'
        "<script>console.error('probe-error'); null.x;</script></body></html>"
    )
    log = chromium(tmp_path, probe, "--dump-dom").stderr
    found = "\n".join(console_lines(log))
    assert "probe-error" in found and "Uncaught" in found and "Content Security Policy" in found


def test_phone_screenshot_without_console_messages(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "phone.png"
    result = chromium(tmp_path, report, "--window-size=412,2400", f"--screenshot={shot}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_lines(result.stderr) == []
    width, height, pixels = png_pixels(shot.read_bytes())
    assert (width, height) == (412, 2400)
    assert len(set(pixels[::97])) > 10  # not a blank page


def test_dom_is_complete_and_has_no_console_messages(report: Path, tmp_path: Path) -> None:
    result = chromium(tmp_path, report, "--dump-dom")
    assert console_lines(result.stderr) == []
    dom = result.stdout
    assert "GenAI-Lücke" in dom and 'id="refused"' in dom and "</footer>" in dom
    assert "<script" not in dom


def test_prints_to_pdf(report: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "team.pdf"
    result = chromium(tmp_path, report, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_lines(result.stderr) == []
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
