"""A small Chrome DevTools protocol driver for headless Debian Chromium (no browser download, no selenium)."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Every tab records the bytes its websocket receives, so a test can wait for words on the screen
# (the terminal draws on a canvas, so the page's DOM has no text to read).
RECORDER = """
(() => {
  const Native = window.WebSocket;
  window.__rx = "";
  window.__tx = [];
  window.WebSocket = function (url, protocols) {
    const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    const dec = new TextDecoder();
    const send = ws.send.bind(ws);
    ws.send = (data) => { window.__tx.push(String(data)); return send(data); };
    ws.addEventListener("message", (ev) => {
      if (typeof ev.data === "string") { window.__rx += ev.data; }
      else if (ev.data instanceof ArrayBuffer) { window.__rx += dec.decode(ev.data, {stream: true}); }
      else if (ev.data && ev.data.arrayBuffer) {
        ev.data.arrayBuffer().then((b) => { window.__rx += dec.decode(b, {stream: true}); });
      }
    });
    return ws;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
})();
"""

KEYS = {
    "enter": ("Enter", "Enter", 13, "\r"),
    "tab": ("Tab", "Tab", 9, "\t"),
    "escape": ("Escape", "Escape", 27, ""),
    "down": ("ArrowDown", "ArrowDown", 40, ""),
    "up": ("ArrowUp", "ArrowUp", 38, ""),
    "space": (" ", "Space", 32, " "),
}
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]")


class Browser:
    """One headless Chromium process; `tab()` opens a page with its own DevTools connection."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None
        self.profile = tempfile.mkdtemp(prefix="chromium-")
        self.ws_url = ""
        self.tabs: list[Tab] = []

    async def start(self, width: int = 1280, height: int = 800) -> Browser:
        assert CHROMIUM, "chromium is not installed"
        self.proc = subprocess.Popen(
            [
                CHROMIUM,
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--use-angle=swiftshader",
                "--enable-unsafe-swiftshader",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                f"--user-data-dir={self.profile}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stderr is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = await asyncio.to_thread(self.proc.stderr.readline)
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            if match:
                self.ws_url = match.group(1)
                break
            if not line and self.proc.poll() is not None:
                break
        assert self.ws_url, "chromium did not open its DevTools port"
        # Keep draining stderr so Chromium never blocks on a full pipe.
        asyncio.get_running_loop().run_in_executor(None, self._drain)
        return self

    def _drain(self) -> None:
        assert self.proc is not None and self.proc.stderr is not None
        for _ in self.proc.stderr:
            pass

    async def tab(self, url: str) -> Tab:
        port = re.search(r":(\d+)/", self.ws_url).group(1)  # type: ignore[union-attr]
        browser = Connection(self.ws_url)
        await browser.open()
        target = await browser.call("Target.createTarget", url="about:blank")
        await browser.close()
        tab = Tab(Connection(f"ws://127.0.0.1:{port}/devtools/page/{target['targetId']}"))
        await tab.conn.open()
        await tab.conn.call("Page.enable")
        # Every tab behaves as if it had the focus, as each participant's own browser would: without
        # this, a background tab sends the app a blur and the app's focused widget lets keys pass.
        await tab.conn.call("Emulation.setFocusEmulationEnabled", enabled=True)
        await tab.conn.call("Page.addScriptToEvaluateOnNewDocument", source=RECORDER)
        await tab.conn.call("Page.navigate", url=url)
        self.tabs.append(tab)
        return tab

    async def close(self) -> None:
        for tab in self.tabs:
            await tab.conn.close()
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class Connection:
    """A DevTools websocket: `call(method, **params)` returns the result."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.ids = itertools.count(1)
        self.session: Any = None
        self.ws: Any = None
        self.pending: dict[int, asyncio.Future[Any]] = {}
        self.reader: asyncio.Task[None] | None = None

    async def open(self) -> None:
        import aiohttp

        self.session = aiohttp.ClientSession()
        self.ws = await self.session.ws_connect(self.url, max_msg_size=0)
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for msg in self.ws:
            data = json.loads(msg.data)
            future = self.pending.pop(data.get("id", -1), None)
            if future is not None and not future.done():
                if "error" in data:
                    future.set_exception(RuntimeError(str(data["error"])))
                else:
                    future.set_result(data.get("result", {}))

    async def call(self, method: str, **params: Any) -> Any:
        n = next(self.ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending[n] = future
        await self.ws.send_str(json.dumps({"id": n, "method": method, "params": params}))
        return await asyncio.wait_for(future, 60)

    async def close(self) -> None:
        if self.reader is not None:
            self.reader.cancel()
        if self.ws is not None:
            await self.ws.close()
        if self.session is not None:
            await self.session.close()


class Tab:
    """A page: type into the terminal, wait for words on screen, take screenshots."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    async def eval(self, expression: str) -> Any:
        result = await self.conn.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def screen_text(self) -> str:
        """Everything the app has drawn so far, without escape sequences."""
        raw = await self.eval("window.__rx || ''") or ""
        return ANSI.sub("", raw)

    async def wait_for(self, *words: str, timeout: float = 60) -> str:
        """Wait until every word has been drawn (since the last `mark()`)."""
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = await self.screen_text()
            if all(w in text for w in words):
                return text
            await asyncio.sleep(0.25)
        raise AssertionError(f"not on screen after {timeout} s: {words}; last 400 chars: {text[-400:]!r}")

    async def mark(self) -> None:
        """Forget what was drawn so far, so the next wait sees only new output."""
        await self.eval("window.__rx = ''")

    async def focus(self) -> None:
        await self.eval(
            "document.querySelector('.xterm-helper-textarea') && "
            "document.querySelector('.xterm-helper-textarea').focus()"
        )

    async def type(self, text: str) -> None:
        await self.focus()
        for ch in text:
            await self.conn.call("Input.dispatchKeyEvent", type="keyDown", text=ch, key=ch, unmodifiedText=ch)
            await self.conn.call("Input.dispatchKeyEvent", type="keyUp", key=ch)

    async def press(self, name: str) -> None:
        await self.focus()
        key, code, vk, text = KEYS[name]
        params: dict[str, Any] = {"key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk}
        await self.conn.call(
            "Input.dispatchKeyEvent",
            type="rawKeyDown" if not text else "keyDown",
            **params,
            **({"text": text} if text else {}),
        )
        await self.conn.call("Input.dispatchKeyEvent", type="keyUp", **params)

    async def ctrl(self, letter: str) -> None:
        """Ctrl+letter (the terminal sends the control character)."""
        await self.focus()
        params = {
            "key": letter,
            "code": f"Key{letter.upper()}",
            "windowsVirtualKeyCode": ord(letter.upper()),
            "modifiers": 2,
        }
        await self.conn.call("Input.dispatchKeyEvent", type="rawKeyDown", **params)
        await self.conn.call("Input.dispatchKeyEvent", type="keyUp", **params)

    async def screenshot(self, path: Path) -> bytes:
        await self.conn.call("Page.bringToFront")  # a background tab does not paint
        await asyncio.sleep(0.5)
        data = base64.b64decode((await self.conn.call("Page.captureScreenshot", format="png"))["data"])
        path.write_bytes(data)
        return data
