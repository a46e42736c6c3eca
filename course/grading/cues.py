"""German/English cue patterns shared by all checks (umlaut spellings, numbers) and those of the role."""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE | re.MULTILINE


def alt(*parts: str) -> str:
    """A non-capturing alternation of regex parts."""
    return "(?:" + "|".join(parts) + ")"


SS = "(?:ss|ß)"
AE, OE, UE = "(?:ä|ae|a)", "(?:ö|oe|o)", "(?:ü|ue|u)"
NUM = alt(
    r"\d+",
    r"\{[^{}\n]{1,20}\}",
    r"\[[^\[\]\n]{1,20}\]",
    r"<[^<>\n]{1,20}>",
    "ein",
    "eine[mnr]?",
    "zwei",
    "drei",
    "vier",
    "f" + UE + "nf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "zw" + OE + "lf",
    "zwanzig",
    "f" + UE + "nfzig",
    "hundert",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "fifty",
    "hundred",
)

# A person noun that names a job or expertise, also as the tail of a compound
# ("Marketingexpertin", "HR-Assistent", "senior copywriter").
ROLE_NOUN = (
    r"[\w-]{0,40}?"
    + alt(
        "expert",
        "exptert",
        "assisten",
        "berater",
        "referent",
        "spezialist",
        "manager",
        "redakteur",
        "texter",
        "autor",
        "coach",
        "trainer",
        "lehrer",
        "analyst",
        "jurist",
        "anw" + AE + "lt",
        "anwalt",
        "rechtsanw",
        "" + UE + "bersetzer",
        "lektor",
        "profi",
        "fachmann",
        "fachfrau",
        "fachkraft",
        "leiter",
        "leitung",
        "sachbearbeiter",
        "mitarbeiter",
        "kolleg",
        "sekret" + AE + "r",
        "journalist",
        "controller",
        "recruiter",
        "personaler",
        "ghostwriter",
        "writer",
        "editor",
        "specialist",
        "consultant",
        "advis[eo]r",
        "tutor",
        "lawyer",
        "translator",
        "marketer",
        "strategist",
        "planner",
        "officer",
        "agent",
        "representative",
        "secretary",
        "accountant",
        "buchhalter",
        "steuerberater",
        "engineer",
        "ingenieur",
        "developer",
        "entwickler",
        "designer",
        "director",
        "direktor",
        "professional",
        "guru",
        "kommunikator",
        "sprecher",
        "moderator",
        "stratege",
        "strategin",
        "verk" + AE + "ufer",
        "vertriebler",
        "kaufm" + AE + "nn",
        "kauffrau",
        "kaufmann",
        "pr" + UE + "fer",
        "auditor",
        "mentor",
        "dozent",
        "professor",
        "psycholog",
        "ki-assistent",
        "chatbot",
        "bot",
        "proofreader",
        "copy ?editor",
        "head of",
        "ceo",
        "cfo",
        "hr-",
        "recruiting",
        "support",
        "betreuer",
        "f" + UE + "hrer",
        "bearbeiter",
        "vertreter",
        "planer",
        "organisator",
        "koordinator",
        "kraft",
        "coordinator",
        "organi[sz]er",
        "taker",
        "keeper",
        "partner",
        "scientist",
        "researcher",
        "reviewer",
        "instructor",
        "clerk",
        "administrat",
        "expert",
        "spezialist",
        "fachmann",
        "counsel",
        "supervisor",
        "surveyor",
        "estimator",
    )
    + r"\w*|[\w-]{0,40}\bpro\b"
)
ROLE_NOUN = "(?:" + ROLE_NOUN + ")"

ROLE = (
    # "Du bist ...", "Sie sind ...", "Ihr seid ...", "You are ..."
    r"\b"
    + alt(
        r"du\s+(?:bist|bsit|bis|bit)",
        r"sie\s+sind",
        r"ihr\s+seid",
        r"you\s+are",
        "you're",
        "youre",
        r"your\s+(?=an?\s)",
        r"you\s+r",
    )
    + r"\s+(?:(?:jetzt|nun|ab\s+sofort|heute|hier|im\s+folgenden|in\s+diesem\s+chat|now|today|hereby)\s+)?"
    + alt(
        r"(?:ein|eine|einer|der|die|das|mein|meine|unser|unsere|a|an|the|my|our)\s+(?!\w+\s+(?:at|in|on)\b)",
        r"(?=(?:\w+\s+){0,2}?" + ROLE_NOUN + ")",
    ),
    # "Agiere als", "Handeln Sie als", "Act as", "Antworte als Kundenberaterin"
    r"\b"
    + alt(
        "agiere",
        "agier",
        "agieren",
        "handle",
        "handel",
        "handeln",
        "fungiere",
        "fungieren",
        "arbeite",
        "antworte",
        "antworten",
        "schreibe",
        "schreib",
        "schreiben",
        "sprich",
        "sprechen",
        "denke",
        "denk",
        "tritt",
        "act",
        "acting",
        "akt",
        "behave",
        "respond",
        "answer",
        "write",
        "reply",
        "speak",
        "think",
        "verhalte",
        "verhalten",
    )
    + r"(?:\s+sie)?(?:\s+(?:dich|sich|bitte|jetzt|please|now|immer|always))*\s+"
    + alt(
        r"als\s+(?!(?:\w+\s+)?(?:ob|wenn|e-?mail|mail|text|liste|tabelle|flie\w*|json|csv|markdown|stichpunkt\w*|aufz"
        + AE
        + r"hlung|absatz|satz)\b)",
        r"wie\s+(?:ein|eine)\w*\s+",
        r"as\s+(?:if\s+you\s+(?:were|are)\s+)?(?!(?:if|though|json|csv|markdown|plain|bullet\w*"
        r"|(?:an?|the)\s+(?:\w+\s+)?(?:list|table|bullet|email|e-mail|json|paragraph|sentence"
        r"|csv))\b)",
        r"like\s+(?:a|an)\s+",
    ),
    # "Versetze dich in die Rolle", "Stell dir vor, du bist", "Imagine you are"
    r"\bversetze?n?\s+(?:dich|sie\s+sich)\s+(?:bitte\s+)?in\b",
    r"\bstell(?:e|en)?\s+(?:dir|sie\s+sich)\s+vor,?\s+(?:du\s+(?:bist|w" + AE + r"rst)|sie\s+(?:sind|w" + AE + "ren))",
    r"\b(?:schl"
    + UE
    + "pfe?|schl"
    + UE
    + r"pfen\s+sie|"
    + UE
    + "bernimm|"
    + UE
    + r"bernehmen\s+sie|nimm|nehmen\s+sie)\s+(?:bitte\s+)?(?:\w+\s+){0,3}?rolle\b",
    r"\bin\s+(?:der|deiner|ihrer)\s+(?:\w+\s+)?rolle\b",
    r"\b(?:deine|ihre|eure)\s+rolle\b",
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:rolle|role|persona)[ \t]*:[ \t]*\S",
    r"\bsei\s+(?:ein|eine|mein|meine|unser|unsere)\b(?=\s+(?:\w+\s+){0,2}?" + ROLE_NOUN + ")",
    r"\bseien\s+sie\s+(?:ein|eine)\b",
    # a perspective: 'Picture yourself as …', 'Take the perspective of …', 'From the point of view of a …',
    # 'Aus Sicht eines …', 'Speaking as a …'
    r"\b(?:picture|see|think\s+of)\s+yourself\s+as\b"
    r"|\btake\s+the\s+(?:perspective|point\s+of\s+view|view)\s+of\b"
    r"|\bfrom\s+the\s+(?:point\s+of\s+view|perspective|viewpoint)\s+of\s+(?:an?|the|our)\b"
    r"|\b(?:aus\s+(?:der\s+)?sicht|aus\s+der\s+perspektive)\s+(?:eines|einer|des|der)\b"
    r"|\bspeaking\s+as\s+(?:an?|the|our)\b|\bbe\s+(?:[\w-]+\s+){0,2}?" + ROLE_NOUN + r"\b",
    # a standing function: 'You triage our helpdesk', 'Du sortierst unsere Störmeldungen',
    # 'You do the office work for …'
    r"(?:^|[.!?]\s+)(?:you|du)\s+(?!(?:are|were|can|could|should|must|will|would|may|might"
    r"|need|have|had|do|did|don't|know|musst|kannst|sollst|darfst|willst|hast|bist|wei"
    + SS
    + r"t|brauchst|want|wirst)\b)[a-z\u00e4\u00f6\u00fc\u00df]+(?:s|st|t)\s+(?:our|unsere\w*|the"
    r"|die|den|das|alle)\b|\byou\s+do\s+the\s+[\w-]+\s+work\b",
    # a noun right after 'du bist' / 'Sie sind' (with an adjective): 'Du bist MFA am Telefon',
    # 'Sie sind erfahrene Einkäuferin'
    r"\b(?:du\s+bist|(?-i:Sie)\s+sind"
    r"|ur) (?:(?-i:[a-z\u00e4\u00f6\u00fc]+(?:e|er|en"
    r"|es)) )?(?-i:[A-Z\u00c4\u00d6\u00dc])[\w-]+(?<!Teil)(?<!Schuld)(?<!Mitglied)\b"
    r"|\bur\s+(?:an?|the)\s+",
    # "Du bist Disponent bei ACME", "You are customer service at ACME", "Sie sind Sachbearbeiterin im Einkauf"
    r"\b(?:du\s+bist|sie\s+sind|you\s+are|you're)\s+(?:(?:ein|eine|der|die|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:bei|at|f"
    + UE
    + r"r|for|im|in\s+der|in\s+the|of|von|vom)\s+(?-i:[A-Z\u00c4\u00d6\u00dc])",
    r"\b(?:du\s+bist|sie\s+sind) "
    r"(?-i:[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+(?:ent|ant|eur|ist|oge|iker"
    r"|ler|ner|er|in))\b(?!\s+(?:ich|wir))",
    r"\b(?:you\s+are|you're)\s+(?:the\s+|our\s+|my\s+)?(?:customer\s+service|support|sales"
    r"|reception|front\s+desk|help\s*desk|dispatch|hr|it\s+support|marketing|accounting"
    r"|procurement|purchasing|logistics|legal|payroll)\b",
    r"\bimagine\s+(?:you\s+are|you're|yourself\s+as|being)\b",
    r"\bpretend\s+(?:to\s+be|you\s+are|you're)\b",
    r"\b(?:take|play|assume|adopt|step\s+into)\s+(?:on\s+)?(?:the\s+)?(?:role|shoes|persona)\b",
    r"\bin\s+the\s+role\s+of\b",
    r"\byour\s+role\b",
    r"\bput\s+yourself\s+in\b",
    r"\bbe\s+(?:a|an|my|our)\s+(?=(?:\w+\s+){0,2}?" + ROLE_NOUN + ")",
    # "Als erfahrene Personalreferentin ...", "As a senior copywriter, ..." (but not "As a team lead, I ...")
    r"(?:^|[.!?:;]\s*)(?:als|as)\s+(?:(?:an?|ein\w*|\w+)\s+){0,3}?"
    + ROLE_NOUN
    + r"(?![^.!?\n]{0,12}?\b(?:ich|i|i'm|i\s+am|i've|wir|we|we're"
    r"|we've)\b)(?![,:]?\s+(?:[\w-]+\s+){0,3}?(?:ich|i|wir|we|we're)\b)",
)
