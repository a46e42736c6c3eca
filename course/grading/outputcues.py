"""Cue patterns (de/en) of the checks on the output asked for: format, constraints, examples, tone, steps, way out."""

from __future__ import annotations

import re

from course.grading.cues import AE, FLAGS, NUM, OE, ROLE_NOUN, SS, UE, alt

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

TONE = (
    r"\b(?:ton|tonfall|tonalit"
    + AE
    + r"t|tonality|tone|stil|schreibstil|sprachstil|style|voice|register|klingt|klingen|klingend"
    r"|sound|sounds|sounding|duz\w*|siez\w*|per\s+du|per\s+sie|mit\s+du|mit\s+sie|mit\s+ihr"
    r"|du-form|sie-form|du-ansprache|sie-ansprache|ansprache|anrede\s+(?:mit|per)"
    r"|einfache[nr]?\s+sprache|leichte[nr]?\s+sprache|plain\s+(?:english|language)"
    r"|jargon-?free|ohne\s+fachchinesisch|auf\s+augenh" + OE + r"he|on\s+first-?name\s+terms)\b",
    r"\b(?:freundlich\w*|h"
    + OE
    + r"flich\w*|sachlich\w*|locker\w*|l"
    + AE
    + r"ssig\w*|professionell\w*|f"
    + OE
    + r"rmlich\w*|formell\w*|informell\w*|seri"
    + OE
    + r"s\w*|verbindlich\w*|wertsch"
    + AE
    + r"tzend\w*|empathisch\w*|einf"
    + UE
    + r"hlsam\w*|humorvoll\w*|witzig\w*|lustig\w*|motivierend\w*|begeistert\w*|enthusiastisch\w*|n"
    + UE
    + r"chtern\w*|neutral\w*|charmant\w*|herzlich\w*|knackig\w*|pr"
    + AE
    + r"gnant\w*|inspirierend\w*|ermutigend\w*|respektvoll\w*|diplomatisch\w*|entschuldigend\w*|souver"
    + AE
    + r"n\w*|zugewandt\w*|kollegial\w*|modern\w*|frisch\w*|jung\w*|lebendig\w*|mitrei"
    + SS
    + r"end\w*|beruhigend\w*|verst"
    + AE
    + r"ndnisvoll\w*|konstruktiv\w*|selbstbewusst\w*|"
    + UE
    + r"berzeugend\w*|friendly|polite|politely|fr(?:ei|e|ie)ndly|formal|formally|informal|casual"
    r"|casually|professional|professionally|warm|warmly|empathetic|empathic|neutral|upbeat"
    r"|enthusiastic|confident|playful|humorous|funny|witty|serious|respectful|diplomatic"
    r"|apologetic|conversational|engaging|inspiring|encouraging|calm|firm|courteous"
    r"|approachable|light-?hearted|cheerful|sincere|compassionate|reassuring|understanding"
    r"|supportive|factual|objective|snappy|punchy|energetic|catchy|persuasive|motivating"
    r"|optimistic|gentle|sachlich-freundlich|freundlich-bestimmt|nett(?:e[nrms]?)?|lieb"
    r"|charmant|bodenst"
    + AE
    + r"ndig\w*|humorous|lively|cool|fun|sympathisch\w*|augenzwinkernd\w*|frech\w*|cheeky|sassy"
    r"|bold|cheesy|kitschig\w*|warmherzig\w*"
    r"|in\s+(?:simple|plain|easy)\s+(?:terms|words|language)|in\s+einfachen\s+worten"
    r"|layman's\s+terms|einfach\s+erkl" + AE + r"rt)\b",
    r"\b(?:alltagssprache|normale[nr]?\s+sprache|einfache[nr]?\s+s"
    + AE
    + r"tze\w*|simple\s+(?:sentences|words|english)|everyday\s+language|fr"
    + OE
    + r"hlich\w*|verspielt\w*|dankbar\w*|"
    r"einladend\w*|easy|hands-on|practical|laid-back|appreciative|grateful|wertsch"
    + AE
    + r"tzend\w*|reassuring|light|cheeky|bissig\w*|pragmatisch\w*)\b",
    r"\b(?:ohne|without)\s+(?:\w+\s+)?(?:buzzwords?|fachchinesisch|bla\w*|floskeln"
    r"|beamtendeutsch|amtsdeutsch|pathos|zeigefinger|lecturing|waffle|"
    r"management-?bla\w*|schnickschnack|drama|panik\w*|blabla)\b",
    r"\b(?:not|nicht|never|nie)\s+(?:too\s+|zu\s+)?(?:grovelling|groveling|preachy|bossy"
    r"|salesy|stiff|patronising|patronizing|condescending|"
    r"unterw" + UE + r"rfig|belehrend|steif|oberlehrerhaft|werblich|herablassend|anbiedernd|schleimig|aufdringlich)\b",
    r"\b(?:sound|klingen|klingt|wirken|wirkt)\s+(?:\w+\s+)?(?:scary|alarming|beängstigend"
    r"|bedrohlich|panisch|dramatisch)\b|\b(?:make\s+it|lass\s+es)\s+(?:sound|klingen)\b",
)
TONE_FACT_BEFORE = re.compile(
    r"\b(?:ist|sind|war|waren|is|are|was"
    r"|were)\s+(?:(?:sehr|immer|stets|total|echt|wirklich|always|very|really|extrem\w*)\s+)?$",
    FLAGS,
)
"""'Unsere Kollegen sind freundlich': a statement about people, not the tone asked for."""
TONE_QUALITY = re.compile(
    r"(?:professionell|professional|seri" + OE + r"s|serious|modern|jung|frisch|neutral|kompetent|erfahren)\w*$", FLAGS
)
TONE_ROLE_AFTER = re.compile(r"^\s+" + ROLE_NOUN, FLAGS)
TONE_NOT_AFTER = re.compile(
    r"^\s+(?:daten|angaben|informationen|gespr"
    + AE
    + r"ch|kontakt|team(?!\s*-?\s*(?:[\w-]{0,40}(?:mail|update|reminder|message|note|nachricht"
    r"|info|post|brief|letter|newsletter|announcement|invitation|einladung|ank"
    + UE
    + r"ndigung|erinnerung|chat))\b)|e-?mail-?adresse|stelle|ausbildung|umfeld|arbeitsumfeld"
    r"|environment|experience|erfahrung|setting|kolleg(?:e|en|in|innen|ium)|atmosph" + AE + r"re)\b",
    FLAGS,
)

STEPS = (
    r"\b(?:schritt\s*f"
    + UE
    + r"r\s*schritt|schritt-f"
    + UE
    + r"r-schritt|schrittweise|step[\s-]*by[\s-]*step|step\s*\d|schritt\s*\d|\d\.\s*schritt"
    r"|in\s+(?:einzelnen\s+|mehreren\s+|klaren\s+|kleinen\s+)?schritten"
    r"|in\s+(?:clear\s+|small\s+|individual\s+|separate\s+|simple\s+)?steps"
    r"|einzelnen\s+schritte|the\s+steps|die\s+schritte"
    r"|gehe?\s+(?:dabei\s+)?(?:so|wie\s+folgt|folgenderma"
    + SS
    + r"en)\s+vor|gehen\s+sie\s+(?:dabei\s+)?(?:so|wie\s+folgt|folgenderma"
    + SS
    + r"en)\s+vor|vorgehen\s*:|walk\s+(?:me\s+)?through|think\s+(?:it\s+)?through|denke?\s+laut"
    r"|let'?s\s+think|erstens|firstly|nacheinander|der\s+reihe\s+nach|one\s+by\s+one"
    r"|one\s+at\s+a\s+time|proceed\s+as\s+follows|as\s+follows\s*:|danach|anschlie"
    + SS
    + r"end|im\s+anschluss|afterwards|after\s+that|and\s+then|gehe?\s+(?:\w+\s+){0,4}?durch|go\s+through)\b",
    r"\b(?:zuerst|zun"
    + AE
    + r"chst|als\s+erstes|erst)\b[^\n]{0,200}?\b(?:dann|danach|anschlie"
    + SS
    + r"end|im\s+anschluss|zum\s+schluss|abschlie"
    + SS
    + r"end|schlie"
    + SS
    + r"lich)\b",
    r"\b(?:first|start\s+by|begin\s+by|begin\s+with|start\s+with)\b[^\n]{0,200}?\b(?:then|next"
    r"|after\s+that|afterwards|finally|lastly|second)\b",
    # show the reasoning: 'zeig den Rechenweg', 'show your working', 'explain each step', 'Think out loud',
    # 'Arbeite in drei Stufen'
    r"\b(?:zeig\w*|erkl"
    + AE
    + r"r\w*|begr"
    + UE
    + r"nde\w*|leg\w*\s+offen)\s+(?:mir\s+)?(?:den|deinen|jeden|jede[nm]?|alle"
    r"|die)\s+(?:\w+\s+)?(?:rechenweg|rechenschritt\w*|"
    r"gedankengang|l" + OE + r"sungsweg|zwischenschritt\w*|schritt\w*|" + UE + r"berlegung\w*|begr" + UE + r"ndung)\b"
    r"|\b(?:show|explain|justify|talk\s+me\s+through)\s+(?:your|each|every|all"
    r"|the)\s+(?:\w+\s+)?(?:working|workings|reasoning|steps?|intermediate\s+steps?|thinking"
    r"|calculation)\b"
    r"|\bexplain\s+your\s+reasoning\b|\bthink\s+out\s+loud\b|\bdenk\w*\s+laut\b"
    r"|\b(?:arbeite|work|gehe?|proceed)\s+in\s+(?:\w+\s+)?(?:stufen|stages|phasen|phases"
    r"|schritten|steps)\b"
    r"|\bfirst\b[^.!?\n]{0,80}?\bthen\b[^.!?\n]{0,80}?\bfinally\b",
)

SOURCE = (
    r"(?:[\w-]{0,40}(?:text|dokument|mail|material|notizen|vertrag|bericht|handbuch|unterlagen"
    r"|quelle|auszug|protokoll|artikel|agb|richtlinien?|vereinbarung|datei|angebot)|dort|darin"
    r"|drin|da)"
)
"""Where an answer should stand: 'nicht im Text', 'dort nichts'."""
STANDS = r"(?:steht|stehen|drinsteht|drinstehen|vorkommt|vorkommen|zu\s+finden\s+ist|erw" + AE + r"hnt\s+(?:wird|ist))"
OUT: tuple[str, ...] = (
    r"\b(?:wenn|falls|sollte|sollten|sofern|solltest|wo"
    r"|wann\s+immer)\b[^.!?]{0,80}?(?:unsicher|nicht\s+sicher|unklar|nicht\s+klar"
    r"|nicht\s+eindeutig|nicht\s+wei" + SS + r"t|nicht\s+wisst|nicht\s+wissen|wei" + SS + r"t\s+du\s+nicht|fehl\w*"
    r"|nicht\s+(?:vorhanden|angegeben|genannt|enthalten|ersichtlich|bekannt|ausreich\w*"
    r"|beantworten|m" + OE + r"glich|hervorgeh\w*|drinsteh\w*|steh\w*)"
    r"|keine\s+(?:angabe|information|info|daten|antwort|ahnung)\w*|zweifel|offen\s+bleib\w*"
    r"|widerspr\w*|unvollst"
    + AE
    + r"ndig\w*|l"
    + UE
    + r"cken|mehrdeutig\w*|zweideutig\w*|vermiss\w*|unverst"
    + AE
    + r"ndlich\w*|nichts\s+(?:sagen|sagt|hergeben|hergibt|enthalten|enth"
    + AE
    + r"lt|steht|stehen)"
    r"|nicht?\s+(?:\w+\s+){0,3}?"
    + SOURCE
    + r"\s+(?:\w+\s+)?"
    + STANDS
    + r"|(?:"
    + SOURCE
    + r"\s+(?:\w+\s+)?nichts|nichts\s+(?:dazu|dar"
    + UE
    + r"ber|davon))\s+(?:\w+\s+){0,3}?"
    + STANDS
    + ")",
    r"\b(?:im\s+zweifel|frag\w*\s+(?:sie\s+)?(?:mich\s+|bitte\s+|gern\w*\s+|ruhig\s+|lieber\s+)*(?:nach|zur"
    + UE
    + r"ck)|r"
    + UE
    + r"ckfrage\w*|nachfrage\w*|stell\w*\s+(?:mir\s+)?(?:zuerst\s+|vorher\s+|bitte\s+)?(?:eine?\s+|gezielte\s+|kl"
    + AE
    + r"rende\s+)?(?:r"
    + UE
    + r"ck)?fragen|sag\w*\s+(?:es\s+|mir\s+|das\s+|ehrlich\s+|bitte\s+)*(?:so|offen|ehrlich"
    r"|bescheid)|gib\s+(?:es\s+)?zu|statt\s+zu\s+raten|nicht\s+raten"
    r"|markier\w*\s+(?:\w+\s+){0,3}?(?:als|mit)\s+(?:unklar|offen|fraglich|unsicher|\?|todo|l"
    + UE
    + r"cke)|kennzeichne\w*[^.!?]{0,60}?(?:unklar|offen|unsicher|fraglich|fehlend)"
    r"|sag\w*\s+(?:mir|uns)\s*,?\s+(?:welche|was)\s+[^.!?]{0,30}?(?:brauchst|brauchen|ben"
    + OE
    + r"tigst|ben"
    + OE
    + r"tigen|fehlt)|(?:unklar|offen|fehlend|unbekannt)e?\s+(?:punkte|stellen|angaben"
    r"|infos?)\s+(?:markieren|kennzeichnen|auflisten|nennen|benennen)|ich\s+erg"
    + AE
    + r"nze\s+(?:dann|sie|das)|lass\w*\s+(?:es\s+)?(?:weg|offen|leer)\s*,?\s*(?:wenn|falls))",
    (
        r"\b(?:if|when|where)\b[^.!?]{0,80}?(?:unsure|not\s+sure|uncertain|unclear|in\s+doubt"
        r"|don't\s+know|do\s+not\s+know|missing"
        r"|not\s+(?:clear|available|given|provided|mentioned|stated|included|known)"
        r"|can't\s+(?:tell|find|answer)|cannot\s+(?:tell|find|answer)|lacking|ambiguous"
        r"|no\s+(?:data|information|info)"
        r"|(?:isn't|is\s+not|aren't|are\s+not|wasn't)\s+(?:named|listed|specified|given|clear"
        r"|mentioned|stated|known)"
        r"|(?:don't|doesn't|do\s+not|does\s+not)\s+(?:cover|say|mention|address|include)"
        r"|(?:answer|information|info|it|this|that|details?|data|facts?|figures?"
        r"|numbers?)\s+(?:isn't|is\s+not|aren't|are\s+not|wasn't)\s+(?:in|there|covered|included"
        r"|mentioned|listed)\b)"
    ),
    r"\b(?:say\s+so|say\s+(?:that\s+)?you\s+(?:don't|do\s+not)\s+know"
    r"|say\s+.{0,3}i\s+don't\s+know|tell\s+me\s+(?:so|if)"
    r"|ask\s+(?:me\s+)?(?:for\s+clarification|clarifying\s+questions?"
    r"|(?:follow-up\s+)?questions?|first|before)|let\s+me\s+know\s+(?:if|what|when)"
    r"|flag\s+(?:anything|it|any|them|missing|unclear|gaps?|open)"
    r"|mark\s+(?:\w+\s+){0,3}?as\s+(?:unclear|unknown|open|tbd|missing|uncertain)"
    r"|rather\s+than\s+guess\w*|instead\s+of\s+guess\w*|(?:don't|do\s+not|never)\s+guess"
    r"|admit\s+it|leave\s+(?:it\s+)?(?:blank|out|empty)\s+(?:if|when)"
    r"|tell\s+me\s+what\s+(?:\w+\s+){0,2}?you\s+need)",
)

OUT = OUT + (
    # a condition of not knowing, then a way out: 'If you don't have current figures, please tell me',
    # 'Fehlt ein Maß, … sag, welches'
    r"\b(?:if|wenn|falls|sollte\w*|fehlt|where"
    r"|wo)\b[^.!?]{0,80}?(?:\b(?:not|nicht|kein\w*|unsure|unsicher|varies|mehrere|several"
    r"|nobody|niemand)\b|n't\b)"
    r"[^.!?]{0,80}?\b(?:tell\s+me|say\s+(?:so|that|which|what|who)|sag\w*|ask\b|frag\w*"
    r"|schreib\w*\s+[\"\u201e\u201c]|write\s+[\"\u201c]|list\s+them)",
    r"\bfehlt\s+(?:dir\s+)?(?:ein\w*\s+)?\w+\s*,[^.!?]{0,60}?\bsag\w*",
    r"\bmark\w*\b[^.!?]{0,60}?(?:\b(?:unsure|uncertain|not\s+sure|unsicher\w*|nicht\s+sicher"
    r"|unklar\w*|unclear)\b)"
    r"|\b(?:unsicher\w*|unsure|nicht\s+sicher)\b[^.!?]{0,40}?\bmarkier\w*",
    r"\bwhether\s+you(?:'re|\s+are)\s+sure\b|\bob\s+du\s+(?:dir\s+)?sicher\s+bist\b",
    r"[\"\u201e\u201c](?:unklar|unclear|unknown|unbekannt|nicht\s+pr"
    + UE
    + r"fbar|not\s+checkable|k\.\s?a\.|n/a|tbd|offen|open|\?)[\"\u201c\u201d]",
    r"\b(?:wenn|if)\s+(?:du|you)\s+(?:\w+\s+){1,3}?(?:annimmst|assume)\b|\bflag\s+(?:any|every)\s+assumption",
    r"\bask\s+me\s+back\b|\bfrag\w*\s+(?:mich\s+)?zur"
    + UE
    + r"ck\b|\bnicht\s+wei"
    + SS
    + r"t[^.!?\n]{0,40}?markier\w*",
)

OUT = OUT + (
    # a fallback answer: 'Passt keine, antworte „prüfen“', 'If it fits none, answer "needs review"',
    # 'If you need details: ask'
    r"\b(?:passt\s+(?:keine|nichts)|if\s+(?:it\s+)?fits\s+none"
    r"|if\s+none\s+(?:fits|applies))\b[^.!?\n]{0,40}?\b(?:antworte\w*|answer|write|schreib\w*"
    r"|say|sag\w*)\b"
    r"|\b(?:if|wenn|falls)\s+(?:you\s+|du\s+)?(?:need|brauchst|ben"
    + OE
    + r"tigst)\s+(?:more\s+|mehr\s+)?(?:details?|infos?|information|angaben)\s*[:,]?\s*(?:just\s+)?(?:ask|frag\w*)"
    r"|\bi'?d\s+rather\s+have\s+a\s+question\b|\b(?:lieber|rather)\b[^.!?\n]{0,40}?(?:r"
    + UE
    + r"ckfrage|question\s+back|\bi\s+don't\s+know|wei"
    + SS
    + r"\s+ich\s+nicht)"
    r"|\bnichts\s+sicheres\s+wei" + SS + r"t\b[^.!?\n]{0,30}?\bsag\w*"
    r"|\b(?:refer|verweis\w*)\s+(?:the\s+|den\s+|die\s+)?(?:\w+\s+)?(?:to|an)\s+(?:their|the"
    r"|den|die|ihren|seinen)\b",
)
