"""Every grading and scan result on the tuning data, one line each: diff two runs to prove a change kept the output.

Run: .venv/bin/python benchmarks/grading_dump.py OUT [--code TREE]
Writes to OUT the full rubric (all structure checks, text checks, no-personal-data, no-secrets, keeps)
on every prompt of tests/data/prompts2/tune, the adversarial file and the old set (tests/data/prompts),
in two contexts; every bundled exercise's solution and `fails` entries (course and Promptathon pack)
graded in de and en; and the scan of every text of tests/data/pii2/tune.jsonl and pii3/tune.jsonl.
The test parts (tests/data/*/test*) are never read. `--code TREE` grades with another checkout's
`course` package (e.g. `git worktree add /tmp/before HEAD~3`) on this checkout's data, so
`cmp` of the two files shows whether a speed-up changed anything.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROMPT_FILES = (
    sorted((ROOT / "tests/data/prompts2/tune").glob("*.yaml"))
    + [ROOT / "tests/data/prompts2/adversarial.yaml"]
    + sorted((ROOT / "tests/data/prompts").glob("*.yaml"))
)
SCAN_FILES = (ROOT / "tests/data/pii2/tune.jsonl", ROOT / "tests/data/pii3/tune.jsonl")


def _prompts() -> Iterator[tuple[str, dict[str, Any]]]:
    import yaml

    for path in PROMPT_FILES:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            yield path.name, item


def _answers(exercise: Any) -> tuple[Any, ...]:
    return ((exercise.solution,) if exercise.solution is not None else ()) + tuple(exercise.fails)


def dump(out: Any) -> dict[str, int]:
    """Write every result to `out`; return how many of each kind."""
    from course.catalog import load_catalog
    from course.content import STRUCTURE_CHECKS, CheckSpec
    from course.grading import grade
    from course.grading.rubric import Context, grade_text
    from course.promptathon.pack import bundled_pack_dir, load_pack
    from course.scanner import scan

    specs = tuple(CheckSpec(n) for n in STRUCTURE_CHECKS) + (
        CheckSpec("icontains-any", ("Protokoll", "minutes")),
        CheckSpec("icontains-all", ("Tabelle", "Spalten")),
        CheckSpec("regex", r"\b\d+\s*(?:Sätze|Wörter|sentences|words)"),
        CheckSpec("min-words", 25),
        CheckSpec("max-words", 400),
        CheckSpec("is-json"),
        CheckSpec("contains", "Passwort", negate=True),
        CheckSpec("icontains", "Namen", negate=True),
        CheckSpec("no-personal-data"),
        CheckSpec("no-secrets"),
        CheckSpec("keeps", ("[NAME]", "Budget")),
        CheckSpec("role", ("Experte",)),
    )
    counts = {"prompts": 0, "exercise grades": 0, "scans": 0}
    for name, item in _prompts():
        text, lang = item["text"], item.get("lang", "de")
        first = Context(lang, names=("Erika Mustermann",), task=str(item.get("task") or ""))
        other = Context("en" if lang == "de" else "de", strict=True, material=text[:200])
        out.write(f"P {name} {item['id']} {grade_text(specs, text, first, 0.7)!r}\n")
        out.write(f"P2 {name} {item['id']} {grade_text(specs, text, other, 0.7)!r}\n")
        out.write(f"S {item['id']} {scan(text)!r}\n")
        counts["prompts"] += 1
    catalog = load_catalog(use_cache=False)
    exercises = [
        (f"{lesson_id} {lang}", exercise)
        for lesson_id in catalog.lesson_ids
        for lang in catalog.languages(lesson_id)
        for exercise in catalog.lesson(lesson_id, lang).exercises
    ]
    pack = load_pack(bundled_pack_dir()).pack
    for challenge in pack.challenges if pack else ():
        exercises += [
            (f"pack {challenge.id} {key}", ex) for key, lesson in challenge.lessons for ex in lesson.exercises
        ]
    for where, exercise in exercises:
        for n, answer in enumerate(_answers(exercise)):
            for lang in ("de", "en"):
                out.write(f"E {where} {exercise.id} {n} {lang} {grade(exercise, answer, lang)!r}\n")
                counts["exercise grades"] += 1
    for path in SCAN_FILES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.write(f"PII {row['id']} {scan(row['text'], names=row.get('names') or ())!r}\n")
            counts["scans"] += 1
    return counts


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if "--code" in argv:
        at = argv.index("--code")
        if at + 1 >= len(argv):
            print("grading_dump: --code needs the path of a checkout", file=sys.stderr)
            return 2
        code = argv[at + 1]
        args = [a for a in args if a != code]
        sys.path.insert(0, str(Path(code).resolve()))
    else:
        sys.path.insert(0, str(ROOT))
    if len(args) != 1:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    with open(args[0], "w", encoding="utf-8") as out:
        counts = dump(out)
    import course

    print(
        f"{', '.join(f'{v} {k}' for k, v in counts.items())} -> {args[0]} (course from {Path(course.__file__).parent})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
