"""Every HTML page (team report, Promptathon board, certificate) shows a hostile name as text: parsed with
html.parser, the page has exactly the elements and attributes it has with a harmless name of the same length."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers.progress import cli, complete_first_level
from helpers.promptathon import FakeClock, bundled, make_run, solution
from helpers.team import NOW, minimal, write_export

from course.htmlpages import environment
from course.promptathon.board import build_board, load_results
from course.promptathon.htmlboard import render_html as render_board
from course.team import load_exports, render_html, summarize

HOSTILE = {
    "script": "<script>alert(1)</script>",
    "attribute": '" onmouseover="x',
    "style": "</style><style>*{display:none}",
    "template": "{{ 7*7 }}{% if 1 %}x{% endif %}",
    "bidi": "Anna \u202eTeam",
    # long enough to be shortened: the team report then puts the whole name in a title="..." tooltip
    "attribute-long": '" onmouseover="alert(1)" x="' + "y" * 60,
}
SHOWN = {"bidi": "Anna Team"}
"""What the page shows where it is not the name itself: the bidi override is dropped (as in the terminal)."""


class Shape(HTMLParser):
    """The elements and attribute names of a page, its text, and every attribute value."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []
        self.values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(name for name, _ in attrs)))
        self.values.extend(value or "" for _, value in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(("/" + tag, ()))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def shape(page: str) -> Shape:
    parser = Shape()
    parser.feed(page)
    parser.close()
    return parser


def twin(name: str) -> str:
    """A harmless name that is shortened (or not) exactly like `name`."""
    return "n" * len(name.replace("\u202e", ""))


def team_page(tmp_path: Path, name: str) -> str:
    folder = tmp_path / f"exports-{len(list(tmp_path.glob('exports-*')))}"
    first = minimal("u-1", name)
    first["learner"]["team"] = name
    write_export(folder / "a.json", first)
    write_export(folder / "b.json", minimal("u-2", "~Bea"))  # sorts after every name here and its twin
    exports, rejected = load_exports([folder])
    assert not rejected, rejected
    return render_html(summarize(exports, rejected=rejected, now=NOW), "de")


def board_page(tmp_path: Path, name: str) -> str:
    folder = tmp_path / f"teams-{len(list(tmp_path.glob('teams-*')))}"
    folder.mkdir()
    pack = bundled()
    run = make_run(pack, name, folder / "team.json", clock=FakeClock())
    run.set_text("hr-job-ad", solution(pack, "hr-job-ad", "de"))
    run.set_learned("hr-job-ad", name)
    run.finish("finished")
    other = make_run(pack, "Team Blau", folder / "blau.json", clock=FakeClock())
    other.set_text("hr-job-ad", "Schreib eine Stellenanzeige.")
    other.finish("finished")
    teams, rejected = load_results([folder], "de")
    assert len(teams) == 2 and not rejected
    return render_board(build_board(teams, rejected, "de"), "de")


def certificate_page(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch, seed) -> str:
    home = seed(tmp_path / f"home-{len(list(tmp_path.glob('home-*')))}")  # with the catalog cache, as every test's
    monkeypatch.setenv("GENAI_COURSE_HOME", str(home))
    complete_first_level(name)
    result = cli("--lang", "de", "certificate")
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("page", ["team report", "board", "certificate"])
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_name_is_only_text_on_every_page(
    page: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_catalog_cache
) -> None:
    render = {
        "team report": lambda n: team_page(tmp_path, n),
        "board": lambda n: board_page(tmp_path, n),
        "certificate": lambda n: certificate_page(tmp_path, n, monkeypatch, with_catalog_cache),
    }[page]
    name = HOSTILE[kind]
    hostile, harmless = shape(render(name)), shape(render(twin(name)))
    assert hostile.tags == harmless.tags  # no element, attribute or closing tag more or less
    assert [t for t, _ in hostile.tags].count("script") == 0 and [t for t, _ in hostile.tags].count("style") == 1
    assert not any(a.startswith("on") for _, attrs in hostile.tags for a in attrs)
    text = "".join(hostile.text)
    shown = SHOWN.get(kind, name)[:24]
    assert shown in text  # shown as text, as entered (shortened where long)
    assert "\u202e" not in text and not any("\u202e" in v for v in hostile.values)
    if kind == "template":
        assert "49" not in text.replace(twin(name), "")  # never evaluated


def test_the_shape_check_sees_an_injected_element() -> None:
    """Control: the same name rendered without autoescape adds elements and an event attribute."""
    from jinja2 import Environment

    unsafe = Environment(autoescape=False).from_string('<p title="{{ n }}">{{ n }}</p>')
    name = HOSTILE["attribute"] + HOSTILE["script"]
    bad, good = shape(unsafe.render(n=name)), shape(unsafe.render(n=twin(name)))
    assert bad.tags != good.tags and any(a.startswith("on") for _, attrs in bad.tags for a in attrs)
    assert environment().from_string('<p title="{{ n }}">{{ n }}</p>').render(n=name).count("<") == 2


def test_the_environment_escapes_and_refuses_unknown_names() -> None:
    from jinja2 import UndefinedError

    env = environment()
    assert env.autoescape is True
    with pytest.raises(UndefinedError):
        env.from_string("{{ missing }}").render()


@pytest.mark.parametrize("template", ["report.html.j2", "board.html.j2", "certificate.html.j2", "notice.html.j2"])
def test_every_page_extends_the_base_with_the_csp_and_no_script(template: str) -> None:
    env = environment()
    source = env.loader.get_source(env, template)[0]
    assert '{%- extends "base.html.j2" -%}' in source and "<script" not in source and "<style" not in source
    base = env.loader.get_source(env, "base.html.j2")[0]
    assert "default-src 'none'; style-src 'unsafe-inline'" in base and "<script" not in base
    for css in ("base.css", "report.css", "board.css", "certificate.css"):
        text = env.loader.get_source(env, css)[0]
        assert env.from_string(text).render() == text  # no Jinja syntax hidden in the stylesheets


def test_the_served_board_before_any_result_has_the_same_frame(tmp_path: Path) -> None:
    """`promptathon serve`'s /board with no results yet: the base page (CSP, no script), the message escaped."""
    from course.promptathon.htmlboard import render_notice
    from course.serve.server import board_page

    page = board_page(tmp_path, 0, "en")
    assert "No results yet" in page and "default-src 'none'" in page and "<script" not in page
    hostile = shape(render_notice(HOSTILE["script"], HOSTILE["style"], "en"))
    assert [t for t, _ in hostile.tags].count("script") == 0 and [t for t, _ in hostile.tags].count("style") == 1


def test_no_python_module_builds_page_markup() -> None:
    """Markup and stylesheets live in course/templates only: no module writes a page, a table, a chart or CSS."""
    import re

    course = Path(__file__).resolve().parent.parent / "course"
    markup = re.compile(r"<!DOCTYPE|<(?:html|style|svg|table|tr|td|span|div|rect|polyline)[\s>]|\{box-sizing", re.I)
    found = [
        f"{p.relative_to(course)}: {m.group()}"
        for p in sorted(course.rglob("*.py"))
        for m in [markup.search(p.read_text(encoding="utf-8"))]
        if m
    ]
    assert found == []
