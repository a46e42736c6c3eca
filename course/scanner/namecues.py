"""Names no first-name list knows, found by their position: beside an identifier, above an address, after a role."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from course.scanner.context import Doc, finding
from course.scanner.firstnames import (
    NOT_FIRST_NAMES,
    STOP_WORDS,
    SURNAMES_TOO,
    WORD_NAMES,
    everyday_first_name,
    is_first_name,
)
from course.scanner.result import Finding

# Endings that make a capitalised word a common noun, never a given name ("Lieferung", "Insurance", "Building",
# "Zentrum", "Bäckerei", "Stammdaten"), but not "Paige", "Callum".
_NOUN_END = re.compile(
    r"(?:ung|keit|heit|schaft|tion|sion|tät|ment|ität|ismus|ness|ship|ance|ity|ing|(?<!ai)age|ure|ium|rum|tum|eum|"
    r"mum|kum|bum|uum|atur|ltur|ktur|bank|kasse|haus|amt|werk|büro|erei|lei|zei|dienst|daten|nummer|kontakt|"
    r"adresse|anschrift|karte|konto|stelle|datum|bogen|liste|record|details|number|address|contact)$"
)
# Endings of abstract nouns, which no surname of more than five letters has ("Meldung", "Reference").
_ABSTRACT_END = re.compile(r"(?:ung|keit|heit|schaft|tion|sion|ität|ness|ship|ance|(?<!r)ence|ference|ity|ment)$")
# Inflected German adjectives and English adjective endings: "Wichtige", "Freundlicher", "Technische", "Annual".
_ADJECTIVE = re.compile(
    r"(?:(?<!a)ig|lich|isch|bar|sam|haft|los|ativ|itiv|ktiv|siv)(?:e|er|en|es|em)$|(?:lich|isch|ical|ful|less|ous|ual)$"
    r"|[^aeiouyn]nis$|(?<!r)ence$|ference$"  # "Ergebnis" but "Dennis"; "Conference" but "Terence", "Florence"
)
# Determiners and everyday adjectives that start a sentence or a heading, in German and English ("Neue Mitarbeiterin",
# "Senior Manager"): a closed class of words, not names.
NOT_GIVEN = frozenset(
    "Neue Neuer Neuen Neues Neuem Alte Alter Alten Altes Große Großer Großen Kleine Kleiner Kleinen Gute Guter Erste "
    "Ersten Erster Zweite Zweiten Dritte Letzte Letzten Letzter Nächste Nächsten Nächster Weitere Weiteren Weiterer "
    "Andere Anderen Anderer Gleiche Ganze Ganzen Lange Langer Kurze Kurzer Hohe Hoher Frühe Späte Schnelle Gesamte "
    "Jede Jeder Jeden Jedes Diese Dieser Diesen Dieses Welche Welcher Manche Solche Einige Mehrere Beide Beiden "
    "Wenige Kein Keine Keinen Sämtliche Bisherige Aktuelle Offene Offenen Interne Externe Private Privater Deutsche "
    "Deutscher Deutschen Schweizer Österreichische Europäische Internationale Liebe Lieber Herzlichen Frohe Frohes "
    "Bitte Danke Achtung Hinweis Betreff Anlage Anhang Stand Ort Datum Zeit Raum Thema Status Kosten Daten Preis "
    "Summe Menge Betrag Frist Ziel Plan Liste Tabelle Zeile Spalte Seite Feld Datei Ordner Konto Karte Nummer "
    "New Old First Second Third Last Next Other Same Whole Every Each Any Some Many Few Both Several Current "
    "Previous Open Internal External Private Public Senior Junior Chief Main General Annual Monthly Weekly Daily "
    "Total Final Special Local Regional National Global Central Please Thanks Dear Hello Subject Attention Note "
    "Status Date Time Room Topic Cost Costs Data Price Amount Target Plan List Table Row Column Page Field File "
    "Folder Account Card Number Unique Social Personal Payroll Emergency Updated Delivery Courier Tax Bank "
    # teams and departments that sign a mail ("Freundliche Grüsse\nVerkauf")
    "Verkauf Vertrieb Einkauf Buchhaltung Personalabteilung Kundenservice Kundendienst Geschäftsleitung "
    "Geschäftsführung Empfang Sekretariat Verwaltung Lager Logistik Redaktion Team Support Service Sales "
    "Accounts Finance Reception Office Management Marketing Helpdesk Backoffice Disposition Zentrale "
    # interrogatives, numerals and prepositions that start a sentence
    "Welche Welcher Welches Welchen Wessen Wieso Weshalb Which Whose Whom Zwei Drei Vier Fünf Sechs Sieben Acht "
    "Neun Zehn Elf Zwölf Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Wegen Ohne Trotz Während Laut "
    "Gemäß Statt Innerhalb Außerhalb Mangels Gegen Durch Um Per Pro Zwischen Entlang Due Without During Despite "
    "Within Across Through After Before Since Until Via Regarding Echte Echter Bekannte Bekannter Typische "
    # English imperatives that start an instruction ("Improve Murat's prompt")
    "Improve Write Check Send Use Make Ask Tell Give Take Find Keep Add Remove Compare Explain Summarise Summarize "
    "Translate Draft Review Read Create Delete Call Email Contact Forward Reply Answer Show List Describe Rewrite "
    "Fix Test Try Prepare Book Pay Sign Submit Share Copy Paste Save Print Close Start Stop Turn Set Put Get Bring "
    "Help Power Bescheid".split()
)
# Words for a street, a place or a trade: the word before them is a place or a firm, not a given name
# ("Linden Road", "Kaiser Bürobedarf", "Muster Bau").
NOT_SURNAMES = frozenset(
    "Road Street Avenue Drive Way Court Place Square Gardens Terrace Crescent Row Grove Mews Parade Station Airport "
    "Centre Center Straße Strasse Weg Platz Allee Gasse Damm Ufer Markt Bahnhof Flughafen Bau Bürobedarf Elektro "
    "Technik Immobilien Transporte Reisen Software Design Media Handel Druck Textil Consulting Solutions Services "
    "Systems Joinery Bakery Motors Cases Garden Desk Room Lounge Hotel Campus Plaza "
    "Surgery Practice Clinic Klinik Praxis Pharmacy Apotheke Hospital Medical Dental Health".split()
)


def given_like(word: str) -> bool:
    """A capitalised word that may be an unknown given name: no stop word, no noun or adjective form, no
    word that is a name only beside a surname ("Ernst", "Mark")."""
    if len(word) < 2 or not word[0].isupper() or word.isupper() or word in STOP_WORDS or word in NOT_GIVEN:
        return False
    if word in NOT_FIRST_NAMES or word in WORD_NAMES:
        return False
    if "-" in word:  # "Hans-Theo", "Lara-Sophie": every part may be a given name
        return all(given_like(p) for p in word.split("-"))
    low = word.lower()
    return not (_NOUN_END.search(low) or _ADJECTIVE.search(low))


def surname_like(word: str) -> bool:
    """A capitalised word that may be a surname ("Roth", "Sommer", "Müller-Lüdenscheid", "O'Brien")."""
    if word in SURNAMES_TOO:
        return True
    if len(word) < 2 or not word[0].isupper() or word.isupper() or word in STOP_WORDS or word in NOT_GIVEN:
        return False
    if len(word) > 5 and _ABSTRACT_END.search(word.lower()) or word in NOT_SURNAMES:
        return False
    return not any(p in STOP_WORDS for p in word.split("-"))


_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = (
    r"(?P<particle>(?:von|van) (?:der|den|de) |(?:von|van|de|zu|vom|ten|ter|da|di|du|le|la|del|della|dos|mc|al) )?"
)
# Two or three name words ending at the end of the searched stretch: "Levi Steinlechner", "Ana dos Santos".
_PAIR_BEFORE = re.compile(rf"(?<![\w'’-])(?P<w1>{_CAP})(?: (?P<w2>{_CAP}))? {_PARTICLE}(?P<last>{_CAP})$")
_PAIR_AT = re.compile(rf"(?P<w1>{_CAP})(?: (?P<w2>{_CAP}))? {_PARTICLE}(?P<last>{_CAP})(?![\w'’-])")

_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$)")
_JOIN = re.compile(r"[ \t]+(?:und|and|or|oder|sowie|&)[ \t]+")
_JOIN_BEFORE = re.compile(r"[ \t]+(?:und|and|or|oder|sowie|&)[ \t]+$")
# Verbs in the third person singular (one person does something), and in the plural for two joined names.
# A pronoun right after the verb means the capitalised words were its object ("Zwei Erinnerungen hat er ...").
_SUBJECT_AFTER = r"(?![ \t]+(?:er|sie|es|man|wir|ich|du|ihr|he|she|it|they|we|i|you)(?![\w]))"
VERBS = (
    r"(?:ist|hat|war|wird|wurde|kommt|kam|bittet|fällt|schreibt|sagt|meldet|arbeitet|übernimmt|beginnt|fängt|"
    r"braucht|möchte|hatte|sucht|teilt|kann|soll|muss|darf|erhält|bekommt|geht|bleibt|"
    r"fehlt|leitet|vertritt|zieht|wechselt|ruft|schickt|kümmert|stellt|prüft|sitzt|fährt|"
    r"meint|meinte|sagte|fragt|fragte|schrieb|antwortet|antwortete|erzählt|erzählte|hofft|freut|denkt|findet|"
    r"is|has|thinks|thought|told|tells|replied|hopes|was|will|asked|sent|wrote|joins|joined|called|says|said|needs|moved|works|starts|started|left|"
    r"would|had|can|gets|got|leads|manages|returns|returned|emailed|phoned|confirmed|"
    r"requested|submitted|approved|signed|should|could|must|may|asks|wants|writes|reports|requests|"
    r"wünscht|beschwert|reklamiert|macht|machte|erledigt|kennt|weiß|makes|made|does|did|handles|covers|"
    r"knows|takes|took|reviews|reviewed|"
    # things a person did or does with a thing, a call or money ("Harriet rang twice", "Martin paid the deposit")
    r"rang|rings|read|paid|pays|texted|messaged|brought|brings|gave|gives|forgot|lost|found|booked|ordered|"
    r"cancell?ed|bought|came|went|spoke|dropped|picked|collected|visited|missed|forwarded|uploaded|printed|"
    r"brachte|bringt|zahlte|zahlt|bezahlte|rief|las|liest|vergaß|vergisst|buchte|bucht|bestellte|bestellt|"
    r"kaufte|kauft|ging|fand|verlor|holte|holt|gab|gibt|schickte|sprach)(?![\w])" + _SUBJECT_AFTER
)
# Verbs only a person does (says, thinks, asks): after them any first name of the list stands alone as a person.
PERSON_VERBS = (
    r"(?:sagt|sagte|meint|meinte|fragt|fragte|schreibt|schrieb|antwortet|antwortete|erzählt|erzählte|bittet|hofft|"
    r"freut|denkt|findet|says|said|asks|asked|writes|wrote|thinks|thought|told|tells|replied|hopes|feels)(?![\w])"
)
# Words that open speech before a comma ("Well, Harriet rang ...", "Och, Nicole is back"): no surname before a
# given name, and what follows is who is spoken of.
DISCOURSE = frozenset(
    "oh och aye well so yes yeah no nope ok okay anyway right sorry alright sure ah eh hmm wow look listen "
    "ja nein nee jo also ach na nu tja gut schau hör".split()
)
PLURAL_VERBS = (
    r"(?:sind|haben|waren|teilen|kommen|übernehmen|arbeiten|werden|können|sollen|müssen|"
    r"are|have|were|share|will|would|can|should|could|must|may|joined|started|left|wrote|agreed)(?![\w])"
)
# Words for a person's role or position: the capitalised words after them are a name ("Kollegin Alea",
# "Teamleiterin Thandiwe Mokoena", "our new colleague Anahera Ngata").
ROLES = frozenset(
    "kollege kollegin teamleiter teamleiterin projektleiter projektleiterin abteilungsleiter abteilungsleiterin "
    "geschäftsführer geschäftsführerin sachbearbeiter sachbearbeiterin praktikant praktikantin azubi auszubildende "
    "auszubildender werkstudent werkstudentin chef chefin vorgesetzte vorgesetzter leiterin assistent assistentin "
    "sekretärin managerin colleague manager director intern trainee supervisor assistant boss ceo cfo cto coo "
    "apprentice lehrling volontär volontärin "
    # people served: "Kunde Sergej Petrov bittet um Rückruf", "client Ana Lima has asked"
    "kunde kundin mandant mandantin patient patientin mieter mieterin bewohner bewohnerin customer client "
    "tenant resident".split()
)
# Parts of the role words, one at least in each (fewer scans of the text than one per role word).
ROLE_STEMS = (
    "kolleg",
    "leiter",
    "führer",
    "bearbeiter",
    "praktikant",
    "azubi",
    "auszubildend",
    "werkstudent",
    "chef",
    "vorgesetzt",
    "assist",
    "sekretär",
    "manager",
    "colleague",
    "director",
    "intern",
    "trainee",
    "apprentice",
    "lehrling",
    "volontär",
    "supervisor",
    "boss",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "kund",
    "mandant",
    "patient",
    "mieter",
    "bewohner",
    "customer",
    "client",
    "tenant",
    "resident",
)
# German verbs that stand before their subject or take a person as object: "Ab Juli leitet Meron Gebre das Team",
# "Die Fragen beantwortet Ishaan Mehta", "Wer vertritt Jonte Brandes?".
V2_VERBS = frozenset(
    "leitet hält übernimmt vertritt vertreten verstärkt verstärken beantwortet unterstützt unterstützen betreut "
    "präsentiert moderiert organisiert koordiniert begleitet unterschreibt bearbeitet erstellt zeigt erklärt plant "
    "bestellt erhält bekommt trifft ersetzt informiert informieren kontaktiert kontaktieren begrüßt begrüßen "
    "erreicht erreichen einarbeiten vertrat leitete übernahm".split()
)
_DEPARTMENTS = (
    r"(?:Vertrieb|Einkauf|Buchhaltung|Personal|Personalabteilung|HR|IT|Marketing|Controlling|Logistik|Lager|Recht|"
    r"Rechtsabteilung|Empfang|Geschäftsführung|Kundenservice|Support|Finanzen|Finance|Sales|Legal|Purchasing|"
    r"Accounting|Accounts|Operations|Engineering|Procurement|Reception|Management|Compliance|Datenschutz)"
)
# After a name: a department in brackets ("Kwame Mensah (Vertrieb)", "Yaw Boateng (Finance)"), the department a
# person comes from ("Zanele Khumalo aus dem Einkauf", "Folake Adebayo from accounts"), or an apposition that
# names a role ("Thabo Molefe, our new account manager, ...").
PERSON_AFTER = re.compile(
    rf"[ \t]*\({_DEPARTMENTS}\)|[ \t]+(?:aus (?:dem|der) |vom |from (?:the )?)(?i:{_DEPARTMENTS})(?![\w])"
    r"|,[ \t]+(?i:our|my|your|their|the|unser|unsere|unserer|mein|meine|die|der)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?"
    rf"(?i:{'|'.join(sorted(ROLES, key=len, reverse=True))})(?![\w])"
)
# Phrases that introduce a person: "on behalf of Esi Mensah", "z. Hd. Tigist Haile", "attn. Rangi Parata".
PERSON_PHRASE_BEFORE = re.compile(
    r"(?i:on behalf of|in charge of|attention of|attn\.?|z\.[ \t]?hd\.?|zu händen(?: von)?|im auftrag von|"
    r"i\.[ \t]?a\.|i\.[ \t]?v\.|c/o|gez\.|signed|according to|loop in|looped in|copy in|cc in|"
    r"lautend auf|lautet auf|auf den namen(?: von)?|zugunsten(?: von)?|in the name of|payable to|made out to|"
    r"name on (?:the )?(?:card|account)|account name|karteninhaber(?:in)?|kontoinhaber(?:in)?)[ \t]+$"
)
_ROLE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(ROLES, key=len, reverse=True))})[ \t]+(?P<w>{_CAP})"
    r"(?=[ \t]*[,;:!?)]|[ \t]+" + VERBS + "|[ \t]+" + PLURAL_VERBS + ")",  # "and apprentice Omar have ..."
    re.IGNORECASE,
)


def person_words(m: re.Match[str]) -> list[str]:
    """The name words of a match; none when a particle follows a word that is not a known given name
    ("Durchwahl von Samira" is no name, "Jan van Dijk" is)."""
    if m.group("particle") and not is_first_name(m.group("w2") or m.group("w1")):
        return []
    words = [w for w in (m.group("w1"), m.group("w2"), m.group("last")) if w]
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return []  # "Lewis's Unique Taxpayer": a possessive ends a name
    return words


def _person(words: Sequence[str]) -> tuple[int, bool]:
    """(leading words to drop, whether the rest is a person's name): "Stammdaten Berra Schuler" drops one."""
    if len(words) < 2:
        return 0, False
    drop = 1 if len(words) == 3 and not (is_first_name(words[0]) or given_like(words[0])) else 0
    first, *rest = words[drop:]
    given = is_first_name(first) or given_like(first) or everyday_first_name(first)  # "Mile Haas, Tel. ..."
    return drop, bool(rest) and given and all(surname_like(w) for w in rest)


def joined(doc: Doc, names: Sequence[Finding]) -> Iterator[Finding]:
    """Names joined to a found name: "Nika Strauss und Lily Guggenberger", "Rebecca Chan and Steven Nichols"."""
    text = doc.text
    for n in names:
        j = _JOIN.match(text, n.end)
        if j:
            m = _PAIR_AT.match(text, j.end())
            if m and _END.match(text, m.end()) or m and re.match(r"[ \t]+[a-zäöüß]", text[m.end() : m.end() + 2]):
                drop, ok = _person(person_words(m))
                if ok and not drop:
                    yield finding("name", text, m.start(), m.end(), n.strong)
        jb = _JOIN_BEFORE.search(text, max(0, n.start - 8), n.start)
        if jb:
            m = _PAIR_BEFORE.search(text, max(0, jb.start() - 60), jb.start())
            if m:
                drop, ok = _person(person_words(m))
                if ok and not drop:
                    yield finding("name", text, m.start(), m.end(), n.strong)


def role_names(doc: Doc) -> Iterator[Finding]:
    """A single unknown given name after a role word, before a verb or punctuation: "Kollegin Alea hat ..."."""
    for m in _role_matches(doc.text, doc.lower if doc.exact else None):
        w = m.group("w")
        before = _WORD_BEFORE.search(doc.text, max(0, m.start() - 12), m.start())
        if before and before.group(1).lower() in _DATIVE:
            continue  # "Bitte gebt der Kollegin Bescheid.": a noun after a role in the dative
        if not (w[0].isupper() and given_like(w)):
            continue
        if doc.lower.startswith(_SERVED, m.start()) and not is_first_name(w):
            continue  # "our customer Tesco Midlands": a firm may be served too; a person needs a known first name
        yield finding("name", doc.text, m.start("w"), m.end("w"), False)


_SERVED = ("kund", "mandant", "mieter", "bewohner", "customer", "client", "tenant", "resident")


def _role_matches(text: str, low: str | None = None) -> Iterator[re.Match[str]]:
    """`_ROLE.finditer(text)`, but tried only where a role word stands: the long alternation scanned at every
    position was the scanner's most expensive step on a 2,000-character prompt (bench_grading). `low` is
    `text.lower()` when the caller has it already."""
    if low is None:
        low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: positions would not line up
        yield from _ROLE.finditer(text)
        return
    found: set[int] = set()
    add, find = found.add, low.find
    for stem in ROLE_STEMS:  # positions() inlined: a generator per stem costs more than the finds
        i = find(stem)
        while i >= 0:
            add(_word_start(low, i))
            i = find(stem, i + 1)
    end = 0
    for i in sorted(found):
        if i < end:
            continue
        m = _ROLE.match(text, i)
        if m:
            end = m.end()
            yield m


def _word_start(low: str, i: int) -> int:
    while i > 0 and low[i - 1].isalpha():
        i -= 1
    return i


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_DATIVE = frozenset(
    "der einer unserer ihrer seiner meiner deiner eurer jeder dieser dem einem unserem ihrem seinem "
    "meinem deinem eurem jedem diesem".split()
)
_SEGMENT = re.compile(r"[^\W\d_]{2,}")
_LOCAL = re.compile(r"[^\W\d_]{2,}(?:[._-][^\W\d_]{2,})+(?=@)")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def mail_names(doc: Doc, found: Iterable[Finding]) -> Iterator[Finding]:
    """Capitalised words that spell a part of a personal e-mail address of the form first.last in the same text:
    "Bitte schreib Ayodele kurz an: ayodele.adeyemi@firma.de"."""
    parts: set[str] = set()
    for f in found:
        if f.category == "email":
            local = _LOCAL.match(f.text)
            if local:
                parts.update(_SEGMENT.findall(local.group().lower()))
    if not parts:
        return
    for start, end, word in doc.caps:
        low = word.lower()
        if (low in parts or low.translate(_UMLAUTS) in parts) and (given_like(word) or surname_like(word)):
            yield finding("name", doc.text, start, end, False)
