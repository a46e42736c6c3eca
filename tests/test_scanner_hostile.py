"""Scanner: hostile and odd input (empty, control characters, escapes, RTL marks, emoji, 1 MB, fuzz)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from course.scanner import scan

CORPUS = Path(__file__).parent / "data" / "pii" / "corpus.jsonl"


def check_invariants(text: str, names: tuple[str, ...] = ()) -> None:
    result = scan(text, names)
    assert result.level in ("green", "yellow", "red")
    assert (result.level == "green") == (not result.findings)
    assert (result.level == "red") == any(f.strong for f in result.findings)
    last_end = 0
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= last_end  # sorted and not overlapping
        last_end = f.end
    json.dumps(result.to_json())  # always serialisable


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\x00", "😀", "\u202e\u200f\u200b", "\ufeff"])
def test_empty_and_invisible_text_is_green(text: str) -> None:
    assert scan(text).level == "green"
    assert scan(text).findings == ()


def test_control_characters_and_escapes_keep_offsets() -> None:
    text = (
        "\x1b[31mSehr geehrter Herr Weber\x1b[0m,\x00 Tel.\t0171 2345678\x07 \u202eIBAN DE89370400440532013000\u202c 🎉"
    )
    result = scan(text)
    cats = {f.category: f.text for f in result.findings}
    assert cats == {"name": "Weber", "phone": "0171 2345678", "iban": "DE89370400440532013000"}
    check_invariants(text)


def test_rtl_and_combining_characters() -> None:
    text = "مرحبا Frau Schmidt\u200f، البريد: test.user@example.com \u0301\u0301 אִשָּׁה"
    check_invariants(text)
    assert {f.category for f in scan(text).findings} == {"name", "email"}


def test_lone_surrogates_and_odd_unicode_do_not_crash() -> None:
    for text in [
        "\ud800 Herr Müller \udfff",
        "İstanbul İİİ Herr Öz",
        "ﬁ ﬂ ß ẞ Straße 5",
        "𝐇𝐞𝐫𝐫 𝐌ü𝐥𝐥𝐞𝐫",
        "١٢٣٤٥٦٧٨٩٠ ٠١٧١٢٣٤٥٦٧",
    ]:
        check_invariants(text)


def test_not_a_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        scan(b"bytes")  # type: ignore[arg-type]


def test_names_with_regex_metacharacters() -> None:
    names = ("A.*B", "(x", "[KUNDE]", "\\d+", "Anna (geb. Roth)")
    check_invariants("A.*B und (x sowie [KUNDE] und \\d+ und Anna (geb. Roth) 12345", names)
    assert scan("AxxB und 12345", names).level == "green"


def test_placeholders_stay_green() -> None:
    text = (
        "Sehr geehrte/r [ANREDE] [NACHNAME],\nIhre IBAN [IBAN] und Ihr Passwort: [PASSWORT]\n"
        "Telefon: <TELEFON>, E-Mail: {email}, Geburtsdatum: [DATUM]\nViele Grüße\n[NAME]"
    )
    assert scan(text).findings == ()


def test_one_megabyte_of_business_text_is_scanned() -> None:
    rows = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    text = ("\n\n".join(rows) * 3)[:1_000_000]
    result = scan(text)
    assert result.level == "red"
    assert len(result.findings) > 2_000
    last_end = 0
    for f in result.findings[:5000]:
        assert text[f.start : f.end] == f.text and f.start >= last_end
        last_end = f.end


@pytest.mark.parametrize(
    "unit",
    [
        "Herr ",
        "a@",
        "1",
        "12 ",
        "Hauptstraße 1 ",
        "password: ",
        "-----BEGIN PRIVATE KEY-----\n",
        "Anna Maria ",
        "Tel. 030 1234567 ",
        "DE89 3704 0044 0532 0130 00 ",
        "12.03.1985 ",
        "March ",
        "Name: ",
        "Viele Grüße\n",
        "\x1b[0m",
        "🙂\u202e",
    ],
)
@pytest.mark.slow
def test_repetitive_input_stays_bounded(unit: str) -> None:
    # 200 kB of one repeated piece: must finish (a quadratic pattern would not) and stay consistent
    text = unit * (200_000 // len(unit))
    check_invariants(text)


def test_random_fuzz_keeps_invariants() -> None:
    rnd = random.Random(4242)
    pieces = [
        "Herr ",
        "Frau Dr. ",
        "Müller",
        " ",
        "\n",
        "DE89",
        " 3704 ",
        "0044",
        "@",
        ".de",
        "Tel. ",
        "+49 ",
        "030",
        "-",
        "/",
        "12.03.",
        "1985",
        "geb. ",
        "Straße ",
        "5a",
        ", ",
        "80331 ",
        "München",
        "sk-",
        "ghp_",
        "Passwort: ",
        "x" * 20,
        "\x1b[",
        "\u202e",
        "😀",
        "SSN ",
        "536-90-4399",
        "Name: ",
        "Anna",
    ]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        check_invariants(text, ("Anna Müller",) if rnd.random() < 0.3 else ())
