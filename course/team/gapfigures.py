"""The GenAI gap as the course defines it, from shared Gap-Check answers: users vs not-yet-users,
the human and the system factors (first answer vs latest), per team and over time.

Privacy: a group's figures exist only when at least `MIN_GROUP` people in it answered; no
figure is ever given per person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from course.gapcheck import HUMAN, SYSTEM, GapCheckSpec
from course.team.records import Export

MIN_GROUP = 5
"""Gap-Check figures only for groups of at least this many people who answered."""


@dataclass(frozen=True, slots=True)
class FactorRow:
    """One factor's mean agreement (0..1 of its scale) over the people who answered."""

    factor: str
    side: str  # "human" or "system"
    first: float | None  # everyone's first answer
    latest: float | None  # everyone's latest answer
    not_yet: float | None  # latest, only among not-yet-users (None when fewer than MIN_GROUP of them)

    @property
    def change(self) -> float | None:
        return None if self.first is None or self.latest is None else self.latest - self.first


@dataclass(frozen=True, slots=True)
class GapGroup:
    """The gap in one group (everyone, or one team)."""

    team: str | None  # None: everyone
    members: int
    answered: int  # people with at least one shared Gap-Check
    enough: bool  # answered >= MIN_GROUP: figures below are given
    users: int | None  # by the latest answer
    not_yet: int | None
    users_first: int | None  # by the first answer
    factors: tuple[FactorRow, ...]

    @property
    def weakest(self) -> FactorRow | None:
        """The factor with the lowest latest mean (among not-yet-users when known): where to act first."""
        scored = [f for f in self.factors if (f.not_yet if f.not_yet is not None else f.latest) is not None]
        return min(scored, key=lambda f: (f.not_yet if f.not_yet is not None else f.latest), default=None)

    @property
    def user_share(self) -> float | None:
        return None if self.users is None or not self.answered else self.users / self.answered


@dataclass(frozen=True, slots=True)
class GapTrendPoint:
    """The gap at the end of an export day: each person's latest answer known by then."""

    day: date
    answered: int
    users: int | None  # None when fewer than MIN_GROUP answered
    human: float | None
    system: float | None


@dataclass(frozen=True, slots=True)
class GapFigures:
    """Everything the report shows about the Gap-Check."""

    overall: GapGroup
    teams: tuple[GapGroup, ...]  # only when the exports come from several teams
    trend: tuple[GapTrendPoint, ...]
    min_group: int = MIN_GROUP
    questions: int = 0  # questions in the Gap-Check the report used (0: none found)
    users_from: tuple[tuple[str, str], ...] = ()  # (language, the lowest usage answer that counts as a user)


_Person = tuple[dict[str, int], dict[str, int]]  # (first answers, latest answers)


def gap_figures(by_learner: Mapping[str, Sequence[Export]], spec: GapCheckSpec | None,
                teams: Mapping[str, str], min_group: int = MIN_GROUP) -> GapFigures:
    """`by_learner`: each learner's exports, oldest first; `teams`: learner id -> team name."""
    people: dict[str, _Person] = {}
    if spec is not None:
        for learner_id, group in by_learner.items():
            seen = {}
            for export in group:
                for g in export.gap_checks:
                    seen[g.at] = g.answers
            answers = [spec.clean_answers(dict(seen[at])) for at in sorted(seen)]
            answers = [a for a in answers if a]
            if answers:
                people[learner_id] = (answers[0], answers[-1])
    overall = _group(None, list(by_learner), people, spec, min_group)
    names = sorted({teams.get(i, "") for i in by_learner}, key=str.casefold)
    team_rows: tuple[GapGroup, ...] = ()
    if len(names) > 1:
        team_rows = tuple(_group(name, [i for i in by_learner if teams.get(i, "") == name], people, spec, min_group)
                          for name in names)
    trend = _trend(by_learner, spec, min_group) if spec is not None else ()
    return GapFigures(overall, team_rows, trend, min_group, len(spec.questions) if spec else 0, _users_from(spec))


def _users_from(spec: GapCheckSpec | None) -> tuple[tuple[str, str], ...]:
    usage = next((q for q in spec.questions if q.factor == "usage"), None) if spec else None
    if spec is None or usage is None:
        return ()
    out = []
    for lang in ("de", "en"):
        labels = spec.labels(usage, lang)
        if 0 < spec.users_from <= len(labels):
            out.append((lang, labels[spec.users_from - 1]))
    return tuple(out)


def _group(team: str | None, member_ids: Sequence[str], people: Mapping[str, _Person],
           spec: GapCheckSpec | None, min_group: int) -> GapGroup:
    answered = [people[i] for i in member_ids if i in people]
    if spec is None or len(answered) < min_group:
        return GapGroup(team, len(member_ids), len(answered), False, None, None, None, ())
    latest_user = [spec.is_user(latest) for _, latest in answered]
    users = sum(1 for u in latest_user if u)
    not_yet_people = [p for p, u in zip(answered, latest_user) if u is False]
    users_first = sum(1 for first, _ in answered if spec.is_user(first))
    factors = []
    for side, names in (("human", HUMAN), ("system", SYSTEM)):
        for factor in names:
            first = _mean([spec.factor_scores(a).get(factor) for a, _ in answered])
            latest = _mean([spec.factor_scores(b).get(factor) for _, b in answered])
            if first is None and latest is None:
                continue
            not_yet = (_mean([spec.factor_scores(b).get(factor) for _, b in not_yet_people])
                       if len(not_yet_people) >= min_group else None)
            factors.append(FactorRow(factor, side, first, latest, not_yet))
    return GapGroup(team, len(member_ids), len(answered), True, users,
                    sum(1 for u in latest_user if u is False), users_first, tuple(factors))


def _mean(values: Sequence[float | None]) -> float | None:
    found = [v for v in values if v is not None]
    return sum(found) / len(found) if found else None


def _side_score(spec: GapCheckSpec, answers: dict[str, int], names: Sequence[str]) -> float | None:
    scores = spec.factor_scores(answers)
    return _mean([scores.get(n) for n in names])


def _trend(by_learner: Mapping[str, Sequence[Export]], spec: GapCheckSpec, min_group: int) -> tuple[GapTrendPoint, ...]:
    """Per export day, each person's latest Gap-Check as known from their exports up to that day."""
    timeline: dict[date, dict[str, dict[str, int]]] = defaultdict(dict)
    for learner_id, group in by_learner.items():
        for export in group:
            if export.gap_checks:
                answers = spec.clean_answers(dict(export.gap_checks[-1].answers))
                if answers:
                    timeline[export.exported_at.date()][learner_id] = answers
            else:
                timeline.setdefault(export.exported_at.date(), {})
    state: dict[str, dict[str, int]] = {}
    points = []
    for day in sorted(timeline):
        state.update(timeline[day])
        n = len(state)
        if n < min_group:
            points.append(GapTrendPoint(day, n, None, None, None))
            continue
        users = sum(1 for a in state.values() if spec.is_user(a))
        human = _mean([_side_score(spec, a, HUMAN) for a in state.values()])
        system = _mean([_side_score(spec, a, SYSTEM) for a in state.values()])
        points.append(GapTrendPoint(day, n, users, human, system))
    return tuple(points)
