"""A progress database that cannot be used is said in one line in the learner's language (German or English),
wherever it reaches a person: the CLI commands, the app's start, an error inside the app; never a traceback, and
the file is left byte for byte as it was. progress itself stays English and free of course."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from course import paths
from course.cli import main
from course.i18n import store_message, t
from progress import connect, migrations
from progress.records import STORE_MESSAGES, StoreError
from progress.store import Store


def _corrupt(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def _newer(path: Path) -> None:
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, 'm999_future', 'x')",
            (migrations.MIGRATION_SET,),
        )
    conn.close()


def _folder(path: Path) -> None:
    path.mkdir(parents=True)


def _truncated(path: Path) -> None:
    with Store.open(path) as s:
        lid = s.create_learner("Anna").id
        with s.transaction():
            for i in range(300):
                s.record_attempt(lid, "les", f"ex{i % 7}", "prompt", "x" * 300, 0.5, False, [])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


BAD: dict[str, tuple[Callable[[Path], None], str, str]] = {
    # kind: (make the file, German words, English words)
    "corrupt": (
        _corrupt,
        "Keine Fortschrittsdatenbank (keine SQLite-Datei oder beschädigt)",
        "not a progress database",
    ),
    "newer-schema": (_newer, "stammt von einem neueren genai-course (Schema m999_future)", "written by a newer"),
    "a-folder": (
        _folder,
        "Der Pfad der Fortschrittsdatenbank ist ein Ordner",
        "the progress database path is a folder",
    ),
    "truncated": (_truncated, "ist abgeschnitten (beschädigt)", "is truncated (damaged)"),
}


def _state(path: Path) -> str:
    """The file's bytes (or that it is a folder), to show nothing was changed."""
    if path.is_dir():
        return "folder:" + ",".join(sorted(p.name for p in path.iterdir()))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    some_file = tmp_path / "export.json"
    some_file.write_text("{}", encoding="utf-8")
    return {
        "progress": ["progress"],
        "export": ["export", "-o", str(tmp_path / "out.json")],
        "import": ["import", str(some_file)],
        "certificate": ["certificate", "-o", str(tmp_path / "cert.html")],
        "xapi": ["xapi", "export", "-o", str(tmp_path / "xapi.json")],
        "feedback": ["feedback", "report"],
    }


def _run(args: list[str], **env: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, args, env=env, catch_exceptions=True)


def _one_line(result, words: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, (result.stdout, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0] and str(paths.default_db()) in lines[0], lines[0]
    assert "Traceback" not in result.stdout + result.stderr
    other = "progress database" if lang == "de" else "Fortschrittsdatenbank"
    assert other not in lines[0], lines[0]  # all in one language (SQLite's own detail aside)


@pytest.mark.parametrize("kind", sorted(BAD))
@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_bad_database_gives_each_command_one_line_in_the_chosen_language(
    tmp_path: Path, kind: str, lang: str
) -> None:
    db = paths.default_db()
    db.parent.mkdir(parents=True, exist_ok=True)
    make, german, english = BAD[kind]
    make(db)
    before = _state(db)
    for name, args in _commands(tmp_path).items():
        result = _run(["--lang", lang, *args])
        _one_line(result, german if lang == "de" else english, lang)
        assert _state(db) == before, name
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "cert.html").exists()


@pytest.mark.parametrize(("env", "words"), [("de_DE.UTF-8", "Keine Fortschrittsdatenbank"), ("C", "not a progress")])
def test_without_lang_the_system_locale_picks_the_language(tmp_path: Path, env: str, words: str) -> None:
    db = paths.default_db()
    db.parent.mkdir(parents=True, exist_ok=True)  # the data folder exists: it holds the catalog cache
    _corrupt(db)
    result = _run(["progress"], LC_ALL="", LC_MESSAGES="", LANGUAGE="", LANG=env)
    _one_line(result, words, "de" if env.startswith("de") else "en")


@pytest.mark.parametrize(("lang", "words"), [("de", "Fortschritt kann nicht geöffnet werden: Keine"), ("en", "Cannot")])
def test_serve_says_it_in_the_chosen_language_before_it_listens(tmp_path: Path, lang: str, words: str) -> None:
    import socket

    with socket.socket() as sock:  # a port that is free now
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    db = paths.default_db()
    db.parent.mkdir(parents=True, exist_ok=True)  # the data folder exists: it holds the catalog cache
    _corrupt(db)
    before = _state(db)
    _one_line(_run(["--lang", lang, "serve", "--port", str(port)]), words, lang)
    assert _state(db) == before


@pytest.fixture
def locked_db(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A database another program holds with an exclusive lock (SQLite's locking_mode EXCLUSIVE)."""
    monkeypatch.setattr(connect, "BUSY_TIMEOUT_MS", 300)  # give up after 0.3 s instead of 5 s
    db = paths.default_db()
    with Store.open(db) as store:
        store.set_current_learner(store.create_learner("Anna", "", "de").id)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE learners SET team = team")
    try:
        yield db
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.slow  # waits out the busy timeout (1.8 s each): the full run keeps it
@pytest.mark.parametrize(("lang", "words"), [("de", "ist gesperrt"), ("en", "database is locked")])
def test_a_locked_database_gives_one_line_in_the_chosen_language(
    tmp_path: Path, locked_db: Path, lang: str, words: str
) -> None:
    before = hashlib.sha256(locked_db.read_bytes()).hexdigest()
    for args in _commands(tmp_path).values():
        _one_line(_run(["--lang", lang, *args]), words, lang)
    assert hashlib.sha256(locked_db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(("lang", "words"), [("de", "Fortschritt kann nicht geöffnet werden: Keine"), ("en", "Cannot")])
def test_the_app_start_says_it_in_the_chosen_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, words: str
) -> None:
    from course.commands import app as app_command

    monkeypatch.setattr(app_command, "has_terminal", lambda: True)
    db = paths.default_db()
    db.parent.mkdir(parents=True, exist_ok=True)  # the data folder exists: it holds the catalog cache
    _corrupt(db)
    before = _state(db)
    result = _run(["--lang", lang])
    _one_line(result, words, lang)
    assert _state(db) == before


@pytest.mark.parametrize(
    ("lang", "words"), [("de", "genai-course wurde beendet: Die"), ("en", "genai-course stopped: the")]
)
async def test_a_store_error_inside_the_app_ends_it_with_one_translated_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    from course.app import CourseApp
    from course.catalog import build_catalog
    from course.options import Options

    store = Store.open(tmp_path / "p.db")
    store.set_current_learner(store.create_learner("Anna", "", lang).id)
    app = CourseApp(build_catalog([Path(__file__).parent / "data" / "packs" / "good"]), store, Options(lang=lang))

    def fail() -> None:
        raise StoreError("read_only", path=tmp_path / "p.db")

    with pytest.raises(StoreError):  # run_test hands the error on when it ends
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.call_later(fail)
            await pilot.pause()
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]  # what Textual prints on exit
    assert len(lines) == 1 and lines[0].startswith(words) and str(tmp_path / "p.db") in lines[0], lines
    assert ("schreibgeschützt" if lang == "de" else "read-only") in lines[0]


# the error itself ------------------------------------------------------------------------------------------


def test_str_stays_the_english_line_and_the_key_carries_the_translation(tmp_path: Path) -> None:
    error = StoreError("newer", schema="m9", path=tmp_path / "p.db")
    assert str(error) == (
        f"the progress database was written by a newer genai-course (schema m9); please update genai-course: "
        f"{tmp_path / 'p.db'} (the file was left as it is)"
    )
    assert (error.key, error.values["schema"]) == ("newer", "m9")
    assert store_message("de", error).startswith("Die Fortschrittsdatenbank stammt von einem neueren genai-course")
    assert store_message("en", error) == str(error)


def test_the_english_catalogue_says_exactly_what_progress_says() -> None:
    for key, text in STORE_MESSAGES.items():
        assert t("en", "store." + key) == text, key  # one wording: progress alone and the course agree
        assert t("de", "store." + key) != text, key  # and German has its own


def test_a_plain_message_or_a_multi_line_detail_stays_one_line() -> None:
    plain = StoreError("something\nodd")
    assert (str(plain), plain.key, store_message("de", plain)) == ("something odd", "", "something odd")
    error = StoreError("error", detail="disk I/O\nerror", path="/x/p.db")
    assert str(error) == "progress database error (disk I/O error): /x/p.db" and "\n" not in store_message("de", error)


def test_the_error_survives_pickling_with_its_key() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(StoreError("busy", detail="locked", path="/x/p.db")))
    assert isinstance(error, StoreError) and error.key == "busy" and str(error).startswith("progress database is busy")


def test_a_value_left_out_by_the_raiser_is_a_question_mark_not_a_second_error() -> None:
    error = StoreError("busy", path="/x/p.db")  # no detail
    assert str(error) == "progress database is busy or unwritable (?): /x/p.db"
    assert store_message("de", error) == str(error)  # the German text needs the detail: the English line stands
