"""`genai-course serve` and `promptathon serve`: textual-serve with our page, a board route and honest URLs."""

from __future__ import annotations

import inspect
import ipaddress
import re
import shlex
import socket
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from course.i18n import store_message, t
from course.options import Options

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual_serve.server import Server

TEMPLATES = Path(__file__).parent / "templates"


def tab_command(kind: str, opts: Options, pack_dir: str | None = None, minutes: int | None = None) -> str:
    """The shell command that textual-serve runs once per browser tab."""
    parts = [sys.executable, "-m", "course.serve.tab", kind, "--db", str(opts.db_path.absolute())]
    if opts.lang:
        parts += ["--lang", opts.lang]
    for folder in opts.course_dirs:
        parts += ["--course", str(Path(folder).absolute())]
    if pack_dir:
        parts += ["--pack", str(Path(pack_dir).absolute())]
    if minutes:
        parts += ["--minutes", str(minutes)]
    return " ".join(shlex.quote(p) for p in parts)


def is_loopback(host: str) -> bool:
    """Whether only this computer can reach `host`."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def port_problem(host: str, port: int) -> str | None:
    """Why the server cannot listen on host:port (None when it can)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return str(exc.strerror or exc)
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            return str(exc.strerror or exc)
    return None


def board_files(folder: Path, since: float) -> list[Path]:
    """The results files written since the server started (older sessions stay off the board)."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            if path.stat().st_mtime >= since:
                found.append(path)
        except OSError:
            continue
    return found


def board_page(folder: Path, since: float, lang: str) -> str:
    """The Promptathon board as one HTML page (the same page as `promptathon board --html`)."""
    from course.promptathon.board import build_board, load_results
    from course.promptathon.htmlboard import render_html, render_notice

    teams, rejected = load_results([str(p) for p in board_files(folder, since)], lang)
    if not teams:
        return render_notice("Promptathon", t(lang, "serve.board.empty"), lang)
    return render_html(build_board(teams, rejected, lang), lang)


def make_server(
    command: str, host: str, port: int, public_url: str | None, lang: str, board_folder: Path | None = None
) -> Server:  # a CourseServer
    """A textual-serve Server that serves our page, derives the websocket URL from the request and adds /board."""
    import aiohttp_jinja2
    from aiohttp import web
    from textual_serve.server import Server

    class CourseServer(Server):
        def __init__(self) -> None:
            import textual_serve

            statics = Path(textual_serve.__file__).parent / "static"
            super().__init__(
                command,
                host=host,
                port=port,
                title="genai-course",
                public_url=public_url,
                statics_path=statics,
                templates_path=TEMPLATES,
            )
            self.fixed_url = public_url
            self.started = time.time()

        def initialize_logging(self) -> None:
            """Warnings and errors only: no line per request on the facilitator's screen."""
            import logging

            super().initialize_logging()
            logging.getLogger().setLevel(logging.WARNING)

        async def _make_app(self) -> web.Application:
            app = await super()._make_app()
            if board_folder is not None:
                app.router.add_get("/board", self.handle_board, name="board")
            return app

        async def handle_board(self, request: web.Request) -> web.Response:
            assert board_folder is not None
            html = board_page(board_folder, self.started, lang)
            return web.Response(
                text=html, content_type="text/html", charset="utf-8", headers={"Cache-Control": "no-store"}
            )

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            if not same_origin(request, self.fixed_url):  # aiohttp answers a raised HTTPForbidden as a 403 response
                raise web.HTTPForbidden(text="websocket from another site refused")
            return await super().handle_websocket(request)

        @aiohttp_jinja2.template("app_index.html")
        async def handle_index(self, request: web.Request) -> dict[str, Any]:
            base = self.fixed_url or _url_of(request)
            self.public_url = base.rstrip("/")
            context = await inspect.unwrap(Server.handle_index)(
                self, request
            )  # textual-serve's page data, without its template
            return cast("dict[str, Any]", context)

        async def on_startup(self, app: web.Application) -> None:
            shown = self.fixed_url or f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
            click.echo(t(lang, "serve.served", url=shown))
            if self.fixed_url is None and not is_loopback(host):
                click.echo(t(lang, "serve.served_network", name=socket.gethostname(), port=port))
            if board_folder is not None:
                click.echo(t(lang, "serve.served_board", url=shown.rstrip("/")))

    return CourseServer()


HOSTPORT = re.compile(r"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")
PREFIX = re.compile(r"^(/[A-Za-z0-9._~\-]+)*$")


def _url_of(request: Any) -> str:
    """The address the browser used, honouring a reverse proxy's X-Forwarded-Proto/-Host/-Prefix.

    Header values that are not a plain scheme, host[:port] or path are ignored: they go into the page.
    """
    headers = request.headers
    scheme = headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    if scheme not in ("http", "https"):
        scheme = request.scheme if request.scheme in ("http", "https") else "http"
    hostport = headers.get("X-Forwarded-Host", "").split(",")[0].strip()
    if not HOSTPORT.match(hostport):
        hostport = request.host if HOSTPORT.match(request.host or "") else "127.0.0.1"
    prefix = headers.get("X-Forwarded-Prefix", "").strip().rstrip("/")
    if not PREFIX.match(prefix):
        prefix = ""
    return f"{scheme}://{hostport}{prefix}"


def same_origin(request: Any, fixed_url: str | None) -> bool:
    """Whether a websocket comes from our own page: another website in a learner's browser must not
    drive a course session (browsers let any page open a websocket to 127.0.0.1)."""
    from urllib.parse import urlsplit

    origin = request.headers.get("Origin")
    if origin is None:
        return True  # not a browser (a script on this computer); browsers always send Origin
    allowed = {urlsplit(_url_of(request)).netloc.lower(), (request.host or "").lower()}
    if fixed_url:
        allowed.add(urlsplit(fixed_url).netloc.lower())
    return urlsplit(origin).netloc.lower() in allowed


def run_serve(
    opts: Options,
    host: str,
    port: int,
    public_url: str | None,
    kind: str = "course",
    pack_dir: str | None = None,
    minutes: int | None = None,
) -> int:
    """Serve until Ctrl+C; one line instead of a traceback when the port or the store is unusable."""
    lang = opts.language()
    problem = port_problem(host, port)
    if problem:
        click.echo(t(lang, "serve.port_busy", host=host, port=port, why=problem), err=True)
        return 1
    if kind == "course":
        from progress.records import StoreError
        from progress.store import Store

        try:
            Store.open(opts.db_path, check=True).close()  # migrate once here, not in the first tabs at once
        except StoreError as exc:
            click.echo(t(lang, "store_error", error=store_message(lang, exc)), err=True)
            return 1
        from course.commands.progress import _catalog

        if _catalog(opts, lang) is None:  # also fills the catalog cache before the first tabs start at once
            return 1
    if not is_loopback(host):
        click.echo(
            t(lang, "serve.network" if kind == "course" else "serve.network_promptathon", host=host, port=port),
            err=True,
        )
    board = None
    if kind == "promptathon":
        from course import paths

        board = paths.home() / "promptathon"
    server = make_server(tab_command(kind, opts, pack_dir, minutes), host, port, public_url, lang, board)
    server.serve()
    return 0
