"""A real Ralph LRS (file-system backend, HTTP Basic) on 127.0.0.1 for tests and the benchmark."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from base64 import b64encode
from pathlib import Path

USER, PASSWORD = "course", "s3cret-for-tests"

# Ralph 5.1's file-system LRS backend writes with operation_type CREATE, so its second write of new
# statements fails ("fs_lrs.jsonl already exists and overwrite is not allowed", HTTP 500). It is meant
# for development; we start it with APPEND as the default, which is what a one-file store needs.
# Everything else (validation, duplicate ids, 409 for differing content, queries) is Ralph's own.
LAUNCH = """
import sys
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
import uvicorn
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def ralph_missing() -> str | None:
    """Why Ralph cannot run here (None when it can); found without importing it (its API needs settings)."""
    from importlib.util import find_spec

    missing = [name for name in ("ralph", "uvicorn", "fastapi", "bcrypt", "requests") if find_spec(name) is None]
    if missing:
        return f"Ralph's LRS is not installed (missing: {', '.join(missing)}); pip install -e '.[test,lrs]'"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Ralph:
    """`uvicorn ralph.api:app` with the fs backend in a folder of its own; `url` is the xAPI endpoint."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/xAPI/"
        self.auth = f"{USER}:{PASSWORD}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Ralph:
        import bcrypt

        data = self.folder / "data"
        data.mkdir(parents=True, exist_ok=True)
        hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode()
        (self.folder / "auth.json").write_text(
            json.dumps(
                [
                    {
                        "agent": {
                            "mbox": "mailto:lrs-writer@genai-course.example",
                            "objectType": "Agent",
                            "name": None,
                        },
                        "scopes": ["statements/write", "statements/read"],
                        "hash": hashed,
                        "username": USER,
                    }
                ]
            )
        )
        env = dict(
            os.environ,
            RALPH_APP_DIR=str(self.folder),
            RALPH_AUTH_FILE=str(self.folder / "auth.json"),
            RALPH_RUNSERVER_BACKEND="fs",
            RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(data),
            RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH=str(data),
        )
        self.log = (self.folder / "ralph.log").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, str(self.port)],
            env=env,
            cwd=self.folder,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                self.get("/whoami")
                return self
            except (OSError, urllib.error.URLError):
                if self.proc.poll() is not None:
                    raise AssertionError("Ralph ended: " + (self.folder / "ralph.log").read_text()[-2000:]) from None
                time.sleep(0.3)
        self.stop()
        raise AssertionError("Ralph did not answer within 90 s")

    def get(self, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            headers={
                "Authorization": "Basic " + b64encode(self.auth.encode()).decode(),
                "X-Experience-API-Version": "1.0.3",
            },
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "log", None):
            self.log.close()
