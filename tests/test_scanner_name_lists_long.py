"""A long list of people, one per line, is read once, not once per person in it (1 MB of list lines stays linear)."""

from __future__ import annotations

from course.scanner import scan
from course.scanner.context import Doc, finding
from course.scanner.namegroups import completed_lists

_LINE = "Anna Berger - 01.02.2015\n"


def _people(text: str) -> list[tuple[int, int]]:
    return [(m, m + len("Anna Berger")) for m in range(0, len(text), len(_LINE))]


def test_each_line_of_a_long_list_is_completed_once() -> None:
    # Before the list was read once per person: 60 lines read (and yielded) for each of them.
    text = _LINE * 300
    doc = Doc.of(text)
    names = [finding("name", text, s, e, True) for s, e in _people(text)]
    completed = list(completed_lists(doc, names))
    assert len(completed) == 300
    assert len({(f.start, f.end) for f in completed}) == 300


def test_a_short_list_is_still_completed_from_one_found_person() -> None:
    text = "Geburtstage:\nAnna Berger - 01.02.2015\nZeynep Okafor - 03.04.2016\nDilnoza Ferreira - 05.06.2017\n"
    doc = Doc.of(text)
    start = text.index("Anna")
    completed = {f.text for f in completed_lists(doc, [finding("name", text, start, start + 11, True)])}
    assert completed == {"Anna Berger", "Zeynep Okafor", "Dilnoza Ferreira"}


def test_a_long_list_of_people_is_found_whole() -> None:
    result = scan(_LINE * 400)
    names = [f for f in result.findings if f.category == "name"]
    assert len(names) == 400
