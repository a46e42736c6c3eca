"""German and English cue patterns of the audience check: reader nouns, addressees, media and reading verbs."""

from __future__ import annotations

import re

from course.grading.cues import AE, FLAGS, NUM, OE, UE, alt

AUD_NOUN = alt(
    "gesch" + AE + "ftsf" + UE + "hrung",
    "gesch" + AE + "ftsleitung",
    "vorstand",
    "vorst" + AE + "nde",
    "management",
    "f" + UE + r"hrungskr" + AE + "fte",
    "f" + UE + "hrungsebene",
    "kunde[n]?",
    "kundin(?:nen)?",
    "kundschaft",
    "kolleg\\w*",
    "team",
    r"(?<!\bms )(?<!microsoft )teams",
    "mitarbeite\\w*",
    "belegschaft",
    "laien",
    "einsteiger\\w*",
    "anf" + AE + "nger\\w*",
    "bewerber\\w*",
    "kandidat\\w*",
    "zuh" + OE + "rer\\w*",
    "abteilung\\w*",
    "chef\\w*",
    "vorgesetzte\\w*",
    "azubis?",
    "auszubildende\\w*",
    "praktikant\\w*",
    "studierende\\w*",
    "sch" + UE + "ler\\w*",
    "eltern",
    "investor\\w*",
    "gesch" + AE + "ftspartner\\w*",
    "lieferant\\w*",
    "follower\\w*",
    "community",
    "nutzer\\w*",
    "anwender\\w*",
    OE + "ffentlichkeit",
    "presse",
    "fachpublikum",
    "fachleute",
    "fachkr" + AE + "fte",
    "entscheider\\w*",
    "teamleit\\w*",
    "abteilungsleit\\w*",
    "personalabteilung",
    "betriebsrat",
    "gesellschafter\\w*",
    "aufsichtsrat",
    "stakeholder\\w*",
    "board",
    "executives?",
    "managers?",
    "customers?",
    "clients?",
    "colleagues?",
    "staff",
    "employees?",
    "beginners?",
    "novices?",
    "non-?experts?",
    "laypeople",
    "lay\\s+readers?",
    "candidates?",
    "applicants?",
    "students?",
    "investors?",
    "partners?",
    "suppliers?",
    "followers?",
    "users?",
    "public",
    "journalists?",
    "press",
    "ceo",
    "cfo",
    "leadership",
    "department",
    "newcomers?",
    "new\\s+hires?",
    "interns?",
    "seniors?",
    "engineers?",
    "developers?",
    "audience",
    "readers?",
    "leser\\w*",
    "empf" + AE + "nger\\w*",
    "gesch" + AE + "ftskunden",
    "endkunden",
    "neukunden",
    "bestandskunden",
    "zielgruppe",
    "it-laien",
    "nicht-?fachleute",
    "kollegium",
    "hr",
    "sales",
    "vertrieb",
    "marketing-?team",
    "finance\\s+team",
    "head\\s+of\\s+\\w+",
    "frau\\s+\\w+",
    "herr[n]?\\s+\\w+",
    "[\\w-]{0,40}leitung",
    "[\\w-]{0,40}einsteiger\\w*",
    "[\\w-]{0,40}anf" + AE + "nger\\w*",
    "[\\w-]{0,40}laien",
    "apprentices?",
    "trainees?",
    "quereinsteiger\\w*",
    "career\\s+(?:changers?|starters?)",
    "berufseinsteiger\\w*",
    "general\\s+(?:audience|public|readers?)",
    "[\\w-]{0,40}kunden",
    "[\\w-]{0,40}kundinnen",
    "volunteers?",
    "ehrenamtliche\\w*",
    "helfer(?:innen)?",
    r"(?-i:M(?:r|rs|s)\.?\s+[A-Z]\w+)",
    "talente?",
    "talents?",
    "[\\w-]{0,40}presse",
    "media",
    "medien",
    "[\\w-]{0,40}journalist\\w*",
    r"team\\s+leads?",
    "leads",
    "nachwuchs\\w*",
    "fans?",
    "abonnent\\w*",
    "subscribers?",
)
JOB_NOUN = alt(
    r"[\w-]{0,40}leit(?:er|r)in(?:nen)?",
    r"[\w-]{0,40}leiter[ns]?",
    "gesch" + AE + "ftsf" + UE + r"hrer\w*",
    r"[\w-]{0,40}buchhalter\w*",
    r"[\w-]{0,40}manager\w*",
    r"[\w-]{0,40}referent\w*",
    r"sachbearbeiter\w*",
    r"[\w-]{0,40}assisten[tz]\w*",
    "sekret" + AE + r"r\w*",
    r"[\w-]{0,40}direktor\w*",
    r"inhaber\w*",
    r"[\w-]{0,40}vorsitzende\w*",
    r"[\w-]{0,40}beauftragte\w*",
    r"[\w-]{0,40}berater\w*",
    r"[\w-]{0,40}koordinator\w*",
    r"[\w-]{0,40}sprecher\w*",
    r"[\w-]{0,40}verantwortliche\w*",
    r"[\w-]{0,40}controller\w*",
    r"assistants?",
    r"accountants?",
    r"directors?",
    r"coordinators?",
    r"officers?",
    r"owners?",
    r"chairs?",
)
"""Job titles: readers when named with a definite article ('für die Einkaufsleiterin'),
a post when not ('für einen Lagerleiter')."""
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
MEDIUM = re.compile(
    r"(?:\b(?:eine?[nmr]?|ein|a|an|one|zwei|two|per|by|via|as|als|in\s+(?:einer|einem|an?)"
    r"|kurze[nmr]?|short|neue[nmr]?|new|ordentliche[nmr]?|"
    r"first|final|friendly|freundliche[nmr]?|formal\w*|f"
    + OE
    + r"rmliche[nmr]?|knappe[nmr]?|brief|quick)\s+(?:[\w-]+\s+){0,3}?|^[ \t*-]*)"
    r"(?P<m>[\w-]*?(?:e-?mail|mail|brief|letter|aushang|plakat|poster|flyer|leaflet|notice"
    r"|post|karte|card|folie|slide|notiz|note|vermerk|memo|"
    r"sms|whatsapp|schreiben|rundschreiben|rundmail|newsletter|handzettel|merkblatt|infoblatt"
    r"|handout|formular|form|grid|raster|timeline|"
    r"sign|schild|message|nachricht|"
    r"checkliste|checklist|steckbrief|one-?pager))\b(?![-:]"
    r"|\s+(?:unten|below|above|oben|von|vom|from|hat|has|ist|is|was|war|kam|came)\b)"
    r"|^[ \t*-]*(?:form|format|ausgabeformat)[ \t]*:[ \t]*\w"
    r"|\b(?:\d+|one|two|three|five|ten|f"
    + UE
    + r"nf|zehn|drei)[- ]?(?:minute|minuten)\w*[- ](?:talk|speech|rede|vortrag|ansprache|briefing)"
    r"|\b(?:(?:nach|in)\s+(?:diesem|this|dem\s+folgenden|the\s+following)\s+(?:muster|schema"
    r"|vorbild|format|pattern|layout|template)|following\s+(?:this|the\s+same)\s+pattern|"
    r"same\s+pattern\s+as|in\s+this\s+format|im\s+format\s+wie|mit\s+(?:leeren\s+)?feldern"
    r"|with\s+(?:blank\s+|empty\s+)?fields|in\s+(?:ganzen|vollst" + AE + r"ndigen)\s+s" + AE + r"tzen|"
    r"in\s+full\s+sentences"
    r"|(?:mit|with)\s+(?:timeslots|time\s+slots|zeitfenstern|spalten|columns)"
    r"|^[ \t*-]*(?:spalten|columns)\s*:|"
    r"(?:"
    + NUM
    + r")(?:\s*,\s*(?:"
    + NUM
    + r"))?\s+(?:(?:oder|or|bis|to)\s+(?:"
    + NUM
    + r")\s+)?(?:kurze\w*\s+|einfache\w*\s+|simple\s+|short\s+)?"
    r"(?:bullets?|bullet\s+points?|stichpunkte\w*|s"
    + AE
    + r"tze\w*|sentences?|paragraphs?|abs"
    + AE
    + r"tze\w*|zeilen|lines?)|"
    r"\d+\s*(?:min|minuten|minutes)\s+(?:spoken|gesprochen)|je\s+\w+\s+eine\s+" + UE + r"berschrift)\b",
    FLAGS,
)
"""A medium or a pattern to follow as the form of the output: 'schreib eine Mail',
'Letter to parents', 'following this pattern'."""
READ_VERB = re.compile(
    r"\b(?:(?:will|would|werden|wird|are\s+going\s+to|sollen|soll)\s+)?(?:(?:das|dies|es|this"
    r"|it|that|den\s+text|the\s+text)\s+)?"
    r"(?:read|reads|lesen|liest|receive|receives|bekommen|bekommt|erhalten|erh" + AE + r"lt)\b",
    FLAGS,
)
READER_BEFORE = re.compile(
    r"(?<![\w-])(?:" + AUD_NOUN + "|" + JOB_NOUN + r"|(?:managing\s+)?directors?|leute|people|mitglieder|members)\s+$",
    FLAGS,
)
"""'Our two managing directors | will read this', 'Die Geschäftsführer | lesen das':
the readers as the subject of reading."""

AUDIENCE = (
    r"\b(?:f" + UE + r"r|fur|an|to|for)\s+(?:die|den|der|dem|unsere?[mnrs]?|meine?[mnrs]?|eure?[mnrs]?"
    r"|ihre?[mnrs]?|the|our|my|your)\s+(?:[\w-]+\s+)?" + JOB_NOUN + r"\b",
    r"\b(?:an\s+alle|an\s+euch\s+alle|to\s+everyone|to\s+everybody|to\s+all)\b(?!\s+(?:the|of)\b)",
    r"\b(?:zielgruppe\w*|target\s+(?:audience|group|readers?)|audience|leserschaft"
    r"|leser(?:innen)?|lesende|readers?|recipients?|empf"
    + AE
    + r"nger\w*|adressat\w*|richtet\s+sich\s+an|aimed\s+at|addressed\s+to|intended\s+for|geschrieben\s+f"
    + UE
    + "r|verst"
    + AE
    + r"ndlich\s+f"
    + UE
    + r"r|understandable\s+(?:for|to)|for\s+people\s+who|f"
    + UE
    + r"r\s+menschen,?\s+die|f"
    + UE
    + r"r\s+leute,?\s+die)\b",
    r"\b(?:(?:f" + UE + r"r|fur|to|for|towards|at)\s+(?!(?:one|each|every|a\s+single|jeden|jede|einen|einzelnen"
    r"|einzelne|pro|per|je)\b)"
    r"|an\s+(?=(?:frau|herrn?|kunde[n]?|kundin|die|den|das|dem|der|alle|unsere?\w*|meine?\w*"
    r"|ihre?\w*|eure?\w*|s"
    + AE
    + r"mtliche|jede\w*|einen|eine|einem|einer)\b))(?:[\w'-]+\s+){0,3}?"
    + AUD_NOUN
    + r"\b",
    r"\b(?:antworte\w*|schreib\w*|reply|respond|write)\s+(?:sie\s+)?(?:bitte\s+)?(?:ihm|ihr"
    r"|ihnen|to\s+(?:him|her|them))\b|\bfor\s+(?:him|her|them)\b|\b(?:an|to)\s+[\[{<]",
    r"\b(?:die|der|which|that)\s+(?:[\w-]+\s+){1,3}?(?:anspricht|anzusprechen|erreicht)\b"
    r"|\b(?:speaks?\s+to|appeals?\s+to|aimed\s+at|targeted\s+at|geared\s+towards?"
    r"|tailored\s+to|richtet\s+sich\s+an|gerichtet\s+an)\s+\w+",
    r"\b(?:erkl\w*|schreib\w*|sag\w*|zeig\w*|erz"
    + AE
    + r"hl\w*|beschreib\w*|explain|tell|show|describe)\s+(?:\w+\s+)?(?:unseren|den|meinen|allen"
    r"|dem|der|to\s+(?:our|the|my|all))\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\bvor\s+(?:dem|der|den|unserem|unserer|allen)\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\b(?:dem|unserem|meinem)\s+(?:kunden|kollegen|chef|vorgesetzten|team|bewerber|partner"
    r"|lieferanten|mitarbeiter|leser)\b",
    r"\b(?:als|as\s+an?|like\s+me,?\s+an?|an?|ein|eine)\s+(?:[\w-]+\s+)?[\w-]{0,40}(?:anf"
    + AE
    + r"nger\w*|einsteiger\w*|laie|beginner|novice|newbie|non-expert)\b",
    r"\b(?:anspricht|ansprechen|anzusprechen|erreicht|appeals?\s+to|speaks?\s+to|targets?"
    r"|aimed\s+at|tailored\s+to|geared\s+(?:to|towards))\s+(?:[\w-]+\s+){0,3}?" + AUD_NOUN + r"\b",
    r"(?<![\w-])"
    + AUD_NOUN
    + r"\s+(?:[\w-]+\s+){0,2}?(?:anspricht|ansprechen|anzusprechen|erreicht|erreichen|versteh\w*"
    r"|understand\w*|nachvollziehen)\b",
    r"\b(?:lesen|liest|bekommt|bekommen|erh"
    + AE
    + r"lt|erhalten)\s+(?:das|dies|es|den\s+text|die\s+mail)\s+(?:\w+\s+){0,3}?(?:unser\w*|die"
    r"|der|den|alle)\s+(?:[\w-]+\s+)?" + AUD_NOUN + r"\b",
    r"\b(?:antworte|antworten\s+sie|schreibe|schreib|schreiben\s+sie|reply|respond"
    r"|write\s+back)\s+(?:bitte\s+)?(?:dem|der|unserem|unserer|meinem|meiner)\s+" + AUD_NOUN + r"\b",
    r"\b(?:die|der|unsere|the|our)\s+(?:leser\w*|empf"
    + AE
    + r"nger\w*|zuh"
    + OE
    + r"rer\w*|readers?|recipients?|audience)\b",
    r"\b(?:so\s+dass|sodass|damit|so\s+that)\s+(?:auch\s+|even\s+)?(?:ein|eine|jeder|jede|alle|a|an|any|every)?\s*"
    + AUD_NOUN,
)
