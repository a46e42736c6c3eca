"""The app's own words in German and English; `t(lang, key)` looks them up."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "de": {
        "app.title": "KI-Kurs",
        "no_terminal": "genai-course braucht ein Terminal. Ohne Terminal zeigt `genai-course progress` deinen Stand.",
        "store_error": "Fortschritt kann nicht geöffnet werden: {error}",
        "store_failed": "genai-course wurde beendet: {error}",
        "crash": "genai-course wurde nach einem unerwarteten Fehler beendet ({error}). Dein Fortschritt ist gespeichert. Details: {log}",
        "profile.title": "Willkommen! Wer lernt hier?",
        "profile.intro": "Deine Daten bleiben auf diesem Rechner. Ein Spitzname genügt.",
        "profile.name": "Name oder Pseudonym",
        "profile.team": "Team (optional)",
        "profile.lang": "Sprache",
        "profile.start": "Los geht's",
        "profile.existing": "Oder weiter als:",
        "profile.need_name": "Bitte gib einen Namen oder ein Pseudonym ein.",
        "map.hello": "Hallo {name}",
        "map.continue": "Weiter: {title}",
        "map.all_done": "Alles erledigt – stark!",
        "map.level": "Stufe {n}: {title}",
        "map.locked": "gesperrt",
        "map.lessons_done": "{done}/{total} erledigt",
        "map.score": "Ø {score} %",
        "map.unlocked": "Neue Stufe freigeschaltet: {title}",
        "map.fallback": "nur {lang}",
        "map.problems": "{n} Lektion(en) fehlerhaft und ausgelassen – `genai-course lint` zeigt die Details.",
        "lesson.minutes": "ca. {n} Min.",
        "lesson.fallback": "Diese Lektion gibt es noch nicht auf Deutsch; sie wird auf {lang} gezeigt.",
        "lesson.objectives": "Ziele",
        "lesson.practise": "Üben",
        "lesson.passed": "bestanden",
        "lesson.open_ex": "offen",
        "lesson.read": "Lektion gelesen.",
        "lesson.end": "Ende der Lektion. [n] nächste Lektion, [Esc] Übersicht.",
        "lesson.locked_next": "Die nächste Lektion ist noch gesperrt.",
        "kind.prompt": "Prompt schreiben", "kind.improve": "Prompt verbessern", "kind.redact": "Text bereinigen",
        "kind.quiz": "Quiz", "kind.order": "Reihenfolge", "kind.reflect": "Eigener Anwendungsfall",
        "wb.task": "Aufgabe", "wb.material": "Material", "wb.editor": "Dein Text",
        "wb.checklist": "Checkliste", "wb.ampel": "Datenschutz-Ampel",
        "wb.green": "grün – nichts gefunden", "wb.yellow": "gelb – bitte prüfen", "wb.red": "rot – persönliche Daten",
        "wb.submit": "Prüfen", "wb.hint": "Tipp", "wb.solution": "Lösung", "wb.history": "Verlauf",
        "wb.back": "Zurück", "wb.run": "Modell",
        "wb.no_hints": "Keine weiteren Tipps.",
        "wb.hint_n": "Tipp {n}/{total}: {text}",
        "wb.passed": "Bestanden! {score} % – [Esc] zurück zur Lektion, [Strg+L] Musterlösung",
        "wb.failed": "Noch nicht bestanden: {score} % (nötig: {need} %)",
        "wb.solution_locked": "Die Musterlösung gibt es nach dem Bestehen oder nach drei Versuchen.",
        "wb.solution_title": "Musterlösung",
        "wb.no_attempts": "Noch keine Versuche.",
        "wb.attempt": "Versuch {n} · {score} % · {when}",
        "wb.minutes": "Gesparte Minuten pro Woche (geschätzt)",
        "wb.empty": "Schreib deinen Text in das Feld links.",
        "wb.line": "Zeile {n}",
        "quiz.submit": "Antworten", "quiz.right": "Richtig!", "quiz.wrong": "Leider nicht richtig.",
        "quiz.choose": "Wähle eine Antwort.", "quiz.multi": "Mehrere Antworten möglich.",
        "order.help": "Wähle einen Eintrag und verschiebe ihn mit [Strg+↑]/[Strg+↓] oder [u]/[d].",
        "order.up": "Nach oben", "order.down": "Nach unten", "order.submit": "Prüfen",
        "order.right": "Genau richtig!", "order.partial": "Noch nicht ganz: {score} % richtig platziert.",
        "progress.title": "Dein Fortschritt",
        "progress.level": "Stufe", "progress.lesson": "Lektion", "progress.status": "Status",
        "progress.score": "Punkte", "progress.attempts": "Versuche", "progress.hints": "Tipps", "progress.time": "Zeit",
        "progress.successes": "Deine Erfolge (gesparte Zeit)",
        "policy.title": "KI-Richtlinie von {company}",
        "policy.version": "Version {version}",
        "policy.contact": "Fragen? {name} · {channel} · {email}",
        "policy.tools": "Freigegebene Werkzeuge", "policy.classes": "Datenklassen", "policy.rules": "Regeln",
        "policy.ack": "Gelesen und verstanden", "policy.acked": "Bestätigt am {date} (Version {version})",
        "policy.thanks": "Danke! Deine Bestätigung ist gespeichert.",
        "settings.title": "Einstellungen", "settings.lang": "Sprache", "settings.theme": "Farbschema",
        "settings.saved": "Gespeichert.",
        "settings.model": "Modell für [F5] (über llm)", "settings.model_loading": "Modelle werden gesucht …",
        "settings.model_pick": "Modell wählen", "settings.model_none": "Kein Modell gefunden",
        "settings.model_help": "Offline-Demo: pip install 'genai-course[local]'. Ollama: llm install llm-ollama. Mit API-Schlüssel: llm keys set openai.", "settings.name": "Name", "settings.team": "Team",
        "theme.dark": "Dunkel", "theme.light": "Hell", "theme.contrast": "Hoher Kontrast",
        "help.title": "Hilfe: Tasten",
        "help.intro": "Alles geht mit der Tastatur (und mit der Maus). [Tab] springt zum nächsten Feld.",
        "key.quit": "Beenden", "key.help": "Hilfe", "key.progress": "Fortschritt", "key.policy": "Richtlinie",
        "key.settings": "Einstellungen", "key.back": "Zurück", "key.next": "Nächste", "key.prev": "Vorige",
        "key.continue": "Weiter", "key.save": "Speichern", "key.open": "Öffnen", "key.palette": "Lektion suchen", "key.team": "Team",
        "palette.open": "Lektion öffnen", "palette.help": "Zur Lektion „{title}“ ({level})",
        "team.title": "Team-Übersicht", "team.path": "Ordner mit Exporten", "team.load": "Laden",
        "team.none": "Noch nichts geladen. Gib einen Ordner mit Export-Dateien an.",
    },
    "en": {
        "app.title": "AI course",
        "no_terminal": "genai-course needs a terminal. Without one, `genai-course progress` shows where you stand.",
        "store_error": "Cannot open your progress: {error}",
        "store_failed": "genai-course stopped: {error}",
        "crash": "genai-course stopped after an unexpected error ({error}). Your progress is saved. Details: {log}",
        "profile.title": "Welcome! Who is learning here?",
        "profile.intro": "Your data stays on this computer. A nickname is fine.",
        "profile.name": "Name or pseudonym",
        "profile.team": "Team (optional)",
        "profile.lang": "Language",
        "profile.start": "Let's go",
        "profile.existing": "Or continue as:",
        "profile.need_name": "Please enter a name or a pseudonym.",
        "map.hello": "Hello {name}",
        "map.continue": "Continue: {title}",
        "map.all_done": "All done – well done!",
        "map.level": "Level {n}: {title}",
        "map.locked": "locked",
        "map.lessons_done": "{done}/{total} done",
        "map.score": "avg {score} %",
        "map.unlocked": "New level unlocked: {title}",
        "map.fallback": "{lang} only",
        "map.problems": "{n} lesson(s) broken and left out – `genai-course lint` shows the details.",
        "lesson.minutes": "about {n} min",
        "lesson.fallback": "This lesson is not available in English yet; it is shown in {lang}.",
        "lesson.objectives": "Objectives",
        "lesson.practise": "Practise",
        "lesson.passed": "passed",
        "lesson.open_ex": "to do",
        "lesson.read": "Lesson read.",
        "lesson.end": "End of lesson. [n] next lesson, [Esc] overview.",
        "lesson.locked_next": "The next lesson is still locked.",
        "kind.prompt": "Write a prompt", "kind.improve": "Improve a prompt", "kind.redact": "Clean a text",
        "kind.quiz": "Quiz", "kind.order": "Put in order", "kind.reflect": "Your own use case",
        "wb.task": "Task", "wb.material": "Material", "wb.editor": "Your text",
        "wb.checklist": "Checklist", "wb.ampel": "Privacy light",
        "wb.green": "green – nothing found", "wb.yellow": "yellow – please check", "wb.red": "red – personal data",
        "wb.submit": "Check", "wb.hint": "Hint", "wb.solution": "Solution", "wb.history": "History",
        "wb.back": "Back", "wb.run": "Model",
        "wb.no_hints": "No more hints.",
        "wb.hint_n": "Hint {n}/{total}: {text}",
        "wb.passed": "Passed! {score} % – [Esc] back to the lesson, [Ctrl+L] sample solution",
        "wb.failed": "Not passed yet: {score} % (needed: {need} %)",
        "wb.solution_locked": "The sample solution appears after you pass or after three tries.",
        "wb.solution_title": "Sample solution",
        "wb.no_attempts": "No attempts yet.",
        "wb.attempt": "Attempt {n} · {score} % · {when}",
        "wb.minutes": "Minutes saved per week (estimate)",
        "wb.empty": "Write your text in the box on the left.",
        "wb.line": "line {n}",
        "quiz.submit": "Answer", "quiz.right": "Right!", "quiz.wrong": "Not quite.",
        "quiz.choose": "Choose an answer.", "quiz.multi": "More than one answer may be right.",
        "order.help": "Select an item and move it with [Ctrl+↑]/[Ctrl+↓] or [u]/[d].",
        "order.up": "Move up", "order.down": "Move down", "order.submit": "Check",
        "order.right": "Exactly right!", "order.partial": "Not quite: {score} % placed right.",
        "progress.title": "Your progress",
        "progress.level": "Level", "progress.lesson": "Lesson", "progress.status": "Status",
        "progress.score": "Score", "progress.attempts": "Attempts", "progress.hints": "Hints", "progress.time": "Time",
        "progress.successes": "Your wins (time saved)",
        "policy.title": "AI policy of {company}",
        "policy.version": "Version {version}",
        "policy.contact": "Questions? {name} · {channel} · {email}",
        "policy.tools": "Approved tools", "policy.classes": "Data classes", "policy.rules": "Rules",
        "policy.ack": "Read and understood", "policy.acked": "Acknowledged on {date} (version {version})",
        "policy.thanks": "Thank you! Your acknowledgement is saved.",
        "settings.title": "Settings", "settings.lang": "Language", "settings.theme": "Theme",
        "settings.saved": "Saved.",
        "settings.model": "Model for [F5] (through llm)", "settings.model_loading": "Looking for models …",
        "settings.model_pick": "Choose a model", "settings.model_none": "No model found",
        "settings.model_help": "Offline demo: pip install 'genai-course[local]'. Ollama: llm install llm-ollama. With an API key: llm keys set openai.", "settings.name": "Name", "settings.team": "Team",
        "theme.dark": "Dark", "theme.light": "Light", "theme.contrast": "High contrast",
        "help.title": "Help: keys",
        "help.intro": "Everything works with the keyboard (and the mouse). [Tab] moves to the next field.",
        "key.quit": "Quit", "key.help": "Help", "key.progress": "Progress", "key.policy": "Policy",
        "key.settings": "Settings", "key.back": "Back", "key.next": "Next", "key.prev": "Previous",
        "key.continue": "Continue", "key.save": "Save", "key.open": "Open", "key.palette": "Find lesson", "key.team": "Team",
        "palette.open": "Open lesson", "palette.help": "Go to “{title}” ({level})",
        "team.title": "Team overview", "team.path": "Folder with exports", "team.load": "Load",
        "team.none": "Nothing loaded yet. Enter a folder with export files.",
    },
}

CHECK_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "role": "Rolle", "task": "Aufgabe", "context": "Kontext", "audience": "Zielgruppe", "format": "Format",
        "constraints": "Vorgaben", "examples": "Beispiele", "tone": "Ton", "steps": "Schritt für Schritt",
        "delimiters": "Material abgegrenzt", "placeholders": "Platzhalter", "out": "Ausweg erlaubt",
        "contains": "enthält", "icontains": "enthält", "icontains-any": "Stichwort", "icontains-all": "Stichworte",
        "regex": "Muster", "equals": "genau gleich", "min-words": "Länge", "max-words": "Kürze", "is-json": "JSON",
        "no-personal-data": "keine persönlichen Daten", "no-secrets": "keine Geheimnisse", "keeps": "Platzhalter erhalten",
        "llm-rubric": "Bewertung durch Modell", "changed": "verändert", "answer": "Antwort", "order": "Reihenfolge", "minutes-saved": "gesparte Minuten",
    },
    "en": {
        "role": "Role", "task": "Task", "context": "Context", "audience": "Audience", "format": "Format",
        "constraints": "Constraints", "examples": "Examples", "tone": "Tone", "steps": "Step by step",
        "delimiters": "Material fenced off", "placeholders": "Placeholders", "out": "Way out given",
        "contains": "contains", "icontains": "contains", "icontains-any": "keyword", "icontains-all": "keywords",
        "regex": "pattern", "equals": "exactly equal", "min-words": "length", "max-words": "brevity", "is-json": "JSON",
        "no-personal-data": "no personal data", "no-secrets": "no secrets", "keeps": "placeholders kept",
        "llm-rubric": "model judgement", "changed": "changed", "answer": "answer", "order": "order", "minutes-saved": "minutes saved",
    },
}
CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "de": {"email": "E-Mail", "phone": "Telefon", "iban": "IBAN", "credit-card": "Kreditkarte", "tax-id": "Steuer-/Sozialnummer",
           "address": "Adresse", "date-of-birth": "Geburtsdatum", "name": "Name", "secret": "Geheimnis/Schlüssel"},
    "en": {"email": "e-mail", "phone": "phone", "iban": "IBAN", "credit-card": "credit card", "tax-id": "tax/social id",
           "address": "address", "date-of-birth": "date of birth", "name": "name", "secret": "secret/key"},
}


def check_label(lang: str, name: str) -> str:
    """A short label for a check (`not-` shown as a prefix word)."""
    table = CHECK_LABELS.get(lang, CHECK_LABELS["en"])
    if name.startswith("not-"):
        return ("nicht: " if lang == "de" else "not: ") + table.get(name[4:], name[4:])
    return table.get(name, name)


def category_label(lang: str, category: str) -> str:
    """A scanner category in the learner's language."""
    return CATEGORY_LABELS.get(lang, CATEGORY_LABELS["en"]).get(category, category)


LANG_NAMES = {"de": {"de": "Deutsch", "en": "Englisch"}, "en": {"de": "German", "en": "English"}}


def t(lang: str, key: str, /, **values: object) -> str:
    """The text for `key` in `lang` (English, then the key itself, as fallback).

    `lang` and `key` are positional-only, so a text may have a `{lang}` field of its own.
    """
    table = STRINGS.get(lang, STRINGS["en"])
    text = table.get(key) or STRINGS["en"].get(key) or key
    return text.format(**values) if values else text


def lang_name(lang: str, of: str) -> str:
    """The name of language `of`, in `lang`."""
    return LANG_NAMES.get(lang, LANG_NAMES["en"]).get(of, of)
