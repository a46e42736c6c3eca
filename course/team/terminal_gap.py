"""The team report's lead sections in the terminal: the GenAI gap, next steps, teams, trend,
time saved per week, records and likely duplicates."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from course.i18n import date, number, percent, t
from course.team.formatting import fmt_hours, shorten, who
from course.team.gapfigures import GapGroup
from course.team.labels import factor_cells, factor_headers, factor_name
from course.team.nextstepitems import next_step_items
from course.team.summary import TeamSummary

LIST_NAMES = 8


def _t(value: str, limit: int = 28) -> Text:
    return Text(shorten(value, limit), no_wrap=True, overflow="ellipsis")


def _table(title: str, headers: list[str], left: int = 1) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False)
    for i, header in enumerate(headers):
        table.add_column(
            header,
            justify="left" if i < left else "right",
            no_wrap=i >= left,
            overflow="ellipsis",
            min_width=max(map(len, header.split("\n"))) if i >= left else 8,
        )
    return table


def users_from_label(s: TeamSummary, lang: str) -> str:
    """The lowest usage answer that counts as a user, in `lang` ("etwa wöchentlich")."""
    found = dict(s.gap_check.users_from) if s.gap_check else {}
    return found.get(lang) or next(iter(found.values()), "")


def share_bar(users: int, not_yet: int, width: int = 30) -> Text:
    """Users (green) and not-yet-users (red) side by side."""
    total = users + not_yet
    green = round(width * users / total) if total else 0
    bar = Text("█" * green, style="green")
    bar.append("█" * (width - green) if total else "·" * width, style="red" if total else "dim")
    return bar


def gap_section(s: TeamSummary, lang: str) -> Group:
    g = s.gap_check
    head = Text(t(lang, "teamreport.genai_gap"), style="bold magenta")
    parts: list[RenderableType] = [head]
    if g is None or g.questions == 0 or g.overall.answered == 0:
        parts.append(Text(t(lang, "teamreport.no_gap_check"), style="dim"))
        return Group(*parts)
    parts.append(
        Text(t(lang, "teamreport.genai_gap_explain", users_from=users_from_label(s, lang), k=g.min_group), style="dim")
    )
    parts.extend(group_lines(g.overall, s, lang))
    return Group(*parts)


def group_lines(grp: GapGroup, s: TeamSummary, lang: str) -> Iterable[RenderableType]:
    if not grp.enough:
        yield Text(
            t(lang, "teamreport.too_few_n", n=grp.answered, k=s.gap_check.min_group if s.gap_check else 5),
            style="yellow",
        )
        return
    line = Text()
    line.append(f"{t(lang, 'teamreport.users')}: {number(lang, grp.users or 0)}", style="bold green")
    line.append("  ")
    line.append(f"{t(lang, 'teamreport.not_yet')}: {number(lang, grp.not_yet or 0)}", style="bold red")
    line.append(
        f"  ({t(lang, 'teamreport.answered')}: {number(lang, grp.answered)} / {number(lang, grp.members)})", style="dim"
    )
    yield line
    yield share_bar(grp.users or 0, grp.not_yet or 0)
    yield Text(t(lang, "teamreport.users_change", first=grp.users_first, latest=grp.users, n=grp.answered), style="dim")
    table = _table("", factor_headers(lang), left=2)
    for f in grp.factors:
        table.add_row(*factor_cells(f, lang))
    yield table
    weakest = grp.weakest
    if weakest is not None:
        value = weakest.not_yet if weakest.not_yet is not None else weakest.latest
        yield Text(
            "→ "
            + t(
                lang,
                "teamreport.weakest",
                factor=factor_name(weakest.factor, lang),
                value=percent(lang, value),
                action=t(lang, f"teamreport.act.{weakest.factor}"),
            ),
            style="bold",
        )


def _names(people: Sequence[Any], extra: Callable[[Any], str] | None = None) -> str:
    shown = [who(p.name, p.learner_id) + (extra(p) if extra else "") for p in people[:LIST_NAMES]]
    more = len(people) - LIST_NAMES
    return ", ".join(shorten(x, 40) for x in shown) + (f" … (+{more})" if more > 0 else "")


def next_steps_section(s: TeamSummary, lang: str) -> Group:
    steps = s.next_steps
    parts: list[RenderableType] = [Text(t(lang, "teamreport.next_steps"), style="bold")]
    if steps is None:
        return Group(*parts)
    items = next_step_items(s, lang, _names, lesson_width=40, check_width=50)
    for head, body in items:
        line = Text("• ")
        line.append(head, style="bold")
        if body:
            line.append(": " + body)
        parts.append(line)
    if not items:
        parts.append(Text(t(lang, "teamreport.ns_none"), style="green"))
    return Group(*parts)


def teams_section(s: TeamSummary, lang: str) -> Group | None:
    if not s.teams:
        return None
    gaps = {grp.team: grp for grp in (s.gap_check.teams if s.gap_check else ())}
    table = _table(
        t(lang, "teamreport.by_team"),
        [
            t(lang, "teamreport.team"),
            t(lang, "teamreport.people_short"),
            t(lang, "teamreport.progress"),
            t(lang, "teamreport.users_vs"),
            t(lang, "teamreport.policy_short"),
            t(lang, "teamreport.ns_short_idle"),
            t(lang, "teamreport.min_week"),
        ],
    )
    few = False
    for row in s.teams:
        grp = gaps.get(row.team)
        if grp is not None and grp.enough:
            users = f"{number(lang, grp.users or 0)} / {number(lang, grp.not_yet or 0)}"
        else:
            users, few = t(lang, "teamreport.too_few_short"), True
        table.add_row(
            _t(row.team or "–", 20),
            number(lang, row.members),
            percent(lang, row.mean_progress),
            users,
            f"{row.policy_ok}/{row.members}",
            number(lang, row.not_started + row.inactive),
            number(lang, row.minutes_per_week),
        )
    parts: list[RenderableType] = [table]
    if few:
        parts.append(
            Text(t(lang, "teamreport.too_few_foot", k=s.gap_check.min_group if s.gap_check else 5), style="dim")
        )
    return Group(*parts)


def trend_section(s: TeamSummary, lang: str) -> Table | None:
    g = s.gap_check
    days = {p.day: p for p in s.timeline}
    trend = {p.day: p for p in g.trend} if g else {}
    if len(days) < 2:
        return None
    table = _table(
        t(lang, "teamreport.trend"),
        [
            t(lang, "teamreport.day"),
            t(lang, "teamreport.members"),
            t(lang, "teamreport.mean_progress"),
            t(lang, "teamreport.users_share"),
            t(lang, "teamreport.side_mean", side=t(lang, "teamreport.human")),
            t(lang, "teamreport.side_mean", side=t(lang, "teamreport.system")),
        ],
    )
    for day in sorted(days)[-14:]:
        point, gp = days[day], trend.get(day)
        users = t(lang, "teamreport.too_few_short") if gp is None or gp.users is None else f"{gp.users}/{gp.answered}"
        table.add_row(
            date(lang, day),
            number(lang, point.members),
            percent(lang, point.mean_progress),
            users,
            percent(lang, gp.human if gp else None),
            percent(lang, gp.system if gp else None),
        )
    return table


def saved_section(s: TeamSummary, lang: str) -> Group:
    savers = [m for m in s.members if m.minutes_saved]
    avg = round(s.minutes_total / len(savers)) if savers else 0
    head = Text(t(lang, "teamreport.per_week") + ": ", style="bold")
    head.append(
        t(
            lang,
            "teamreport.team_week",
            m=number(lang, s.minutes_total),
            h=fmt_hours(s.minutes_total, lang),
            avg=number(lang, avg),
            n=len(savers),
        )
    )
    parts: list[RenderableType] = [head]
    if s.use_cases:
        table = Table(
            title=t(lang, "teamreport.use_cases"),
            title_justify="left",
            box=box.SIMPLE_HEAD,
            collapse_padding=True,
            pad_edge=False,
        )
        table.add_column(t(lang, "teamreport.use_case"), overflow="fold", ratio=3)  # full titles, wrapped
        table.add_column(t(lang, "teamreport.member"), overflow="ellipsis", ratio=1, max_width=20)
        table.add_column(t(lang, "teamreport.min_week"), justify="right", no_wrap=True)
        for u in s.use_cases[:20]:
            table.add_row(Text(shorten(u.title, 300)), _t(who(u.name, u.learner_id), 20), number(lang, u.minutes))
        parts.append(table)
        if len(s.use_cases) > 20:
            parts.append(Text(t(lang, "teamreport.more", n=number(lang, len(s.use_cases) - 20)), style="dim"))
    return Group(*parts)


def records_section(s: TeamSummary, lang: str, rows: int = 50) -> Group | None:
    if not s.records:
        return None
    table = _table(
        t(lang, "teamreport.records"),
        [
            t(lang, "teamreport.member"),
            t(lang, "teamreport.levels_done"),
            t(lang, "teamreport.lessons"),
            t(lang, "teamreport.policy_ack"),
            t(lang, "teamreport.course_version"),
        ],
        left=2,
    )
    for r in s.records[:rows]:
        levels = ", ".join(f"{shorten(s.level_title(i), 16)} {shorten(date(lang, d), 12)}" for i, d in r.levels_done)
        ack = shorten(date(lang, r.policy_acknowledged_at), 12)
        policy = f"{shorten(r.policy_version, 12)} ({ack})" if r.policy_version else "–"
        table.add_row(
            _t(who(r.name, r.learner_id), 20),
            Text(levels or "–", overflow="fold"),
            number(lang, r.lessons_done),
            policy,
            shorten(r.course_version, 12) or "–",
        )
    parts: list[RenderableType] = [table, Text(t(lang, "teamreport.records_note"), style="dim")]
    if len(s.records) > rows:
        parts.append(Text(t(lang, "teamreport.more", n=number(lang, len(s.records) - rows)), style="dim"))
    return Group(*parts)


def duplicates_section(s: TeamSummary, lang: str) -> Group | None:
    if not s.duplicates:
        return None
    table = _table(
        t(lang, "teamreport.duplicates"),
        [t(lang, "teamreport.member"), t(lang, "teamreport.ids"), t(lang, "teamreport.team")],
        left=3,
    )
    for d in s.duplicates[:50]:
        table.add_row(
            _t(d.name, 28),
            Text(", ".join(shorten(i, 14) for i in d.learner_ids), overflow="fold"),
            Text(", ".join(sorted({shorten(t, 16) for t in d.teams if t})) or "–", overflow="fold"),
        )
    return Group(table, Text(t(lang, "teamreport.duplicates_note"), style="dim"))


def last_activity(m: Any, lang: str) -> str:  # m: Member
    """The member's last activity as a day in `lang`, or a dash."""
    return date(lang, m.last_activity)
