"""Start `genai-course serve` on a free local port for a test, and stop it again."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(home: Path, *args: str, lang: str = "en") -> tuple[subprocess.Popen[str], str]:
    """`genai-course --lang LANG ARGS --port P` with its own data folder; returns the process and its URL."""
    port = free_port()
    env = dict(os.environ, GENAI_COURSE_HOME=str(home))
    proc = subprocess.Popen(
        [sys.executable, "-m", "course.cli", "--lang", lang, *args, "--port", str(port)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/", timeout=2).read()
            return proc, url
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(f"the server ended: {proc.stdout.read() if proc.stdout else ''}") from None
            time.sleep(0.2)
    stop_server(proc)
    raise AssertionError("the server did not answer within 60 s")


def stop_server(proc: subprocess.Popen[str]) -> str:
    """Ctrl+C for the server; returns what it printed."""
    proc.send_signal(2)
    try:
        out, _ = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out or ""
