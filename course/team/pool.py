"""Reading and checking export files, in worker processes when there are many.

Every file is read, verified (JSON parse plus checksum) and checked by the export schema
(progress.exportschema.read), which is most of the cost; with thousands of files it is spread over the CPUs. Workers
send back plain tuples, which pickle several times faster than the record classes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from course.team.parse import InvalidExport, from_schema
from course.team.records import Attempt, Export, GapAnswer, LessonState, LevelState, Success
from progress import exchange, exportschema

PARALLEL_FROM = 20_000
"""Below this many files one process is faster than starting workers.

Since exports are decoded with msgspec (issue 19), reading one costs about 0.1 ms, less than
sending its records back from a worker: on 2 CPUs, 10,000 exports loaded in 2.45 s in one process
and in 4.55 s with 2 workers (benchmarks/bench_team.py, 2026-12-06)."""
MIN_CPUS = 4
"""Workers only pay off with spare cores beside the main process, which rebuilds the records."""
MAX_WORKERS = 8

Result = tuple[str, Export | str]
"""(path, the export or the one-line reason it was refused)."""


def read_one(path: str, lang: str) -> Result:
    """Read, verify and check one file."""
    try:
        return path, from_schema(exportschema.read(path), path, lang)
    except exchange.ExportError as exc:
        from course.team.labels import reason

        return path, reason(exc, lang)
    except InvalidExport as exc:
        return path, str(exc)


def default_workers(files: int) -> int:
    """How many processes to use for `files` files (1 means: in this process)."""
    if files < PARALLEL_FROM or not _spawn_safe():
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return 1 if cpus < MIN_CPUS else min(cpus, MAX_WORKERS)


def _spawn_safe() -> bool:
    """False when spawned workers could not re-import the main module (e.g. a script read from stdin)."""
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.isfile(main_file)


def read_many(paths: Sequence[str], lang: str, workers: int | None = None) -> Iterator[Result]:
    """`read_one` for every path, in order; in `workers` processes (default: by count and CPUs)."""
    workers = default_workers(len(paths)) if workers is None else workers
    if workers > 1:
        try:
            yield from _parallel(paths, lang, workers)
            return
        except Exception:  # no worker processes here (sandbox ...): read in this one
            pass
    for path in paths:
        yield read_one(path, lang)


def _parallel(paths: Sequence[str], lang: str, workers: int) -> Iterator[Result]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = max(50, min(500, len(paths) // (workers * 4) + 1))
    chunks = [(list(paths[i : i + size]), lang) for i in range(0, len(paths), size)]
    results: list[Result] = []
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for chunk in pool.map(_read_chunk, chunks):
            results.extend((path, _from_plain(item) if isinstance(item, tuple) else item) for path, item in chunk)
    return iter(results)


def _read_chunk(job: tuple[list[str], str]) -> list[tuple[str, tuple[Any, ...] | str]]:
    """Worker side: read a chunk of files; exports as plain tuples."""
    from course.team.records import gc_paused

    paths, lang = job
    with gc_paused():
        out: list[tuple[str, tuple[Any, ...] | str]] = []
        for path in paths:
            path, result = read_one(path, lang)
            out.append((path, _to_plain(result) if isinstance(result, Export) else result))
        return out


def _to_plain(e: Export) -> tuple[Any, ...]:
    return (
        e.path,
        e.learner_id,
        e.name,
        e.team,
        e.exported_at,
        e.course_id,
        e.course_version,
        e.content_hash,
        tuple(map(tuple, e.levels)),
        tuple(map(tuple, e.lessons)),
        tuple(map(tuple, e.attempts)),
        tuple(map(tuple, e.successes)),
        e.policy_version,
        e.policy_acknowledged_at,
        tuple(map(tuple, e.gap_checks)),
        e.last_activity,
        e.level_dates,
        e.version,
    )


def _from_plain(p: tuple[Any, ...]) -> Export:
    new = tuple.__new__
    args: list[Any] = [
        *p[:8],
        tuple([new(LevelState, t) for t in p[8]]),
        tuple([new(LessonState, t) for t in p[9]]),
        tuple([new(Attempt, t) for t in p[10]]),
        tuple([new(Success, t) for t in p[11]]),
        *p[12:14],
        tuple([new(GapAnswer, t) for t in p[14]]),
        *p[15:],
    ]
    return Export(*args)
