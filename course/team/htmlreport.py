"""The team summary as ONE self-contained HTML page: the figures for course/templates/report.html.j2 (autoescaped,
inline CSS and SVG, no script, no network; fits 1280 px and a phone: tables stack on narrow screens). The page's
later sections are built in htmlsections.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from course.i18n import date, number, percent, t
from course.team.formatting import fmt_points, shorten, who
from course.team.htmlcharts import bar, histogram, timeline
from course.team.htmlsections import (
    Tab,
    e,
    levels,
    members,
    policy_history,
    records,
    saved,
    trouble,
)
from course.team.labels import factor_cells, factor_headers, factor_name
from course.team.nextstepitems import next_step_items
from course.team.summary import TeamSummary


def render_html(summary: TeamSummary, lang: str) -> str:
    """The report page; every learner-provided string is escaped by the template, long ones shortened."""
    from course.htmlpages import render_page

    return render_page("report.html.j2", **_context(summary, lang))


def _context(s: TeamSummary, lang: str) -> dict[str, Any]:
    n = len(s.members)
    ctx: dict[str, Any] = {
        "lang": "de" if lang == "de" else "en",
        "t": partial(t, lang),
        "meta": f"{t(lang, 'teamreport.members')}: {number(lang, n)} · "
        f"{t(lang, 'teamreport.files_read')}: {number(lang, s.files_read)}",
        "refused": f"{t(lang, 'teamreport.files_refused')}: {number(lang, len(s.rejected))}" if s.rejected else "",
        "generated": f"{t(lang, 'teamreport.generated')} {date(lang, s.generated_at)}",
        "mixed": t(lang, "teamreport.mixed_courses", list=", ".join(shorten(c, 40) for c, _ in s.courses))
        if len(s.courses) > 1
        else "",
        "footer": t(lang, "teamreport.anonymous" if s.anonymous else "teamreport.privacy"),
    }
    ctx.update(_gap(s, lang))
    ctx["next"] = next_step_items(s, lang, _names, lesson_width=60, check_width=60)
    ctx.update(_teams_trend(s, lang))
    ctx.update(saved(s, lang))
    ctx["members"] = members(s, lang)
    ctx.update(levels(s, lang))
    ctx.update(trouble(s, lang))
    ctx.update(policy_history(s, lang))
    ctx.update(records(s, lang))
    g = s.gap
    ctx["spread"] = {
        "value": fmt_points(g.value, lang),
        "explain": t(lang, "teamreport.gap_explain", k=g.quarter_size, n=n),
        "rows": Tab(
            ["", "", ""],
            [
                [(t(lang, k), ""), (bar(v, cls), "barcell"), (percent(lang, v), "num")]
                for k, v, cls in (
                    ("teamreport.leading", g.leading_mean, "good"),
                    ("teamreport.median", g.median, "mid"),
                    ("teamreport.trailing", g.trailing_mean, "low"),
                )
            ],
            2,
            "chart",
        ),
        "histogram": histogram(g.histogram, t(lang, "teamreport.members")),
    }
    ctx["rejected"] = (
        Tab(
            [t(lang, "teamreport.path"), t(lang, "teamreport.reason")],
            [[(e(r.path, 80), "path"), (e(r.reason, 200), "wrap")] for r in s.rejected],
            9,
        )
        if s.rejected
        else None
    )
    return ctx


def _gap(s: TeamSummary, lang: str) -> dict[str, Any]:
    from course.team.terminal_gap import users_from_label

    g = s.gap_check
    steps = s.next_steps
    idle = (len(steps.not_started) + len(steps.inactive)) if steps else 0
    cards = []
    out: dict[str, Any] = {}
    if g is None or g.questions == 0 or g.overall.answered == 0:
        out["gap"] = {"none": t(lang, "teamreport.no_gap_check")}
        cards.append(
            (t(lang, "teamreport.too_few") if g and g.overall.answered else "–", t(lang, "teamreport.genai_gap"), "")
        )
    else:
        o = g.overall
        gap: dict[str, Any] = {
            "none": "",
            "too_few": "",
            "weakest": "",
            "explain": t(lang, "teamreport.genai_gap_explain", users_from=users_from_label(s, lang), k=g.min_group),
        }
        if not o.enough:
            gap["too_few"] = t(lang, "teamreport.too_few_n", n=o.answered, k=g.min_group)
            cards.append((t(lang, "teamreport.too_few"), t(lang, "teamreport.genai_gap"), ""))
        else:
            users, not_yet = o.users or 0, o.not_yet or 0
            gap.update(
                {
                    "user_pct": round(100 * users / (users + not_yet)) if users + not_yet else 0,
                    "users": f"{t(lang, 'teamreport.users')}: {number(lang, users)}",
                    "not_yet": f"{t(lang, 'teamreport.not_yet')}: {number(lang, not_yet)}",
                    "answered": f"({t(lang, 'teamreport.answered')}: "
                    f"{number(lang, o.answered)} / {number(lang, o.members)})",
                    "split_label": f"{t(lang, 'teamreport.users')} {users}, {t(lang, 'teamreport.not_yet')} {not_yet}",
                    "change": t(lang, "teamreport.users_change", first=o.users_first, latest=o.users, n=o.answered),
                }
            )
            rows = [[(cell, "" if i < 2 else "num") for i, cell in enumerate(factor_cells(f, lang))] for f in o.factors]
            gap["factors"] = Tab(factor_headers(lang), rows, 2)
            w = o.weakest
            if w is not None:
                value = w.not_yet if w.not_yet is not None else w.latest
                gap["weakest"] = t(
                    lang,
                    "teamreport.weakest",
                    factor=factor_name(w.factor, lang),
                    value=percent(lang, value),
                    action=t(lang, f"teamreport.act.{w.factor}"),
                )
            cards.append((f"{number(lang, users)}/{number(lang, o.answered)}", t(lang, "teamreport.users"), "users"))
            cards.append((number(lang, not_yet), t(lang, "teamreport.not_yet_users"), "notyet"))
        out["gap"] = gap
    cards.append(
        (f"{number(lang, s.minutes_total)}", f"{t(lang, 'teamreport.min_week')} ({t(lang, 'teamreport.team')})", "")
    )
    cards.append(
        (f"{number(lang, s.policy.acknowledged)}/{number(lang, len(s.members))}", t(lang, "teamreport.policy"), "")
    )
    cards.append(
        (
            number(lang, idle),
            f"{t(lang, 'teamreport.ns_short_idle')} / {t(lang, 'teamreport.ns_not_started', n='').strip()}",
            "gap" if idle else "",
        )
    )
    out["cards"] = cards
    return out


def _names(people: Sequence[Any], extra: Callable[[Any], str] | None = None) -> str:
    """Up to 30 names (each with `extra(person)` after it), then how many more."""
    shown = [shorten(who(p.name, p.learner_id), 40) + (extra(p) if extra else "") for p in people[:30]]
    return ", ".join(shown) + (f" … (+{len(people) - 30})" if len(people) > 30 else "")


def _teams_trend(s: TeamSummary, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {"teams": None, "trend": None, "teams_foot": ""}
    if s.teams:
        gaps = {grp.team: grp for grp in (s.gap_check.teams if s.gap_check else ())}
        rows = []
        for row in s.teams:
            grp = gaps.get(row.team)
            if grp is not None and grp.enough:
                users = f"{number(lang, grp.users or 0)} / {number(lang, grp.not_yet or 0)}"
                weak = grp.weakest
                weakest = factor_name(weak.factor, lang) if weak else "–"
            else:
                users, weakest = t(lang, "teamreport.too_few_short"), "–"
                out["teams_foot"] = t(lang, "teamreport.too_few_foot", k=s.gap_check.min_group if s.gap_check else 5)
            rows.append(
                [
                    (e(row.team or "–", 40), "name"),
                    (weakest, ""),
                    (number(lang, row.members), "num"),
                    (percent(lang, row.mean_progress), "num"),
                    (users, "num"),
                    (f"{row.policy_ok}/{row.members}", "num"),
                    (number(lang, row.not_started + row.inactive), "num"),
                    (number(lang, row.minutes_per_week), "num"),
                ]
            )
        out["teams"] = Tab(
            [
                t(lang, "teamreport.team"),
                t(lang, "teamreport.weakest").split(":")[0],
                t(lang, "teamreport.people_short"),
                t(lang, "teamreport.progress"),
                t(lang, "teamreport.users_vs").replace("\n", " "),
                t(lang, "teamreport.policy_short"),
                t(lang, "teamreport.ns_short_idle"),
                t(lang, "teamreport.min_week"),
            ],
            rows,
            2,
        )
    days = {p.day: p for p in s.timeline}
    if len(days) >= 2:
        trend = {p.day: p for p in s.gap_check.trend} if s.gap_check else {}
        rows = []
        for day in sorted(days)[-30:]:
            point, gp = days[day], trend.get(day)
            users = (
                t(lang, "teamreport.too_few_short") if gp is None or gp.users is None else f"{gp.users}/{gp.answered}"
            )
            rows.append(
                [
                    (date(lang, day), ""),
                    (number(lang, point.members), "num"),
                    (percent(lang, point.mean_progress), "num"),
                    (users, "num"),
                    (percent(lang, gp.human if gp else None), "num"),
                    (percent(lang, gp.system if gp else None), "num"),
                ]
            )
        out["trend"] = Tab(
            [
                t(lang, "teamreport.day"),
                t(lang, "teamreport.members"),
                t(lang, "teamreport.mean_progress"),
                t(lang, "teamreport.users_share"),
                t(lang, "teamreport.side_mean", side=t(lang, "teamreport.human")),
                t(lang, "teamreport.side_mean", side=t(lang, "teamreport.system")),
            ],
            rows,
            1,
        )
        out["trend_chart"] = timeline(
            [(p.day, p.mean_progress, p.members) for p in s.timeline], t(lang, "teamreport.timeline"), lang
        )
    return out


__all__ = ["e", "render_html"]
