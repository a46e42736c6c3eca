"""YAML mistakes are explained in plain words at the line and column of their cause."""

from __future__ import annotations

import pytest

from course.yamlutil import YamlError, load

CASES = [
    ("id: x\ntitle: a\n  minutes: 3\n", 3, 3, "the indentation does not match the line before"),
    ("id: x\ntitle: Tipp: mehr\n", 2, 12, "the text after 'title:' contains ': '; put the whole text in quotes"),
    ("id: x\n\ttitle: y\n", 2, 1, "a tab character; indent with spaces only"),
    ("checks:\n\t- role\n", 2, 1, "a tab character; indent with spaces only"),
    ('id: x\ntitle: "abc\nminutes: 3\n', 2, 8, 'the quote " that opens here is never closed'),
    ("title: {de: a, en: b\nx: 1\n", 1, 8, "the bracket { that opens here is not closed, or a comma is missing"),
    ("hints:\n  - a\n  b: c\n", 3, 3, "this line is not a list item like the ones above it"),
    ('a: "b" c\n', 1, 8, "there is more text after the closing quote; put the whole text in quotes"),
    ("a: 1\n- b\n", 2, 1, "a list item '-' where a key was expected: indent the list under its key"),
    ("a: *wichtig*\n", 1, 4, "a text that starts with * must be put in quotes"),
    (
        "id: x\ntitle: a\nminutes: 3\ntitle: b\n",
        4,
        1,
        "the key 'title' appears twice (first in line 2); keep one of them",
    ),
]


@pytest.mark.parametrize(("text", "line", "column", "words"), CASES)
def test_yaml_mistake_is_explained_at_its_cause(text: str, line: int, column: int, words: str) -> None:
    with pytest.raises(YamlError) as caught:
        load(text, first_line=1)
    assert (caught.value.line, caught.value.column) == (line, column)
    message = str(caught.value)
    assert message.startswith(f"column {column}: {words}")
    german = caught.value.msg.text("de")
    assert german.startswith(f"Spalte {column}: ") and german != message


def test_lines_count_from_where_the_snippet_starts_in_the_file() -> None:
    with pytest.raises(YamlError) as caught:
        load("id: x\n\ttitle: y\n", first_line=10)
    assert caught.value.line == 11
