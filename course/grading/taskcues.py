"""The task cues: what a prompt asks to be made (request verbs and the artefacts they make), German and English."""

from __future__ import annotations

from course.grading.cues import AE, OE, SS, UE, alt

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
