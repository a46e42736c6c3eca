"""German and English cue patterns for the structure checks (role, task, format, ...)."""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE | re.MULTILINE


def alt(*parts: str) -> str:
    """A non-capturing alternation of regex parts."""
    return "(?:" + "|".join(parts) + ")"


SS = "(?:ss|ß)"
AE, OE, UE = "(?:ä|ae|a)", "(?:ö|oe|o)", "(?:ü|ue|u)"
NUM = alt(r"\d+", r"\{[^{}\n]{1,20}\}", r"\[[^\[\]\n]{1,20}\]", r"<[^<>\n]{1,20}>", "ein", "eine[mnr]?", "zwei", "drei", "vier", "f" + UE + "nf", "sechs", "sieben", "acht",
          "neun", "zehn", "zw" + OE + "lf", "zwanzig", "f" + UE + "nfzig", "hundert", "one", "two", "three",
          "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "fifty", "hundred")

# A person noun that names a job or expertise, also as the tail of a compound
# ("Marketingexpertin", "HR-Assistent", "senior copywriter").
ROLE_NOUN = r"[\w-]{0,40}?" + alt(
    "expert", "exptert", "assisten", "berater", "referent", "spezialist", "manager", "redakteur",
    "texter", "autor", "coach", "trainer", "lehrer", "analyst", "jurist", "anw" + AE + "lt", "anwalt",
    "rechtsanw", "" + UE + "bersetzer", "lektor", "profi", "fachmann", "fachfrau", "fachkraft",
    "leiter", "leitung", "sachbearbeiter", "mitarbeiter", "kolleg", "sekret" + AE + "r", "journalist",
    "controller", "recruiter", "personaler", "ghostwriter", "writer", "editor", "specialist",
    "consultant", "advis[eo]r", "tutor", "lawyer", "translator", "marketer", "strategist", "planner",
    "officer", "agent", "representative", "secretary", "accountant", "buchhalter", "steuerberater",
    "engineer", "ingenieur", "developer", "entwickler", "designer", "director", "direktor",
    "professional", "guru", "kommunikator", "sprecher", "moderator", "stratege", "strategin",
    "verk" + AE + "ufer", "vertriebler", "kaufm" + AE + "nn", "kauffrau", "kaufmann", "pr" + UE + "fer",
    "auditor", "mentor", "dozent", "professor", "psycholog", "ki-assistent", "chatbot", "bot",
    "proofreader", "copy ?editor", "head of", "ceo", "cfo", "hr-", "recruiting", "support",
    "betreuer", "f" + UE + "hrer", "bearbeiter", "vertreter", "planer", "organisator", "koordinator", "kraft",
    "coordinator", "organi[sz]er", "taker", "keeper", "partner", "scientist", "researcher", "reviewer",
    "instructor", "clerk", "administrat", "expert", "spezialist", "fachmann", "counsel", "supervisor", "surveyor", "estimator",
) + r"\w*|[\w-]{0,40}\bpro\b"
ROLE_NOUN = "(?:" + ROLE_NOUN + ")"

ROLE = (
    # "Du bist ...", "Sie sind ...", "Ihr seid ...", "You are ..."
    r"\b" + alt(r"du\s+(?:bist|bsit|bis|bit)", r"sie\s+sind", r"ihr\s+seid", r"you\s+are", "you're",
                "youre", r"your\s+(?=an?\s)", r"you\s+r")
    + r"\s+(?:(?:jetzt|nun|ab\s+sofort|heute|hier|im\s+folgenden|in\s+diesem\s+chat|now|today|hereby)\s+)?"
    + alt(r"(?:ein|eine|einer|der|die|das|mein|meine|unser|unsere|a|an|the|my|our)\s+(?!\w+\s+(?:at|in|on)\b)",
          r"(?=(?:\w+\s+){0,2}?" + ROLE_NOUN + ")"),
    # "Agiere als", "Handeln Sie als", "Act as", "Antworte als Kundenberaterin"
    r"\b" + alt("agiere", "agier", "agieren", "handle", "handel", "handeln", "fungiere", "fungieren",
                "arbeite", "antworte", "antworten", "schreibe", "schreib", "schreiben", "sprich", "sprechen",
                "denke", "denk", "tritt", "act", "acting", "akt", "behave", "respond", "answer", "write", "reply",
                "speak", "think", "verhalte", "verhalten")
    + r"(?:\s+sie)?(?:\s+(?:dich|sich|bitte|jetzt|please|now|immer|always))*\s+"
    + alt(r"als\s+(?!(?:\w+\s+)?(?:ob|wenn|e-?mail|mail|text|liste|tabelle|flie\w*|json|csv|markdown|stichpunkt\w*|aufz" + AE + r"hlung|absatz|satz)\b)", r"wie\s+(?:ein|eine)\w*\s+", r"as\s+(?:if\s+you\s+(?:were|are)\s+)?(?!(?:if|though|json|csv|markdown|plain|bullet\w*|(?:an?|the)\s+(?:\w+\s+)?(?:list|table|bullet|email|e-mail|json|paragraph|sentence|csv))\b)", r"like\s+(?:a|an)\s+"),
    # "Versetze dich in die Rolle", "Stell dir vor, du bist", "Imagine you are"
    r"\bversetze?n?\s+(?:dich|sie\s+sich)\s+(?:bitte\s+)?in\b",
    r"\bstell(?:e|en)?\s+(?:dir|sie\s+sich)\s+vor,?\s+(?:du\s+(?:bist|w" + AE + r"rst)|sie\s+(?:sind|w" + AE + "ren))",
    r"\b(?:schl" + UE + "pfe?|schl" + UE + r"pfen\s+sie|" + UE + "bernimm|" + UE + r"bernehmen\s+sie|nimm|nehmen\s+sie)\s+(?:bitte\s+)?(?:\w+\s+){0,3}?rolle\b",
    r"\bin\s+(?:der|deiner|ihrer)\s+(?:\w+\s+)?rolle\b", r"\b(?:deine|ihre|eure)\s+rolle\b", r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:rolle|role|persona)[ \t]*:[ \t]*\S",
    r"\bsei\s+(?:ein|eine|mein|meine|unser|unsere)\b(?=\s+(?:\w+\s+){0,2}?" + ROLE_NOUN + ")",
    r"\bseien\s+sie\s+(?:ein|eine)\b",
    # a perspective: 'Picture yourself as …', 'Take the perspective of …', 'From the point of view of a …', 'Aus Sicht eines …', 'Speaking as a …'
    r"\b(?:picture|see|think\s+of)\s+yourself\s+as\b|\btake\s+the\s+(?:perspective|point\s+of\s+view|view)\s+of\b|\bfrom\s+the\s+(?:point\s+of\s+view|perspective|viewpoint)\s+of\s+(?:an?|the|our)\b"
    r"|\b(?:aus\s+(?:der\s+)?sicht|aus\s+der\s+perspektive)\s+(?:eines|einer|des|der)\b|\bspeaking\s+as\s+(?:an?|the|our)\b|\bbe\s+(?:[\w-]+\s+){0,2}?" + ROLE_NOUN + r"\b",
    # a standing function: 'You triage our helpdesk', 'Du sortierst unsere Störmeldungen', 'You do the office work for …'
    r"(?:^|[.!?]\s+)(?:you|du)\s+(?!(?:are|were|can|could|should|must|will|would|may|might|need|have|had|do|did|don't|know|musst|kannst|sollst|darfst|willst|hast|bist|wei" + SS + r"t|brauchst|want|wirst)\b)[a-z\u00e4\u00f6\u00fc\u00df]+(?:s|st|t)\s+(?:our|unsere\w*|the|die|den|das|alle)\b|\byou\s+do\s+the\s+[\w-]+\s+work\b",
    # a noun right after 'du bist' / 'Sie sind' (with an adjective): 'Du bist MFA am Telefon', 'Sie sind erfahrene Einkäuferin'
    r"\b(?:du\s+bist|(?-i:Sie)\s+sind|ur) (?:(?-i:[a-z\u00e4\u00f6\u00fc]+(?:e|er|en|es)) )?(?-i:[A-Z\u00c4\u00d6\u00dc])[\w-]+(?<!Teil)(?<!Schuld)(?<!Mitglied)\b|\bur\s+(?:an?|the)\s+",
    # "Du bist Disponent bei ACME", "You are customer service at ACME", "Sie sind Sachbearbeiterin im Einkauf"
    r"\b(?:du\s+bist|sie\s+sind|you\s+are|you're)\s+(?:(?:ein|eine|der|die|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:bei|at|f" + UE + r"r|for|im|in\s+der|in\s+the|of|von|vom)\s+(?-i:[A-Z\u00c4\u00d6\u00dc])",
    r"\b(?:du\s+bist|sie\s+sind) (?-i:[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+(?:ent|ant|eur|ist|oge|iker|ler|ner|er|in))\b(?!\s+(?:ich|wir))",
    r"\b(?:you\s+are|you're)\s+(?:the\s+|our\s+|my\s+)?(?:customer\s+service|support|sales|reception|front\s+desk|help\s*desk|dispatch|hr|it\s+support|marketing|accounting|procurement|purchasing|logistics|legal|payroll)\b",
    r"\bimagine\s+(?:you\s+are|you're|yourself\s+as|being)\b", r"\bpretend\s+(?:to\s+be|you\s+are|you're)\b",
    r"\b(?:take|play|assume|adopt|step\s+into)\s+(?:on\s+)?(?:the\s+)?(?:role|shoes|persona)\b",
    r"\bin\s+the\s+role\s+of\b", r"\byour\s+role\b", r"\bput\s+yourself\s+in\b",
    r"\bbe\s+(?:a|an|my|our)\s+(?=(?:\w+\s+){0,2}?" + ROLE_NOUN + ")",
    # "Als erfahrene Personalreferentin ...", "As a senior copywriter, ..." (but not "As a team lead, I ...")
    r"(?:^|[.!?:;]\s*)(?:als|as)\s+(?:(?:an?|ein\w*|\w+)\s+){0,3}?" + ROLE_NOUN
    + r"(?![^.!?\n]{0,12}?\b(?:ich|i|i'm|i\s+am|i've|wir|we|we're|we've)\b)(?![,:]?\s+(?:[\w-]+\s+){0,3}?(?:ich|i|wir|we|we're)\b)",
)

ARTEFACT = r"(?:\w{0,40}" + alt("anzeige", "ausschreibung", "mail", "beitrag", "bericht", "protokoll", "zusammenfassung",
                             "formel", "antwort", "brief", "nachricht", "post", "vorlage", "gr" + UE + SS + "e") + r"|(?:[\w]+-)?" + alt(
    "post", "tweet", "beitrag", "anzeige", "ausschreibung", "protokoll", "zusammenfassung", "formel", "mail",
    "antwort", "text", "artikel", "summary", "minutes", "reply", "response", "formula", "ad", "posting", "caption",
    "newsletter", "bericht", "report", "agenda", "pr" + AE + "sentation", "presentation", "entwurf", "draft",
    "brief", "letter", "einladung", "invitation", "absage", "zusage", "vorschlag", "vorschl" + AE + "ge",
    "ideen", "ideas", "liste", "list", "tabelle", "table", "hilfe", "help", "erkl" + AE + "rung", "explanation",
    "" + UE + "bersetzung", "translation", "gliederung", "outline", "slogan", "headline", "titel", "title",
    "answer", "message", "nachricht", "statement", "stellungnahme", "idea", "code", "script", "email", "e-mail",
    "plan", "concept", "konzept", "rede", "speech", "template", "questions?", "\\w{0,40}fragen", "ideen", "ideas?", "vorschl" + AE + "ge",
    "suggestions?", "tipps?", "tips?", "titles?", "options?", "optionen", "argumente?", "arguments?", "namen", "names", "vorlage", "greetings?", "wishes", "gl" + UE + "ckw" + UE + "nsche",
) + r")s?\b"

TASK_DE = alt(
    "schreib", "erstell", "formulier", "verfass", "fass", "entwirf", "entwerf", UE + "bersetz", "erkl" + AE + "r",
    "analysier", "pr" + UE + "f", UE + "berpr" + UE + "f", "korrigier", "mach", "gib", "geben", "list", "nenn",
    "beantwort", "antwort", "hilf", "helfen", "generier", UE + "berarbeit", "verbesser", "k" + UE + "rz",
    "vergleich", "bewert", "schlag", "entwickl", "plan", "berechn", "sortier", "extrahier", "zeig", "find",
    "sammle", "sammel", "strukturier", "glieder", "beschreib", "bereit", "erg" + AE + "nz", "optimier",
    UE + "berleg", "identifizier", "priorisier", "ordne", "ordn", "notier", "skizzier", "formatier",
    "wandle", "wandel", "konvertier", "bau", "gestalt", "verwandel", "umschreib", "zusammenfass",
    "erarbeit", "fertig", "stell", "verbessere", "lies", "lest", "kl" + AE + "r", "ermittl", "z" + AE + "hl",
    "rechne", "red", "entwerfe", "erzeug", "sag", "ueberarbeit", "formulir", "erstel", "protokollier", "halte", "halt",
    "b" + UE + "ndl", "b" + UE + "ndel", "b" + UE + "ndeln", "such",
) + r"(?:e|en|t|et)?\b"
TASK = (
    r"\b(?<!\bich )(?<!\bwir )(?<!\bman )(?<!\ber )(?<!\bsie )(?<!\bdie )(?<!\bder )(?<!\bdas )(?<!\bden )(?<!\bdem )(?<!\bdes )(?<!\bwe )(?<!\bthey )(?<!\bi )"
    + TASK_DE + r"(?!\s+(?:wir|ich)\b)",
    # separable verbs: "Zieh aus dem Protokoll alle Termine heraus", "Ziehen Sie die Zahlen raus"
    r"\b(?<!\bwir )(?<!\bich )zieh(?:e|t|en\s+sie)?\b(?=[^.!?\n]{0,80}?\b(?:he)?raus\b)",
    r"\b(?:und|aber|daher|deshalb|also|und\s+jetzt)\s+(?:brauche|ben" + OE + r"tige|h" + AE + r"tte\s+gerne?|m" + OE + r"chte|w" + UE + r"nsche\s+mir)\b(?=[^.!?]{0,60}?" + ARTEFACT + ")",
    r"\b(?:ich|wir)\s+(?:brauche|brauchen|ben" + OE + "tige|ben" + OE + "tigen|m" + OE + "chte|m" + OE + "chten|h" + AE + "tte|h" + AE + "tten|w" + UE + "rde|w" + UE + "rden|will|wollen|w" + UE + r"nsche)\b(?=[^.!?]{0,60}?(?:\b(?:gern|gerne|bitte|von\s+dir|von\s+ihnen|unterst" + UE + r"tzung|dass\s+du)\b|" + ARTEFACT + "))",
    r"\b(?:brauche|br" + AE + r"uchte|ben" + OE + r"tige|h" + AE + r"tte|m" + OE + r"chte|w" + UE + r"nsche)\s+ich\b(?=[^.!?]{0,60}?(?:\b(?:gern|gerne|bitte|von\s+dir)\b|" + ARTEFACT + "))",
    r"\b(?:kannst|k" + OE + r"nntest|w" + UE + r"rdest|magst)\s+du\b", r"\b(?:k" + OE + "nnen|k" + OE + "nnten|w" + UE + r"rden)\s+sie\b(?!\s+sich)",
    r"\b(?:deine|ihre|eure)\s+aufgabe\b", r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:aufgabe|auftrag|task|todo|to-do)[ \t]*:[ \t]*\S",
    (r"(?:^|[,.!?:;\-]\s*|\b(?:please|pls|plz|kindly|then|and|now|also|just|only|to|you|me|pleas)\s+)"
    r"(?:write|create|draft|summari[sz]e|sumarize|summerize|translate|explain|analy[sz]e|review|check|correct|list|give|"
    r"generate|rewrite|improve|compose|prepare|suggest|propose|outline|make|produce|formulate|answer|reply|"
    r"respond|help|compare|evaluate|rate|calculate|sort|extract|find|identify|turn|convert|shorten|edit|"
    r"proofread|structure|design|build|plan|describe|tell|show|fix|provide|put|craft|come\s+up|draw\s+up|"
    r"condense|sum\s+up|go\s+over|read|note|highlight|recommend|pick|choose|name|tweak|polish|adapt|"
    r"adjust|update|convince|announce|invite|thank|apologi[sz]e|pull|get|take|draw|gather|collect|group|organi[sz]e|"
    r"prioriti[sz]e|rank|classify|categori[sz]e|simplify|clarify|rephrase|paraphrase|reword|expand|elaborate|"
    r"brainstorm|send|post|tweet|fill|complete|finish|continue|use|decline|thank|welcome|remind|walk|guide|coach|teach|go\s+through|analy[sz]e|cut|trim|merge|split|check|"
    r"label|tag|bundle|cluster|match|pull\s+out)\b"),
    r"\b(?:i|we)\s+(?:need|want|would\s+like|'d\s+like|am\s+looking\s+for|require)\b(?=[^.!?]{0,60}?(?:\b(?:you|your|some\s+help)\b|" + ARTEFACT + "))",
    r"\b\w++(?=[\"'\u201c\u201d)\]]?\s*\?)", r"\bbitte\b", r"\b(?:please|pls|plz)\b",
    r"\A\s*(?!(?:in|im|aus|von|vom|bei|mit|from|the|der|die|das|unser\w*|our|my|mein\w*)\b)(?:[\w-]+\s+){0,2}?" + ARTEFACT,
    r"\b(?:can|could|would|will)\s+you\b", r"\byour\s+(?:task|job|assignment)\b", r"\bhelp\s+me\b", r"\bi'?d\s+like\s+you\b",
)

TASK = TASK + (
    # 'Ich brauche eine Idee …', 'I need a simple rota …', 'need invoice wording …'
    r"\b(?:ich|wir)\s+(?:brauche|brauch|brauchen|ben" + OE + r"tige|ben" + OE + r"tigen|h" + AE + r"tte\s+gerne?|m" + OE + r"chte)\s+(?:ein|eine|einen|mal|dringend|noch|schnell|bis|heute|morgen|f" + UE + r"r)\b"
    r"|\b(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)\s+(?:a|an|some|the|to|your|help|ideas?|advice)\b|^[ \t]*(?:need|want)\s+\w",
    # a question without its question mark: 'whats the difference …', 'Was bedeutet diese Klausel: …'
    r"(?:^|[.!?]\s+)[ \t]*(?:was\s+(?:bedeutet|bedeuten|ist|sind|hei" + SS + r"t|heisst|kostet|mache|tue|soll|sollen|muss|kann)|wie\s+(?:viel|viele|lange|kann|mache|soll|funktioniert|geht|rechne|buche)|"
    r"welche[rsnm]?\s+\w+\s+(?:brauche|muss|soll|sollte)|whats|what's|what\s+(?:is|are|does|do|should|can|would)|how\s+(?:do|does|can|should|much|many|long|would)|"
    r"which\s+\w+\s+(?:do|should|must)|why\s+(?:do|does|is|are))\b",
    r"\b(?:wie\s+viel\w*|how\s+(?:much|many))\b[^.!?\n]{0,60}?\b(?:muss|soll|brauche|need|should|must)\b",
    r"(?:^|[,.!?:;\-]\s*|\b(?:please|then|and|now|just|you)\s+)(?:do|decide|work\s+out|work\s+in|think|justify|categori[sz]e|assess|check|review|plan)\b",
    r"(?:^|[.!?]\s+)[ \t]*(?:denk\w*|kategorisier\w*|entscheide\w*|beurteile\w*|bewerte\w*|begr" + UE + r"nde\w*|rechne\w*|kalkulier\w*)\b",
    r"\b(?:can|could)\s+u\b",
    r"(?:^|[.!?:]\s+)[ \t*-]*(?:save|optimi[sz]e|assign|return|derive|spar|bring|organisier\w*|erl" + AE + r"uter\w*|berate?|kl" + AE + r"re)\b",
    # a formal imperative: 'Erläutern Sie …', 'Prüfen Sie …' (not 'Sie sind …')
    r"(?:^|[.!?:]\s+)(?-i:[A-Z\u00c4\u00d6\u00dc])\w+en\s+(?-i:Sie)\b(?!\s+(?:sind|haben|werden|k" + OE + r"nnen|m" + UE + r"ssen|sollen|d" + UE + r"rfen|wollen|hatten|waren|sicher)\b)",
)

CONTEXT = (
    r"\b(?:hintergrund|kontext|ausgangslage|ausgangssituation|situation|sachverhalt|anlass|background|context|situation)\b",
    r"\b(?:wir\s+(?:sind|haben|hatten|suchen|planen|m" + OE + r"chten|wollen|brauchen|bieten|verkaufen|arbeiten|betreuen|entwickeln|stellen|f" + UE + r"hren|hatten|bekommen|erhalten|beraten|produzieren|b" + UE + r"ndeln|sammeln|exportieren|erfassen|pflegen)|we\s+(?:are|have|had|need|plan|want|offer|sell|run|make|provide|work|just|recently|got|received|launched|hire|are\s+hiring)|we're|we've)\b",
    r"\b(?:ich\s+(?:bin|arbeite|leite|habe|hatte|betreue|organisiere|verantworte|sitze|bekomme|muss|soll|schreibe\s+regelm)|i\s+(?:am|work|run|lead|manage|have|had|look\s+after|organi[sz]e|must|got|received)|i'm|i've)\b(?!\s+(?:mir\s+)?(?:nicht\s+sicher|unsicher|not\s+sure)\b)",
    r"\b(?:unser|unsere|unserem|unseren|unserer|unseres|our|mein|meine|meinem|meinen|meiner|my)\s+(?:[\w-]+\s+){0,4}?(?:ist|sind|hat|haben|hatte|sucht|suchen|war|waren|wird|bietet|verkauft|liefert|steht|stehen|enth" + AE + r"lt|liefert|is|are|has|have|had|was|were|needs|sells|offers|wants|holds|contains|returns|gives|runs|ran|won|launched|opened|celebrated|raised|hired|moved|finished|started|did|made|got|received|met|took|came|went|decided|agreed|discussed|shows|works|keeps|stopped|failed|doesn't|does\s+not|won't|can't|isn't|aren't|hat|gewann|feierte|" + AE + r"ffnet|er" + OE + r"ffnete|zeigt|zeigen|funktioniert|l" + AE + r"uft|gibt|beschlossen|entschieden|tagte)\b",
    r"\b(?:als|as)\s+(?:an?\s+|ein\w*\s+)?" + ROLE_NOUN + r"(?:\s+[\w-]+){0,3}?[,:]?\s+(?:[\w-]+\s+){0,2}?(?:ich|i|wir|we)\b",
    r"\b(?:habe|hab|bekomme|arbeite|leite|betreue|organisiere|verantworte|bin|hatte|hatten|haben|sind|arbeiten|suchen|planen|betreuen|er" + OE + r"ffnen|starten|ziehen|stellen|bauen|liefern|verkaufen|nutzen|waren|bieten|expandieren|feiern|f" + UE + r"hren|betreiben|halte|moderiere|koordiniere)\s+(?:ich|wir)\b",
    r"\bich\s+(?!(?:brauche|m" + OE + r"chte|w" + UE + r"rde|h" + AE + r"tte|bitte|wei" + SS + r"|denke|glaube|frage|w" + UE + r"nsche|will|suche)\b)\w+e\b",
    r"\bi\s+(?!(?:need|want|would|wonder|think|guess|hope|know|don't|do|mean|am\s+not|can|could|will|shall|should|may|might|must)\b)(?:chair|host|coordinate|moderate|oversee|handle|manage|took|run|ran|lead|led|own|wrote|got|received|sent|started|joined|organi[sz]e|look\s+after|present|spoke|talked|met|attended|collected|built|made|tried|used)\b",
    r"\bwe\s+(?:\w+\s+)?(?:open|opened|close|closed|launch|launched|start|started|expand|expanding|move|moved|hire|hiring|ship|deliver|serve|support|use|met|decided|agreed|won|celebrated|raised|ran|sold|built|introduced|changed|switched|lost|grew|pull|pulled|group|grouped|bundle|bundled|send|collect|collected|export|exported|compile|compiled|track|tracked)\b",
    r"\b(?:hat|haben|has|have)\s+(?:mich|uns|me|us)\s+(?:\w+\s+){0,6}?(?:gebeten|beauftragt|gefragt|asked|requested)\b|\basked\s+(?:me|us)\s+to\b",
    r"\b(?:seit|since)\s+(?:dem|der|den|the|last|yesterday|gestern|letzte\w*|vorige\w*|\d)",
    r"\b(?:unser|unsere|mein|meine)\s+(?:[\w-]+\s+)(?:\w+t)\b(?<!nicht)",
    r"\b(?:teilnehmende|teilnehmer(?:innen)?|anwesende|attendees|participants)\s*:",
    r"\b(?:last|letzte[nrs]?|vorige[nrs]?|am\s+vergangenen|this\s+past)\s+(?:week|month|year|quarter|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|woche|monat|jahr|quartal|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b",
    r"\b(?:in|bei|at|for|f" + UE + r"r)\s+(?:einem|einer|unserem|unserer|an?|our)\s+(?:[\w-]+\s+){0,3}?[\w-]{0,40}(?:unternehmen|betrieb|firma|konzern|mittelst" + AE + r"ndler|company|firm|business|organi[sz]ation|startup|start-up|agentur|agency|kanzlei|praxis|verein|shop|hospital|klinik|beh" + OE + r"rde|verwaltung|plant|factory|werk)\b",
    r"\b(?:der|die|das|dieser|diese|the|this)\s+(?:[\w-]+\s+)?[\w-]{0,40}(?:bericht|report|text|studie|study|mail|artikel|article|dokument|document|pr" + UE + r"fbericht|liste|list|tabelle|sheet|datei|file)(?:\s+(?:der|des|von|vom|of|from)\s+[\w-]+)?\s+(?:behandelt|handelt|beschreibt|enth" + AE + r"lt|zeigt|hat|umfasst|liegt\s+vor|kam|ist\s+\d|covers|describes|is\s+about|contains|deals\s+with|has|came\s+in|arrived|holds|shows)\b",
    r"\b(?:notes|notizen|stichpunkte|mitschrift\w*)\s+(?:from|of|aus|vom|von)\s+(?:the|our|my|dem|der|unserem|unserer|meinem|meiner|today's|yesterday's|monday's|tuesday's|wednesday's|thursday's|friday's)?\s*(?:[\w-]+\s+[\w-]{0,40}|[\w-]{3,})(?:meeting|besprechung|sitzung|runde|workshop|call|telefonat|gespr" + AE + r"ch|treffen|konferenz|jour\s+fixe)",
    r"\b(?:es\s+geht\s+um|geht\s+es\s+um|thema\s+ist|it's\s+about|this\s+is\s+about)\b",
    r"\b(?:ziel\s+(?:ist|des|der|:)|das\s+ziel|unser\s+ziel|zweck|the\s+goal|our\s+goal|goal\s+is|the\s+aim|purpose|weil|because|since\s+we|da\s+wir|da\s+ich|da\s+die|da\s+der)\b",
    r"\b(?:hier\s+sind\s+(?:meine|unsere|die)\s+[\w-]+\s+(?:aus|vom|von)|below\s+(?:are|is)\s+(?:my|our|the)\s+[\w\s-]{0,20}?(?:from|of)\b|here\s+(?:are|is)\s+(?:my|our|the)\s+[\w\s-]{0,20}?(?:from|of)\b)",
    r"(?<![\w-])[\w-]{0,40}(?:meeting|besprechung|sitzung|runde|workshop|call|telefonat|gespr" + AE + r"ch|treffen|jour\s+fixe|konferenz)\s+(?:vom|am|von\s+gestern|from|on|last|yesterday|this)\b",
    r"\b(?:aus|from|in|bei|at)\s+(?:dem|der|unserem|unserer|unserem|the|our|my|meinem|meiner)?\s*(?:\w+\s+)?[\w-]{0,40}(?:meeting|besprechung|sitzung|runde|treffen|jour\s+fixe|huddle|session)\s+(?:vom|am|von|from|on|last|yesterday|this|today|heute|gestern|about|zu|zur|zum)\b",
    r"\b(?:aus|from|at)\s+(?:unserem|unserer|our|today's|yesterday's|last\s+week's|monday's|tuesday's|wednesday's|thursday's|friday's)\s+(?:\w+\s+)?[\w-]{0,40}(?:meeting|besprechung|sitzung|runde|treffen|jour\s+fixe|huddle|session|call)\b",
    r"\b(?:gestern|letzte[nr]?\s+woche|vorige\s+woche|heute\s+morgen|n" + AE + r"chste[nr]?\s+woche|yesterday|last\s+(?:week|month|friday|monday)|next\s+(?:week|month)|this\s+morning|tomorrow|tomorrow's|(?:am|this|next|dieses|n" + AE + r"chstes)\s+(?:wochenende|weekend)|(?<!guten\s)morgen|" + UE + r"bermorgen|(?:next|n" + AE + r"chste[nrs]?|kommende[nrs]?)\s+(?:monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag)|am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    r"\b(?:hat|haben|hatte)\s+sich\s+(?:\w+\s+){0,3}?beschwert|\bbeschwert\b|\breklamiert\b|\bcomplained\b|\bhas\s+complained\b",
    r"\b(?:(?:der|die|eine?|unser|unsere|the|a|an|our)\s+)?(?:kunde|kundin|kunden|customer|client|firma|company|chef|chefin|boss|vorgesetzte|team|bewerber\w*|applicant|partner|lieferant|supplier|board|vorstand|management|gesch" + AE + r"ftsf" + UE + r"hrung|gesch" + AE + r"ftsleitung|ceo|abteilung|department|h" + AE + r"ndler|retailer|dealer|reseller|interessent\w*|prospect|mieter|tenant|patient\w*|gast|guest|b" + UE + r"rger|citizen)\s+(?:hat|haben|ist|sind|war|schreibt|schrieb|fragt|fragte|m" + OE + r"chte|will|wartet|beschwert|has|have|is|are|was|wrote|writes|asks|asked|wants|wanted|requested|is\s+waiting|complained|will|wants|needs|braucht|verlangt|fordert|demands|requests)\b",
    r"\b(?:in\s+(?:meiner|unserer)\s+(?:excel-?)?(?:tabelle|liste|datei|mappe)|in\s+(?:my|our)\s+(?:excel\s+)?(?:spreadsheet|sheet|workbook|file|table)|spalte\s+[a-z]{1,2}\b|column\s+[a-z]{1,2}\b|zellen?\s+[a-z]{1,2}\d)",
)

AUD_NOUN = alt(
    "gesch" + AE + "ftsf" + UE + "hrung", "gesch" + AE + "ftsleitung", "vorstand", "vorst" + AE + "nde", "management",
    "f" + UE + r"hrungskr" + AE + "fte", "f" + UE + "hrungsebene", "kunde[n]?", "kundin(?:nen)?", "kundschaft",
    "kolleg\\w*", "team", r"(?<!\bms )(?<!microsoft )teams", "mitarbeite\\w*", "belegschaft", "laien", "einsteiger\\w*", "anf" + AE + "nger\\w*",
    "bewerber\\w*", "kandidat\\w*", "zuh" + OE + "rer\\w*", "abteilung\\w*", "chef\\w*", "vorgesetzte\\w*",
    "azubis?", "auszubildende\\w*", "praktikant\\w*", "studierende\\w*", "sch" + UE + "ler\\w*", "eltern",
    "investor\\w*", "gesch" + AE + "ftspartner\\w*", "lieferant\\w*", "follower\\w*", "community", "nutzer\\w*",
    "anwender\\w*", OE + "ffentlichkeit", "presse", "fachpublikum", "fachleute", "fachkr" + AE + "fte", "entscheider\\w*",
    "teamleit\\w*", "abteilungsleit\\w*", "personalabteilung", "betriebsrat", "gesellschafter\\w*", "aufsichtsrat",
    "stakeholder\\w*", "board", "executives?", "managers?", "customers?", "clients?", "colleagues?", "staff",
    "employees?", "beginners?", "novices?", "non-?experts?", "laypeople", "lay\\s+readers?", "candidates?",
    "applicants?", "students?", "investors?", "partners?", "suppliers?", "followers?", "users?", "public",
    "journalists?", "press", "ceo", "cfo", "leadership", "department", "newcomers?", "new\\s+hires?",
    "interns?", "seniors?", "engineers?", "developers?", "audience", "readers?", "leser\\w*", "empf" + AE + "nger\\w*",
    "gesch" + AE + "ftskunden", "endkunden", "neukunden", "bestandskunden", "zielgruppe", "it-laien", "nicht-?fachleute",
    "kollegium", "hr", "sales", "vertrieb", "marketing-?team", "finance\\s+team", "head\\s+of\\s+\\w+", "frau\\s+\\w+", "herr[n]?\\s+\\w+",
    "[\\w-]{0,40}leitung", "[\\w-]{0,40}einsteiger\\w*", "[\\w-]{0,40}anf" + AE + "nger\\w*", "[\\w-]{0,40}laien", "apprentices?", "trainees?",
    "quereinsteiger\\w*", "career\\s+(?:changers?|starters?)", "berufseinsteiger\\w*", "general\\s+(?:audience|public|readers?)",
    "[\\w-]{0,40}kunden", "[\\w-]{0,40}kundinnen", "volunteers?", "ehrenamtliche\\w*", "helfer(?:innen)?", r"(?-i:M(?:r|rs|s)\.?\s+[A-Z]\w+)", "talente?", "talents?", "[\\w-]{0,40}presse", "media", "medien", "[\\w-]{0,40}journalist\\w*", r"team\\s+leads?", "leads", "nachwuchs\\w*", "fans?", "abonnent\\w*", "subscribers?",
)
JOB_NOUN = alt(
    r"[\w-]{0,40}leit(?:er|r)in(?:nen)?", r"[\w-]{0,40}leiter[ns]?", "gesch" + AE + "ftsf" + UE + r"hrer\w*", r"[\w-]{0,40}buchhalter\w*",
    r"[\w-]{0,40}manager\w*", r"[\w-]{0,40}referent\w*", r"sachbearbeiter\w*", r"[\w-]{0,40}assisten[tz]\w*", "sekret" + AE + r"r\w*",
    r"[\w-]{0,40}direktor\w*", r"inhaber\w*", r"[\w-]{0,40}vorsitzende\w*", r"[\w-]{0,40}beauftragte\w*", r"[\w-]{0,40}berater\w*",
    r"[\w-]{0,40}koordinator\w*", r"[\w-]{0,40}sprecher\w*", r"[\w-]{0,40}verantwortliche\w*", r"[\w-]{0,40}controller\w*",
    r"assistants?", r"accountants?", r"directors?", r"coordinators?", r"officers?", r"owners?", r"chairs?",
)
"""Job titles: readers when named with a definite article ('für die Einkaufsleiterin'), a post when not ('für einen Lagerleiter')."""
_COMM = (r"(?:schreib|verfass|formulier|antwort|brief|mail|nachricht|post|info|aushang|rundschreiben|einladung|absage|zusage|"
         r"erkl" + AE + r"r|erl" + AE + r"uter|sag|text|flyer|newsletter|schreiben|mitteilung|hinweis|anleitung|pr" + AE + r"sentation|folie|"
         r"rede|whatsapp|sms|zettel|merkblatt|handout|" + UE + r"bersicht|zusammenfassung|faq|fass|" + UE + r"bersetz|einweis|entschuldig|"
         r"write|draft|send|reply|respond|letter|email|e-mail|message|note|memo|notice|leaflet|invitation|announcement|"
         r"explain|tell|apolog|update|briefing|slide|summary|summari[sz]|handout|guide|sign|poster|answer|translate|speech|talk|"
         r"presentation|wording|thank|remind|invite|inform|warn|introduce|welcome|notify)")
COMM_BEFORE = re.compile(r"\b" + _COMM + r"\w*\b[^.!?\n]*$", FLAGS)
PERSON_DE = (r"(?-i:(?=[A-Z\u00c4\u00d6\u00dc]))[\w-]*(?:er|ern|herrn?|erin|erinnen|innen|leute|kinder|eltern|g" + AE + r"ste|g" + AE + r"sten|kr" + AE + r"fte|kr" + AE + r"ften|kollegen|"
             r"" + AE + r"rzte|" + AE + r"rzten|team|teams|personal|belegschaft|mitglieder\w*|angeh" + OE + r"rige\w*|bewohner\w*|patient\w*|nachbar\w*|sch" + UE + r"ler\w*|"
             r"azubis?|auszubildende\w*|kunde\w*|kundschaft|publikum|amt|beh" + OE + r"rde|verwaltung|firma|kanzlei|leitung|abteilung|"
             r"gesch" + AE + r"ftsf" + UE + r"hrung|vorstand|chef\w*|hausverwaltung|spediteur\w*|lieferant\w*|dienstleister\w*|bewerber\w*|fahrer\w*|"
             r"subunternehmer\w*|beirat|aufsichtsrat|gemeinderat|mandant(?:en|in|innen)?|handwerker\w*|vermieter\w*|eigent" + UE + r"mer\w*|arzt|" + AE + r"rztin|praxis|schulamt|jugendamt|gericht|versicherung|bank|kasse)(?:en|n|s)?\b")
ADDRESSEE_DE = re.compile(
    r"\ban\s+(?:[\w-]+\s+)?" + PERSON_DE + r"(?![\w-])|"
    r"\ban\s+(?:die|den|das|dem|der|unsere[mnrs]?|unser|alle[n]?|meine[mnrs]?|ihre[mnrs]?|eure[mnrs]?|s" + AE + r"mtliche\w*|jede[mnrs]?|eine[mnr]?|einen)\s+"
    r"(?:[\w-]+\s+){0,2}?(?!(?:Wand|T" + UE + r"r|Tafel|Pinnwand|Brett|Stelle|Adresse|Ende|Anfang|Reihe|Haust" + UE + r"r|Eingangst" + UE + r"r|Kasse|Theke|Decke|Fenster|Zeit|Frist|Regel\w*)\b)"
    r"(?-i:[A-Z\u00c4\u00d6\u00dc])[\w-]+"
     r"|\b(?:erkl" + AE + r"re?|erl" + AE + r"utere?|antworte|schreibe?|sage?|beschreibe?|zeige?|empfiehl|gib|teile?|" + UE + r"bersetze?|formuliere?|"
    r"(?:erkl" + AE + r"ren|erl" + AE + r"utern|antworten|schreiben|sagen|beschreiben|zeigen|geben|teilen|" + UE + r"bersetzen|formulieren)\s+sie)"
    r"\s+(?:(?!(?:aus|von|mit|nach|zu|" + UE + r"ber|in|an|auf|f" + UE + r"r|bei|vom|zum|zur)\b)\w+\s+)?(?:dem|der|einer|einem|unserer|unserem|unseren|meiner|meinem|meinen|ihrer|ihrem)\s+(?:[\w-]+\s+)?"
    r"(?-i:[A-Z\u00c4\u00d6\u00dc])[\w-]+"
    r"|\bf(?:" + UE + r"|ue)r\s+(?:(?:die|den|das|unsere[mnrs]?|unser|alle|neue[nr]?|meine[nr]?|jede[nrs]?|ihre[nr]?)\s+)?(?:[\w-]+\s+)?" + PERSON_DE + r"(?![\w-])",
    re.MULTILINE | re.IGNORECASE)
PERSON_EN = (r"[\w-]*(?:ers|ors|ees|ants|ents|ists|ians|people|staff|team|parents|famil(?:y|ies)|children|kids|patients|residents|"
             r"tenants|landlords|neighbou?rs|customers|clients|guests|visitors|members|colleagues|students|pupils|trainees|apprentices|temps|"
             r"lads|folks|crew|relatives|carers|nurses|doctors|gps|authority|council|firm|agency|department|board|household|households|"
             r"homeowners|everyone|everybody|buyer|supplier|landlord|tenant|customer|client|driver|manager|director|colleague|"
             r"neighbou?r|patient|resident|parent|insurer|haulier|contractor|subcontractor|solicitor|lawyer|accountant|auditor|"
             r"inspector|employee|applicant|candidate|guest|visitor|member|student|pupil|trainee|apprentice|nurse|doctor|gp|"
             r"carer|relative|family|boss|head|principal|teacher|headteacher|caretaker|cleaner|electrician|plumber)\b")
NOT_PERSON_EN = re.compile(r"(?:^|\s)(?:others|orders|numbers|letters|papers|folders|filters|cent(?:er|re)s|documents|contents|comments|components|"
                           r"amounts|payments|events|points|headers|chapters|matters|markers|parameters|answers|chapters|layers|containers|"
                           r"quarters|hours|colours|colors|errors|factors|sectors|vendors?|requirements|reminders|sections|statements|instructions|"
                           r"agreements|elements|arrangements|documents|departments?|numbers|which|what|whether)$", re.IGNORECASE)
ADDRESSEE_EN = re.compile(
    r"\b(?:to|for)\s+(?:(?:the|our|my|all(?:\s+(?:the|our))?|every|each|new|both|your|their|any)\s+)?(?:[\w'-]+\s+){0,2}?" + PERSON_EN + r"(?![\w-])",
    re.IGNORECASE | re.MULTILINE)
ADDRESSEE_MORE = re.compile(
    # dative plural without article after an explaining word: 'Erkläre Besuchern …', 'Erkläre Kindern …'
    r"\b(?:erkl" + AE + r"r\w*|erl" + AE + r"uter\w*|schreib\w*|sag\w*|antworte\w*|zeig\w*|beschreib\w*)\s+(?:(?:unseren|den|allen|neuen)\s+)?"
    r"(?-i:[A-Z\u00c4\u00d6\u00dc])\w*(?:ern|innen|leuten|kindern|kunden|g" + AE + r"sten|patienten|bewohnern|angeh" + OE + r"rigen|laien|azubis)\b"
    # English object after a writing verb: 'Write her a friendly email', 'Answer a customer', 'show new drivers', 'inviting Year 8 parents'
    r"|\b(?:write|email|e-mail|text|message|tell|answer|remind|thank|invite|warn|welcome)\s+(?:him|her|them)\b"
    r"|\b(?:write|send|email|e-mail|text|message|tell|show|give|answer|remind|invit\w*|thank|brief|warn|inform|welcome|update)\s+"
    r"(?:(?:the|our|a|an|my|new|all|every|each|any)\s+)?(?:[\w-]+\s+){0,2}?" + PERSON_EN + r"(?![\w-])"
    # a recipient inside the artefact's name: 'Elternbrief', 'all-staff notice', 'customer letter'
    r"|\b[\w-]*(?:eltern|kunden|mitarbeiter|mitarbeitenden|bewohner|angeh" + OE + r"rigen|patienten|mieter|g" + AE + r"ste|lieferanten|nachbar|team)"
    r"(?:brief|info|mail|schreiben|rundschreiben|aushang|newsletter|einladung|nachricht|anschreiben)\w*\b"
    r"|\b(?:all-staff|staff|parent|customer|team|client|patient|tenant|resident|neighbou?r|supplier)s?\s+(?:notice|letter|email|e-mail|memo|newsletter|"
    r"briefing|update|announcement|message|reminder|leaflet|handout)\b"
    # 'einem Lieferanten abzusagen', 'der Kundin zu antworten'
    r"|\b(?:einem|einer|dem|der|den)\s+(?-i:[A-Z\u00c4\u00d6\u00dc])\w+\s+(?:abzusagen|zuzusagen|mitzuteilen|zu\s+(?:antworten|schreiben|erkl" + AE + r"ren|sagen|danken))\b"
    # questions or mails from someone: 'Beantworte Fragen von Besuchern', 'answer questions from parents'
    r"|\\b(?:fragen|anfragen|mails?|nachrichten|beschwerde\\w*|kommentare\\w*|bewertung\\w*|questions|queries|emails|messages|complaints|comments|reviews)\\s+"
    r"(?:von|from)\\s+(?:(?:den|unseren|our|the)\\s+)?[\\w-]+"
    # a pronoun as the one spoken to: 'was ich ihm sagen kann', 'what I can say to him'
    r"|\\b(?:ich|i)\\s+(?:\\w+\\s+){0,2}?(?:ihm|ihr|ihnen|to\\s+(?:him|her|them))\\b"
    # a placeholder or 'fürs Team' as the recipient, a dative before the verb ('die ich neuen Fahrern zeigen kann')
    r"|\b(?:to|an)\s+(?:%\w+%|\{\w+\}|\[\w+\]|<\w+>)|\bf(?:" + UE + r"|ue)rs\s+(?:team|kollegium|haus|b" + UE + r"ro)\b"
    r"|\b(?:neuen|unseren|den|allen)\s+(?-i:[A-Z\u00c4\u00d6\u00dc])\w*(?:ern|en|innen)\s+(?:zeigen|erkl" + AE + r"ren|schicken|geben|sagen|schreiben|vorstellen)\b"
    # 'habe von Steuern keine Ahnung', 'I know nothing about tax': the user as a reader without background
    r"|\b(?:habe|hab)\s+(?:\w+\s+){0,4}?keine\s+ahnung\b|\bknow\s+(?:nothing|very\s+little|little)\s+about\b|\bnot\s+(?:a|an)\s+(?:expert|lawyer|accountant|engineer|techie)\b"
    # the user as the reader: 'Ich bin Geschäftsführer, aber kein Zahlenmensch', "I'm not a lawyer"
    r"|\bich\s+bin\s+(?:[\w-]+\s*,?\s+(?:aber\s+|und\s+)?)?(?:kein|keine)\s+[\w-]+"
    r"|\b(?:i'm|i\s+am)\s+(?:[\w-]+\s*,?\s+(?:but\s+|and\s+)?)?(?:not\s+an?|no)\s+[\w-]+"
    # readers in the passive: 'die wird von den Bewohnern gelesen', 'read by all staff'
    r"|\bvon\s+(?:den|der|dem|unseren|unserer|allen)\s+[\w-]+(?:\s+und\s+[\w-]+)?\s+gelesen\b|\b(?:read|seen)\s+by\s+(?:the|our|all|every)\s+\w+",
    re.IGNORECASE | re.MULTILINE)
MEDIUM = re.compile(
    r"(?:\b(?:eine?[nmr]?|ein|a|an|one|zwei|two|per|by|via|as|als|in\s+(?:einer|einem|an?)|kurze[nmr]?|short|neue[nmr]?|new|ordentliche[nmr]?|"
    r"first|final|friendly|freundliche[nmr]?|formal\w*|f" + OE + r"rmliche[nmr]?|knappe[nmr]?|brief|quick)\s+(?:[\w-]+\s+){0,3}?|^[ \t*-]*)"
    r"(?P<m>[\w-]*?(?:e-?mail|mail|brief|letter|aushang|plakat|poster|flyer|leaflet|notice|post|karte|card|folie|slide|notiz|note|vermerk|memo|"
    r"sms|whatsapp|schreiben|rundschreiben|rundmail|newsletter|handzettel|merkblatt|infoblatt|handout|formular|form|grid|raster|timeline|"
    r"sign|schild|message|nachricht|"
    r"checkliste|checklist|steckbrief|one-?pager))\b(?![-:]|\s+(?:unten|below|above|oben|von|vom|from|hat|has|ist|is|was|war|kam|came)\b)"
    r"|^[ \t*-]*(?:form|format|ausgabeformat)[ \t]*:[ \t]*\w"
    r"|\b(?:\d+|one|two|three|five|ten|f" + UE + r"nf|zehn|drei)[- ]?(?:minute|minuten)\w*[- ](?:talk|speech|rede|vortrag|ansprache|briefing)"
    r"|\b(?:(?:nach|in)\s+(?:diesem|this|dem\s+folgenden|the\s+following)\s+(?:muster|schema|vorbild|format|pattern|layout|template)|following\s+(?:this|the\s+same)\s+pattern|"
    r"same\s+pattern\s+as|in\s+this\s+format|im\s+format\s+wie|mit\s+(?:leeren\s+)?feldern|with\s+(?:blank\s+|empty\s+)?fields|in\s+(?:ganzen|vollst" + AE + r"ndigen)\s+s" + AE + r"tzen|"
    r"in\s+full\s+sentences|(?:mit|with)\s+(?:timeslots|time\s+slots|zeitfenstern|spalten|columns)|^[ \t*-]*(?:spalten|columns)\s*:|"
    r"(?:" + NUM + r")(?:\s*,\s*(?:" + NUM + r"))?\s+(?:(?:oder|or|bis|to)\s+(?:" + NUM + r")\s+)?(?:kurze\w*\s+|einfache\w*\s+|simple\s+|short\s+)?"
    r"(?:bullets?|bullet\s+points?|stichpunkte\w*|s" + AE + r"tze\w*|sentences?|paragraphs?|abs" + AE + r"tze\w*|zeilen|lines?)|"
    r"\d+\s*(?:min|minuten|minutes)\s+(?:spoken|gesprochen)|je\s+\w+\s+eine\s+" + UE + r"berschrift)\b",
    FLAGS)
"""A medium or a pattern to follow as the form of the output: 'schreib eine Mail', 'Letter to parents', 'following this pattern'."""
READ_VERB = re.compile(
    r"\b(?:(?:will|would|werden|wird|are\s+going\s+to|sollen|soll)\s+)?(?:(?:das|dies|es|this|it|that|den\s+text|the\s+text)\s+)?"
    r"(?:read|reads|lesen|liest|receive|receives|bekommen|bekommt|erhalten|erh" + AE + r"lt)\b", FLAGS)
READER_BEFORE = re.compile(
    r"(?<![\w-])(?:" + AUD_NOUN + "|" + JOB_NOUN + r"|(?:managing\s+)?directors?|leute|people|mitglieder|members)\s+$", FLAGS)
"""'Our two managing directors | will read this', 'Die Geschäftsführer | lesen das': the readers as the subject of reading."""

AUDIENCE = (
    r"\b(?:f" + UE + r"r|fur|an|to|for)\s+(?:die|den|der|dem|unsere?[mnrs]?|meine?[mnrs]?|eure?[mnrs]?|ihre?[mnrs]?|the|our|my|your)\s+(?:[\w-]+\s+)?" + JOB_NOUN + r"\b",
    r"\b(?:an\s+alle|an\s+euch\s+alle|to\s+everyone|to\s+everybody|to\s+all)\b(?!\s+(?:the|of)\b)",
    r"\b(?:zielgruppe\w*|target\s+(?:audience|group|readers?)|audience|leserschaft|leser(?:innen)?|lesende|readers?|recipients?|empf" + AE + r"nger\w*|adressat\w*|richtet\s+sich\s+an|aimed\s+at|addressed\s+to|intended\s+for|geschrieben\s+f" + UE + "r|verst" + AE + r"ndlich\s+f" + UE + r"r|understandable\s+(?:for|to)|for\s+people\s+who|f" + UE + r"r\s+menschen,?\s+die|f" + UE + r"r\s+leute,?\s+die)\b",
    r"\b(?:(?:f" + UE + r"r|fur|to|for|towards|at)\s+(?!(?:one|each|every|a\s+single|jeden|jede|einen|einzelnen|einzelne|pro|per|je)\b)|an\s+(?=(?:frau|herrn?|kunde[n]?|kundin|die|den|das|dem|der|alle|unsere?\w*|meine?\w*|ihre?\w*|eure?\w*|s" + AE + r"mtliche|jede\w*|einen|eine|einem|einer)\b))(?:[\w'-]+\s+){0,3}?" + AUD_NOUN + r"\b",
    r"\b(?:antworte\w*|schreib\w*|reply|respond|write)\s+(?:sie\s+)?(?:bitte\s+)?(?:ihm|ihr|ihnen|to\s+(?:him|her|them))\b|\bfor\s+(?:him|her|them)\b|\b(?:an|to)\s+[\[{<]",
    r"\b(?:die|der|which|that)\s+(?:[\w-]+\s+){1,3}?(?:anspricht|anzusprechen|erreicht)\b|\b(?:speaks?\s+to|appeals?\s+to|aimed\s+at|targeted\s+at|geared\s+towards?|tailored\s+to|richtet\s+sich\s+an|gerichtet\s+an)\s+\w+",
    r"\b(?:erkl\w*|schreib\w*|sag\w*|zeig\w*|erz" + AE + r"hl\w*|beschreib\w*|explain|tell|show|describe)\s+(?:\w+\s+)?(?:unseren|den|meinen|allen|dem|der|to\s+(?:our|the|my|all))\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\bvor\s+(?:dem|der|den|unserem|unserer|allen)\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\b(?:dem|unserem|meinem)\s+(?:kunden|kollegen|chef|vorgesetzten|team|bewerber|partner|lieferanten|mitarbeiter|leser)\b",
    r"\b(?:als|as\s+an?|like\s+me,?\s+an?|an?|ein|eine)\s+(?:[\w-]+\s+)?[\w-]{0,40}(?:anf" + AE + r"nger\w*|einsteiger\w*|laie|beginner|novice|newbie|non-expert)\b",
    r"\b(?:anspricht|ansprechen|anzusprechen|erreicht|appeals?\s+to|speaks?\s+to|targets?|aimed\s+at|tailored\s+to|geared\s+(?:to|towards))\s+(?:[\w-]+\s+){0,3}?" + AUD_NOUN + r"\b",
    r"(?<![\w-])" + AUD_NOUN + r"\s+(?:[\w-]+\s+){0,2}?(?:anspricht|ansprechen|anzusprechen|erreicht|erreichen|versteh\w*|understand\w*|nachvollziehen)\b",
    r"\b(?:lesen|liest|bekommt|bekommen|erh" + AE + r"lt|erhalten)\s+(?:das|dies|es|den\s+text|die\s+mail)\s+(?:\w+\s+){0,3}?(?:unser\w*|die|der|den|alle)\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\b(?:antworte|antworten\s+sie|schreibe|schreib|schreiben\s+sie|reply|respond|write\s+back)\s+(?:bitte\s+)?(?:dem|der|unserem|unserer|meinem|meiner)\s+" + AUD_NOUN + r"\b",
    r"\b(?:die|der|unsere|the|our)\s+(?:leser\w*|empf" + AE + r"nger\w*|zuh" + OE + r"rer\w*|readers?|recipients?|audience)\b",
    r"\b(?:so\s+dass|sodass|damit|so\s+that)\s+(?:auch\s+|even\s+)?(?:ein|eine|jeder|jede|alle|a|an|any|every)?\s*" + AUD_NOUN,
)

TEXT_UNITS = alt("s" + AE + "tze[n]?", "satz", "saetze", "w" + OE + "rter[n]?", "worte[n]?", "zeichen", "zeilen", "zeile",
                 "abs" + AE + "tze[n]?", "absatz", "seiten?", "folien", "sentences?", "words?", "characters?", "chars",
                 "lines?", "paragraphs?", "pages?", "slides?", "tweets?")
ITEM_UNITS = alt("stichpunkte[n]?", "punkte[n]?", r"bullet\s+points?", "bullets?", "points?", "spalten", "columns?",
                 "abschnitte[n]?", "sections?", "minuten", "minutes")
WITH_ITEMS = alt("fragen", "questions?", "eintr" + AE + "ge[n]?", "entries", "items?", "schritte[n]?", "steps?", "tipps?", "tips?",
                 "beispiele[n]?", "examples?", "kapitel[n]?", "chapters?", "teile[n]?", "parts?", "folien", "slides?")


def length(units: str) -> tuple[str, ...]:
    """Length specifications ('max. 5 Sätze', 'in three sentences', '100 words or fewer') in `units`."""
    return (
        r"\b(?:max(?:imal|\.)?|h" + OE + r"chstens|bis\s+zu|nicht\s+mehr\s+als|nicht\s+l" + AE + r"nger\s+als|weniger\s+als|unter|mindestens|genau|ca\.|circa|etwa|rund|in|mit|und|no\s+more\s+than|not\s+more\s+than|at\s+most|max(?:imum)?|up\s+to|under|less\s+than|fewer\s+than|at\s+least|exactly|about|around|within|in|into|with|and|of|von|aus|keep\s+it\s+(?:under|to|below)|each|jeweils|jede[rs]?)\s+(?:nur\s+|only\s+)?" + NUM + r"(?:\s*[-–]\s*\d+)?\s*(?:kurze[n]?\s+|short\s+|knappe[n]?\s+|ganze[n]?\s+|vollst" + AE + r"ndige[n]?\s+|bullet\s+|key\s+)?" + units + r"\b",
        r"\b" + NUM + r"\s*(?:kurze[n]?\s+|short\s+|knappe[n]?\s+)?" + units + r"\b",
        r"\b" + NUM + r"\s+" + units + r"\s+(?:or\s+(?:fewer|less)|oder\s+weniger|max(?:imum|imal)?\.?)",
    )


FORMAT = length(alt(TEXT_UNITS, ITEM_UNITS)) + (
    r"\b(?:mit|with|in|aus|of|into)\s+" + NUM + r"\s+(?:[\w-]+\s+)?" + WITH_ITEMS + r"\b",
    r"\b(?:tabelle[n]?|tabellarisch\w*|stichpunkt\w*|stichwort(?:artig|e|en)|aufz" + AE + r"hlung\w*|bullet\w*|json|markdown|csv|xml|html|yaml|" + UE + r"berschrift\w*|zwischen" + UE + r"berschrift\w*|headings?|headlines?|subheadings?|absatz|abs" + AE + r"tze[n]?|paragraphs?|abschnitte\w*|sections?|gliederung|gegliedert|checkliste\w*|checklists?|betreffzeile|betreff|subject\s+line|flie" + SS + r"text|ausgabeformat|format|formatiert|formatierung|layout|tables?|tabular|numbered|nummeriert\w*|aufgelistet|spiegelstrich\w*|listenform|listen|hashtags?|emojis?|call[\s-]+to[\s-]+action|cta|gru" + SS + r"formel|anrede|sign[\s-]?off|salutation|greeting|fazit|tl;?dr|einleitung|schluss|zeilenumbr\w*|emoji|codeblock|code-?block|code\s+block|bul{1,2}[ei]?t\w*)\b",
    r"\b(?:liste|list)\b(?!\s+(?:der|von|of)\s+(?:teilnehmer|mitarbeiter|kunden|participants|names|namen)\b)",
    r"\b(?:als|in\s+form\s+(?:einer|eines|von)|im\s+stil\s+(?:einer|eines)|as\s+(?:an?|the)|in\s+the\s+form\s+of|in\s+(?:an?\s+)?)\s*(?:kurze\w*\s+|short\s+|formal\w*\s+|formelle\w*\s+)?(?:e-?mail|mail|brief|letter|memo|tabelle|table|liste|list|json|flie" + SS + r"text|protokoll|" + UE + r"bersicht|overview|tweet|post|beitrag|folie\w*|slides?|bericht|report|faq|q&a|dialog|interview|steckbrief|one-?pager|executive\s+summary|zusammenfassung|summary)\b",
    r"\b(?:mit\s+(?:den\s+)?spalten|with\s+(?:the\s+)?columns)\b",
    r"\b(?:kurz\s+und\s+knapp|einzeiler|one-?liner|eine\s+zeile|one\s+line|ein\s+satz|one\s+sentence|a\s+single\s+sentence|einem\s+satz|zwei\s+s" + AE + r"tzen|two\s+sentences|three\s+sentences|drei\s+s" + AE + r"tzen)\b",
)
COUNTED = re.compile(NUM + r"\s+(?:\w+\s+)?$", FLAGS)
"""'drei Überschriften', 'three headlines': the artefact itself, not a layout."""
FORMAT_NOT_BEFORE = re.compile(r"(?:excel[- ]?|pivot\s*-?|spreadsheet\s+|\b(?:this|these|those|dieser|diesem|dieses|diesen|diese|jenem)\s+|\b(?:it's|it\s+is|es\s+ist|er\s+ist)\s+(?:\w+\s+)?|\b(?:hat|haben|has|have|had|enth" + AE + r"lt|contains|umfasst)\s+(?:\w+\s+)?)$", FLAGS)
FORMAT_MATERIAL = re.compile(r"\b(?:meiner|unserer|der|dieser|die|my|our|the|this)\s+(?:excel-?\s*)?$", FLAGS)
"""'in meiner Tabelle', 'in the list': material, when the cue is a table or list."""
FORMAT_NOT_AFTER = re.compile(r"^(?:n?blatt|nkalkulation|\s+(?:long|lang)\b|(?-i:\s+[A-Z]{1,2}\b)|\s+\d|\s+(?:hat|has|have|had|enth" + AE + r"lt|contains|ist|is|war|was)\b|\s+(?:at\s+a\s+time|by\s+(?:section|point)|f" + UE + r"r\s+(?:abschnitt|punkt))\b)", FLAGS)

CONSTRAINTS = length(TEXT_UNITS) + (
    r"\b(?:unver" + AE + r"ndert|unchanged|verbatim|w" + OE + r"rtlich|as\s+is|beibehalten|beibehält|intact)\b",
    r"\b\w+e?\s+(?:\w+\s+)?nichts(?:\s+(?:hoch|aus|dazu|hinzu|weg|um|ab|an|mehr|neu|am\s+[\w-]+))?\s*(?=[,.;!:\n]|$)",
    r"\blass\w*\s+(?:[\w-]+\s+){0,4}?weg\b|\bweglassen\b|\bleave\s+out\b|\bomit\b|\bskip\b",
    r"(?:^|[,.;:]\s*)(?:und\s+|and\s+|aber\s+|but\s+)?(?:keine?n?|no)\s+[\w-]+(?:\s+[\w-]+)?\s*(?=[,.;!\n]|$|\s+(?:und|and|oder|or)\b)",
    r"\b(?:verwende|verwenden|benutze|benutzen|nutze|nutzen|nenne|nennen|erw" + AE + r"hne|erw" + AE + r"hnen|schreibe|schreib|schreiben|erfinde|erfinden|f" + UE + r"ge|gib|geben|" + UE + r"bernimm|mache|mach|nimm|verrate|wiederhole|setze|verspreche|versprich|gebrauche|zitiere|teile|use|include|mention|add|invent|make\s+up|promise|reveal|repeat|share|exceed|go\s+over)\w*\s+(?:\w+\s+){0,3}?(?:kein\w*|nicht|nichts|niemals|nie|keinerlei|no|none|nothing|never)\b",
    r"\b(?:kein\w*|nicht|nichts|niemals)\s+(?:\w+\s+){0,4}?(?:verwenden|nennen|erw" + AE + r"hnen|erfinden|verraten|wiederholen|benutzen|nutzen|schreiben|versprechen|" + UE + r"bernehmen|zitieren|hinzuf" + UE + r"gen|weitergeben|enthalten|rein|dazu|verwende[nt]?|erfinde[nt]?)\b",
    r"\b(?:ohne|au" + SS + r"er|lediglich|ausschlie" + SS + r"lich|nur|vermeide\w*|verzichte\w*|achte\s+darauf|achten\s+sie\s+darauf|beachte\w*|wichtig\s*:|muss|musst|m" + UE + r"ssen|darf|darfst|d" + UE + r"rfen|sollst|soll\s+(?:nicht|kein\w*|nur|maximal|h" + OE + r"chstens|unbedingt)|unbedingt|keinesfalls|auf\s+keinen\s+fall|halte\s+dich|halten\s+sie\s+sich|bleib\w*\s+(?:bei|sachlich|unter)|beschr" + AE + r"nk\w*|begrenz\w*|maximal|h" + OE + r"chstens|max\.|mindestens|nicht\s+mehr\s+als|nicht\s+l" + AE + r"nger\s+als|bis\s+zu\s+\d+|einschr" + AE + r"nkung\w*|vorgabe\w*|bedingung\w*|regeln?\s*:)\b",
    r"\b(?:do\s+not(?!\s+know)|don't(?!\s+know)|dont(?!\s+know)|never|avoid\w*|without|only|exclusively|no\s+more\s+than|not\s+more\s+than|at\s+most|at\s+least|maximum|max\.?|must(?!-)|must\s+not|mustn't|should\s+not|shouldn't|limit\w*|keep\s+it\s+(?:under|below|to|within)|stick\s+to|refrain|make\s+sure|ensure|important\s*:|restrictions?|constraints?|rules?\s*:|under\s+no\s+circumstances|no\s+(?:jargon|emojis?|hashtags?|names?|technical|more|longer|personal|internal|made-up|buzzwords?|exclamation|explanations?|extra|further|additional|comments?|intro|introduction|details|speculation|guesswork|assumptions|salary|prices?|figures)|not\s+(?:exceed|longer|more|include|mention|use|invent))\b",
    r"\bkeine?n?\s+(?:fachbegriffe|fachjargon|jargon|fremdw" + OE + r"rter|anglizismen|emojis?|hashtags?|namen|floskeln|ausrufezeichen|zahlen|details|vermutungen|versprechen|internen?|personenbezogenen?|abk" + UE + r"rzungen|wiederholungen|superlative|passiv|schachtels" + AE + r"tze|werbesprache|buzzwords?)\b",
)
CONSTRAINTS = CONSTRAINTS + (
    # the output language: 'ins Türkische', 'into Polish', 'auf Englisch'
    r"\b(?:ins|in\s+die|auf)\s+(?:\w+\s+)?(?:deutsche|englische|t" + UE + r"rkische|polnische|russische|ukrainische|arabische|franz" + OE
    + r"sische|italienische|spanische|rum" + AE + r"nische|bulgarische|kroatische|griechische|portugiesische|niederl" + AE + r"ndische|einfache\s+deutsch)\b"
    r"|\bauf\s+(?:deutsch|englisch|t" + UE + r"rkisch|polnisch|franz" + OE + r"sisch|spanisch|italienisch)\b"
    r"|\b(?:into|in)\s+(?:plain\s+)?(?:english|german|polish|turkish|romanian|russian|ukrainian|arabic|french|spanish|italian|portuguese|dutch|welsh|urdu|punjabi|bengali)\b",
    # 'No promises about …', 'Keine Beispiele aus …' at the start of a line or sentence
    r"(?:^|[.!?]\s+)[ \t*\u2022-]*(?:no|keine?n?|kein)\s+[\w-]+",
    r"\b(?:exclud\w*|ausschlie" + SS + r"en|ausgenommen|leave\s+(?:\w+\s+){1,3}?out|lass\w*\s+(?:\w+\s+){1,3}?weg|behalte\w*|keep\s+(?:the|all|every|each)\s+\w+)\b",
    r"\b(?:nicht|not)\s+(?:als|as|in)\s+(?:\w+\s+)?(?:tabelle|table|liste|list|stichpunkte\w*|bullet\w*|aufz" + AE + r"hlung|flie" + SS + r"text|json|markdown)",
    r"\bnichts\s+(?:davor|danach|anderes|weiter|sonst|mehr|dazu|hinzu\w*|beschönig\w*|besch" + OE + r"nig\w*|erfinde\w*|erfunden\w*)\b|\bnothing\s+(?:else|more|before|after)\b|\bnicht\s+mehr\s*[.!]",
)
CONSTRAINT_NOT_AFTER = re.compile(r"^(?:\s+(?:noch|ich|wir|er|es|zwei|drei|\d)\b)", FLAGS)
VAGUE_AFTER = re.compile(
    r"^\s+(?:[\w']+\s+){0,3}?(?:zu|allzu|too|overly|so)\s+(?:viel\w*|lang\w*|ausf" + UE + r"hrlich\w*|detailliert\w*|f" + OE
    + r"rmlich\w*|formell\w*|steif\w*|kompliziert\w*|technisch\w*|kurz\w*|knapp\w*|locker\w*|werblich\w*|"
    + UE + r"bertrieben\w*|gro" + SS + r"\w*|much|many|long|lengthy|wordy|detailed|formal|stiff|technical|complicated|short|"
    r"casual|salesy|verbose|big|extensive|elaborate)\b|^\s+(?:kurz|knapp|short|brief)\b"
    r"|^\s+(?:[\w']+\s+){0,3}?(?:overboard|over\s+the\s+top|" + UE + r"bertreib\w*|zu\s+weit)\b",
    FLAGS,
)
"""'schreib nicht zu viel', "don't make it too long", 'halte dich kurz': a wish, not a checkable limit."""
CONDITION = re.compile(r"\b(?:wenn|falls|sofern|ob|if|whether|unless)\b", FLAGS)
"""A negation inside a condition ('Wenn dort nichts dazu steht') is no rule."""

EXAMPLES_NOT_BEFORE = re.compile(r"\b(?:gib|gebt|geben\s+sie|zeig\w*|nenn\w*|liefere\w*|mit|ohne|give|show|provide|include|add|with|without|plus)\s+(?:(?:mir|me|us|uns)\s+)?(?:\w+\s+)?$", FLAGS)
EXAMPLES = (
    r"\b(?:beispiel\w*|bsp\.?|z\.\s?b\.?|zb\.?|zum\s+beispiel|etwa\s+so|so\s+wie\s+hier|ungef" + AE + r"hr\s+so|in\s+etwa\s+so|musterantwort|mustertext|musterformulierung|muster(?!mann|frau|stadt|stra)\w*|example\w*|e\.\s?g\.?|for\s+instance|such\s+as|sample\w*|like\s+this|like\s+so|something\s+like|along\s+the\s+lines\s+of|similar\s+to\s+this|here\s+is\s+how|etwa\s*:|wie\s+etwa|input\s*:|output\s*:|eingabe\s*:|ausgabe\s*:|im\s+stil\s+von|in\s+the\s+style\s+of)",
    r"\b(?:wie|like|such\s+as|etwa)\s*:?\s*\"",
    # a model to follow that the prompt gives: "Orientiere dich am Stil dieses alten Posts", "Match the style of this post"
    r"\b(?:im|am|nach\s+dem)\s+(?:stil|muster|vorbild|aufbau|ton)\s+(?:dies\w*|folgend\w*|de[rs]\s+folgenden|de[rs]\s+(?:\w+\s+)?(?:unten|hier)\b)",
    r"\b(?:orientier\w*|halte?\s+dich|halten\s+sie\s+sich|richte?\s+dich|richten\s+sie\s+sich)\s+(?:\w+\s+){0,2}?(?:an|nach)\s+(?:dies\w*|folgend\w*|de[mnr]\s+folgenden)\b",
    r"\b(?:dies\w*|folgend\w*)\s+(?:[\w-]+\s+){0,3}?(?:als|zum)\s+(?:vorbild|muster|orientierung)\b",
    r"\b(?:match|follow|mirror|copy|imitate|use|keep|stick\s+to)\s+(?:the\s+)?(?:style|tone|format|structure|wording|voice|layout)\s+of\s+(?:this|these|the\s+following|the\s+\w+\s+below)\b",
    r"\b(?:use|take)\s+(?:this|these|the\s+following)\s+(?:[\w-]+\s+){0,3}?as\s+(?:an?\s+|the\s+|your\s+)?(?:model|template|guide|reference|example|pattern)\b",
    # a sample the prompt shows: 'in this style: "…"', 'genau so: {…}', 'So klingen wir: …', 'Vorher: … Nachher: …'
    r"\bin\s+(?:this|the\s+following)\s+(?:style|format|tone|pattern|way)\b|\bin\s+the\s+(?:tone|style)\s+of\s+this\b|\bfollowing\s+(?:this|the\s+same)\s+pattern\b"
    r"|\bgenau\s+so\s*:|\bso\s+klingen\s+wir\s*:|\bthis\s+is\s+how\s+we\s+sound|\b(?:wie|as)\s+(?:dieser|diesem|this)\s+(?:anfang|satz|text|einstieg|opening|one|sentence)\b"
    r"|\bin\s+diesem\s+(?:stil|format|ton|muster)\b|\b(?:vorher|before)\s*:[^\n]{1,80}?\b(?:nachher|after)\s*:|\bim\s+format\s+wie\s+hier\b|\bnach\s+diesem\s+(?:muster|schema|vorbild)\b"
)
PAIR_LINE = r"^[^\n\w]*\w[^\n]*?(?:->|=>|\u2192|\u21d2)[ \t]*\S[^\n]*"
"""An input -> output pair on one line ('Mail: Wir ziehen um -> Umzug'); two or more are examples."""

TONE = (
    r"\b(?:ton|tonfall|tonalit" + AE + r"t|tonality|tone|stil|schreibstil|sprachstil|style|voice|register|klingt|klingen|klingend|sound|sounds|sounding|duz\w*|siez\w*|per\s+du|per\s+sie|mit\s+du|mit\s+sie|mit\s+ihr|du-form|sie-form|du-ansprache|sie-ansprache|ansprache|anrede\s+(?:mit|per)|einfache[nr]?\s+sprache|leichte[nr]?\s+sprache|plain\s+(?:english|language)|jargon-?free|ohne\s+fachchinesisch|auf\s+augenh" + OE + r"he|on\s+first-?name\s+terms)\b",
    r"\b(?:freundlich\w*|h" + OE + r"flich\w*|sachlich\w*|locker\w*|l" + AE + r"ssig\w*|professionell\w*|f" + OE + r"rmlich\w*|formell\w*|informell\w*|seri" + OE + r"s\w*|verbindlich\w*|wertsch" + AE + r"tzend\w*|empathisch\w*|einf" + UE + r"hlsam\w*|humorvoll\w*|witzig\w*|lustig\w*|motivierend\w*|begeistert\w*|enthusiastisch\w*|n" + UE + r"chtern\w*|neutral\w*|charmant\w*|herzlich\w*|knackig\w*|pr" + AE + r"gnant\w*|inspirierend\w*|ermutigend\w*|respektvoll\w*|diplomatisch\w*|entschuldigend\w*|souver" + AE + r"n\w*|zugewandt\w*|kollegial\w*|modern\w*|frisch\w*|jung\w*|lebendig\w*|mitrei" + SS + r"end\w*|beruhigend\w*|verst" + AE + r"ndnisvoll\w*|konstruktiv\w*|selbstbewusst\w*|" + UE + r"berzeugend\w*|friendly|polite|politely|fr(?:ei|e|ie)ndly|formal|formally|informal|casual|casually|professional|professionally|warm|warmly|empathetic|empathic|neutral|upbeat|enthusiastic|confident|playful|humorous|funny|witty|serious|respectful|diplomatic|apologetic|conversational|engaging|inspiring|encouraging|calm|firm|courteous|approachable|light-?hearted|cheerful|sincere|compassionate|reassuring|understanding|supportive|factual|objective|snappy|punchy|energetic|catchy|persuasive|motivating|optimistic|gentle|sachlich-freundlich|freundlich-bestimmt|nett(?:e[nrms]?)?|lieb|charmant|bodenst" + AE + r"ndig\w*|humorous|lively|cool|fun|sympathisch\w*|augenzwinkernd\w*|frech\w*|cheeky|sassy|bold|cheesy|kitschig\w*|warmherzig\w*|in\s+(?:simple|plain|easy)\s+(?:terms|words|language)|in\s+einfachen\s+worten|layman's\s+terms|einfach\s+erkl" + AE + r"rt)\b",
    r"\b(?:alltagssprache|normale[nr]?\s+sprache|einfache[nr]?\s+s" + AE + r"tze\w*|simple\s+(?:sentences|words|english)|everyday\s+language|fr" + OE + r"hlich\w*|verspielt\w*|dankbar\w*|"
    r"einladend\w*|easy|hands-on|practical|laid-back|appreciative|grateful|wertsch" + AE + r"tzend\w*|reassuring|light|cheeky|bissig\w*|pragmatisch\w*)\b",
    r"\b(?:ohne|without)\s+(?:\w+\s+)?(?:buzzwords?|fachchinesisch|bla\w*|floskeln|beamtendeutsch|amtsdeutsch|pathos|zeigefinger|lecturing|waffle|"
    r"management-?bla\w*|schnickschnack|drama|panik\w*|blabla)\b",
    r"\b(?:not|nicht|never|nie)\s+(?:too\s+|zu\s+)?(?:grovelling|groveling|preachy|bossy|salesy|stiff|patronising|patronizing|condescending|"
    r"unterw" + UE + r"rfig|belehrend|steif|oberlehrerhaft|werblich|herablassend|anbiedernd|schleimig|aufdringlich)\b",
    r"\b(?:sound|klingen|klingt|wirken|wirkt)\s+(?:\w+\s+)?(?:scary|alarming|beängstigend|bedrohlich|panisch|dramatisch)\b|\b(?:make\s+it|lass\s+es)\s+(?:sound|klingen)\b",
)
TONE_FACT_BEFORE = re.compile(r"\b(?:ist|sind|war|waren|is|are|was|were)\s+(?:(?:sehr|immer|stets|total|echt|wirklich|always|very|really|extrem\w*)\s+)?$", FLAGS)
"""'Unsere Kollegen sind freundlich': a statement about people, not the tone asked for."""
TONE_QUALITY = re.compile(r"(?:professionell|professional|seri" + OE + r"s|serious|modern|jung|frisch|neutral|kompetent|erfahren)\w*$", FLAGS)
TONE_ROLE_AFTER = re.compile(r"^\s+" + ROLE_NOUN, FLAGS)
TONE_NOT_AFTER = re.compile(r"^\s+(?:daten|angaben|informationen|gespr" + AE + r"ch|kontakt|team(?!\s*-?\s*(?:[\w-]{0,40}(?:mail|update|reminder|message|note|nachricht|info|post|brief|letter|newsletter|announcement|invitation|einladung|ank" + UE + r"ndigung|erinnerung|chat))\b)|e-?mail-?adresse|stelle|ausbildung|umfeld|arbeitsumfeld|environment|experience|erfahrung|setting|kolleg(?:e|en|in|innen|ium)|atmosph" + AE + r"re)\b", FLAGS)

STEPS = (
    r"\b(?:schritt\s*f" + UE + r"r\s*schritt|schritt-f" + UE + r"r-schritt|schrittweise|step[\s-]*by[\s-]*step|step\s*\d|schritt\s*\d|\d\.\s*schritt|in\s+(?:einzelnen\s+|mehreren\s+|klaren\s+|kleinen\s+)?schritten|in\s+(?:clear\s+|small\s+|individual\s+|separate\s+|simple\s+)?steps|einzelnen\s+schritte|the\s+steps|die\s+schritte|gehe?\s+(?:dabei\s+)?(?:so|wie\s+folgt|folgenderma" + SS + r"en)\s+vor|gehen\s+sie\s+(?:dabei\s+)?(?:so|wie\s+folgt|folgenderma" + SS + r"en)\s+vor|vorgehen\s*:|walk\s+(?:me\s+)?through|think\s+(?:it\s+)?through|denke?\s+laut|let'?s\s+think|erstens|firstly|nacheinander|der\s+reihe\s+nach|one\s+by\s+one|one\s+at\s+a\s+time|proceed\s+as\s+follows|as\s+follows\s*:|danach|anschlie" + SS + r"end|im\s+anschluss|afterwards|after\s+that|and\s+then|gehe?\s+(?:\w+\s+){0,4}?durch|go\s+through)\b",
    r"\b(?:zuerst|zun" + AE + r"chst|als\s+erstes|erst)\b[^\n]{0,200}?\b(?:dann|danach|anschlie" + SS + r"end|im\s+anschluss|zum\s+schluss|abschlie" + SS + r"end|schlie" + SS + r"lich)\b",
    r"\b(?:first|start\s+by|begin\s+by|begin\s+with|start\s+with)\b[^\n]{0,200}?\b(?:then|next|after\s+that|afterwards|finally|lastly|second)\b",
    # show the reasoning: 'zeig den Rechenweg', 'show your working', 'explain each step', 'Think out loud', 'Arbeite in drei Stufen'
    r"\b(?:zeig\w*|erkl" + AE + r"r\w*|begr" + UE + r"nde\w*|leg\w*\s+offen)\s+(?:mir\s+)?(?:den|deinen|jeden|jede[nm]?|alle|die)\s+(?:\w+\s+)?(?:rechenweg|rechenschritt\w*|"
    r"gedankengang|l" + OE + r"sungsweg|zwischenschritt\w*|schritt\w*|" + UE + r"berlegung\w*|begr" + UE + r"ndung)\b"
    r"|\b(?:show|explain|justify|talk\s+me\s+through)\s+(?:your|each|every|all|the)\s+(?:\w+\s+)?(?:working|workings|reasoning|steps?|intermediate\s+steps?|thinking|calculation)\b"
    r"|\bexplain\s+your\s+reasoning\b|\bthink\s+out\s+loud\b|\bdenk\w*\s+laut\b|\b(?:arbeite|work|gehe?|proceed)\s+in\s+(?:\w+\s+)?(?:stufen|stages|phasen|phases|schritten|steps)\b"
    r"|\bfirst\b[^.!?\n]{0,80}?\bthen\b[^.!?\n]{0,80}?\bfinally\b"
)

SOURCE = r"(?:[\w-]{0,40}(?:text|dokument|mail|material|notizen|vertrag|bericht|handbuch|unterlagen|quelle|auszug|protokoll|artikel|agb|richtlinien?|vereinbarung|datei|angebot)|dort|darin|drin|da)"
"""Where an answer should stand: 'nicht im Text', 'dort nichts'."""
STANDS = r"(?:steht|stehen|drinsteht|drinstehen|vorkommt|vorkommen|zu\s+finden\s+ist|erw" + AE + r"hnt\s+(?:wird|ist))"
OUT = (
    r"\b(?:wenn|falls|sollte|sollten|sofern|solltest|wo|wann\s+immer)\b[^.!?]{0,80}?(?:unsicher|nicht\s+sicher|unklar|nicht\s+klar|nicht\s+eindeutig|nicht\s+wei" + SS + r"t|nicht\s+wisst|nicht\s+wissen|wei" + SS + r"t\s+du\s+nicht|fehl\w*|nicht\s+(?:vorhanden|angegeben|genannt|enthalten|ersichtlich|bekannt|ausreich\w*|beantworten|m" + OE + r"glich|hervorgeh\w*|drinsteh\w*|steh\w*)|keine\s+(?:angabe|information|info|daten|antwort|ahnung)\w*|zweifel|offen\s+bleib\w*|widerspr\w*|unvollst" + AE + r"ndig\w*|l" + UE + r"cken|mehrdeutig\w*|zweideutig\w*|vermiss\w*|unverst" + AE + r"ndlich\w*|nichts\s+(?:sagen|sagt|hergeben|hergibt|enthalten|enth" + AE + r"lt|steht|stehen)"
    r"|nicht?\s+(?:\w+\s+){0,3}?" + SOURCE + r"\s+(?:\w+\s+)?" + STANDS +
    r"|(?:" + SOURCE + r"\s+(?:\w+\s+)?nichts|nichts\s+(?:dazu|dar" + UE + r"ber|davon))\s+(?:\w+\s+){0,3}?" + STANDS + ")",
    r"\b(?:im\s+zweifel|frag\w*\s+(?:sie\s+)?(?:mich\s+|bitte\s+|gern\w*\s+|ruhig\s+|lieber\s+)*(?:nach|zur" + UE + r"ck)|r" + UE + r"ckfrage\w*|nachfrage\w*|stell\w*\s+(?:mir\s+)?(?:zuerst\s+|vorher\s+|bitte\s+)?(?:eine?\s+|gezielte\s+|kl" + AE + r"rende\s+)?(?:r" + UE + r"ck)?fragen|sag\w*\s+(?:es\s+|mir\s+|das\s+|ehrlich\s+|bitte\s+)*(?:so|offen|ehrlich|bescheid)|gib\s+(?:es\s+)?zu|statt\s+zu\s+raten|nicht\s+raten|markier\w*\s+(?:\w+\s+){0,3}?(?:als|mit)\s+(?:unklar|offen|fraglich|unsicher|\?|todo|l" + UE + r"cke)|kennzeichne\w*[^.!?]{0,60}?(?:unklar|offen|unsicher|fraglich|fehlend)|sag\w*\s+(?:mir|uns)\s*,?\s+(?:welche|was)\s+[^.!?]{0,30}?(?:brauchst|brauchen|ben" + OE + r"tigst|ben" + OE + r"tigen|fehlt)|(?:unklar|offen|fehlend|unbekannt)e?\s+(?:punkte|stellen|angaben|infos?)\s+(?:markieren|kennzeichnen|auflisten|nennen|benennen)|ich\s+erg" + AE + r"nze\s+(?:dann|sie|das)|lass\w*\s+(?:es\s+)?(?:weg|offen|leer)\s*,?\s*(?:wenn|falls))",
    (r"\b(?:if|when|where)\b[^.!?]{0,80}?(?:unsure|not\s+sure|uncertain|unclear|in\s+doubt|don't\s+know|do\s+not\s+know|missing|not\s+(?:clear|available|given|provided|mentioned|stated|included|known)|can't\s+(?:tell|find|answer)|cannot\s+(?:tell|find|answer)|lacking|ambiguous|no\s+(?:data|information|info)|(?:isn't|is\s+not|aren't|are\s+not|wasn't)\s+(?:named|listed|specified|given|clear|mentioned|stated|known)|(?:don't|doesn't|do\s+not|does\s+not)\s+(?:cover|say|mention|address|include)"
    r"|(?:answer|information|info|it|this|that|details?|data|facts?|figures?|numbers?)\s+(?:isn't|is\s+not|aren't|are\s+not|wasn't)\s+(?:in|there|covered|included|mentioned|listed)\b)"),
    r"\b(?:say\s+so|say\s+(?:that\s+)?you\s+(?:don't|do\s+not)\s+know|say\s+.{0,3}i\s+don't\s+know|tell\s+me\s+(?:so|if)|ask\s+(?:me\s+)?(?:for\s+clarification|clarifying\s+questions?|(?:follow-up\s+)?questions?|first|before)|let\s+me\s+know\s+(?:if|what|when)|flag\s+(?:anything|it|any|them|missing|unclear|gaps?|open)|mark\s+(?:\w+\s+){0,3}?as\s+(?:unclear|unknown|open|tbd|missing|uncertain)|rather\s+than\s+guess\w*|instead\s+of\s+guess\w*|(?:don't|do\s+not|never)\s+guess|admit\s+it|leave\s+(?:it\s+)?(?:blank|out|empty)\s+(?:if|when)|tell\s+me\s+what\s+(?:\w+\s+){0,2}?you\s+need)",
)

OUT = OUT + (
    # a condition of not knowing, then a way out: 'If you don't have current figures, please tell me', 'Fehlt ein Maß, … sag, welches'
    r"\b(?:if|wenn|falls|sollte\w*|fehlt|where|wo)\b[^.!?]{0,80}?(?:\b(?:not|nicht|kein\w*|unsure|unsicher|varies|mehrere|several|nobody|niemand)\b|n't\b)"
    r"[^.!?]{0,80}?\b(?:tell\s+me|say\s+(?:so|that|which|what|who)|sag\w*|ask\b|frag\w*|schreib\w*\s+[\"\u201e\u201c]|write\s+[\"\u201c]|list\s+them)",
    r"\bfehlt\s+(?:dir\s+)?(?:ein\w*\s+)?\w+\s*,[^.!?]{0,60}?\bsag\w*",
    r"\bmark\w*\b[^.!?]{0,60}?(?:\b(?:unsure|uncertain|not\s+sure|unsicher\w*|nicht\s+sicher|unklar\w*|unclear)\b)|\b(?:unsicher\w*|unsure|nicht\s+sicher)\b[^.!?]{0,40}?\bmarkier\w*",
    r"\bwhether\s+you(?:'re|\s+are)\s+sure\b|\bob\s+du\s+(?:dir\s+)?sicher\s+bist\b",
    r"[\"\u201e\u201c](?:unklar|unclear|unknown|unbekannt|nicht\s+pr" + UE + r"fbar|not\s+checkable|k\.\s?a\.|n/a|tbd|offen|open|\?)[\"\u201c\u201d]",
    r"\b(?:wenn|if)\s+(?:du|you)\s+(?:\w+\s+){1,3}?(?:annimmst|assume)\b|\bflag\s+(?:any|every)\s+assumption",
    r"\bask\s+me\s+back\b|\bfrag\w*\s+(?:mich\s+)?zur" + UE + r"ck\b|\bnicht\s+wei" + SS + r"t[^.!?\n]{0,40}?markier\w*",
)

OUT = OUT + (
    # a fallback answer: 'Passt keine, antworte „prüfen“', 'If it fits none, answer "needs review"', 'If you need details: ask'
    r"\b(?:passt\s+(?:keine|nichts)|if\s+(?:it\s+)?fits\s+none|if\s+none\s+(?:fits|applies))\b[^.!?\n]{0,40}?\b(?:antworte\w*|answer|write|schreib\w*|say|sag\w*)\b"
    r"|\b(?:if|wenn|falls)\s+(?:you\s+|du\s+)?(?:need|brauchst|ben" + OE + r"tigst)\s+(?:more\s+|mehr\s+)?(?:details?|infos?|information|angaben)\s*[:,]?\s*(?:just\s+)?(?:ask|frag\w*)"
    r"|\bi'?d\s+rather\s+have\s+a\s+question\b|\b(?:lieber|rather)\b[^.!?\n]{0,40}?(?:r" + UE + r"ckfrage|question\s+back|\bi\s+don't\s+know|wei" + SS + r"\s+ich\s+nicht)"
    r"|\bnichts\s+sicheres\s+wei" + SS + r"t\b[^.!?\n]{0,30}?\bsag\w*|\b(?:refer|verweis\w*)\s+(?:the\s+|den\s+|die\s+)?(?:\w+\s+)?(?:to|an)\s+(?:their|the|den|die|ihren|seinen)\b",
)
