"""The team report's next steps as (heading, text) pairs: one list for the HTML page and the terminal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from course.i18n import number, t
from course.team.formatting import shorten
from course.team.labels import check_name, factor_name
from course.team.summary import TeamSummary

Names = Callable[[Sequence[Any], Callable[[Any], str] | None], str]
"""Lists people as the medium shows them: (people, what to add after each name or None) -> text."""


def next_step_items(
    s: TeamSummary, lang: str, names: Names, lesson_width: int, check_width: int
) -> list[tuple[str, str]]:
    """Who has not started, who is inactive, who has not confirmed the policy, the lessons and checks failed most,
    and what to do about the weakest gap factor, in that order; titles cut to `lesson_width`/`check_width`."""
    steps = s.next_steps
    items: list[tuple[str, str]] = []
    if steps is None:
        return items
    if steps.not_started:
        items.append((t(lang, "teamreport.ns_not_started", n=len(steps.not_started)), names(steps.not_started, None)))
    if steps.inactive:
        items.append(
            (
                t(lang, "teamreport.ns_inactive", n=len(steps.inactive), days=steps.inactive_days),
                names(
                    steps.inactive,
                    lambda p: (
                        f" ({t(lang, 'teamreport.days_ago', n=p.days)})"
                        if p.days is not None
                        else f" ({t(lang, 'teamreport.no_activity_time')})"
                    ),
                ),
            )
        )
    if s.policy.missing:
        items.append(
            (
                t(
                    lang,
                    "teamreport.ns_policy",
                    n=len(s.policy.missing),
                    version=shorten(s.policy.current_version, 20) or "–",
                ),
                names(s.policy.missing, None),
            )
        )
    if s.failed_lessons:
        items.append(
            (
                t(lang, "teamreport.ns_lessons"),
                "; ".join(
                    f"{shorten(r.title or r.lesson, lesson_width)} ({number(lang, r.failed)}"
                    f"{t(lang, 'teamreport.times')}, "
                    f"{number(lang, r.members)} {t(lang, 'teamreport.people_lower')})"
                    for r in s.failed_lessons[:3]
                ),
            )
        )
    if steps.checks:
        items.append(
            (
                t(lang, "teamreport.ns_checks"),
                "; ".join(
                    f"{shorten(check_name(r.check, r.lesson_title, lang), check_width)} "
                    f"({number(lang, r.count)}{t(lang, 'teamreport.times')}, "
                    f"{number(lang, r.members)} {t(lang, 'teamreport.people_lower')})"
                    for r in steps.checks[:3]
                ),
            )
        )
    g = s.gap_check
    if g is not None and g.overall.enough and g.overall.weakest is not None:
        w = g.overall.weakest
        items.append((factor_name(w.factor, lang), t(lang, f"teamreport.act.{w.factor}")))
    return items
