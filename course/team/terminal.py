"""The team summary as rich tables; every learner string goes in as plain Text, cleaned."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from course.team.formatting import fmt_date, fmt_int, fmt_pct, fmt_points, shorten, who
from course.team.labels import check_name, label
from course.team.summary import TeamSummary

MEMBER_ROWS = 50
TOP_ROWS = 10
NAME_WIDTH = 28
_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(share: float, width: int = 20) -> str:
    """A horizontal bar of `share` (0..1) in `width` cells, with eighth-cell precision."""
    share = min(1.0, max(0.0, share))
    eighths = round(share * width * 8)
    full, part = divmod(eighths, 8)
    return ("█" * full + (_EIGHTHS[part] if part else "")).ljust(width)


def t(value: str, limit: int = NAME_WIDTH, wrap: bool = False) -> Text:
    """Learner-provided text as rich Text: controls stripped, cut to `limit`, never markup.

    Unless `wrap`, it stays on one line and ends in an ellipsis where the column is narrower.
    """
    return Text(shorten(value, limit), no_wrap=not wrap, overflow="fold" if wrap else "ellipsis")


def render_terminal(summary: TeamSummary, lang: str, console: Console, show_rejected: bool = True) -> None:
    """Print the team report to `console`."""
    for part in sections(summary, lang, show_rejected, wide=console.width >= 100):
        console.print(part)
        console.print()


def sections(summary: TeamSummary, lang: str, show_rejected: bool = True, wide: bool = True) -> Iterable[object]:
    """The report's renderables in order (the app's Team screen may reuse them).

    The lead's questions come first: the GenAI gap, what to do next, teams, trend, time saved.
    """
    from course.team import terminal_gap as lead

    def L(key: str) -> str:
        return label(key, lang)
    n = len(summary.members)
    head = Text(L("title"), style="bold")
    head.append(f"  ·  {L('members')}: {fmt_int(n, lang)}  ·  {L('files_read')}: {fmt_int(summary.files_read, lang)}")
    if summary.rejected:
        head.append(f"  ·  {L('files_refused')}: {fmt_int(len(summary.rejected), lang)}", style="yellow")
    head.append(f"  ·  {L('generated')} {fmt_date(summary.generated_at)}", style="dim")
    yield head
    if len(summary.courses) > 1:
        yield Text(L("mixed_courses").format(list=", ".join(shorten(c, 40) for c, _ in summary.courses)), style="yellow")
    yield lead.gap_section(summary, lang)
    yield lead.next_steps_section(summary, lang)
    for part in (lead.teams_section(summary, lang), lead.trend_section(summary, lang)):
        if part is not None:
            yield part
    yield lead.saved_section(summary, lang)
    yield _members(summary, lang, wide)
    yield _levels(summary, lang)
    if summary.failed_lessons:
        yield _simple(L("failed_lessons"), [L("lesson"), L("failed"), L("attempts"), L("people")],
                      [[t(r.title or r.lesson, 40), fmt_int(r.failed, lang), fmt_int(r.attempts, lang),
                        fmt_int(r.members, lang)] for r in summary.failed_lessons[:TOP_ROWS]])
    checks = summary.next_steps.checks if summary.next_steps else ()
    if checks:
        yield _simple(L("failed_checks"), [L("check"), L("count"), L("people")],
                      [[t(check_name(r.check, r.lesson_title, lang), 50), fmt_int(r.count, lang),
                        fmt_int(r.members, lang)] for r in checks[:TOP_ROWS]])
    hints = Text(f"{L('hints_used')}: ", style="bold")
    hints.append(f"{fmt_int(summary.hints_total, lang)} {L('hints_total_short')}")
    yield hints
    if summary.hint_lessons:
        yield _simple(L("hint_lessons"), [L("lesson"), L("hints"), L("people")],
                      [[t(r.title or r.lesson, 40), fmt_int(r.hints, lang), fmt_int(r.members, lang)]
                       for r in summary.hint_lessons[:TOP_ROWS]])
    yield _policy(summary, lang)
    if summary.history:
        yield _history(summary, lang)
    for part in (lead.records_section(summary, lang, MEMBER_ROWS), lead.duplicates_section(summary, lang)):
        if part is not None:
            yield part
    yield _gap(summary, lang)
    if show_rejected and summary.rejected:
        yield _simple(L("refused"), [L("path"), L("reason")],
                      [[t(r.path, 50), t(r.reason, 160, wrap=True)] for r in summary.rejected], left=2)
    yield Text(L("anonymous" if summary.anonymous else "privacy"), style="dim")


def _simple(title: str, headers: list[str], rows: Sequence[Sequence[RenderableType]], left: int = 1) -> Table:
    """A table whose first `left` columns hold text (they give way when narrow) and the rest numbers."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True)
    for i, header in enumerate(headers):
        text = i < left
        table.add_column(header, justify="left" if text else "right", no_wrap=not text,
                         max_width=50 if i == 0 else None)
    for row in rows:
        table.add_row(*[cell if isinstance(cell, Text) else Text(str(cell)) for cell in row])
    return table


def _gap(summary: TeamSummary, lang: str) -> Group:
    g = summary.gap
    def L(key: str) -> str:
        return label(key, lang)
    figure = Text(f"{L('gap')}: ", style="bold")
    figure.append(fmt_points(g.value, lang), style="bold magenta")
    note = Text(L("gap_explain").format(k=g.quarter_size, n=len(summary.members)), style="dim")
    chart = Table(box=None, show_header=False, padding=(0, 1))
    chart.add_column()
    chart.add_column()
    chart.add_column(justify="right")
    chart.add_row(L("leading"), Text(bar(g.leading_mean, 30), style="green"), fmt_pct(g.leading_mean, lang))
    chart.add_row(L("median"), Text(bar(g.median, 30), style="cyan"), fmt_pct(g.median, lang))
    chart.add_row(L("trailing"), Text(bar(g.trailing_mean, 30), style="red"), fmt_pct(g.trailing_mean, lang))
    dist = Table(title=L("distribution"), title_justify="left", box=None, show_header=False, padding=(0, 1))
    dist.add_column(justify="right")
    dist.add_column()
    dist.add_column(justify="right")
    top = max(g.histogram) or 1
    for i, count in enumerate(g.histogram):
        dist.add_row(f"{i * 10}–{i * 10 + 10}%", Text(bar(count / top, 20), style="blue"), fmt_int(count, lang))
    return Group(figure, note, chart, Text(), dist)


def _levels(summary: TeamSummary, lang: str) -> Table:
    def L(key: str) -> str:
        return label(key, lang)
    table = Table(title=f"{L('by_level')} / {L('level_completion')}", title_justify="left",
                  box=box.SIMPLE_HEAD, collapse_padding=True)
    for header in (L("level"), L("members_here"), L("done"), L("open"), L("locked"), L("lesson_completion")):
        table.add_column(header, justify="left" if header == L("level") else "right", overflow="ellipsis")
    n = len(summary.members) or 1
    for row in summary.levels:
        here = Text(bar(row.members_here / n, 10), style="green")
        here.append(f" {fmt_int(row.members_here, lang)}")
        table.add_row(t(row.title or row.id, 30), here, fmt_int(row.done, lang), fmt_int(row.open, lang),
                      fmt_int(row.locked, lang), fmt_pct(row.lesson_completion, lang))
    return table


def _members(summary: TeamSummary, lang: str, wide: bool) -> Group:
    """Members by progress; every column at any width (text columns give way with an ellipsis)."""
    from course.team.terminal_gap import last_activity

    def L(key: str) -> str:
        return label(key, lang)
    table = Table(title=L("members"), title_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True,
                  pad_edge=False)
    table.add_column(L("member"), max_width=NAME_WIDTH, min_width=8, overflow="ellipsis")
    table.add_column(L("team"), max_width=16, min_width=5, overflow="ellipsis")
    table.add_column(L("level"), max_width=16, min_width=5, overflow="ellipsis")
    table.add_column(L("progress"), no_wrap=True, min_width=10 if wide else 4)
    headers = ((L("hints_short"),) if wide else ()) + (L("min_week"), L("policy_short"), L("last_activity"))
    for header in headers:
        table.add_column(header, justify="right", no_wrap=header != L("last_activity"), min_width=min(len(header), 10))
    for m in summary.members[:MEMBER_ROWS]:
        progress = Text(bar(m.progress, 6), style="green") if wide else Text()
        progress.append(f"{' ' if wide else ''}{fmt_pct(m.progress, lang)}")
        cells: list[RenderableType] = [t(who(m.name, m.learner_id)), t(m.team or "–", 16), t(summary.level_title(m.level), 16),
                               progress]
        if wide:
            cells.append(fmt_int(m.hints_used, lang))
        cells += [fmt_int(m.minutes_saved, lang), "✓" if m.policy_current else "✗", last_activity(m)]
        table.add_row(*cells)
    parts: list[RenderableType] = [table]
    if len(summary.members) > MEMBER_ROWS:
        parts.append(Text(L("more").format(n=fmt_int(len(summary.members) - MEMBER_ROWS, lang)), style="dim"))
    if not wide:  # nothing is left out silently
        parts.append(Text(L("narrow_note").format(column=L("hints_short")), style="dim"))
    return Group(*parts)


def _policy(summary: TeamSummary, lang: str) -> Group:
    def L(key: str) -> str:
        return label(key, lang)
    p = summary.policy
    head = Text(f"{L('policy')}: ", style="bold")
    head.append(f"{L('policy_current')} {shorten(p.current_version, 20) or '–'} — "
                f"{fmt_int(p.acknowledged, lang)}/{fmt_int(len(summary.members), lang)} {L('acknowledged')}")
    rows = []
    for gap in p.missing[:MEMBER_ROWS]:
        why = L("old_version").format(version=shorten(gap.version, 20)) if gap.version else L("never")
        rows.append([t(who(gap.name, gap.learner_id)), t(why, 40)])
    parts: list[RenderableType] = [head]
    if rows:
        parts.append(_simple(L("not_acknowledged"), [L("member"), L("reason")], rows, left=2))
    if len(p.missing) > MEMBER_ROWS:
        parts.append(Text(L("more").format(n=fmt_int(len(p.missing) - MEMBER_ROWS, lang)), style="dim"))
    return Group(*parts)


def _history(summary: TeamSummary, lang: str) -> Group:
    def L(key: str) -> str:
        return label(key, lang)
    ranked = sorted(summary.history, key=lambda h: -h.change)
    people = _simple(L("history"), [L("member"), L("exports"), L("first"), L("latest"), L("change")],
                     [[t(who(h.name, h.learner_id)), fmt_int(len(h.points), lang),
                       f"{fmt_pct(h.points[0].progress, lang)} ({fmt_date(h.points[0].exported_at)})",
                       f"{fmt_pct(h.points[-1].progress, lang)} ({fmt_date(h.points[-1].exported_at)})",
                       f"{'+' if h.change >= 0 else ''}{fmt_points(h.change, lang)}"]
                      for h in ranked[:MEMBER_ROWS]])
    days = Table(title=L("timeline"), title_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True)
    days.add_column(L("day"))
    days.add_column(L("members"), justify="right")
    days.add_column(L("mean_progress"))
    for point in summary.timeline[-14:]:
        cell = Text(bar(point.mean_progress, 20), style="cyan")
        cell.append(f" {fmt_pct(point.mean_progress, lang)}")
        days.add_row(point.day.isoformat(), fmt_int(point.members, lang), cell)
    return Group(people, days)
