"""Names in the team report that come from data: export error reasons, failed checks, gap-check factors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from course.i18n import check_label, has, percent, t

if TYPE_CHECKING:
    from course.team.gapfigures import FactorRow


def reason(exc: Exception, lang: str) -> str:
    """An export error's one-line reason in `lang` (by its code; as raised when it has none)."""
    code = getattr(exc, "code", "")
    field = getattr(exc, "params", {}).get("field", "")
    if code.startswith("field_") and (field == "learner" or field.startswith("learner.id")):
        return t(lang, "teamreport.no_learner")
    if code.startswith("field_") and field == "exported_at":
        return t(lang, "teamreport.no_date")
    if code and has(f"teamreport.r.{code}"):
        params = dict(getattr(exc, "params", {}))
        if code == "field_type":
            key = f"teamreport.type.{params.get('expected', '')}"
            params["what"] = t(lang, key) if has(key) else params.get("expected", "?")
        try:
            return t(lang, f"teamreport.r.{code}", **params) if params else t(lang, f"teamreport.r.{code}")
        except (KeyError, IndexError, ValueError):
            pass
    return str(exc)


def check_name(check: str, lesson_title: str, lang: str) -> str:
    """A failed check a lead can read: "Rolle", "Länge", "Quiz „Halluzinationen“: Antwort 2"."""
    if check.startswith("option-") and check[7:].isdigit():
        return t(lang, "teamreport.quiz_answer", lesson=lesson_title or "?", n=check[7:])
    return check_label(lang, check)


def factor_name(factor: str, lang: str) -> str:
    """A gap-check factor's name in `lang` (the raw factor when it has none)."""
    return t(lang, f"teamreport.f.{factor}") if has(f"teamreport.f.{factor}") else factor


def factor_headers(lang: str) -> list[str]:
    """The column heads of the gap-check factor table, the same in the terminal and the HTML report."""
    return [
        t(lang, "teamreport.factor"),
        t(lang, "teamreport.side"),
        t(lang, "teamreport.first_answer"),
        t(lang, "teamreport.latest_answer"),
        t(lang, "teamreport.change"),
        t(lang, "teamreport.among_not_yet"),
    ]


def factor_cells(f: FactorRow, lang: str) -> tuple[str, str, str, str, str, str]:
    """One factor's row: name, side, first and latest agreement, change in points, agreement among not-yet-users."""
    change = "–" if f.change is None else f"{'+' if f.change >= 0 else ''}{round(f.change * 100)}"
    return (
        factor_name(f.factor, lang),
        t(lang, "teamreport." + f.side),
        percent(lang, f.first),
        percent(lang, f.latest),
        change,
        percent(lang, f.not_yet),
    )
