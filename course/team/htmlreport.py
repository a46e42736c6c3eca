"""The team summary as ONE self-contained HTML page: the figures for course/templates/report.html.j2 (autoescaped,
inline CSS and SVG, no script, no network; fits 1280 px and a phone: tables stack on narrow screens)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from course.team.formatting import clean, fmt_date, fmt_hours, fmt_int, fmt_pct, fmt_points, shorten, who
from course.team.htmlcharts import Short, Stack, bar, histogram, sparkline, timeline
from course.team.labels import check_name, factor_name, label
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


def _more(total: int, shown: int, lang: str) -> str:
    return label("more", lang).format(n=fmt_int(total - shown, lang)) if total > shown else ""


def render_html(summary: TeamSummary, lang: str) -> str:
    """The report page; every learner-provided string is escaped by the template, long ones shortened."""
    from course.htmlpages import render_page

    return render_page("report.html.j2", **_context(summary, lang))


class _Labels:
    """`L.title` in the template is label("title", lang)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __getattr__(self, key: str) -> str:
        return label(key, self.lang)


def _context(s: TeamSummary, lang: str) -> dict[str, Any]:
    def L(key: str) -> str:
        return label(key, lang)
    n = len(s.members)
    ctx: dict[str, Any] = {
        "lang": "de" if lang == "de" else "en", "L": _Labels(lang),
        "meta": f"{L('members')}: {fmt_int(n, lang)} · {L('files_read')}: {fmt_int(s.files_read, lang)}",
        "refused": f"{L('files_refused')}: {fmt_int(len(s.rejected), lang)}" if s.rejected else "",
        "generated": f"{L('generated')} {fmt_date(s.generated_at)}",
        "mixed": L("mixed_courses").format(list=", ".join(shorten(c, 40) for c, _ in s.courses))
        if len(s.courses) > 1 else "",
        "footer": L("anonymous" if s.anonymous else "privacy"),
    }
    ctx.update(_gap(s, lang))
    ctx["next"] = _next(s, lang)
    ctx.update(_teams_trend(s, lang))
    ctx.update(_saved(s, lang))
    ctx["members"] = _members(s, lang)
    ctx.update(_levels(s, lang))
    ctx.update(_trouble(s, lang))
    ctx.update(_policy_history(s, lang))
    ctx.update(_records(s, lang))
    g = s.gap
    ctx["spread"] = {
        "value": fmt_points(g.value, lang),
        "explain": L("gap_explain").format(k=g.quarter_size, n=n),
        "rows": Tab(["", "", ""], [[(L(k), ""), (bar(v, cls), "barcell"), (fmt_pct(v, lang), "num")]
                                   for k, v, cls in (("leading", g.leading_mean, "good"), ("median", g.median, "mid"),
                                                     ("trailing", g.trailing_mean, "low"))], 2, "chart"),
        "histogram": histogram(g.histogram, L("members")),
    }
    ctx["rejected"] = Tab([L("path"), L("reason")], [[(e(r.path, 80), "path"), (e(r.reason, 200), "wrap")]
                                                      for r in s.rejected], 9) if s.rejected else None
    return ctx


def _gap(s: TeamSummary, lang: str) -> dict[str, Any]:
    from course.team.terminal_gap import users_from_label

    def L(key: str) -> str:

        return label(key, lang)
    g = s.gap_check
    steps = s.next_steps
    idle = (len(steps.not_started) + len(steps.inactive)) if steps else 0
    cards = []
    out: dict[str, Any] = {}
    if g is None or g.questions == 0 or g.overall.answered == 0:
        out["gap"] = {"none": L("no_gap_check")}
        cards.append((L("too_few") if g and g.overall.answered else "–", L("genai_gap"), ""))
    else:
        o = g.overall
        gap: dict[str, Any] = {"none": "", "too_few": "", "weakest": "",
                               "explain": L("genai_gap_explain").format(users_from=users_from_label(s, lang), k=g.min_group)}
        if not o.enough:
            gap["too_few"] = L("too_few_n").format(n=o.answered, k=g.min_group)
            cards.append((L("too_few"), L("genai_gap"), ""))
        else:
            users, not_yet = o.users or 0, o.not_yet or 0
            gap.update({
                "user_pct": round(100 * users / (users + not_yet)) if users + not_yet else 0,
                "users": f"{L('users')}: {fmt_int(users, lang)}", "not_yet": f"{L('not_yet')}: {fmt_int(not_yet, lang)}",
                "answered": f"({L('answered')}: {fmt_int(o.answered, lang)} / {fmt_int(o.members, lang)})",
                "split_label": f"{L('users')} {users}, {L('not_yet')} {not_yet}",
                "change": L("users_change").format(first=o.users_first, latest=o.users, n=o.answered),
            })
            rows = []
            for f in o.factors:
                change = "–" if f.change is None else f"{'+' if f.change >= 0 else ''}{round(f.change * 100)}"
                rows.append([(factor_name(f.factor, lang), ""), (L(f.side), ""), (fmt_pct(f.first, lang), "num"),
                             (fmt_pct(f.latest, lang), "num"), (change, "num"), (fmt_pct(f.not_yet, lang), "num")])
            gap["factors"] = Tab([L("factor"), L("side"), L("first_answer"), L("latest_answer"), L("change"),
                                  L("among_not_yet")], rows, 2)
            w = o.weakest
            if w is not None:
                value = w.not_yet if w.not_yet is not None else w.latest
                gap["weakest"] = L("weakest").format(factor=factor_name(w.factor, lang), value=fmt_pct(value, lang),
                                                     action=L(f"act.{w.factor}"))
            cards.append((f"{fmt_int(users, lang)}/{fmt_int(o.answered, lang)}", L("users"), "users"))
            cards.append((fmt_int(not_yet, lang), L("not_yet_users"), "notyet"))
        out["gap"] = gap
    cards.append((f"{fmt_int(s.minutes_total, lang)}", f"{L('min_week')} ({L('team')})", ""))
    cards.append((f"{fmt_int(s.policy.acknowledged, lang)}/{fmt_int(len(s.members), lang)}", L("policy"), ""))
    cards.append((fmt_int(idle, lang), f"{L('ns_short_idle')} / {L('ns_not_started').format(n='').strip()}",
                  "gap" if idle else ""))
    out["cards"] = cards
    return out


def _names(people: Sequence[Any], extra: Callable[[Any], str] | None = None) -> str:
    """Up to 30 names (each with `extra(person)` after it), then how many more."""
    shown = [shorten(who(p.name, p.learner_id), 40) + (extra(p) if extra else "") for p in people[:30]]
    return ", ".join(shown) + (f" … (+{len(people) - 30})" if len(people) > 30 else "")


def _next(s: TeamSummary, lang: str) -> list[tuple[str, str]]:
    def L(key: str) -> str:
        return label(key, lang)
    steps = s.next_steps
    items: list[tuple[str, str]] = []
    if steps is None:
        return items
    if steps.not_started:
        items.append((L("ns_not_started").format(n=len(steps.not_started)), _names(steps.not_started)))
    if steps.inactive:
        items.append((L("ns_inactive").format(n=len(steps.inactive), days=steps.inactive_days), _names(
            steps.inactive, lambda p: f" ({L('days_ago').format(n=p.days)})" if p.days is not None
            else f" ({L('no_activity_time')})")))
    if s.policy.missing:
        items.append((L("ns_policy").format(n=len(s.policy.missing), version=shorten(s.policy.current_version, 20) or "–"),
                      _names(s.policy.missing)))
    if s.failed_lessons:
        items.append((L("ns_lessons"), "; ".join(
            f"{shorten(r.title or r.lesson, 60)} ({fmt_int(r.failed, lang)}{L('times')}, {fmt_int(r.members, lang)} "
            f"{L('people_lower')})" for r in s.failed_lessons[:3])))
    if steps.checks:
        items.append((L("ns_checks"), "; ".join(
            f"{shorten(check_name(r.check, r.lesson_title, lang), 60)} ({fmt_int(r.count, lang)}{L('times')}, "
            f"{fmt_int(r.members, lang)} {L('people_lower')})" for r in steps.checks[:3])))
    g = s.gap_check
    if g is not None and g.overall.enough and g.overall.weakest is not None:
        w = g.overall.weakest
        items.append((factor_name(w.factor, lang), L(f"act.{w.factor}")))
    return items


def _teams_trend(s: TeamSummary, lang: str) -> dict[str, Any]:
    def L(key: str) -> str:
        return label(key, lang)
    out: dict[str, Any] = {"teams": None, "trend": None, "teams_foot": ""}
    if s.teams:
        gaps = {grp.team: grp for grp in (s.gap_check.teams if s.gap_check else ())}
        rows = []
        for row in s.teams:
            grp = gaps.get(row.team)
            if grp is not None and grp.enough:
                users = f"{fmt_int(grp.users or 0, lang)} / {fmt_int(grp.not_yet or 0, lang)}"
                weak = grp.weakest
                weakest = factor_name(weak.factor, lang) if weak else "–"
            else:
                users, weakest = L("too_few_short"), "–"
                out["teams_foot"] = L("too_few_foot").format(k=s.gap_check.min_group if s.gap_check else 5)
            rows.append([(e(row.team or "–", 40), "name"), (weakest, ""), (fmt_int(row.members, lang), "num"),
                         (fmt_pct(row.mean_progress, lang), "num"), (users, "num"),
                         (f"{row.policy_ok}/{row.members}", "num"), (fmt_int(row.not_started + row.inactive, lang), "num"),
                         (fmt_int(row.minutes_per_week, lang), "num")])
        out["teams"] = Tab([L("team"), L("weakest").split(":")[0], L("people_short"), L("progress"),
                            L("users_vs").replace("\n", " "), L("policy_short"), L("ns_short_idle"), L("min_week")], rows, 2)
    days = {p.day: p for p in s.timeline}
    if len(days) >= 2:
        trend = {p.day: p for p in s.gap_check.trend} if s.gap_check else {}
        rows = []
        for day in sorted(days)[-30:]:
            point, gp = days[day], trend.get(day)
            users = L("too_few_short") if gp is None or gp.users is None else f"{gp.users}/{gp.answered}"
            rows.append([(day.isoformat(), ""), (fmt_int(point.members, lang), "num"),
                         (fmt_pct(point.mean_progress, lang), "num"), (users, "num"),
                         (fmt_pct(gp.human if gp else None, lang), "num"), (fmt_pct(gp.system if gp else None, lang), "num")])
        out["trend"] = Tab([L("day"), L("members"), L("mean_progress"), L("users_share"), L("side_mean").format(side=L("human")),
                            L("side_mean").format(side=L("system"))], rows, 1)
        out["trend_chart"] = timeline([(p.day, p.mean_progress, p.members) for p in s.timeline], label("timeline", lang))
    return out


def _saved(s: TeamSummary, lang: str) -> dict[str, Any]:
    def L(key: str) -> str:
        return label(key, lang)
    savers = sorted((m for m in s.members if m.minutes_saved), key=lambda m: -m.minutes_saved)
    avg = round(s.minutes_total / len(savers)) if savers else 0
    top = savers[0].minutes_saved if savers else 1
    per = Tab([L("member"), "", L("min_week"), L("cases")],
              [[(e(who(m.name, m.learner_id), 48), "name"), (bar(m.minutes_saved / top, "mid"), "barcell"),
                (fmt_int(m.minutes_saved, lang), "num"), (fmt_int(len(m.successes), lang), "num")]
               for m in savers[:LIST_ROWS]], 2, more=_more(len(savers), LIST_ROWS, lang))
    uses = Tab([L("use_case"), L("member"), L("date"), L("min_week")],
               [[(e(u.title, TITLE_CHARS), "wrap"), (e(who(u.name, u.learner_id), 40), "name"),
                 (shorten(u.date or "–", 10), "num"), (fmt_int(u.minutes, lang), "num")]
                for u in s.use_cases[:LIST_ROWS]], 2, more=_more(len(s.use_cases), LIST_ROWS, lang))
    return {
        "saved_head": L("team_week").format(m=fmt_int(s.minutes_total, lang), h=fmt_hours(s.minutes_total, lang),
                                            avg=fmt_int(avg, lang), n=len(savers)),
        "savers": per if savers else None, "uses": uses if s.use_cases else None,
    }


def _members(s: TeamSummary, lang: str) -> Tab:
    def L(key: str) -> str:
        return label(key, lang)
    rows = [[
        (e(who(m.name, m.learner_id), 48), "name"), (e(m.team or "–", 30), "name"), (e(s.level_title(m.level), 30), ""),
        (bar(m.progress, "good", fmt_pct(m.progress, lang)), "barcell"),
        (f"{fmt_int(m.lessons_done, lang)}/{fmt_int(m.lessons_total, lang)}", "num"), (fmt_int(m.hints_used, lang), "num"),
        (fmt_int(m.minutes_saved, lang), "num"), ("✓" if m.policy_current else "✗", "num" if m.policy_current else "num warn"),
        (fmt_date(m.last_activity) if m.last_activity else "–", "num"), (fmt_date(m.exported_at), "num"),
    ] for m in s.members[:LIST_ROWS * 5]]
    return Tab([L("member"), L("team"), L("level"), L("progress"), L("lessons"), L("hints"), L("min_week"),
                L("policy_short"), L("last_activity"), L("last_export")], rows, 4, "members",
               _more(len(s.members), LIST_ROWS * 5, lang))


def _levels(s: TeamSummary, lang: str) -> dict[str, Any]:
    def L(key: str) -> str:
        return label(key, lang)
    n = len(s.members) or 1
    rows = []
    for row in s.levels:
        stack = Stack(tuple((cls, 100 * count / n, f"{L(cls)}: {count}")
                            for cls, count in (("done", row.done), ("open", row.open), ("locked", row.locked)) if count))
        rows.append([(e(row.title or row.id, 40), ""),
                     (bar(row.members_here / n, "good", fmt_int(row.members_here, lang)), "barcell"),
                     (stack, "barcell"),
                     (fmt_int(row.done, lang), "num"), (fmt_int(row.open, lang), "num"),
                     (fmt_int(row.locked, lang), "num"), (fmt_pct(row.lesson_completion, lang), "num")])
    legend = [(c, L(c)) for c in LEVEL_SHOWN]
    return {"levels": Tab([L("level"), L("members_here"), L("level_completion"), L("done"), L("open"), L("locked"),
                           L("lesson_completion")], rows, 3), "levels_legend": legend}


def _trouble(s: TeamSummary, lang: str) -> dict[str, Any]:
    def L(key: str) -> str:
        return label(key, lang)
    checks = s.next_steps.checks if s.next_steps else ()
    return {
        "failed_lessons": Tab([L("lesson"), L("failed"), L("attempts"), L("people")], [
            [(e(r.title or r.lesson, 60), ""), (fmt_int(r.failed, lang), "num"), (fmt_int(r.attempts, lang), "num"),
             (fmt_int(r.members, lang), "num")] for r in s.failed_lessons[:TOP_ROWS]]) if s.failed_lessons else None,
        "failed_checks": Tab([L("check"), L("count"), L("people")], [
            [(e(check_name(r.check, r.lesson_title, lang), 80), ""), (fmt_int(r.count, lang), "num"),
             (fmt_int(r.members, lang), "num")] for r in checks[:TOP_ROWS]]) if checks else None,
        "hints_head": f"{L('hints_used')}: {fmt_int(s.hints_total, lang)}",
        "hints": Tab([L("lesson"), L("hints"), L("people")], [
            [(e(r.title or r.lesson, 60), ""), (fmt_int(r.hints, lang), "num"), (fmt_int(r.members, lang), "num")]
            for r in s.hint_lessons[:TOP_ROWS]]) if s.hint_lessons else None,
    }


def _policy_history(s: TeamSummary, lang: str) -> dict[str, Any]:
    def L(key: str) -> str:
        return label(key, lang)
    p = s.policy
    versions = ", ".join(f"{shorten(v, 20)}: {fmt_int(c, lang)}" for v, c in p.versions)
    head = (f"{L('policy_current')}: {shorten(p.current_version, 20) or '–'} — {fmt_int(p.acknowledged, lang)}/"
            f"{fmt_int(len(s.members), lang)} {L('acknowledged')}{' (' + versions + ')' if versions else ''}")
    missing = [[(e(who(g.name, g.learner_id), 48), "name"),
                (L("old_version").format(version=shorten(g.version, 20)) if g.version else L("never"), "")]
               for g in p.missing[:LIST_ROWS]]
    out: dict[str, Any] = {
        "policy_head": head,
        "policy_missing": Tab([L("member"), L("reason")], missing, 9, more=_more(len(p.missing), LIST_ROWS, lang))
        if missing else None,
        "history": None,
    }
    if s.history:
        ranked = sorted(s.history, key=lambda h: -h.change)[:LIST_ROWS]
        rows = [[(e(who(h.name, h.learner_id), 48), "name"), (sparkline([x.progress for x in h.points]), ""),
                 (fmt_int(len(h.points), lang), "num"),
                 (f"{fmt_pct(h.points[0].progress, lang)} ({fmt_date(h.points[0].exported_at)})", "num"),
                 (f"{fmt_pct(h.points[-1].progress, lang)} ({fmt_date(h.points[-1].exported_at)})", "num"),
                 (f"{'+' if h.change >= 0 else ''}{fmt_points(h.change, lang)}", "num")] for h in ranked]
        out["history"] = Tab([L("member"), "", L("exports"), L("first"), L("latest"), L("change")], rows, 2,
                             more=_more(len(s.history), LIST_ROWS, lang))
        out["timeline_chart"] = timeline([(x.day, x.mean_progress, x.members) for x in s.timeline],
                                         label("timeline", lang))
    return out


def _records(s: TeamSummary, lang: str) -> dict[str, Any]:
    def L(key: str) -> str:
        return label(key, lang)
    rows = [[(e(who(r.name, r.learner_id), 48), "name"),
             ("; ".join(f"{shorten(s.level_title(i), 30)} ({d})" for i, d in r.levels_done) or "–", "wrap"),
             (fmt_int(r.lessons_done, lang) + (f" ({r.last_completed})" if r.last_completed else ""), "num"),
             (f"{shorten(r.policy_version, 20)} ({r.policy_acknowledged_at})" if r.policy_version else "–", ""),
             (shorten(r.course_version, 20) or "–", ""), (e(r.content_hash, 19), "hash")]
            for r in s.records[:LIST_ROWS * 5]]
    dups = [[(e(d.name, 48), "name"), (", ".join(shorten(i, 40) for i in d.learner_ids), "wrap"),
             (", ".join(sorted({shorten(t, 30) for t in d.teams if t})) or "–", "")] for d in s.duplicates]
    return {
        "records": Tab([L("member"), L("levels_done"), L("lessons"), L("policy_ack"), L("course_version"),
                        L("content_hash")], rows, 2, more=_more(len(s.records), LIST_ROWS * 5, lang)) if rows else None,
        "duplicates": Tab([L("member"), L("ids"), L("team")], dups, 9) if dups else None,
    }


__all__ = ["e", "render_html"]
