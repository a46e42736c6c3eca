"""Names made of words the first-name list does not hold, or holds but rejects (issue 14, the word side).

Each text is written for this test, in other words and with other names than the tuning corpora: it shows one
way people write a name that the scanner must understand, and look-alikes beside it that must stay clean.
"""

from __future__ import annotations

import pytest

from course.scanner import scan


def names(text: str) -> list[str]:
    return [f.text for f in scan(text).findings if f.category == "name"]


# --- chat written small: a first name after a greeting, a request, or as the subject before its verb ---------


@pytest.mark.parametrize(
    "text, name",
    [
        ("moin, jannik hat morgen frei, also bitte nicht einplanen", "jannik"),
        ("hey, brigitte ist ab montag wieder da", "brigitte"),
        ("omg marlene hat die präsi schon fertig", "marlene"),
        ("fyi gregor is working from home today", "gregor"),
        ("lol stefan said the printer is haunted", "stefan"),
        ("ugh, patrick was late again", "patrick"),
        ("kanst du renate kurz zurückrufen?", "renate"),
        ("kannst du ingrid morgen früh erinnern", "ingrid"),
        ("könntest du sabine die datei schicken", "sabine"),
        ("pls ring fiona tomorrow about the rota", "fiona"),
        ("can u text rupert when ur done", "rupert"),
        ("hey jonas can you check the sheet", "jonas"),
    ],
)
def test_a_first_name_written_small_in_chat_is_found(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "kannst du mir kurz helfen?",
        "can u tell me when ur done",
        "hey, das ist echt gut geworden",
        "hey guys, who is in today?",
        "Servus mitnand, der Drucker geht wieder.",
        "Grüezi mitenand, die Kantine ist heute zu.",
        "pls call back tomorrow",
        "I'll be on the on-call list next week",
        "lol this is funny",
        "ok so the file is ready",
        "kannst du mal schauen?",
        "just ping me when it's done",
    ],
)
def test_chat_words_after_the_same_cues_stay_clean(text: str) -> None:
    assert names(text) == []
