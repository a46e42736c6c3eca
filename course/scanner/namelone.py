"""A first name standing alone (no surname): where a person is addressed, greeted, acts, or stands beside another."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding, starting
from course.scanner.firstnames import NOT_FIRST_NAMES, WORD_NAMES, common_first_name, is_first_name
from course.scanner.namecues import DISCOURSE, NOT_SURNAMES, PERSON_VERBS, PLURAL_VERBS, VERBS, given_like, surname_like
from course.scanner.namelexicon import known_word
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_NOT_NAME_ENDS = ("ung", "heit", "keit", "tion", "ment", "ness", "ity")  # "Dr Ausstellung": a noun, no surname

# After a lone known first name: its verb ("Lena ist ab Montag im Urlaub", "Sarah will send ..."), or a second
# first name and a plural verb ("Monika und Jürgen sind ..."); or a question to the person addressed ("Thomas,
# kannst du ...").
# German plural verbs end in -en ("tauschen", "übernehmen"): after two joined names at the start of a sentence.
_LONE_VERB = re.compile(
    rf"[ \t]+{VERBS}|[ \t]+(?:und|and|&)[ \t]+{_CAP}[ \t]+(?:{PLURAL_VERBS}|[a-zäöüß]{{2,}}en(?![\w]))"
)
_VERB_NEXT = re.compile(rf"[ \t]+{VERBS}")
# A capitalised word before the comma: "Diaz, Nelson and Jackson will supply ..." is a firm of partners.
_CAPITALISED_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]*,[ \t]*$")
_LONE_PERSON_VERB = re.compile(rf",?[ \t]+{PERSON_VERBS}")  # "Stefano meinte, ...", "Rhys said ..."
# A verb only a person does, also "mentioned" (and its German forms): after a comma ("Hi Peter, Grzegorz mentioned
# you might ...") any first name of the list before it is a person.
_SAYS = re.compile(
    rf"[ \t]+(?:{PERSON_VERBS}|mentioned|mentions|erwähnte|erwähnt|suggested|schlug|recommended|empfahl)(?![\w])"
)
# Interjections of chat and notes before a sentence about a person: "fyi Wanjiru is signed off", "heads up Yaw has".
_INTERJECTION_BEFORE = frozenset("fyi btw ps up lol ugh omg update news info".split())
# A Bavarian or Austrian article before a first name: "Servus, die Michaela ist heute im Homeoffice".
_ARTICLE_BEFORE = frozenset(("der", "die"))
# A greeting of the Alps right before such an article: "Servus! Die Deniz ist heute im Homeoffice".
_GREETING_BEFORE = re.compile(r"(?<![\w])(?:Servus|Servas|Grüezi|Hoi|Moin|Griaß di)[ \t]*[!,.][ \t]*$")
_LONE_ADDRESSED = re.compile(
    r",[ \t]+(?:kannst|könntest|hast|bist|magst|würdest|wärst|du|bitte|can|could|would|will|please|are|do|did)"
    r"(?![\w])"
)
# A greeting to all before the sentence: "Hi zusammen, Ricarda ist heute krank", "Hi all, Aimee is off sick".
_GREETING_TO_ALL = re.compile(
    r"(?<![\w])(?i:hi|hallo|hello|hey|moin|servus|guten morgen|good morning|liebe|dear)[ \t]+"
    r"(?i:zusammen|alle|all|everyone|team|leute|folks|kolleginnen und kollegen|colleagues)[ \t]*[,:][ \t]*$"
)
_LONE_BEFORE = frozenset("laut ist hat kommt kann war".split())
# Imperatives whose object is a person ("Sag Friedericke bitte, ...", "Bitte Jorge nichts verraten"): any first
# name of the list after them, before a lower-case word or punctuation.
_ADDRESS_BEFORE = frozenset("bitte sag sagt frag fragt ask tell ruf schreib informier erinnere".split())
_LOWER_NEXT = re.compile(r"[ \t]*[,.!?]|[ \t]+[a-zäöüß]")
# "Denise und ich kümmern uns ...", "Tom and I will ...": a person beside the writer.
_WITH_ME = re.compile(r"[ \t]+(?:und ich|and I|und mir|and me)(?![\w])")
_OPENER = re.compile(r"([^\W\d_]+)[ \t]+$")
# A verb that a place or a season has too ("Ok, Paris was lovely"): after an opener only a deed makes a person.
_STATE_NEXT = re.compile(r"[ \t]+(?:is|was|has|had|will|would|can|could|ist|war|hat|wird|kann)(?![\w])")
_OPENER_COMMA = re.compile(r"(?<![\w'’-])([^\W\d_]+),[ \t]*$")
_AND_FIRST = re.compile(rf"[ \t]+(?:und|and|&|oder|or)[ \t]+(?P<w>{_CAP})(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+[a-zäöüß])")


def opens_sentence(text: str, i: int) -> bool:
    """True at a sentence's start: after its end, a colon, a dash, or a list's bullet ("- Ida übernimmt ...")."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n:–—•*" or j < i and text[j - 1] == "-" and (j == 1 or text[j - 2] in " \t\n")


def lone_first_name(text: str, start: int, end: int, common: bool) -> bool:
    """True when a known first name standing alone at `start` is a person by its place in the sentence. Before a
    verb it must be `common` in the course's markets ("Basel hat bestätigt" is a place); addressed with a
    question or after a greeting to all, any known first name counts."""
    if _WITH_ME.match(text, end):
        return True
    if opens_sentence(text, start):
        return (
            _LONE_ADDRESSED.match(text, end) is not None
            or _LONE_PERSON_VERB.match(text, end) is not None
            or common
            and _LONE_VERB.match(text, end) is not None
        )
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before[-1:] == "," and _VERB_NEXT.match(text, end) and not _STATE_NEXT.match(text, end):
        o = _OPENER_COMMA.search(text, max(0, start - 12), start)
        if o and o.group(1).lower() in DISCOURSE and opens_sentence(text, o.start()):
            return True  # "Aye, Kato read it out", "Och, Guðrún rang again": any known first name after an opener
    if (
        before[-1:] == ","
        and common
        and (
            _VERB_NEXT.match(text, end)
            or _LONE_VERB.match(text, end)
            and not _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
        )
    ):
        return True  # "... schicken, Ida macht das Review": a new clause whose subject is the name
    if before[-1:] in (",", ":") and _GREETING_TO_ALL.search(text, max(0, start - 40), start):
        return _LONE_VERB.match(text, end) is not None
    if before[-1:] == "," and _SAYS.match(text, end):
        return True
    if not before[-1:].isalpha():
        return False  # no word right before: no opener either
    m = _OPENER.search(text, max(0, start - 12), start)
    if m is None or not opens_sentence(text, m.start()) and text[max(0, m.start() - 2) : m.start()] != ", ":
        return False
    opener = m.group(1)
    if (
        opener.lower() in _INTERJECTION_BEFORE
        or opener in _ARTICLE_BEFORE
        and common
        or opener.lower() in _ARTICLE_BEFORE
        and _GREETING_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ):
        return _LONE_VERB.match(text, end) is not None  # "fyi Wanjiru is ...", "Servus, die Michaela ist ..."
    if not opener[0].isupper() or not opens_sentence(text, m.start()):
        return False
    opener = opener.lower()
    return common and opener in _LONE_BEFORE or opener in _ADDRESS_BEFORE and _LOWER_NEXT.match(text, end) is not None


# Two first names joined before a plural verb at the start of a sentence, one of them common in the markets and
# the other any given name ("Kurze Info: Rojda und Giuseppe tauschen ...", "Otieno and Grzegorz are swapping ...").
_JOINED_AFTER = re.compile(rf"(?P<b>{_CAP})[ \t]+(?:{PLURAL_VERBS}|[a-zäöüß]{{2,}}en(?![\w]))")
_CAP_BEFORE = re.compile(rf"(?<![\w'’-]){_CAP}$")


def _given(word: str) -> bool:
    """A given name no list holds, not a German noun of a plural's or a compound's shape ("Birnen", "Apfelkuchen")."""
    return len(word) <= 10 and not word.endswith(("en", "ung", "keit", "heit", "chen")) and given_like(word)


def joined_subjects(doc: Doc) -> Iterator[Finding]:
    """Both names of "X und Y <verb>" at a sentence's start when one is a common first name and the other may be a
    given name no list holds."""
    text = doc.text
    for joiner in (" und ", " and ", " & "):
        i = text.find(joiner)
        while i != -1:
            m = _JOINED_AFTER.match(text, i + len(joiner))
            a = _CAP_BEFORE.search(text, max(0, i - 24), i) if m else None
            i = text.find(joiner, i + 1)
            if not m or not a or not opens_sentence(text, a.start()):
                continue
            first, second = a.group(), m.group("b")
            if (
                common_first_name(first)
                and (is_first_name(second) or _given(second))
                or (common_first_name(second) and _given(first))
            ):
                yield finding("name", text, a.start(), a.end(), False)
                yield finding("name", text, m.start("b"), m.end("b"), False)


def joined_first_names(doc: Doc, names: Sequence[Finding]) -> Iterator[Finding]:
    """A known first name joined to a found name: "Grüße an Petra und Klaus!", "Monika und Jürgen sind ..."."""
    for n in names:
        m = _AND_FIRST.match(doc.text, n.end)
        if m and common_first_name(m.group("w")):
            yield finding("name", doc.text, m.start("w"), m.end("w"), False)


# Chat in lower case: a first name greeted or passed a message, written small ("hey lirim, hast du ...", "can u tell
# arash the meeting got moved", "kannst du damien bescheid sagen", "pls call owen back"); or the subject of a chat
# sentence after an interjection ("hey, dimitrios hat bald geburtstag", "lol tiffany told everyone", "ugh dalia is
# out sick"). Chat drops doubled letters ("kanst du"). One pass finds the cues; the name is matched at each.
CHAT_CUE = re.compile(
    r"(?:hey|hi|hallo|servus|moin|hello|tell|ask|call|ring|ping|text|remind|frag|sag|ruf|schreib|erinner|"
    r"kann?st du|könn?test du|lol|ugh|fyi|btw|omg|heads up|übrigens)(?![\w])"
)
# Every match of CHAT_CUE starts with one of these (tests/test_scanner_stems.py): it is tried only there.
CHAT_STEMS = (
    *("hey", "hi", "hallo", "servus", "moin", "hello", "tell", "ask", "call", "ring", "ping", "text", "remind"),
    *("frag", "sag", "ruf", "schreib", "erinner", "kan", "kön", "lol", "ugh", "fyi", "btw", "omg", "heads up"),
    "übrigens",
)
_GREETINGS = frozenset("hey hi hallo servus moin hello".split())
_NOUN_CUES = frozenset("text ring call ping".split())  # also nouns ("Text", "Ring"): a cue only written small
_INTERJECTIONS = frozenset("hey hi hallo servus moin lol ugh fyi btw omg heads up übrigens".split())
_SMALL_NAME = r"(?P<w>[a-zäöüßéèçñ][a-zäöüßéèçñıšžćčğłńśźżãõâêôíóúáà]{1,15}(?:-[a-zäöüß]{2,15})?)"
_CHAT_NAME = re.compile(r"[ \t]+" + _SMALL_NAME + r"(?P<after>[ \t]*[,!?.:]|[ \t]+[a-zäöüß]|[ \t]*$)", re.M)
_CHAT_SUBJECT = re.compile(r"[ \t]*(?:[,:!][ \t]*)?" + _SMALL_NAME + r"[ \t]+" + VERBS)
_GREETED_WORDS = frozenset(
    "there guys all everyone everybody team leute alle zusammen folks you welt world mate mates buddy people ya "
    "again back jungs mädels kollegen kolleginnen chef boss schatz ihr und and nochmal danke thanks bitte was what "
    "also ok okay sorry nein ja yes no zurück wieder support service servicedesk helpdesk miteinand miteinander "
    "beinand beieinander mitnand mitenand".split()
)
"""Words a greeting in chat meets that are no person ("hey guys,", "hallo zusammen!", "hi again,")."""
# Chat words that the first-name list also holds ("Soon", "Just", "Mir", "Ping", "Love"): after a cue they are words.
_CHAT_WORDS = frozenset(
    "me him her them us you it this that there then now here back again too also soon just pls please the and "
    "but so maybe doch mal bitte ihn ihm ihr sie es das dem den der die ein eine einen mir dir uns euch kurz "
    "schnell morgen heute gestern bald noch schon auch nur gerne gern nochmal wieder sofort direkt ob dass wann "
    "wie was wo wer warum about if when where what who why how mate love buddy nice okay naja dear honey babe "
    "sweetie man guy boss chef team tell ping text call ring ask sag frag ruf schreib everyone someone anyone "
    "nobody niemand jemand alle allen jeden jedem jeder keiner".split()
)


def _chat_name(word: str) -> bool:
    """A word written small that is a known first name, not a chat word or an everyday word that is a name."""
    if word in _CHAT_WORDS or word in _GREETED_WORDS:
        return False
    name = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return is_first_name(name)


def lowercase_chat_names(doc: Doc) -> Iterator[Finding]:
    """A first name written in lower case where chat greets, addresses or talks about a person: a known first
    name after a greeting or "tell/call/frag", or as the subject before a verb after an interjection; or any other
    word greeted with a comma ("hey lirim,") that is no group or filler."""
    text, low = doc.text, doc.lower
    for cue in starting(CHAT_CUE, low, CHAT_STEMS):
        if cue.start() and (low[cue.start() - 1].isalnum() or low[cue.start() - 1] in "_-"):
            continue  # inside a word, or "on-call"
        word = cue.group()
        if word in _NOUN_CUES and not text[cue.start() : cue.end()].islower():
            continue  # "ohne Text davor", "der Ring": a noun, not "text davor" asking to message a person
        m = _CHAT_NAME.match(low, cue.end()) if word not in ("lol", "ugh", "fyi", "btw", "omg", "heads up") else None
        if m:
            w = text[m.start("w") : m.end("w")]
            name = w[0].upper() + w[1:]
            if not w.islower() or w in _GREETED_WORDS:
                pass  # capitalised names are the other rules' work
            elif _chat_name(w):
                yield finding("name", text, m.start("w"), m.end("w"), False)
                continue
            elif (
                word in _GREETINGS
                and "," in m.group("after")
                and w not in _CHAT_WORDS
                and given_like(name)
                and name not in WORD_NAMES
                and name not in NOT_FIRST_NAMES
            ):
                yield finding("name", text, m.start("w"), m.end("w"), False)
                continue
        if word in _INTERJECTIONS:
            m = _CHAT_SUBJECT.match(low, cue.end())
            if m and text[m.start("w") : m.end("w")].islower() and _chat_name(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)


# A title without its full stop, as British English writes it ("Please call Dr Wade back", "Dear Dr Allen,"), and
# greetings of the Alps, of regions and of chat that the salutation rules do not know ("Grüezi Kelechi,", "Hiya
# Dale!", "Gude Trude,", "Tach Heike,").
_TITLED = re.compile(rf"(?<![\w.])(?:(?:Dr|Prof)[ \t]+){{1,3}}(?P<w>{_CAP})(?![\w.'’-])")
_GREETED = re.compile(
    r"(?<![\w])(?:Grüezi|Grüessech|Grüß Gott|Grüss Gott|Griaß di|Hoi|Salü|Hiya|Howdy|Gude|Tach|Moinsen|Hallöchen"
    r"|Servas|Salut|Heyho|Hallihallo)[ \t]+"
    rf"(?P<w>{_CAP})(?P<after>[ \t]*[,!:]|[ \t]*\n)?"
)


_GREETING_WORDS = frozenset(
    "Grüezi Grüessech Grüß Grüss Griaß Hoi Salü Hiya Howdy Gude Tach Moinsen Hallöchen Servas Salut Heyho "
    "Hallihallo".split()
)
"""The first words of those greetings: the pattern runs only when a capitalised word of the text is one of them."""


def titled_and_greeted(doc: Doc) -> Iterator[Finding]:
    """A surname after "Dr"/"Prof" without a full stop, and a first name after a regional or chat greeting."""
    text = doc.text
    if "Dr " in text or "Prof " in text:
        for m in _TITLED.finditer(text):
            w = m.group("w")
            if surname_like(w) and w not in NOT_SURNAMES and not w.endswith(_NOT_NAME_ENDS):
                yield finding("name", text, m.start("w"), m.end("w"), True)
    if not any(word in _GREETING_WORDS for _, _, word in doc.caps):
        return
    for m in _GREETED.finditer(text):
        w = m.group("w")
        if is_first_name(w) or m.group("after") and given_like(w) and not known_word(w):  # not "Tach Post,"
            yield finding("name", text, m.start("w"), m.end("w"), True)
