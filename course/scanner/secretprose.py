"""Secrets written in prose: memorable passphrases after a password word ("Passwort geschickt: tinte-wolke-anker"),
Wi-Fi keys after "Schlüssel"/"key" ("the key for the guest wifi is seashell-42"), a card's PIN and tokens after a
CLI login command or in published shapes (HashiCorp Vault, Mailgun, Atlassian)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding, positions
from course.scanner.result import Finding
from course.scanner.secrets import looks_random, password_like

# A memorable passphrase: three or more words of letters joined by "-", "." or "_" (perhaps digits at the end),
# as password managers and diceware make them ("correct-horse-battery", "tinte.wolke.anker.7").
PASSPHRASE = re.compile(r"[^\W\d_]{3,}(?:([-._])[^\W\d_]{3,})(?:\1[^\W\d_]{3,})+(?:\1?\d{1,4})?")
_WORD_DIGITS = re.compile(r"[^\W\d_]{4,}[-_.]?\d{2,4}[!?#$%&*]?")  # "sonnenblume42", "seashell-42"
_KEYS = ("passw", "passphrase", "kennwort", "schlüssel", "key", "psk")  # "passw": passwort, password, passwd
# A password word (in a compound too: "Einmalpasswort", "WLAN-Schlüssel"), up to six words for what it opens or
# what was done with it, then ":" / "is" / "lautet" / nothing, then the value (on the lower-cased text).
_KEY_WORD = r"(?:passwort|password|kennwort|passphrase|passwd|schlüssel|key|psk)(?![\w-])"
_AFTER_KEY = re.compile(
    _KEY_WORD + r"(?P<mid>(?:[ \t]+(?!(?:is|ist|lautet|was|war)(?![\w-]))[\w-]+){0,6}?)"
    r"(?P<sep>[ \t]*[:=][ \t]*|[ \t]+(?:is|ist|lautet|was|war)(?:[ \t]+(?:jetzt|now|still|noch))?[ \t]*:?[ \t]+)"
    r"[\"'`„“]?(?P<v>[^\s\"'`“”,;()]{6,64})"
)
_RIGHT_AFTER_KEY = re.compile(_KEY_WORD + r"(?P<mid>)(?P<sep>[ \t]+)[\"'`„“]?(?P<v>[^\s\"'`“”,;()]{6,64})")
# After a value given without ":" or "is": the clause ends, or a particle or verb of use follows ("lass das
# Passwort tinte-wolke-anker drin"); a noun after it makes the words a compound's modifier ("password
# reset-self-service portal").
_BARE_END = re.compile(
    r"[ \t]*(?:[.,;:!?)\n–—]|$|\(|[ \t]-[ \t])|[ \t]+(?:drin|rein|ein|eingeben|nutzen|verwenden|benutzen|use|to|in"
    r"|for|until|bis|für|and|und|bitte|please|an|at)\b"
)
_WIFI = ("wlan", "wifi", "wi-fi", "ssid", "wpa")
_PIN = re.compile(r"(?<![\w-])PIN(?:[ \t]*:)?[ \t]+(?P<v>\d{4,8})(?![\w/-]|[.,]\d)")
_LOGIN_COMMAND = re.compile(
    r"(?<![\w-])(?:vault|docker|npm|gh|heroku|hcp|doctl|oc|cf) (?:auth )?login(?:[ \t]+-{1,2}[\w-]+(?:[ =]\S+)?)*"
    r"[ \t]+(?P<v>[^\s\"'`]{16,400})"
)
# Published shapes: a HashiCorp Vault service token, a Mailgun key, an Atlassian API token.
_SHAPES = re.compile(
    r"(?<![\w-])(?:hv[sb]\.[A-Za-z0-9_-]{24,}|key-[0-9a-f]{32}(?![0-9a-f])|ATATT[A-Za-z0-9_=-]{100,})(?![\w-])"
)


def prose_secrets(doc: Doc) -> Iterator[Finding]:
    """Passphrases and Wi-Fi keys after a password word, PINs, and tokens after a login command or by shape."""
    text, lower = doc.text, doc.lower
    if any(k in lower for k in _KEYS):
        wifi = any(w in lower for w in _WIFI)
        for m in _key_matches(lower):
            start = m.start("v")
            end = start + len(m.group("v").rstrip(".!?:"))
            value = text[start:end]
            if value.endswith(("'s", "’s")):
                continue
            password_word = not lower.startswith(("key", "schlüssel"), m.start())
            if not m.group("sep").strip() and not m.group("mid") and not _BARE_END.match(lower, end):
                continue  # "password reset-self-service portal": a modifier, no value
            if (
                PASSPHRASE.fullmatch(value)
                and value.islower()
                and (password_word or wifi and _wifi_near(lower, m.start()))
            ):
                yield finding("secret", text, start, end, True)  # "Passwort geschickt: tinte-wolke-anker-umbra"
            elif wifi and (_WORD_DIGITS.fullmatch(value) or password_like(value)) and _wifi_near(lower, m.start()):
                yield finding("secret", text, start, end, True)  # "WLAN-Schlüssel: sonnenblume42"
    if "PIN" in text:
        for m in _PIN.finditer(text):
            yield finding("secret", text, m.start("v"), m.end("v"), True)
    if " login" in lower:
        for m in _LOGIN_COMMAND.finditer(lower):
            value = text[m.start("v") : m.end("v")]
            if looks_random(value) or _SHAPES.fullmatch(value):
                yield finding("secret", text, m.start("v"), m.end("v"), True)
    if "hvs." in text or "hvb." in text or "key-" in text or "ATATT" in text:
        for m in _SHAPES.finditer(text):
            yield finding("secret", text, m.start(), m.end(), True)


def _key_matches(lower: str) -> Iterator[re.Match[str]]:
    """`_AFTER_KEY` and `_RIGHT_AFTER_KEY` matched where a password word occurs (never a search of the text)."""
    for key in _KEYS:
        for i in positions(lower, key):
            for pattern in (_AFTER_KEY, _RIGHT_AFTER_KEY):
                m = pattern.match(lower, i)
                if m:
                    yield m


def _wifi_near(lower: str, i: int) -> bool:
    """A Wi-Fi word on the same line as the key word at `i`, or in the sentence before it."""
    line_start = lower.rfind("\n", 0, i) + 1
    line_end = lower.find("\n", i)
    line = lower[max(line_start, i - 120) : line_end if line_end != -1 else len(lower)]
    return any(w in line for w in _WIFI)
