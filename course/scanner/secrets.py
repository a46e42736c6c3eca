"""Secrets: API keys and tokens of well-known formats, JWTs, private keys, passwords and key=value credentials."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator

from course.scanner.context import Doc, finding, free_before, positions, starting
from course.scanner.result import Finding
from course.scanner.secretmarkup import unwrap
from course.scanner.secrettokens import TOKEN_MARKERS, TOKENS

# No leading look-behinds: CPython's re can then skip ahead to a possible first character quickly;
# the word boundary before a match is checked in code.
# Also the stems of _PASSWORD and _PASSWORD_BARE: every match starts with one (tests/test_scanner_stems.py).
_PASSWORD_MARKERS = (
    *("pass", "pwd", "pw", "kennwort", "pin", "zugangscode", "access code", "psk", "geheimzahl"),
    *("memorable word", "recovery", "backup code", "backup-code", "wiederherstellungscode", "notfallcode"),
)
# The words before "code" in _DOOR_CODE: looked for only when the text has "code" at all.
_CODE_MARKERS = (
    *("tür", "tor", "tresor", "safe", "alarm", "schließfach", "spind", "garage"),
    *("door", "gate", "entry", "lock", "keypad"),
)
# "ist" as people write it (Swiss "isch", "heißt"), perhaps with a word for when: "ist jetzt", "is now".
_VERB = r"(?:ist|isch|lautet|heißt|heisst|is|was|war)(?![\w-])"  # a whole word: not "war" in "warehouse"
_NOW = r"(?:[ \t]+(?:jetzt|nun|neu|ab sofort|now|still|currently|noch|weiterhin|wieder))?"
_LEADER = r"[ \t]*\.{3,}[ \t]*"  # a printed form's dotted leader between label and value: "Passwort ........ x"
_BEGIN = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----")
_END = re.compile(r"-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----")
_SCHEME = re.compile(r"(?:bearer|basic|token)[ \t]+(?P<v>[^\s\"'`<>]{8,})")  # on the lower-cased text
# Credentials on a command line: "curl -u admin:Xq9!rT4v", "--user deploy:...".
_USER_OPTION = re.compile(r"(?<![\w-])(?:-u|--user)[ \t]+[\"']?[^\s:\"']{1,64}:(?P<v>[^\s\"'`]{3,200})")
# A meeting's passcode: Teams writes "Kennung:" in German invitations, Zoom "Kenncode:" / "Passcode:" (only in a
# text about a meeting: elsewhere "Kennung: Projekt2025" names a thing).
_MEETING_CODE = re.compile(r"(?<!\w)(?:kennung|kenncode|passcode)[ \t]*:[ \t]*(?P<v>[^\s\"'`]{6,64})")
# A PIN or door code: digits, perhaps closed with "#" or "*" as typed on a keypad.
# A door, safe or alarm code (also in a compound: "Haustürcode", "Alarmanlage Code"), then ":", "=" or "ist", perhaps
# after up to two words ("Tresor-Code im Büro ist 7731-2290"), or digits right after: a keypad code or a made value.
_DOOR_CODE = re.compile(
    r"(?:(?:(?:tür|tresor|alarm|schließfach|spind|garage|(?<![^\W\d_])(?:door|gate|entry|lock|keypad))\w*"
    r"|(?<![^\W\d_])(?:tor|safe))[ -]?code"  # not "Motorcode", "Safety code"
    r"|(?:safe|tresor|lock|schloss|zahlen)[ -]?(?:combination|kombination))"  # "The safe combination is 12-34-56"
    rf"(?:[ \t]+[\w-]+){{0,4}}?(?:[ \t]*[:=→][ \t]*|[ \t]+{_VERB}{_NOW}[ \t]*:?[ \t]*|[ \t]+(?=\d))"  # "Code 2580"
    r"[\"'`]?(?P<v>[^\s\"'`]{4,64})"
)
# A password given on a command line: "sshpass -p 'R3d!Fox'", "mysql -u root -pS3cret".
_PASSWORD_OPTION = re.compile(
    r"(?<![\w-])(?:sshpass[ \t]+-p[ \t]*|mysql(?:dump)?[ \t][^\n]{0,60}?[ \t]-p(?=[^\s-]))[\"']?(?P<v>[^\s\"'`]{4,200})"
)
# A passphrase of several words in quotes: "passphrase 'purple monkey dishwasher 42'" (after "password" a quoted
# phrase is mostly a rule or an error message: "password 'does not match'").
_QUOTED = re.compile(
    r"(?<!\w)passphrase(?:[ \t]+(?:is|ist|lautet|was|war))?[ \t]*[:=]?[ \t]*"
    r"[\"'„“‚‘](?P<v>[^\"'„“”‚‘’\n]{6,80})[\"'“”‘’]"
)
_RULE_WORDS = frozenset("must should needs need requires muss soll sollte braucht mindestens".split())  # a rule
_MEETING_WORDS = ("besprechung", "meeting", "teams", "zoom", "webex", "konferenz", "webinar", "einwahl", "dial-in")
_DIGIT_CODE = re.compile(r"\d{4,8}[#*]?|\d{2,4}(?:-\d{2,4}){1,3}")  # "4471#", "7731-2290", "12-34-56"
_CODE_KEYS = frozenset(("pin", "pin-code", "pin code", "pincode", "geheimzahl", "zugangscode", "access code"))
_URL_CRED = re.compile(r"://[^\s:/@]{0,64}:(?P<v>[^\s:/@]{3,128})@")  # "redis://:secret@host": no user
_AFTER_KEY = (  # the mid words (one perhaps in brackets, "Kennwort (neu): x", or cut short, "PW f. Kasse: x"), then
    # ":" (the value perhaps on the next line), a dotted leader, "ist", "'s" or "set to", then the value
    rf"(?P<mid>(?:,?[ \t]+(?!{_VERB}(?![\w-]))\(?[\w-]+(?:\.[\w-]+)*(?:\.(?<![\w-]{{5}}\.)(?!\w))?\)?){{0,8}}?)"
    rf"(?P<sep>[\"']?[ \t]*(?:[:=→]|->|=>)(?:\*\*|__)?[ \t]*(?:\n[ \t]*)?|{_LEADER}"
    rf"|[ \t]+{_VERB}{_NOW}[ \t]*:?[ \t]*|['’]s{_NOW}[ \t]+"
    r"|[ \t]+(?:set|changed|reset|geändert|gesetzt)[ \t]+(?:to|auf)[ \t]+)"
    r"[\"'`]?(?P<v>[^\s\"'`]{3,200})"
)
_PASSWORD = re.compile(  # on the lower-cased text: "Passwort: x", "das Passwort für den Zugang lautet x", "Kennwort x"
    r"(password|passwort|passwd|pwd|pass|kennwort|passphrase|pin[- ]?code|pin|pw|zugangscode|access code|psk"
    r"|geheimzahl)" + _AFTER_KEY
)
# Rarer keys in a pattern of their own (speed: the common pattern's first letters stay few): "memorable word set to x"
_RARE_KEYS = ("memorable word", "recovery", "backup code", "backup-code", "wiederherstellungscode", "notfallcode")
_PASSWORD_RARE = re.compile(
    r"(memorable word|(?:recovery|backup|wiederherstellungs|notfall|sicherungs)[- ]?codes?)" + _AFTER_KEY
)
_PASSWORD_BARE = re.compile(  # "Kennwort Blau1234!": the value right after the word
    r"(password|passwort|passwd|pwd|kennwort|passphrase"
    r"|zugangscode|pin[- ]?code)(?P<mid>)(?P<sep>[ \t]+)[\"'`]?(?P<v>[^\s\"'`]{3,200})"
)
# A name in code, not a value: "password_field", "settings.DB_PASSWORD", "get_token()", "os.environ['KEY']".
_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z_$.]*(?:\(\)|\[['\"]?[A-Za-z_]+['\"]?\])?")
_SECRET_WORD = re.compile(  # on the lower-cased text
    r"api[ _-]?key|apikey|api-schlüssel|schlüssel|secret|token|access[ _-]?key|_key|auth|credential"
    r"|private[_-]?key|key-data|signature|"  # kubeconfig: "client-key-data: LS0t..."
    r"session|cookie|passcode|key(?<![\w-]key)(?![\w-])"  # "key" alone, as "Schlüssel": "keep the key Xy7!..."
)
# Speed only: every match of _SECRET_WORD starts with one of these (tests/test_scanner_stems.py checks it), so it
# is tried only where one occurs instead of at every position of the text.
_SECRET_STEMS = (
    *("api", "schlüssel", "secret", "token", "access", "_key", "auth", "credential", "private", "key-data"),
    *("signature", "session", "cookie", "passcode", "key"),
)
_VALUE = re.compile(  # "API_KEY=...", "api_key: '...'", "der API-Key für das Widget ist ..."
    r"[\w.-]{0,30}(?:[ \t]+[\w.-]{1,30}){0,4}?[\"']?"  # a quoted key: "client_secret": "..."
    r"(?:[ \t]*\[[^\]\n]{0,20}\])?"  # aws configure's default in brackets: "AWS Secret Access Key [None]: ..."
    rf"(?:[ \t]*[:=→](?:\*\*|__)?[ \t]*|[ \t]+{_VERB}{_NOW}[ \t]+|{_LEADER})"  # "**Token:** x", "Token ..... x"
    r"[\"'`]?(?P<v>[A-Za-z0-9+/_\-.=~!#$%&*?@^]{8,400})"
)
# A value right after the word, without ":" or "ist": "Ich hab den Token h*Gd3kAFbiX in die config gepackt".
_BARE_VALUE = re.compile(r"[ \t]+[\"'`]?(?P<v>[A-Za-z0-9+/_\-.=~!#$%&*?@^]{8,400})")
# Up to three words between: "Token für das Kassensystem w1?1aL8217k9" (then the value must look made).
_BARE_AFTER_WORDS = re.compile(
    r"(?:[ \t]+[^\W\d_]{1,20}\.?){1,3}[ \t]+[\"'`]?(?P<v>[A-Za-z0-9+/_\-.=~!#$%&*?@^]{8,400})(?![^\s,;)])"
)
# A user and a password after a login word: "Login for the test shop: admin / Xr7!pQ2mZ" (on the lower-cased text).
_LOGIN = re.compile(
    r"(?:login|log-?in|zugang|zugangsdaten|credentials|anmeldung|anmeldedaten)\b[^\n:]{0,40}:[ \t]*[\w.@+-]{2,64}"
    r"[ \t]*/[ \t]*(?P<v>[^\s\"'`]{6,200})"
)
_LOGIN_WORDS = ("login", "log-in", "zugang", "credential", "anmeld")
_PLACEHOLDER = re.compile(
    r"^(?:[\[<{(•]|\*(?:.*\*|\D*)$|x{3,}|X{3,}|\.{3}|…|\$\{|%\(|__|your[_-]|dein[_-]|ihr[_-]|changeme|example|beispiel|placeholder|"
    r"platzhalter|redacted|geschwärzt)|^(.)\1*$",
    re.IGNORECASE,
)
_MASKED = re.compile(r"[*•●]{3,}|[xX]{4,}$")  # "ghp_****************", "sk-...XXXX": shown masked, no secret
_VERBS = tuple("ist isch lautet heißt heisst is was war".split())  # "der API-Key ... ist X" as well as "API_KEY=X"
_COMPOUND = frozenset({"passwort", "kennwort"})  # German compounds end in them: "Initialpasswort", "WLAN-Kennwort"
_STRONG_KEYS = frozenset(
    [*"password passwort passwd pwd kennwort passphrase zugangscode psk".split(), "memorable word"]
)
# A setting in XML or similar: key="DbPassword" value="..." (on the lower-cased text).
_KEY_VALUE_ATTR = re.compile(
    r"(?:key|name)=[\"'][^\"'\n]{0,40}(?:pass|pwd|pw|kennwort|secret|token|api_?key|credential)[^\"'\n]{0,40}[\"']"
    r"[ \t]+value=[\"'](?P<v>[^\"'\n]{3,200})[\"']"
)
_NOT_A_PASSWORD = frozenset(
    "bitte please siehe see folgt follows vergessen forgot forgotten reset zurücksetzen ändern change changed "
    "required erforderlich none keins kein keine n/a leer empty unknown unbekannt abgelaufen expired falsch wrong "
    "incorrect richtig correct korrekt geändert gesperrt locked ok okay per via über".split()
)


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_DIGIT = re.compile(r"\d")
_HEX = frozenset("0123456789abcdefABCDEF")


def looks_random(value: str) -> bool:
    """True for machine-made tokens: long, high entropy, and mixed case with digits or hex with many digits."""
    if len(value) < 16 or entropy(value) < 3.0:
        return False
    digits = sum(c.isdigit() for c in value)
    if all(c in _HEX for c in value) or (len(value) >= 24 and value.isalnum() and value.islower()):
        return digits >= len(value) // 5  # hex, or a long run of lower case and digits ("dapi3f0c...")
    return digits > 0 and any(c.islower() for c in value) and any(c.isupper() for c in value)


def password_like(value: str) -> bool:
    """8+ characters from three of lower case, upper case, digits and symbols other than _-. ("Summer2010#"),
    or letters whose case changes inside the word again and again ("yDcRmWobLY")."""
    if len(value) < 8:
        return False
    lower = sum(c.islower() for c in value)
    upper = sum(c.isupper() for c in value[1:])
    classes = (lower > 0) + (upper > 0 or value[0].isupper()) + any(c.isdigit() for c in value)
    classes += any(not c.isalnum() and c not in "_-." for c in value)  # "oauth2_client": an identifier's marks
    return classes >= 3 or (value.isalpha() and upper >= 3 and lower >= 3)


def _code_name(value: str) -> bool:
    """True for an identifier without digits that names a variable or setting rather than holding a secret."""
    return (
        not any(c.isdigit() for c in value)
        and bool(_IDENTIFIER.fullmatch(value))
        and ("_" in value or "." in value or "(" in value or "[" in value or value.isupper())
    )


def _trim(text: str, start: int, end: int) -> int:
    """Drop trailing sentence punctuation from a value."""
    while end > start and text[end - 1] in ",;:)]}>\"'`":
        end -= 1
    if end > start + 1 and text[end - 1] == "." and (end == len(text) or text[end].isspace()):
        end -= 1
    return end


def _private_keys(text: str) -> Iterator[Finding]:
    covered, no_end = 0, False
    for m in _BEGIN.finditer(text):
        if m.start() < covered:
            continue
        end_m = None if no_end else _END.search(text, m.end())
        if end_m:
            end = end_m.end()
        else:  # no END marker after this point: take the block up to a blank line
            no_end = True
            blank = text.find("\n\n", m.end(), m.end() + 10_000)
            end = blank if blank != -1 else min(len(text), m.end() + 10_000)
        yield finding("secret", text, m.start(), end, True)
        covered = end


def _passwords(text: str, lower: str) -> Iterator[Finding]:
    rare = _PASSWORD_RARE.finditer(lower) if any(key in lower for key in _RARE_KEYS) else ()
    found = (*starting(_PASSWORD, lower, _PASSWORD_MARKERS), *starting(_PASSWORD_BARE, lower, _PASSWORD_MARKERS))
    for m in (*found, *rare):
        before = lower[m.start() - 1] if m.start() else " "
        if (
            not free_before(lower, m.start())
            and not (
                (m.group(1) in _COMPOUND and before.isalpha())
                or (before == "_" and m.group(1) in _STRONG_KEYS)
                or (before == "_" and not m.group("mid") and m.group("sep").strip(" \t") in (":", "="))  # SMTP_PASS=
                or (text[m.start() - 1 : m.end(1)].isupper() and m.group("sep").strip(" \t") == "=")  # PGPASSWORD=
            )
        ):
            continue  # "bypass: ..." is no password; "Initialpasswort lautet ...", "DB_PASSWORD=..." are
        start, end = unwrap(text, m.start("v"), m.end("v"))  # "lautet: <b>Xy7!...</b>"
        end = _trim(text, start, end)
        value = text[start:end]
        if len(value) < 3 or _PLACEHOLDER.match(value) or value.lower() in _NOT_A_PASSWORD or _MASKED.search(value):
            continue
        key = m.group(1)
        if _code_name(value) or _code_name(text[start : m.end("v")]):
            continue  # "password = password_field": the name of a variable, no secret in it
        plain_word = value.isalpha() and value[1:].islower()
        if plain_word and (not any(c in m.group("sep") for c in ":=→>") or key not in _STRONG_KEYS):
            continue  # "das Passwort ist abgelaufen", "Boarding pass: gate": a plain word is prose
        long_way = len(m.group("mid").split()) > 4 and not m.group("sep").strip(" \t:\"'")
        if long_way and ("@" in value or not _strong_bare(value)):
            continue  # a long way to the value only with "ist"/"is" or a made value ("... hängt am Kühlschrank: x")
        loose = m.group("mid") or not m.group("sep").strip() or "\n" in m.group("sep")  # value on the next line
        mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        code = bool(_DIGIT_CODE.fullmatch(value))
        keypad = key in _CODE_KEYS
        if loose and not keypad and not (mixed or password_like(value)):
            continue  # "Kennwort vergessen", "password field must ...": without ":" or "ist" only letters+digits count
        if keypad and loose and not (code or mixed or password_like(value)):
            continue  # "Zugangscode Tiefgarage: 4471#" is one; "Zugangscode folgt per Post" is none
        if key.startswith("pin") and not code:
            continue  # "pin: true", "PIN: siehe Brief"
        if key in ("pass", "pw") and not (any(c.isalpha() for c in value) and not value.isalpha()):
            continue  # "pass: 0.75" (a YAML threshold), "pass: yes"
        yield finding("secret", text, start, end, True)


def _strong_bare(value: str) -> bool:
    """A value with no ":" or "ist" before it must look made: random, or mixed with digits and symbols, or
    letters of both cases with digits between them again and again ("FpgTcDS6a5pC"; not "Release2025")."""
    if not any(c.isdigit() for c in value) or _PLACEHOLDER.match(value) or _code_name(value):
        return False  # a made value has digits: "Token übergeben", "session management" are prose
    symbol = any(not c.isalnum() and c not in "_-." for c in value)
    return looks_random(value) or (password_like(value) and (symbol or _interleaved(value)))


def _interleaved(value: str) -> bool:
    """10+ characters of both letter cases where letters and digits take turns three times or more."""
    if len(value) < 10 or not (any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)):
        return False
    turns = sum(
        a.isdigit() != b.isdigit() for a, b in zip(value, value[1:], strict=False) if a.isalnum() and b.isalnum()
    )
    return turns >= 3


def _door_codes(text: str, lower: str) -> Iterator[Finding]:
    for m in _DOOR_CODE.finditer(lower):
        start = m.start("v")
        end = _trim(text, start, m.end("v"))
        value = text[start:end]
        if _DIGIT_CODE.fullmatch(value) or (not _PLACEHOLDER.match(value) and password_like(value)):
            yield finding("secret", text, start, end, True)


def _options_and_phrases(text: str, lower: str) -> Iterator[Finding]:
    """Passwords after a command line's option, and quoted passphrases of three or more words (or two and a digit)."""
    for m in _PASSWORD_OPTION.finditer(lower):
        value = text[m.start("v") : m.end("v")]
        if not _PLACEHOLDER.match(value) and not value.startswith("$") and not _code_name(value):
            yield finding("secret", text, m.start("v"), m.end("v"), True)
    for m in _QUOTED.finditer(lower):
        value = text[m.start("v") : m.end("v")]
        words = value.split()
        if len(words) < 2 or (len(words) == 2 and not any(c.isdigit() for c in value)):
            continue  # one word is _PASSWORD's; two plain words are prose ("password 'zu kurz'")
        if _PLACEHOLDER.match(value) or words[0].lower() in _NOT_A_PASSWORD | _RULE_WORDS or _MASKED.search(value):
            continue
        yield finding("secret", text, m.start("v"), m.end("v"), True)


def _made_values(text: str, matches: Iterator[re.Match[str]]) -> Iterator[Finding]:
    """The values of `matches` that look made by a person or a machine (not a placeholder, not a word)."""
    for m in matches:
        start = m.start("v")
        end = _trim(text, start, m.end("v"))
        value = text[start:end]
        if not _PLACEHOLDER.match(value) and not _code_name(value) and (password_like(value) or looks_random(value)):
            yield finding("secret", text, start, end, True)


def _logins(text: str, lower: str) -> Iterator[Finding]:
    for m in _LOGIN.finditer(lower):
        start = m.start("v")
        end = _trim(text, start, m.end("v"))
        value = text[start:end]
        if not _PLACEHOLDER.match(value) and password_like(value) and not _code_name(value):
            yield finding("secret", text, start, end, True)


def _key_values(text: str, lower: str) -> Iterator[Finding]:
    for w in starting(_SECRET_WORD, lower, _SECRET_STEMS):
        if w.group() == "key" and not _DIGIT.search(lower, w.end(), w.end() + 60):
            continue  # speed: "key points", "key dates" in prose; a made value after "key" has a digit
        m = _VALUE.match(text, w.end())
        if not m:
            bare = _BARE_VALUE.match(text, w.end()) or _BARE_AFTER_WORDS.match(text, w.end())
            if bare and _strong_bare(text[bare.start("v") : _trim(text, bare.start("v"), bare.end("v"))]):
                yield finding("secret", text, bare.start("v"), _trim(text, bare.start("v"), bare.end("v")), True)
            continue
        start, end = unwrap(text, m.start("v"), m.end("v"))
        end = _trim(text, start, end)
        value = text[start:end]
        if _PLACEHOLDER.match(value) or _code_name(value) or _code_name(text[start : m.end("v")]):
            continue  # "api_key = get_key()": a call, its brackets trimmed off as punctuation
        if _MASKED.search(value):
            continue
        if looks_random(value) or password_like(value):
            yield finding("secret", text, start, end, True)
        elif len(value) >= 12 and any(c.isdigit() for c in value) and not value.isdigit() and w.group() != "key":
            yield finding("secret", text, start, end, False)


def _secret_word(lower: str) -> bool:
    """`_SECRET_WORD.search(lower)`, tried only where one of its stems occurs."""
    return next(starting(_SECRET_WORD, lower, _SECRET_STEMS), None) is not None


def secrets(doc: Doc) -> Iterator[Finding]:
    """All secret findings (overlaps are resolved by the caller)."""
    text, lower = doc.text, doc.lower
    if any(marker in text for marker in TOKEN_MARKERS):  # substring tests are far cheaper than a regex pass
        for m in TOKENS.finditer(text):
            if free_before(text, m.start(), "-"):
                yield finding("secret", text, m.start(), _trim(text, m.start(), m.end()), True)
    if "-----BEGIN" in text:
        yield from _private_keys(text)
    if "bearer" in lower or "basic" in lower or "token" in lower:
        for m in _SCHEME.finditer(lower):
            value = text[m.start("v") : m.end("v")]
            long_enough = len(value) >= 12 and (any(c.isdigit() for c in value) or len(value) >= 24)
            if free_before(lower, m.start()) and (long_enough or password_like(value)):
                yield finding("secret", text, m.start("v"), m.end("v"), True)
    if "://" in text:
        for m in _URL_CRED.finditer(text):
            yield finding("secret", text, m.start("v"), m.end("v"), True)
    if "-u " in text or "--user" in text:
        yield from _made_values(text, _USER_OPTION.finditer(text))
    if ("kenn" in lower or "passcode" in lower) and any(w in lower for w in _MEETING_WORDS):
        yield from _made_values(text, _MEETING_CODE.finditer(lower))
    if any(marker in lower for marker in _PASSWORD_MARKERS):
        yield from _passwords(text, lower)
    if "sshpass" in lower or "mysql" in lower or "passphrase" in lower:
        yield from _options_and_phrases(text, lower)
    if "ombination" in lower or any(
        marker in lower[max(0, i - 20) : i] for i in positions(lower, "code") for marker in _CODE_MARKERS
    ):
        yield from _door_codes(text, lower)
    if ":" in text or "=" in text or any(f" {verb} " in lower for verb in _VERBS) or _secret_word(lower):
        yield from _key_values(text, lower)
    if "value=" in lower:
        for m in _KEY_VALUE_ATTR.finditer(lower):
            value = text[m.start("v") : m.end("v")]
            if not _PLACEHOLDER.match(value) and not _code_name(value):
                yield finding("secret", text, m.start("v"), m.end("v"), True)
    if "/" in text and any(word in lower for word in _LOGIN_WORDS):
        yield from _logins(text, lower)
