"""Cue patterns (de/en) of the tone check: the tone asked for, and what only looks like one (a fact, a role)."""

from __future__ import annotations

import re

from course.grading.cues import AE, FLAGS, OE, ROLE_NOUN, SS, UE

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
