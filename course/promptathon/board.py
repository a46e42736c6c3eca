"""Merges teams' results files into a leaderboard and a gallery of final prompts (no UI)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from course.i18n import t
from course.promptathon import results
from course.promptathon.results import ENDINGS, MAX_TEXT
from progress import bounds

MAX_CHALLENGES = 200
MAX_NUMBER = 1_000_000


@dataclass(frozen=True)
class Rejected:
    """A file that was not used, with a one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True)
class Entry:
    """One team's final prompt for one challenge."""

    challenge_id: str
    title: str
    department: str
    prompt: str
    learned: str
    points: int
    rubric: int
    bonus: int
    penalty: int
    score: float
    passed: bool
    words: int
    ampel: str
    touched: bool


@dataclass(frozen=True)
class TeamResult:
    """A verified results file."""

    path: str
    team: str
    pack_id: str
    pack_title: str
    total: int
    ended: str | None
    used_seconds: int
    written_at: str
    entries: tuple[Entry, ...]

    @property
    def passed(self) -> int:
        return sum(1 for e in self.entries if e.passed)

    @property
    def attempted(self) -> int:
        return sum(1 for e in self.entries if e.touched)

    @property
    def penalties(self) -> int:
        return sum(1 for e in self.entries if e.penalty > 0)


@dataclass(frozen=True)
class Row:
    """A leaderboard line."""

    rank: int
    team: TeamResult


@dataclass(frozen=True)
class GalleryEntry:
    """A team's final prompt in the gallery (personal data blacked out)."""

    team: str
    entry: Entry
    prompt: str
    learned: str
    best: bool


@dataclass(frozen=True)
class GalleryItem:
    """A challenge with every team's final prompt, best first."""

    challenge_id: str
    title: str
    department: str
    entries: tuple[GalleryEntry, ...]


@dataclass(frozen=True)
class Board:
    """The merged view."""

    rows: tuple[Row, ...]
    gallery: tuple[GalleryItem, ...]
    rejected: tuple[Rejected, ...]
    packs: tuple[tuple[str, str], ...]
    files_read: int
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))


class _Invalid(Exception):
    """A verified file that lacks what the board needs; str() is the reason."""


# -- reading ---------------------------------------------------------------------
def load_results(paths: Iterable[str | os.PathLike[str]], lang: str = "en") -> tuple[list[TeamResult], list[Rejected]]:
    """Read files and folders of results; every unusable one gets a one-line reason; one file per team (the newest)."""
    teams: dict[str, TeamResult] = {}
    rejected: list[Rejected] = []
    seen: set[tuple[int, int]] = set()
    for shown, identity in _expand(paths, lang):
        if isinstance(identity, str):
            rejected.append(Rejected(shown, identity))
            continue
        if identity in seen:
            rejected.append(Rejected(shown, t(lang, "promptathon.reason.same_file")))
            continue
        seen.add(identity)
        try:
            team = parse_results(results.read(shown), shown)
        except results.ResultsError as exc:
            rejected.append(Rejected(shown, str(exc)))
            continue
        except _Invalid as exc:
            rejected.append(Rejected(shown, t(lang, "promptathon.reason.invalid", why=exc)))
            continue
        key = " ".join(team.team.casefold().split())
        other = teams.get(key)
        if other is None:
            teams[key] = team
        elif (team.written_at, team.path) > (other.written_at, other.path):
            rejected.append(Rejected(other.path, t(lang, "promptathon.reason.superseded", other=shown)))
            teams[key] = team
        else:
            rejected.append(Rejected(shown, t(lang, "promptathon.reason.superseded", other=other.path)))
    return list(teams.values()), rejected


def _expand(paths: Iterable[str | os.PathLike[str]], lang: str) -> Iterator[tuple[str, tuple[int, int] | str]]:
    """(path, file identity) for each file named or found in a named folder; (path, reason) if unusable."""
    from course.jsonfiles import expand

    def reason(key: str, why: str) -> str:
        return t(lang, f"promptathon.reason.{key}", why=why)  # keys from course.jsonfiles.expand

    return expand(paths, reason)


def _text(data: dict[str, Any], key: str, where: str, required: bool = True, limit: int = MAX_TEXT) -> str:
    value = data.get(key, None if required else "")
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _Invalid(f"{where}{key} is missing or not text")
    return value[:limit]


def _int(data: dict[str, Any], key: str, where: str) -> int:
    value = data.get(key)
    if type(value) is not int or bounds.whole(value, -MAX_NUMBER, MAX_NUMBER) is None:
        raise _Invalid(f"{where}{key} is missing or not a whole number")
    return value


def parse_results(data: dict[str, Any], path: str) -> TeamResult:
    """A TeamResult from verified JSON; _Invalid with the reason if parts are missing or do not add up."""
    team = _text(data, "team", "", limit=200)
    pack = data.get("pack")
    if not isinstance(pack, dict):
        raise _Invalid("pack is missing")
    raw = data.get("challenges")
    if not isinstance(raw, list) or len(raw) > MAX_CHALLENGES:
        raise _Invalid("challenges is missing or too long")
    entries = []
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise _Invalid(f"challenge {n} is not an object")
        where = f"challenge {n}: "
        rubric, bonus, penalty, points = (_int(item, k, where) for k in ("rubric", "bonus", "penalty", "points"))
        if points != rubric + bonus - penalty:
            raise _Invalid(f"{where}points do not add up")
        score = item.get("score", 0)
        if bounds.number(score, 0.0, 1.0) is None:
            raise _Invalid(f"{where}score must be between 0 and 1")
        entries.append(
            Entry(
                challenge_id=_text(item, "id", where, limit=100),
                title=_text(item, "title", where, False, 300),
                department=_text(item, "department", where, False, 40),
                prompt=_text(item, "prompt", where, False),
                learned=_text(item, "lessons_learned", where, False),
                points=points,
                rubric=rubric,
                bonus=bonus,
                penalty=penalty,
                score=float(score),
                passed=item.get("passed") is True,
                words=max(0, _int(item, "words", where)),
                ampel=str(item.get("ampel", "green"))[:10],
                touched=item.get("touched") is True,
            )
        )
    total = _int(data, "total", "")
    if total != sum(e.points for e in entries):
        raise _Invalid("the total does not match the challenges' points")
    ended = data.get("ended")
    if ended is not None and ended not in ENDINGS:
        raise _Invalid("ended is not time-up, finished or quit")
    used = data.get("used_seconds", 0)
    return TeamResult(
        path=path,
        team=team,
        pack_id=_text(pack, "id", "pack ", limit=100),
        pack_title=_text(pack, "title", "pack ", False, 200),
        total=total,
        ended=ended,
        used_seconds=bounds.whole(used, 0, 36_000) or 0,
        written_at=_text(data, "written_at", "", False, 40),
        entries=tuple(entries),
    )


# -- merging ---------------------------------------------------------------------
def redact(text: str, lang: str) -> str:
    """The text with everything the Datenschutz-Ampel finds replaced by a black bar and its category."""
    from course.i18n import category_label
    from course.scanner import scan

    text = text[:MAX_TEXT]
    found = scan(text).findings
    out, cursor = [], 0
    for f in found:
        out.append(text[cursor : f.start])
        out.append(f"[███ {category_label(lang, f.category)}]")
        cursor = f.end
    out.append(text[cursor:])
    return "".join(out)


def build_board(teams: list[TeamResult], rejected: list[Rejected], lang: str = "en") -> Board:
    """Rank the teams (equal totals share a rank) and collect every challenge's final prompts."""
    ordered = sorted(teams, key=lambda t: (-t.total, -t.passed, t.used_seconds, t.team.casefold(), t.path))
    rows = tuple(Row(1 + sum(1 for other in ordered if other.total > team.total), team) for team in ordered)
    order: list[str] = []
    meta: dict[str, tuple[str, str]] = {}
    for team in ordered:
        for e in team.entries:
            if e.challenge_id not in meta:
                order.append(e.challenge_id)
                meta[e.challenge_id] = (e.title or e.challenge_id, e.department)
    gallery = []
    for cid in order:
        picks = [(team, e) for team in ordered for e in team.entries if e.challenge_id == cid and e.touched]
        picks.sort(key=lambda p: (-p[1].points, -p[1].score, p[1].words, p[0].team.casefold()))
        top = picks[0][1].points if picks else 0
        entries = tuple(
            GalleryEntry(team.team, e, redact(e.prompt, lang), redact(e.learned, lang), top > 0 and e.points == top)
            for team, e in picks
        )
        gallery.append(GalleryItem(cid, meta[cid][0], meta[cid][1], entries))
    packs = tuple(dict.fromkeys((t.pack_id, t.pack_title) for t in ordered))
    return Board(rows, tuple(gallery), tuple(rejected), packs, len(teams))


def to_json(board: Board) -> dict[str, Any]:
    """The board for `--json`: figures, the gallery (redacted) and the refused files."""
    return {
        "format": "genai-course-promptathon-board",
        "generated_at": board.generated_at.isoformat(),
        "files_read": board.files_read,
        "packs": [{"id": pid, "title": title} for pid, title in board.packs],
        "teams": [
            {
                "rank": r.rank,
                "team": r.team.team,
                "total": r.team.total,
                "passed": r.team.passed,
                "attempted": r.team.attempted,
                "challenges": len(r.team.entries),
                "penalties": r.team.penalties,
                "used_seconds": r.team.used_seconds,
                "ended": r.team.ended,
                "pack": r.team.pack_id,
                "path": r.team.path,
            }
            for r in board.rows
        ],
        "gallery": [
            {
                "id": g.challenge_id,
                "title": g.title,
                "department": g.department,
                "entries": [
                    {
                        "team": ge.team,
                        "points": ge.entry.points,
                        "rubric": ge.entry.rubric,
                        "bonus": ge.entry.bonus,
                        "penalty": ge.entry.penalty,
                        "score": round(ge.entry.score, 4),
                        "passed": ge.entry.passed,
                        "words": ge.entry.words,
                        "ampel": ge.entry.ampel,
                        "best": ge.best,
                        "prompt": ge.prompt,
                        "lessons_learned": ge.learned,
                    }
                    for ge in g.entries
                ],
            }
            for g in board.gallery
        ],
        "rejected": [{"path": r.path, "reason": r.reason} for r in board.rejected],
    }
