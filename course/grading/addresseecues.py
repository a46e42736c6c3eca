"""German and English cue patterns of who is addressed: a person spoken to (Frau Meier, Sie, you) or written to."""

from __future__ import annotations

import re

from course.grading.cues import AE, FLAGS, OE, UE

_COMM = (
    r"(?:schreib|verfass|formulier|antwort|brief|mail|nachricht|post|info|aushang"
    r"|rundschreiben|einladung|absage|zusage|"
    r"erkl"
    + AE
    + r"r|erl"
    + AE
    + r"uter|sag|text|flyer|newsletter|schreiben|mitteilung|hinweis|anleitung|pr"
    + AE
    + r"sentation|folie|"
    r"rede|whatsapp|sms|zettel|merkblatt|handout|"
    + UE
    + r"bersicht|zusammenfassung|faq|fass|"
    + UE
    + r"bersetz|einweis|entschuldig|"
    r"write|draft|send|reply|respond|letter|email|e-mail|message|note|memo|notice|leaflet|invitation|announcement|"
    r"explain|tell|apolog|update|briefing|slide|summary|summari[sz]|handout|guide|sign|poster"
    r"|answer|translate|speech|talk|"
    r"presentation|wording|thank|remind|invite|inform|warn|introduce|welcome|notify)"
)
COMM_BEFORE = re.compile(r"\b" + _COMM + r"\w*\b[^.!?\n]*$", FLAGS)
PERSON_DE = (
    r"(?-i:(?=[A-Z\u00c4\u00d6\u00dc]))[\w-]*(?:er|ern|herrn?|erin|erinnen|innen|leute|kinder|eltern|g"
    + AE
    + r"ste|g"
    + AE
    + r"sten|kr"
    + AE
    + r"fte|kr"
    + AE
    + r"ften|kollegen|"
    r""
    + AE
    + r"rzte|"
    + AE
    + r"rzten|team|teams|personal|belegschaft|mitglieder\w*|angeh"
    + OE
    + r"rige\w*|bewohner\w*|patient\w*|nachbar\w*|sch"
    + UE
    + r"ler\w*|"
    r"azubis?|auszubildende\w*|kunde\w*|kundschaft|publikum|amt|beh"
    + OE
    + r"rde|verwaltung|firma|kanzlei|leitung|abteilung|"
    r"gesch"
    + AE
    + r"ftsf"
    + UE
    + r"hrung|vorstand|chef\w*|hausverwaltung|spediteur\w*|lieferant\w*|dienstleister\w*|bewerber\w*|fahrer\w*|"
    r"subunternehmer\w*|beirat|aufsichtsrat|gemeinderat|mandant(?:en|in|innen)?|handwerker\w*|vermieter\w*|eigent"
    + UE
    + r"mer\w*|arzt|"
    + AE
    + r"rztin|praxis|schulamt|jugendamt|gericht|versicherung|bank|kasse)(?:en|n|s)?\b"
)
ADDRESSEE_DE = re.compile(
    r"\ban\s+(?:[\w-]+\s+)?" + PERSON_DE + r"(?![\w-])|"
    r"\ban\s+(?:die|den|das|dem|der|unsere[mnrs]?|unser|alle[n]?|meine[mnrs]?|ihre[mnrs]?|eure[mnrs]?|s"
    + AE
    + r"mtliche\w*|jede[mnrs]?|eine[mnr]?|einen)\s+"
    r"(?:[\w-]+\s+){0,2}?(?!(?:Wand|T"
    + UE
    + r"r|Tafel|Pinnwand|Brett|Stelle|Adresse|Ende|Anfang|Reihe|Haust"
    + UE
    + r"r|Eingangst"
    + UE
    + r"r|Kasse|Theke|Decke|Fenster|Zeit|Frist|Regel\w*)\b)"
    r"(?-i:[A-Z\u00c4\u00d6\u00dc])[\w-]+"
    r"|\b(?:erkl"
    + AE
    + r"re?|erl"
    + AE
    + r"utere?|antworte|schreibe?|sage?|beschreibe?|zeige?|empfiehl|gib|teile?|"
    + UE
    + r"bersetze?|formuliere?|"
    r"(?:erkl"
    + AE
    + r"ren|erl"
    + AE
    + r"utern|antworten|schreiben|sagen|beschreiben|zeigen|geben|teilen|"
    + UE
    + r"bersetzen|formulieren)\s+sie)"
    r"\s+(?:(?!(?:aus|von|mit|nach|zu|"
    + UE
    + r"ber|in|an|auf|f"
    + UE
    + r"r|bei|vom|zum|zur)\b)\w+\s+)?(?:dem|der|einer|einem|unserer|unserem|unseren|meiner"
    r"|meinem|meinen|ihrer|ihrem)\s+(?:[\w-]+\s+)?"
    r"(?-i:[A-Z\u00c4\u00d6\u00dc])[\w-]+"
    r"|\bf(?:" + UE + r"|ue)r\s+(?:(?:die|den|das|unsere[mnrs]?|unser|alle|neue[nr]?|meine[nr]?|jede[nrs]?"
    r"|ihre[nr]?)\s+)?(?:[\w-]+\s+)?" + PERSON_DE + r"(?![\w-])",
    re.MULTILINE | re.IGNORECASE,
)
PERSON_EN = (
    r"[\w-]*(?:ers|ors|ees|ants|ents|ists|ians|people|staff|team|parents|famil(?:y|ies)"
    r"|children|kids|patients|residents|"
    r"tenants|landlords|neighbou?rs|customers|clients|guests|visitors|members|colleagues"
    r"|students|pupils|trainees|apprentices|temps|"
    r"lads|folks|crew|relatives|carers|nurses|doctors|gps|authority|council|firm|agency"
    r"|department|board|household|households|"
    r"homeowners|everyone|everybody|buyer|supplier|landlord|tenant|customer|client|driver|manager|director|colleague|"
    r"neighbou?r|patient|resident|parent|insurer|haulier|contractor|subcontractor|solicitor|lawyer|accountant|auditor|"
    r"inspector|employee|applicant|candidate|guest|visitor|member|student|pupil|trainee|apprentice|nurse|doctor|gp|"
    r"carer|relative|family|boss|head|principal|teacher|headteacher|caretaker|cleaner|electrician|plumber)\b"
)
NOT_PERSON_EN = re.compile(
    r"(?:^|\s)(?:others|orders|numbers|letters|papers|folders|filters|cent(?:er|re)s|documents"
    r"|contents|comments|components|"
    r"amounts|payments|events|points|headers|chapters|matters|markers|parameters|answers|chapters|layers|containers|"
    r"quarters|hours|colours|colors|errors|factors|sectors|vendors?|requirements|reminders"
    r"|sections|statements|instructions|"
    r"agreements|elements|arrangements|documents|departments?|numbers|which|what|whether)$",
    re.IGNORECASE,
)
ADDRESSEE_EN = re.compile(
    r"\b(?:to|for)\s+(?:(?:the|our|my|all(?:\s+(?:the|our))?|every|each|new|both|your|their"
    r"|any)\s+)?(?:[\w'-]+\s+){0,2}?" + PERSON_EN + r"(?![\w-])",
    re.IGNORECASE | re.MULTILINE,
)
ADDRESSEE_MORE = re.compile(
    # dative plural without article after an explaining word: 'Erkläre Besuchern …', 'Erkläre Kindern …'
    r"\b(?:erkl"
    + AE
    + r"r\w*|erl"
    + AE
    + r"uter\w*|schreib\w*|sag\w*|antworte\w*|zeig\w*|beschreib\w*)\s+(?:(?:unseren|den|allen|neuen)\s+)?"
    r"(?-i:[A-Z\u00c4\u00d6\u00dc])\w*(?:ern|innen|leuten|kindern|kunden|g"
    + AE
    + r"sten|patienten|bewohnern|angeh"
    + OE
    + r"rigen|laien|azubis)\b"
    # English object after a writing verb: 'Write her a friendly email', 'Answer a customer', 'show new drivers',
    # 'inviting Year 8 parents'
    r"|\b(?:write|email|e-mail|text|message|tell|answer|remind|thank|invite|warn|welcome)\s+(?:him|her|them)\b"
    r"|\b(?:write|send|email|e-mail|text|message|tell|show|give|answer|remind|invit\w*|thank"
    r"|brief|warn|inform|welcome|update)\s+"
    r"(?:(?:the|our|a|an|my|new|all|every|each|any)\s+)?(?:[\w-]+\s+){0,2}?" + PERSON_EN + r"(?![\w-])"
    # a recipient inside the artefact's name: 'Elternbrief', 'all-staff notice', 'customer letter'
    r"|\b[\w-]*(?:eltern|kunden|mitarbeiter|mitarbeitenden|bewohner|angeh"
    + OE
    + r"rigen|patienten|mieter|g"
    + AE
    + r"ste|lieferanten|nachbar|team)"
    r"(?:brief|info|mail|schreiben|rundschreiben|aushang|newsletter|einladung|nachricht|anschreiben)\w*\b"
    r"|\b(?:all-staff|staff|parent|customer|team|client|patient|tenant|resident|neighbou?r"
    r"|supplier)s?\s+(?:notice|letter|email|e-mail|memo|newsletter|"
    r"briefing|update|announcement|message|reminder|leaflet|handout)\b"
    # 'einem Lieferanten abzusagen', 'der Kundin zu antworten'
    r"|\b(?:einem|einer|dem|der|den)\s+(?-i:[A-Z\u00c4\u00d6\u00dc])\w+\s+(?:abzusagen"
    r"|zuzusagen|mitzuteilen|zu\s+(?:antworten|schreiben|erkl" + AE + r"ren|sagen|danken))\b"
    # questions or mails from someone: 'Beantworte Fragen von Besuchern', 'answer questions from parents'
    r"|\\b(?:fragen|anfragen|mails?|nachrichten|beschwerde\\w*|kommentare\\w*|bewertung\\w*"
    r"|questions|queries|emails|messages|complaints|comments|reviews)\\s+"
    r"(?:von|from)\\s+(?:(?:den|unseren|our|the)\\s+)?[\\w-]+"
    # a pronoun as the one spoken to: 'was ich ihm sagen kann', 'what I can say to him'
    r"|\\b(?:ich|i)\\s+(?:\\w+\\s+){0,2}?(?:ihm|ihr|ihnen|to\\s+(?:him|her|them))\\b"
    # a placeholder or 'fürs Team' as the recipient, a dative before the verb ('die ich neuen Fahrern zeigen kann')
    r"|\b(?:to|an)\s+(?:%\w+%|\{\w+\}|\[\w+\]|<\w+>)|\bf(?:" + UE + r"|ue)rs\s+(?:team|kollegium|haus|b" + UE + r"ro)\b"
    r"|\b(?:neuen|unseren|den|allen)\s+(?-i:[A-Z\u00c4\u00d6\u00dc])\w*(?:ern|en|innen)\s+(?:zeigen|erkl"
    + AE
    + r"ren|schicken|geben|sagen|schreiben|vorstellen)\b"
    # 'habe von Steuern keine Ahnung', 'I know nothing about tax': the user as a reader without background
    r"|\b(?:habe|hab)\s+(?:\w+\s+){0,4}?keine\s+ahnung\b"
    r"|\bknow\s+(?:nothing|very\s+little|little)\s+about\b"
    r"|\bnot\s+(?:a|an)\s+(?:expert|lawyer|accountant|engineer|techie)\b"
    # the user as the reader: 'Ich bin Geschäftsführer, aber kein Zahlenmensch', "I'm not a lawyer"
    r"|\bich\s+bin\s+(?:[\w-]+\s*,?\s+(?:aber\s+|und\s+)?)?(?:kein|keine)\s+[\w-]+"
    r"|\b(?:i'm|i\s+am)\s+(?:[\w-]+\s*,?\s+(?:but\s+|and\s+)?)?(?:not\s+an?|no)\s+[\w-]+"
    # readers in the passive: 'die wird von den Bewohnern gelesen', 'read by all staff'
    r"|\bvon\s+(?:den|der|dem|unseren|unserer|allen)\s+[\w-]+(?:\s+und\s+[\w-]+)?\s+gelesen\b"
    r"|\b(?:read|seen)\s+by\s+(?:the|our|all|every)\s+\w+",
    re.IGNORECASE | re.MULTILINE,
)
