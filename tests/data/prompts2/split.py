"""Re-does the fixed tune/test split of the prompts2 set and prints its counts.

Rule: an entry belongs to the test part when
int(hashlib.sha256(id.encode()).hexdigest(), 16) % 10 < 3, else to the tune part.

    python tests/data/prompts2/split.py            # check: exit 1 on any misplaced entry
    python tests/data/prompts2/split.py --fix      # move misplaced entries to their part
    python tests/data/prompts2/split.py --markdown # the count tables for README.md
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PARTS = ("tune", "test")
LANGS = ("de", "en")
CHECKS = (
    "role", "task", "context", "audience", "format", "constraints",
    "examples", "tone", "steps", "delimiters", "placeholders", "out",
)
KEYS = ("id", "lang", "department", "voice", "task", "present", "text")
REQUIRED = ("id", "lang", "department", "voice", "present", "text")


def part_of(entry_id: str) -> str:
    """The part an id belongs to under the fixed rule."""
    return "test" if int(hashlib.sha256(entry_id.encode()).hexdigest(), 16) % 10 < 3 else "tune"


def load_file(path: Path) -> list[dict]:
    """The entries of one YAML file (a list of mappings)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of entries")
    return data


def load(root: Path = HERE) -> dict[str, list[tuple[Path, dict]]]:
    """Every entry of the tune and test parts, by the part folder it is stored in."""
    return {p: [(f, e) for f in sorted((root / p).glob("*.yaml")) for e in load_file(f)] for p in PARTS}


def schema_problems(entry: object, where: str, allow_task: bool = False) -> list[str]:
    """What is wrong with one entry's shape (empty list: nothing)."""
    if not isinstance(entry, dict):
        return [f"{where}: entry is not a mapping"]
    eid = entry.get("id", "?")
    out = [f"{where}: {eid}: missing key {k!r}" for k in REQUIRED if k not in entry]
    allowed = set(KEYS) if allow_task else set(KEYS) - {"task"}
    out += [f"{where}: {eid}: unknown key {k!r}" for k in entry if k not in allowed]
    if out:
        return out
    if not isinstance(eid, str) or not eid:
        out.append(f"{where}: id must be a non-empty string")
    if entry["lang"] not in LANGS:
        out.append(f"{where}: {eid}: lang {entry['lang']!r} is not de or en")
    for key in ("department", "voice", "text"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            out.append(f"{where}: {eid}: {key} must be a non-empty string")
    present = entry["present"]
    if not isinstance(present, list):
        out.append(f"{where}: {eid}: present must be a list")
    else:
        out += [f"{where}: {eid}: unknown check {c!r}" for c in present if c not in CHECKS]
        if len(set(present)) != len(present):
            out.append(f"{where}: {eid}: a check is listed twice")
    return out


def check(root: Path = HERE) -> list[str]:
    """Every problem: schema, duplicate ids, an entry in the wrong part, a file mixing departments."""
    problems: list[str] = []
    seen: Counter[str] = Counter()
    for part, items in load(root).items():
        for path, entry in items:
            where = f"{part}/{path.name}"
            bad = schema_problems(entry, where)
            problems += bad
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                seen[entry["id"]] += 1
            if bad:
                continue
            if part_of(entry["id"]) != part:
                problems.append(f"{where}: {entry['id']} belongs to {part_of(entry['id'])}, not {part}")
            if entry["department"] != path.stem:
                problems.append(f"{where}: {entry['id']} has department {entry['department']!r}")
    adversarial = root / "adversarial.yaml"
    if adversarial.exists():
        for entry in load_file(adversarial):
            problems += schema_problems(entry, adversarial.name, allow_task=True)
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                seen[entry["id"]] += 1
    problems += [f"duplicate id {i} ({n} times)" for i, n in seen.items() if n > 1]
    return problems


def _quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dump(entries: list[dict], header: str) -> str:
    """Entries as YAML in the set's style: one literal block per text."""
    lines = [header]
    for e in entries:
        lines += [f"- id: {e['id']}", f"  lang: {e['lang']}", f"  department: {e['department']}",
                  f"  voice: {e['voice']}"]
        if "task" in e:
            lines.append(f"  task: {_quote(e['task'])}")
        lines.append(f"  present: [{', '.join(e['present'])}]")
        lines.append("  text: |-")
        lines += [("    " + t) if t else "" for t in e["text"].split("\n")]
    return "\n".join(lines) + "\n"


def fix(root: Path = HERE) -> int:
    """Moves every misplaced entry to its part's department file; returns how many moved."""
    groups: dict[tuple[str, str], list[dict]] = {}
    moved = 0
    for part, items in load(root).items():
        for _, entry in items:
            target = part_of(entry["id"])
            moved += target != part
            groups.setdefault((target, entry["department"]), []).append(entry)
    if not moved:
        return 0
    for part in PARTS:
        for f in (root / part).glob("*.yaml"):
            f.unlink()
    for (part, dept), entries in sorted(groups.items()):
        entries.sort(key=lambda e: e["id"])
        header = f"# prompts2, {part} part, department {dept} (split rule: tests/data/prompts2/README.md)"
        (root / part / f"{dept}.yaml").write_text(dump(entries, header), encoding="utf-8")
    return moved


def counts(root: Path = HERE, data: dict[str, list[tuple[Path, dict]]] | None = None) -> Counter:
    """(part, lang, check-or-'n') -> number of entries (of `data` when given, else of root's files)."""
    c: Counter = Counter()
    for part, items in (data if data is not None else load(root)).items():
        for _, e in items:
            c[(part, e["lang"], "n")] += 1
            for name in e["present"]:
                c[(part, e["lang"], name)] += 1
    return c


def table(c: Counter) -> str:
    """Markdown: entries and checks present per part and language."""
    cols = [(p, lang) for p in PARTS for lang in LANGS]
    head = "| | " + " | ".join(f"{p} {lang}" for p, lang in cols) + " | all |"
    rows = [head, "|---" * (len(cols) + 2) + "|"]
    for key in ("n",) + CHECKS:
        vals = [c[(p, lang, key)] for p, lang in cols]
        label = "prompts" if key == "n" else key
        rows.append(f"| {label} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    if "--fix" in argv:
        print(f"moved {fix()} entries")
    problems = check()
    for p in problems:
        print(p)
    c = counts()
    total = sum(c[(p, lang, "n")] for p in PARTS for lang in LANGS)
    test = sum(c[("test", lang, "n")] for lang in LANGS)
    if "--markdown" in argv:
        print(table(c))
    else:
        print(f"{total} prompts: tune {total - test}, test {test} ({test / max(total, 1):.1%})")
        for lang in LANGS:
            for part in PARTS:
                row = " ".join(f"{k[:5]}={c[(part, lang, k)]}" for k in CHECKS)
                print(f"  {part:<4} {lang} n={c[(part, lang, 'n')]:<4} {row}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
