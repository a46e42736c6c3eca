"""`genai-course scan [FILE|-] [--json]`: the Datenschutz-Ampel for a file or standard input."""

from __future__ import annotations

import bisect
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import click

from course.i18n import category_label, t, tn
from course.options import Options
from progress.safetext import json_for_terminal

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.scanner.result import ScanResult

MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """Unreadable input: carries the message key (cli.scan.*) and its values."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key, self.values = key, values


def read_text(file: str) -> str:
    """The UTF-8 text of FILE, or of standard input for `-`."""
    shown = "<stdin>" if file == "-" else file
    if file == "-":
        if sys.stdin is None or sys.stdin.closed:  # started with standard input closed (`<&-`)
            return ""
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # no standard input at all, or a text-only replacement
            return sys.stdin.read(MAX_BYTES + 1) if sys.stdin is not None else ""
        data = stream.read(MAX_BYTES + 1)
    else:
        from progress import bounds

        path = Path(file)
        if path.is_dir():
            raise InputError("cli.scan.directory", path=shown)
        try:
            with os.fdopen(bounds.open_regular(path), "rb") as fh:  # a FIFO or device is refused, not read
                data = fh.read(MAX_BYTES + 1)
        except bounds.BoundsError as exc:
            raise InputError("cli.scan.unreadable", path=shown, error=str(exc)) from None
        except FileNotFoundError:
            raise InputError("cli.scan.missing", path=shown) from None
        except OSError as exc:
            raise InputError("cli.scan.unreadable", path=shown, error=exc.strerror or type(exc).__name__) from None
    if len(data) > MAX_BYTES:
        raise InputError("cli.scan.too_large", path=shown, mb=MAX_BYTES // (1024 * 1024))
    try:
        return bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("cli.scan.binary", path=shown) from None


def printable(value: str, limit: int = 60) -> str:
    """One safe line: control, format (bidi) and line-break characters shown as escapes."""
    out = []
    for ch in value:
        if ch == "\n":
            out.append("⏎")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    text = "".join(out)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(result: ScanResult, text: str, lang: str) -> str:
    """The human-readable report: a traffic-light line, then one line per finding."""
    n = len(result.findings)
    lines = [t(lang, "cli.scan.green") if result.level == "green" else tn(lang, f"cli.scan.{result.level}", n)]
    newlines = [i for i, ch in enumerate(text) if ch == "\n"] if result.findings else []
    for f in result.findings:
        before = bisect.bisect_left(newlines, f.start)  # newlines before the finding: O(log n), not O(n)
        line = before + 1
        col = f.start - (newlines[before - 1] + 1 if before else 0) + 1
        where = t(lang, "cli.scan.where", line=line, col=col)
        kind = t(lang, "cli.scan.strong" if f.strong else "cli.scan.weak")
        lines.append(
            f"  {where}: {category_label(lang, f.category)} „{printable(f.text)}“ ({kind})"
            if lang == "de"
            else f'  {where}: {category_label(lang, f.category)} "{printable(f.text)}" ({kind})'
        )
    return "\n".join(lines)


def run_scan(opts: Options, file: str, as_json: bool) -> int:
    """Scan FILE (or stdin for `-`); exit 0 whatever is found, 2 for unreadable input."""
    lang = opts.language()
    try:
        text = read_text(file)
    except InputError as exc:
        click.echo(t(lang, exc.key, **exc.values), err=True)
        return 2
    from course.scanner import scan

    result = scan(text)
    if as_json:
        click.echo(json_for_terminal(json.dumps(result.to_json(), ensure_ascii=False)))
    else:
        click.echo(render(result, text, lang))
    return 0
