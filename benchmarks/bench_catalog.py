"""Measures catalog load time: 1,000 generated lessons, and the bundled pack cold and cached."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LESSON = """---
id: gen-{n}
title: Generated lesson {n}
minutes: 5
objectives:
  - Practise prompt number {n}
---

# Generated lesson {n}

A paragraph of prose with **bold** text and a [link](https://example.com).

- first point
- second point

| a | b |
|---|---|
| 1 | 2 |

```exercise
id: gen-{n}-prompt
kind: prompt
task: Write a prompt that summarises the notes.
material: |
  Budget approved, launch moved to May.
checks:
  - role
  - format: [table, Tabelle]
  - min-words: 20
hints:
  - Who should the model be?
solution: You are an assistant. Summarise the notes as a table for the team.
fails:
  - Summarise.
  - Do it.
```

```exercise
id: gen-{n}-quiz
kind: quiz
question: Which is right?
options: [One, Two, Three]
answer: 2
explain: [No, Yes, No]
```
"""


def make_pack(root: Path, lessons: int = 1000, per_level: int = 100) -> Path:
    """Write a pack of `lessons` lessons (English) into `root`."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "course.yaml").write_text("id: gen\nversion: '1'\ntitle: Generated\n", encoding="utf-8")
    for n in range(lessons):
        level = n // per_level
        folder = root / f"{level + 1:02d}-level{level}"
        if not folder.exists():
            folder.mkdir()
            (folder / "level.yaml").write_text(f"id: level-{level}\ntitle: Level {level}\n", encoding="utf-8")
        (folder / f"{n % per_level + 1:03d}-gen.en.md").write_text(LESSON.format(n=n), encoding="utf-8")
    return root


def timed(fn, repeat: int) -> float:
    """Median wall time of `fn()` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GENAI_COURSE_HOME"] = str(Path(tmp) / "home")
        from course.catalog import build_catalog, load_catalog
        from course.paths import bundled_pack

        pack = make_pack(Path(tmp) / "pack")
        files = sorted(pack.rglob("*"))
        read_all = timed(lambda: [f.read_bytes() for f in files if f.is_file()], 5)
        cold = timed(lambda: build_catalog([pack]), 3)
        load_catalog([], bundled=pack)
        cached = timed(lambda: load_catalog([], bundled=pack), 5)
        print(
            f"1,000 generated lessons: cold parse {cold * 1000:.0f} ms (target < 1000 ms), "
            f"cached {cached * 1000:.1f} ms; baseline (only reading the files) {read_all * 1000:.1f} ms; "
            f"cold/baseline {cold / read_all:.1f}x"
        )
        bundled = bundled_pack()
        b_cold = timed(lambda: build_catalog([bundled]), 5)
        load_catalog([])
        b_cached = timed(lambda: load_catalog([]), 10)
        n = len(build_catalog([bundled]).lesson_ids)
        print(
            f"bundled pack ({n} lessons): cold {b_cold * 1000:.1f} ms, cached {b_cached * 1000:.1f} ms, "
            f"cached/cold {b_cached / b_cold:.2f}"
        )


if __name__ == "__main__":
    main()
