"""Names by the layout around them: lists after a label, mail headers, @mentions, dash signatures, lists of people."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding, positions, starting
from course.scanner.firstnames import NOT_FIRST_NAMES, WORD_NAMES, common_first_name, is_first_name
from course.scanner.namecues import VERBS, given_like, person_words, surname_like
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# A first name shortened to its initials after a hyphen ("Klaus-D.", "Hans-J."), then up to two name words.
_NAME = (
    rf"(?P<w1>{_CAP}(?:-[A-ZÄÖÜ]\.)?)(?: (?P<w2>{_CAP}))? "
    r"(?P<particle>(?:von|van) (?:der|den|de) "
    r"|(?:von|van|de|zu|vom|ten|ter|da|di|du|le|la|del|della|dos|mc|al|bin|ibn) |(?:al|el)-(?=[A-Z]))?"
    rf"(?P<last>{_CAP})"
)
_PERSON = re.compile(_NAME + r"(?![\w'’-])")
_PAIR_ENDING = re.compile(rf"(?<![\w'’-]){_NAME}$")
# Labels at the start of a line whose value is one person or a list of people: mail headers, minutes, tickets.
# Mail headers take the colon right after the label; the others may say more first ("Vertretung während meines
# Urlaubs: ...", "Cover while I'm away: ...").
_LIST_LABEL = re.compile(  # on the lower-cased text, at the start of a line (a quote or list mark may come first)
    r"[ \t>*•-]*(?:(?:von|from|an|to|cc|bcc)|(?:teilnehmende|[a-zäöüß]*teilnehmer(?:innen)?|teilnehmer\*innen|anwesend|"
    r"abwesend|entschuldigt|attendees|participants|present|apologies|absent|zugewiesen an|assigned to|owner|"
    r"verantwortlich|zuständig|responsible|protokoll|protokollführung|minutes|moderation|vertretung|stellvertretung|"
    r"cover|deputy|gez\.?|gemeldet von|reported by|bearbeitet von|handled by|reviewer|prüfer(?:in)?|genehmigt von|"
    r"approved by|kopie an|copy to|neu im team|neu an bord|new joiners?|new starters?|new to the team|"
    r"ansprechpartner(?:in)?|ansprechperson|kontaktperson|kontakt|contact|your contact|contact person|"
    r"im auftrag|i\. ?a\.|on behalf of|p\.p\.|"
    # who wrote, signed or reviewed a commit, and to whom goods or a bill go
    r"co-authored-by|signed-off-by|reviewed-by|acked-by|tested-by|reported-by|author|autor(?:in)?|"
    r"ship to|deliver to|bill to|invoice to|lieferung an|rechnung an|"
    # who is called, paid, registered, congratulated or handed over to
    r"caller|anrufer(?:in)?|rückruf|call back|payee|payable to|zahlungsempfänger(?:in)?|begünstigte[rn]?|beneficiary|"
    r"kontoinhaber(?:in)?|account holder|kandidat(?:in)?|candidate|bewerber(?:in)?|applicant|krankmeldung|sick note|"
    r"anmeldung(?:en)?|abmeldung(?:en)?|registrations?|sign-?ups?|zusagen?|absagen?|rsvps?|übergabe|handover|"
    r"geburtstage|geburtstagsliste|geburtstagskinder|birthdays|jubiläen|anniversaries|referent(?:in|en)?|speakers?|"
    r"gäste|guests|besucher(?:in)?|visitors?|fahrer(?:in)?|drivers?|"
    # who is absent, reminded, on call or to call in an emergency
    r"sickness absence|absence|abwesenheit|krankenstand|reminder|erinnerung|notfallkontakt|emergency contact|"
    r"on-call|on call|bereitschaft|holiday cover|urlaubsvertretung|krankheitsvertretung|"
    r"(?:stellvertretende[rn]? )?(?:team|projekt|abteilungs|bereichs)?leitung|geschäftsführung|"
    r"(?:deputy |acting )?(?:team lead|team leader|project lead|manager|head of [^\W\d_]+))"
    r"(?:[ \t]+[^\W\d_][^\s:]{0,20}){0,4})[ \t]*:[ \t]*"
)
# What may follow a listed person: a department or an address in brackets, then a separator or the line's end.
_ITEM_TAIL = re.compile(r"(?:[ \t]*(?:\([^()\n]{1,40}\)|<[^<>\n]{1,80}>))?")
_SEPARATOR = re.compile(r"[ \t]*(?:,|;|\bund\b|\band\b|&|\bsowie\b)[ \t]*(?:(?:und|and)[ \t]+)?")
_ITEM_END = re.compile(r"[ \t]*(?:[,;.!?]|(?:und|and|&|sowie)(?![\w])|\n|$)")
_VERB_NEXT = re.compile(r"[ \t]+[a-zäöüß]")  # in running text the list's last person may be followed by its verb
# A verb that asks or tells a person something, then the person and what is asked: "Frag mal Lwazi, ob ...",
# "Tell Kiri that ...". German nouns after such a verb take an article ("Frag mal die Buchhaltung").
_ASKED = re.compile(
    r"(?<![\w])(?i:frag|fragt|frage|sag|sagt|erinnere|erinnert|ask|tell|remind|ping)"
    r"(?:[ \t]+(?:mal|doch|bitte|kurz|noch|please|ihr|du|jemand))*[ \t]+"
    rf"(?P<w>{_CAP})(?=(?:[ \t]+(?:mal|doch|bitte|kurz|noch|please))?,?[ \t]+"
    r"(?:ob|dass|wann|wie|wo|bis|if|whether|when|that|to)(?![\w])"
    r"|[ \t]*\?|[ \t]+Bescheid(?![\w]))"  # "can someone tell Ian?", "sagt ihr Kati Bescheid?"
)
# A salutation inside a sentence: "Herzlichen Glückwunsch zum Geburtstag, liebe Ngozi!", "Thank you, dear Kiri."
_INNER_SALUTATION = re.compile(
    rf",[ \t]+(?:liebe[rs]?|dear)[ \t]+(?P<w>{_CAP})(?: (?P<w2>{_CAP}))?(?=[ \t]*(?:[!,.?;:\n]|$))"
)
_ASK_STEMS = ("frag", "sag", "erinnere", "ask", "tell", "remind", "ping")
_MENTION = re.compile(rf"(?<![\w.@])@(?P<w>{_CAP})")
_DASH_SIGNATURE = re.compile(r"(?:^|\n)[ \t]*(?:--|–|—)[ \t]*\n?[ \t]*(?P<name>[^\n]{2,40}?)[ \t]*\s*$")
_SUFFIX = re.compile(r" (?:II|III|IV|Jr\.|Sr\.|jun\.|sen\.)(?![\w])")
# A surname written in its sorted form, the particle after it ("Dussen van", as in directories and lists).
_TRAILING_PARTICLE = re.compile(
    rf" (?:van der|van den|von der|van|von|de|zu)(?=[ \t]*(?:[.,;:!?)\n<(]|$)|[ \t]+{VERBS}"
    r"|[ \t]+(?!(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|uns|hier|dort|the|a|an|our|my)(?![\w]))"
    r"[a-zäöüß])"
)


def _item(text: str, pos: int, labelled: bool = False) -> tuple[int, int, bool] | None:
    """(start, end, whether a first name opens it) of one listed person at `pos`; `labelled`: after a label that
    says a person follows, where a first name that is also a word counts ("Caller: Long Carlson")."""
    m = _PERSON.match(text, pos)
    if m:
        words = person_words(m)
        if words and (_is_person(words) or labelled and _is_labelled_person(words)):
            return m.start(), m.end(), is_first_name(words[0])
    return None


def _is_person(words: Sequence[str]) -> bool:
    first = words[0][:-3] if words[0].endswith(".") else words[0]  # "Klaus-D." is Klaus's name
    given = is_first_name(first) or given_like(first) and "-" not in first  # "Drucker-Treiber" is a compound noun
    return len(words) > 1 and given and all(surname_like(w) for w in words[1:])


def _is_labelled_person(words: Sequence[str]) -> bool:
    first = words[0]
    wordy = first in NOT_FIRST_NAMES or first in WORD_NAMES
    return len(words) > 1 and wordy and all(surname_like(w) for w in words[1:])


def _listed(text: str, pos: int, running: bool = False, labelled: bool = False) -> Iterator[Finding]:
    """The people of a list starting at `pos`: "Kwame Asante, Nomvula Sithole und Ishaan Mehta"; `running`: in a
    sentence, where a verb may follow the last one; `labelled`: after a label that names people."""
    for _ in range(12):  # bounded: a long line of names stays linear
        got = _item(text, pos, labelled)
        if not got:
            return
        start, end, _known = got
        end = _ITEM_TAIL.match(text, end).end()  # type: ignore[union-attr]  # an optional group always matches
        if not (_ITEM_END.match(text, end) or (running or labelled) and _VERB_NEXT.match(text, end)):
            return
        yield finding("name", text, start, _PERSON.match(text, start).end(), False)  # type: ignore[union-attr]
        sep = _SEPARATOR.match(text, end)
        if not sep or sep.end() == end:
            return
        pos = sep.end()


def labelled_lists(doc: Doc) -> Iterator[Finding]:
    """People after a label at the start of a line: "Von: Anahera Ngata <...>", "Teilnehmende: A B, C D"."""
    low, start = doc.lower, 0
    while start >= 0:  # tried at each line's start only: a pattern anchored with ^ is still tried everywhere
        m = _LIST_LABEL.match(low, start) if ":" in low[start : start + 120] else None
        if m:
            yield from _listed(doc.text, m.end(), labelled=True)
        start = low.find("\n", start)
        start = start + 1 if start >= 0 else -1
    for i in positions(low, ": "):  # a label after a sentence's end within a line: "... 1.617,43. Caller: Ann Lee"
        j = low.rfind(". ", max(0, i - 40), i)
        if j < 0 or low[j + 2 : i].split(" ", 1)[0] not in _MIDLINE_LABELS or "\n" in low[j:i]:
            continue  # most colons in prose follow no person label: a set look-up before the long pattern
        m = _LIST_LABEL.match(low, j + 2)
        if m and m.end() > i:
            yield from _listed(doc.text, m.end(), labelled=True)


def mentions(doc: Doc) -> Iterator[Finding]:
    """ "@Tamati Walker kannst du ...": a person after an @ that is no part of an e-mail address."""
    for m in starting(_MENTION, doc.text, ("@",)):
        got = _item(doc.text, m.start("w"))
        if got:
            yield finding("name", doc.text, got[0], got[1], False)
        elif given_like(m.group("w")):
            yield finding("name", doc.text, m.start("w"), m.end("w"), False)


def asked(doc: Doc) -> Iterator[Finding]:
    """A single given name after a verb of asking or telling: "Frag mal Lwazi, ob er die Zahlen hat."."""
    for m in starting(_ASKED, doc.text, _ASK_STEMS, doc.lower):
        if given_like(m.group("w")):
            yield finding("name", doc.text, m.start("w"), m.end("w"), False)


def inner_salutations(doc: Doc) -> Iterator[Finding]:
    """A name after "liebe"/"dear" behind a comma, within a sentence."""
    for m in _INNER_SALUTATION.finditer(doc.text):
        w, w2 = m.group("w"), m.group("w2")
        if (is_first_name(w) or given_like(w)) and (not w2 or surname_like(w2)):
            yield finding("name", doc.text, m.start("w"), m.end(), False)


def dash_signature(doc: Doc) -> Iterator[Finding]:
    """A name on the last line after a dash: "Thanks again!\\n– Oluwaseun", "-- \\nKiri Ngata"."""
    tail = doc.text[-200:]
    m = _DASH_SIGNATURE.search(tail)
    if not m:
        return
    base = len(doc.text) - len(tail)
    name = m.group("name")
    got = _item(tail, m.start("name"))
    if got and got[1] == m.end("name"):
        yield finding("name", doc.text, base + got[0], base + got[1], False)
    elif " " not in name and given_like(name):
        yield finding("name", doc.text, base + m.start("name"), base + m.end("name"), False)


def lists_of_people(doc: Doc, names: Sequence[Finding]) -> Iterator[Finding]:
    """The other people of a list that holds a found name and ends with "und"/"and": "Bongani Zulu, Aarav Patel
    und Meron Gebre haben zugesagt." (a comma alone may join a name and a job title, so "und" must close it)."""
    text, done = doc.text, 0
    for n in sorted({f for f in names if f.category == "name"}, key=lambda f: f.start):
        if n.start < done:
            continue  # inside a list already read: each list is read once
        start = n.start
        for _ in range(6):  # walk back over ", " to the list's first person
            j = start - 2
            if j < 1 or text[j:start] != ", ":
                break
            m = _PAIR_ENDING.search(text, max(0, j - 60), j)
            if not m or not _is_person(person_words(m)):
                break
            start = m.start()
        items = list(_listed(text, start, running=True))
        done = max(n.end, items[-1].end if items else 0)
        if len(items) > 1 and re.search(r"(?:\bund\b|\band\b|&|\bsowie\b)", text[items[0].start : items[-1].start]):
            yield from items


# Two or more first names closed by "und"/"and": "(Anna, Ben und Gül)".
_FIRSTS_BEFORE = re.compile(rf"(?<![\w'’-])((?:{_CAP}, ){{0,8}}{_CAP}),? $")
_FIRST_AFTER = re.compile(rf"(?:und|and|&) (?P<w>{_CAP})(?![\w'’-])")
# Wishes and thanks before a comma and a first name: "Gute Besserung, Felicia!", "Danke euch, Siena und Lilli!".
_GREETINGS = (
    "willkommen",
    "welcome",
    "glückwunsch",
    "congratulations",
    "congrats",
    "danke",
    "thanks",
    "thank you",
    "gute besserung",
    "alles gute",
    "viel erfolg",
    "viel glück",
    "get well soon",
    "good luck",
    "well done",
    "happy birthday",
    "sorry",
    "merci",
)
_GREETED = re.compile(
    r"(?<![\w])(?i:" + "|".join(sorted(map(re.escape, _GREETINGS), key=len, reverse=True)) + ")"
    r"(?:[ \t]+(?:dir|euch|ihnen|you|all|both|you both|an euch))?,"
    rf"[ \t]+(?P<w>{_CAP})(?:[ \t]+(?:und|and|&)[ \t]+(?P<w2>{_CAP}))?(?=[ \t]*[!.])"
)
_GREETING_ENDS = frozenset({g.split()[-1] for g in _GREETINGS} | {"dir", "euch", "ihnen", "you", "all", "both"})


def _greetings(doc: Doc) -> Iterator[re.Match[str]]:
    """`_GREETED` matches, tried only at commas whose word before ends a wish or thanks."""
    low = doc.lower
    for i in positions(low, ","):
        before = low[max(0, i - 16) : i].split()
        if before and before[-1] in _GREETING_ENDS:
            m = _GREETED.search(doc.text, max(0, i - 40), i + 80)
            while m and m.end("w") < i:  # the one whose comma is this one
                m = _GREETED.search(doc.text, m.end("w"), i + 80)
            if m and m.start("w") > i:
                yield m


# A participle that names who did something, anywhere on a line: "Angebot erstellt: Rayana Götz, freigegeben: ...".
_DONE_BY = re.compile(
    r"(?<![\w])(?:erstellt|freigegeben|geprüft|bearbeitet|unterschrieben|genehmigt|approved|prepared|checked|"
    r"reviewed|signed|created)(?:[ \t]+(?:von|durch|by))?[ \t]*:$"
)
_COLON_GAP = re.compile(r"[ \t]*")
_DONE_WORDS = frozenset(
    "erstellt freigegeben geprüft bearbeitet unterschrieben genehmigt approved prepared checked reviewed signed "
    "created erstellt: freigegeben: geprüft: bearbeitet: unterschrieben: genehmigt: approved: prepared: checked: "
    "reviewed: signed: created:".split()
)

# Each of _DONE_WORDS holds one of these (tests/test_scanner_stems.py checks it).
_DONE_STEMS = (
    *("erstellt", "freigegeben", "geprüft", "bearbeitet", "unterschrieben", "genehmigt", "approved", "prepared"),
    *("checked", "reviewed", "signed", "created"),
)


def _greeted_name(word: str) -> bool:
    return is_first_name(word) or given_like(word)


def directory_names(doc: Doc) -> Iterator[Finding]:
    """Names in the forms lists and short notes use:
    "(Anna, Ben und Gül)", "Herzlich willkommen, Gül!"."""
    text = doc.text
    for joiner in (" und ", " and ", " & "):
        for i in positions(text, joiner):
            after = _FIRST_AFTER.match(text, i + 1)
            last = text[max(0, i - 24) : i].split(" ")[-1]
            if not after or not is_first_name(after.group("w")) or not is_first_name(last.rstrip(",")):
                continue  # the names on both sides of "und" first: the look back is the costly part
            before = _FIRSTS_BEFORE.search(text, max(0, i - 160), i + 1)
            if not before:
                continue
            words = [*before.group(1).split(", "), after.group("w")]
            if all(is_first_name(w) for w in words) and not _firm_of_names(
                text, before.start(1), after.end("w"), words
            ):
                pos = before.start(1)
                for w in words[:-1]:
                    yield finding("name", text, pos, pos + len(w), False)
                    pos += len(w) + 2
                yield finding("name", text, after.start("w"), after.end("w"), False)
    for m in _greetings(doc):
        if _greeted_name(m.group("w")) and (not m.group("w2") or _greeted_name(m.group("w2"))):
            yield finding("name", text, m.start("w"), m.end("w"), False)
            if m.group("w2"):
                yield finding("name", text, m.start("w2"), m.end("w2"), False)
    if not any(word in doc.lower for word in _DONE_STEMS):
        return  # no participle of _DONE_WORDS anywhere: no colon can follow one
    for i in positions(text, ":"):  # "erstellt: ...", "approved by: ...": few colons to look back from
        words = doc.lower[max(0, i - 30) : i].split()[-2:]
        if not _DONE_WORDS.intersection(words):
            continue
        if _DONE_BY.search(doc.lower, max(0, i - 30), i + 1):
            yield from _listed(text, _COLON_GAP.match(text, i + 1).end())  # type: ignore[union-attr]


_SEGMENT_EDGE = re.compile(r"[ \t]*(?:\||\r?\n|$)")


def _firm_of_names(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """True when "A, B and C" is a firm named after its partners ("Jones, Harris and Taylor" alone on a line of a
    letterhead or signature, or after a "|"; "Lawson, Wagner and Crawford will supply ..."): three or more names,
    not all of them everyday first names."""
    if len(words) < 3 or all(common_first_name(w) for w in words):
        return False
    line = text.rfind("\n", max(0, start - 200), start) + 1
    alone = not text[line:start].strip(" \t>") or text[line:start].rstrip(" \t").endswith("|")
    return alone or _SEGMENT_EDGE.match(text, end) is not None or " and " in text[start:end]


# First words of the labels of _LIST_LABEL that may also stand after a sentence within a line (mail headers do not).
_MIDLINE_LABELS = frozenset(
    "teilnehmende teilnehmer teilnehmerinnen attendees participants anwesend present apologies absent entschuldigt "
    "kontakt contact ansprechpartner ansprechpartnerin ansprechperson kontaktperson caller anrufer anruferin payee "
    "payable zahlungsempfänger zahlungsempfängerin kandidat kandidatin candidate bewerber bewerberin applicant "
    "krankmeldung anmeldung anmeldungen abmeldung registration registrations handover übergabe reminder erinnerung "
    "sickness absence abwesenheit krankenstand notfallkontakt emergency on-call bereitschaft holiday "
    "urlaubsvertretung krankheitsvertretung vertretung stellvertretung cover deputy verantwortlich zuständig "
    "responsible owner assigned zugewiesen gäste guests besucher besucherin visitors fahrer fahrerin drivers "
    "speakers referent referentin referenten birthdays geburtstage geburtstagsliste".split()
)


_TAIL_STARTS = frozenset("IJSjsvdz")  # first letters of the suffixes and particles above


def after_suffix(text: str, end: int) -> int:
    """The end of a generational suffix or a trailing particle right after `end` ("Kwame Asante Jr.",
    "Janko Dussen van"), or `end`."""
    if text[end : end + 1] != " " or text[end + 1 : end + 2] not in _TAIL_STARTS:
        return end  # most names end here: skip the two patterns
    for pattern in (_SUFFIX, _TRAILING_PARTICLE):
        m = pattern.match(text, end)
        if m:
            end = m.end()
    return end


def extend(doc: Doc, f: Finding) -> Finding:
    """A name finding with a generational suffix or a trailing particle after it: "Thies Koch II", "Hajo Dussen van"."""
    end = after_suffix(doc.text, f.end)
    return f if end == f.end else finding("name", doc.text, f.start, end, f.strong)
