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
        return min(scored, key=lambda f: (f.not_yet if f.not_yet is not None else f.latest) or 0.0, default=None)

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


class _Scorer:
    """The spec's questions looked up once: answers -> (is user, factor scores), fast for 10,000 people."""

    def __init__(self, spec: GapCheckSpec) -> None:
        self.spec = spec
        self.usage = [q.id for q in spec.questions if q.factor == "usage"]
        self.factor_of = {q.id: (q.factor, spec.points(q.id)) for q in spec.questions if q.factor != "usage"}
        self.points = {q.id: spec.points(q.id) for q in spec.questions}

    def clean(self, answers: tuple[tuple[str, int], ...]) -> dict[str, int]:
        points = self.points
        return {k: v for k, v in answers if k in points and 1 <= v <= points[k]}

    def user(self, answers: dict[str, int]) -> bool | None:
        found = [answers[q] for q in self.usage if q in answers]
        return None if not found else max(found) >= self.spec.users_from

    def scores(self, answers: dict[str, int]) -> dict[str, float]:
        sums: dict[str, list[float]] = {}
        factor_of = self.factor_of
        for qid, value in answers.items():
            known = factor_of.get(qid)
            if known is not None:
                factor, top = known
                sums.setdefault(factor, []).append((value - 1) / (top - 1) if top > 1 else 0.0)
        return {k: sum(v) / len(v) for k, v in sums.items()}


class _Answer:
    """One person's answer, scored once."""

    __slots__ = ("user", "scores", "human", "system")

    def __init__(self, scorer: _Scorer, answers: dict[str, int]) -> None:
        self.user = scorer.user(answers)
        self.scores = scorer.scores(answers)
        self.human = _mean([self.scores.get(n) for n in HUMAN])
        self.system = _mean([self.scores.get(n) for n in SYSTEM])


_Person = tuple[_Answer, _Answer]  # (first answer, latest answer)


def gap_figures(
    by_learner: Mapping[str, Sequence[Export]],
    spec: GapCheckSpec | None,
    teams: Mapping[str, str],
    min_group: int = MIN_GROUP,
) -> GapFigures:
    """`by_learner`: each learner's exports, oldest first; `teams`: learner id -> team name."""
    people: dict[str, _Person] = {}
    scorer = _Scorer(spec) if spec is not None else None
    if scorer is not None:
        for learner_id, group in by_learner.items():
            seen = {}
            for export in group:
                for g in export.gap_checks:
                    seen[g.at] = g.answers
            if not seen:
                continue
            answers = [a for a in (scorer.clean(seen[at]) for at in sorted(seen)) if a]
            if answers:
                people[learner_id] = (_Answer(scorer, answers[0]), _Answer(scorer, answers[-1]))
    overall = _group(None, list(by_learner), people, spec, min_group)
    names = sorted({teams.get(i, "") for i in by_learner}, key=str.casefold)
    team_rows: tuple[GapGroup, ...] = ()
    if len(names) > 1:
        members: dict[str, list[str]] = defaultdict(list)
        for i in by_learner:
            members[teams.get(i, "")].append(i)
        team_rows = tuple(_group(name, members[name], people, spec, min_group) for name in names)
    trend = _trend(by_learner, scorer, min_group) if scorer is not None else ()
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


def _group(
    team: str | None,
    member_ids: Sequence[str],
    people: Mapping[str, _Person],
    spec: GapCheckSpec | None,
    min_group: int,
) -> GapGroup:
    answered = [people[i] for i in member_ids if i in people]
    if spec is None or len(answered) < min_group:
        return GapGroup(team, len(member_ids), len(answered), False, None, None, None, ())
    users = sum(1 for _, latest in answered if latest.user)
    not_yet_people = [latest for _, latest in answered if latest.user is False]
    users_first = sum(1 for first, _ in answered if first.user)
    factors = []
    for side, names in (("human", HUMAN), ("system", SYSTEM)):
        for factor in names:
            first = _mean([a.scores.get(factor) for a, _ in answered])
            latest = _mean([b.scores.get(factor) for _, b in answered])
            if first is None and latest is None:
                continue
            not_yet = (
                _mean([b.scores.get(factor) for b in not_yet_people]) if len(not_yet_people) >= min_group else None
            )
            factors.append(FactorRow(factor, side, first, latest, not_yet))
    return GapGroup(team, len(member_ids), len(answered), True, users, len(not_yet_people), users_first, tuple(factors))


def _mean(values: Sequence[float | None]) -> float | None:
    found = [v for v in values if v is not None]
    return sum(found) / len(found) if found else None


def _trend(by_learner: Mapping[str, Sequence[Export]], scorer: _Scorer, min_group: int) -> tuple[GapTrendPoint, ...]:
    """Per export day, each person's latest Gap-Check as known from their exports up to that day."""
    timeline: dict[date, dict[str, _Answer]] = defaultdict(dict)
    for learner_id, group in by_learner.items():
        for export in group:
            day = export.exported_at.date()
            if export.gap_checks:
                answers = scorer.clean(export.gap_checks[-1].answers)
                if answers:
                    timeline[day][learner_id] = _Answer(scorer, answers)
                    continue
            timeline.setdefault(day, {})
    state: dict[str, _Answer] = {}
    points = []
    for day in sorted(timeline):
        state.update(timeline[day])
        n = len(state)
        if n < min_group:
            points.append(GapTrendPoint(day, n, None, None, None))
            continue
        values = state.values()
        points.append(
            GapTrendPoint(
                day,
                n,
                sum(1 for a in values if a.user),
                _mean([a.human for a in values]),
                _mean([a.system for a in values]),
            )
        )
    return tuple(points)
