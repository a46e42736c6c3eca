"""Cue patterns (de/en) of the steps check and the way out: what to do when the material does not say."""

from __future__ import annotations

from course.grading.cues import AE, OE, SS, UE

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
