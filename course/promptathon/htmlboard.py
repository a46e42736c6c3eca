"""The board as ONE self-contained HTML page (course/templates/board.html.j2, like the team report): no script,
nothing loaded; every string from a results file is cleaned here and escaped by the template."""

from __future__ import annotations

from functools import partial
from typing import Any

from course.i18n import date, t
from course.promptathon.board import Board, GalleryItem, Row
from course.promptathon.clock import mmss
from course.promptathon.render import clean_block, department_label, ended_label, one_line


def render_html(board: Board, lang: str) -> str:
    """The board page."""
    from course.htmlpages import render_page

    return render_page("board.html.j2", **board_context(board, lang))


def render_notice(title: str, message: str, lang: str) -> str:
    """A page with one message in the board's frame (same CSP and CSS), e.g. "no results yet"."""
    from course.htmlpages import render_page

    return render_page("notice.html.j2", lang="de" if lang == "de" else "en", title=title, message=message)


def board_context(board: Board, lang: str) -> dict[str, Any]:
    """What the page shows: team strings cleaned to one line and shortened, prompts cleaned, figures formatted."""
    pack = board.packs[0][1] if board.packs else ""
    return {
        "lang": "de" if lang == "de" else "en",
        "t": partial(t, lang),
        "pack": one_line(pack, 80),
        "generated": date(lang, board.generated_at),
        "mixed": t(lang, "promptathon.board.mixed_packs", list=", ".join(one_line(p, 30) for p, _ in board.packs))
        if len(board.packs) > 1
        else "",
        "rows": _rows(board.rows, lang),
        "gallery": [_item(item, lang) for item in board.gallery],
        "rejected": [(one_line(r.path, 120), one_line(r.reason, 300)) for r in board.rejected],
    }


def _rows(rows: tuple[Row, ...], lang: str) -> list[dict[str, Any]]:
    top = max((r.team.total for r in rows), default=0)
    return [
        {
            "rank": r.rank,
            "team": one_line(r.team.team, 40),
            "total": r.team.total,
            "share": f"{max(0.0, r.team.total / top) * 100 if top > 0 else 0.0:.1f}",
            "solved": f"{r.team.passed}/{len(r.team.entries)}",
            "penalties": r.team.penalties,
            "time": mmss(r.team.used_seconds),
            "status": ended_label(lang, r.team.ended),
        }
        for r in rows
    ]


def _item(item: GalleryItem, lang: str) -> dict[str, Any]:
    return {
        "title": one_line(item.title, 100),
        "department": department_label(lang, item.department),
        "entries": [
            {
                "team": one_line(ge.team, 60),
                "best": ge.best,
                "points": ge.entry.points,
                "score": round(ge.entry.score * 100),
                "words": ge.entry.words,
                "bonus": ge.entry.bonus,
                "penalty": ge.entry.penalty,
                "prompt": clean_block(ge.prompt),
                "learned": clean_block(ge.learned, 1000),
            }
            for ge in item.entries
        ],
    }
