"""`genai-course xapi export/send`: statements from a real store, and a round trip through a real Ralph LRS."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.ralph_lrs import Ralph, ralph_missing

from course.cli import main
from course.xapi.lrs import Lrs, auth_header, send
from progress.store import Store

SECRET = "MEIN GEHEIMER PROMPT an Frau Beispiel"
BASE = "https://lernen.example.com/xapi/test-course"
HOME = "https://lernen.example.com"
LRS_MISSING = ralph_missing()


@pytest.fixture
def pack(tmp_path: Path, good_pack: Path) -> Path:
    """The small test pack with an `xapi` section in its course.yaml."""
    target = tmp_path / "pack"
    shutil.copytree(good_pack, target)
    with (target / "course.yaml").open("a", encoding="utf-8") as fh:
        fh.write(f'xapi:\n  activity_base: "{BASE}/"\n  home_page: "{HOME}"\n')
    return target


def make_progress(db: Path) -> str:
    """A learner who read both lessons of level `start`, passed its quiz and its prompt exercise, acked the policy."""
    with Store.open(db) as store:
        anna = store.create_learner("Anna Beispiel", "Vertrieb", "de")
        store.set_current_learner(anna.id)
        for lesson in ("hello", "first-prompt"):
            store.mark_started(anna.id, lesson, "start", at="2026-11-02T08:00:00.000000+00:00")
            store.mark_read(anna.id, lesson, "start", at="2026-11-02T08:05:00.000000+00:00")
        store.record_attempt(
            anna.id,
            "hello",
            "hello-quiz",
            "quiz",
            "1",
            1.0,
            True,
            [{"name": "answer", "passed": True}],
            created_at="2026-11-02T08:06:00.000000+00:00",
        )
        store.record_attempt(
            anna.id,
            "first-prompt",
            "first-prompt-ex",
            "prompt",
            SECRET,
            0.4,
            False,
            [{"name": "role", "passed": False}],
            duration_s=31.5,
            created_at="2026-11-02T08:10:00.000000+00:00",
        )
        store.record_attempt(
            anna.id,
            "first-prompt",
            "first-prompt-ex",
            "prompt",
            SECRET + " (besser)",
            1.0,
            True,
            [{"name": "role", "passed": True}],
            hints_used=1,
            created_at="2026-11-02T08:12:00.000000+00:00",
        )
        store.acknowledge_policy(anna.id, "2026-1", at="2026-11-02T08:20:00.000000+00:00")
        return anna.id


def cli(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, ["--lang", "en", *args], env=env, catch_exceptions=False)


def export(pack: Path, tmp_path: Path) -> list[dict]:
    out = tmp_path / "statements.json"
    result = cli("--course", str(pack), "xapi", "export", "-o", str(out))
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_export_holds_lessons_exercises_level_and_policy_under_the_course_iri(
    pack: Path, tmp_path: Path, isolated_home: Path
) -> None:
    learner = make_progress(isolated_home / "progress.db")
    statements = export(pack, tmp_path)
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]
    assert verbs.count("experienced") == 2 and verbs.count("attempted") == 2
    assert verbs.count("passed") == 2 and verbs.count("failed") == 1 and verbs.count("accept") == 1
    assert verbs.count("completed") == 3  # two lessons and the level
    actor = {"objectType": "Agent", "account": {"homePage": HOME, "name": learner}}
    assert all(s["actor"] == actor for s in statements)
    assert all(s["object"]["id"].startswith(BASE + "/") for s in statements)
    assert all(s["version"] == "1.0.3" for s in statements)
    level = [s for s in statements if s["object"]["id"] == f"{BASE}/levels/start"]
    assert len(level) == 1 and level[0]["verb"]["id"].endswith("/completed")
    failed = next(s for s in statements if s["verb"]["id"].endswith("/failed"))
    assert failed["result"]["score"]["scaled"] == 0.4 and failed["result"]["success"] is False
    assert failed["result"]["duration"] == "PT31.5S"
    assert failed["context"]["contextActivities"]["parent"] == [
        {"id": f"{BASE}/lessons/first-prompt", "objectType": "Activity"}
    ]
    assert len({s["id"] for s in statements}) == len(statements)


def test_export_never_holds_prompt_texts_names_or_mail_addresses(
    pack: Path, tmp_path: Path, isolated_home: Path
) -> None:
    make_progress(isolated_home / "progress.db")
    text = json.dumps(export(pack, tmp_path), ensure_ascii=False)
    assert "GEHEIMER" not in text and "Anna" not in text and "Vertrieb" not in text
    assert "mbox" not in text and "mailto" not in text


def test_statement_ids_stay_the_same_when_the_learner_goes_on(pack: Path, tmp_path: Path, isolated_home: Path) -> None:
    db = isolated_home / "progress.db"
    learner = make_progress(db)
    before = {s["id"]: s for s in export(pack, tmp_path)}
    with Store.open(db) as store:
        store.record_attempt(
            learner, "hello", "hello-quiz", "quiz", "2", 0.0, False, [], created_at="2026-11-03T08:00:00.000000+00:00"
        )
        store.update_learner(learner, lang="en")
    after = {s["id"]: s for s in export(pack, tmp_path)}
    assert set(before) < set(after) and len(after) == len(before) + 1
    assert all(after[i] == s for i, s in before.items())  # same id, same content: an LRS sees no conflict


def test_export_all_holds_every_learner_of_a_served_database(pack: Path, tmp_path: Path, isolated_home: Path) -> None:
    db = isolated_home / "progress.db"
    anna = make_progress(db)
    with Store.open(db) as store:
        ben = store.create_learner("Ben").id
        store.mark_started(ben, "hello", "start")
    one = export(pack, tmp_path)
    out = tmp_path / "all.json"
    assert cli("--course", str(pack), "xapi", "export", "--all", "-o", str(out)).exit_code == 0
    everyone = json.loads(out.read_text(encoding="utf-8"))
    assert {s["actor"]["account"]["name"] for s in one} == {anna}
    assert {s["actor"]["account"]["name"] for s in everyone} == {anna, ben}
    assert len(everyone) == len(one) + 1


def test_export_without_progress_is_one_line(pack: Path) -> None:
    result = CliRunner().invoke(main, ["--lang", "en", "xapi", "export"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "Nothing to export" in result.output


def test_a_bad_xapi_section_in_course_yaml_is_a_lint_error(pack: Path) -> None:
    text = (pack / "course.yaml").read_text().replace(f'"{HOME}"', '"not an iri"')
    (pack / "course.yaml").write_text(text)
    result = cli("lint", str(pack))
    assert result.exit_code == 1
    assert "bad-xapi" in result.output and "xapi.home_page" in result.output


def test_send_to_an_lrs_that_is_down_is_one_line(pack: Path, isolated_home: Path) -> None:
    from helpers.ralph_lrs import free_port

    make_progress(isolated_home / "progress.db")
    result = CliRunner().invoke(
        main, ["--lang", "en", "--course", str(pack), "xapi", "send", "--lrs", f"http://127.0.0.1:{free_port()}/xAPI/"]
    )
    assert result.exit_code == 1
    assert "not reachable" in result.output and "Traceback" not in result.output
    assert "0 stored, 0 already known, 0 refused (of 11)" in result.output


def test_send_names_a_missing_credentials_variable(pack: Path, isolated_home: Path) -> None:
    make_progress(isolated_home / "progress.db")
    result = CliRunner().invoke(
        main,
        ["--lang", "en", "xapi", "send", "--lrs", "http://127.0.0.1:9/xAPI/", "--auth-env", "NO_SUCH_VAR_FOR_TEST"],
    )
    assert result.exit_code == 1 and "NO_SUCH_VAR_FOR_TEST" in result.output


@pytest.fixture
def ralph(tmp_path: Path):
    lrs = Ralph(tmp_path / "ralph").start()
    yield lrs
    lrs.stop()


def stored(ralph: Ralph) -> list[dict]:
    lrs = Lrs(ralph.url, auth_header(ralph.auth))
    try:
        return lrs.query(limit="500")
    finally:
        lrs.close()


@pytest.mark.lrs
@pytest.mark.skipif(LRS_MISSING is not None, reason=LRS_MISSING or "")
def test_round_trip_through_ralph_gives_back_the_same_statements_and_a_second_send_adds_none(
    pack: Path, tmp_path: Path, isolated_home: Path, ralph: Ralph
) -> None:
    make_progress(isolated_home / "progress.db")
    exported = export(pack, tmp_path)
    env = {"LRS_AUTH": ralph.auth}
    first = cli("--course", str(pack), "xapi", "send", "--lrs", ralph.url, "--auth-env", "LRS_AUTH", env=env)
    assert first.exit_code == 0, first.output
    assert f"{len(exported)} stored, 0 already known, 0 refused" in first.output
    back = {s["id"]: s for s in stored(ralph)}
    assert set(back) == {s["id"] for s in exported}
    for s in exported:
        got = {k: v for k, v in back[s["id"]].items() if k not in ("stored", "authority")}
        assert got == s
    second = cli("--course", str(pack), "xapi", "send", "--lrs", ralph.url, "--auth-env", "LRS_AUTH", env=env)
    assert second.exit_code == 0, second.output
    assert f"0 stored, {len(exported)} already known, 0 refused" in second.output
    assert len(stored(ralph)) == len(exported)


@pytest.mark.lrs
@pytest.mark.skipif(LRS_MISSING is not None, reason=LRS_MISSING or "")
def test_wrong_credentials_are_one_line_and_store_nothing(pack: Path, isolated_home: Path, ralph: Ralph) -> None:
    make_progress(isolated_home / "progress.db")
    result = cli(
        "--course",
        str(pack),
        "xapi",
        "send",
        "--lrs",
        ralph.url,
        "--auth-env",
        "LRS_AUTH",
        env={"LRS_AUTH": "course:wrong-password"},
    )
    assert result.exit_code == 1
    assert "refused the credentials (HTTP 401)" in result.output and "Traceback" not in result.output
    assert stored(ralph) == []


@pytest.mark.lrs
@pytest.mark.skipif(LRS_MISSING is not None, reason=LRS_MISSING or "")
def test_a_statement_the_lrs_rejects_is_named_and_the_others_are_stored(
    pack: Path, isolated_home: Path, ralph: Ralph
) -> None:
    db = isolated_home / "progress.db"
    make_progress(db)
    env = {"LRS_AUTH": ralph.auth}
    first = cli("--course", str(pack), "xapi", "send", "--lrs", ralph.url, "--auth-env", "LRS_AUTH", env=env)
    assert first.exit_code == 0
    # A record changed after it was sent: same statement id, other content -> the LRS refuses it (409).
    with Store.open(db) as store:
        store._conn.execute("UPDATE attempts SET score = 0.5 WHERE score = 0.4")
        learner = store.current_learner()
        store.record_attempt(
            learner.id,
            "hello",
            "hello-quiz",
            "quiz",
            "2",
            0.0,
            False,
            [],
            created_at="2026-11-04T08:00:00.000000+00:00",
        )
    result = cli("--course", str(pack), "xapi", "send", "--lrs", ralph.url, "--auth-env", "LRS_AUTH", env=env)
    assert result.exit_code == 1
    assert "1 stored, 10 already known, 1 refused (of 12)" in result.output
    assert "refused:" in result.output and "HTTP 409" in result.output


@pytest.mark.lrs
@pytest.mark.skipif(LRS_MISSING is not None, reason=LRS_MISSING or "")
def test_an_invalid_statement_in_a_batch_is_found_and_refused_alone(ralph: Ralph) -> None:
    good = [
        {
            "id": f"00000000-0000-5000-8000-{i:012d}",
            "actor": {"objectType": "Agent", "account": {"homePage": HOME, "name": "learner-1"}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": f"{BASE}/lessons/l{i}"},
            "timestamp": "2026-11-02T08:00:00+00:00",
        }
        for i in range(7)
    ]
    bad = {
        "id": "00000000-0000-5000-8000-999999999999",
        "actor": {"objectType": "Agent"},
        "verb": {"id": "not-an-iri"},
        "object": {"id": "x"},
    }
    lrs = Lrs(ralph.url, auth_header(ralph.auth))
    try:
        report = send(lrs, good[:3] + [bad] + good[3:], batch=100)
    finally:
        lrs.close()
    assert report.error is None
    assert (report.stored, report.known) == (7, 0)
    assert [r[0] for r in report.refused] == [bad["id"]] and "HTTP 4" in report.refused[0][1]


@pytest.mark.lrs
@pytest.mark.skipif(LRS_MISSING is not None, reason=LRS_MISSING or "")
def test_a_send_that_stopped_half_way_is_resumed_by_sending_again(
    pack: Path, tmp_path: Path, isolated_home: Path, ralph: Ralph
) -> None:
    make_progress(isolated_home / "progress.db")
    exported = export(pack, tmp_path)
    lrs = Lrs(ralph.url, auth_header(ralph.auth))
    try:  # the first batch got through, then the connection was lost
        partial = send(lrs, exported[:5], batch=5)
    finally:
        lrs.close()
    assert partial.stored == 5
    result = cli(
        "--course",
        str(pack),
        "xapi",
        "send",
        "--lrs",
        ralph.url,
        "--auth-env",
        "LRS_AUTH",
        env={"LRS_AUTH": ralph.auth},
    )
    assert result.exit_code == 0
    assert f"{len(exported) - 5} stored, 5 already known, 0 refused (of {len(exported)})" in result.output
    assert len(stored(ralph)) == len(exported)


def test_credentials_become_basic_auth_and_a_whole_header_value_is_kept() -> None:
    assert auth_header("course:geheim") == "Basic Y291cnNlOmdlaGVpbQ=="
    assert auth_header("Bearer abc.def") == "Bearer abc.def"
    assert auth_header("Basic Y291cnNl") == "Basic Y291cnNl"
    assert auth_header("") is None


def test_a_wrong_lrs_address_is_one_line(pack: Path, isolated_home: Path) -> None:
    make_progress(isolated_home / "progress.db")
    result = CliRunner().invoke(main, ["--lang", "en", "xapi", "send", "--lrs", "lrs.example.com/xAPI"])
    assert result.exit_code == 1
    assert result.output.strip() == "not an http(s) address of an LRS: 'lrs.example.com/xAPI'"
