"""`genai-course certificate`: the learner's AI-literacy record as one printable HTML page.

It states what was done (levels and lessons completed with dates, the policy version
acknowledged, the course version and content hash) and makes no legal claim.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import Any

import click

from course.i18n import t
from course.options import Options

CSP = "default-src 'none'; style-src 'unsafe-inline'"
CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;
background:#fff}main{max-width:800px;margin:0 auto;padding:24px 16px}h1{font-size:1.7em;margin:.1em 0 .2em}
h2{font-size:1.1em;margin:1.3em 0 .4em;border-bottom:1px solid #dde2ea;padding-bottom:.2em}
.kicker{color:#5b6475;margin:0;text-transform:uppercase;letter-spacing:.05em;font-size:.85em}.who{font-size:1.2em;margin:.2em 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:0}dt{color:#5b6475}dd{margin:0;overflow-wrap:anywhere}
.hash{font-family:ui-monospace,monospace;font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.93em}th,td{text-align:left;padding:3px 6px;border-bottom:1px solid #dde2ea;
vertical-align:top;overflow-wrap:anywhere}.num{text-align:right;white-space:nowrap}
.sign{margin-top:2em}.line{margin-top:2.5em}footer{color:#5b6475;font-size:.85em;margin-top:2em;border-top:1px solid #dde2ea}
@media (max-width:600px){main{padding:12px 10px}dl{grid-template-columns:1fr}dd{margin-bottom:.4em}th,td{padding:3px 4px}}
@media print{main{max-width:none;padding:0}body{font-size:10pt}tr{break-inside:avoid}@page{margin:15mm}}
"""


def _pct(score: float | None) -> str:
    return "–" if score is None else f"{round(score * 100)} %"


def certificate_context(data: dict[str, Any], catalog: Any, lang: str, now: datetime | None = None) -> dict[str, Any]:
    """What the page shows, from an export dict (`build_export`) and the catalog's titles."""
    from markupsafe import Markup

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
            levels.append((titles.get(lv["id"]) or lv["id"], max(dates)[:10] if dates else "–", _pct(lv["score"])))
    policy = data.get("policy") or {}
    course = data["course"]
    return {
        "lang": "de" if lang == "de" else "en", "csp": Markup(CSP), "css": Markup(CSS), "t": partial(t, lang),
        "course_title": catalog.course.title.get(lang) or course["id"],
        "name": data["learner"]["name"], "team": data["learner"].get("team") or "",
        "levels_done": len(levels), "levels_total": len(data["levels"]),
        "lessons_done": len(done), "lessons_total": len(data["lessons"]),
        "policy": t(lang, "cli.cert.policy_value", version=policy["version"], date=str(policy["acknowledged_at"])[:10])
        if policy.get("version") and policy.get("acknowledged_at") else t(lang, "cli.cert.policy_none"),
        "course": f"{course['id']} {course['version']}".strip(), "content_hash": course.get("content_hash") or "–",
        "issued": (now or datetime.now(UTC)).strftime("%Y-%m-%d"),
        "levels": levels,
        "lessons": [(lesson_titles.get(ls["id"], ls["id"]), titles.get(ls["level"]) or ls["level"] or "–",
                     (ls["completed_at"] or "–")[:10], _pct(ls["score"])) for ls in done],
    }


def render_certificate(data: dict[str, Any], catalog: Any, lang: str, now: datetime | None = None) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("course", "templates"), autoescape=select_autoescape(["j2", "html"]))
    return env.get_template("certificate.html.j2").render(**certificate_context(data, catalog, lang, now)) + "\n"


def run_certificate(opts: Options, output: str | None) -> int:
    """Write the current learner's record to `output` (stdout when none or "-")."""
    from course.commands.progress import _catalog, _err, _open, _write, build_export
    from progress.records import StoreError

    lang = opts.language()
    try:
        store = _open(opts, create=False)
        if store is None:
            _err(t(lang, "cli.cert.nothing"))
            return 1
        with store:
            learner = store.current_learner()
            if learner is None:
                _err(t(lang, "cli.cert.nothing"))
                return 1
            lang = opts.language(learner.lang)
            catalog = _catalog(opts, lang)
            if catalog is None:
                return 1
            data = build_export(catalog, store, learner, lang)
    except StoreError as exc:
        _err(str(exc))
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
