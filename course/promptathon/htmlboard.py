"""The board as ONE self-contained HTML page (the team report's style): no script, no network, all escaped."""

from __future__ import annotations

from html import escape

from course.i18n import t
from course.promptathon.board import Board, GalleryItem
from course.promptathon.clock import mmss
from course.promptathon.render import (
    clean_block,
    department_label,
    ended_label,
    one_line,
)
from course.team.htmlcharts import CSS

EXTRA_CSS = """
.lead td.team{font-weight:600;max-width:16em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.lead tr.top td{background:var(--card)}
.ok{color:var(--good)} .bad{color:var(--low)}
.entry{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:10px 0}
.entry.best{border-color:var(--good);box-shadow:0 0 0 1px var(--good) inset}
.entry h4{margin:0 0 .3em;font-size:1em;overflow-wrap:anywhere}
.entry .meta{font-size:.85em}
.prompt{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--card);border-radius:6px;padding:8px 10px;
margin:.4em 0;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.learned{margin:.3em 0 0;padding-left:.8em;border-left:3px solid var(--mid);white-space:pre-wrap;overflow-wrap:anywhere}
.star{color:var(--open)}
"""


def _e(text: str, limit: int = 60) -> str:
    """A one-line team string, cleaned, shortened and escaped."""
    return escape(one_line(text, limit))


def render_html(board: Board, lang: str) -> str:
    """The board page; every string from a results file is escaped."""
    def L(key, **kw):
        return escape(t(lang, key, **kw))
    title = L("promptathon.board.title")
    pack = board.packs[0][1] if board.packs else ""
    parts = [
        f'<!DOCTYPE html><html lang="{"de" if lang == "de" else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{title}</title><style>{CSS}{EXTRA_CSS}</style></head><body><main>",
        f"<header><h1>{title}</h1><p class=meta>{_e(pack, 80)}{' · ' if pack else ''}{L('promptathon.board.teams')}: {len(board.rows)}",
    ]
    if board.rejected:
        parts.append(f' · <a href="#refused" class=warn>{L("promptathon.board.files_refused")}: {len(board.rejected)}</a>')
    parts.append(f" · {L('promptathon.board.generated')} {board.generated_at:%Y-%m-%d}</p>")
    if len(board.packs) > 1:
        parts.append(f'<p class=warn>{L("promptathon.board.mixed_packs", list=", ".join(one_line(p, 30) for p, _ in board.packs))}</p>')
    parts.append("</header>")
    parts.append(_leaderboard(board, lang))
    parts.append(f'<section id="gallery"><h2>{L("promptathon.board.gallery")}</h2><p class=note>{L("promptathon.board.redacted")}</p>')
    parts.extend(_item(item, lang) for item in board.gallery)
    parts.append("</section>")
    if board.rejected:
        rows = "".join(f"<tr><td class=path>{_e(r.path, 120)}</td><td class=wrap>{_e(r.reason, 300)}</td></tr>"
                       for r in board.rejected)
        parts.append(f'<section id="refused"><h2>{L("promptathon.board.refused")}</h2><div class=scroll><table><thead><tr>'
                     f'<th scope=col>{L("promptathon.board.path")}</th><th scope=col>{L("promptathon.board.reason")}</th></tr></thead>'
                     f"<tbody>{rows}</tbody></table></div></section>")
    parts.append(f"<footer>{L('promptathon.board.footer')}</footer></main></body></html>\n")
    return "".join(parts)


def _leaderboard(board: Board, lang: str) -> str:
    def L(key, **kw):
        return escape(t(lang, key, **kw))
    top = max((r.team.total for r in board.rows), default=0)
    rows = []
    for r in board.rows:
        tm = r.team
        share = max(0.0, tm.total / top) if top > 0 else 0.0
        privacy = f'<span class=ok>{L("promptathon.board.privacy_ok")}</span>' if not tm.penalties else f"<span class=bad>−{tm.penalties}×</span>"
        rows.append(
            f'<tr class="{"top" if r.rank == 1 else ""}"><td class=num>{r.rank}</td><td class=team>{_e(tm.team, 40)}</td>'
            f'<td class=num><b>{tm.total}</b></td><td class=barcell><span class="bar good"><span style="width:{share * 100:.1f}%">'
            f"</span></span></td><td class=num>{tm.passed}/{len(tm.entries)}</td><td>{privacy}</td>"
            f"<td class=num>{mmss(tm.used_seconds)}</td><td>{escape(ended_label(lang, tm.ended))}</td></tr>"
        )
    head = "".join(f"<th scope=col{' class=num' if n in (0, 2, 4, 6) else ''}>{h}</th>" for n, h in enumerate(
        [L("promptathon.board.rank"), L("promptathon.board.team"), L("promptathon.board.points"), "", L("promptathon.board.solved"), L("promptathon.board.privacy"), L("promptathon.board.time"), L("promptathon.board.status")]))
    return (f'<section id="leaderboard"><h2>{L("promptathon.board.leaderboard")}</h2><div class=scroll><table class=lead>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></section>")


def _item(item: GalleryItem, lang: str) -> str:
    def L(key, **kw):
        return escape(t(lang, key, **kw))
    out = [f"<article><h3>{_e(item.title, 100)} <span class=meta>({escape(department_label(lang, item.department))})</span></h3>"]
    if not item.entries:
        out.append(f"<p class=note>{L('promptathon.board.no_entries')}</p>")
    for ge in item.entries:
        e = ge.entry
        star = f' <span class=star title="{L("promptathon.board.best")}">★</span>' if ge.best else ""
        meta = [f"{e.points} {L('promptathon.board.points')}", f"{L('promptathon.board.score')} {round(e.score * 100)}\u202f%", f"{e.words} {L('promptathon.board.words')}"]
        if e.bonus:
            meta.append(f"<span class=ok>{L('promptathon.board.bonus')} +{e.bonus}</span>")
        if e.penalty:
            meta.append(f"<span class=bad>{L('promptathon.board.penalty')} −{e.penalty}</span>")
        learned = clean_block(ge.learned, 1000)
        learned_html = (f"<p class=learned><b>{L('promptathon.board.learned')}:</b> {escape(learned)}</p>" if learned
                        else f"<p class='learned note'>{L('promptathon.board.no_learned')}</p>")
        out.append(f'<div class="entry{" best" if ge.best else ""}"><h4>{_e(ge.team, 60)}{star}</h4>'
                   f"<div class=meta>{' · '.join(meta)}</div><div class=prompt>{escape(clean_block(ge.prompt))}</div>"
                   f"{learned_html}</div>")
    out.append("</article>")
    return "".join(out)
