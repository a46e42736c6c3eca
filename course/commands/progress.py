"""`genai-course export`, `import` and `progress`: the learner's progress outside the app."""

from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from course.i18n import date, store_message, t, tn
from course.options import Options
from progress.safetext import csv_cell, terminal

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.catalog import Catalog
    from progress.records import Learner
    from progress.store import Store


CSV_COLUMNS = (
    "learner_id",
    "learner_name",
    "team",
    "course_id",
    "course_version",
    "level",
    "lesson",
    "status",
    "score",
    "attempts",
    "hints_used",
    "minutes",
    "completed_at",
)


def _err(text: str) -> None:
    click.echo(terminal(" ".join(str(text).split())), err=True)


def _out(text: str) -> None:
    """Print a line that carries learner or file strings: escape sequences and controls removed."""
    click.echo(terminal(text))


@contextmanager
def _current(opts: Options) -> Iterator[tuple[Store, Learner] | None]:
    """The store and its current learner, open while the `with` lasts; None when there is no database or no
    learner yet (looking creates nothing). A StoreError passes to the caller."""
    if not opts.db_path.exists():
        yield None
        return
    with _create(opts) as store:
        learner = store.current_learner()
        yield None if learner is None else (store, learner)


def _create(opts: Options) -> Store:
    """The store, made when there is none yet."""
    from progress.store import Store

    return Store.open(opts.db_path)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def build_export(catalog: Any, store: Any, learner: Any, lang: str, include_prompts: bool = False) -> dict[str, Any]:
    """The export of one learner as a dict (before sealing), fields as in the contract."""
    return {
        **export_header(catalog, store, learner, lang, include_prompts),
        "attempts": list(export_attempts(store, learner, include_prompts)),
    }


def export_attempts(store: Any, learner: Any, include_prompts: bool = False) -> Iterator[dict[str, Any]]:
    """The learner's attempts as export items, one at a time from the store (bounded memory)."""
    from progress.bigexport import cut_text

    for a in store.iter_attempts(learner.id):
        item: dict[str, Any] = {
            "id": a.id,
            "exercise": a.exercise_id,
            "lesson": a.lesson_id or None,
            "kind": a.kind,
            "score": a.score,
            "passed": a.passed,
            "hints_used": a.hints_used,
            "failed_checks": a.failed_checks,
            "model": a.model,
            "at": a.created_at,
        }
        if include_prompts:
            item["text"] = cut_text(a.text)
        yield item


def export_header(catalog: Any, store: Any, learner: Any, lang: str, include_prompts: bool = False) -> dict[str, Any]:
    """Everything of the export but the attempts (prompt texts of disputes only with `include_prompts`)."""
    from course.status import overview

    view = overview(catalog, store, learner.id, lang, persist=False)
    info = catalog.course
    ack = store.policy_ack(learner.id)
    from progress.gapchecks import export_items

    data: dict[str, Any] = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "course": {"id": info.id, "version": info.version, "content_hash": info.content_hash},
        "learner": {"id": learner.id, "name": learner.name, "team": learner.team},
        "levels": [{"id": lv.id, "state": lv.state, "score": _round(lv.score)} for lv in view.levels],
        "lessons": [
            {
                "id": ls.id,
                "level": ls.level_id,
                "status": ls.status,
                "score": _round(ls.score),
                "attempts": ls.attempts,
                "hints_used": ls.hints_used,
                "minutes": ls.minutes,
                "completed_at": ls.completed_at,
            }
            for lv in view.levels
            for ls in lv.lessons
        ],
        "hints": [{"exercise": k, "n": n} for k, n in sorted(store.hint_counts(learner.id).items())],
        "successes": [
            {"title": s.title, "minutes_saved": s.minutes_saved, "date": s.date} for s in store.successes(learner.id)
        ],
        "policy": {"version": ack.version if ack else None, "acknowledged_at": ack.acknowledged_at if ack else None},
    }
    shared = export_items(store, learner.id)  # only with the learner's consent
    if shared is not None:
        data["gap_check"] = shared
    disputes = store.disputes(learner.id) if hasattr(store, "disputes") else []
    if disputes:  # optional field: only when the learner disputed a check; prompts only if shared and asked for
        data["disputes"] = [d.to_json(include_prompt=include_prompts) for d in disputes]
    return data


def export_csv(data: dict[str, Any]) -> str:
    """One row per lesson, for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    learner, course = data["learner"], data["course"]
    for ls in data["lessons"]:
        writer.writerow(
            [
                csv_cell(learner["id"]),
                csv_cell(learner["name"]),
                csv_cell(learner["team"]),
                csv_cell(course["id"]),
                csv_cell(course["version"]),
                csv_cell(ls["level"]),
                csv_cell(ls["id"]),
                csv_cell(ls["status"]),
                "" if ls["score"] is None else ls["score"],
                ls["attempts"],
                ls["hints_used"],
                ls["minutes"],
                csv_cell(ls["completed_at"] or ""),
            ]
        )
    return out.getvalue()


def _write(path: str, fill: Callable[[IO[str]], Any] | str) -> None:
    """Write text, or what `fill(file)` writes, via a temporary file in the same folder (a full disk leaves nothing)."""
    if isinstance(fill, str):
        text = fill
        fill = lambda fh: fh.write(text)  # noqa: E731
    target = Path(path).expanduser()
    fd, tmp = tempfile.mkstemp(prefix=".export-", dir=str(target.parent if str(target.parent) else "."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fill(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _catalog(opts: Options, lang: str) -> Catalog | None:
    try:
        return opts.catalog()
    except Exception as exc:  # a broken course must not end in a traceback
        _err(t(lang, "cli.progress.catalog", reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
        return None


def run_export(opts: Options, output: str | None, include_prompts: bool, fmt: str) -> int:
    """Export the current learner's progress as JSON (sealed) or CSV."""
    from progress import bigexport, exchange
    from progress.records import StoreError

    lang = opts.language()
    try:
        with _current(opts) as current:
            if current is None:
                _err(t(lang, "cli.progress.nothing_to_export"))
                return 1
            store, learner = current
            lang = opts.language(learner.lang)
            catalog = _catalog(opts, lang)
            if catalog is None:
                return 1
            header = export_header(catalog, store, learner, lang, include_prompts)

            def fill(fh: IO[str]) -> None:
                if fmt == "csv":
                    fh.write(export_csv(header))
                else:
                    bigexport.write(fh, header, export_attempts(store, learner, include_prompts))

            if not output or output == "-":
                fill(sys.stdout)
                return 0
            try:
                _write(output, fill)
            except OSError as exc:
                _err(t(lang, "cli.progress.cannot_write", file=output, reason=exc.strerror or exc))
                return 1
    except StoreError as exc:
        _err(store_message(lang, exc))
        return 1
    except exchange.ExportError as exc:
        _err(str(exc))
        return 1
    click.echo(t(lang, "cli.progress.written", file=output), err=True)
    return 0


def run_import(opts: Options, file: str) -> int:
    """Merge an export into the local store; refuse bad files with one line."""
    from progress import exchange
    from progress.importfile import check_readable, import_file
    from progress.records import StoreError

    lang = opts.language()
    try:
        check_readable(file)  # a missing file, FIFO or device: refused before any store is opened
    except exchange.ExportError as exc:
        _err(t(lang, "cli.progress.import_refused", file=file, reason=exc))
        return 1
    try:
        with _create(opts) as store:
            result = import_file(store, file)
            learner = store.get_learner(result.learner_id)
    except exchange.ExportError as exc:
        _err(t(lang, "cli.progress.import_refused", file=file, reason=exc))
        return 1
    except StoreError as exc:
        _err(store_message(lang, exc))
        return 1
    lang = opts.language(learner.lang if learner else None)
    if result.created_learner:
        _out(t(lang, "cli.progress.new_learner", name=result.learner_name))
    _out(
        t(
            lang,
            "cli.progress.imported",
            name=result.learner_name,
            added=result.attempts_added,
            known=result.attempts_known,
            succ=result.successes_added,
        )
    )
    _note_other_course(opts, result.course_id, lang)
    return 0


def _note_other_course(opts: Options, other: str, lang: str) -> None:
    if not other:
        return
    try:
        this = opts.catalog().course.id
    except Exception:  # only a note; never fail an import over it
        return
    if this and other != this:
        _err(t(lang, "cli.progress.other_course", other=other, this=this))


def run_progress(opts: Options) -> int:
    """Print a plain-text summary: levels, lessons, scores, successes, policy."""
    from course.status import overview
    from progress.records import StoreError

    lang = opts.language()
    try:
        with _current(opts) as current:
            if current is None:
                click.echo(t(lang, "cli.progress.no_learner"))
                return 0
            store, learner = current
            lang = opts.language(learner.lang)
            catalog = _catalog(opts, lang)
            if catalog is None:
                return 1
            view = overview(catalog, store, learner.id, lang, persist=not store.read_only)
            successes = store.successes(learner.id)
            ack = store.policy_ack(learner.id)
    except StoreError as exc:
        _err(store_message(lang, exc))
        return 1
    click.echo(terminal(format_summary(catalog, learner, view, successes, ack, lang), multiline=True), nl=False)
    return 0


def format_summary(catalog: Any, learner: Any, view: Any, successes: list[Any], ack: Any, lang: str) -> str:
    """The plain-text summary `genai-course progress` prints."""
    from course.status import NOT_STARTED, counted, pct

    out = [
        f"{catalog.course.title.get(lang, catalog.course.id)}: {learner.name}"
        + (f" ({t(lang, 'cli.progress.team')} {learner.team})" if learner.team else "")
    ]
    lessons = view.lessons
    if view.continue_lesson:
        out.append(t(lang, "cli.progress.continue", title=lessons[view.continue_lesson].title))
    elif all(lv.done for lv in view.levels if lv.lessons):
        out.append(t(lang, "cli.progress.all_done"))
    for n, lv in enumerate(view.levels, 1):
        out.append("")
        score = f"  {t(lang, 'cli.progress.score')} {pct(lv.score)} %" if lv.score is not None else ""
        basis = counted(lv.lessons)
        done = f" {sum(1 for ls in basis if ls.done)}/{len(basis)}" if basis else ""
        out.append(f"{t(lang, 'cli.progress.level')} {n}: {lv.title} [{t(lang, 'status.' + lv.state)}]{done}{score}")
        if not lv.open:
            out.append(f"  {lv.lock_text(lang)}")
            continue
        for ls in lv.lessons:
            mark = "[x]" if ls.done else "[~]" if ls.status != NOT_STARTED else "[ ]"
            bits = [t(lang, "status." + ls.status)]
            if ls.score is not None:
                bits.append(f"{t(lang, 'cli.progress.score')} {pct(ls.score)} %")
            if ls.attempts:
                bits.append(tn(lang, "cli.progress.attempts", ls.attempts))
            if ls.minutes:
                bits.append(f"{ls.minutes:g} {t(lang, 'cli.progress.min')}")
            out.append(f"  {mark} {ls.title} – {', '.join(bits)}")
    out.append("")
    minutes = sum(s.minutes_saved or 0 for s in successes)
    out.append(tn(lang, "cli.progress.successes", len(successes), minutes=f"{minutes:g}"))
    out.append(
        t(lang, "cli.progress.policy", version=ack.version, date=date(lang, ack.acknowledged_at))
        if ack
        else t(lang, "cli.progress.no_policy")
    )
    return "\n".join(out) + "\n"
