"""Posting statements to an LRS's Statement API: batches, known ids, refused statements, one-line errors."""

from __future__ import annotations

import http.client
import json
import socket
import ssl
from base64 import b64encode
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

BATCH = 100
TIMEOUT = 30.0


class LrsError(Exception):
    """The LRS cannot be used (down, wrong credentials, a server error); str() is one line."""


@dataclass
class SendReport:
    """What the LRS did with the statements: stored now, known already, refused (with reasons)."""

    total: int = 0
    stored: int = 0
    known: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None

    @property
    def done(self) -> int:
        return self.stored + self.known + len(self.refused)


def auth_header(value: str | None) -> str | None:
    """`user:password` as HTTP Basic; a value starting with 'Basic ' or 'Bearer ' is used as it is."""
    if not value:
        return None
    value = value.strip()
    if value.split(" ", 1)[0] in ("Basic", "Bearer"):
        return value
    return "Basic " + b64encode(value.encode()).decode()


class Lrs:
    """One keep-alive connection to an LRS's statements resource."""

    def __init__(self, url: str, authorization: str | None = None, timeout: float = TIMEOUT) -> None:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LrsError(f"not an http(s) address of an LRS: {url!r}")
        self.url = url
        self.scheme, self.host, self.port = parts.scheme, parts.hostname, parts.port
        path = parts.path.rstrip("/")
        self.path = path if path.endswith("/statements") else path + "/statements"
        self.headers = {"Content-Type": "application/json", "X-Experience-API-Version": "1.0.3"}
        if authorization:
            self.headers["Authorization"] = authorization
        self.timeout = timeout
        self.conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self.conn is None:
            if self.scheme == "https":
                self.conn = http.client.HTTPSConnection(
                    self.host, self.port, timeout=self.timeout, context=ssl.create_default_context()
                )
            else:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self.conn

    def request(self, method: str, body: bytes | None = None, query: str = "") -> tuple[int, bytes]:
        """One request; a dropped keep-alive connection is reopened once; network trouble is an LrsError."""
        for retry in (True, False):
            conn = self._connection()
            try:
                conn.request(method, self.path + query, body=body, headers=self.headers)
                response = conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self.close()
                if not retry:
                    raise LrsError(f"the LRS closed the connection ({exc.__class__.__name__}): {self.url}") from None
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
                if isinstance(exc, socket.timeout):
                    reason = f"no answer within {self.timeout:g} s"
                raise LrsError(f"the LRS is not reachable at {self.url} ({reason})") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def query(self, **params: str) -> list[dict[str, Any]]:
        """GET statements (following `more` links on the same server): for checks and tests."""
        from urllib.parse import urlencode

        found: list[dict[str, Any]] = []
        query = "?" + urlencode(params) if params else ""
        while True:
            status, body = self.request("GET", query=query)
            _raise_for_auth(status, self.url)
            if status != 200:
                raise LrsError(f"the LRS answered HTTP {status} to a query: {_short(body)}")
            data = json.loads(body)
            found.extend(data.get("statements", []))
            more = data.get("more") or ""
            if not more:
                return found
            query = "?" + more.split("?", 1)[1] if "?" in more else ""


def _short(body: bytes) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text[:200] + ("…" if len(text) > 200 else "")


def _raise_for_auth(status: int, url: str) -> None:
    if status in (401, 403):
        what = "refused the credentials" if status == 401 else "does not allow these credentials to write statements"
        raise LrsError(f"the LRS {what} (HTTP {status}): {url}")


def send(lrs: Lrs, statements: list[dict[str, Any]], batch: int = BATCH) -> SendReport:
    """Post in batches; a rejected batch is split to find the statements the LRS refuses. Stops at the
    first error that is not about a statement (then `error` says why; sending again resumes)."""
    report = SendReport(total=len(statements))
    try:
        for start in range(0, len(statements), batch):
            _post(lrs, statements[start : start + batch], report)
    except LrsError as exc:
        report.error = str(exc)
    return report


def _post(lrs: Lrs, chunk: list[dict[str, Any]], report: SendReport) -> None:
    status, body = lrs.request("POST", json.dumps(chunk, ensure_ascii=False).encode("utf-8"))
    _raise_for_auth(status, lrs.url)
    ids = [s["id"] for s in chunk]
    if status == 204:  # every statement was there already
        report.known += len(chunk)
    elif status == 200:
        try:
            returned = set(json.loads(body))
        except (ValueError, TypeError):
            returned = set(ids)
        new = sum(1 for i in ids if i in returned)
        report.stored += new
        report.known += len(ids) - new  # an LRS that lists only new ids (Ralph) tells known ones apart
    elif status in (400, 409, 413, 422):
        if len(chunk) == 1:
            report.refused.append((ids[0], f"HTTP {status}: {_short(body)}"))
            return
        half = len(chunk) // 2
        _post(lrs, chunk[:half], report)
        _post(lrs, chunk[half:], report)
    else:
        raise LrsError(f"the LRS answered HTTP {status}: {_short(body)}")
