"""A team of twelve with Gap-Check answers on two dates, as real export data: PEOPLE, DAY1, DAY2, person_export()."""

from __future__ import annotations

from course.gapcheck import bundled_spec
from helpers.team import minimal

DAY1, DAY2 = "2026-10-01T09:00:00+00:00", "2026-11-01T09:00:00+00:00"
TITLES = {"first-prompt": "Der erste Prompt", "hallucinations": "Halluzinationen"}
# name, team, (usage first, usage latest, other answers first, other answers latest); None: shares no Gap-Check.
PEOPLE = [
    ("Vera Vogel", "Vertrieb", (5, 5, 4, 5)),
    ("Viktor Voss", "Vertrieb", (4, 5, 4, 4)),
    ("Valentina Vu", "Vertrieb", (2, 4, 2, 4)),
    ("Vincent Varga", "Vertrieb", (1, 2, 1, 3)),
    ("Volker Vehse", "Vertrieb", (1, 1, 1, 1)),
    ("Emma Ernst", "Einkauf", (5, 5, 5, 5)),
    ("Elias Ebert", "Einkauf", (3, 4, 3, 4)),
    ("Erik Engel", "Einkauf", (2, 2, 2, 2)),
    ("Esra Erdem", "Einkauf", (1, 3, 1, 3)),
    ("Hanna Horn", "HR", (4, 4, 4, 4)),
    ("Henrik Haas", "HR", (2, 2, 2, 3)),
    ("Hugo Hahn", "HR", None),
]
NAMES = [p[0] for p in PEOPLE]


def answers(usage: int, other: int, allowed: int) -> dict[str, int]:
    """The bundled Gap-Check: `allowed` (framework) set on its own, every other question `other`."""
    spec = bundled_spec()
    out = {q.id: other for q in spec.questions}
    out["usage"], out["allowed"] = usage, allowed
    return out


def person_export(i: int, at: str, second: bool) -> dict:
    name, team, gap = PEOPLE[i]
    lid = f"id-{i:02d}"
    data = minimal(lid, name, at, learner={"id": lid, "name": name, "team": team})
    data["course"] = {"id": "c", "version": "2026.11", "content_hash": "sha256:abc"}
    data["policy"] = {"version": "2026.11", "acknowledged_at": "2026-09-20T08:00:00+00:00"}
    data["attempts"] = [
        {
            "id": f"{lid}-a1",
            "exercise": "fp-1",
            "lesson": "first-prompt",
            "score": 0.4,
            "passed": False,
            "failed_checks": ["role"],
            "at": "2026-09-25T08:00:00+00:00",
        }
    ]
    if name == "Erik Engel":  # did nothing after the first date: inactive by last activity, though he exported
        data["lessons"][0]["completed_at"] = "2026-10-01"
        data["attempts"][0]["at"] = "2026-10-01T08:00:00+00:00"
    elif second:
        data["lessons"][0]["completed_at"] = "2026-10-30"
        data["attempts"][0]["at"] = "2026-10-30T08:00:00+00:00"
    if name in ("Vera Vogel", "Emma Ernst", "Hanna Horn"):
        data["attempts"].append(
            {
                "id": f"{lid}-a2",
                "exercise": "quiz",
                "lesson": "hallucinations",
                "score": 0.0,
                "passed": False,
                "failed_checks": ["option-2"],
                "at": "2026-10-30T08:00:00+00:00",
            }
        )
    if name == "Esra Erdem":
        data["policy"] = {"version": "2026.1", "acknowledged_at": "2026-01-10T08:00:00+00:00"}
    if name == "Henrik Haas":
        data["policy"] = {"version": None, "acknowledged_at": None}
    if name == "Hugo Hahn":  # never started
        data["lessons"][0].update(status="not-started", score=None, completed_at=None)
        data["attempts"] = []
    if name == "Vera Vogel":
        data["successes"] = [
            {
                "title": "Wochenbericht für das Vertriebsteam aus den CRM-Notizen zusammenfassen "
                "und an die Leitung schicken",
                "minutes_saved": 45,
                "date": "2026-10-20",
            }
        ]
    if name == "Emma Ernst":
        data["successes"] = [{"title": "Angebote vergleichen", "minutes_saved": 30, "date": "2026-10-21"}]
    if gap is not None:
        u1, u2, x1, x2 = gap
        items = [{"at": "2026-09-30T10:00:00+00:00", "answers": answers(u1, x1, 1)}]
        if second:
            items.append({"at": "2026-10-31T10:00:00+00:00", "answers": answers(u2, x2, 5)})
        data["gap_check"] = items
    return data
