"""`genai-course certificate`: the learner's AI-literacy record as one printable HTML page.

It states what was done (levels and lessons completed with dates, the policy version
acknowledged, the course version and content hash) and makes no legal claim.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import Any

import click

from course.i18n import date, store_message, t
from course.options import Options


def _pct(score: float | None) -> str:
    return "–" if score is None else f"{round(score * 100)} %"


def certificate_context(data: dict[str, Any], catalog: Any, lang: str, now: datetime | None = None) -> dict[str, Any]:
    """What the page shows, from an export dict (`build_export`) and the catalog's titles."""
    from progress.safetext import terminal

    titles: dict[str, str] = {lv.id: lv.title.get(lang) for lv in catalog.levels}
    lesson_titles = {}
    for lesson_id in catalog.lesson_ids:
        try:
            lesson_titles[lesson_id] = catalog.lesson(lesson_id, lang).title
        except Exception:  # a title is decoration; the id stands in
            lesson_titles[lesson_id] = lesson_id
    done = [ls for ls in data["lessons"] if ls["status"] == "done"]
    levels = []
    for lv in data["levels"]:
        if lv["state"] == "done":
            dates = [ls["completed_at"] for ls in done if ls["level"] == lv["id"] and ls["completed_at"]]
            levels.append((titles.get(lv["id"]) or lv["id"], date(lang, max(dates, default=None)), _pct(lv["score"])))
    policy = data.get("policy") or {}
    course = data["course"]
    return {
        "lang": "de" if lang == "de" else "en",
        "t": partial(t, lang),
        "course_title": catalog.course.title.get(lang) or course["id"],
        "name": terminal(data["learner"]["name"]),
        "team": terminal(data["learner"].get("team") or ""),
        "levels_done": len(levels),
        "levels_total": len(data["levels"]),
        "lessons_done": len(done),
        "lessons_total": len(data["lessons"]),
        "policy": t(
            lang, "cli.cert.policy_value", version=policy["version"], date=date(lang, str(policy["acknowledged_at"]))
        )
        if policy.get("version") and policy.get("acknowledged_at")
        else t(lang, "cli.cert.policy_none"),
        "course": f"{course['id']} {course['version']}".strip(),
        "content_hash": course.get("content_hash") or "–",
        "issued": date(lang, now or datetime.now(UTC)),
        "levels": levels,
        "lessons": [
            (
                lesson_titles.get(ls["id"], ls["id"]),
                titles.get(ls["level"]) or ls["level"] or "–",
                date(lang, ls["completed_at"]),
                _pct(ls["score"]),
            )
            for ls in done
        ],
    }


def render_certificate(data: dict[str, Any], catalog: Any, lang: str, now: datetime | None = None) -> str:
    """The page (course/templates/certificate.html.j2): the learner's name and team cleaned of controls and
    bidi overrides, everything escaped by the template."""
    from course.htmlpages import render_page

    return render_page("certificate.html.j2", **certificate_context(data, catalog, lang, now))


def run_certificate(opts: Options, output: str | None) -> int:
    """Write the current learner's record to `output` (stdout when none or "-")."""
    from course.commands.progress import _catalog, _current, _err, _write, build_export
    from progress.records import StoreError

    lang = opts.language()
    try:
        with _current(opts) as current:
            if current is None:
                _err(t(lang, "cli.cert.nothing"))
                return 1
            store, learner = current
            lang = opts.language(learner.lang)
            catalog = _catalog(opts, lang)
            if catalog is None:
                return 1
            data = build_export(catalog, store, learner, lang)
    except StoreError as exc:
        _err(store_message(lang, exc))
        return 1
    page = render_certificate(data, catalog, lang)
    if not output or output == "-":
        click.echo(page, nl=False)
        return 0
    try:
        _write(output, page)
    except OSError as exc:
        _err(t(lang, "cli.cert.cannot_write", file=output, reason=exc.strerror or exc))
        return 1
    click.echo(t(lang, "cli.cert.written", file=output), err=True)
    return 0
