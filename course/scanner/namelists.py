"""Names by the layout around them: lists after a label, mail headers, @mentions, dash signatures, lists of people."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding
from course.scanner.firstnames import is_first_name
from course.scanner.namecues import VERBS, given_like, person_words, surname_like
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# A first name shortened to its initials after a hyphen ("Klaus-D.", "Hans-J."), then up to two name words.
_NAME = (
    rf"(?P<w1>{_CAP}(?:-[A-ZÄÖÜ]\.)?)(?: (?P<w2>{_CAP}))? "
    r"(?P<particle>(?:von|van) (?:der|den|de) |(?:von|van|de|zu|vom|ten|ter|da|di|du|le|la|del|della|dos|mc|al) )?"
    rf"(?P<last>{_CAP})"
)
_PERSON = re.compile(_NAME + r"(?![\w'’-])")
_PAIR_ENDING = re.compile(rf"(?<![\w'’-]){_NAME}$")
# Labels at the start of a line whose value is one person or a list of people: mail headers, minutes, tickets.
# Mail headers take the colon right after the label; the others may say more first ("Vertretung während meines
# Urlaubs: ...", "Cover while I'm away: ...").
_LIST_LABEL = re.compile(  # on the lower-cased text
    r"(?:(?:von|from|an|to|cc|bcc)|(?:teilnehmende|teilnehmer(?:innen)?|teilnehmer\*innen|anwesend|abwesend|"
    r"entschuldigt|attendees|participants|present|apologies|absent|zugewiesen an|assigned to|owner|verantwortlich|"
    r"zuständig|responsible|protokoll|protokollführung|minutes|moderation|vertretung|stellvertretung|cover|deputy|"
    r"gez\.?|gemeldet von|reported by|bearbeitet von|handled by|reviewer|prüfer(?:in)?|genehmigt von|approved by|"
    r"kopie an|copy to)(?:[ \t]+[^\W\d_][^\s:]{0,20}){0,4})[ \t]*:[ \t]*"
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
    r"(?:[ \t]+(?:mal|doch|bitte|kurz|noch|please))*[ \t]+"
    rf"(?P<w>{_CAP})(?=,?[ \t]+(?:ob|dass|wann|wie|wo|bis|if|whether|when|that|to)(?![\w]))"
)
_MENTION = re.compile(rf"(?<![\w.@])@(?P<w>{_CAP})")
_DASH_SIGNATURE = re.compile(r"(?:^|\n)[ \t]*(?:--|–|—)[ \t]*\n?[ \t]*(?P<name>[^\n]{2,40}?)[ \t]*\s*$")
_SUFFIX = re.compile(r" (?:II|III|IV|Jr\.|Sr\.|jun\.|sen\.)(?![\w])")
# A surname written in its sorted form, the particle after it ("Dussen van", as in directories and lists).
_TRAILING_PARTICLE = re.compile(rf" (?:van der|van den|von der|van|von|de|zu)(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+{VERBS})")


def _item(text: str, pos: int) -> tuple[int, int, bool] | None:
    """(start, end, whether a first name opens it) of one listed person at `pos`."""
    m = _PERSON.match(text, pos)
    if m:
        words = person_words(m)
        if words and _is_person(words):
            return m.start(), m.end(), is_first_name(words[0])
    return None


def _is_person(words: Sequence[str]) -> bool:
    first = words[0][:-3] if words[0].endswith(".") else words[0]  # "Klaus-D." is Klaus's name
    return len(words) > 1 and (is_first_name(first) or given_like(first)) and all(surname_like(w) for w in words[1:])


def _listed(text: str, pos: int, running: bool = False) -> Iterator[Finding]:
    """The people of a list starting at `pos`: "Kwame Asante, Nomvula Sithole und Ishaan Mehta"; `running`: in a
    sentence, where a verb may follow the last one."""
    for _ in range(12):  # bounded: a long line of names stays linear
        got = _item(text, pos)
        if not got:
            return
        start, end, _known = got
        end = _ITEM_TAIL.match(text, end).end()  # type: ignore[union-attr]  # an optional group always matches
        if not (_ITEM_END.match(text, end) or running and _VERB_NEXT.match(text, end)):
            return
        yield finding("name", text, start, _PERSON.match(text, start).end(), False)  # type: ignore[union-attr]
        sep = _SEPARATOR.match(text, end)
        if not sep or sep.end() == end:
            return
        pos = sep.end()


def labelled_lists(doc: Doc) -> Iterator[Finding]:
    """People after a label at the start of a line: "Von: Anahera Ngata <...>", "Teilnehmende: A B, C D"."""
    for m in _LIST_LABEL.finditer(doc.lower):
        line_start = doc.lower.rfind("\n", 0, m.start()) + 1
        if doc.lower[line_start : m.start()].strip(" \t-*•>"):
            continue  # only a label that opens its line
        yield from _listed(doc.text, m.end())


def mentions(doc: Doc) -> Iterator[Finding]:
    """ "@Tamati Walker kannst du ...": a person after an @ that is no part of an e-mail address."""
    for m in _MENTION.finditer(doc.text):
        got = _item(doc.text, m.start("w"))
        if got:
            yield finding("name", doc.text, got[0], got[1], False)
        elif given_like(m.group("w")):
            yield finding("name", doc.text, m.start("w"), m.end("w"), False)


def asked(doc: Doc) -> Iterator[Finding]:
    """A single given name after a verb of asking or telling: "Frag mal Lwazi, ob er die Zahlen hat."."""
    for m in _ASKED.finditer(doc.text):
        if given_like(m.group("w")):
            yield finding("name", doc.text, m.start("w"), m.end("w"), False)


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
    text = doc.text
    for n in names:
        if n.category != "name":
            continue
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
        if len(items) > 1 and re.search(r"(?:\bund\b|\band\b|&|\bsowie\b)", text[items[0].start : items[-1].start]):
            yield from items


def after_suffix(text: str, end: int) -> int:
    """The end of a generational suffix or a trailing particle right after `end` ("Kwame Asante Jr.",
    "Janko Dussen van"), or `end`."""
    for pattern in (_SUFFIX, _TRAILING_PARTICLE):
        m = pattern.match(text, end)
        if m:
            end = m.end()
    return end


def extend(doc: Doc, f: Finding) -> Finding:
    """A name finding with a generational suffix or a trailing particle after it: "Thies Koch II", "Hajo Dussen van"."""
    end = after_suffix(doc.text, f.end)
    return f if end == f.end else finding("name", doc.text, f.start, end, f.strong)
