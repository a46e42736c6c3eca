"""Cue patterns (de/en) of the checks on the output asked for: format, constraints and examples."""

from __future__ import annotations

import re

from course.grading.cues import AE, FLAGS, NUM, OE, SS, UE, alt

TEXT_UNITS = alt(
    "s" + AE + "tze[n]?",
    "satz",
    "saetze",
    "w" + OE + "rter[n]?",
    "worte[n]?",
    "zeichen",
    "zeilen",
    "zeile",
    "abs" + AE + "tze[n]?",
    "absatz",
    "seiten?",
    "folien",
    "sentences?",
    "words?",
    "characters?",
    "chars",
    "lines?",
    "paragraphs?",
    "pages?",
    "slides?",
    "tweets?",
)
ITEM_UNITS = alt(
    "stichpunkte[n]?",
    "punkte[n]?",
    r"bullet\s+points?",
    "bullets?",
    "points?",
    "spalten",
    "columns?",
    "abschnitte[n]?",
    "sections?",
    "minuten",
    "minutes",
)
WITH_ITEMS = alt(
    "fragen",
    "questions?",
    "eintr" + AE + "ge[n]?",
    "entries",
    "items?",
    "schritte[n]?",
    "steps?",
    "tipps?",
    "tips?",
    "beispiele[n]?",
    "examples?",
    "kapitel[n]?",
    "chapters?",
    "teile[n]?",
    "parts?",
    "folien",
    "slides?",
)


def length(units: str) -> tuple[str, ...]:
    """Length specifications ('max. 5 Sätze', 'in three sentences', '100 words or fewer') in `units`."""
    return (
        r"\b(?:max(?:imal|\.)?|h"
        + OE
        + r"chstens|bis\s+zu|nicht\s+mehr\s+als|nicht\s+l"
        + AE
        + r"nger\s+als|weniger\s+als|unter|mindestens|genau|ca\.|circa|etwa|rund|in|mit|und"
        r"|no\s+more\s+than|not\s+more\s+than|at\s+most|max(?:imum)?|up\s+to|under|less\s+than"
        r"|fewer\s+than|at\s+least|exactly|about|around|within|in|into|with|and|of|von|aus"
        r"|keep\s+it\s+(?:under|to|below)|each|jeweils|jede[rs]?)\s+(?:nur\s+|only\s+)?"
        + NUM
        + r"(?:\s*[-–]\s*\d+)?\s*(?:kurze[n]?\s+|short\s+|knappe[n]?\s+|ganze[n]?\s+|vollst"
        + AE
        + r"ndige[n]?\s+|bullet\s+|key\s+)?"
        + units
        + r"\b",
        r"\b" + NUM + r"\s*(?:kurze[n]?\s+|short\s+|knappe[n]?\s+)?" + units + r"\b",
        r"\b" + NUM + r"\s+" + units + r"\s+(?:or\s+(?:fewer|less)|oder\s+weniger|max(?:imum|imal)?\.?)",
    )


FORMAT = length(alt(TEXT_UNITS, ITEM_UNITS)) + (
    r"\b(?:mit|with|in|aus|of|into)\s+" + NUM + r"\s+(?:[\w-]+\s+)?" + WITH_ITEMS + r"\b",
    r"\b(?:tabelle[n]?|tabellarisch\w*|stichpunkt\w*|stichwort(?:artig|e|en)|aufz"
    + AE
    + r"hlung\w*|bullet\w*|json|markdown|csv|xml|html|yaml|"
    + UE
    + r"berschrift\w*|zwischen"
    + UE
    + r"berschrift\w*|headings?|headlines?|subheadings?|absatz|abs"
    + AE
    + r"tze[n]?|paragraphs?|abschnitte\w*|sections?|gliederung|gegliedert|checkliste\w*"
    r"|checklists?|betreffzeile|betreff|subject\s+line|flie"
    + SS
    + r"text|ausgabeformat|format|formatiert|formatierung|layout|tables?|tabular|numbered"
    r"|nummeriert\w*|aufgelistet|spiegelstrich\w*|listenform|listen|hashtags?|emojis?"
    r"|call[\s-]+to[\s-]+action|cta|gru"
    + SS
    + r"formel|anrede|sign[\s-]?off|salutation|greeting|fazit|tl;?dr|einleitung|schluss"
    r"|zeilenumbr\w*|emoji|codeblock|code-?block|code\s+block|bul{1,2}[ei]?t\w*)\b",
    r"\b(?:liste|list)\b(?!\s+(?:der|von|of)\s+(?:teilnehmer|mitarbeiter|kunden|participants|names|namen)\b)",
    r"\b(?:als|in\s+form\s+(?:einer|eines|von)|im\s+stil\s+(?:einer|eines)|as\s+(?:an?|the)"
    r"|in\s+the\s+form\s+of|in\s+(?:an?\s+)?)\s*(?:kurze\w*\s+|short\s+|formal\w*\s+"
    r"|formelle\w*\s+)?(?:e-?mail|mail|brief|letter|memo|tabelle|table|liste|list|json|flie"
    + SS
    + r"text|protokoll|"
    + UE
    + r"bersicht|overview|tweet|post|beitrag|folie\w*|slides?|bericht|report|faq|q&a|dialog"
    r"|interview|steckbrief|one-?pager|executive\s+summary|zusammenfassung|summary)\b",
    r"\b(?:mit\s+(?:den\s+)?spalten|with\s+(?:the\s+)?columns)\b",
    r"\b(?:kurz\s+und\s+knapp|einzeiler|one-?liner|eine\s+zeile|one\s+line|ein\s+satz"
    r"|one\s+sentence|a\s+single\s+sentence|einem\s+satz|zwei\s+s"
    + AE
    + r"tzen|two\s+sentences|three\s+sentences|drei\s+s"
    + AE
    + r"tzen)\b",
)
COUNTED = re.compile(NUM + r"\s+(?:\w+\s+)?$", FLAGS)
"""'drei Überschriften', 'three headlines': the artefact itself, not a layout."""
FORMAT_NOT_BEFORE = re.compile(
    r"(?:excel[- ]?|pivot\s*-?|spreadsheet\s+"
    r"|\b(?:this|these|those|dieser|diesem|dieses|diesen|diese|jenem)\s+"
    r"|\b(?:it's|it\s+is|es\s+ist|er\s+ist)\s+(?:\w+\s+)?|\b(?:hat|haben|has|have|had|enth"
    + AE
    + r"lt|contains|umfasst)\s+(?:\w+\s+)?)$",
    FLAGS,
)
FORMAT_MATERIAL = re.compile(r"\b(?:meiner|unserer|der|dieser|die|my|our|the|this)\s+(?:excel-?\s*)?$", FLAGS)
"""'in meiner Tabelle', 'in the list': material, when the cue is a table or list."""
FORMAT_NOT_AFTER = re.compile(
    r"^(?:n?blatt|nkalkulation|\s+(?:long|lang)\b|(?-i:\s+[A-Z]{1,2}\b)|\s+\d|\s+(?:hat|has|have|had|enth"
    + AE
    + r"lt|contains|ist|is|war|was)\b|\s+(?:at\s+a\s+time|by\s+(?:section|point)|f"
    + UE
    + r"r\s+(?:abschnitt|punkt))\b)",
    FLAGS,
)

CONSTRAINTS = length(TEXT_UNITS) + (
    r"\b(?:unver" + AE + r"ndert|unchanged|verbatim|w" + OE + r"rtlich|as\s+is|beibehalten|beibehält|intact)\b",
    r"\b\w+e?\s+(?:\w+\s+)?nichts(?:\s+(?:hoch|aus|dazu|hinzu|weg|um|ab|an|mehr|neu|am\s+[\w-]+))?\s*(?=[,.;!:\n]|$)",
    r"\blass\w*\s+(?:[\w-]+\s+){0,4}?weg\b|\bweglassen\b|\bleave\s+out\b|\bomit\b|\bskip\b",
    r"(?:^|[,.;:]\s*)(?:und\s+|and\s+|aber\s+|but\s+)?(?:keine?n?"
    r"|no)\s+[\w-]+(?:\s+[\w-]+)?\s*(?=[,.;!\n]|$|\s+(?:und|and|oder|or)\b)",
    r"\b(?:verwende|verwenden|benutze|benutzen|nutze|nutzen|nenne|nennen|erw"
    + AE
    + r"hne|erw"
    + AE
    + r"hnen|schreibe|schreib|schreiben|erfinde|erfinden|f"
    + UE
    + r"ge|gib|geben|"
    + UE
    + r"bernimm|mache|mach|nimm|verrate|wiederhole|setze|verspreche|versprich|gebrauche|zitiere"
    r"|teile|use|include|mention|add|invent|make\s+up|promise|reveal|repeat|share|exceed"
    r"|go\s+over)\w*\s+(?:\w+\s+){0,3}?(?:kein\w*|nicht|nichts|niemals|nie|keinerlei|no|none"
    r"|nothing|never)\b",
    r"\b(?:kein\w*|nicht|nichts|niemals)\s+(?:\w+\s+){0,4}?(?:verwenden|nennen|erw"
    + AE
    + r"hnen|erfinden|verraten|wiederholen|benutzen|nutzen|schreiben|versprechen|"
    + UE
    + r"bernehmen|zitieren|hinzuf"
    + UE
    + r"gen|weitergeben|enthalten|rein|dazu|verwende[nt]?|erfinde[nt]?)\b",
    r"\b(?:ohne|au"
    + SS
    + r"er|lediglich|ausschlie"
    + SS
    + r"lich|nur|vermeide\w*|verzichte\w*|achte\s+darauf|achten\s+sie\s+darauf|beachte\w*|wichtig\s*:|muss|musst|m"
    + UE
    + r"ssen|darf|darfst|d"
    + UE
    + r"rfen|sollst|soll\s+(?:nicht|kein\w*|nur|maximal|h"
    + OE
    + r"chstens|unbedingt)|unbedingt|keinesfalls|auf\s+keinen\s+fall|halte\s+dich"
    r"|halten\s+sie\s+sich|bleib\w*\s+(?:bei|sachlich|unter)|beschr"
    + AE
    + r"nk\w*|begrenz\w*|maximal|h"
    + OE
    + r"chstens|max\.|mindestens|nicht\s+mehr\s+als|nicht\s+l"
    + AE
    + r"nger\s+als|bis\s+zu\s+\d+|einschr"
    + AE
    + r"nkung\w*|vorgabe\w*|bedingung\w*|regeln?\s*:)\b",
    r"\b(?:do\s+not(?!\s+know)|don't(?!\s+know)|dont(?!\s+know)|never|avoid\w*|without|only"
    r"|exclusively|no\s+more\s+than|not\s+more\s+than|at\s+most|at\s+least|maximum|max\.?"
    r"|must(?!-)|must\s+not|mustn't|should\s+not|shouldn't|limit\w*"
    r"|keep\s+it\s+(?:under|below|to|within)|stick\s+to|refrain|make\s+sure|ensure"
    r"|important\s*:|restrictions?|constraints?|rules?\s*:|under\s+no\s+circumstances"
    r"|no\s+(?:jargon|emojis?|hashtags?|names?|technical|more|longer|personal|internal|made-up"
    r"|buzzwords?|exclamation|explanations?|extra|further|additional|comments?|intro"
    r"|introduction|details|speculation|guesswork|assumptions|salary|prices?|figures)"
    r"|not\s+(?:exceed|longer|more|include|mention|use|invent))\b",
    r"\bkeine?n?\s+(?:fachbegriffe|fachjargon|jargon|fremdw"
    + OE
    + r"rter|anglizismen|emojis?|hashtags?|namen|floskeln|ausrufezeichen|zahlen|details"
    r"|vermutungen|versprechen|internen?|personenbezogenen?|abk"
    + UE
    + r"rzungen|wiederholungen|superlative|passiv|schachtels"
    + AE
    + r"tze|werbesprache|buzzwords?)\b",
)
CONSTRAINTS = CONSTRAINTS + (
    # the output language: 'ins Türkische', 'into Polish', 'auf Englisch'
    r"\b(?:ins|in\s+die|auf)\s+(?:\w+\s+)?(?:deutsche|englische|t"
    + UE
    + r"rkische|polnische|russische|ukrainische|arabische|franz"
    + OE
    + r"sische|italienische|spanische|rum"
    + AE
    + r"nische|bulgarische|kroatische|griechische|portugiesische|niederl"
    + AE
    + r"ndische|einfache\s+deutsch)\b"
    r"|\bauf\s+(?:deutsch|englisch|t" + UE + r"rkisch|polnisch|franz" + OE + r"sisch|spanisch|italienisch)\b"
    r"|\b(?:into|in)\s+(?:plain\s+)?(?:english|german|polish|turkish|romanian|russian"
    r"|ukrainian|arabic|french|spanish|italian|portuguese|dutch|welsh|urdu|punjabi|bengali)\b",
    # 'No promises about …', 'Keine Beispiele aus …' at the start of a line or sentence
    r"(?:^|[.!?]\s+)[ \t*\u2022-]*(?:no|keine?n?|kein)\s+[\w-]+",
    r"\b(?:exclud\w*|ausschlie"
    + SS
    + r"en|ausgenommen|leave\s+(?:\w+\s+){1,3}?out|lass\w*\s+(?:\w+\s+){1,3}?weg|behalte\w*"
    r"|keep\s+(?:the|all|every|each)\s+\w+)\b",
    r"\b(?:nicht|not)\s+(?:als|as|in)\s+(?:\w+\s+)?(?:tabelle|table|liste|list|stichpunkte\w*|bullet\w*|aufz"
    + AE
    + r"hlung|flie"
    + SS
    + r"text|json|markdown)",
    r"\bnichts\s+(?:davor|danach|anderes|weiter|sonst|mehr|dazu|hinzu\w*|beschönig\w*|besch"
    + OE
    + r"nig\w*|erfinde\w*|erfunden\w*)\b|\bnothing\s+(?:else|more|before|after)\b|\bnicht\s+mehr\s*[.!]",
)
CONSTRAINT_NOT_AFTER = re.compile(r"^(?:\s+(?:noch|ich|wir|er|es|zwei|drei|\d)\b)", FLAGS)
VAGUE_AFTER = re.compile(
    r"^\s+(?:[\w']+\s+){0,3}?(?:zu|allzu|too|overly|so)\s+(?:viel\w*|lang\w*|ausf"
    + UE
    + r"hrlich\w*|detailliert\w*|f"
    + OE
    + r"rmlich\w*|formell\w*|steif\w*|kompliziert\w*|technisch\w*|kurz\w*|knapp\w*|locker\w*|werblich\w*|"
    + UE
    + r"bertrieben\w*|gro"
    + SS
    + r"\w*|much|many|long|lengthy|wordy|detailed|formal|stiff|technical|complicated|short|"
    r"casual|salesy|verbose|big|extensive|elaborate)\b|^\s+(?:kurz|knapp|short|brief)\b"
    r"|^\s+(?:[\w']+\s+){0,3}?(?:overboard|over\s+the\s+top|" + UE + r"bertreib\w*|zu\s+weit)\b",
    FLAGS,
)
"""'schreib nicht zu viel', "don't make it too long", 'halte dich kurz': a wish, not a checkable limit."""
CONDITION = re.compile(r"\b(?:wenn|falls|sofern|ob|if|whether|unless)\b", FLAGS)
"""A negation inside a condition ('Wenn dort nichts dazu steht') is no rule."""

EXAMPLES_NOT_BEFORE = re.compile(
    r"\b(?:gib|gebt|geben\s+sie|zeig\w*|nenn\w*|liefere\w*|mit|ohne|give|show|provide|include"
    r"|add|with|without|plus)\s+(?:(?:mir|me|us|uns)\s+)?(?:\w+\s+)?$",
    FLAGS,
)
EXAMPLES = (
    r"\b(?:beispiel\w*|bsp\.?|z\.\s?b\.?|zb\.?|zum\s+beispiel|etwa\s+so|so\s+wie\s+hier|ungef"
    + AE
    + r"hr\s+so|in\s+etwa\s+so|musterantwort|mustertext|musterformulierung"
    r"|muster(?!mann|frau|stadt|stra)\w*|example\w*|e\.\s?g\.?|for\s+instance|such\s+as"
    r"|sample\w*|like\s+this|like\s+so|something\s+like|along\s+the\s+lines\s+of"
    r"|similar\s+to\s+this|here\s+is\s+how|etwa\s*:|wie\s+etwa|input\s*:|output\s*:"
    r"|eingabe\s*:|ausgabe\s*:|im\s+stil\s+von|in\s+the\s+style\s+of)",
    r"\b(?:wie|like|such\s+as|etwa)\s*:?\s*\"",
    # a model to follow that the prompt gives: "Orientiere dich am Stil dieses alten Posts",
    # "Match the style of this post"
    r"\b(?:im|am|nach\s+dem)\s+(?:stil|muster|vorbild|aufbau|ton)\s+(?:dies\w*|folgend\w*"
    r"|de[rs]\s+folgenden|de[rs]\s+(?:\w+\s+)?(?:unten|hier)\b)",
    r"\b(?:orientier\w*|halte?\s+dich|halten\s+sie\s+sich|richte?\s+dich"
    r"|richten\s+sie\s+sich)\s+(?:\w+\s+){0,2}?(?:an|nach)\s+(?:dies\w*|folgend\w*"
    r"|de[mnr]\s+folgenden)\b",
    r"\b(?:dies\w*|folgend\w*)\s+(?:[\w-]+\s+){0,3}?(?:als|zum)\s+(?:vorbild|muster|orientierung)\b",
    r"\b(?:match|follow|mirror|copy|imitate|use|keep|stick\s+to)\s+(?:the\s+)?(?:style|tone"
    r"|format|structure|wording|voice|layout)\s+of\s+(?:this|these|the\s+following"
    r"|the\s+\w+\s+below)\b",
    r"\b(?:use|take)\s+(?:this|these|the\s+following)\s+(?:[\w-]+\s+){0,3}?as\s+(?:an?\s+"
    r"|the\s+|your\s+)?(?:model|template|guide|reference|example|pattern)\b",
    # a sample the prompt shows: 'in this style: "…"', 'genau so: {…}', 'So klingen wir: …', 'Vorher: … Nachher: …'
    r"\bin\s+(?:this|the\s+following)\s+(?:style|format|tone|pattern|way)\b"
    r"|\bin\s+the\s+(?:tone|style)\s+of\s+this\b|\bfollowing\s+(?:this|the\s+same)\s+pattern\b"
    r"|\bgenau\s+so\s*:|\bso\s+klingen\s+wir\s*:|\bthis\s+is\s+how\s+we\s+sound"
    r"|\b(?:wie|as)\s+(?:dieser|diesem|this)\s+(?:anfang|satz|text|einstieg|opening|one"
    r"|sentence)\b"
    r"|\bin\s+diesem\s+(?:stil|format|ton|muster)\b"
    r"|\b(?:vorher|before)\s*:[^\n]{1,80}?\b(?:nachher|after)\s*:|\bim\s+format\s+wie\s+hier\b"
    r"|\bnach\s+diesem\s+(?:muster|schema|vorbild)\b",
)
PAIR_LINE = r"^[^\n\w]*\w[^\n]*?(?:->|=>|\u2192|\u21d2)[ \t]*\S[^\n]*"
"""An input -> output pair on one line ('Mail: Wir ziehen um -> Umzug'); two or more are examples."""
