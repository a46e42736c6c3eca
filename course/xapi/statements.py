"""xAPI 1.0.3 statements for one learner: lessons, exercises, levels, the policy; never the prompt texts."""

from __future__ import annotations

import uuid
from typing import Any

XAPI_VERSION = "1.0.3"
DEFAULT_BASE = "https://genai-course.example/xapi"
"""Used when course.yaml has no `xapi` section (the id of the course is appended)."""
ADL = "http://adlnet.gov/expapi/verbs/"
VERBS: dict[str, tuple[str, dict[str, str]]] = {
    "experienced": (ADL + "experienced", {"en-US": "experienced", "de-DE": "erlebt"}),
    "completed": (ADL + "completed", {"en-US": "completed", "de-DE": "abgeschlossen"}),
    "attempted": (ADL + "attempted", {"en-US": "attempted", "de-DE": "versucht"}),
    "passed": (ADL + "passed", {"en-US": "passed", "de-DE": "bestanden"}),
    "failed": (ADL + "failed", {"en-US": "failed", "de-DE": "nicht bestanden"}),
    "accepted": ("http://activitystrea.ms/schema/1.0/accept", {"en-US": "accepted", "de-DE": "bestätigt"}),
}
TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "level": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "exercise": "http://adlnet.gov/expapi/activities/interaction",
    "policy": "http://adlnet.gov/expapi/activities/media",
}


def iris(course: Any) -> tuple[str, str]:
    """(activity base, account home page) for the course: course.yaml's `xapi`, else a placeholder base."""
    xapi = getattr(course, "xapi", None)
    if xapi:
        base, home = xapi
        return str(base), str(home)
    return f"{DEFAULT_BASE}/{course.id}", DEFAULT_BASE.rsplit("/", 1)[0]


def statement_id(base: str, learner_id: str, *key: str) -> str:
    """A UUID v5 from the base, the learner and what the statement is about: the same record, the same id."""
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, base)
    return str(uuid.uuid5(namespace, "/".join((learner_id, *key))))


def _duration(seconds: float) -> str:
    return f"PT{max(0.0, round(float(seconds or 0.0), 2)):g}S"


class Builder:
    """Builds the statements of one learner against one catalog."""

    def __init__(self, catalog: Any, learner: Any, lang: str) -> None:
        self.catalog = catalog
        self.learner = learner
        self.lang = lang
        self.base, self.home = iris(catalog.course)
        self.actor = {"objectType": "Agent", "account": {"homePage": self.home, "name": learner.id}}
        self.course_activity = self._activity("course", catalog.course.id, self.base)

    def _activity(self, kind: str, key: str, iri: str | None = None) -> dict[str, Any]:
        """An activity by IRI and type only: titles live in the course, not in each statement."""
        return {
            "objectType": "Activity",
            "id": iri or f"{self.base}/{kind}s/{key}",
            "definition": {"type": TYPES[kind]},
        }

    def _context(self, level_id: str | None = None, lesson_id: str | None = None) -> dict[str, Any]:
        parents = []
        if lesson_id:
            parents.append({"id": f"{self.base}/lessons/{lesson_id}", "objectType": "Activity"})
        elif level_id:
            parents.append({"id": f"{self.base}/levels/{level_id}", "objectType": "Activity"})
        activities: dict[str, Any] = {"grouping": [{"id": self.course_activity["id"], "objectType": "Activity"}]}
        if parents:
            activities["parent"] = parents
        return {"platform": "genai-course", "contextActivities": activities}

    def statement(
        self,
        key: tuple[str, ...],
        verb: str,
        obj: dict[str, Any],
        timestamp: str,
        context: dict[str, Any],
        result: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        verb_id, display = VERBS[verb]
        out: dict[str, Any] = {
            "id": statement_id(self.base, self.learner.id, *key),
            "actor": self.actor,
            "verb": {"id": verb_id, "display": display},
            "object": obj,
            "timestamp": timestamp,
            "context": context,
            "version": XAPI_VERSION,
        }
        if result is not None:
            out["result"] = result
        return out


def build_statements(catalog: Any, store: Any, learner: Any, lang: str) -> list[dict[str, Any]]:
    """Every statement for the learner, oldest first; attempts carry scores but never the text written.

    A statement's content depends only on the record it stands for (no titles, no language, no
    course version), so re-sending after a course update meets no conflict in the LRS; a record
    whose time changes (a lesson completed again) gets a new id instead.
    """
    from course.status import overview

    b = Builder(catalog, learner, lang)
    view = overview(catalog, store, learner.id, lang, persist=False)
    level_of = {ls.id: lv.id for lv in view.levels for ls in lv.lessons}
    out: list[dict[str, Any]] = []
    for lesson_id, row in sorted(store.lesson_rows(learner.id).items()):
        if row.started_at:
            context = b._context(level_id=row.level_id or level_of.get(lesson_id))
            out.append(
                b.statement(
                    (lesson_id, "experienced"), "experienced", b._activity("lesson", lesson_id), row.started_at, context
                )
            )
    for lv in view.levels:
        for ls in lv.lessons:
            if ls.completed_at:
                out.append(
                    b.statement(
                        (ls.id, "completed", ls.completed_at),
                        "completed",
                        b._activity("lesson", ls.id),
                        ls.completed_at,
                        b._context(level_id=lv.id),
                        {"completion": True},
                    )
                )
        times = [ls.completed_at for ls in lv.lessons if ls.completed_at]
        if lv.done and times:
            out.append(
                b.statement(
                    ("level", lv.id, "completed", max(times)),
                    "completed",
                    b._activity("level", lv.id),
                    max(times),
                    b._context(),
                    {"completion": True},
                )
            )
    first: set[str] = set()
    for a in sorted(store.attempts(learner.id), key=lambda a: (a.created_at, a.id)):
        context = b._context(level_id=level_of.get(a.lesson_id), lesson_id=a.lesson_id or None)
        obj = b._activity("exercise", a.exercise_id)
        if a.exercise_id not in first:
            first.add(a.exercise_id)
            out.append(b.statement((a.id, "attempted"), "attempted", obj, a.created_at, context))
        score = round(min(1.0, max(0.0, float(a.score))), 4)
        result = {
            "score": {"scaled": score, "raw": score, "min": 0, "max": 1},
            "success": bool(a.passed),
            "duration": _duration(a.duration_s),
            "extensions": {
                f"{b.base}/extensions/hints-used": int(a.hints_used or 0),
                f"{b.base}/extensions/failed-checks": list(a.failed_checks),
                f"{b.base}/extensions/kind": a.kind or "",
            },
        }
        out.append(
            b.statement((a.id, "graded"), "passed" if a.passed else "failed", obj, a.created_at, context, result)
        )
    ack = store.policy_ack(learner.id)
    if ack is not None:
        out.append(
            b.statement(
                ("policy", ack.version, ack.acknowledged_at),
                "accepted",
                b._activity("policy", ack.version),
                ack.acknowledged_at,
                b._context(),
            )
        )
    out.sort(key=lambda s: (s["timestamp"], s["id"]))
    return out
