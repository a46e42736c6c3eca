"""The gettext catalogues: de and en have the same keys and placeholders, every key is used, every plural has its
forms, the shipped .mo files are the compiled .po files, and numbers and plurals come out per locale."""

from __future__ import annotations

import ast
import gettext
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from helpers.sources import course_nodes

from course import i18n
from course.i18n import LANGS, number, percent, t, tn

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "course"

DYNAMIC = {
    # prefix: where the rest of the key is built (the key counts as used when it starts with the prefix)
    "langname.": "screens/lesson.py, levelmap.py, profile.py, settings.py: f'langname.{code}'",
    "check.": "i18n.check_label: 'check.' + check name",
    "category.": "i18n.category_label: 'category.' + scanner category",
    "status.": (
        "status.unlock_hint ('status.why_' + reason), screens/progress.py and commands/progress.py ('status.' + state)"
    ),
    "rubric.": "grading/rubric.run_check: f'rubric.{check}.found|missing|hint', 'rubric.negated.*'",
    "grading.category.": "grading/safety._category: f'grading.category.{category}'",
    "anatomy.short.": "screens/anatomy.render_anatomy: 'anatomy.short.' + block",
    "anatomy.note.": "screens/anatomy.render_anatomy: 'anatomy.note.' + note ('none' for no note)",
    "keys.": "screens/keys.key_label: f'keys.{modifier or key}'",
    "teamreport.r.": "team/labels.reason: f'teamreport.r.{error code}'",
    "teamreport.f.": "team/labels.factor_name: f'teamreport.f.{factor}'",
    "teamreport.type.": "team/labels.reason: f'teamreport.type.{expected}' for a field of the wrong type",
    "teamreport.act.": "team/htmlreport and terminal_gap: f'teamreport.act.{factor}'",
    "promptathon.ended.": "promptathon/render.ended_label: f'promptathon.ended.{ended}'",
    "promptathon.dept.": "promptathon/render.department_label: f'promptathon.dept.{department}'",
    "promptathon.done.": "screens/promptathon.DoneScreen: f'promptathon.done.{ended}'",
    "promptathon.reason.": "promptathon/board: f'promptathon.reason.{key}' for course.jsonfiles.expand's reasons",
    "cli.scan.": "commands/scan.render: f'cli.scan.{level}' for the yellow and red light",
    "kind.": "screens/lesson.py and workbench.py: f'kind.{exercise kind}'",
    "theme.": "screens/settings.py: f'theme.{code}'",
    "help.section.": "screens/help.py: f'help.section.{section}'",
    "store.": "i18n.store_message: 'store.' + StoreError.key (progress.records.STORE_MESSAGES)",
}
DYNAMIC_KEYS = {
    # keys built from a value, listed one by one with the place that builds them
    **{
        f"teamreport.{k}": "team/load._expand: 'teamreport.' + course.jsonfiles.expand's reason"
        for k in ("missing", "not_a_file", "unreadable", "empty_folder")
    },
    **{
        f"cli.feedback.{k}": "commands/feedback.from_exports: f'cli.feedback.{key}' for jsonfiles.expand's reason"
        for k in ("missing", "not_a_file", "unreadable", "empty_folder")
    },
    **{f"teamreport.{k}": "team/htmlreport and terminal_gap: 'teamreport.' + factor side" for k in ("human", "system")},
    **{f"teamreport.{k}": "team/htmlsections.levels: 'teamreport.' + level state" for k in ("done", "open", "locked")},
    **{f"wb.{k}": "screens/workbench.py: f'wb.{scan level}' for the Ampel" for k in ("green", "yellow", "red")},
}


def _catalogue(lang: str) -> Catalog:
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / f"{i18n.DOMAIN}.po", "rb") as handle:
        return read_po(handle, locale=lang)


CATALOGUES = {lang: _catalogue(lang) for lang in LANGS}


def _messages(lang: str) -> dict[str, tuple[str, ...]]:
    """{key: (text,)} or {key: (singular, plural, ...)} for one language."""
    out: dict[str, tuple[str, ...]] = {}
    for message in CATALOGUES[lang]:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        out[key] = tuple(message.string) if isinstance(message.string, tuple) else (message.string,)
    return out


MESSAGES = {lang: _messages(lang) for lang in LANGS}
PLURAL_KEYS = {m.id[0] for m in CATALOGUES["en"] if m.pluralizable}


def _fields(text: str) -> set[str]:
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(text) if field}


def _source_literals() -> tuple[set[str], set[str]]:
    """Every string constant in the course's Python files and t("…") in its templates; the leading text of f-strings."""
    literals: set[str] = set()
    fstring_heads: set[str] = set()
    for _path, nodes in course_nodes():
        for node in nodes:
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                fstring_heads.add(str(node.values[0].value))
    for path in SOURCES.rglob("*.j2"):
        literals.update(re.findall(r"""\bt\(["']([^"']+)["']""", path.read_text(encoding="utf-8")))
    return literals, fstring_heads


LITERALS, FSTRING_HEADS = _source_literals()


def test_german_and_english_have_the_same_keys() -> None:
    de, en = set(MESSAGES["de"]), set(MESSAGES["en"])
    assert sorted(de - en) == [] and sorted(en - de) == []
    assert len(en) > 800  # the search is not blind: the whole app's words are in the catalogue


def test_both_languages_fill_in_the_same_placeholders() -> None:
    differ = {}
    for key, en in MESSAGES["en"].items():
        de = MESSAGES["de"].get(key, ())
        fields = {lang: [_fields(text) for text in forms] for lang, forms in (("de", de), ("en", en))}
        if len({frozenset(f) for forms in fields.values() for f in forms}) > 1:
            differ[key] = fields
    assert differ == {}


def test_every_text_is_filled_in() -> None:
    """An empty msgstr would show the key to the learner: gettext treats it as untranslated."""
    empty = sorted(key for lang in LANGS for key, forms in MESSAGES[lang].items() if not all(f.strip() for f in forms))
    assert empty == []


def test_plural_entries_have_every_form_the_header_asks_for() -> None:
    for lang in LANGS:
        catalogue = CATALOGUES[lang]
        assert catalogue.plural_forms == "nplurals=2; plural=(n != 1);"
        for key in PLURAL_KEYS:
            assert len(MESSAGES[lang][key]) == catalogue.num_plurals, (lang, key)
        assert {m.id[0] for m in catalogue if m.pluralizable} == PLURAL_KEYS


def test_no_faked_plural_is_left_in_the_texts() -> None:
    """'Lektion(en)', 'Problem(e)', 'file(s)': every count goes through ngettext instead."""
    faked = re.compile(r"\w\((?:en|e|n|s)\)")
    found = sorted(
        key for lang in LANGS for key, forms in MESSAGES[lang].items() if any(faked.search(f) for f in forms)
    )
    assert found == []


def test_no_key_is_unused() -> None:
    unused = sorted(
        key
        for key in MESSAGES["en"]
        if key not in LITERALS and key not in DYNAMIC_KEYS and not key.startswith(tuple(DYNAMIC))
    )
    assert unused == []


@pytest.mark.parametrize("prefix", sorted(DYNAMIC))
def test_each_dynamic_prefix_is_still_built_in_the_code_and_has_keys(prefix: str) -> None:
    """A listed prefix whose building code went away, or that no key has any more, must leave the list."""
    assert prefix in LITERALS or any(head.startswith(prefix) for head in FSTRING_HEADS), DYNAMIC[prefix]
    assert any(key.startswith(prefix) for key in MESSAGES["en"])


def test_each_dynamic_key_exists() -> None:
    assert sorted(set(DYNAMIC_KEYS) - set(MESSAGES["en"])) == []


def _lookups() -> list[tuple[str, str, Path, int]]:
    """(function name, literal key, file, line) of every t(lang, "key") and tn(lang, "key", n) in the course."""
    out = []
    for path, nodes in course_nodes():
        for node in nodes:
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("t", "tn")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                out.append((node.func.id, str(node.args[1].value), path, node.lineno))
    return out


def test_every_key_the_code_and_the_templates_ask_for_exists() -> None:
    """A missing key would show the learner its name ('wb.passd') instead of a text."""
    asked = {(key, f"{path.relative_to(ROOT)}:{line}") for _, key, path, line in _lookups()}
    for path in SOURCES.rglob("*.j2"):
        asked |= {
            (key, str(path.relative_to(ROOT)))
            for key in re.findall(r"""\bt\(["']([^"']+)["']""", path.read_text(encoding="utf-8"))
        }
    assert len(asked) > 400
    assert sorted((where, key) for key, where in asked if key not in MESSAGES["en"]) == []


def test_plural_keys_are_looked_up_with_tn_and_the_others_with_t() -> None:
    lookups = _lookups()
    assert len(lookups) > 300
    wrong = [
        (f"{path.relative_to(ROOT)}:{line}", name, key)
        for name, key, path, line in lookups
        if (name == "tn") != (key in PLURAL_KEYS)
    ]
    assert wrong == []


def _plain(value: object) -> object:
    return tuple(value) if isinstance(value, (list, tuple)) else value


def test_the_shipped_mo_files_are_the_compiled_po_files() -> None:
    """Edit a .po, then recompile: pybabel compile -d course/locale -D genai_course (CONTRIBUTING.md)."""
    for lang in LANGS:
        with open(i18n.mo_path(lang), "rb") as handle:
            compiled = read_mo(handle)
        shipped = {_plain(m.id): _plain(m.string) for m in compiled if m.id}
        source = {_plain(m.id): _plain(m.string) for m in CATALOGUES[lang] if m.id}
        assert shipped == source, f"{lang}: run `pybabel compile -d course/locale -D genai_course`"
        with open(i18n.mo_path(lang), "rb") as handle:
            assert gettext.GNUTranslations(handle).info()["plural-forms"] == "nplurals=2; plural=(n != 1);"


def test_german_counts_one_lesson_and_two_lessons() -> None:
    assert tn("de", "map.problems", 1).startswith("1 Lektion fehlerhaft")
    assert tn("de", "map.problems", 2).startswith("2 Lektionen fehlerhaft")
    assert tn("en", "map.problems", 1).startswith("1 lesson broken")
    assert tn("en", "map.problems", 0).startswith("0 lessons broken")


def test_numbers_follow_the_locale() -> None:
    assert number("de", 1234.5) == "1.234,5" and number("en", 1234.5) == "1,234.5"
    assert number("de", 1234567) == "1.234.567" and number("en", 2.25, decimals=1) == "2.2"
    assert percent("de", 0.875) == "88\u202f%" and percent("en", 0.875) == "88%" and percent("en", None) == "–"


def test_the_team_report_formats_numbers_per_locale() -> None:
    from course.team.formatting import fmt_hours

    assert fmt_hours(74070, "de") == "1.234,5 h" and fmt_hours(74070, "en") == "1,234.5 h"
    assert number("de", 12345) == "12.345" and percent("en", 0.5) == "50%"


def test_unknown_language_reads_english_and_unknown_key_shows_the_key() -> None:
    assert t("fr", "map.locked") == "locked" and t("de-AT", "map.locked") == "gesperrt"
    assert t("de", "no.such.key") == "no.such.key"
    assert t("de", "map.hello", name="Ada") == "Hallo Ada"
    assert t("de", "map.fallback", lang="Englisch") == "nur Englisch"  # a text may have a {lang} field


def test_a_missing_catalogue_shows_keys_instead_of_crashing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n._catalogue.cache_clear()
    try:
        assert t("de", "map.locked") == "map.locked"
        assert tn("en", "map.problems", 2) == "map.problems"
    finally:
        monkeypatch.undo()
        i18n._catalogue.cache_clear()
    assert t("de", "map.locked") == "gesperrt"
