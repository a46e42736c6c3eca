"""Measures a learner's overview (every level with state and score) with 100,000 attempts vs none."""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ATTEMPTS = 100_000
REPEATS = 300
TEXT = "Du bist Assistenz der Geschäftsführung. Fasse die Notizen unten als Tabelle zusammen: "


def _generated_pack(root: Path) -> Path:
    """6 levels x 6 lessons x 3 quizzes, in the real pack format."""
    (root / "course.yaml").write_text("id: bench\nversion: '1'\ntitle: Bench\n", encoding="utf-8")
    for lv in range(1, 7):
        folder = root / f"{lv:02d}-level{lv}"
        folder.mkdir(parents=True)
        unlock = f"unlock: {{after: level{lv - 1}, min_score: 0.7}}\ncheckpoint: true\n" if lv > 1 else ""
        (folder / "level.yaml").write_text(f"id: level{lv}\ntitle: Level {lv}\n{unlock}", encoding="utf-8")
        for ls in range(1, 7):
            quizzes = "".join(
                f"```exercise\nid: l{lv}-{ls}-q{q}\nkind: quiz\nquestion: Which?\noptions: [A, B]\n"
                f"answer: 2\nexplain: [No, Yes]\n```\n\n"
                for q in range(1, 4)
            )
            for lang in ("de", "en"):
                (folder / f"{ls:02d}-l{lv}-{ls}.{lang}.md").write_text(
                    f"---\nid: l{lv}-{ls}\ntitle: Lesson {lv}.{ls}\n---\n\nText.\n\n{quizzes}", encoding="utf-8"
                )
    return root


def _catalog(tmp: Path):
    from course.catalog import load_catalog

    try:
        cat = load_catalog()
        exercises = [e.id for i in cat.lesson_ids for e in cat.lesson(i, "de").exercises]
        if len(cat.levels) >= 2 and len(exercises) >= 10:
            return cat, "bundled"
    except Exception as exc:  # any failure: fall back to a generated course
        print(f"bundled catalog unusable ({exc!r}), using a generated one")
    return load_catalog(bundled=_generated_pack(tmp / "pack"), use_cache=False), "generated"


def _fill(store, learner_id: str, cat, n: int) -> float:
    """Record `n` attempts through the real API, spread over every exercise (plus retired ones)."""
    rng = random.Random(42)
    pairs = [(i, e.id, e.kind) for i in cat.lesson_ids for e in cat.lesson(i, "de").exercises]
    pairs += [("retired-lesson", f"retired-{k}", "prompt") for k in range(20)]
    start = time.perf_counter()
    with store.transaction():
        for k in range(n):
            lesson_id, ex_id, kind = pairs[k % len(pairs)]
            score = rng.random()
            store.record_attempt(
                learner_id,
                lesson_id,
                ex_id,
                kind,
                TEXT + str(k),
                score,
                score >= 0.7,
                [{"name": "role", "passed": score > 0.3}, {"name": "format", "passed": score > 0.6}],
                hints_used=k % 3,
                model=None,
                duration_s=12.0,
            )
    return time.perf_counter() - start


def _median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-progress-"))
    os.environ["GENAI_COURSE_HOME"] = str(tmp / "home")
    from course.status import overview
    from progress.store import Store

    cat, which = _catalog(tmp)
    n_lessons = len(cat.lesson_ids)
    n_ex = sum(len(cat.lesson(i, "de").exercises) for i in cat.lesson_ids)
    print(f"catalog: {which}, {len(cat.levels)} levels, {n_lessons} lessons, {n_ex} exercises")

    empty = Store.open(tmp / "empty.db")
    empty_id = empty.create_learner("Empty").id
    light = Store.open(tmp / "light.db")
    light_id = light.create_learner("Light").id
    _fill(light, light_id, cat, n_ex + 20)  # one attempt per exercise (and per retired one)
    full = Store.open(tmp / "full.db")
    full_id = full.create_learner("Busy").id
    other_id = full.create_learner("Colleague").id
    fill_s = _fill(full, full_id, cat, ATTEMPTS)
    _fill(full, other_id, cat, 2_000)
    size_mb = (tmp / "full.db").stat().st_size / 1e6
    print(f"stored {ATTEMPTS:,} attempts for one learner in {fill_s:.1f} s ({size_mb:.0f} MB)")

    cases = {"empty": (empty, empty_id), "light": (light, light_id), "full": (full, full_id)}
    for store, lid in cases.values():
        overview(cat, store, lid, "de")  # warm up; persists the levels opened on the first look
    view = overview(cat, full, full_id, "de")
    print(
        "levels (full store): "
        + ", ".join(f"{lv.id}={lv.state}/{'-' if lv.score is None else round(lv.score, 2)}" for lv in view.levels)
    )
    runs: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(5):  # interleave, so drift and load from other processes hit all cases alike
        for name, (store, lid) in cases.items():
            runs[name].append(_median_ms(lambda s=store, i=lid: overview(cat, s, i, "de"), REPEATS // 5))
    b, lt, f = (statistics.median(runs[name]) for name in ("empty", "light", "full"))
    naive = _median_ms(
        lambda: full._conn.execute(
            "SELECT exercise_id, max(score), max(passed), count(*), max(created_at) FROM attempts "
            "WHERE learner_id = ? GROUP BY exercise_id",
            (full_id,),
        ).fetchall(),
        5,
    )
    print(f"overview, empty store:                  median {b:.3f} ms")
    print(f"overview, one attempt per exercise:     median {lt:.3f} ms")
    print(f"overview, {ATTEMPTS:,} attempts:            median {f:.3f} ms")
    print(f"ratio 100,000 attempts / empty store: {f / b:.2f} (target < 2)")
    print(f"ratio 100,000 attempts / one per exercise: {f / lt:.2f} (cost does not grow with attempts)")
    print(f"for comparison, aggregating the attempts table instead: median {naive:.1f} ms")
    light.close()
    empty.close()
    full.close()


if __name__ == "__main__":
    main()
