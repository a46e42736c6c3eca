"""The board in the terminal (rich): leaderboard, then the gallery; every team string goes in as plain Text."""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from course.promptathon.board import Board, GalleryItem
from course.promptathon.clock import mmss
from course.promptathon.labels import label
from progress.safetext import terminal

PROMPT_LIMIT = 2_000


def clean_block(text: str, limit: int = PROMPT_LIMIT) -> str:
    """Multi-line team text: control characters and bidi overrides out, newlines kept, cut to `limit`."""
    text = terminal(text[: limit + 1], multiline=True).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def one_line(text: str, limit: int = 40) -> str:
    """A name for a table cell: one line, cut to `limit`."""
    text = " ".join(clean_block(text, limit * 2).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def ended_label(lang: str, ended: str | None) -> str:
    return label(lang, f"ended.{ended or 'none'}")


def department_label(lang: str, department: str) -> str:
    return label(lang, f"dept.{department or 'other'}")


def render_terminal(board: Board, lang: str, console: Console) -> None:
    """Print the board to `console`."""
    for part in sections(board, lang):
        console.print(part)
        console.print()


def sections(board: Board, lang: str) -> Iterable[RenderableType]:
    """The board's renderables in order."""
    def L(key: str, **kw: object) -> str:
        return label(lang, key, **kw)
    head = Text(L("board.title"), style="bold")
    for _pid, title in board.packs[:1]:
        head.append(f"  ·  {one_line(title, 60)}")
    head.append(f"  ·  {L('board.teams')}: {len(board.rows)}")
    if board.rejected:
        head.append(f"  ·  {L('board.files_refused')}: {len(board.rejected)}", style="yellow")
    head.append(f"  ·  {L('board.generated')} {board.generated_at:%Y-%m-%d}", style="dim")
    yield head
    if len(board.packs) > 1:
        yield Text(L("board.mixed_packs", list=", ".join(one_line(p, 30) for p, _ in board.packs)), style="yellow")
    yield leaderboard(board, lang)
    yield Text(L("board.gallery"), style="bold underline")
    yield Text(L("board.redacted"), style="dim")
    for item in board.gallery:
        yield gallery_item(item, lang)


def leaderboard(board: Board, lang: str) -> Table:
    def L(key: str, **kw: object) -> str:
        return label(lang, key, **kw)
    table = Table(title=L("board.leaderboard"), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column(L("board.rank"), justify="right")
    table.add_column(L("board.team"), no_wrap=True, overflow="ellipsis", max_width=30)
    table.add_column(L("board.points"), justify="right")
    table.add_column(L("board.solved"), justify="right")
    table.add_column(L("board.privacy"))
    table.add_column(L("board.time"), justify="right")
    table.add_column(L("board.status"))
    for row in board.rows:
        t = row.team
        privacy = Text(L("board.privacy_ok"), style="green") if not t.penalties else Text(f"−{t.penalties}×", style="red")
        table.add_row(str(row.rank), Text(one_line(t.team, 30)), Text(str(t.total), style="bold"),
                      f"{t.passed}/{len(t.entries)}", privacy, mmss(t.used_seconds), ended_label(lang, t.ended))
    return table


def gallery_item(item: GalleryItem, lang: str) -> Group:
    def L(key: str, **kw: object) -> str:
        return label(lang, key, **kw)
    parts: list[RenderableType] = []
    head = Text(f"── {one_line(item.title, 70)} ", style="bold")
    head.append(f"({department_label(lang, item.department)})", style="dim")
    parts.append(head)
    if not item.entries:
        parts.append(Padding(Text(L("board.no_entries"), style="dim"), (0, 0, 0, 2)))
    for ge in item.entries:
        e = ge.entry
        line = Text("★ " if ge.best else "  ", style="yellow")
        line.append(one_line(ge.team, 40), style="bold")
        line.append(f" · {e.points} {L('board.points')} · {L('board.score')} {round(e.score * 100)} % · {e.words} {L('board.words')}")
        if e.bonus:
            line.append(f" · {L('board.bonus')} +{e.bonus}", style="green")
        if e.penalty:
            line.append(f" · {L('board.penalty')} −{e.penalty}", style="red")
        parts.append(line)
        parts.append(Padding(Text(clean_block(ge.prompt)), (0, 0, 0, 4)))
        learned = clean_block(ge.learned, 600)
        note = Text(f"{L('board.learned')}: ", style="italic")
        note.append(learned if learned else L("board.no_learned"), style="italic" if learned else "dim italic")
        parts.append(Padding(note, (0, 0, 1, 4)))
    return Group(*parts)
