"""German/English cue patterns shared by all checks (umlaut spellings, numbers) and those of role, task and context."""

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

ARTEFACT = (
    r"(?:\w{0,40}"
    + alt(
        "anzeige",
        "ausschreibung",
        "mail",
        "beitrag",
        "bericht",
        "protokoll",
        "zusammenfassung",
        "formel",
        "antwort",
        "brief",
        "nachricht",
        "post",
        "vorlage",
        "gr" + UE + SS + "e",
    )
    + r"|(?:[\w]+-)?"
    + alt(
        "post",
        "tweet",
        "beitrag",
        "anzeige",
        "ausschreibung",
        "protokoll",
        "zusammenfassung",
        "formel",
        "mail",
        "antwort",
        "text",
        "artikel",
        "summary",
        "minutes",
        "reply",
        "response",
        "formula",
        "ad",
        "posting",
        "caption",
        "newsletter",
        "bericht",
        "report",
        "agenda",
        "pr" + AE + "sentation",
        "presentation",
        "entwurf",
        "draft",
        "brief",
        "letter",
        "einladung",
        "invitation",
        "absage",
        "zusage",
        "vorschlag",
        "vorschl" + AE + "ge",
        "ideen",
        "ideas",
        "liste",
        "list",
        "tabelle",
        "table",
        "hilfe",
        "help",
        "erkl" + AE + "rung",
        "explanation",
        "" + UE + "bersetzung",
        "translation",
        "gliederung",
        "outline",
        "slogan",
        "headline",
        "titel",
        "title",
        "answer",
        "message",
        "nachricht",
        "statement",
        "stellungnahme",
        "idea",
        "code",
        "script",
        "email",
        "e-mail",
        "plan",
        "concept",
        "konzept",
        "rede",
        "speech",
        "template",
        "questions?",
        "\\w{0,40}fragen",
        "ideen",
        "ideas?",
        "vorschl" + AE + "ge",
        "suggestions?",
        "tipps?",
        "tips?",
        "titles?",
        "options?",
        "optionen",
        "argumente?",
        "arguments?",
        "namen",
        "names",
        "vorlage",
        "greetings?",
        "wishes",
        "gl" + UE + "ckw" + UE + "nsche",
    )
    + r")s?\b"
)

TASK_DE = (
    alt(
        "schreib",
        "erstell",
        "formulier",
        "verfass",
        "fass",
        "entwirf",
        "entwerf",
        UE + "bersetz",
        "erkl" + AE + "r",
        "analysier",
        "pr" + UE + "f",
        UE + "berpr" + UE + "f",
        "korrigier",
        "mach",
        "gib",
        "geben",
        "list",
        "nenn",
        "beantwort",
        "antwort",
        "hilf",
        "helfen",
        "generier",
        UE + "berarbeit",
        "verbesser",
        "k" + UE + "rz",
        "vergleich",
        "bewert",
        "schlag",
        "entwickl",
        "plan",
        "berechn",
        "sortier",
        "extrahier",
        "zeig",
        "find",
        "sammle",
        "sammel",
        "strukturier",
        "glieder",
        "beschreib",
        "bereit",
        "erg" + AE + "nz",
        "optimier",
        UE + "berleg",
        "identifizier",
        "priorisier",
        "ordne",
        "ordn",
        "notier",
        "skizzier",
        "formatier",
        "wandle",
        "wandel",
        "konvertier",
        "bau",
        "gestalt",
        "verwandel",
        "umschreib",
        "zusammenfass",
        "erarbeit",
        "fertig",
        "stell",
        "verbessere",
        "lies",
        "lest",
        "kl" + AE + "r",
        "ermittl",
        "z" + AE + "hl",
        "rechne",
        "red",
        "entwerfe",
        "erzeug",
        "sag",
        "ueberarbeit",
        "formulir",
        "erstel",
        "protokollier",
        "halte",
        "halt",
        "b" + UE + "ndl",
        "b" + UE + "ndel",
        "b" + UE + "ndeln",
        "such",
    )
    + r"(?:e|en|t|et)?\b"
)
TASK: tuple[str, ...] = (
    # not after a subject ('ich schreibe', 'we write'): one lookbehind per word length
    r"\b(?<!\b(?:ich|wir|man|sie|die|der|das|den|dem|des) )(?<!\b(?:er|we) )(?<!\bthey )(?<!\bi )"
    + TASK_DE
    + r"(?!\s+(?:wir|ich)\b)",
    # separable verbs: "Zieh aus dem Protokoll alle Termine heraus", "Ziehen Sie die Zahlen raus"
    r"\b(?<!\bwir )(?<!\bich )zieh(?:e|t|en\s+sie)?\b(?=[^.!?\n]{0,80}?\b(?:he)?raus\b)",
    r"\b(?:und|aber|daher|deshalb|also|und\s+jetzt)\s+(?:brauche|ben"
    + OE
    + r"tige|h"
    + AE
    + r"tte\s+gerne?|m"
    + OE
    + r"chte|w"
    + UE
    + r"nsche\s+mir)\b(?=[^.!?]{0,60}?"
    + ARTEFACT
    + ")",
    r"\b(?:ich|wir)\s+(?:brauche|brauchen|ben"
    + OE
    + "tige|ben"
    + OE
    + "tigen|m"
    + OE
    + "chte|m"
    + OE
    + "chten|h"
    + AE
    + "tte|h"
    + AE
    + "tten|w"
    + UE
    + "rde|w"
    + UE
    + "rden|will|wollen|w"
    + UE
    + r"nsche)\b(?=[^.!?]{0,60}?(?:\b(?:gern|gerne|bitte|von\s+dir|von\s+ihnen|unterst"
    + UE
    + r"tzung|dass\s+du)\b|"
    + ARTEFACT
    + "))",
    r"\b(?:brauche|br"
    + AE
    + r"uchte|ben"
    + OE
    + r"tige|h"
    + AE
    + r"tte|m"
    + OE
    + r"chte|w"
    + UE
    + r"nsche)\s+ich\b(?=[^.!?]{0,60}?(?:\b(?:gern|gerne|bitte|von\s+dir)\b|"
    + ARTEFACT
    + "))",
    r"\b(?:kannst|k" + OE + r"nntest|w" + UE + r"rdest|magst)\s+du\b",
    r"\b(?:k" + OE + "nnen|k" + OE + "nnten|w" + UE + r"rden)\s+sie\b(?!\s+sich)",
    r"\b(?:deine|ihre|eure)\s+aufgabe\b",
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:aufgabe|auftrag|task|todo|to-do)[ \t]*:[ \t]*\S",
    (
        r"(?:^|[,.!?:;\-]\s*|\b(?:please|pls|plz|kindly|then|and|now|also|just|only|to|you|me|pleas)\s+)"
        r"(?:write|create|draft|summari[sz]e|sumarize|summerize|translate|explain|analy[sz]e"
        r"|review|check|correct|list|give|"
        r"generate|rewrite|improve|compose|prepare|suggest|propose|outline|make|produce|formulate|answer|reply|"
        r"respond|help|compare|evaluate|rate|calculate|sort|extract|find|identify|turn|convert|shorten|edit|"
        r"proofread|structure|design|build|plan|describe|tell|show|fix|provide|put|craft|come\s+up|draw\s+up|"
        r"condense|sum\s+up|go\s+over|read|note|highlight|recommend|pick|choose|name|tweak|polish|adapt|"
        r"adjust|update|convince|announce|invite|thank|apologi[sz]e|pull|get|take|draw|gather"
        r"|collect|group|organi[sz]e|"
        r"prioriti[sz]e|rank|classify|categori[sz]e|simplify|clarify|rephrase|paraphrase|reword|expand|elaborate|"
        r"brainstorm|send|post|tweet|fill|complete|finish|continue|use|decline|thank|welcome"
        r"|remind|walk|guide|coach|teach|go\s+through|analy[sz]e|cut|trim|merge|split|check|"
        r"label|tag|bundle|cluster|match|pull\s+out)\b"
    ),
    r"\b(?:i|we)\s+(?:need|want|would\s+like|'d\s+like|am\s+looking\s+for"
    r"|require)\b(?=[^.!?]{0,60}?(?:\b(?:you|your|some\s+help)\b|" + ARTEFACT + "))",
    r"\b\w++(?=[\"'\u201c\u201d)\]]?\s*\?)",
    r"\bbitte\b",
    r"\b(?:please|pls|plz)\b",
    r"\A\s*(?!(?:in|im|aus|von|vom|bei|mit|from|the|der|die|das|unser\w*|our|my|mein\w*)\b)(?:[\w-]+\s+){0,2}?"
    + ARTEFACT,
    r"\b(?:can|could|would|will)\s+you\b",
    r"\byour\s+(?:task|job|assignment)\b",
    r"\bhelp\s+me\b",
    r"\bi'?d\s+like\s+you\b",
)

TASK = TASK + (
    # 'Ich brauche eine Idee …', 'I need a simple rota …', 'need invoice wording …'
    r"\b(?:ich|wir)\s+(?:brauche|brauch|brauchen|ben"
    + OE
    + r"tige|ben"
    + OE
    + r"tigen|h"
    + AE
    + r"tte\s+gerne?|m"
    + OE
    + r"chte)\s+(?:ein|eine|einen|mal|dringend|noch|schnell|bis|heute|morgen|f"
    + UE
    + r"r)\b"
    r"|\b(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)\s+(?:a|an|some|the|to|your|help"
    r"|ideas?|advice)\b|^[ \t]*(?:need|want)\s+\w",
    # a question without its question mark: 'whats the difference …', 'Was bedeutet diese Klausel: …'
    r"(?:^|[.!?]\s+)[ \t]*(?:was\s+(?:bedeutet|bedeuten|ist|sind|hei"
    + SS
    + r"t|heisst|kostet|mache|tue|soll|sollen|muss|kann)"
    r"|wie\s+(?:viel|viele|lange|kann|mache|soll|funktioniert|geht|rechne|buche)|"
    r"welche[rsnm]?\s+\w+\s+(?:brauche|muss|soll|sollte)|whats|what's"
    r"|what\s+(?:is|are|does|do|should|can|would)"
    r"|how\s+(?:do|does|can|should|much|many|long|would)|"
    r"which\s+\w+\s+(?:do|should|must)|why\s+(?:do|does|is|are))\b",
    r"\b(?:wie\s+viel\w*|how\s+(?:much|many))\b[^.!?\n]{0,60}?\b(?:muss|soll|brauche|need|should|must)\b",
    r"(?:^|[,.!?:;\-]\s*|\b(?:please|then|and|now|just|you)\s+)(?:do|decide|work\s+out"
    r"|work\s+in|think|justify|categori[sz]e|assess|check|review|plan)\b",
    r"(?:^|[.!?]\s+)[ \t]*(?:denk\w*|kategorisier\w*|entscheide\w*|beurteile\w*|bewerte\w*|begr"
    + UE
    + r"nde\w*|rechne\w*|kalkulier\w*)\b",
    r"\b(?:can|could)\s+u\b",
    r"(?:^|[.!?:]\s+)[ \t*-]*(?:save|optimi[sz]e|assign|return|derive|spar|bring|organisier\w*|erl"
    + AE
    + r"uter\w*|berate?|kl"
    + AE
    + r"re)\b",
    # a formal imperative: 'Erläutern Sie …', 'Prüfen Sie …' (not 'Sie sind …')
    r"(?:^|[.!?:]\s+)(?-i:[A-Z\u00c4\u00d6\u00dc])\w+en\s+(?-i:Sie)\b(?!\s+(?:sind|haben|werden|k"
    + OE
    + r"nnen|m"
    + UE
    + r"ssen|sollen|d"
    + UE
    + r"rfen|wollen|hatten|waren|sicher)\b)",
)

CONTEXT = (
    r"\b(?:hintergrund|kontext|ausgangslage|ausgangssituation|situation|sachverhalt|anlass"
    r"|background|context|situation)\b",
    r"\b(?:wir\s+(?:sind|haben|hatten|suchen|planen|m"
    + OE
    + r"chten|wollen|brauchen|bieten|verkaufen|arbeiten|betreuen|entwickeln|stellen|f"
    + UE
    + r"hren|hatten|bekommen|erhalten|beraten|produzieren|b"
    + UE
    + r"ndeln|sammeln|exportieren|erfassen|pflegen)"
    r"|we\s+(?:are|have|had|need|plan|want|offer|sell|run|make|provide|work|just|recently|got"
    r"|received|launched|hire|are\s+hiring)|we're|we've)\b",
    r"\b(?:ich\s+(?:bin|arbeite|leite|habe|hatte|betreue|organisiere|verantworte|sitze|bekomme"
    r"|muss|soll|schreibe\s+regelm)"
    r"|i\s+(?:am|work|run|lead|manage|have|had|look\s+after|organi[sz]e|must|got|received)|i'm"
    r"|i've)\b(?!\s+(?:mir\s+)?(?:nicht\s+sicher|unsicher|not\s+sure)\b)",
    r"\b(?:unser|unsere|unserem|unseren|unserer|unseres|our|mein|meine|meinem|meinen|meiner"
    r"|my)\s+(?:[\w-]+\s+){0,4}?(?:ist|sind|hat|haben|hatte|sucht|suchen|war|waren|wird|bietet"
    r"|verkauft|liefert|steht|stehen|enth"
    + AE
    + r"lt|liefert|is|are|has|have|had|was|were|needs|sells|offers|wants|holds|contains|returns"
    r"|gives|runs|ran|won|launched|opened|celebrated|raised|hired|moved|finished|started|did"
    r"|made|got|received|met|took|came|went|decided|agreed|discussed|shows|works|keeps|stopped"
    r"|failed|doesn't|does\s+not|won't|can't|isn't|aren't|hat|gewann|feierte|"
    + AE
    + r"ffnet|er"
    + OE
    + r"ffnete|zeigt|zeigen|funktioniert|l"
    + AE
    + r"uft|gibt|beschlossen|entschieden|tagte)\b",
    r"\b(?:als|as)\s+(?:an?\s+|ein\w*\s+)?"
    + ROLE_NOUN
    + r"(?:\s+[\w-]+){0,3}?[,:]?\s+(?:[\w-]+\s+){0,2}?(?:ich|i|wir|we)\b",
    r"\b(?:habe|hab|bekomme|arbeite|leite|betreue|organisiere|verantworte|bin|hatte|hatten"
    r"|haben|sind|arbeiten|suchen|planen|betreuen|er"
    + OE
    + r"ffnen|starten|ziehen|stellen|bauen|liefern|verkaufen|nutzen|waren|bieten|expandieren|feiern|f"
    + UE
    + r"hren|betreiben|halte|moderiere|koordiniere)\s+(?:ich|wir)\b",
    r"\bich\s+(?!(?:brauche|m"
    + OE
    + r"chte|w"
    + UE
    + r"rde|h"
    + AE
    + r"tte|bitte|wei"
    + SS
    + r"|denke|glaube|frage|w"
    + UE
    + r"nsche|will|suche)\b)\w+e\b",
    r"\bi\s+(?!(?:need|want|would|wonder|think|guess|hope|know|don't|do|mean|am\s+not|can"
    r"|could|will|shall|should|may|might|must)\b)(?:chair|host|coordinate|moderate|oversee"
    r"|handle|manage|took|run|ran|lead|led|own|wrote|got|received|sent|started|joined"
    r"|organi[sz]e|look\s+after|present|spoke|talked|met|attended|collected|built|made|tried"
    r"|used)\b",
    r"\bwe\s+(?:\w+\s+)?(?:open|opened|close|closed|launch|launched|start|started|expand"
    r"|expanding|move|moved|hire|hiring|ship|deliver|serve|support|use|met|decided|agreed|won"
    r"|celebrated|raised|ran|sold|built|introduced|changed|switched|lost|grew|pull|pulled"
    r"|group|grouped|bundle|bundled|send|collect|collected|export|exported|compile|compiled"
    r"|track|tracked)\b",
    r"\b(?:hat|haben|has|have)\s+(?:mich|uns|me|us)\s+(?:\w+\s+){0,6}?(?:gebeten|beauftragt"
    r"|gefragt|asked|requested)\b|\basked\s+(?:me|us)\s+to\b",
    r"\b(?:seit|since)\s+(?:dem|der|den|the|last|yesterday|gestern|letzte\w*|vorige\w*|\d)",
    r"\b(?:unser|unsere|mein|meine)\s+(?:[\w-]+\s+)(?:\w+t)\b(?<!nicht)",
    r"\b(?:teilnehmende|teilnehmer(?:innen)?|anwesende|attendees|participants)\s*:",
    r"\b(?:last|letzte[nrs]?|vorige[nrs]?|am\s+vergangenen|this\s+past)\s+(?:week|month|year"
    r"|quarter|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|woche|monat"
    r"|jahr|quartal|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b",
    r"\b(?:in|bei|at|for|f" + UE + r"r)\s+(?:einem|einer|unserem|unserer|an?"
    r"|our)\s+(?:[\w-]+\s+){0,3}?[\w-]{0,40}(?:unternehmen|betrieb|firma|konzern|mittelst"
    + AE
    + r"ndler|company|firm|business|organi[sz]ation|startup|start-up|agentur|agency|kanzlei"
    r"|praxis|verein|shop|hospital|klinik|beh" + OE + r"rde|verwaltung|plant|factory|werk)\b",
    r"\b(?:der|die|das|dieser|diese|the|this)\s+(?:[\w-]+\s+)?[\w-]{0,40}(?:bericht|report"
    r"|text|studie|study|mail|artikel|article|dokument|document|pr" + UE + r"fbericht|liste|list|tabelle|sheet|datei"
    r"|file)(?:\s+(?:der|des|von|vom|of|from)\s+[\w-]+)?\s+(?:behandelt|handelt|beschreibt"
    r"|enth" + AE + r"lt|zeigt|hat|umfasst|liegt\s+vor|kam|ist\s+\d|covers|describes|is\s+about|contains"
    r"|deals\s+with|has|came\s+in|arrived|holds|shows)\b",
    r"\b(?:notes|notizen|stichpunkte|mitschrift\w*)\s+(?:from|of|aus|vom|von)\s+(?:the|our|my"
    r"|dem|der|unserem|unserer|meinem|meiner|today's|yesterday's|monday's|tuesday's"
    r"|wednesday's|thursday's|friday's)?\s*(?:[\w-]+\s+[\w-]{0,40}|[\w-]{3,})(?:meeting"
    r"|besprechung|sitzung|runde|workshop|call|telefonat|gespr" + AE + r"ch|treffen|konferenz|jour\s+fixe)",
    r"\b(?:es\s+geht\s+um|geht\s+es\s+um|thema\s+ist|it's\s+about|this\s+is\s+about)\b",
    r"\b(?:ziel\s+(?:ist|des|der|:)|das\s+ziel|unser\s+ziel|zweck|the\s+goal|our\s+goal"
    r"|goal\s+is|the\s+aim|purpose|weil|because|since\s+we|da\s+wir|da\s+ich|da\s+die"
    r"|da\s+der)\b",
    r"\b(?:hier\s+sind\s+(?:meine|unsere|die)\s+[\w-]+\s+(?:aus|vom|von)"
    r"|below\s+(?:are|is)\s+(?:my|our|the)\s+[\w\s-]{0,20}?(?:from|of)\b"
    r"|here\s+(?:are|is)\s+(?:my|our|the)\s+[\w\s-]{0,20}?(?:from|of)\b)",
    r"(?<![\w-])[\w-]{0,40}(?:meeting|besprechung|sitzung|runde|workshop|call|telefonat|gespr"
    + AE
    + r"ch|treffen|jour\s+fixe|konferenz)\s+(?:vom|am|von\s+gestern|from|on|last|yesterday|this)\b",
    r"\b(?:aus|from|in|bei|at)\s+(?:dem|der|unserem|unserer|unserem|the|our|my|meinem"
    r"|meiner)?\s*(?:\w+\s+)?[\w-]{0,40}(?:meeting|besprechung|sitzung|runde|treffen"
    r"|jour\s+fixe|huddle|session)\s+(?:vom|am|von|from|on|last|yesterday|this|today|heute"
    r"|gestern|about|zu|zur|zum)\b",
    r"\b(?:aus|from|at)\s+(?:unserem|unserer|our|today's|yesterday's|last\s+week's|monday's"
    r"|tuesday's|wednesday's|thursday's|friday's)\s+(?:\w+\s+)?[\w-]{0,40}(?:meeting"
    r"|besprechung|sitzung|runde|treffen|jour\s+fixe|huddle|session|call)\b",
    r"\b(?:gestern|letzte[nr]?\s+woche|vorige\s+woche|heute\s+morgen|n"
    + AE
    + r"chste[nr]?\s+woche|yesterday|last\s+(?:week|month|friday|monday)|next\s+(?:week|month)"
    r"|this\s+morning|tomorrow|tomorrow's|(?:am|this|next|dieses|n"
    + AE
    + r"chstes)\s+(?:wochenende|weekend)|(?<!guten\s)morgen|"
    + UE
    + r"bermorgen|(?:next|n"
    + AE
    + r"chste[nrs]?|kommende[nrs]?)\s+(?:monday|tuesday|wednesday|thursday|friday|montag"
    r"|dienstag|mittwoch|donnerstag|freitag)"
    r"|am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    r"\b(?:hat|haben|hatte)\s+sich\s+(?:\w+\s+){0,3}?beschwert|\bbeschwert\b|\breklamiert\b"
    r"|\bcomplained\b|\bhas\s+complained\b",
    r"\b(?:(?:der|die|eine?|unser|unsere|the|a|an|our)\s+)?(?:kunde|kundin|kunden|customer"
    r"|client|firma|company|chef|chefin|boss|vorgesetzte|team|bewerber\w*|applicant|partner"
    r"|lieferant|supplier|board|vorstand|management|gesch"
    + AE
    + r"ftsf"
    + UE
    + r"hrung|gesch"
    + AE
    + r"ftsleitung|ceo|abteilung|department|h"
    + AE
    + r"ndler|retailer|dealer|reseller|interessent\w*|prospect|mieter|tenant|patient\w*|gast|guest|b"
    + UE
    + r"rger|citizen)\s+(?:hat|haben|ist|sind|war|schreibt|schrieb|fragt|fragte|m"
    + OE
    + r"chte|will|wartet|beschwert|has|have|is|are|was|wrote|writes|asks|asked|wants|wanted"
    r"|requested|is\s+waiting|complained|will|wants|needs|braucht|verlangt|fordert|demands"
    r"|requests)\b",
    r"\b(?:in\s+(?:meiner|unserer)\s+(?:excel-?)?(?:tabelle|liste|datei|mappe)"
    r"|in\s+(?:my|our)\s+(?:excel\s+)?(?:spreadsheet|sheet|workbook|file|table)"
    r"|spalte\s+[a-z]{1,2}\b|column\s+[a-z]{1,2}\b|zellen?\s+[a-z]{1,2}\d)",
)
