"""A learner's status per lesson and level, from the catalog and one summary query."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple, Protocol

from course.content import Lesson, Level
from course.i18n import t
from course.unlock import (
    FIRST,
    LOCKED,
    REACHED,
    LessonFacts,
    LevelFacts,
    Unlock,
    compute,
)
from progress.records import ExerciseState, LessonRow
from progress.statuswords import LessonStatus as StatusWord
from progress.statuswords import LevelState as LevelWord

# The words themselves are defined once, in progress.statuswords (the export schema carries them).
NOT_STARTED, STARTED, READ, DONE = (s.value for s in StatusWord)
OPEN, LOCKED_STATE, DONE_STATE = (s.value for s in LevelWord)


class CatalogLike(Protocol):
    """What status needs from course.catalog.Catalog."""

    levels: tuple[Level, ...]

    def lesson(self, lesson_id: str, lang: str) -> Lesson: ...

    def outline(self, lesson_id: str, lang: str) -> Lesson: ...


class LessonStatus(NamedTuple):
    """One lesson for one learner."""

    id: str
    level_id: str
    title: str
    status: str
    score: float | None
    attempts: int
    hints_used: int
    minutes: float
    completed_at: str | None
    required: bool = True
    checkpoint: bool = False
    exercises: int = 0
    passed: int = 0
    estimated_minutes: int = 0

    @property
    def done(self) -> bool:
        """Every exercise passed (or read to the end when it has none)."""
        return self.status == DONE


class LevelStatus(NamedTuple):
    """One level for one learner: open or locked (and why), progress and score."""

    id: str
    title: str
    open: bool
    done: bool
    progress: float
    score: float | None
    lessons: tuple[LessonStatus, ...]
    unlock: Unlock
    after_title: str = ""

    @property
    def state(self) -> str:
        """`done`, `open` or `locked`."""
        return DONE_STATE if self.done and self.open else OPEN if self.open else LOCKED_STATE

    @property
    def reason(self) -> str:
        """Why it is open or locked: first, reached, checkpoint, sticky or locked."""
        return self.unlock.reason

    def lock_text(self, lang: str) -> str:
        """What opens this level, in the learner's language ('' when open)."""
        return unlock_hint(self, lang)


class Overview(NamedTuple):
    """Everything the level map and `genai-course progress` show."""

    learner_id: str
    lang: str
    levels: tuple[LevelStatus, ...]
    continue_lesson: str | None
    newly_opened: tuple[str, ...] = ()

    @property
    def lessons(self) -> dict[str, LessonStatus]:
        """Every lesson status by id, in course order."""
        return {ls.id: ls for lv in self.levels for ls in lv.lessons}

    def lesson(self, lesson_id: str) -> LessonStatus | None:
        """The status of one lesson, or None if the course has no such lesson."""
        return self.lessons.get(lesson_id)

    def level(self, level_id: str) -> LevelStatus | None:
        """The status of one level, or None."""
        return next((lv for lv in self.levels if lv.id == level_id), None)


def lesson_status(lesson: Lesson, summary: dict[str, ExerciseState], row: LessonRow | None) -> LessonStatus:
    """Status, score (mean of best scores), attempts, hints and time of one lesson."""
    exercises = lesson.exercises
    attempts = hints = passed = 0
    best = 0.0
    completed = ""
    for ex in exercises:  # one pass; this runs for every lesson on every level-map refresh
        state = summary.get(ex.id)
        if state is None:
            continue
        s_best, s_passed, s_attempts, s_hints, _, s_first, _ = state  # unpacking beats 5 attribute lookups
        best += s_best
        attempts += s_attempts
        hints += s_hints
        if s_passed:
            passed += 1
            if s_first and s_first > completed:
                completed = s_first
    started = row.started_at if row else None
    read = row.read_at if row else None
    if exercises:
        done = passed == len(exercises)
        score = best / len(exercises) if attempts else None
        completed_at = (completed or None) if done else None
    else:
        done, score, completed_at = read is not None, None, read
    if done:
        status = DONE
    elif read:
        status = READ
    elif started or attempts or hints:
        status = STARTED
    else:
        status = NOT_STARTED
    seconds = row.seconds if row else 0.0
    return LessonStatus(
        lesson.id,
        lesson.level_id,
        lesson.title,
        status,
        score,
        attempts,
        hints,
        round(seconds / 60.0, 1),
        completed_at,
        lesson.required,
        lesson.checkpoint,
        len(exercises),
        passed,
        lesson.minutes,
    )


def counted(lessons: tuple[LessonStatus, ...]) -> tuple[LessonStatus, ...]:
    """The lessons that decide a level: required ones, checkpoint ("test out") lessons left out."""
    return tuple(ls for ls in lessons if ls.required and not ls.checkpoint)


def _level_numbers(lessons: tuple[LessonStatus, ...]) -> tuple[bool, float, float | None]:
    basis = counted(lessons) or tuple(ls for ls in lessons if not ls.checkpoint) or lessons
    if not basis:
        return False, 0.0, None
    done = sum(1 for ls in basis if ls.done)
    scores = [ls.score for ls in basis if ls.score is not None]
    return done == len(basis), done / len(basis), (sum(scores) / len(scores) if scores else None)


def overview(catalog: CatalogLike, store: Any, learner_id: str, lang: str, persist: bool = True) -> Overview:
    """The learner's whole course state; persists newly opened levels when `persist`.

    Costs one exercise-summary query (plus the small lesson-state and
    opened-levels reads) and pure Python over the catalog.
    """
    summary = store.exercise_summary(learner_id)
    rows = store.lesson_rows(learner_id)
    opened = store.opened_levels(learner_id)
    per_level: list[tuple[Level, tuple[LessonStatus, ...]]] = []
    facts: list[LevelFacts] = []
    for level in catalog.levels:
        statuses = []
        for lesson_id in level.lesson_ids:
            try:
                lesson = catalog.outline(lesson_id, lang)
            except KeyError:
                continue
            statuses.append(lesson_status(lesson, summary, rows.get(lesson_id)))
        lessons = tuple(statuses)
        per_level.append((level, lessons))
        facts.append(
            LevelFacts(
                level.id,
                level.after,
                level.min_score,
                level.checkpoint,
                tuple(LessonFacts(ls.id, ls.done, ls.score) for ls in counted(lessons)),
                any(ls.checkpoint and ls.done for ls in lessons),
            )
        )
    result = compute(facts, opened)
    if persist and result.newly_opened:
        store.open_levels(learner_id, result.newly_opened)
    titles = {lv.id: lv.title.get(lang) for lv in catalog.levels}
    levels = []
    for (level, lessons), verdict in zip(per_level, result.levels, strict=True):
        done, progress, score = _level_numbers(lessons)
        levels.append(
            LevelStatus(
                level.id,
                level.title.get(lang, level.id),
                verdict.open,
                done,
                progress,
                score,
                lessons,
                verdict,
                titles.get(verdict.after or "", verdict.after or ""),
            )
        )
    last = store.get_setting("last_lesson", learner_id)
    return Overview(learner_id, lang, tuple(levels), _continue(levels, last), result.newly_opened)


def _continue(levels: list[LevelStatus], last: str | None) -> str | None:
    """The lesson to go on with: the last one if unfinished, else the first unfinished one of the
    furthest open level (so that a learner who tested out goes on where they tested out to)."""
    candidates = [ls for lv in reversed(levels) if lv.open for ls in lv.lessons if not ls.done]
    if last and any(ls.id == last for ls in candidates):
        return last
    preferences: tuple[Callable[[LessonStatus], bool], ...] = (
        lambda ls: ls.required and not ls.checkpoint,
        lambda ls: not ls.checkpoint,
        lambda ls: True,
    )
    for wanted in preferences:
        found = next((ls.id for ls in candidates if wanted(ls)), None)
        if found:
            return found
    return None


def pct(value: float | None) -> str:
    """A score as a whole percentage ('–' when there is none)."""
    return "–" if value is None else f"{round(value * 100):d}"


def unlock_hint(level: LevelStatus, lang: str) -> str:
    """A sentence saying what opens a locked level, or why an open one is open (nothing for the first level)."""
    u = level.unlock
    if u.reason in (FIRST, REACHED):
        return ""
    if u.reason != LOCKED:
        return t(lang, "status.why_" + u.reason)
    after = level.after_title or (u.after or "")
    out = t(lang, "status.needs", after=after)
    if u.min_score > 0:
        out += t(lang, "status.needs_score", min=pct(u.min_score))
    if u.missing:
        out += t(lang, "status.missing", n=len(u.missing))
        if u.score is not None:
            out += t(lang, "status.now", score=pct(u.score))
        out += t(lang, "status.close")
    elif u.score is not None:
        out += " (" + t(lang, "status.now")[2:].format(score=pct(u.score)) + ")"
    if u.checkpoint:
        out += t(lang, "status.or_checkpoint", after=after)
    return out + "."


def levels_done(app: Any) -> int:  # app: course.app.CourseApp
    """How many levels the learner has done (the Gap-Check is due again after each one)."""
    return sum(1 for level in app.current_session().overview().levels if level.done)


def gap_check_due(app: Any, done: int | None = None) -> bool:
    """True when the pack has a Gap-Check and the learner has neither answered nor skipped it at this level.

    Here, not in screens/gapcheck.py: the level map asks on every start, and the Gap-Check
    screen (with its radio buttons and check boxes) need not be imported for that. `done` is
    levels_done(app) when the caller has just computed the overview (the level map has).
    """
    from progress.gapchecks import is_due

    if app.catalog.gapcheck is None or app.session is None:
        return False
    return is_due(app.store, app.session.learner.id, levels_done(app) if done is None else done)
