"""The Gap-Check's questions and scales from the course pack (gapcheck.yaml): loading and linting."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from course.content import Localized, Problem
from course.i18n import Message, msg

FILE_NAME = "gapcheck.yaml"
KEYS = {"id", "version", "minutes", "users_from", "scales", "questions"}
QUESTION_KEYS = {"id", "factor", "scale", "text"}
HUMAN = ("knowledge", "motivation", "trust")
SYSTEM = ("framework", "structure", "strategy")
FACTORS = ("usage", *HUMAN, *SYSTEM)
"""`usage` says who is a user; the others are the human and the system gap of the course's definition."""
LANGS = ("de", "en")
MAX_QUESTIONS = 20


@dataclass(frozen=True, slots=True)
class Question:
    """One question: its id, the factor it measures, its scale's id and its text per language."""

    id: str
    factor: str
    scale: str
    text: Localized


@dataclass(frozen=True, slots=True)
class GapCheckSpec:
    """The whole Gap-Check: answers are 1..len(scale) per question."""

    id: str
    version: str
    minutes: int
    users_from: int
    scales: dict[str, dict[str, tuple[str, ...]]]  # scale id -> language -> labels, lowest first
    questions: tuple[Question, ...]

    def labels(self, question: Question, lang: str) -> tuple[str, ...]:
        """The answer labels of `question` in `lang` (another language if missing)."""
        by_lang = self.scales.get(question.scale, {})
        return by_lang.get(lang) or next(iter(by_lang.values()), ())

    def points(self, question_id: str) -> int:
        """How many answers the question's scale has (0 for an unknown question)."""
        q = self.question(question_id)
        return len(self.labels(q, "de")) if q else 0

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def clean_answers(self, answers: Any) -> dict[str, int]:
        """Only known questions with an answer on their scale (an export may hold anything)."""
        out: dict[str, int] = {}
        if not isinstance(answers, dict):
            return out
        for q in self.questions:
            value = answers.get(q.id)
            if type(value) is int and 1 <= value <= self.points(q.id):
                out[q.id] = value
        return out

    def is_user(self, answers: dict[str, int]) -> bool | None:
        """True/False by the usage question; None when it was not answered."""
        usage = [answers[q.id] for q in self.questions if q.factor == "usage" and q.id in answers]
        return None if not usage else max(usage) >= self.users_from

    def factor_scores(self, answers: dict[str, int]) -> dict[str, float]:
        """Per factor (not usage) the mean answer as a share 0..1 of its scale (0 = lowest answer)."""
        sums: dict[str, list[float]] = {}
        for q in self.questions:
            if q.factor != "usage" and q.id in answers:
                top = self.points(q.id)
                sums.setdefault(q.factor, []).append((answers[q.id] - 1) / (top - 1) if top > 1 else 0.0)
        return {k: sum(v) / len(v) for k, v in sums.items()}


def find_file(roots: Sequence[Path]) -> Path | None:
    """The last pack's gapcheck.yaml (later packs replace earlier ones, like policy.yaml)."""
    found = None
    for root in roots:
        if (Path(root) / FILE_NAME).is_file():
            found = Path(root) / FILE_NAME
    return found


def load_spec(roots: Sequence[Path]) -> GapCheckSpec | None:
    """The Gap-Check of the active packs; None if no pack has a usable one."""
    path = find_file(roots)
    if path is None:
        return None
    spec, _ = read_spec(path, str(path))
    return spec


def bundled_spec() -> GapCheckSpec | None:
    """The Gap-Check of the bundled pack."""
    from course import paths

    return load_spec([paths.bundled_pack()])


def read_spec(path: Path, shown: str) -> tuple[GapCheckSpec | None, list[Problem]]:
    """Parse and check a gapcheck.yaml; the spec is None when errors make it unusable."""
    from course.coursefile import read_mapping
    from course.yamlutil import line_of

    data, lines, _text, refused = read_mapping(path, shown, "bad-gapcheck", msg("lint.gap.not_map"))
    if data is None:
        return None, refused
    problems: list[Problem] = []

    def err(code: str, message: Message, *where: Any) -> None:
        problems.append(Problem(shown, line_of(lines, *where), "error", code, message))

    for key in data:
        if key not in KEYS:
            err("unknown-key", msg("lint.gap.key", key=repr(key), keys=", ".join(sorted(KEYS))), key)
    scales = _scales(data.get("scales"), err)
    questions = _questions(data.get("questions"), scales, err)
    users_from = data.get("users_from", 4)
    usage = [q for q in questions if q.factor == "usage"]
    if len(usage) != 1:
        err(
            "gapcheck-usage",
            msg("lint.gap.usage", n=len(usage)),
            "questions",
        )
    elif type(users_from) is not int or not 2 <= users_from <= len(next(iter(scales[usage[0].scale].values()))):
        err(
            "bad-value",
            msg("lint.gap.users_from"),
            "users_from",
        )
    minutes = data.get("minutes", 2)
    if type(minutes) is not int or not 1 <= minutes <= 30:
        err("bad-value", msg("lint.gap.minutes"), "minutes")
        minutes = 2
    missing = [f for f in FACTORS if f not in {q.factor for q in questions}]
    if missing and questions:
        problems.append(
            Problem(
                shown,
                line_of(lines, "questions"),
                "warning",
                "gapcheck-factor",
                msg("lint.gap.no_factor", factors=", ".join(missing)),
            )
        )
    if any(p.severity == "error" for p in problems) or not questions:
        return None, problems
    spec = GapCheckSpec(
        str(data.get("id") or "gap-check"), str(data.get("version", "1")), minutes, users_from, scales, tuple(questions)
    )
    return spec, problems


def _scales(value: Any, err: Callable[..., None]) -> dict[str, dict[str, tuple[str, ...]]]:
    scales: dict[str, dict[str, tuple[str, ...]]] = {}
    if not isinstance(value, dict) or not value:
        err("bad-value", msg("lint.gap.scales"), "scales")
        return scales
    for scale_id, by_lang in value.items():
        if not isinstance(by_lang, dict):
            err("bad-value", msg("lint.gap.scale_langs", id=repr(scale_id)), "scales", scale_id)
            continue
        labels: dict[str, tuple[str, ...]] = {}
        for lang in LANGS:
            items = by_lang.get(lang)
            if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
                err(
                    "missing-language",
                    msg("lint.gap.scale_list", id=repr(scale_id), lang=repr(lang)),
                    "scales",
                    scale_id,
                )
                continue
            if not 2 <= len(items) <= 7:
                err(
                    "bad-value",
                    msg("lint.gap.scale_size", id=repr(scale_id), lang=lang, n=len(items)),
                    "scales",
                    scale_id,
                    lang,
                )
                continue
            labels[lang] = tuple(items)
        if len({len(v) for v in labels.values()}) > 1:
            err("bad-value", msg("lint.gap.scale_differ", id=repr(scale_id)), "scales", scale_id)
        elif len(labels) == len(LANGS):
            scales[str(scale_id)] = labels
    return scales


def _questions(value: Any, scales: dict[str, Any], err: Callable[..., None]) -> list[Question]:
    import re

    from course.exercises import joined

    questions: list[Question] = []
    if not isinstance(value, list) or not value:
        err("bad-value", msg("lint.gap.questions"), "questions")
        return questions
    if len(value) > MAX_QUESTIONS:
        err("bad-value", msg("lint.gap.too_many", n=MAX_QUESTIONS), "questions")
    seen: set[str] = set()
    for i, item in enumerate(value[:MAX_QUESTIONS]):
        where = ("questions", i)
        if not isinstance(item, dict):
            err("bad-value", msg("lint.gap.question_map"), *where)
            continue
        for key in item:
            if key not in QUESTION_KEYS:
                err(
                    "unknown-key",
                    msg("lint.gap.question_key", key=repr(key), keys=", ".join(sorted(QUESTION_KEYS))),
                    *where,
                    key,
                )
        qid = item.get("id")
        if not isinstance(qid, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", qid):
            err("bad-id", msg("lint.gap.question_id", id=repr(qid)), *where, "id")
            continue
        if qid in seen:
            err("duplicate-id", msg("lint.gap.question_twice", id=repr(qid)), *where, "id")
            continue
        seen.add(qid)
        factor = item.get("factor")
        if factor not in FACTORS:
            err("bad-value", msg("lint.gap.factor", id=repr(qid), factors=", ".join(FACTORS)), *where, "factor")
            continue
        scale = item.get("scale")
        if scale not in scales:
            err("bad-value", msg("lint.gap.scale", id=repr(qid), scale=repr(scale)), *where, "scale")
            continue
        text = item.get("text")
        if not isinstance(text, dict) or any(
            not isinstance(text.get(lang), str) or not text[lang].strip() for lang in LANGS
        ):
            err("missing-language", msg("lint.gap.text", id=repr(qid), langs=joined(list(LANGS))), *where, "text")
            continue
        questions.append(Question(qid, str(factor), str(scale), Localized.of(text)))
    return questions


def lint_roots(roots: Iterable[Path]) -> list[Problem]:
    """Problems of every gapcheck.yaml in `roots`."""
    from course.packfiles import shown_path

    out: list[Problem] = []
    for root in roots:
        path = Path(root) / FILE_NAME
        if path.is_file():
            out.extend(read_spec(path, shown_path(path))[1])
    return out
