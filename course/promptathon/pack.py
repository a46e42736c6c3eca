"""Reads a challenge pack: `promptathon.yaml` beside challenge files in the lesson format."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from course.content import LANGUAGES, Exercise, Lesson, Localized, Problem
from course.coursefile import read_text
from course.exercises import ID_RE, unknown
from course.i18n import Message, msg
from course.packfiles import shown_path
from course.promptathon.challengefiles import challenge_files
from course.yamlutil import YamlError, line_of, load

AddProblem = Callable[..., None]
"""`add(key_path, code, message, severity="error")`: a problem at a place in promptathon.yaml."""
PACK_FILE = "promptathon.yaml"
PACK_KEYS = {"id", "title", "intro", "minutes", "scoring", "challenges"}
SCORING_KEYS = {"rubric", "concise_bonus", "personal_data_penalty"}
CHALLENGE_KEYS = {"id", "department", "weight", "words"}
DEPARTMENTS = ("hr", "sales", "service", "finance", "marketing", "it", "management", "legal", "operations", "other")
DEFAULT_MINUTES = 45
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


def count_words(text: str) -> int:
    """Words in a prompt (letters/digits, joined by hyphens or apostrophes count as one)."""
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Scoring:
    """How points are made: rubric score × `rubric` × weight, a concise bonus, a personal-data penalty."""

    rubric: int = 100
    concise_bonus: int = 20
    personal_data_penalty: int = 50

    def to_json(self) -> dict[str, int]:
        return {
            "rubric": self.rubric,
            "concise_bonus": self.concise_bonus,
            "personal_data_penalty": self.personal_data_penalty,
        }


@dataclass(frozen=True)
class Challenge:
    """One challenge: its lesson per language (one exercise each) and how it is scored."""

    id: str
    department: str = "other"
    weight: float = 1.0
    words: int = 0
    """Word target for the concise bonus as the pack sets it; 0: the sample solution's length."""
    lessons: tuple[tuple[str, Lesson], ...] = ()

    def target(self, lang: str) -> int:
        """The concise bonus's word target in `lang` (0: no bonus)."""
        if self.words:
            return self.words
        solution = self.exercise(lang).solution
        return count_words(solution) if isinstance(solution, str) else 0

    def lesson(self, lang: str) -> Lesson:
        """The challenge in `lang`, else in the first language present."""
        for key, lesson in self.lessons:
            if key == lang:
                return lesson
        return self.lessons[0][1]

    def exercise(self, lang: str) -> Exercise:
        """The challenge's one exercise in `lang`."""
        return self.lesson(lang).exercises[0]

    def title(self, lang: str) -> str:
        return self.lesson(lang).title

    def brief(self, lang: str) -> str:
        """The Markdown around the exercise (the scenario), as plain text."""
        return self.lesson(lang).markdown.strip()


@dataclass(frozen=True)
class Pack:
    """A loaded challenge pack."""

    id: str
    title: Localized
    intro: Localized
    minutes: int
    scoring: Scoring
    challenges: tuple[Challenge, ...]
    root: Path
    content_hash: str = ""

    def challenge(self, challenge_id: str) -> Challenge | None:
        return next((c for c in self.challenges if c.id == challenge_id), None)


@dataclass
class LoadResult:
    """A pack (None when unusable) and every problem found on the way."""

    pack: Pack | None
    problems: list[Problem] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    """Challenge files that are not in the pack (broken, unlisted or a duplicate)."""


def bundled_pack_dir() -> Path:
    """The challenge pack that ships with genai-course."""
    from course import paths

    return paths.bundled_pack() / "promptathon"


def is_pack(folder: Path) -> bool:
    """True when `folder` holds a promptathon.yaml."""
    return (folder / PACK_FILE).is_file()


def load_pack(root: Path) -> LoadResult:
    """Parse the pack in `root`; bad challenges are left out and reported, never raised."""
    result = LoadResult(None)
    problems = result.problems
    cfg_path = root / PACK_FILE
    shown = shown_path(cfg_path)
    if not cfg_path.is_file():
        problems.append(Problem(shown_path(root), 1, "error", "no-pack", msg("lint.pa.no_pack", file=PACK_FILE)))
        return result
    text, problem = read_text(cfg_path, shown)
    if problem:
        problems.append(problem)
        return result
    try:
        data, lines = load(text or "")
    except YamlError as exc:
        problems.append(Problem(shown, exc.line, "error", "yaml", exc.msg))
        return result
    if not isinstance(data, dict):
        problems.append(Problem(shown, 1, "error", "bad-file", msg("lint.pa.not_map", file=PACK_FILE)))
        return result

    def add(key_path: tuple[Any, ...], code: str, message: Message, severity: str = "error") -> None:
        problems.append(Problem(shown, line_of(lines, *key_path), severity, code, message))

    for key in data:
        if key not in PACK_KEYS:
            add((key,), "unknown-key", unknown(msg("lint.unknown_key", key=repr(key)), str(key), PACK_KEYS))
    pack_id = data.get("id")
    if not isinstance(pack_id, str) or not ID_RE.match(pack_id):
        add(("id",), "bad-id", msg("lint.pa.bad_id"))
        return result
    title = Localized.of(data.get("title") or pack_id)
    for lang in LANGUAGES:
        if not isinstance(data.get("title"), dict) or not data["title"].get(lang):
            add(("title",), "missing-language", msg("lint.pa.title_lang", lang=lang), "warning")
    minutes = data.get("minutes", DEFAULT_MINUTES)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 600:
        add(("minutes",), "bad-value", msg("lint.pa.minutes"))
        minutes = DEFAULT_MINUTES
    scoring = _scoring(data.get("scoring"), add)
    files = challenge_files(root, problems)
    entries = _entries(data.get("challenges"), files, add)
    challenges: list[Challenge] = []
    for entry in entries:
        challenge = _challenge(entry, files)
        if challenge is not None:
            challenges.append(challenge)
    listed = {e["id"] for e in entries}
    for challenge_id, by_lang in files.items():
        if challenge_id not in listed and data.get("challenges") is not None:
            path = next(iter(by_lang.values())).path
            problems.append(
                Problem(
                    shown_path(path) if path else shown,
                    1,
                    "warning",
                    "not-listed",
                    msg("lint.pa.not_listed", id=repr(challenge_id), file=PACK_FILE),
                )
            )
    if not challenges:
        add(("challenges",), "no-challenges", msg("lint.pa.no_challenges"))
        return result
    used = {lesson.path for c in challenges for _lang, lesson in c.lessons}
    result.left_out = [
        shown_path(p) for p in sorted(root.glob("*.md")) if p.name.lower() != "readme.md" and p not in used
    ]
    result.pack = Pack(
        id=pack_id,
        title=title,
        intro=Localized.of(data.get("intro")),
        minutes=minutes,
        scoring=scoring,
        challenges=tuple(challenges),
        root=root,
        content_hash=_digest(root, cfg_path, files),
    )
    return result


def _scoring(raw: Any, add: AddProblem) -> Scoring:
    if raw is None:
        return Scoring()
    if not isinstance(raw, dict):
        add(("scoring",), "bad-value", msg("lint.pa.scoring"))
        return Scoring()
    values: dict[str, int] = {}
    for key, value in raw.items():
        if key not in SCORING_KEYS:
            add(
                ("scoring", key),
                "unknown-key",
                unknown(msg("lint.pa.scoring_key", key=repr(key)), str(key), SCORING_KEYS),
            )
        elif not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10_000:
            add(("scoring", key), "bad-value", msg("lint.pa.scoring_value", key=key))
        else:
            values[key] = value
    return Scoring(**values)


def _entries(raw: Any, files: dict[str, dict[str, Lesson]], add: AddProblem) -> list[dict[str, Any]]:
    """The challenge list as {id, department, weight, words, index}; file order when missing."""
    if raw is None:
        return [{"id": cid} for cid in sorted(files, key=lambda c: min(lesson.order for lesson in files[c].values()))]
    if not isinstance(raw, list):
        add(
            ("challenges",),
            "bad-value",
            msg("lint.pa.challenges"),
        )
        return []
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        entry = {"id": item} if isinstance(item, str) else item
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            add(("challenges", index), "bad-value", msg("lint.pa.entry"))
            continue
        for key in entry:
            if key not in CHALLENGE_KEYS:
                add(
                    ("challenges", index, key),
                    "unknown-key",
                    unknown(msg("lint.pa.entry_key", key=repr(key)), str(key), CHALLENGE_KEYS),
                )
        cid = entry["id"]
        if cid in seen:
            add(("challenges", index), "duplicate-id", msg("lint.pa.twice", id=repr(cid)))
            continue
        seen.add(cid)
        if cid not in files:
            add(
                ("challenges", index),
                "unknown-challenge",
                unknown(msg("lint.pa.no_file", id=repr(cid)), cid, set(files)),
            )
            continue
        department = entry.get("department", "other")
        if department not in DEPARTMENTS:
            add(
                ("challenges", index, "department"),
                "bad-value",
                msg("lint.pa.department", name=repr(department), names=", ".join(DEPARTMENTS)),
            )
            department = "other"
        weight = entry.get("weight", 1)
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) or not 0 < weight <= 10:
            add(("challenges", index, "weight"), "bad-value", msg("lint.pa.weight"))
            weight = 1
        words = entry.get("words")
        if words is not None and (not isinstance(words, int) or isinstance(words, bool) or not 1 <= words <= 5000):
            add(
                ("challenges", index, "words"),
                "bad-value",
                msg("lint.pa.words"),
            )
            words = None
        entries.append({"id": cid, "department": department, "weight": float(weight), "words": words})
    return entries


def _challenge(entry: dict[str, Any], files: dict[str, dict[str, Lesson]]) -> Challenge | None:
    by_lang = files.get(entry["id"])
    if not by_lang:
        return None
    ordered = tuple(
        (lang, by_lang[lang]) for lang in (*LANGUAGES, *sorted(set(by_lang) - set(LANGUAGES))) if lang in by_lang
    )
    return Challenge(
        id=entry["id"],
        department=entry.get("department", "other"),
        weight=entry.get("weight", 1.0),
        words=int(entry.get("words") or 0),
        lessons=ordered,
    )


def _digest(root: Path, cfg: Path, files: dict[str, dict[str, Lesson]]) -> str:
    """sha256 over the pack file and every challenge file, so results name the exact pack."""
    digest = hashlib.sha256()
    paths = [cfg] + sorted(lesson.path for by in files.values() for lesson in by.values() if lesson.path is not None)
    for path in paths:
        try:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        except (OSError, ValueError):
            pass
    return "sha256:" + digest.hexdigest()
