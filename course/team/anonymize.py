"""`--anonymous`: every name and learner id in a team summary becomes a stable pseudonym.

The pseudonym is derived from the learner id alone, so the same person has the same
pseudonym in every report; file paths (which often carry names) become "file N".
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from course.i18n import t
from course.team.records import Rejected
from course.team.summarydata import TeamSummary

T = TypeVar("T", bound=Any)


def pseudonym(learner_id: str, lang: str = "en") -> str:
    """`Person 7F3A2C` (de) / `Person 7F3A2C` (en): six hex digits of the id's SHA-256."""
    return "Person " + hashlib.sha256(learner_id.encode("utf-8", "replace")).hexdigest()[:6].upper()


def anonymize(summary: TeamSummary, paths: Sequence[str] = (), lang: str = "en") -> TeamSummary:
    """The summary with pseudonyms for names and ids, and numbered files for paths."""

    def p(learner_id: str) -> str:
        return pseudonym(learner_id, lang)

    numbered = {
        path: t(lang, "teamreport.file_n", n=i)
        for i, path in enumerate(dict.fromkeys([*paths, *(r.path for r in summary.rejected)]), 1)
    }

    def scrub(text: str) -> str:
        for path in sorted(numbered, key=len, reverse=True):
            if path and path in text:
                text = text.replace(path, numbered[path])
        return text

    def person(item: T) -> T:  # any record with learner_id and name
        return replace(item, learner_id=p(item.learner_id), name=p(item.learner_id))

    steps = summary.next_steps
    if steps is not None:
        steps = replace(
            steps, not_started=tuple(map(person, steps.not_started)), inactive=tuple(map(person, steps.inactive))
        )
    return replace(
        summary,
        members=tuple(map(person, summary.members)),
        use_cases=tuple(map(person, summary.use_cases)),
        policy=replace(summary.policy, missing=tuple(map(person, summary.policy.missing))),
        history=tuple(map(person, summary.history)),
        next_steps=steps,
        duplicates=tuple(
            replace(d, name=" / ".join(map(p, d.learner_ids)), learner_ids=tuple(map(p, d.learner_ids)))
            for d in summary.duplicates
        ),
        records=tuple(map(person, summary.records)),
        rejected=tuple(Rejected(numbered.get(r.path, r.path), scrub(r.reason)) for r in summary.rejected),
        anonymous=True,
    )
