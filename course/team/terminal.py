"""The team summary as rich tables; every learner string goes in as plain Text, cleaned."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from course.i18n import date, number, percent, t
from course.team.formatting import fmt_points, shorten, who
from course.team.labels import check_name
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


def cell(value: str, limit: int = NAME_WIDTH, wrap: bool = False) -> Text:
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

    n = len(summary.members)
    head = Text(t(lang, "teamreport.title"), style="bold")
    head.append(
        f"  ·  {t(lang, 'teamreport.members')}: {number(lang, n)}"
        f"  ·  {t(lang, 'teamreport.files_read')}: {number(lang, summary.files_read)}"
    )
    if summary.rejected:
        head.append(
            f"  ·  {t(lang, 'teamreport.files_refused')}: {number(lang, len(summary.rejected))}", style="yellow"
        )
    head.append(f"  ·  {t(lang, 'teamreport.generated')} {date(lang, summary.generated_at)}", style="dim")
    yield head
    if len(summary.courses) > 1:
        yield Text(
            t(lang, "teamreport.mixed_courses", list=", ".join(shorten(c, 40) for c, _ in summary.courses)),
            style="yellow",
        )
    yield lead.gap_section(summary, lang)
    yield lead.next_steps_section(summary, lang)
    for part in (lead.teams_section(summary, lang), lead.trend_section(summary, lang)):
        if part is not None:
            yield part
    yield lead.saved_section(summary, lang)
    yield _members(summary, lang, wide)
    yield _levels(summary, lang)
    if summary.failed_lessons:
        yield _simple(
            t(lang, "teamreport.failed_lessons"),
            [
                t(lang, "teamreport.lesson"),
                t(lang, "teamreport.failed"),
                t(lang, "teamreport.attempts"),
                t(lang, "teamreport.people"),
            ],
            [
                [
                    cell(r.title or r.lesson, 40),
                    number(lang, r.failed),
                    number(lang, r.attempts),
                    number(lang, r.members),
                ]
                for r in summary.failed_lessons[:TOP_ROWS]
            ],
        )
    checks = summary.next_steps.checks if summary.next_steps else ()
    if checks:
        yield _simple(
            t(lang, "teamreport.failed_checks"),
            [t(lang, "teamreport.check"), t(lang, "teamreport.count"), t(lang, "teamreport.people")],
            [
                [cell(check_name(r.check, r.lesson_title, lang), 50), number(lang, r.count), number(lang, r.members)]
                for r in checks[:TOP_ROWS]
            ],
        )
    hints = Text(f"{t(lang, 'teamreport.hints_used')}: ", style="bold")
    hints.append(f"{number(lang, summary.hints_total)} {t(lang, 'teamreport.hints_total_short')}")
    yield hints
    if summary.hint_lessons:
        yield _simple(
            t(lang, "teamreport.hint_lessons"),
            [t(lang, "teamreport.lesson"), t(lang, "teamreport.hints"), t(lang, "teamreport.people")],
            [
                [cell(r.title or r.lesson, 40), number(lang, r.hints), number(lang, r.members)]
                for r in summary.hint_lessons[:TOP_ROWS]
            ],
        )
    yield _policy(summary, lang)
    if summary.history:
        yield _history(summary, lang)
    for part in (lead.records_section(summary, lang, MEMBER_ROWS), lead.duplicates_section(summary, lang)):
        if part is not None:
            yield part
    yield _gap(summary, lang)
    if show_rejected and summary.rejected:
        yield _simple(
            t(lang, "teamreport.refused"),
            [t(lang, "teamreport.path"), t(lang, "teamreport.reason")],
            [[cell(r.path, 50), cell(r.reason, 160, wrap=True)] for r in summary.rejected],
            left=2,
        )
    yield Text(t(lang, "teamreport.anonymous" if summary.anonymous else "teamreport.privacy"), style="dim")


def _simple(title: str, headers: list[str], rows: Sequence[Sequence[RenderableType]], left: int = 1) -> Table:
    """A table whose first `left` columns hold text (they give way when narrow) and the rest numbers."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True)
    for i, header in enumerate(headers):
        text = i < left
        table.add_column(
            header, justify="left" if text else "right", no_wrap=not text, max_width=50 if i == 0 else None
        )
    for row in rows:
        table.add_row(*[c if isinstance(c, Text) else Text(str(c)) for c in row])
    return table


def _gap(summary: TeamSummary, lang: str) -> Group:
    g = summary.gap
    figure = Text(f"{t(lang, 'teamreport.gap')}: ", style="bold")
    figure.append(fmt_points(g.value, lang), style="bold magenta")
    note = Text(t(lang, "teamreport.gap_explain", k=g.quarter_size, n=len(summary.members)), style="dim")
    chart = Table(box=None, show_header=False, padding=(0, 1))
    chart.add_column()
    chart.add_column()
    chart.add_column(justify="right")
    chart.add_row(
        t(lang, "teamreport.leading"), Text(bar(g.leading_mean, 30), style="green"), percent(lang, g.leading_mean)
    )
    chart.add_row(t(lang, "teamreport.median"), Text(bar(g.median, 30), style="cyan"), percent(lang, g.median))
    chart.add_row(
        t(lang, "teamreport.trailing"), Text(bar(g.trailing_mean, 30), style="red"), percent(lang, g.trailing_mean)
    )
    dist = Table(
        title=t(lang, "teamreport.distribution"), title_justify="left", box=None, show_header=False, padding=(0, 1)
    )
    dist.add_column(justify="right")
    dist.add_column()
    dist.add_column(justify="right")
    top = max(g.histogram) or 1
    for i, count in enumerate(g.histogram):
        dist.add_row(f"{i * 10}–{i * 10 + 10}%", Text(bar(count / top, 20), style="blue"), number(lang, count))
    return Group(figure, note, chart, Text(), dist)


def _levels(summary: TeamSummary, lang: str) -> Table:
    table = Table(
        title=f"{t(lang, 'teamreport.by_level')} / {t(lang, 'teamreport.level_completion')}",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        collapse_padding=True,
    )
    for header in (
        t(lang, "teamreport.level"),
        t(lang, "teamreport.members_here"),
        t(lang, "teamreport.done"),
        t(lang, "teamreport.open"),
        t(lang, "teamreport.locked"),
        t(lang, "teamreport.lesson_completion"),
    ):
        table.add_column(
            header, justify="left" if header == t(lang, "teamreport.level") else "right", overflow="ellipsis"
        )
    n = len(summary.members) or 1
    for row in summary.levels:
        here = Text(bar(row.members_here / n, 10), style="green")
        here.append(f" {number(lang, row.members_here)}")
        table.add_row(
            cell(row.title or row.id, 30),
            here,
            number(lang, row.done),
            number(lang, row.open),
            number(lang, row.locked),
            percent(lang, row.lesson_completion),
        )
    return table


def _members(summary: TeamSummary, lang: str, wide: bool) -> Group:
    """Members by progress; every column at any width (text columns give way with an ellipsis)."""
    from course.team.terminal_gap import last_activity

    table = Table(
        title=t(lang, "teamreport.members"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        collapse_padding=True,
        pad_edge=False,
    )
    table.add_column(t(lang, "teamreport.member"), max_width=NAME_WIDTH, min_width=8, overflow="ellipsis")
    table.add_column(t(lang, "teamreport.team"), max_width=16, min_width=5, overflow="ellipsis")
    table.add_column(t(lang, "teamreport.level"), max_width=16, min_width=5, overflow="ellipsis")
    table.add_column(t(lang, "teamreport.progress"), no_wrap=True, min_width=10 if wide else 4)
    headers = ((t(lang, "teamreport.hints_short"),) if wide else ()) + (
        t(lang, "teamreport.min_week"),
        t(lang, "teamreport.policy_short"),
        t(lang, "teamreport.last_activity"),
    )
    for header in headers:
        table.add_column(
            header,
            justify="right",
            no_wrap=header != t(lang, "teamreport.last_activity"),
            min_width=min(len(header), 10),
        )
    for m in summary.members[:MEMBER_ROWS]:
        progress = Text(bar(m.progress, 6), style="green") if wide else Text()
        progress.append(f"{' ' if wide else ''}{percent(lang, m.progress)}")
        cells: list[RenderableType] = [
            cell(who(m.name, m.learner_id)),
            cell(m.team or "–", 16),
            cell(summary.level_title(m.level), 16),
            progress,
        ]
        if wide:
            cells.append(number(lang, m.hints_used))
        cells += [number(lang, m.minutes_saved), "✓" if m.policy_current else "✗", last_activity(m, lang)]
        table.add_row(*cells)
    parts: list[RenderableType] = [table]
    if len(summary.members) > MEMBER_ROWS:
        parts.append(Text(t(lang, "teamreport.more", n=number(lang, len(summary.members) - MEMBER_ROWS)), style="dim"))
    if not wide:  # nothing is left out silently
        parts.append(Text(t(lang, "teamreport.narrow_note", column=t(lang, "teamreport.hints_short")), style="dim"))
    return Group(*parts)


def _policy(summary: TeamSummary, lang: str) -> Group:
    p = summary.policy
    head = Text(f"{t(lang, 'teamreport.policy')}: ", style="bold")
    head.append(
        f"{t(lang, 'teamreport.policy_current')} {shorten(p.current_version, 20) or '–'} — "
        f"{number(lang, p.acknowledged)}/{number(lang, len(summary.members))} {t(lang, 'teamreport.acknowledged')}"
    )
    rows = []
    for gap in p.missing[:MEMBER_ROWS]:
        why = (
            t(lang, "teamreport.old_version", version=shorten(gap.version, 20))
            if gap.version
            else t(lang, "teamreport.never")
        )
        rows.append([cell(who(gap.name, gap.learner_id)), cell(why, 40)])
    parts: list[RenderableType] = [head]
    if rows:
        parts.append(
            _simple(
                t(lang, "teamreport.not_acknowledged"),
                [t(lang, "teamreport.member"), t(lang, "teamreport.reason")],
                rows,
                left=2,
            )
        )
    if len(p.missing) > MEMBER_ROWS:
        parts.append(Text(t(lang, "teamreport.more", n=number(lang, len(p.missing) - MEMBER_ROWS)), style="dim"))
    return Group(*parts)


def _history(summary: TeamSummary, lang: str) -> Group:
    ranked = sorted(summary.history, key=lambda h: -h.change)
    people = _simple(
        t(lang, "teamreport.history"),
        [
            t(lang, "teamreport.member"),
            t(lang, "teamreport.exports"),
            t(lang, "teamreport.first"),
            t(lang, "teamreport.latest"),
            t(lang, "teamreport.change"),
        ],
        [
            [
                cell(who(h.name, h.learner_id)),
                number(lang, len(h.points)),
                f"{percent(lang, h.points[0].progress)} ({date(lang, h.points[0].exported_at)})",
                f"{percent(lang, h.points[-1].progress)} ({date(lang, h.points[-1].exported_at)})",
                f"{'+' if h.change >= 0 else ''}{fmt_points(h.change, lang)}",
            ]
            for h in ranked[:MEMBER_ROWS]
        ],
    )
    days = Table(title=t(lang, "teamreport.timeline"), title_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True)
    days.add_column(t(lang, "teamreport.day"))
    days.add_column(t(lang, "teamreport.members"), justify="right")
    days.add_column(t(lang, "teamreport.mean_progress"))
    for point in summary.timeline[-14:]:
        bar_cell = Text(bar(point.mean_progress, 20), style="cyan")
        bar_cell.append(f" {percent(lang, point.mean_progress)}")
        days.add_row(date(lang, point.day), number(lang, point.members), bar_cell)
    return Group(people, days)
