"""GDPR Art. 9 health data: sick notes, diagnoses, disability, pregnancy, therapy; strong if someone is identifiable."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from course.scanner.context import Doc, finding, matches_at
from course.scanner.healthcare import care_terms, how_to
from course.scanner.healthdose import doses
from course.scanner.healthedges import edges
from course.scanner.healthforms import a_job_or_a_place, acronyms, form_at, tried, with_companions
from course.scanner.healthsense import a_tax_form, about_an_animal, about_nobody, other_sense, sentence
from course.scanner.healthspan import (
    extend,
    field_of_record,
    form_title,
    line_record,
    merged,
    on_before,
    reason_after,
    suffered_spans,
    topic_only,
)
from course.scanner.healthterms import (
    ANY_HEAD3,
    ANY_TAIL4,
    FAMILY_BY3,
    FAMILY_TAIL4,
    FAMILY_TAILS,
    FAMILY_TERMS,
    FORM_TAIL4,
    FORM_TAILS,
    HEAD_WORDS,
    HEADS_BY3,
    INFLAMMATION,
    INFLAMMATION4,
    TAIL4,
    TAILS,
    TERMS,
    WORD_FORMS,
    WORD_SPLIT,
)
from course.scanner.result import Finding

_BACK = 4  # a term may start up to this many words before its core ("ist seit Montag krank", "signed off sick")
# Words that make a nearby term general rather than about a person ("Krankmeldungen sind ab dem dritten Tag ...").
GENERAL = frozenset(
    {
        "krankmeldungen",
        "krankschreibungen",
        "au-bescheinigungen",
        "arbeitsunfähigkeitsbescheinigungen",
        "sick notes",
        "fit notes",
        "sick leave",
        "sickness absence",
        "medical certificates",
        "illnesses",
    }
)
# After a term: a rule or requirement about nobody in particular ("a fit note is needed after 7 days",
# "eine AU ist ab dem dritten Tag vorzulegen").
_RULE_AFTER = re.compile(
    r"[ \t]+(?:is|are|will be) (?:always )?(?:needed|required|necessary|mandatory|requested|expected)\b"
    r"|[ \t]+(?:must|should|has to|have to|needs? to) be\b"
    r"|[ \t]+(?:ist|sind|wird|werden) (?:\w+ )?(?:ab|nach|spätestens|erforderlich|vorzulegen|einzureichen|nötig"
    r"|notwendig|verpflichtend|erforderlich)\b"
    r"|[ \t]+(?:muss|müssen) (?:\w+ ){0,4}(?:vorgelegt|eingereicht|abgegeben|vorliegen)\b"
    # the term as the object of a rule's infinitive: "mit AU-Bescheinigung vorzulegen", "a fit note to be provided"
    r"|[ \t]+(?:vorzulegen|einzureichen|abzugeben|nachzuweisen|zu melden|to be (?:provided|submitted|sent|shown))\b"
    r"|[ \t]+(?:is|are|can be) (?:recorded|logged|tracked|handled|processed|uploaded|submitted) (?:in|via|through|on)\b"
    r"|[ \t]+(?:erfolgt|erfolgen|läuft|laufen) (?:über|per|via|im|in)\b"
    # a health word as the modifier of a thing: "Covid rules", "Allergy information", "disability access"
    r"|[ \t]+(?:polic(?:y|ies)|rules?|regulations?|information|info|access|equipment|rooms?|products?|supplies"
    r"|awareness|research|charity|fund|insurance|cover|benefits?|training|guidance|guidelines?|procedures?|forms?"
    r"|templates?|portal|statistics|rates?|ramps?|toilets?|parking|ward|department|services?|vaccinations?"
    # a health word naming an event, a place, a product or an animal ("burnout prevention", "therapy dog")
    r"|prevention|webinars?|workshops?|seminars?|courses?|dogs?|pens?|units?|wing|apps?|scanners?|machines?"
    r"|software|markets?|study|studies|trials?|screenings?|campaigns?|leaflets?|kits?|charit(?:y|ies)|billing"
    r"|invoic\w*|coding|abrechnung\w*)\b"
)
# A condition right before a term: "Bei Krankheit ...", "Im Falle einer Schwangerschaft ...", "in case of illness".
_IF_BEFORE = re.compile(
    r"(?:(?<!\w)(?:bei|im falle?(?: von| einer| eines)?|in case of|in the event of|für|for (?:people|those|staff) with"
    r"|für (?:menschen|personen|mitarbeitende|beschäftigte) mit)|(?:^|[.!?\n][ \t]*)for)[ \t]+$"
)
# A term inside an organisation's name: a capitalised word before it (not a sentence's first) and one after it.
_IN_A_NAME = re.compile(r"[^.!?:\n\s][ \t]+[A-Z][\w'’&-]+[ \t]+$")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
# A capitalised word before "Aids" inside a sentence: a title ("Mobility Aids", "Hearing Aids").
_TITLE_BEFORE = re.compile(r"[^.!?\n\s][ \t]+[A-Z][a-z]+[ \t]+$")
# The part after a hyphen that makes a compound a thing: "Diabetes-Produkte", "Covid-Regeln".
_THING_TAIL = re.compile(
    r".*-(?:produkt\w*|regel\w*|richtlinie\w*|regelung\w*|formular\w*|statistik\w*|sortiment|abteilung|station"
    r"|products?|rules?|policy|information|equipment|supplies"
    # things, events, places and organisations named after a health word ("Rollstuhl-Zugang", "Burnout-Prävention")
    r"|zugang|zugänge|rampe\w*|parkpl[aä]tz\w*|toilette\w*|aufzug|prävention|vorsorge|beratung\w*|schulung\w*|kurs\w*"
    r"|seminar\w*|webinar\w*|vortrag|workshop\w*|tag|tage|woche|forschung|studie\w*|stiftung|verband|hilfe"
    r"|versicherung\w*|kasse\w*|management|programm\w*|software|tool\w*|app|apps|prevention|awareness|research"
    r"|abrechnung\w*|billing"
    # an illness going round a group: "Magen-Darm-Welle", "Grippe-Saison"
    r"|welle|wellen|saison)$"
)
# A place named after a health word, not entered by anyone ("die Physiotherapie-Praxis Lindner ist Kundin"):
# "in der Reha-Klinik", "zur Reha-Klinik" stay a stay somewhere.
_PLACE_TAIL = re.compile(r"(?!in |im |zur |ins |aus ).*-(?:praxis|praxen|klinik\w*|zentrum|zentren|ambulanz|heim)$")
# A place or a test named after a health word, after it or as a compound's last part: about a person only when
# the sentence names one ("I'm off to a rehab clinic", "sein Covid-Test"), else a place or a thing ("Das
# Rheuma-Zentrum ist Kunde", "The burnout self-test is anonymous").
_PLACE_OR_TEST_AFTER = re.compile(
    r"[ \t]+(?:clinics?|cent(?:re|er)s?|ward|department|units?|(?:self-)?tests?|quiz|survey|questionnaire)\b"
)
_TEST_TAIL = re.compile(r".*-(?:test|tests|selbsttest|quiz|umfrage|fragebogen)$")
# A capitalised health word before "&", "GmbH", "AG" ...: a firm's name ("Krebs & Partner").
_FIRM_AFTER = re.compile(r"[ \t]*(?:&|\+|und partner|gmbh|ag\b|kg\b|ltd\b|llc\b|plc\b|inc\b)")
# "The surgery is closed", "at the Park Lane Surgery": a doctor's practice (UK), a place and not an operation.
_PRACTICE_BEFORE = re.compile(r"[A-Z][\w'’-]+[ \t]+$")
_PRACTICE_AFTER = re.compile(
    r"[ \t]+(?:is (?:closed|open|shut)|will (?:be )?(?:closed|open|shut)|(?:re-?)?open(?:s|ing)?|closes|hours|reception"
    r"|(?:phone|telephone) number|on \d)\b"
)
# "contact the surgery", "at your surgery", "The surgery on Elm Road will be closed": the practice, not an operation.
_PRACTICE_WAY_BEFORE = re.compile(
    r"(?:contact|call|ring|phone|visit|email|write to|at|from|to|in|with|register with) (?:the|your|our|my) $"
)
_PRACTICE_LATER = re.compile(r"(?:[ \t]+[\w.'’-]+){1,5}?[ \t]+(?:is|will be|are) (?:closed|open|shut)\b")
# A place that closes or opens: "Riverside Physio is closed for training", "Die Physio Vital ist ... geschlossen".
_CLOSED_LATER = re.compile(
    r"(?:[ \t]+(?:[^\s.!?]|\.(?=\S))+){0,8}?[ \t]+(?:is|will be|are|ist|bleibt|sind|bleiben) (?:\w+ )?(?:closed|open"
    r"|shut|geschlossen|geöffnet)\b|(?:[ \t]+(?:[^\s.!?]|\.(?=\S))+){0,10}?[ \t]+wegen praxis\w*"
)
# A term without an article opening a clause, with a verb in the plural or of a general statement: "Repeat
# prescriptions take two working days", "Rückenschmerzen sind der häufigste Grund", "Reha-Kliniken als Kunden".
_GENERAL_SUBJECT = re.compile(
    r"[ \t]+(?:take|are|were|can|need|must|should|sind|waren|werden|können|müssen|dauern|als)\b"
)
_CLAUSE_START = re.compile(r"(?:^|[:.!?][ \t]*)$")
_APPOINTMENT_BEFORE = re.compile(r"(?:termin|appointment)\w*\b[^.!?\n]{0,20}$")
# The German sick note "AU" (Arbeitsunfähigkeitsbescheinigung), upper case after a determiner or before a verb.
_AU = re.compile(r"(?<![\w-])e?AU(?![\w-])")  # found by its letters first (a fast literal search), then:
_AU_BEFORE = re.compile(r"(?<!\w)(?:die|eine|seine|ihre|deine|keine|neue|erste|folge)[ \t]+$")
_AU_AFTER = re.compile(r" (?:liegt|ist|kam|fehlt|bis|wurde|vom|gilt)\b")
# Someone has, had or suffered the term, or is it: a predicate whose subject is a person ("Jo has been on
# long-term sick", "had a heart attack", "ist seit Montag krankgeschrieben").
_PREDICATE_BEFORE = re.compile(
    r"(?<!\w)(?:had|has|have|having|got|gets|suffered|suffers|is|was|been|am|i'm|he's|she's|they're|hat|hatte|habe"
    r"|hab|hast|bekam|bekommt|erlitt|erleidet|ist|war|bin|wurde)(?: \w+){0,2} (?:(?:a|an|the|ein|eine|einen|einer)"
    r" )?$"
)
PERSONAL = frozenset({"name", "email", "phone", "tax-id", "date-of-birth", "address", "iban", "credit-card"})
_NEAR = 250
_LONGEST_MARK = 400  # no personal finding is longer (an address over several lines is the longest)


def _surname(text: str, start: int, end: int) -> bool:
    """ "Claudio Krebs", "Anna Kranz": a capitalised one-word term right after a first name is a surname."""
    word = text[start:end]
    if " " in word or not word[:1].isupper():
        return False
    from course.scanner.firstnames import is_first_name

    before = text[max(0, start - 30) : start].rstrip(" ").rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper() and is_first_name(before[-1])


_PLAIN: set[str] = set()
"""Words seen to be no part of a term's core (a pure function of the word's ends and start, so never stale)."""
_PLAIN_MAX = 50_000


def _terms(doc: Doc, needy: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of health terms; those that are health data only with a person in the sentence go into `needy`."""
    lower = doc.lower
    words, starts = matches_at(WORD_SPLIT, lower)
    last_end = 0
    plain = _PLAIN
    for i, word in enumerate(words):
        if word in plain:
            continue  # most words: known from earlier texts to start and end no term
        pos = starts[i]
        w4 = word[-4:]
        extra = tried(word)
        if (
            not extra
            and w4 not in ANY_TAIL4
            and word[:3] not in ANY_HEAD3
            and word not in HEAD_WORDS
            and "-" not in word
        ):
            if len(plain) < _PLAIN_MAX:
                plain.add(word)
            continue  # one look at their ends and start
        if w4 in INFLAMMATION4 and pos >= last_end and word.endswith(INFLAMMATION) and len(word) > 6:
            last_end = pos + len(word)  # "Lungenentzündung", "bronchitis": an inflammation, the word alone
            yield pos, last_end
            continue
        own = (
            word.startswith(HEADS_BY3.get(word[:3], ()))
            or word in HEAD_WORDS
            or (w4 in TAIL4 or word[-3:] == "-op")
            and word.endswith(TAILS)
        )
        family = word.startswith(FAMILY_BY3.get(word[:3], ())) or (w4 in FAMILY_TAIL4 and word.endswith(FAMILY_TAILS))
        if not (own or family or "-" in word or (w4 in FORM_TAIL4 and word.endswith(FORM_TAILS))) and not extra:
            if len(plain) < _PLAIN_MAX:
                plain.add(word)  # its start or end looked like a term's, but it is no core of one
            continue
        if pos >= last_end and (own or family):
            for j in range(max(0, i - _BACK), i + 1):  # the earliest start whose term reaches the core word
                start = starts[j]
                if start < last_end:
                    continue
                m = (own and TERMS.match(lower, start)) or (family and FAMILY_TERMS.match(lower, start)) or None
                if m and m.end() > pos and not _surname(doc.text, start, m.end()):
                    alt = form_at(lower, pos, word, set()) if extra else None  # "hba1c 8,2 %", "insulin glargin"
                    last_end = max(m.end(), alt[1] if alt else 0)
                    yield start, last_end
                    break
        if extra and pos >= last_end:
            span = form_at(lower, pos, word, needy)
            if span:
                last_end = span[1]
                yield span
                continue
        if pos >= last_end and w4 in FORM_TAIL4 and word.endswith(FORM_TAILS) and WORD_FORMS.fullmatch(word):
            last_end = pos + len(word)  # "Knieverletzung", "Wochenbettdepression": known by its ending
            yield pos, last_end
            continue
        if "-" in word and pos + len(word) > last_end:  # "Typ-1-Diabetes", "Post-Covid": a term after a hyphen
            span = _after_hyphens(lower, pos, word)
            if span:
                last_end = span[1]
                yield span


def _the_illness_aids(text: str, start: int, end: int) -> bool:
    """ "AIDS", or "Aids" not in a title; "mobility aids" is the plural of aid."""
    written = text[start:end]
    if written == "AIDS":
        return True
    return written == "Aids" and not _TITLE_BEFORE.search(text, max(0, start - 40), start)


def _after_hyphens(lower: str, pos: int, word: str) -> tuple[int, int] | None:
    """The first term that starts after a hyphen inside `word` (at `pos`), or the whole word when its last part
    is known by its form ("Schädel-Hirn-Trauma", "Knie-Verletzung")."""
    if word[-4:] in FORM_TAIL4 and word.endswith(FORM_TAILS) and WORD_FORMS.fullmatch(word.replace("-", "")):
        return pos, pos + len(word)
    k = word.find("-")
    while k != -1:
        sub = word[k + 1 :]
        m = None
        if sub.startswith(HEADS_BY3.get(sub[:3], ())):
            m = TERMS.match(lower, pos + k + 1)
        if not m and sub.startswith(FAMILY_BY3.get(sub[:3], ())):
            m = FAMILY_TERMS.match(lower, pos + k + 1)
        if m:
            return pos + k + 1, m.end()
        k = word.find("-", k + 1)
    return None


def _about_nobody(doc: Doc, start: int, end: int) -> bool:
    """A rule ("a fit note is needed after 7 days"), a thing ("Covid rules", "Diabetes-Produkte"), a firm
    ("Krebs & Partner"), a practice ("The surgery is closed", "Park Lane Surgery") or an appointment's place
    ("Ihr Termin in der Klinik Nord"): no health fact about anyone."""
    term = doc.lower[start:end]
    if _IF_BEFORE.search(doc.lower, max(0, start - 24), start):
        return True  # "Bei Krankheit bitte ...", "in case of illness", "For back pain, ...": a condition, about anyone
    if topic_only(doc.lower, start):
        return True  # "Sprechstunden zu Rückenschmerzen", "the study on sleep disorders": a topic, nobody's state
    if term.endswith(("vertretung", "vertreter", "vertreterin")):
        return True  # "Schwangerschaftsvertretung gesucht": a job to fill, not a person's state
    if _IN_A_NAME.search(doc.text, max(0, start - 30), start) and _CAPITAL_NEXT.match(doc.text, end):
        return True  # "Macmillan Cancer Support", "the Royal Stroke Unit": the name of an organisation
    if term == "aids" and not _the_illness_aids(doc.text, start, end):
        return True  # "mobility aids", "hearing aids": things that help; the illness is written AIDS or Aids
    if _RULE_AFTER.match(doc.lower, end) or _THING_TAIL.match(term):
        return True
    if doc.text[start].isupper() and " " not in term and _FIRM_AFTER.match(doc.lower, end):
        return True
    line = doc.text[max(0, start - 40) : start].rsplit("\n", 1)[-1]
    if _CLOSED_LATER.match(doc.lower, end) or _GENERAL_SUBJECT.match(doc.lower, end) and _CLAUSE_START.search(line):
        return True  # "Riverside Physio is closed ...", "Repeat prescriptions take two working days"
    if term == "surgery":
        if _PRACTICE_AFTER.match(doc.lower, end) or _PRACTICE_LATER.match(doc.lower, end):
            return True
        if _PRACTICE_WAY_BEFORE.search(doc.lower, max(0, start - 30), start):
            return True
        return doc.text[start].isupper() and _PRACTICE_BEFORE.search(line) is not None
    if term.startswith("in der klinik"):
        return _APPOINTMENT_BEFORE.search(doc.lower, max(0, start - 40), start) is not None
    return False


def health(doc: Doc, others: Iterable[Finding]) -> Iterator[Finding]:
    """Health terms about a person; strong when a name is near (or the text has strong personal data)."""
    needy: set[tuple[int, int]] = set()  # health data only with a person in the sentence (or the record)
    spans = [s for s in _terms(doc, needy) if not _about_nobody(doc, *s)]
    for span in doses(doc):  # "Venlafaxin 75 mg": the word before a dose is a drug
        if not _about_nobody(doc, *span):
            spans.append(span)
            needy.add(span)
    spans += acronyms(doc)
    others = list(others)
    if any(f.category in PERSONAL for f in others):  # care words are health data only about someone named
        for span in care_terms(doc, [(f.start, f.end) for f in others if f.category == "name"]):
            if not _about_nobody(doc, *span):  # "Kinderärztin", "A&E", "SSP": care words, only about a person
                spans.append(span)
                needy.add(span)
    found = {s for s, _ in spans}
    suffered = {s for s in suffered_spans(doc.lower) if s[0] not in found}  # in any words: only about a person
    spans += suffered
    if "AU" in doc.text:
        for m in _AU.finditer(doc.text):
            cued = _AU_BEFORE.search(doc.lower, max(0, m.start() - 8), m.start()) or _AU_AFTER.match(doc.text, m.end())
            if cued and not _about_nobody(doc, m.start(), m.end()):
                spans.append(m.span())
    if not spans:
        return
    longer = []
    for span in sorted(spans):
        span_ = extend(doc.text, doc.lower, *span)
        if span in suffered:
            suffered.add(span_)
        if span in needy:
            needy.add(span_)
        longer.append(span_)
    spans = merged(longer, suffered, needy)
    personal = [f for f in others if f.category in PERSONAL]
    anywhere = any(f.strong and f.category != "address" for f in personal)
    names = sorted(f.start for f in personal if f.category == "name")
    marks = sorted((f.start, f.end) for f in personal)  # anything that points at a person, for the sentence test
    kept: list[tuple[int, int, bool]] = []
    held: list[tuple[int, int, bool]] = []  # about a person only if the text is: nobody is named anywhere in it
    maybe: list[tuple[int, int, bool, int]] = []  # about a person only beside a health fact in the same sentence
    for start, end in spans:
        k = bisect_left(names, start - _NEAR)  # names start before their end: one sorted list is enough
        near = k < len(names) and names[k] < end + _NEAR
        if (
            doc.lower[start:end] in GENERAL
            or about_an_animal(doc.lower, start, end)
            or a_tax_form(doc.lower, start, end)
            or form_title(doc.text, start, end)
        ):
            continue  # "Krankmeldungen sind ab dem dritten Tag vorzulegen", "Tierarzt: Luna hat Arthrose"
        s, e = sentence(doc.lower, start, end)
        term = doc.lower[start:end]
        lo, hi = bisect_left(marks, (s - _LONGEST_MARK, 0)), bisect_left(marks, (e, 0))
        named = any(b > s for _, b in marks[lo:hi])  # a finding that overlaps the sentence
        if not named and how_to(doc.lower, s, e):
            continue  # "Wie beantrage ich einen Pflegegrad?", "how to apply for SSP": a procedure, nobody's state
        record = None if named else field_of_record(doc.text, start) or line_record(doc.text, start, end)
        if record:  # "Reason for absence: gastroenteritis" in a record whose name is on another line
            lo, hi = bisect_left(marks, (record[0] - _LONGEST_MARK, 0)), bisect_left(marks, (record[1], 0))
            named = any(b > record[0] for _, b in marks[lo:hi])
        needs_person = (
            (start, end) in suffered
            or (start, end) in needy
            or _PLACE_OR_TEST_AFTER.match(doc.lower, end) is not None
            or _PLACE_TAIL.match(term) is not None
            or _TEST_TAIL.match(term) is not None
        )
        if (start, end) in needy and a_job_or_a_place(doc.text, doc.lower, s, start, end):
            continue  # "Frau Dr. Lange leitet die Abteilung Kardiologie", "Ihr Termin in der Orthopädie am Park"
        if about_nobody(doc, start, end, named, needs_person):
            if not other_sense(doc.lower, start, end):
                maybe.append((start, end, anywhere or near, s))  # about the person of a health fact beside it?
            continue  # "Im Krankheitsfall ...", "That riff is sick!", "Die App erinnert an Medikamente"
        if (
            not personal
            and not _PREDICATE_BEFORE.search(doc.lower, max(0, start - 40), start)
            and about_nobody(doc, start, end, named, everyday=True)
        ):
            held.append((start, end, anywhere or near))  # a text that names nobody: the sentence must
            continue
        kept.append((start, end, anywhere or near))
    if kept and held:  # a health fact about a person makes the health words near it about that person too
        kept += [h for h in held if any(abs(h[0] - k[0]) < _NEAR for k in kept)]
        kept.sort()
    if kept and maybe:  # "Zhiwei ist nach der Knie-OP noch auf Krücken": the crutches are Zhiwei's too
        starts = {sentence(doc.lower, k[0], k[1])[0] for k in kept}
        kept = sorted(kept + [m[:3] for m in maybe if m[3] in starts])
    kept = with_companions(doc.lower, kept)
    name_spans = [(f.start, f.end) for f in personal if f.category == "name"]
    for start, end, strong in kept:
        yield finding(
            "health",
            doc.text,
            *edges(doc.text, on_before(doc.lower, start), end, name_spans, [k[:2] for k in kept]),
            strong,
        )
        reason = reason_after(doc.lower, start, end)
        if reason:  # "ist krankgeschrieben, Rücken": the body part is the diagnosis
            yield finding("health", doc.text, *reason, strong)
