"""The HTML team report in a real headless Chromium: screenshot, print, no console messages."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from test_team_common import BAD, GOOD, NOW

from course.team import load_exports, render_html, summarize

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install -y chromium)"),
]
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    "--enable-logging=stderr", "--v=0",
]


def chromium(tmp_path: Path, page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True, text=True, timeout=180, cwd=tmp_path, check=False,
    )


def console_lines(log: str) -> list[str]:
    """Every message the page wrote to the browser console (errors, CSP violations, uncaught exceptions)."""
    return [line for line in log.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the inflated pixel rows of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, zlib.decompress(idat)


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
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "script-src 'unsafe-inline'\"></head><body><img src=\"https://example.invalid/x.png\">"
        "<script>console.error('probe-error'); null.x;</script></body></html>")
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
    assert len(set(pixels[:: 97])) > 10  # not a blank page


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
