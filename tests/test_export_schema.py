"""The one export schema (progress/exportschema.py): round trip, old versions, the same limits for every reader."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
from helpers.progress import cli, seed_learner
from helpers.team import minimal, write_export

from course import paths
from course.team import load_exports
from progress import exchange, exportschema
from progress.gapchecks import add_gap_check, set_sharing
from progress.store import Store

ROOT = Path(__file__).parent.parent
V1 = Path(__file__).parent / "data" / "exports" / "v1-vera.json"


def _export_real_store(tmp_path: Path, *flags: str) -> Path:
    seeded = seed_learner(paths.default_db())
    with Store.open(paths.default_db()) as store:
        lid = seeded["learner"].id
        set_sharing(store, lid, True)
        add_gap_check(store, lid, {"usage": 2, "trust": 4}, at="2026-10-01T08:00:00+00:00")
        add_gap_check(store, lid, {"usage": 4, "trust": 5}, levels_done=1, at="2026-11-01T08:00:00+00:00")
    out = tmp_path / "export.json"
    result = cli("export", *flags, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out


@pytest.mark.parametrize("flags", [(), ("--include-prompts",)])
def test_a_real_export_round_trips_through_the_schema_with_the_same_content_and_checksum(
    tmp_path: Path, flags: tuple[str, ...]
) -> None:
    path = _export_real_store(tmp_path, *flags)
    data = exchange.read(path)
    doc = exportschema.read(path)
    assert doc.version == exchange.VERSION == 2 and len(doc.gap_check) == 2  # type: ignore[arg-type]
    assert doc.attempts and doc.lessons and doc.successes and doc.policy and doc.policy.version == "2026-1"
    assert all(isinstance(a.text, str) for a in doc.attempts) == bool(flags)
    back = msgspec.to_builtins(doc)
    assert back == data
    assert exchange.checksum(back) == data["checksum"]
    encoded = msgspec.json.decode(msgspec.json.encode(doc))
    assert encoded == data and exchange.checksum(encoded) == data["checksum"]


def test_a_version_1_export_still_decodes_imports_and_feeds_the_team_report(tmp_path: Path) -> None:
    doc = exportschema.read(V1)
    assert doc.version == 1 and isinstance(doc.gap_check, msgspec.UnsetType)
    assert msgspec.to_builtins(doc) == json.loads(V1.read_text(encoding="utf-8"))
    result = cli("--lang", "en", "--db", str(tmp_path / "v1.db"), "import", str(V1))
    assert result.exit_code == 0 and "3 new attempts" in result.stdout, result.stdout + result.stderr
    exports, rejected = load_exports([V1])
    assert rejected == [] and exports[0].name == "Vera Eins" and exports[0].version == 1
    assert [ls.completed_on for ls in exports[0].lessons] == ["2026-05-20", ""]
    assert exports[0].gap_checks == ()


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets `a.b[0].c` (creating one attempt or Gap-Check when the export has none)."""

    def apply(data: dict[str, Any]) -> None:
        data.setdefault("attempts", []).append(
            {
                "id": "a1",
                "exercise": "e",
                "lesson": "a",
                "kind": "prompt",
                "score": 0.5,
                "passed": False,
                "hints_used": 0,
                "failed_checks": [],
                "model": None,
                "at": "2026-11-01T10:00:00Z",
            }
        ) if not data.get("attempts") else None
        data.setdefault("gap_check", [{"at": "2026-10-01T08:00:00Z", "answers": {"usage": 3}}])
        data.setdefault("hints", [{"exercise": "e", "n": 1}])
        data.setdefault("successes", [])
        if not data["successes"]:
            data["successes"].append({"title": "ok", "minutes_saved": 5, "date": "2026-11-01"})
        target: Any = data
        parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
        for part in parts[:-1]:
            target = target[int(part[1:-1])] if part.startswith("[") else target[part]
        last = parts[-1]
        target[int(last[1:-1]) if last.startswith("[") else last] = value

    return apply


HOSTILE = [  # (case, mutation, what both readers say, in English)
    ("name-too-long", _set("learner.name", "n" * 201), "learner.name is too long (at most 200)"),
    ("minutes-over", _set("lessons[0].minutes", 1_000_001), "lessons[0].minutes is out of range (0 to 1000000)"),
    ("minutes-400-digits", _set("lessons[0].minutes", 10**400), "lessons[0].minutes is out of range"),
    (
        "status-unknown",
        _set("lessons[0].status", "finished"),
        "lessons[0].status is not one of not-started, started, read, done",
    ),
    ("level-state-unknown", _set("levels[0].state", "weird"), "levels[0].state is not one of open, locked, done"),
    ("level-id-number", _set("levels[0].id", 5), "levels[0].id is not a text"),
    ("completed-yesterday", _set("lessons[0].completed_at", "gestern"), "lessons[0].completed_at is not a valid time"),
    ("score-over-one", _set("attempts[0].score", 1.5), "attempts[0].score is out of range (0 to 1)"),
    ("passed-as-text", _set("attempts[0].passed", "yes"), "attempts[0].passed is not true or false"),
    ("id-with-newline", _set("attempts[0].id", "a\nb"), "attempts[0].id is not a valid id"),
    ("check-name-empty", _set("attempts[0].failed_checks", [""]), "attempts[0].failed_checks[0] is empty"),
    (
        "too-many-checks",
        _set("attempts[0].failed_checks", ["c"] * 101),
        "attempts[0].failed_checks is too long (at most 100)",
    ),
    ("30-february", _set("attempts[0].at", "2026-02-30T10:00:00Z"), "attempts[0].at is not a valid time"),
    ("year-9999", _set("attempts[0].at", "9999-12-31T23:59:59-05:00"), "attempts[0].at is not a valid time"),
    ("prompt-too-long", _set("attempts[0].text", "p" * 100_001), "attempts[0].text is too long (at most 100000)"),
    ("title-blank", _set("successes[0].title", "   "), "successes[0].title is empty"),
    ("saved-negative", _set("successes[0].minutes_saved", -1), "successes[0].minutes_saved is out of range"),
    ("hint-count-over", _set("hints[0].n", 10_001), "hints[0].n is out of range (0 to 10000)"),
    ("policy-version-long", _set("policy.version", "v" * 101), "policy.version is too long (at most 100)"),
    ("gap-answer-ten", _set("gap_check[0].answers", {"usage": 10}), "gap_check[0].answers"),
    (
        "too-many-levels",
        _set("levels", [{"id": f"l{i}", "state": "open"} for i in range(1001)]),
        "levels is too long (at most 1000)",
    ),
    ("lessons-not-a-list", _set("lessons", "all done"), "lessons is not a list"),
]


@pytest.mark.parametrize("mutate, reason", [pytest.param(m, r, id=c) for c, m, r in HOSTILE])
def test_a_hostile_export_is_refused_with_the_same_reason_by_import_and_team_report(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], reason: str
) -> None:
    data = minimal("u-hostile")
    mutate(data)
    path = write_export(tmp_path / "hostile.json", data)
    result = cli("--lang", "en", "--db", str(tmp_path / "fresh.db"), "import", str(path))
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert reason in result.stderr and "Traceback" not in result.stderr
    exports, rejected = load_exports([path], lang="en")
    assert exports == [] and len(rejected) == 1 and reason in rejected[0].reason


def test_the_same_export_without_its_mutation_is_read_by_both(tmp_path: Path) -> None:
    data = minimal("u-fine")
    _set("lessons[0].minutes", 1_000_000)(data)  # the limit itself is allowed
    path = write_export(tmp_path / "fine.json", data)
    assert cli("--db", str(tmp_path / "fresh.db"), "import", str(path)).exit_code == 0
    assert load_exports([path])[1] == []


def test_refusals_in_a_german_report_are_german_including_json_errors(tmp_path: Path) -> None:
    data = minimal("u-de")
    _set("lessons[0].minutes", 1_000_001)(data)
    bad = write_export(tmp_path / "a.json", data)
    broken = tmp_path / "b.json"
    broken.write_text('{\n  "format": "genai-course-progress",\n  "version": 2,\n  "learner": {', encoding="utf-8")
    wrong_type = write_export(tmp_path / "c.json", minimal("u-de2", learner={"id": "u-de2", "name": 17}))
    garbage = tmp_path / "d.json"
    garbage.write_text('{"format": "genai-course-progress",\n "version": 2, }', encoding="utf-8")
    _, rejected = load_exports([bad, broken, wrong_type, garbage], lang="de")
    assert [r.reason for r in rejected] == [
        "Feld lessons[0].minutes liegt außerhalb des Bereichs (0 bis 1000000)",
        "kein gültiges JSON (die Datei endet zu früh, Zeile 4)",
        "Feld learner.name hat den falschen Typ (erwartet: Text)",  # no faked "kein(e)"
        "kein gültiges JSON (überzähliges Komma, Zeile 2)",
    ]


def test_a_newer_version_is_refused_by_both_readers_with_a_one_line_reason_in_the_readers_language(
    tmp_path: Path,
) -> None:
    data = exchange.seal(minimal("u-new"))
    data["version"] = exchange.VERSION + 1
    data["lessons"] = "a shape this version does not know"
    data["checksum"] = exchange.checksum(data)
    path = tmp_path / "new.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = cli("--lang", "en", "--db", str(tmp_path / "fresh.db"), "import", str(path))
    assert result.exit_code == 1 and "made by a newer genai-course (export version 3" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert load_exports([path], lang="de")[1][0].reason.startswith("von einem neueren genai-course erstellt")
    assert load_exports([path], lang="en")[1][0].reason.startswith("made by a newer genai-course")


def test_files_without_escaped_line_breaks_take_the_quick_path_with_the_same_result() -> None:
    text = V1.read_bytes()
    data = exchange.loads(text)
    assert exportschema.typed(data, text) == exportschema.typed(data) or msgspec.to_builtins(
        exportschema.typed(data, text)
    ) == msgspec.to_builtins(exportschema.typed(data))
    hostile = dict(data, lessons=[dict(data["lessons"][0], id="a\r")])
    with pytest.raises(exchange.ExportError, match=r"lessons\[0\].id is not a valid id"):
        exportschema.typed(hostile, json.dumps(hostile).encode())


def test_the_status_words_are_defined_only_in_statuswords_and_the_schema_uses_them() -> None:
    from progress import statuswords

    assert exportschema.LessonStatus is statuswords.LessonStatus and exportschema.LevelState is statuswords.LevelState
    pattern = re.compile(r"""["'](not-started)["']|["']started["'],\s*["']read["']|["']open["'],\s*["']locked["']""")
    found = [
        str(p.relative_to(ROOT))
        for folder in ("course", "progress")
        for p in sorted((ROOT / folder).rglob("*.py"))
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert found == ["progress/statuswords.py"]


def test_readers_define_no_limits_of_their_own() -> None:
    for module in ("progress/merge.py", "course/team/parse.py", "progress/importfile.py"):
        text = (ROOT / module).read_text(encoding="utf-8")
        assert not re.search(r"^MAX_\w+ = ", text, re.M), module
    assert exportschema.LIMITS["minutes"] == exportschema.MAX_MINUTES == 1_000_000


def test_the_team_report_lists_each_persons_completed_lessons_with_their_dates() -> None:
    from course.team import csv_rows, render_html, summarize

    exports, _ = load_exports([V1])
    record = summarize(exports).records[0]
    assert record.lessons_completed == (("first-prompt", "2026-05-20"),) and record.last_completed == "2026-05-20"
    rows = list(csv_rows(summarize(exports)))
    assert rows[1][rows[0].index("lessons_completed")] == "first-prompt 2026-05-20"
    assert "1 (20 May 2026)" in render_html(summarize(exports), "en")  # the CSV above keeps the ISO day


def test_streamed_import_hashes_canonical_lines_as_written_and_re_encodes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from progress import bigexport

    def attempt(i: int, **extra: Any) -> dict[str, Any]:
        return {
            "id": f"a{i}",
            "exercise": "e",
            "lesson": "a",
            "kind": "prompt",
            "score": 0.5,
            "passed": False,
            "hints_used": 0,
            "failed_checks": ["role"],
            "model": None,
            "at": "2026-11-01T10:00:00Z",
            **extra,
        }

    odd = [
        attempt(1, score=1e-05),
        attempt(2, text="C1 \x85 and bidi \u202e"),
        attempt(3, text="a\nb\x00"),
        attempt(4, score=0),
        attempt(5, nested={"x": 1.5}),
    ]
    plain = [attempt(10 + i) for i in range(20)]
    data = minimal("u-stream", attempts=odd + plain)
    text = bigexport.dumps({k: v for k, v in data.items() if k != "attempts"}, data["attempts"])
    path = tmp_path / "e.json"
    path.write_text(text, encoding="utf-8")
    encoded: list[Any] = []
    real = bigexport._canon
    monkeypatch.setattr(bigexport, "_canon", lambda v: encoded.append(v) or real(v))
    seen: list[Any] = []
    assert bigexport.scan(path, seen.append)["checksum"] == exchange.seal(data)["checksum"]
    assert len(seen) == 25
    assert [v["id"] for v in encoded if isinstance(v, dict) and str(v.get("id")).startswith("a")] == ["a1", "a2", "a5"]
    result = cli("--db", str(tmp_path / "s.db"), "import", str(path))
    assert result.exit_code == 0 and "25 new attempts" in result.stdout, result.stderr


def test_a_file_as_the_course_writes_it_is_checked_in_one_typed_decode_and_others_take_the_general_path(
    tmp_path: Path,
) -> None:
    raw = V1.read_bytes()
    quick = exportschema._quick(raw)
    assert quick is not None
    assert msgspec.to_builtins(quick) == msgspec.to_builtins(exportschema.typed(exchange.loads(raw)))
    data = exchange.loads(raw)
    data["note"] = "a field this version does not know"
    data["checksum"] = exchange.checksum(data)
    path = tmp_path / "extra.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert exportschema._quick(path.read_bytes()) is None  # the unknown field changes the encoding
    assert exportschema.read(path).learner.name == "Vera Eins"  # still read, through the general path
    data["lessons"][0]["minutes"] = 1e-05  # written as json writes it, encoded back another way
    data["checksum"] = exchange.checksum(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert exportschema._quick(path.read_bytes()) is None and exportschema.read(path).lessons[0].minutes == 1e-05
    damaged = V1.read_text(encoding="utf-8").replace("Vera Eins", "Vera Zwei")
    path.write_text(damaged, encoding="utf-8")
    with pytest.raises(exchange.ExportError, match="checksum does not match"):
        exportschema.read(path)
