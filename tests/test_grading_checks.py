"""Every check of the rubric in German and English: positives, negatives, evidence, not-, weights, must."""

from __future__ import annotations

import pytest

from course.content import CheckSpec, Localized
from course.grading import grade_checks, validate_spec
from course.grading.spec import parse_check_list

# check -> (German prompts that have it, English prompts that have it, prompts that lack it)
STRUCTURE = {
    "role": (
        [
            "Du bist Assistenz der Geschäftsführung.",
            "Sie sind erfahrene Personalreferentin.",
            "Agiere als Excel-Experte.",
            "Versetze dich in die Rolle einer Lektorin.",
            "Ihr seid ein Team aus Redakteuren.",
            "Du bsit ein Texter.",
        ],
        [
            "You are an executive assistant.",
            "Act as a recruiter.",
            "As a senior copywriter, write a post.",
            "Imagine you are a patient tutor.",
            "You're a hiring manager.",
        ],
        [
            "Ich bin Teamleiterin im Vertrieb.",
            "Als Teamleiterin brauche ich ein Protokoll.",
            "As a result, sales fell.",
            "Schreibe als Tabelle.",
            "Mach ein Protokoll.",
        ],
    ),
    "task": (
        [
            "Schreib ein Protokoll.",
            "Erstellen Sie eine Übersicht.",
            "Fasse den Bericht zusammen.",
            "Kannst du mir den Bericht kürzen?",
            "Deine Aufgabe: eine Einladung.",
        ],
        [
            "Write the minutes.",
            "Please summarise the report.",
            "Could you draft a reply?",
            "I need a formula for this.",
        ],
        ["Du bist Texterin.", "Wir sind ein kleines Team."],
    ),
    "context": (
        [
            "Wir sind ein Familienunternehmen mit 80 Leuten.",
            "Ich leite ein Team im Kundenservice.",
            "Der Kunde hat sich beschwert, weil die Lieferung zu spät kam.",
        ],
        [
            "We are a small bakery in Leeds.",
            "I run the monthly safety committee.",
            "The customer complained yesterday.",
        ],
        ["Schreibe eine Stellenanzeige.", "Write a job ad."],
    ),
    "audience": (
        ["Schreibe es für die Geschäftsführung.", "Zielgruppe: Berufseinsteiger.", "Antworte dem Kunden."],
        ["Write it for our customers.", "Make it understandable for beginners.", "Reply to the client."],
        ["Schreibe einen Text.", "Write a summary for Q3."],
    ),
    "format": (
        ["Als Tabelle bitte.", "In 5 Stichpunkten.", "Maximal 3 Sätze.", "Gib JSON zurück.", "Mit Überschriften."],
        ["Use a table.", "In three bullet points.", "At most 100 words.", "Return Markdown."],
        ["In meiner Excel-Tabelle stehen Namen.", "Write a job ad."],
    ),
    "constraints": (
        ["Verwende keine Fachbegriffe.", "Nur Fakten aus den Notizen.", "Nenne keine Namen.", "Höchstens 100 Wörter."],
        ["Do not mention prices.", "Avoid jargon.", "Use only the notes.", "No more than 5 sentences."],
        ["Schreibe eine Antwort.", "Write a reply."],
    ),
    "examples": (
        ["Zum Beispiel: „Budget freigegeben“.", "z. B. Preis und Lieferzeit", "Beispiel: TOP 1 – erledigt"],
        ["For example: “Budget approved”.", "e.g. price and delivery time", "such as price or delivery"],
        ["Zeig mir ein Beispiel.", "Give me an example."],
    ),
    "tone": (
        ["Schreibe freundlich, aber bestimmt.", "Im sachlichen Ton.", "Sprich die Leser mit Du an."],
        ["Use a friendly tone.", "Keep it casual.", "Write formally."],
        ["Du bist ein professioneller Texter.", "You are a professional copywriter."],
    ),
    "steps": (
        [
            "Gehe Schritt für Schritt vor.",
            "Lies zuerst die Notizen, dann schreib das Protokoll.",
            "1. Lies die Mail.\n2. Schreibe die Antwort.",
        ],
        [
            "Think step by step.",
            "First read the notes, then write the minutes.",
            "1. Read the mail.\n2. Write the reply.",
        ],
        ["Schreibe ein Protokoll.", "Write the minutes."],
    ),
    "delimiters": (
        ['Notizen: """Budget freigegeben"""', "###\nNotizen\n###", "<notizen>Budget</notizen>", "```\nText\n```"],
        ['Notes: """budget approved"""', "<notes>budget</notes>", "---\nnotes\n---"],
        ["Fasse die Notizen zusammen.", 'Say "hi".'],
    ),
    "placeholders": (
        ["Schreibe an [KUNDE].", "Fasse {text} zusammen.", "Liebe/r <Name>,", "Hallo {{vorname}}"],
        ["Write to [CUSTOMER].", "Summarise {report}.", "Dear <Name>,"],
        ["Siehe [Link](https://example.com).", "Schreibe an den Kunden.", "<notes>x</notes>"],
    ),
    "out": (
        [
            "Wenn dir Angaben fehlen, frag nach.",
            "Falls du unsicher bist, sag es.",
            "Stell Rückfragen, bevor du schreibst.",
        ],
        ["If you are unsure, say so.", "If anything is missing, ask me.", "Flag anything unclear."],
        ["Erfinde nichts.", "Do not invent facts."],
    ),
}


def _one(name: str, text: str, lang: str = "de", **spec):
    return grade_checks([CheckSpec(name, **spec)], text, lang).results[0]


@pytest.mark.parametrize("name", list(STRUCTURE))
def test_structure_checks_find_german_and_english_cues(name: str) -> None:
    german, english, absent = STRUCTURE[name]
    for text in german:
        result = _one(name, text, "de")
        assert result.passed, (name, text, result.message)
        assert result.evidence and result.evidence.start is not None
        assert text[result.evidence.start : result.evidence.end] == result.evidence.text
    for text in english:
        assert _one(name, text, "en").passed, (name, text)
    for text in absent:
        result = _one(name, text, "de")
        assert not result.passed, (name, text, result.message)
        assert result.evidence is not None and result.evidence.missing
        assert result.hint


def test_evidence_span_points_into_the_original_text() -> None:
    text = "Notizen folgen.\nDu bist Assistenz der Geschäftsführung."
    result = _one("role", text)
    assert (result.evidence.start, result.evidence.end) == (16, 23)
    assert result.evidence.text == "Du bist"
    assert "Du bist Assistenz der Geschäftsführung" in result.message


def test_evidence_spans_survive_escape_sequences_and_invisible_marks() -> None:
    text = "\x1b[31m\u200bAgiere als Expertin\x1b[0m und schreibe."
    result = _one("role", text)
    assert text[result.evidence.start : result.evidence.end] == "Agiere als"
    assert "\x1b" not in result.message


def test_messages_are_in_the_learners_language() -> None:
    assert _one("format", "Schreib was.", "de").message.startswith("Es fehlt ein Ausgabeformat")
    assert _one("format", "Write something.", "en").message.startswith("No output format")
    assert "Tabelle" in _one("format", "Als Tabelle.", "de").message


def test_fenced_material_does_not_count_as_instructions() -> None:
    text = 'Schreibe daraus eine Anzeige.\n"""Wir sind ein Familienunternehmen und suchen dich."""'
    assert not _one("context", text).passed
    assert _one("delimiters", text).passed


def test_author_cue_words_extend_a_structure_check() -> None:
    text = "Schreibe es als Steckbrief."
    assert not _one("format", "Schreibe es auf Klingonisch.").passed
    assert _one("format", "Schreibe es auf Klingonisch.", value=("Klingonisch",)).passed
    result = _one("format", text, value=("Steckbrief", "profile"))
    assert result.passed and "Steckbrief" in result.evidence.text
    assert _one("format", "Schreibe Steckbriefe.", value=("Steckbrief",)).passed


def test_not_prefix_negates_structure_and_text_checks() -> None:
    negated = _one("role", "Du bist Expertin.", negate=True)
    assert not negated.passed and negated.name == "not-role"
    assert "nicht" in negated.message
    assert _one("role", "Schreib was.", negate=True).passed
    assert _one("contains", "Das Passwort steht hier", value="Passwort", negate=True).passed is False
    assert _one("contains", "Nenne kein Passwort.", value="Passwort", negate=True).passed  # a rule, not a use
    assert _one("contains", "alles sauber", value="Passwort", negate=True).passed


@pytest.mark.parametrize(
    "name,value,good,bad",
    [
        ("contains", "Protokoll", "Ein Protokoll bitte", "ein protokoll bitte"),
        ("icontains", "Protokoll", "ein PROTOKOLL bitte", "eine Notiz"),
        ("icontains-any", ("Tabelle", "table"), "as a TABLE", "als Liste"),
        ("icontains-all", ("Tabelle", "Spalten"), "Tabelle mit Spalten", "Tabelle ohne"),
        ("regex", r"\b\d+\s*Sätze", "in drei Sätze", "in einigen Sätzen"),
        ("equals", "B", "  B \n", "B, C"),
        ("min-words", 3, "eins zwei drei", "eins zwei"),
        ("max-words", 3, "eins zwei drei", "eins zwei drei vier"),
        ("is-json", None, 'Antworte so: ```json\n{"titel": "x", "punkte": []}\n```', "Antworte als {titel} [1]"),
    ],
)
def test_text_checks(name, value, good, bad) -> None:
    assert _one(name, good, value=value).passed, (name, good)
    result = _one(name, bad, value=value)
    assert not result.passed, (name, bad)
    assert result.message and result.hint


def test_icontains_all_names_what_is_missing_and_word_counts_are_reported() -> None:
    result = _one("icontains-all", "Tabelle bitte", "de", value=("Tabelle", "Spalten", "Zeilen"))
    assert "Spalten, Zeilen" in result.message and result.evidence.missing
    assert "Nur 2 Wörter" in _one("min-words", "zwei Wörter", "de", value=25).message
    assert "2 words" in _one("min-words", "two words", "en", value=25).message


def test_is_json_evidence_is_the_json_span() -> None:
    text = 'Gib das zurück: {"a": [1, 2]} danke'
    result = _one("is-json", text)
    assert text[result.evidence.start : result.evidence.end] == '{"a": [1, 2]}'


def test_weights_score_and_must() -> None:
    specs = [CheckSpec("role", weight=3), CheckSpec("format", weight=1)]
    g = grade_checks(specs, "Du bist Expertin.", "de")
    assert g.score == pytest.approx(0.75) and g.passed
    g = grade_checks(
        [CheckSpec("role"), CheckSpec("format", must=True), CheckSpec("task")],
        "Du bist Expertin. Fasse den Bericht zusammen.",
        "de",
    )
    assert g.score == pytest.approx(2 / 3) and not g.passed
    assert grade_checks([CheckSpec("role"), CheckSpec("format")], "Du bist Expertin.", "de", pass_score=0.5).passed
    assert not grade_checks([CheckSpec("role"), CheckSpec("format")], "Du bist Expertin.", "de", pass_score=0.6).passed


def test_author_message_replaces_the_failure_message() -> None:
    spec = CheckSpec("role", message=Localized.of({"de": "Wer soll die KI sein?", "en": "Who is the AI?"}))
    assert grade_checks([spec], "Schreib was.", "de").results[0].message == "Wer soll die KI sein?"
    assert grade_checks([spec], "Write.", "en").results[0].message == "Who is the AI?"
    assert grade_checks([spec], "Du bist Expertin.", "de").results[0].message.startswith("Rolle erkannt")


def test_json_form_matches_the_contract() -> None:
    data = grade_checks([CheckSpec("role"), CheckSpec("min-words", 2)], "Du bist Expertin.", "de").to_json()
    assert set(data) == {"score", "passed", "checks"}
    assert data["score"] == 1.0 and data["passed"] is True
    first = data["checks"][0]
    assert {"name", "passed", "message"} <= set(first) and first["name"] == "role"
    assert first["evidence"] == {"start": 0, "end": 7, "text": "Du bist"}


def test_keeps_placeholders_in_any_bracket_style() -> None:
    ok = _one("keeps", "Hallo [KUNDE], Ihre {Auftrag} und <Datum>", value=("KUNDE", "Auftrag", "[Datum]"))
    assert ok.passed
    bad = _one("keeps", "Hallo Herr Meier", value=("KUNDE",))
    assert not bad.passed and "[KUNDE]" in bad.message


def test_validate_spec_and_check_lists() -> None:
    assert validate_spec(CheckSpec("role")) is None
    assert "did you mean role" in str(validate_spec(CheckSpec("rol")))
    assert "cannot be negated" in str(validate_spec(CheckSpec("keeps", negate=True)))
    assert "whole number" in str(validate_spec(CheckSpec("min-words", "viele")))
    assert validate_spec(CheckSpec("regex", "(a+)+$")) is None  # RE2: linear time, so allowed
    assert "backreferences" in str(validate_spec(CheckSpec("regex", r"(a)\1")))
    assert "lookbehind" in str(validate_spec(CheckSpec("regex", "(?<=a)b")))
    assert "lookahead" in str(validate_spec(CheckSpec("regex", "a(?!b)")))
    assert "not a valid regular expression" in str(validate_spec(CheckSpec("regex", "(")))
    assert validate_spec(CheckSpec("llm-rubric", "Is it polite?")) is not None
    assert validate_spec(CheckSpec("llm-rubric", "Is it polite?"), output=True) is None
    specs = parse_check_list("role, format:Tabelle|table, min-words:25, not-tone, no-personal-data")
    assert [s.label for s in specs] == ["role", "format", "min-words", "not-tone", "no-personal-data"]
    assert specs[1].value == ("Tabelle", "table") and specs[2].value == 25
    for bad in ("", "rol", "min-words:viele", "regex:(?=a)"):
        with pytest.raises(ValueError):
            parse_check_list(bad)


def test_a_bad_spec_fails_with_a_message_instead_of_raising() -> None:
    g = grade_checks([CheckSpec("regex", r"(a)\1"), CheckSpec("min-words", "x"), CheckSpec("bogus")], "aaaa", "de")
    assert [r.passed for r in g.results] == [False, False, False]
    assert "Muster" in g.results[0].message and g.results[0].evidence.missing


def test_regrouped_alternations_match_the_same_text() -> None:
    import re

    from course.grading.regexopt import optimize

    pattern = r"\b(?:freundlich\w*|frech|höflich|hart|heiter|sachlich|[ab]x|(?:q|r)|f|[|])\b"
    fast = optimize(pattern)
    assert fast != pattern
    for text in ["freundliche", "frech", "höflich", "heiter", "ax", "q", "f", "|", "xyz", "Hart"]:
        assert bool(re.search(pattern, text, re.I)) == bool(re.search(fast, text, re.I)), text
