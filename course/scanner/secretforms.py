"""Secrets in forms the key=value rules miss: connection-string keys, ~/.pgpass lines and Wi-Fi keys."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding
from course.scanner.result import Finding
from course.scanner.secretmarkup import place_codes
from course.scanner.secretprose import prose_secrets
from course.scanner.secrets import looks_random, password_like

# The key in an Azure storage or Service Bus connection string: "...;AccountKey=<value>;EndpointSuffix=..."
_CONNECTION_KEY = re.compile(r"(?<![a-z])(?:accountkey|sharedaccesskey)=(?P<v>[^;\s\"'`]{4,200})")  # lower-cased
_WIFI_WORDS = ("wlan", "wi-fi", "wifi")
# On a line about Wi-Fi, the value after who it is for or after "key": "WLAN: Gäste X, Mitarbeitende Y",
# "Wi-Fi: guest X, staff Y", "guest wifi: network RRC-Guest, key X".
_WIFI_VALUE = re.compile(
    r"(?<![\w-])(?:key|schlüssel|gäste|gaeste|gast|guests?|staff|mitarbeitende|mitarbeiter(?:innen)?|team)"
    r"[ \t]*[:=→]?[ \t]+(?P<v>[^\s,;()]{8,64})"
)
# A line of ~/.pgpass: host:port:database:user:password ("*" for any of the first four).
_PGPASS = re.compile(r"[\w.*-]+:(?:\d{1,5}|\*):[\w.*-]+:[\w.*@-]+:(?P<v>[^\s:]{3,200})(?=\n|$)")
_PORT = re.compile(r":(?:\d{1,5}|\*):")  # where a .pgpass line can be: its port between colons
_GENERATED = re.compile(r"[a-z0-9]{5}(?:-[a-zA-Z0-9]{5}){2}")  # "muhmw-s4kuq-3jt5t": a generated password


def more_secrets(doc: Doc) -> Iterator[Finding]:
    """Connection-string keys, ~/.pgpass passwords and Wi-Fi keys (overlaps are resolved by the caller)."""
    text, lower = doc.text, doc.lower
    if "accountkey=" in lower or "sharedaccesskey=" in lower:
        for m in _CONNECTION_KEY.finditer(lower):
            yield finding("secret", text, m.start("v"), m.end("v"), True)
    if text.count(":") >= 4:
        yield from _pgpass(text)
    if any(word in lower for word in _WIFI_WORDS):
        start = 0
        for line in lower.splitlines(keepends=True):
            if any(word in line for word in _WIFI_WORDS):
                for m in _WIFI_VALUE.finditer(line):
                    value = text[start + m.start("v") : start + m.end("v")].rstrip(".")
                    if value.endswith(":"):
                        continue  # "WLAN Gäste Vereinsheim: Netz ...": a label, the place the network is for
                    if password_like(value) or looks_random(value) or _GENERATED.fullmatch(value):
                        yield finding("secret", text, start + m.start("v"), start + m.start("v") + len(value), True)
            start += len(line)
    yield from prose_secrets(doc)
    yield from place_codes(doc)


def _pgpass(text: str) -> Iterator[Finding]:
    """The passwords of ~/.pgpass lines, looked for only on lines with a port between colons."""
    lines = {text.rfind("\n", 0, port.start()) + 1 for port in _PORT.finditer(text)}
    for line in sorted(lines):
        pg = _PGPASS.match(text, line)
        if pg and (password_like(pg.group("v")) or looks_random(pg.group("v"))):
            yield finding("secret", text, pg.start("v"), pg.end("v"), True)
