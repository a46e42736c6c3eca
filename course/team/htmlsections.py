"""The team report page's sections for the template: time saved, members, levels, trouble spots, policy history and
records, with the table type and the text helpers the whole page shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from course.i18n import date, number, percent, t
from course.team.formatting import clean, fmt_hours, fmt_points, shorten, who
from course.team.htmlcharts import Short, Stack, bar, sparkline, timeline
from course.team.labels import check_name
from course.team.records import LEVEL_SHOWN
from course.team.summary import TeamSummary

LIST_ROWS = 200
TOP_ROWS = 10
TITLE_CHARS = 300
"""Use-case titles are shown whole up to this length (the app makes them at most 120 long)."""


@dataclass
class Tab:
    """A table for the template: headers, rows of (value, css class) cells."""

    headers: list[str]
    rows: list[list[tuple[Any, str]]] = field(default_factory=list)
    numeric_from: int = 1
    cls: str = ""
    more: str = ""


def e(value: str, limit: int = 60) -> str | Short:
    """Learner text: controls stripped, shortened; the longer original in a tooltip (the template escapes both)."""
    short = shorten(value, limit)
    full = clean(value[:400])
    return Short(short, full) if short != full else short


def more_note(total: int, shown: int, lang: str) -> str:
    """ "N more" under a list cut at `shown` rows ("" when nothing was cut)."""
    return t(lang, "teamreport.more", n=number(lang, total - shown)) if total > shown else ""


def saved(s: TeamSummary, lang: str) -> dict[str, Any]:
    savers = sorted((m for m in s.members if m.minutes_saved), key=lambda m: -m.minutes_saved)
    avg = round(s.minutes_total / len(savers)) if savers else 0
    top = savers[0].minutes_saved if savers else 1
    per = Tab(
        [t(lang, "teamreport.member"), "", t(lang, "teamreport.min_week"), t(lang, "teamreport.cases")],
        [
            [
                (e(who(m.name, m.learner_id), 48), "name"),
                (bar(m.minutes_saved / top, "mid"), "barcell"),
                (number(lang, m.minutes_saved), "num"),
                (number(lang, len(m.successes)), "num"),
            ]
            for m in savers[:LIST_ROWS]
        ],
        2,
        more=more_note(len(savers), LIST_ROWS, lang),
    )
    uses = Tab(
        [
            t(lang, "teamreport.use_case"),
            t(lang, "teamreport.member"),
            t(lang, "teamreport.date"),
            t(lang, "teamreport.min_week"),
        ],
        [
            [
                (e(u.title, TITLE_CHARS), "wrap"),
                (e(who(u.name, u.learner_id), 40), "name"),
                (shorten(date(lang, u.date), 12), "num"),
                (number(lang, u.minutes), "num"),
            ]
            for u in s.use_cases[:LIST_ROWS]
        ],
        2,
        more=more_note(len(s.use_cases), LIST_ROWS, lang),
    )
    return {
        "saved_head": t(
            lang,
            "teamreport.team_week",
            m=number(lang, s.minutes_total),
            h=fmt_hours(s.minutes_total, lang),
            avg=number(lang, avg),
            n=len(savers),
        ),
        "savers": per if savers else None,
        "uses": uses if s.use_cases else None,
    }


def members(s: TeamSummary, lang: str) -> Tab:
    rows = [
        [
            (e(who(m.name, m.learner_id), 48), "name"),
            (e(m.team or "–", 30), "name"),
            (e(s.level_title(m.level), 30), ""),
            (bar(m.progress, "good", percent(lang, m.progress)), "barcell"),
            (f"{number(lang, m.lessons_done)}/{number(lang, m.lessons_total)}", "num"),
            (number(lang, m.hints_used), "num"),
            (number(lang, m.minutes_saved), "num"),
            ("✓" if m.policy_current else "✗", "num" if m.policy_current else "num warn"),
            (date(lang, m.last_activity), "num"),
            (date(lang, m.exported_at), "num"),
        ]
        for m in s.members[: LIST_ROWS * 5]
    ]
    return Tab(
        [
            t(lang, "teamreport.member"),
            t(lang, "teamreport.team"),
            t(lang, "teamreport.level"),
            t(lang, "teamreport.progress"),
            t(lang, "teamreport.lessons"),
            t(lang, "teamreport.hints"),
            t(lang, "teamreport.min_week"),
            t(lang, "teamreport.policy_short"),
            t(lang, "teamreport.last_activity"),
            t(lang, "teamreport.last_export"),
        ],
        rows,
        4,
        "members",
        more_note(len(s.members), LIST_ROWS * 5, lang),
    )


def levels(s: TeamSummary, lang: str) -> dict[str, Any]:
    n = len(s.members) or 1
    rows = []
    for row in s.levels:
        stack = Stack(
            tuple(
                (cls, 100 * count / n, f"{t(lang, 'teamreport.' + cls)}: {count}")
                for cls, count in (("done", row.done), ("open", row.open), ("locked", row.locked))
                if count
            )
        )
        rows.append(
            [
                (e(row.title or row.id, 40), ""),
                (bar(row.members_here / n, "good", number(lang, row.members_here)), "barcell"),
                (stack, "barcell"),
                (number(lang, row.done), "num"),
                (number(lang, row.open), "num"),
                (number(lang, row.locked), "num"),
                (percent(lang, row.lesson_completion), "num"),
            ]
        )
    legend = [(c, t(lang, c)) for c in LEVEL_SHOWN]
    return {
        "levels": Tab(
            [
                t(lang, "teamreport.level"),
                t(lang, "teamreport.members_here"),
                t(lang, "teamreport.level_completion"),
                t(lang, "teamreport.done"),
                t(lang, "teamreport.open"),
                t(lang, "teamreport.locked"),
                t(lang, "teamreport.lesson_completion"),
            ],
            rows,
            3,
        ),
        "levels_legend": legend,
    }


def trouble(s: TeamSummary, lang: str) -> dict[str, Any]:
    checks = s.next_steps.checks if s.next_steps else ()
    return {
        "failed_lessons": Tab(
            [
                t(lang, "teamreport.lesson"),
                t(lang, "teamreport.failed"),
                t(lang, "teamreport.attempts"),
                t(lang, "teamreport.people"),
            ],
            [
                [
                    (e(r.title or r.lesson, 60), ""),
                    (number(lang, r.failed), "num"),
                    (number(lang, r.attempts), "num"),
                    (number(lang, r.members), "num"),
                ]
                for r in s.failed_lessons[:TOP_ROWS]
            ],
        )
        if s.failed_lessons
        else None,
        "failed_checks": Tab(
            [t(lang, "teamreport.check"), t(lang, "teamreport.count"), t(lang, "teamreport.people")],
            [
                [
                    (e(check_name(r.check, r.lesson_title, lang), 80), ""),
                    (number(lang, r.count), "num"),
                    (number(lang, r.members), "num"),
                ]
                for r in checks[:TOP_ROWS]
            ],
        )
        if checks
        else None,
        "hints_head": f"{t(lang, 'teamreport.hints_used')}: {number(lang, s.hints_total)}",
        "hints": Tab(
            [t(lang, "teamreport.lesson"), t(lang, "teamreport.hints"), t(lang, "teamreport.people")],
            [
                [(e(r.title or r.lesson, 60), ""), (number(lang, r.hints), "num"), (number(lang, r.members), "num")]
                for r in s.hint_lessons[:TOP_ROWS]
            ],
        )
        if s.hint_lessons
        else None,
    }


def policy_history(s: TeamSummary, lang: str) -> dict[str, Any]:
    p = s.policy
    versions = ", ".join(f"{shorten(v, 20)}: {number(lang, c)}" for v, c in p.versions)
    head = (
        f"{t(lang, 'teamreport.policy_current')}: {shorten(p.current_version, 20) or '–'} — "
        f"{number(lang, p.acknowledged)}/{number(lang, len(s.members))} {t(lang, 'teamreport.acknowledged')}"
        f"{' (' + versions + ')' if versions else ''}"
    )
    missing = [
        [
            (e(who(g.name, g.learner_id), 48), "name"),
            (
                t(lang, "teamreport.old_version", version=shorten(g.version, 20))
                if g.version
                else t(lang, "teamreport.never"),
                "",
            ),
        ]
        for g in p.missing[:LIST_ROWS]
    ]
    out: dict[str, Any] = {
        "policy_head": head,
        "policy_missing": Tab(
            [t(lang, "teamreport.member"), t(lang, "teamreport.reason")],
            missing,
            9,
            more=more_note(len(p.missing), LIST_ROWS, lang),
        )
        if missing
        else None,
        "history": None,
    }
    if s.history:
        ranked = sorted(s.history, key=lambda h: -h.change)[:LIST_ROWS]
        rows = [
            [
                (e(who(h.name, h.learner_id), 48), "name"),
                (sparkline([x.progress for x in h.points]), ""),
                (number(lang, len(h.points)), "num"),
                (f"{percent(lang, h.points[0].progress)} ({date(lang, h.points[0].exported_at)})", "num"),
                (f"{percent(lang, h.points[-1].progress)} ({date(lang, h.points[-1].exported_at)})", "num"),
                (f"{'+' if h.change >= 0 else ''}{fmt_points(h.change, lang)}", "num"),
            ]
            for h in ranked
        ]
        out["history"] = Tab(
            [
                t(lang, "teamreport.member"),
                "",
                t(lang, "teamreport.exports"),
                t(lang, "teamreport.first"),
                t(lang, "teamreport.latest"),
                t(lang, "teamreport.change"),
            ],
            rows,
            2,
            more=more_note(len(s.history), LIST_ROWS, lang),
        )
        out["timeline_chart"] = timeline(
            [(x.day, x.mean_progress, x.members) for x in s.timeline], t(lang, "teamreport.timeline"), lang
        )
    return out


def records(s: TeamSummary, lang: str) -> dict[str, Any]:
    rows = [
        [
            (e(who(r.name, r.learner_id), 48), "name"),
            (
                "; ".join(f"{shorten(s.level_title(i), 30)} ({date(lang, d)})" for i, d in r.levels_done) or "–",
                "wrap",
            ),
            (number(lang, r.lessons_done) + (f" ({date(lang, r.last_completed)})" if r.last_completed else ""), "num"),
            (
                f"{shorten(r.policy_version, 20)} ({date(lang, r.policy_acknowledged_at)})"
                if r.policy_version
                else "–",
                "",
            ),
            (shorten(r.course_version, 20) or "–", ""),
            (e(r.content_hash, 19), "hash"),
        ]
        for r in s.records[: LIST_ROWS * 5]
    ]
    dups = [
        [
            (e(d.name, 48), "name"),
            (", ".join(shorten(i, 40) for i in d.learner_ids), "wrap"),
            (", ".join(sorted({shorten(t, 30) for t in d.teams if t})) or "–", ""),
        ]
        for d in s.duplicates
    ]
    return {
        "records": Tab(
            [
                t(lang, "teamreport.member"),
                t(lang, "teamreport.levels_done"),
                t(lang, "teamreport.lessons"),
                t(lang, "teamreport.policy_ack"),
                t(lang, "teamreport.course_version"),
                t(lang, "teamreport.content_hash"),
            ],
            rows,
            2,
            more=more_note(len(s.records), LIST_ROWS * 5, lang),
        )
        if rows
        else None,
        "duplicates": Tab(
            [t(lang, "teamreport.member"), t(lang, "teamreport.ids"), t(lang, "teamreport.team")], dups, 9
        )
        if dups
        else None,
    }
