"""Default feedback per check in German and English: found, missing and a next-step hint."""

from __future__ import annotations

# check -> lang -> (message when found/held, message when missing/failed, hint)
# Placeholders: {ev} evidence snippet, {value} the check's argument, {missing} what
# is missing, {count} a count, {found} what the scanner found.
MESSAGES: dict[str, dict[str, tuple[str, str, str]]] = {
    "role": {
        "de": ("Rolle erkannt: „{ev}“.", "Der Prompt gibt der KI keine Rolle.",
               "Ein Satz, der der KI sagt, als wer sie schreibt – mit Funktion oder Fachgebiet, etwa „Du bist Disponentin bei …“ oder „Agiere als erfahrene Personalreferentin“."),
        "en": ("Role found: “{ev}”.", "The prompt gives the AI no role.",
               "A sentence that tells the AI whose job it is doing – a function or field, e.g. “You are a dispatcher at …” or “Act as an experienced recruiter”."),
    },
    "task": {
        "de": ("Aufgabe erkannt: „{ev}“.", "Es fehlt eine klare Aufgabe: Was genau soll die KI tun?",
               "Ein Satz mit einem Verb, der sagt, was herauskommen soll: „Schreibe …“, „Fasse … zusammen“, „Erstelle …“ – oder eine direkte Frage."),
        "en": ("Task found: “{ev}”.", "There is no clear task: what exactly should the AI do?",
               "A sentence with a verb that says what you want back: “Write …”, “Summarise …”, “Create …” – or a direct question."),
    },
    "context": {
        "de": ("Kontext erkannt: „{ev}“.", "Es fehlt Kontext: Worum geht es, wofür ist das Ergebnis?",
               "Ein ganz normaler Satz über eure Lage – wer ihr seid, was passiert ist, was ansteht oder wozu du das Ergebnis brauchst. Ein Etikett davor ist nicht nötig."),
        "en": ("Context found: “{ev}”.", "Context is missing: what is it about and what is the result for?",
               "A plain sentence about your situation – who you are, what happened, what is coming up or what you need the result for. No label needed."),
    },
    "audience": {
        "de": ("Zielgruppe erkannt: „{ev}“.", "Es ist nicht gesagt, für wen das Ergebnis ist.",
               "Ein Satz, der sagt, wer das Ergebnis liest oder bekommt, z. B. „Das geht an unsere Geschäftsführung“ oder „für Kunden ohne Fachwissen“."),
        "en": ("Audience found: “{ev}”.", "The prompt does not say who the result is for.",
               "A sentence that says who will read or receive the result, e.g. “This goes to our managing directors” or “for customers without a technical background”."),
    },
    "format": {
        "de": ("Ausgabeformat erkannt: „{ev}“.", "Es fehlt ein Ausgabeformat (Tabelle, Stichpunkte, Länge …).",
               "Sag, welche Form das Ergebnis haben soll: als E-Mail, als Tabelle, in fünf Stichpunkten, höchstens drei Sätze …"),
        "en": ("Output format found: “{ev}”.", "No output format is given (table, bullet points, length …).",
               "Say what form the result should take: an e-mail, a table, five bullet points, at most three sentences …"),
    },
    "constraints": {
        "de": ("Vorgabe erkannt: „{ev}“.", "Es fehlen Vorgaben oder Grenzen (was die KI lassen oder einhalten soll).",
               "Eine prüfbare Regel: was die KI lassen soll („keine Fachbegriffe“), worauf sie sich beschränkt („nur die Termine“) oder eine Grenze („höchstens 100 Wörter“)."),
        "en": ("Constraint found: “{ev}”.", "No constraints or limits are given (what the AI must avoid or keep to).",
               "A rule you can check: what to leave out (“no jargon”), what to stick to (“only the dates”) or a limit (“at most 100 words”)."),
    },
    "examples": {
        "de": ("Beispiel erkannt: „{ev}“.", "Der Prompt enthält kein Beispiel.",
               "Zeig ein kurzes Muster dessen, was herauskommen soll – einen Beispielsatz oder ein Paar Eingabe → Ausgabe."),
        "en": ("Example found: “{ev}”.", "The prompt contains no example.",
               "Show a short sample of what you want back – an example sentence or an input → output pair."),
    },
    "tone": {
        "de": ("Tonfall erkannt: „{ev}“.", "Der gewünschte Ton oder Stil fehlt.",
               "Beschreibe, wie es klingen soll: freundlich, aber bestimmt; sachlich; locker und per Du …"),
        "en": ("Tone found: “{ev}”.", "The tone or style is not given.",
               "Describe how it should sound: friendly but firm; neutral and factual; casual …"),
    },
    "steps": {
        "de": ("Schrittweises Vorgehen erkannt: „{ev}“.", "Der Prompt bittet nicht um schrittweises Vorgehen.",
               "Bitte um Schritte: „Gehe Schritt für Schritt vor“ oder nummeriere die Arbeitsschritte (1., 2., 3.)."),
        "en": ("Step-by-step work found: “{ev}”.", "The prompt does not ask for step-by-step work.",
               "Ask for steps: “Work step by step” or number the steps (1., 2., 3.)."),
    },
    "delimiters": {
        "de": ("Material abgegrenzt: „{ev}“.", "Das Material ist nicht vom Auftrag abgegrenzt.",
               "Setze das Material zwischen Trennzeichen, z. B. \"\"\" … \"\"\", ### oder <notizen> … </notizen>."),
        "en": ("Material fenced off: “{ev}”.", "The material is not fenced off from the instructions.",
               "Put the material between delimiters, e.g. \"\"\" … \"\"\", ### or <notes> … </notes>."),
    },
    "placeholders": {
        "de": ("Platzhalter erkannt: „{ev}“.", "Der Prompt hat keine Platzhalter für wechselnde Angaben.",
               "Mach den Prompt wiederverwendbar mit Platzhaltern wie {{text}} oder [KUNDE]."),
        "en": ("Placeholder found: “{ev}”.", "The prompt has no placeholders for changing details.",
               "Make the prompt reusable with placeholders such as {{text}} or [CUSTOMER]."),
    },
    "out": {
        "de": ("Ausweg erkannt: „{ev}“.", "Die KI bekommt keinen Ausweg, wenn Angaben fehlen oder sie unsicher ist.",
               "Ergänze z. B. „Wenn dir Angaben fehlen, frag nach, statt etwas zu erfinden.“"),
        "en": ("Way out found: “{ev}”.", "The AI gets no way out when details are missing or it is unsure.",
               "Add e.g. “If anything is missing or unclear, say so instead of guessing.”"),
    },
    "contains": {
        "de": ("„{value}“ ist enthalten.", "„{value}“ fehlt.", "Schreibe „{value}“ wörtlich in den Text."),
        "en": ("“{value}” is there.", "“{value}” is missing.", "Put “{value}” into the text, exactly as written."),
    },
    "icontains": {
        "de": ("„{value}“ ist enthalten.", "„{value}“ fehlt.", "Nimm „{value}“ in den Text auf."),
        "en": ("“{value}” is there.", "“{value}” is missing.", "Include “{value}” in the text."),
    },
    "icontains-any": {
        "de": ("Gefunden: „{ev}“.", "Keiner dieser Begriffe kommt vor: {missing}.", "Verwende mindestens einen davon: {missing}."),
        "en": ("Found: “{ev}”.", "None of these terms appears: {missing}.", "Use at least one of them: {missing}."),
    },
    "icontains-all": {
        "de": ("Alle verlangten Begriffe sind enthalten.", "Es fehlt noch: {missing}.", "Ergänze: {missing}."),
        "en": ("All required terms are there.", "Still missing: {missing}.", "Add: {missing}."),
    },
    "regex": {
        "de": ("Das verlangte Muster kommt vor: „{ev}“.", "Das verlangte Muster kommt nicht vor.", "Lies die Aufgabe noch einmal: Was soll wörtlich im Text stehen?"),
        "en": ("The required pattern appears: “{ev}”.", "The required pattern does not appear.", "Read the task again: what should the text say literally?"),
    },
    "equals": {
        "de": ("Der Text stimmt genau.", "Der Text stimmt nicht genau mit der erwarteten Antwort überein.", "Achte auf die genaue Schreibweise."),
        "en": ("The text matches exactly.", "The text does not match the expected answer exactly.", "Check the exact wording."),
    },
    "min-words": {
        "de": ("{count} Wörter – mindestens {value} verlangt.", "Nur {count} Wörter – mindestens {value} sind verlangt.",
               "Ergänze, was fehlt: Kontext, Format, Zielgruppe oder ein Beispiel."),
        "en": ("{count} words – at least {value} required.", "Only {count} words – at least {value} are required.",
               "Add what is missing: context, format, audience or an example."),
    },
    "max-words": {
        "de": ("{count} Wörter – höchstens {value} erlaubt.", "{count} Wörter – höchstens {value} sind erlaubt.",
               "Kürze: Streiche Wiederholungen und Füllwörter."),
        "en": ("{count} words – at most {value} allowed.", "{count} words – at most {value} are allowed.",
               "Shorten it: drop repetitions and filler words."),
    },
    "is-json": {
        "de": ("Gültiges JSON gefunden: „{ev}“.", "Der Prompt enthält kein gültiges JSON.",
               "Gib ein Ausgabeschema als JSON an, z. B. {{\"titel\": \"…\", \"punkte\": [\"…\"]}} – mit doppelten Anführungszeichen."),
        "en": ("Valid JSON found: “{ev}”.", "The prompt contains no valid JSON.",
               "Give an output schema as JSON, e.g. {{\"title\": \"…\", \"points\": [\"…\"]}} – with double quotes."),
    },
    "no-personal-data": {
        "de": ("Keine personenbezogenen Daten gefunden.", "Personenbezogene Daten gefunden: {found}.",
               "Ersetze sie durch Platzhalter wie [NAME], [E-MAIL] oder [KUNDE], bevor der Text in ein KI-Tool geht."),
        "en": ("No personal data found.", "Personal data found: {found}.",
               "Replace it with placeholders such as [NAME], [EMAIL] or [CUSTOMER] before the text goes into an AI tool."),
    },
    "no-secrets": {
        "de": ("Keine Passwörter oder Schlüssel gefunden.", "Geheimnis gefunden: {found}.",
               "Entferne Passwörter, API-Schlüssel und Tokens vollständig – sie gehören nie in ein KI-Tool."),
        "en": ("No passwords or keys found.", "Secret found: {found}.",
               "Remove passwords, API keys and tokens entirely – they never belong in an AI tool."),
    },
    "keeps": {
        "de": ("Alle Platzhalter sind erhalten.", "Diese Platzhalter fehlen: {missing}.",
               "Lass Platzhalter wie {missing} stehen – sie ersetzen die echten Daten."),
        "en": ("All placeholders are kept.", "These placeholders are missing: {missing}.",
               "Keep placeholders such as {missing} – they stand in for the real data."),
    },
}

NEGATED = {
    "de": ("Gut so: {message} Das ist hier verlangt.", "Soll hier nicht vorkommen – {message}",
           "Nimm das heraus: Diese Übung verlangt, dass es fehlt."),
    "en": ("Good: {message} That is what this exercise wants.", "Should not be here – {message}",
           "Take it out: this exercise wants it absent."),
}

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "blank": "Der Text ist leer.",
        "bad-regex": "Das Muster dieser Prüfung ist unbrauchbar ({reason}); die Prüfung zählt als nicht bestanden.",
        "bad-arg": "Diese Prüfung ist falsch eingerichtet ({reason}).",
        "no-scanner": "Der Datenschutz-Scanner ist nicht verfügbar.",
        "possible": " Unsicher (bitte prüfen): {found}.",
        "and": "und",
        "unchanged": "Du hast den Ausgangstext nicht verändert.",
        "unchanged-hint": "Schreibe den Prompt um und ergänze, was fehlt.",
        "answer-bad": "Keine gültige Antwort: gib die Nummer einer Antwort an (1 bis {n}).",
        "answer-bad-hint": "Wähle eine oder mehrere Antworten.",
        "option-right": "Antwort {n} – richtig gewählt. {explain}",
        "option-wrong": "Antwort {n} – falsch gewählt. {explain}",
        "option-missed": "Antwort {n} – hätte gewählt werden müssen. {explain}",
        "option-hint": "Lies die Erklärung und versuch es noch einmal.",
        "order-bad": "Keine gültige Reihenfolge: jede Nummer von 1 bis {n} genau einmal.",
        "order-right": "„{item}“ steht richtig an Position {pos}.",
        "order-wrong": "„{item}“ steht an Position {pos}, gehört aber an Position {want}.",
        "order-hint": "Überlege, was zuerst geschehen muss, und verschiebe diesen Schritt nach vorn.",
        "minutes": "Zeitersparnis angegeben: {minutes} Minuten.",
        "minutes-missing": "Es fehlt die geschätzte Zeitersparnis in Minuten.",
        "minutes-hint": "Schätze, wie viele Minuten du damit sparst, z. B. „spart etwa 20 Minuten“.",
    },
    "en": {
        "blank": "The text is empty.",
        "bad-regex": "This check's pattern cannot be used ({reason}); the check counts as failed.",
        "bad-arg": "This check is set up wrongly ({reason}).",
        "no-scanner": "The personal-data scanner is not available.",
        "possible": " Unsure (please check): {found}.",
        "and": "and",
        "unchanged": "You have not changed the starting text.",
        "unchanged-hint": "Rewrite the prompt and add what is missing.",
        "answer-bad": "Not a valid answer: give the number of an option (1 to {n}).",
        "answer-bad-hint": "Choose one or more options.",
        "option-right": "Option {n} – rightly chosen. {explain}",
        "option-wrong": "Option {n} – wrongly chosen. {explain}",
        "option-missed": "Option {n} – should have been chosen. {explain}",
        "option-hint": "Read the explanation and try again.",
        "order-bad": "Not a valid order: each number from 1 to {n} exactly once.",
        "order-right": "“{item}” is rightly at position {pos}.",
        "order-wrong": "“{item}” is at position {pos} but belongs at position {want}.",
        "order-hint": "Think about what has to happen first and move that step up.",
        "minutes": "Time saved given: {minutes} minutes.",
        "minutes-missing": "The estimated time saved in minutes is missing.",
        "minutes-hint": "Estimate how many minutes it saves you, e.g. “saves about 20 minutes”.",
    },
}

CATEGORIES: dict[str, dict[str, str]] = {
    "de": {"email": "E-Mail-Adresse", "phone": "Telefonnummer", "iban": "IBAN", "credit-card": "Kartennummer",
           "tax-id": "Steuer- oder Sozialversicherungsnummer", "address": "Anschrift", "date-of-birth": "Geburtsdatum",
           "name": "Name", "secret": "Passwort oder Schlüssel", "health": "Gesundheitsangabe"},
    "en": {"email": "e-mail address", "phone": "phone number", "iban": "IBAN", "credit-card": "card number",
           "tax-id": "tax or social-security number", "address": "address", "date-of-birth": "date of birth",
           "name": "name", "secret": "password or key", "health": "health data"},
}


def lang_of(lang: str) -> str:
    """`de` or `en` (anything else falls back to English)."""
    return "de" if str(lang).lower().startswith("de") else "en"


def text(key: str, lang: str, **values: object) -> str:
    """A fixed UI text in the learner's language."""
    return TEXTS[lang_of(lang)][key].format(**values)


def quote(value: str, lang: str) -> str:
    """`value` in the language's quotation marks."""
    return f"„{value}“" if lang_of(lang) == "de" else f"“{value}”"
