"""Every German text has its English twin and back, with the same {placeholders}, in every table of words."""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Iterator
from typing import Any

import pytest

import course

LANGS = ("de", "en")
PAIR_TABLES = [("course.team.labels", "_TEXTS")]
"""Tables written as {key: (de, en)}; the other shapes are found by looking at every module."""
SKIP = ("course.serve.server", "course.serve.tab")
"""Modules that need the optional server packages to import; they hold no word tables."""


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(course.__path__, "course."):
        if info.name.startswith(SKIP):
            continue
        yield importlib.import_module(info.name)


def _is_text_map(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and all(isinstance(v, str) for v in value.values())


def _tables() -> dict[str, dict[str, dict[str, str]]]:
    """Every word table as {"module.NAME": {lang: {key: text}}}, whatever shape it is written in."""
    found: dict[str, dict[str, dict[str, str]]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if not isinstance(value, dict) or not value or getattr(value, "__module__", None):
                continue
            where = f"{module.__name__}.{name}"
            if where in found:
                continue
            if set(value) >= set(LANGS) and all(_is_text_map(value[lang]) for lang in LANGS):
                found[where] = {lang: value[lang] for lang in LANGS}  # {lang: {key: text}}
            elif all(isinstance(v, dict) and set(v) >= set(LANGS) and all(isinstance(v[lang], str) for lang in LANGS)
                     for v in value.values()):
                found[where] = {lang: {k: v[lang] for k, v in value.items()} for lang in LANGS}  # {key: {lang: text}}
    for module_name, name in PAIR_TABLES:
        value = getattr(importlib.import_module(module_name), name)
        found[f"{module_name}.{name}"] = {lang: {k: v[i] for k, v in value.items()} for i, lang in enumerate(LANGS)}
    return found


TABLES = _tables()


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_the_known_word_tables_are_all_found() -> None:
    """The search is not blind: the tables of the app, grading, models, team, Promptathon and server are in it."""
    for where in ("course.i18n.STRINGS", "course.grading.messages.TEXTS", "course.models.messages.MESSAGES",
                  "course.promptathon.labels.LABELS", "course.team.labels._TEXTS", "course.servelabels.LABELS",
                  "course.status.TEXTS"):
        assert where in TABLES


@pytest.mark.parametrize("where", sorted(TABLES))
def test_german_and_english_have_the_same_keys(where: str) -> None:
    de, en = TABLES[where]["de"], TABLES[where]["en"]
    assert sorted(set(de) - set(en)) == [] and sorted(set(en) - set(de)) == []


@pytest.mark.parametrize("where", sorted(TABLES))
def test_both_languages_fill_in_the_same_placeholders(where: str) -> None:
    de, en = TABLES[where]["de"], TABLES[where]["en"]
    differ = {key: (sorted(_fields(de[key])), sorted(_fields(en[key]))) for key in set(de) & set(en)
              if _fields(de[key]) != _fields(en[key])}
    assert differ == {}


@pytest.mark.parametrize("where", sorted(TABLES))
def test_no_text_is_left_empty_in_one_language_only(where: str) -> None:
    """An empty text means "say nothing" (status.py's why_first); it must mean that in both languages."""
    de, en = TABLES[where]["de"], TABLES[where]["en"]
    lopsided = [key for key in set(de) & set(en) if bool(de[key].strip()) != bool(en[key].strip())]
    assert lopsided == []
