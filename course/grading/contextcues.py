"""The context cues: a prompt that tells the situation (background, who we are, where the data is)."""

from __future__ import annotations

from course.grading.cues import AE, OE, ROLE_NOUN, SS, UE

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
