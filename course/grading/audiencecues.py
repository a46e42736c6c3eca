"""German and English cue patterns of the audience check: reader nouns, media and reading verbs."""

from __future__ import annotations

import re

from course.grading.cues import AE, FLAGS, NUM, OE, UE, alt

AUD_NOUN = alt(
    "gesch" + AE + "ftsf" + UE + "hrung",
    "gesch" + AE + "ftsleitung",
    "vorstand",
    "vorst" + AE + "nde",
    "management",
    "f" + UE + r"hrungskr" + AE + "fte",
    "f" + UE + "hrungsebene",
    "kunde[n]?",
    "kundin(?:nen)?",
    "kundschaft",
    "kolleg\\w*",
    "team",
    r"(?<!\bms )(?<!microsoft )teams",
    "mitarbeite\\w*",
    "belegschaft",
    "laien",
    "einsteiger\\w*",
    "anf" + AE + "nger\\w*",
    "bewerber\\w*",
    "kandidat\\w*",
    "zuh" + OE + "rer\\w*",
    "abteilung\\w*",
    "chef\\w*",
    "vorgesetzte\\w*",
    "azubis?",
    "auszubildende\\w*",
    "praktikant\\w*",
    "studierende\\w*",
    "sch" + UE + "ler\\w*",
    "eltern",
    "investor\\w*",
    "gesch" + AE + "ftspartner\\w*",
    "lieferant\\w*",
    "follower\\w*",
    "community",
    "nutzer\\w*",
    "anwender\\w*",
    OE + "ffentlichkeit",
    "presse",
    "fachpublikum",
    "fachleute",
    "fachkr" + AE + "fte",
    "entscheider\\w*",
    "teamleit\\w*",
    "abteilungsleit\\w*",
    "personalabteilung",
    "betriebsrat",
    "gesellschafter\\w*",
    "aufsichtsrat",
    "stakeholder\\w*",
    "board",
    "executives?",
    "managers?",
    "customers?",
    "clients?",
    "colleagues?",
    "staff",
    "employees?",
    "beginners?",
    "novices?",
    "non-?experts?",
    "laypeople",
    "lay\\s+readers?",
    "candidates?",
    "applicants?",
    "students?",
    "investors?",
    "partners?",
    "suppliers?",
    "followers?",
    "users?",
    "public",
    "journalists?",
    "press",
    "ceo",
    "cfo",
    "leadership",
    "department",
    "newcomers?",
    "new\\s+hires?",
    "interns?",
    "seniors?",
    "engineers?",
    "developers?",
    "audience",
    "readers?",
    "leser\\w*",
    "empf" + AE + "nger\\w*",
    "gesch" + AE + "ftskunden",
    "endkunden",
    "neukunden",
    "bestandskunden",
    "zielgruppe",
    "it-laien",
    "nicht-?fachleute",
    "kollegium",
    "hr",
    "sales",
    "vertrieb",
    "marketing-?team",
    "finance\\s+team",
    "head\\s+of\\s+\\w+",
    "frau\\s+\\w+",
    "herr[n]?\\s+\\w+",
    "[\\w-]{0,40}leitung",
    "[\\w-]{0,40}einsteiger\\w*",
    "[\\w-]{0,40}anf" + AE + "nger\\w*",
    "[\\w-]{0,40}laien",
    "apprentices?",
    "trainees?",
    "quereinsteiger\\w*",
    "career\\s+(?:changers?|starters?)",
    "berufseinsteiger\\w*",
    "general\\s+(?:audience|public|readers?)",
    "[\\w-]{0,40}kunden",
    "[\\w-]{0,40}kundinnen",
    "volunteers?",
    "ehrenamtliche\\w*",
    "helfer(?:innen)?",
    r"(?-i:M(?:r|rs|s)\.?\s+[A-Z]\w+)",
    "talente?",
    "talents?",
    "[\\w-]{0,40}presse",
    "media",
    "medien",
    "[\\w-]{0,40}journalist\\w*",
    r"team\\s+leads?",
    "leads",
    "nachwuchs\\w*",
    "fans?",
    "abonnent\\w*",
    "subscribers?",
)
JOB_NOUN = alt(
    r"[\w-]{0,40}leit(?:er|r)in(?:nen)?",
    r"[\w-]{0,40}leiter[ns]?",
    "gesch" + AE + "ftsf" + UE + r"hrer\w*",
    r"[\w-]{0,40}buchhalter\w*",
    r"[\w-]{0,40}manager\w*",
    r"[\w-]{0,40}referent\w*",
    r"sachbearbeiter\w*",
    r"[\w-]{0,40}assisten[tz]\w*",
    "sekret" + AE + r"r\w*",
    r"[\w-]{0,40}direktor\w*",
    r"inhaber\w*",
    r"[\w-]{0,40}vorsitzende\w*",
    r"[\w-]{0,40}beauftragte\w*",
    r"[\w-]{0,40}berater\w*",
    r"[\w-]{0,40}koordinator\w*",
    r"[\w-]{0,40}sprecher\w*",
    r"[\w-]{0,40}verantwortliche\w*",
    r"[\w-]{0,40}controller\w*",
    r"assistants?",
    r"accountants?",
    r"directors?",
    r"coordinators?",
    r"officers?",
    r"owners?",
    r"chairs?",
)
"""Job titles: readers when named with a definite article ('für die Einkaufsleiterin'),
a post when not ('für einen Lagerleiter')."""
MEDIUM = re.compile(
    r"(?:\b(?:eine?[nmr]?|ein|a|an|one|zwei|two|per|by|via|as|als|in\s+(?:einer|einem|an?)"
    r"|kurze[nmr]?|short|neue[nmr]?|new|ordentliche[nmr]?|"
    r"first|final|friendly|freundliche[nmr]?|formal\w*|f"
    + OE
    + r"rmliche[nmr]?|knappe[nmr]?|brief|quick)\s+(?:[\w-]+\s+){0,3}?|^[ \t*-]*)"
    r"(?P<m>[\w-]*?(?:e-?mail|mail|brief|letter|aushang|plakat|poster|flyer|leaflet|notice"
    r"|post|karte|card|folie|slide|notiz|note|vermerk|memo|"
    r"sms|whatsapp|schreiben|rundschreiben|rundmail|newsletter|handzettel|merkblatt|infoblatt"
    r"|handout|formular|form|grid|raster|timeline|"
    r"sign|schild|message|nachricht|"
    r"checkliste|checklist|steckbrief|one-?pager))\b(?![-:]"
    r"|\s+(?:unten|below|above|oben|von|vom|from|hat|has|ist|is|was|war|kam|came)\b)"
    r"|^[ \t*-]*(?:form|format|ausgabeformat)[ \t]*:[ \t]*\w"
    r"|\b(?:\d+|one|two|three|five|ten|f"
    + UE
    + r"nf|zehn|drei)[- ]?(?:minute|minuten)\w*[- ](?:talk|speech|rede|vortrag|ansprache|briefing)"
    r"|\b(?:(?:nach|in)\s+(?:diesem|this|dem\s+folgenden|the\s+following)\s+(?:muster|schema"
    r"|vorbild|format|pattern|layout|template)|following\s+(?:this|the\s+same)\s+pattern|"
    r"same\s+pattern\s+as|in\s+this\s+format|im\s+format\s+wie|mit\s+(?:leeren\s+)?feldern"
    r"|with\s+(?:blank\s+|empty\s+)?fields|in\s+(?:ganzen|vollst" + AE + r"ndigen)\s+s" + AE + r"tzen|"
    r"in\s+full\s+sentences"
    r"|(?:mit|with)\s+(?:timeslots|time\s+slots|zeitfenstern|spalten|columns)"
    r"|^[ \t*-]*(?:spalten|columns)\s*:|"
    r"(?:"
    + NUM
    + r")(?:\s*,\s*(?:"
    + NUM
    + r"))?\s+(?:(?:oder|or|bis|to)\s+(?:"
    + NUM
    + r")\s+)?(?:kurze\w*\s+|einfache\w*\s+|simple\s+|short\s+)?"
    r"(?:bullets?|bullet\s+points?|stichpunkte\w*|s"
    + AE
    + r"tze\w*|sentences?|paragraphs?|abs"
    + AE
    + r"tze\w*|zeilen|lines?)|"
    r"\d+\s*(?:min|minuten|minutes)\s+(?:spoken|gesprochen)|je\s+\w+\s+eine\s+" + UE + r"berschrift)\b",
    FLAGS,
)
"""A medium or a pattern to follow as the form of the output: 'schreib eine Mail',
'Letter to parents', 'following this pattern'."""
READ_VERB = re.compile(
    r"\b(?:(?:will|would|werden|wird|are\s+going\s+to|sollen|soll)\s+)?(?:(?:das|dies|es|this"
    r"|it|that|den\s+text|the\s+text)\s+)?"
    r"(?:read|reads|lesen|liest|receive|receives|bekommen|bekommt|erhalten|erh" + AE + r"lt)\b",
    FLAGS,
)
READER_BEFORE = re.compile(
    r"(?<![\w-])(?:" + AUD_NOUN + "|" + JOB_NOUN + r"|(?:managing\s+)?directors?|leute|people|mitglieder|members)\s+$",
    FLAGS,
)
"""'Our two managing directors | will read this', 'Die Geschäftsführer | lesen das':
the readers as the subject of reading."""

AUDIENCE = (
    r"\b(?:f" + UE + r"r|fur|an|to|for)\s+(?:die|den|der|dem|unsere?[mnrs]?|meine?[mnrs]?|eure?[mnrs]?"
    r"|ihre?[mnrs]?|the|our|my|your)\s+(?:[\w-]+\s+)?" + JOB_NOUN + r"\b",
    r"\b(?:an\s+alle|an\s+euch\s+alle|to\s+everyone|to\s+everybody|to\s+all)\b(?!\s+(?:the|of)\b)",
    r"\b(?:zielgruppe\w*|target\s+(?:audience|group|readers?)|audience|leserschaft"
    r"|leser(?:innen)?|lesende|readers?|recipients?|empf"
    + AE
    + r"nger\w*|adressat\w*|richtet\s+sich\s+an|aimed\s+at|addressed\s+to|intended\s+for|geschrieben\s+f"
    + UE
    + "r|verst"
    + AE
    + r"ndlich\s+f"
    + UE
    + r"r|understandable\s+(?:for|to)|for\s+people\s+who|f"
    + UE
    + r"r\s+menschen,?\s+die|f"
    + UE
    + r"r\s+leute,?\s+die)\b",
    r"\b(?:(?:f" + UE + r"r|fur|to|for|towards|at)\s+(?!(?:one|each|every|a\s+single|jeden|jede|einen|einzelnen"
    r"|einzelne|pro|per|je)\b)"
    r"|an\s+(?=(?:frau|herrn?|kunde[n]?|kundin|die|den|das|dem|der|alle|unsere?\w*|meine?\w*"
    r"|ihre?\w*|eure?\w*|s"
    + AE
    + r"mtliche|jede\w*|einen|eine|einem|einer)\b))(?:[\w'-]+\s+){0,3}?"
    + AUD_NOUN
    + r"\b",
    r"\b(?:antworte\w*|schreib\w*|reply|respond|write)\s+(?:sie\s+)?(?:bitte\s+)?(?:ihm|ihr"
    r"|ihnen|to\s+(?:him|her|them))\b|\bfor\s+(?:him|her|them)\b|\b(?:an|to)\s+[\[{<]",
    r"\b(?:die|der|which|that)\s+(?:[\w-]+\s+){1,3}?(?:anspricht|anzusprechen|erreicht)\b"
    r"|\b(?:speaks?\s+to|appeals?\s+to|aimed\s+at|targeted\s+at|geared\s+towards?"
    r"|tailored\s+to|richtet\s+sich\s+an|gerichtet\s+an)\s+\w+",
    r"\b(?:erkl\w*|schreib\w*|sag\w*|zeig\w*|erz"
    + AE
    + r"hl\w*|beschreib\w*|explain|tell|show|describe)\s+(?:\w+\s+)?(?:unseren|den|meinen|allen"
    r"|dem|der|to\s+(?:our|the|my|all))\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\bvor\s+(?:dem|der|den|unserem|unserer|allen)\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\b(?:dem|unserem|meinem)\s+(?:kunden|kollegen|chef|vorgesetzten|team|bewerber|partner"
    r"|lieferanten|mitarbeiter|leser)\b",
    r"\b(?:als|as\s+an?|like\s+me,?\s+an?|an?|ein|eine)\s+(?:[\w-]+\s+)?[\w-]{0,40}(?:anf"
    + AE
    + r"nger\w*|einsteiger\w*|laie|beginner|novice|newbie|non-expert)\b",
    r"\b(?:anspricht|ansprechen|anzusprechen|erreicht|appeals?\s+to|speaks?\s+to|targets?"
    r"|aimed\s+at|tailored\s+to|geared\s+(?:to|towards))\s+(?:[\w-]+\s+){0,3}?" + AUD_NOUN + r"\b",
    r"(?<![\w-])"
    + AUD_NOUN
    + r"\s+(?:[\w-]+\s+){0,2}?(?:anspricht|ansprechen|anzusprechen|erreicht|erreichen|versteh\w*"
    r"|understand\w*|nachvollziehen)\b",
    r"\b(?:lesen|liest|bekommt|bekommen|erh"
    + AE
    + r"lt|erhalten)\s+(?:das|dies|es|den\s+text|die\s+mail)\s+(?:\w+\s+){0,3}?(?:unser\w*|die"
    r"|der|den|alle)\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\b(?:antworte|antworten\s+sie|schreibe|schreib|schreiben\s+sie|reply|respond"
    r"|write\s+back)\s+(?:bitte\s+)?(?:dem|der|unserem|unserer|meinem|meiner)\s+" + AUD_NOUN + r"\b",
    r"\b(?:die|der|unsere|the|our)\s+(?:leser\w*|empf"
    + AE
    + r"nger\w*|zuh"
    + OE
    + r"rer\w*|readers?|recipients?|audience)\b",
    r"\b(?:so\s+dass|sodass|damit|so\s+that)\s+(?:auch\s+|even\s+)?(?:ein|eine|jeder|jede|alle|a|an|any|every)?\s*"
    + AUD_NOUN,
)
