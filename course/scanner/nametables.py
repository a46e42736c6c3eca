"""Names in pasted tables: every cell under a column whose header names people ("Name;Vorname", "Surname | First")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding
from course.scanner.firstnames import STOP_WORDS, is_first_name
from course.scanner.namecues import NOT_GIVEN, surname_like
from course.scanner.result import Finding

# Headers of a column that holds one part of a person's name; the first set is the given name.
_GIVEN_HEADERS = frozenset(
    "vorname vornamen rufname first_name firstname first-name given_name givenname forename first".split()
) | {"first name", "given name"}
_PART_HEADERS = _GIVEN_HEADERS | frozenset(
    {
        "nachname",
        "nachnamen",
        "familienname",
        "zuname",
        "last name",
        "last_name",
        "lastname",
        "last-name",
        "surname",
        "family name",
        "family_name",
        "last",
    }
)
# Headers of a column that holds whole names of people (a "Name" column may also hold firms or products: its cells
# count when the table has a column of personal data beside it, or when they look like a person's name).
_PERSON_HEADERS = frozenset(
    {
        "name",
        "namen",
        "full name",
        "full_name",
        "fullname",
        "name, vorname",
        "nachname, vorname",
        "surname, first name",
        "last name, first name",
        "mitarbeiter",
        "mitarbeiterin",
        "mitarbeitende",
        "mitarbeiter*in",
        "mitarbeiter:in",
        "employee",
        "employee name",
        "staff",
        "staff member",
        "teilnehmer",
        "teilnehmerin",
        "teilnehmende",
        "teilnehmer*in",
        "teilnehmer:in",
        "participant",
        "attendee",
        "person",
        "kollege",
        "kollegin",
        "colleague",
        "ansprechpartner",
        "ansprechpartnerin",
        "kontaktperson",
        "contact person",
        "bewerber",
        "bewerberin",
        "applicant",
        "candidate",
        "kandidat",
        "kandidatin",
        "patient",
        "patientin",
        "mitglied",
        "member",
        "schüler",
        "schülerin",
        "student",
        "kontoinhaber",
        "kontoinhaberin",
        "account holder",
        "karteninhaber",
        "karteninhaberin",
        "cardholder",
        "empfänger",
        "empfängerin",
        "recipient",
        "payee",
        "zahlungsempfänger",
        "vertretung",
        "deputy",
    }
)
# Stems of header cells that hold personal data: a table with one of them beside a "Name" column lists people.
_PERSONAL_COLUMN = re.compile(
    r"mail|telefon|tel\b|phone|mobil|handy|durchwahl|extension|\bext\b|geburt|birth|\bdob\b|geb\.|iban|konto|"
    r"account|karte|card|steuer|tax|\bsv|sozialvers|versicherungsn|\bvnr|ahv|ssn|\bni\b|nino|utr|itin|"
    r"rentenvers|\bidnr|stnr|adress|address|anschrift|stra(?:ss|ß)e|\bort\b|\bplz\b|postcode|zip|city|wohnort|"
    r"abteilung|department|\bteam\b|raum|room|position|funktion|rolle|\brole\b|eintritt|start date|gehalt|salary|"
    r"urlaub|holiday|krank|sick|kürzel|initials|personalnummer|employee id|staff id"
)
# Stems of header cells of a table of things: its "Name" column names products, firms or places.
_THING_COLUMN = re.compile(
    r"produkt|product|artikel|article|item|sku|ean|modell|model|hersteller|manufacturer|marke|brand|kategorie|"
    r"category|lieferant|supplier|vendor|firma|company|unternehmen|standort|location|projekt|project|datei|file|"
    r"version|paket|package|server|host|tool|software|app\b"
)
_STEMS = (
    "name",
    "mitarbeit",
    "employee",
    "staff",
    "teilnehm",
    "participant",
    "attendee",
    "person",
    "kolleg",
    "colleague",
    "ansprech",
    "bewerb",
    "applicant",
    "candidate",
    "kandidat",
    "patient",
    "mitglied",
    "member",
    "schüler",
    "student",
    "inhaber",
    "holder",
    "empfänger",
    "recipient",
    "payee",
    "vertretung",
    "deputy",
)
_DELIMS = (";", "\t", "|", ",")
_MAX_LINE = 400  # a longer line is prose, not a table row
_MAX_ROWS = 300  # rows read under one header: a 1 MB table stays bounded
_MAX_HEADERS = 200  # header candidates looked at
_MAX_LOOKS = 2000  # lines with a delimiter looked at per delimiter: 1 MB of random characters stays cheap
_MAX_ALIGNED = 160  # a header of columns aligned with spaces is a short line
_ALIGNED = re.compile(r"[ \t]{2,}")  # columns aligned with runs of spaces
_QUOTE = re.compile(r"[ \t]*(?:>[ \t]*)+")  # e-mail quote marks before a row
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_PARTICLES = frozenset("von van de der den zu vom ten ter da di du le la del della dos das y al bin".split())
_FIRM = re.compile(
    r"(?<![\w])(?:GmbH|AG|KG|OHG|SE|UG|mbH|GbR|e\.V\.|Inc|LLC|Ltd|PLC|Corp|Co|Group|Gruppe|Holding|Bank|"
    r"Verlag|Stiftung|Verein|Services|Solutions)(?![\w])|&"
)


def _spans(line: str, delim: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row split at `delim` (outside double quotes; "" for aligned spaces)."""
    if not delim:
        out, pos = [], 0
        for m in _ALIGNED.finditer(line):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(line)))
        return out
    if '"' not in line:
        out, pos = [], 0
        for cell in line.split(delim):
            out.append((pos, pos + len(cell)))
            pos += len(cell) + 1
        return out
    out, start, quoted = [], 0, False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == delim and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(line)))
    return out


def _label(cell: str) -> str:
    """A header cell as a label: lower case, without quotes, markup and prose before it ("... . > Name")."""
    cell = cell.strip().strip('"*_`').strip().lower()
    for mark in (">", ". ", ": "):
        if mark in cell:
            cell = cell.rsplit(mark, 1)[1].strip()
    return cell


def _delimiter(line: str) -> str | None:
    """The delimiter of a header row: the first of ; tab | , in it, "" for columns aligned with spaces."""
    for d in _DELIMS:
        if d in line:
            return d
    return "" if _ALIGNED.search(line.strip()) else None


class _Table:
    """A header row's columns: which hold given names, surnames or whole names, and whether it lists people."""

    def __init__(self, labels: list[str]) -> None:
        self.given = {i for i, lab in enumerate(labels) if lab in _GIVEN_HEADERS}
        parts = {i for i, lab in enumerate(labels) if lab in _PART_HEADERS}
        whole = {i for i, lab in enumerate(labels) if lab in _PERSON_HEADERS}
        # "Name;Vorname": beside a given-name column, "Name" is the surname
        self.parts = parts | (whole if self.given else set())
        self.whole = set() if self.given else whole
        self.personal = self.things = False
        if not (parts or whole):
            return  # no column of people: the other labels need no look
        others = [lab for i, lab in enumerate(labels) if i not in parts and i not in whole]
        self.personal = bool(parts) or any(_PERSONAL_COLUMN.search(lab) for lab in others)
        self.things = any(_THING_COLUMN.search(lab) for lab in others)

    @property
    def useful(self) -> bool:
        return bool(self.parts or self.whole) and not (self.things and not self.personal)


def _words(cell: str) -> list[str]:
    return _WORD.findall(cell)


def _part_cell(cell: str) -> bool:
    """A cell under a name-part column: one to three capitalised words, no digits ("Jovanović", "van Dijk")."""
    cell = cell.strip().strip('"').strip()
    words = _words(cell)
    if not words or len(words) > 3 or any(c.isdigit() for c in cell) or _FIRM.search(cell):
        return False
    if " ".join(words).replace(" ", "") != re.sub(r"[\s,]", "", cell):
        return False  # other characters than the words ("n/a", "—")
    caps = [w for w in words if w not in _PARTICLES]
    return bool(caps) and all(
        w[0].isupper()
        and not (w.isupper() and len(w) > 2)
        and w not in NOT_GIVEN
        and w not in STOP_WORDS
        or w in ("Can", "Will", "May", "Allen")  # stop words that are also names, safe inside a name column
        for w in caps
    )


def _whole_cell(cell: str, personal: bool) -> bool:
    """A cell under a "Name" column: a person's name (given name and surname; in a table of personal data also a
    surname alone or an unknown given name)."""
    if not _part_cell(cell.replace(",", " ")):
        words = _words(cell)
        if not (2 <= len(words) <= 4 and not any(c.isdigit() for c in cell) and not _FIRM.search(cell)):
            return False
    words = [w for w in _words(cell) if w not in _PARTICLES]
    if "," in cell:  # "Meier, Anna": surname first
        words = words[1:] + words[:1]
    if not words:
        return False
    if personal:
        return len(words) > 1 or surname_like(words[0])
    first, *rest = words
    return bool(rest) and is_first_name(first) and all(surname_like(w) for w in rest)


def _header_lines(doc: Doc) -> Iterator[int]:
    """Starts of the lines that may head a table of people: a delimiter in them ("," only before a letter, as in
    "first_name,last_name") and a word of a person column's header; at most _MAX_HEADERS of them."""
    text, low = doc.text, doc.lower
    starts: set[int] = set()
    for needle in (";", "\t", "|", ",", "  "):
        i = _next(text, needle, 0)
        for _ in range(_MAX_LOOKS):
            if i < 0 or len(starts) >= _MAX_HEADERS:
                break
            start = text.rfind("\n", max(0, i - _MAX_LINE), i) + 1
            end = text.find("\n", i, i + _MAX_LINE)
            if end < 0:
                end = min(len(text), i + _MAX_LINE)
            line = low[start:end]
            if needle == "  " and (end - start > _MAX_ALIGNED or line.count("  ") < 2):
                pass  # columns aligned with spaces: a short line with two gaps at least (not prose's ".  ")
            elif any(stem in line for stem in _STEMS):
                starts.add(start)
            i = _next(text, needle, end)
    yield from sorted(starts)


def _next(text: str, needle: str, pos: int) -> int:
    """The next index of a delimiter from `pos` (a comma only right before a letter), or -1."""
    if needle != ",":
        return text.find(needle, pos)
    m = _COMMA_CELL.search(text, pos)
    return m.start() if m else -1


_COMMA_CELL = re.compile(r",[^\W\d_]")  # "first_name,last_name": a comma right before a letter, unlike prose


def _line(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def table_names(doc: Doc) -> Iterator[Finding]:
    """The names in the rows under a header that names a column of people: "Name;Vorname;SV-Nummer\\nKopp;Sergei;..",
    "first_name,last_name,email", "Surname | First name", columns aligned with spaces."""
    text = doc.text
    if not any(d in text for d in ";\t|,") and "  " not in text:
        return
    for start in _header_lines(doc):
        start, end = _line(text, start)
        row = text[start:end]
        if len(row) > _MAX_LINE:
            continue
        delim = _delimiter(row)
        if delim is None:
            continue
        cells = _spans(row, delim)
        if len(cells) < 2:
            continue
        table = _Table([_label(row[a:b]) for a, b in cells])
        if not table.useful:
            continue
        yield from _rows(text, end, delim, table, len(cells))


def _rows(text: str, pos: int, delim: str, table: _Table, width: int) -> Iterator[Finding]:
    """Findings in the rows after a header ending at `pos`, until a row that is no part of the table."""
    for _ in range(_MAX_ROWS):
        if pos >= len(text):
            return
        start, end = _line(text, pos + 1)
        pos = end
        row = text[start:end]
        quote = _QUOTE.match(row)
        lead = quote.end() if quote else 0
        body = row[lead:].rstrip("\r")
        if len(body) > _MAX_LINE or not body.strip():
            return
        if delim == "|" and set(body.strip()) <= set("|-: "):
            continue  # the rule under a Markdown table's header
        cells = _spans(body, delim)
        if len(cells) < 2 or abs(len(cells) - width) > 1:
            return
        for i in table.parts | table.whole:
            if i >= len(cells):
                continue
            a, b = cells[i]
            cell = body[a:b]
            ok = _part_cell(cell) if i in table.parts else _whole_cell(cell, table.personal)
            if not ok:
                continue
            stripped = cell.strip().strip('"').strip()
            s = start + lead + a + cell.find(stripped)
            yield finding("name", text, s, s + len(stripped), table.personal or i in table.parts)
