"""The GenAI gap as the course defines it, from Gap-Check answers in real sealed exports:
users vs not-yet-users, factors first vs latest, per team, trend, next steps, privacy."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.gapteam import DAY1, DAY2, NAMES, PEOPLE, TITLES, person_export
from helpers.team import NOW, minimal, write_export
from rich.console import Console

from course.cli import main
from course.i18n import t
from course.team import load_exports, render_html, render_terminal, summarize
from course.team.jsoncsv import csv_rows, dumps, group_rows
from course.team.nextstepitems import next_step_items


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("gapteam")
    for i in range(len(PEOPLE)):
        write_export(root / f"{i:02d}-1.json", person_export(i, DAY1, False))
        write_export(root / f"{i:02d}-2.json", person_export(i, DAY2, True))
    return root


@pytest.fixture(scope="module")
def summary(folder):
    exports, rejected = load_exports([folder])
    assert len(exports) == 24 and not rejected
    return summarize(exports, titles=TITLES, now=NOW)


def test_users_and_not_yet_users_by_the_latest_answer(summary) -> None:
    o = summary.gap_check.overall
    assert (o.members, o.answered, o.enough) == (12, 11, True)
    assert (o.users, o.not_yet, o.users_first) == (6, 5, 4)


def test_factor_means_first_vs_latest_and_among_not_yet_users(summary) -> None:
    factors = {f.factor: f for f in summary.gap_check.overall.factors}
    assert set(factors) == {"knowledge", "motivation", "trust", "framework", "structure", "strategy"}
    for name in ("knowledge", "motivation", "trust", "structure", "strategy"):
        assert factors[name].first == pytest.approx(18 / 44)  # (sum of first answers - 11) / 4 / 11 people
        assert factors[name].latest == pytest.approx(27 / 44)
        assert factors[name].not_yet == pytest.approx(7 / 20)  # five not-yet-users
    assert (factors["framework"].first, factors["framework"].latest) == (0.0, 1.0)  # rules were published
    assert factors["knowledge"].side == "human" and factors["framework"].side == "system"
    assert summary.gap_check.overall.weakest.factor == "knowledge"


def test_per_team_figures_only_for_teams_of_five(summary) -> None:
    teams = {g.team: g for g in summary.gap_check.teams}
    assert (teams["Vertrieb"].users, teams["Vertrieb"].not_yet, teams["Vertrieb"].users_first) == (3, 2, 2)
    for small in ("Einkauf", "HR"):
        assert not teams[small].enough and teams[small].users is None and teams[small].factors == ()
    rows = {r.team: r for r in summary.teams}
    assert [rows[t].members for t in ("Einkauf", "HR", "Vertrieb")] == [4, 3, 5]
    assert rows["Vertrieb"].minutes_per_week == 45 and rows["HR"].not_started == 1


def test_trend_over_the_two_export_dates(summary) -> None:
    trend = summary.gap_check.trend
    assert [p.day.isoformat() for p in trend] == ["2026-10-01", "2026-11-01"]
    assert [(p.answered, p.users) for p in trend] == [(11, 4), (11, 6)]
    assert trend[0].human == pytest.approx(18 / 44) and trend[1].human == pytest.approx(27 / 44)
    assert trend[0].system == pytest.approx((0 + 2 * 18 / 44) / 3) and trend[1].system == pytest.approx(
        (1 + 2 * 27 / 44) / 3
    )


def test_next_steps_name_who_to_talk_to(summary) -> None:
    steps = summary.next_steps
    assert [p.name for p in steps.not_started] == ["Hugo Hahn"]
    assert [(p.name, p.days) for p in steps.inactive] == [("Erik Engel", 35)]  # last activity, not last export
    assert sorted(p.name for p in summary.policy.missing) == ["Esra Erdem", "Henrik Haas"]
    assert summary.failed_lessons[0].title == "Der erste Prompt"
    checks = {r.key: r for r in steps.checks}
    assert checks["role"].count == 11 and checks["hallucinations:option-2"].members == 3


def test_terminal_answers_the_leads_questions_in_german(summary) -> None:
    buf = io.StringIO()
    render_terminal(summary, "de", Console(file=buf, width=100))
    out = buf.getvalue()
    assert "GenAI-Lücke" in out and "Nutzen KI: 6" in out and "Noch nicht: 5" in out
    assert "Nutzende: 4 → 6 von 11" in out
    assert re.search(r"Wissen\s+Mensch\s+41\u202f%\s+61\u202f%\s+\+20\s+35\u202f%", out)
    assert re.search(r"Rahmen\s+System\s+0\u202f%\s+100\u202f%\s+\+100", out)
    assert "Schwächster Faktor: Wissen" in out
    assert "1 noch nicht begonnen: Hugo Hahn" in out and "Erik Engel (vor 35 Tagen)" in out
    assert "2 haben die Richtlinie 2026.11 nicht bestätigt" in out
    assert "Quiz „Halluzinationen“: Antwort 2" in out and "Rolle (11×" in out
    assert "Team: 75 Min. pro Woche" in out
    assert "Wochenbericht für das Vertriebsteam aus den CRM-Notizen zusammenfassen" in out.replace("\n ", " ")
    assert "zu wenige*" in out  # Einkauf and HR in the teams table
    assert "Verlauf über die Exportdaten" in out


def test_terminal_keeps_every_member_column_at_80_columns(summary) -> None:
    buf = io.StringIO()
    render_terminal(summary, "de", Console(file=buf, width=80))
    out = buf.getvalue()
    members = out[re.search(r"\nMitglieder *\n", out).end() :]
    header = members[: members.index("───")]
    for column in ("Person", "Team", "Level", "Fortschritt", "Min./Woche", "Richtl.", "Letzte", "Aktivität"):
        assert column in header, column
    assert "Vertrieb" in members and "30.10.2026" in members  # the day in German, whole
    assert "Schmales Terminal: Spalte „Hinw.“ und die Balken ausgelassen" in members  # said, not silent
    assert all(len(line) <= 80 for line in out.splitlines())


def test_json_html_and_csv_carry_the_gap_but_no_single_answers(summary) -> None:
    data = json.loads(dumps(summary))
    assert data["gap_check"]["overall"]["users"] == 6 and data["version"] == 2
    text = json.dumps(data)
    assert '"answers"' not in text and '"usage"' not in text
    page = render_html(summary, "de")
    assert "GenAI-Lücke" in page and "Nutzen KI: 6" in page and "Schwächster Faktor: Wissen" in page
    assert "Quiz „Halluzinationen“: Antwort 2" in page
    rows = list(csv_rows(summary))
    assert "usage" not in ",".join(rows[0]) and len(rows) == 13
    groups = {r[0]: r for r in group_rows(summary, "de")}
    head = list(group_rows(summary))[0]
    assert groups["*"][head.index("users")] == "6" and groups["Vertrieb"][head.index("not_yet_users")] == "2"
    assert groups["HR"][head.index("users")] == "" and groups["HR"][-1] == "zu wenige Antworten"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_page_and_the_terminal_list_the_same_next_steps_in_the_same_order(summary, lang: str) -> None:
    """Both read one list (nextstepitems.py): six kinds of step here, each heading once, in one order."""
    heads = [head for head, _ in next_step_items(summary, lang, lambda people, extra: "", 60, 60)]
    assert len(heads) == 6 and len(set(heads)) == 6
    page = render_html(summary, lang)
    page = page[page.index('<section id="next">') : page.index("</section>", page.index('<section id="next">'))]
    buf = io.StringIO()
    render_terminal(summary, lang, Console(file=buf, width=300))
    term = buf.getvalue()
    term = term[term.index(t(lang, "teamreport.next_steps")) :]
    for shown, text in ((page, lambda h: f"<strong>{html.escape(h)}</strong>"), (term, lambda h: f"• {h}")):
        places = [shown.index(text(h)) for h in heads]
        assert places == sorted(places), (lang, heads)


def test_a_team_of_four_shows_no_gap_check_figures(tmp_path: Path) -> None:
    for i in range(4):
        write_export(tmp_path / f"{i}.json", person_export(i, DAY2, True))
    exports, _ = load_exports([tmp_path])
    s = summarize(exports, now=NOW)
    assert not s.gap_check.overall.enough and s.gap_check.overall.users is None
    buf = io.StringIO()
    render_terminal(s, "de", Console(file=buf, width=100))
    assert "zu wenige Antworten (4 von mind. 5)" in buf.getvalue() and "Nutzen KI:" not in buf.getvalue()
    page = render_html(s, "de")
    assert "zu wenige Antworten" in page and "Nutzen KI: " not in page
    assert json.loads(dumps(s))["gap_check"]["overall"]["factors"] == []


def test_anonymous_leaves_no_name_in_any_output(folder: Path, tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "vera-vogel-kaputt.json").write_text("{", encoding="utf-8")
    dup = person_export(0, DAY2, True)
    dup["learner"]["id"] = "new-laptop"
    write_export(bad / "vera-vogel-neu.json", dup)
    html, table = tmp_path / "r.html", tmp_path / "r.csv"
    runner = CliRunner()
    env = {"GENAI_COURSE_HOME": str(tmp_path / "home")}
    args = ["--lang", "de", "team", "report", str(folder), str(bad), "--anonymous"]
    term = runner.invoke(main, [*args, "--html", str(html), "--csv", str(table)], env=env)
    js = runner.invoke(main, [*args, "--json"], env=env)
    assert term.exit_code == 2 and js.exit_code == 2
    outputs = {
        "terminal": term.stdout + term.stderr,
        "json": js.stdout + js.stderr,
        "html": html.read_text(encoding="utf-8"),
        "csv": table.read_text(encoding="utf-8-sig"),
        "groups": (tmp_path / "r.groups.csv").read_text(encoding="utf-8-sig"),
    }
    for kind, text in outputs.items():
        for name in NAMES:
            for part in name.split():  # as a word: "Vera" must not match "overall"
                assert not re.search(rf"\b{part}\b", text, re.IGNORECASE), (kind, part)
        assert "id-00" not in text and "new-laptop" not in text, kind
    assert "Person " in outputs["terminal"] and "Vermutliche Doppelungen" in outputs["terminal"]
    named = runner.invoke(main, [a for a in args if a != "--anonymous"] + ["--json"], env=env)
    assert "Vera Vogel" in named.stdout and "vera-vogel-kaputt.json" in named.stderr  # control: the grep can fail
    first = next(csv.reader(io.StringIO(outputs["csv"].splitlines()[1])))
    assert re.fullmatch(r"Person [0-9A-F]{6}", first[0]) and first[0] == first[1]


def test_pseudonyms_are_stable_between_reports(folder: Path, tmp_path: Path) -> None:
    env = {"GENAI_COURSE_HOME": str(tmp_path)}
    one = CliRunner().invoke(main, ["team", "report", str(folder), "--anonymous", "--json"], env=env)
    two = CliRunner().invoke(main, ["team", "report", str(folder / "00-2.json"), "--anonymous", "--json"], env=env)
    vera = json.loads(two.stdout)["members"][0]["name"]
    assert vera in [m["name"] for m in json.loads(one.stdout)["members"]]


def test_likely_duplicates_are_pointed_out(tmp_path: Path) -> None:
    write_export(tmp_path / "a.json", minimal("old-laptop", "Anna"))
    write_export(tmp_path / "b.json", minimal("new-laptop", " anna "))
    write_export(tmp_path / "c.json", minimal("other", "Ben"))
    exports, _ = load_exports([tmp_path])
    s = summarize(exports, now=NOW)
    assert [(d.name.strip().casefold(), sorted(d.learner_ids)) for d in s.duplicates] == [
        ("anna", ["new-laptop", "old-laptop"])
    ]
    buf = io.StringIO()
    render_terminal(s, "en", Console(file=buf, width=100))
    assert "Likely duplicates" in buf.getvalue()


def test_refusal_reasons_in_the_report_language(tmp_path: Path) -> None:
    good = write_export(tmp_path / "ok.json", minimal())
    broken = write_export(tmp_path / "edited.json", minimal("u-2"))
    broken.write_text(broken.read_text().replace('"Test"', '"Tset"'), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--lang", "de", "team", "report", str(good), str(broken)], env={"GENAI_COURSE_HOME": str(tmp_path)}
    )
    assert result.exit_code == 2
    assert "Prüfsumme stimmt nicht: die Datei wurde beschädigt oder bearbeitet" in result.stderr
    assert "checksum" not in result.stderr and "1 Datei abgelehnt" in result.stderr
