"""Safety checks: no-personal-data and no-secrets (via the scanner) and keeps (placeholders survive)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from course.grading.cleantext import TextView, printable
from course.grading.result import Outcome
from course.i18n import has, t

SECRET = "secret"
_SHOWN = 3


def _scan(text: str, names: tuple[str, ...]) -> Any:
    """The scanner's result (the scanner keeps its last few: no-personal-data, no-secrets and the
    workbench's privacy light on the same text scan it once)."""
    from course.scanner import scan

    return scan(text, names=names)


@lru_cache(maxsize=64)
def names_in(material: str) -> tuple[str, ...]:
    """Personal names the scanner finds in exercise material, with their single parts (surnames)."""
    if not material.strip():
        return ()
    found: list[str] = []
    for f in _scan(material, ()).findings:
        if f.category != "name":
            continue
        full = printable(f.text, 80)
        found.append(full)
        found.extend(part for part in re.split(r"[\s.]+", full) if len(part) >= 3 and part[0].isupper())
    return tuple(dict.fromkeys(found))


def _category(category: str, lang: str) -> str:
    """A scanner category as the grader names it ('E-Mail-Adresse'), or the raw category."""
    return t(lang, f"grading.category.{category}") if has(f"grading.category.{category}") else category


def _describe(findings: Iterable[Any], lang: str) -> str:
    """'E-Mail-Adresse „max@…“, Name „Erika“' – at most three, then 'and N more'."""
    items = list(findings)
    shown = [f"{_category(f.category, lang)} {t(lang, 'quote', value=printable(f.text, 40))}" for f in items[:_SHOWN]]
    more = len(items) - _SHOWN
    if more > 0:
        shown.append(f"+{more}")
    return ", ".join(shown)


def _findings(tv: TextView, names: tuple[str, ...], secrets: bool) -> tuple[list[Any], list[Any]]:
    """(strong, weak) findings of the wanted kind: secrets, or everything else."""
    result = _scan(tv.original, names)
    wanted = [f for f in result.findings if (f.category == SECRET) == secrets]
    return [f for f in wanted if f.strong], [f for f in wanted if not f.strong]


def _outcome(strong: list[Any], weak: list[Any], lang: str) -> Outcome:
    """Holds when there is no strong finding; weak findings are reported as 'unsure'."""
    first = strong[0] if strong else None
    return Outcome(
        not strong,
        (first.start, first.end) if first else None,
        _describe(strong, lang),
        (("found", _describe(strong, lang)), ("possible", _describe(weak, lang))),
    )


def no_personal_data(tv: TextView, names: tuple[str, ...], lang: str) -> Outcome:
    """No strong finding of personal data (the scanner's red); secrets are no-secrets' job."""
    return _outcome(*_findings(tv, names, secrets=False), lang)


def no_secrets(tv: TextView, names: tuple[str, ...], lang: str) -> Outcome:
    """No password, token or API key."""
    return _outcome(*_findings(tv, names, secrets=True), lang)


def keeps(tv: TextView, value: Any, lang: str) -> Outcome:
    """Every placeholder survives as [X], {X}, {{X}} or <X> (case and inner spaces ignored)."""
    wanted = [str(v).strip().strip("[]{}<>").strip() for v in (value or ()) if str(v).strip()]
    missing: list[str] = []
    first: tuple[int, int] | None = None
    for name in wanted:
        m = re.search(r"[\[{<]{1,2}\s*" + re.escape(name) + r"\s*[\]}>]{1,2}", tv.original, re.IGNORECASE)
        if m is None:
            missing.append(f"[{name}]")
        elif first is None or m.start() < first[0]:
            first = (m.start(), m.end())
    return Outcome(not missing, first, ", ".join(missing), (("missing", ", ".join(missing)),))
