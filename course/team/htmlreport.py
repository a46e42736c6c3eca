"""The team summary as ONE self-contained HTML page: inline CSS and SVG, no script, no network."""

from __future__ import annotations

from html import escape

from course.team.htmlcharts import CSS, histogram_svg, sparkline_svg, timeline_svg
from course.team.labels import label
from course.team.summary import TeamSummary
from course.team.text import clean, fmt_date, fmt_hours, fmt_int, fmt_pct, fmt_points, shorten, who

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""Nothing may load and no script may run, even if escaping were ever missed."""
LIST_ROWS = 200
TOP_ROWS = 10


def e(value: str, limit: int = 60) -> str:
    """Learner text for HTML: controls stripped, shortened, escaped; the longer original in a tooltip."""
    short = shorten(value, limit)
    full = clean(value[:400])
    if short != full:
        return f'<span title="{escape(full)}">{escape(short)}</span>'
    return escape(short)


def _bar(share: float | None, cls: str = "") -> str:
    width = 0.0 if share is None else min(100.0, max(0.0, share * 100))
    return f'<span class="bar {cls}"><span style="width:{width:.1f}%"></span></span>'


def _table(headers: list[str], rows: list[str], numeric_from: int = 1, cls: str = "") -> str:
    head = "".join(
        f'<th{" class=num" if i >= numeric_from else ""} scope="col">{escape(h)}</th>' for i, h in enumerate(headers)
    )
    return (f'<div class="scroll"><table class="{cls}"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _more(total: int, shown: int, lang: str) -> str:
    if total <= shown:
        return ""
    return f'<p class="note">{escape(label("more", lang).format(n=fmt_int(total - shown, lang)))}</p>'


def render_html(summary: TeamSummary, lang: str) -> str:
    """The report page; every learner-provided string is escaped, long ones shortened."""
    L = lambda key: escape(label(key, lang))
    n = len(summary.members)
    parts = [
        f'<!DOCTYPE html><html lang="{"de" if lang == "de" else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{L('title')}</title><style>{CSS}</style></head><body><main>",
        (f"<header><h1>{L('title')}</h1><p class=meta>{L('members')}: {fmt_int(n, lang)} · "
         f"{L('files_read')}: {fmt_int(summary.files_read, lang)}"),
    ]
    if summary.rejected:
        parts.append(f' · <a href="#refused" class=warn>{L("files_refused")}: {fmt_int(len(summary.rejected), lang)}</a>')
    parts.append(f" · {L('generated')} {fmt_date(summary.generated_at)}</p>")
    if len(summary.courses) > 1:
        listed = ", ".join(shorten(c, 40) for c, _ in summary.courses)
        parts.append(f'<p class=warn>{escape(label("mixed_courses", lang).format(list=listed))}</p>')
    parts.append("</header>")
    parts.append(_cards(summary, lang))
    parts.append(_gap(summary, lang))
    parts.append(_levels(summary, lang))
    parts.append(_members(summary, lang))
    parts.append(_trouble(summary, lang))
    parts.append(_saved(summary, lang))
    parts.append(_policy(summary, lang))
    if summary.history:
        parts.append(_history(summary, lang))
    if summary.rejected:
        rows = [f"<tr><td class=path>{e(r.path, 80)}</td><td class=wrap>{e(r.reason, 200)}</td></tr>"
                for r in summary.rejected]
        parts.append(f'<section id="refused"><h2>{L("refused")}</h2>'
                     f'{_table([label("path", lang), label("reason", lang)], rows, 9)}</section>')
    parts.append(f"<footer>{L('privacy')}</footer></main></body></html>\n")
    return "".join(parts)


def _cards(s: TeamSummary, lang: str) -> str:
    L = lambda key: escape(label(key, lang))
    cards = [
        (L("gap"), fmt_points(s.gap.value, lang), "gap"),
        (L("members"), fmt_int(len(s.members), lang), ""),
        (L("minutes_saved"), fmt_hours(s.minutes_total, lang), ""),
        (L("policy"), f"{fmt_int(s.policy.acknowledged, lang)}/{fmt_int(len(s.members), lang)}", ""),
        (L("hints_used"), fmt_int(s.hints_total, lang), ""),
    ]
    body = "".join(f'<div class="card {c}"><div class=big>{escape(v)}</div><div>{k}</div></div>' for k, v, c in cards)
    return f'<section class=cards aria-label="{L("title")}">{body}</section>'


def _gap(s: TeamSummary, lang: str) -> str:
    L = lambda key: escape(label(key, lang))
    g = s.gap
    rows = "".join(
        f"<tr><th scope=row>{L(key)}</th><td class=barcell>{_bar(value, cls)}</td><td class=num>{fmt_pct(value, lang)}</td></tr>"
        for key, value, cls in (("leading", g.leading_mean, "good"), ("median", g.median, "mid"),
                                ("trailing", g.trailing_mean, "low"))
    )
    explain = escape(label("gap_explain", lang).format(k=g.quarter_size, n=len(s.members)))
    return (f'<section id="gap"><h2>{L("gap")}: <span class=gapfig>{escape(fmt_points(g.value, lang))}</span></h2>'
            f'<p class=note>{explain}</p><table class=chart>{rows}</table>'
            f'<h3>{L("distribution")}</h3>{histogram_svg(g.histogram, label("members", lang))}</section>')


def _levels(s: TeamSummary, lang: str) -> str:
    L = lambda key: label(key, lang)
    n = len(s.members) or 1
    rows = []
    for row in s.levels:
        stack = "".join(
            f'<span class="{cls}" style="width:{100 * count / n:.1f}%" title="{escape(L(cls))}: {count}"></span>'
            for cls, count in (("done", row.done), ("open", row.open), ("locked", row.locked)) if count
        )
        rows.append(
            f"<tr><td>{e(row.title or row.id, 40)}</td><td class=barcell>{_bar(row.members_here / n, 'good')}"
            f" {fmt_int(row.members_here, lang)}</td><td class=barcell><span class=stack>{stack}</span></td>"
            f"<td class=num>{fmt_int(row.done, lang)}</td><td class=num>{fmt_int(row.open, lang)}</td>"
            f"<td class=num>{fmt_int(row.locked, lang)}</td><td class=num>{fmt_pct(row.lesson_completion, lang)}</td></tr>"
        )
    legend = "".join(f'<span class="key {c}"></span>{escape(L(c))} ' for c in ("done", "open", "locked"))
    table = _table([L("level"), L("members_here"), L("level_completion"), L("done"), L("open"), L("locked"),
                    L("lesson_completion")], rows, 3)
    return (f'<section id="levels"><h2>{escape(L("by_level"))}</h2>{table}'
            f'<p class="note legend">{legend}</p></section>')


def _members(s: TeamSummary, lang: str) -> str:
    L = lambda key: label(key, lang)
    rows = [
        f"<tr><td class=name>{e(who(m.name, m.learner_id), 48)}</td><td class=name>{e(m.team, 30)}</td><td>{e(s.level_title(m.level), 30)}</td>"
        f"<td class=barcell>{_bar(m.progress, 'good')} {fmt_pct(m.progress, lang)}</td>"
        f"<td class=num>{fmt_int(m.lessons_done, lang)}/{fmt_int(m.lessons_total, lang)}</td>"
        f"<td class=num>{fmt_int(m.hints_used, lang)}</td><td class=num>{fmt_int(m.minutes_saved, lang)}</td>"
        f"<td class=num>{'✓' if m.policy_current else '<span class=warn>✗</span>'}</td>"
        f"<td class=num>{fmt_date(m.exported_at)}</td></tr>"
        for m in s.members
    ]
    headers = [L("member"), L("team"), L("level"), L("progress"), L("lessons"), L("hints"), L("minutes"),
               L("policy_short"), L("last_export")]
    return f'<section id="members"><h2>{escape(L("members"))}</h2>{_table(headers, rows, 4, "members")}</section>'


def _trouble(s: TeamSummary, lang: str) -> str:
    L = lambda key: label(key, lang)
    lessons = [f"<tr><td>{e(r.title or r.lesson, 40)}</td><td class=num>{fmt_int(r.failed, lang)}</td>"
               f"<td class=num>{fmt_int(r.attempts, lang)}</td><td class=num>{fmt_int(r.members, lang)}</td></tr>"
               for r in s.failed_lessons[:TOP_ROWS]]
    checks = [f"<tr><td>{e(r.check, 30)}</td><td class=num>{fmt_int(r.count, lang)}</td>"
              f"<td class=num>{fmt_int(r.members, lang)}</td></tr>" for r in s.failed_checks[:TOP_ROWS]]
    hints = [f"<tr><td>{e(r.title or r.lesson, 40)}</td><td class=num>{fmt_int(r.hints, lang)}</td>"
             f"<td class=num>{fmt_int(r.members, lang)}</td></tr>" for r in s.hint_lessons[:TOP_ROWS]]
    none = f'<p class=note>{escape(L("none"))}</p>'
    return (
        '<section id="trouble" class=grid>'
        f'<div><h2>{escape(L("failed_lessons"))}</h2>'
        f'{_table([L("lesson"), L("failed"), L("attempts"), L("people")], lessons) if lessons else none}</div>'
        f'<div><h2>{escape(L("failed_checks"))}</h2>'
        f'{_table([L("check"), L("count"), L("people")], checks) if checks else none}</div>'
        f'<div><h2>{escape(L("hints_used"))}: {fmt_int(s.hints_total, lang)}</h2>'
        f'{_table([L("lesson"), L("hints"), L("people")], hints) if hints else none}</div></section>'
    )


def _saved(s: TeamSummary, lang: str) -> str:
    L = lambda key: label(key, lang)
    savers = sorted((m for m in s.members if m.minutes_saved), key=lambda m: -m.minutes_saved)
    top = savers[0].minutes_saved if savers else 1
    per = [f"<tr><td class=name>{e(who(m.name, m.learner_id), 48)}</td><td class=barcell>{_bar(m.minutes_saved / top, 'mid')}</td>"
           f"<td class=num>{fmt_int(m.minutes_saved, lang)}</td><td class=num>{fmt_int(len(m.successes), lang)}</td></tr>"
           for m in savers[:LIST_ROWS]]
    uses = [f"<tr><td class=wrap>{e(u.title, 80)}</td><td class=name>{e(who(u.name, u.learner_id), 40)}</td>"
            f"<td class=num>{escape(shorten(u.date or '–', 10))}</td><td class=num>{fmt_int(u.minutes, lang)}</td></tr>"
            for u in s.use_cases[:LIST_ROWS]]
    total = f"{fmt_int(s.minutes_total, lang)} {L('minutes')} (≈ {fmt_hours(s.minutes_total, lang)})"
    return (
        f'<section id="saved"><h2>{escape(L("minutes_saved"))}: {escape(total)}</h2>'
        + (f'<h3>{escape(L("per_member"))}</h3>{_table([L("member"), "", L("minutes"), L("cases")], per, 2)}'
           + _more(len(savers), LIST_ROWS, lang) if per else "")
        + (f'<h3>{escape(L("use_cases"))}</h3>{_table([L("use_case"), L("member"), L("date"), L("minutes")], uses, 2)}'
           + _more(len(s.use_cases), LIST_ROWS, lang) if uses else "")
        + "</section>"
    )


def _policy(s: TeamSummary, lang: str) -> str:
    L = lambda key: label(key, lang)
    p = s.policy
    versions = ", ".join(f"{escape(shorten(v, 20))}: {fmt_int(c, lang)}" for v, c in p.versions)
    rows = []
    for gap in p.missing[:LIST_ROWS]:
        why = L("old_version").format(version=shorten(gap.version, 20)) if gap.version else L("never")
        rows.append(f"<tr><td class=name>{e(who(gap.name, gap.learner_id), 48)}</td><td>{escape(why)}</td></tr>")
    head = (f'<p>{escape(L("policy_current"))}: <strong>{escape(shorten(p.current_version, 20) or "–")}</strong> — '
            f'{fmt_int(p.acknowledged, lang)}/{fmt_int(len(s.members), lang)} {escape(L("acknowledged"))}'
            f'{" (" + versions + ")" if versions else ""}</p>')
    missing = (f'<h3>{escape(L("not_acknowledged"))}</h3>{_table([L("member"), L("reason")], rows, 9)}'
               + _more(len(p.missing), LIST_ROWS, lang)) if rows else ""
    return f'<section id="policy"><h2>{escape(L("policy"))}</h2>{head}{missing}</section>'


def _history(s: TeamSummary, lang: str) -> str:
    L = lambda key: label(key, lang)
    ranked = sorted(s.history, key=lambda h: -h.change)[:LIST_ROWS]
    rows = [
        f"<tr><td class=name>{e(who(h.name, h.learner_id), 48)}</td><td>{sparkline_svg([p.progress for p in h.points])}</td>"
        f"<td class=num>{fmt_int(len(h.points), lang)}</td>"
        f"<td class=num>{fmt_pct(h.points[0].progress, lang)} ({fmt_date(h.points[0].exported_at)})</td>"
        f"<td class=num>{fmt_pct(h.points[-1].progress, lang)} ({fmt_date(h.points[-1].exported_at)})</td>"
        f"<td class=num>{'+' if h.change >= 0 else ''}{escape(fmt_points(h.change, lang))}</td></tr>"
        for h in ranked
    ]
    chart = timeline_svg([(p.day, p.mean_progress, p.members) for p in s.timeline], label("timeline", lang))
    table = _table([L("member"), "", L("exports"), L("first"), L("latest"), L("change")], rows, 2)
    return (f'<section id="history"><h2>{escape(L("history"))}</h2><h3>{escape(L("timeline"))}</h3>{chart}'
            f'{table}{_more(len(s.history), LIST_ROWS, lang)}</section>')
