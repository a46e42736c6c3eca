"""Texts of the team report in German and English."""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {  # key: (de, en)
    # reasons a path was not used
    "same_file": ("dieselbe Datei wurde schon gelesen", "the same file was already read"),
    "duplicate": ("Duplikat von {other}: gleiche Person und gleicher Exportzeitpunkt",
                  "duplicate of {other}: same learner and export time"),
    "empty_folder": ("keine *.json-Dateien in diesem Ordner", "no *.json files in this folder"),
    "not_a_file": ("keine normale Datei", "not a regular file"),
    "missing": ("Datei oder Ordner gibt es nicht", "no such file or folder"),
    "unreadable": ("nicht lesbar ({why})", "cannot be read ({why})"),
    "no_learner": ("der Export hat keine Lernenden-ID", "the export has no learner id"),
    "no_date": ("der Export hat keinen gültigen Zeitpunkt (exported_at)",
                "the export has no valid time (exported_at)"),
    # command messages
    "none_read": ("Kein Export konnte gelesen werden ({n} Pfade abgelehnt).",
                  "No export could be read ({n} paths refused)."),
    "not_read": ("nicht gelesen", "not read"),
    "written_html": ("HTML-Bericht geschrieben: {path}", "HTML report written: {path}"),
    "written_csv": ("CSV geschrieben: {path}", "CSV written: {path}"),
    "cannot_write": ("Kann {path} nicht schreiben: {why}", "Cannot write {path}: {why}"),
    "mixed_courses": ("Achtung: die Exporte stammen aus verschiedenen Kursständen: {list}",
                      "Note: the exports come from different course versions: {list}"),
    # report
    "title": ("Team-Fortschritt", "Team progress"),
    "generated": ("erstellt", "generated"),
    "members": ("Mitglieder", "Members"),
    "files_read": ("Dateien gelesen", "Files read"),
    "files_refused": ("Dateien abgelehnt", "Files refused"),
    "refused": ("Nicht gelesene Dateien", "Files not read"),
    "path": ("Pfad", "Path"),
    "reason": ("Grund", "Reason"),
    "gap": ("Fortschritts-Spreizung", "Progress spread"),
    "gap_explain": (
        "Abstand im mittleren Fortschritt zwischen dem vorderen und dem hinteren Viertel ({k} von {n} Personen je Viertel)",
        "Difference in mean progress between the leading and the trailing quarter ({k} of {n} people per quarter)",
    ),
    "leading": ("vorderes Viertel", "leading quarter"),
    "trailing": ("hinteres Viertel", "trailing quarter"),
    "median": ("Median", "median"),
    "distribution": ("Verteilung des Fortschritts (%)", "Progress distribution (%)"),
    "by_level": ("Mitglieder nach Level", "Members by level"),
    "level": ("Level", "Level"),
    "members_here": ("stehen hier", "currently here"),
    "done": ("abgeschlossen", "done"),
    "open": ("offen", "open"),
    "locked": ("gesperrt", "locked"),
    "unknown": ("unbekannt", "unknown"),
    "lesson_completion": ("Lektionen erledigt", "lessons done"),
    "level_completion": ("Abschluss je Level", "Completion per level"),
    "progress": ("Fortschritt", "Progress"),
    "lessons": ("Lektionen", "Lessons"),
    "failed_lessons": ("Lektionen mit den meisten Fehlversuchen", "Lessons most often failed"),
    "lesson": ("Lektion", "Lesson"),
    "failed": ("Fehlversuche", "Failed"),
    "attempts": ("Versuche", "Attempts"),
    "people": ("Personen", "People"),
    "failed_checks": ("Am häufigsten nicht erfüllte Prüfungen", "Checks most often failed"),
    "check": ("Prüfung", "Check"),
    "count": ("Anzahl", "Count"),
    "hints": ("Hinweise", "Hints"),
    "hints_used": ("Genutzte Hinweise", "Hints used"),
    "hints_total": ("Hinweise insgesamt", "Hints in total"),
    "hints_total_short": ("insgesamt", "in total"),
    "hint_lessons": ("Lektionen mit den meisten Hinweisen", "Lessons with the most hints"),
    "hints_short": ("Hinw.", "Hints"),
    "minutes_short": ("Min.", "Min."),
    "policy_short": ("Richtl.", "Policy"),
    "per_member": ("Eingesparte Zeit je Person", "Time saved per member"),
    "cases": ("Fälle", "Cases"),
    "minutes_saved": ("Eingesparte Zeit", "Time saved"),
    "minutes": ("Minuten", "Minutes"),
    "minutes_total": ("Minuten eingespart (gesamt)", "Minutes saved (total)"),
    "use_cases": ("Anwendungsfälle aus den Erfolgsprotokollen", "Use cases from the success logs"),
    "use_case": ("Anwendungsfall", "Use case"),
    "date": ("Datum", "Date"),
    "member": ("Person", "Member"),
    "team": ("Team", "Team"),
    "score": ("Ø Punkte", "Avg score"),
    "policy": ("KI-Richtlinie", "AI policy"),
    "policy_current": ("Aktuelle Version", "Current version"),
    "acknowledged": ("bestätigt", "acknowledged"),
    "not_acknowledged": ("Noch nicht bestätigt", "Not yet acknowledged"),
    "never": ("nie bestätigt", "never acknowledged"),
    "old_version": ("nur Version {version} bestätigt", "acknowledged version {version} only"),
    "history": ("Fortschritt im Verlauf", "Progress over time"),
    "exports": ("Exporte", "Exports"),
    "first": ("erster", "first"),
    "latest": ("letzter", "latest"),
    "change": ("Veränderung", "Change"),
    "timeline": ("Team-Fortschritt nach Tagen", "Team progress by day"),
    "day": ("Tag", "Day"),
    "mean_progress": ("Ø Fortschritt", "Mean progress"),
    "last_export": ("Letzter Export", "Last export"),
    "course": ("Kurs", "Course"),
    "none": ("keine", "none"),
    "more": ("… und {n} weitere (vollständig mit --csv oder --json)",
             "… and {n} more (all of them with --csv or --json)"),
    "privacy": ("Namen wie exportiert; Prompt-Texte werden nie angezeigt.",
                "Names as exported; prompt texts are never shown."),
    # issue 17: the GenAI gap by the course's definition, next steps, time per week, records
    "genai_gap": ("GenAI-Lücke", "GenAI gap"),
    "genai_gap_explain": (
        "Wer nutzt KI bei der Arbeit (mind. „{users_from}“), wer noch nicht – und warum: der Human Gap "
        "(Wissen, Motivation, Vertrauen) und der System Gap (Rahmen, Struktur, Strategie), aus dem freiwilligen "
        "Gap-Check. Nur Gruppen ab {k} Antworten; nie Antworten einzelner Personen.",
        "Who uses AI at work (at least '{users_from}'), who does not yet, and why: the human gap (knowledge, "
        "motivation, trust) and the system gap (framework, structure, strategy), from the voluntary Gap-Check. "
        "Only groups of {k} or more answers; never a single person's answers."),
    "users": ("Nutzen KI", "Use AI"),
    "not_yet": ("Noch nicht", "Not yet"),
    "not_yet_users": ("Nutzen KI noch nicht", "Do not use AI yet"),
    "no_answer": ("ohne Gap-Check", "no Gap-Check"),
    "answered": ("Antworten", "Answers"),
    "too_few": ("zu wenige Antworten", "too few answers"),
    "too_few_short": ("zu wenige*", "too few*"),
    "too_few_foot": ("* zu wenige Antworten: Gap-Check-Zahlen erst ab {k} Personen je Gruppe.",
                     "* too few answers: Gap-Check figures only for groups of {k} or more."),
    "users_vs": ("Nutzen KI /\nnoch nicht", "Use AI /\nnot yet"),
    "people_short": ("Pers.", "People"),
    "too_few_n": ("zu wenige Antworten ({n} von mind. {k})", "too few answers ({n} of at least {k})"),
    "no_gap_check": ("Keine Gap-Check-Antworten in den Exporten (die Lernenden teilen sie nur, wenn sie zustimmen).",
                     "No Gap-Check answers in the exports (learners share them only when they agree)."),
    "factor": ("Faktor", "Factor"),
    "side": ("Lücke", "Gap"),
    "human": ("Mensch", "Human"),
    "system": ("System", "System"),
    "first_answer": ("erste Antwort", "first answer"),
    "latest_answer": ("letzte Antwort", "latest answer"),
    "among_not_yet": ("bei Noch-nicht-Nutzenden", "among not-yet-users"),
    "f.knowledge": ("Wissen", "Knowledge"),
    "f.motivation": ("Motivation", "Motivation"),
    "f.trust": ("Vertrauen", "Trust"),
    "f.framework": ("Rahmen", "Framework"),
    "f.structure": ("Struktur", "Structure"),
    "f.strategy": ("Strategie", "Strategy"),
    "act.knowledge": ("Grundlagen gemeinsam üben (Stufen 1–3), eine Prompt-Sprechstunde anbieten",
                      "practise the basics together (levels 1–3), offer a prompt clinic"),
    "act.motivation": ("eigene Anwendungsfälle sammeln und Erfolge zeigen, z. B. mit einem Promptathon",
                       "collect people's own use cases and show wins, e.g. with a Promptathon"),
    "act.trust": ("Ergebnisse prüfen üben (Halluzinationen, Ausgaben prüfen)",
                  "practise checking results (hallucinations, checking outputs)"),
    "act.framework": ("die Richtlinie erklären: erlaubte Tools und Daten (Stufe 2)",
                      "explain the policy: allowed tools and data (level 2)"),
    "act.structure": ("eine Ansprechperson oder ein KI-Team benennen und bekannt machen",
                      "name a contact person or AI team and make them known"),
    "act.strategy": ("sagen, wofür das Team KI einsetzen will (Lektion Team-Strategie)",
                     "say what the team wants to use AI for (lesson on team strategy)"),
    "weakest": ("Schwächster Faktor: {factor} ({value}) – nächster Schritt: {action}",
                "Weakest factor: {factor} ({value}) – next step: {action}"),
    "users_change": ("Nutzende: {first} → {latest} von {n} (erste → letzte Antwort)",
                     "Users: {first} → {latest} of {n} (first → latest answer)"),
    "by_team": ("Teams im Vergleich", "Teams compared"),
    "next_steps": ("Nächste Schritte", "Next steps"),
    "ns_not_started": ("{n} noch nicht begonnen", "{n} not started yet"),
    "ns_inactive": ("{n} seit mind. {days} Tagen inaktiv (letzte Aktivität)",
                    "{n} inactive for {days}+ days (last activity)"),
    "ns_policy": ("{n} haben die Richtlinie {version} nicht bestätigt", "{n} have not acknowledged policy {version}"),
    "ns_lessons": ("Lektionen mit den meisten Fehlversuchen", "Lessons failed most often"),
    "ns_checks": ("Am häufigsten nicht erfüllt", "Checks failed most often"),
    "ns_none": ("nichts zu tun", "nothing to do"),
    "ns_short_idle": ("inaktiv", "idle"),
    "people_lower": ("Personen", "people"),
    "side_mean": ("{side} Ø", "{side} (mean)"),
    "days_ago": ("vor {n} Tagen", "{n} days ago"),
    "no_activity_time": ("keine Zeitangabe", "no time recorded"),
    "quiz_answer": ("Quiz „{lesson}“: Antwort {n}", "Quiz '{lesson}': answer {n}"),
    "times": ("×", "×"),
    "per_week": ("Eingesparte Zeit pro Woche (geschätzt)", "Time saved per week (estimated)"),
    "min_week": ("Min./Woche", "min/week"),
    "team_week": ("Team: {m} Min. pro Woche (≈ {h}) · Ø {avg} Min. je Person mit Anwendungsfall ({n})",
                  "Team: {m} min per week (≈ {h}) · mean {avg} min per person with a use case ({n})"),
    "trend": ("Verlauf über die Exportdaten", "Trend over the export dates"),
    "users_share": ("Nutzende", "Users"),
    "records": ("KI-Kompetenz-Nachweis je Person", "AI-literacy record per person"),
    "records_note": ("Was getan wurde, mit Datum; keine rechtliche Bewertung.",
                     "What was done, with dates; not a legal assessment."),
    "levels_done": ("Abgeschlossene Stufen", "Levels completed"),
    "policy_ack": ("Richtlinie bestätigt", "Policy acknowledged"),
    "course_version": ("Kursversion", "Course version"),
    "content_hash": ("Inhalts-Hash", "Content hash"),
    "duplicates": ("Vermutliche Doppelungen", "Likely duplicates"),
    "duplicates_note": ("Gleicher Name, verschiedene Lernenden-IDs (z. B. neuer Rechner): bitte prüfen und ggf. "
                        "den alten Export weglassen.",
                        "Same name, different learner ids (e.g. a new laptop): please check and leave out the "
                        "old export if so."),
    "ids": ("IDs", "Ids"),
    "last_activity": ("Letzte Aktivität", "Last activity"),
    "anonymous": ("Namen durch stabile Pseudonyme ersetzt (--anonymous); Prompt-Texte werden nie angezeigt.",
                  "Names replaced by stable pseudonyms (--anonymous); prompt texts are never shown."),
    "written_groups_csv": ("CSV der Gruppen geschrieben: {path}", "Group CSV written: {path}"),
    "refused_exit": ("{n} Datei(en) abgelehnt – Gründe oben; Exit-Code 2.",
                     "{n} file(s) refused – reasons above; exit code 2."),
    "narrow_note": ("Schmales Terminal: Spalte „{column}“ und die Balken ausgelassen, lange Texte gekürzt – alle "
                    "Werte mit --csv oder --html.",
                    "Narrow terminal: the '{column}' column and the bars left out, long texts shortened – every "
                    "value with --csv or --html."),
    # refusal reasons from progress.exchange, by their code
    "r.json": ("kein gültiges JSON (Zeile {line})", "not valid JSON (line {line})"),
    "r.json_empty": ("kein gültiges JSON (die Datei ist leer)", "not valid JSON (the file is empty)"),
    "r.json_end": ("kein gültiges JSON (die Datei endet zu früh, Zeile {line})",
                   "not valid JSON (the file ends too early, line {line})"),
    "r.json_char": ("kein gültiges JSON (unerwartetes Zeichen, Zeile {line})",
                    "not valid JSON (invalid character, line {line})"),
    "r.json_comma": ("kein gültiges JSON (überzähliges Komma, Zeile {line})",
                     "not valid JSON (trailing comma, line {line})"),
    "r.json_after": ("kein gültiges JSON (Text nach dem Ende, Zeile {line})",
                     "not valid JSON (text after the end, line {line})"),
    "r.json_deep": ("kein gültiges JSON (zu tief verschachtelt)", "not valid JSON (too deeply nested)"),
    "r.json_number": ("kein verwendbares JSON (eine Zahl ist zu groß)", "not usable JSON (a number is too large)"),
    "r.not_object": ("kein Fortschrittsexport (die oberste Ebene ist kein JSON-Objekt)",
                     "not a progress export (the top level is not a JSON object)"),
    "r.no_format": ("kein Fortschrittsexport (kein Feld format; erwartet {expected!r})",
                    "not a progress export (it has no format field; expected {expected!r})"),
    "r.other_format": ("kein Fortschrittsexport (format ist {found!r}, erwartet {expected!r})",
                       "not a progress export (format is {found!r}, expected {expected!r})"),
    "r.no_version": ("der Export hat keine gültige Versionsnummer", "the export has no valid version number"),
    "r.newer": ("von einem neueren genai-course erstellt (Exportversion {found}, diese Version liest bis {version}); "
                "bitte aktualisieren",
                "made by a newer genai-course (export version {found}, this one reads up to {version}); please update"),
    "r.checksum": ("Prüfsumme stimmt nicht: die Datei wurde beschädigt oder bearbeitet",
                   "checksum does not match: the file was damaged or edited"),
    "r.too_large": ("Datei ist größer als {mb} MB", "file is larger than {mb} MB"),
    "r.cannot_read": ("Datei nicht lesbar ({why})", "cannot read the file ({why})"),
    "r.not_utf8": ("keine Textdatei (nicht UTF-8)", "not a text file (not UTF-8)"),
    # a field outside the export schema (progress/exportschema.py), by its code
    "r.field_missing": ("Feld {field} fehlt", "{field} is missing"),
    "r.field_too_long": ("Feld {field} ist zu lang (höchstens {limit})", "{field} is too long (at most {limit})"),
    "r.field_empty": ("Feld {field} ist leer", "{field} is empty"),
    "r.field_range": ("Feld {field} liegt außerhalb des Bereichs ({low} bis {high})",
                      "{field} is out of range ({low} to {high})"),
    "r.field_id": ("Feld {field} ist keine gültige ID", "{field} is not a valid id"),
    "r.field_time": ("Feld {field} ist kein gültiger Zeitpunkt", "{field} is not a valid time"),
    "r.field_type": ("Feld {field} ist kein(e) {what}", "{field} is not {what}"),
    "type.str": ("Text", "a text"), "type.int": ("ganze Zahl", "a whole number"), "type.float": ("Zahl", "a number"),
    "type.int | float": ("Zahl", "a number"), "type.bool": ("Wahrheitswert (true/false)", "true or false"),
    "type.array": ("Liste", "a list"), "type.object": ("Objekt", "an object"),
    "r.field_value": ("Feld {field} ist keiner von: {allowed}", "{field} is not one of {allowed}"),
    "r.field_bad": ("Feld {field} ist ungültig", "{field} is not valid"),
}


def label(key: str, lang: str) -> str:
    """The text for `key` in `lang` (German for "de", else English)."""
    de, en = _TEXTS[key]
    return de if lang == "de" else en


def reason(exc: Exception, lang: str) -> str:
    """An export error's one-line reason in `lang` (by its code; as raised when it has none)."""
    code = getattr(exc, "code", "")
    field = getattr(exc, "params", {}).get("field", "")
    if code.startswith("field_") and (field == "learner" or field.startswith("learner.id")):
        return label("no_learner", lang)
    if code.startswith("field_") and field == "exported_at":
        return label("no_date", lang)
    if code and f"r.{code}" in _TEXTS:
        params = dict(getattr(exc, "params", {}))
        if code == "field_type":
            key = f"type.{params.get('expected', '')}"
            params["what"] = label(key, lang) if key in _TEXTS else params.get("expected", "?")
        try:
            return label(f"r.{code}", lang).format(**params)
        except (KeyError, IndexError, ValueError):
            pass
    return str(exc)


def check_name(check: str, lesson_title: str, lang: str) -> str:
    """A failed check a lead can read: "Rolle", "Länge", "Quiz „Halluzinationen“: Antwort 2"."""
    if check.startswith("option-") and check[7:].isdigit():
        return label("quiz_answer", lang).format(lesson=lesson_title or "?", n=check[7:])
    from course.i18n import check_label

    return check_label(lang, check)


def factor_name(factor: str, lang: str) -> str:
    key = f"f.{factor}"
    return label(key, lang) if key in _TEXTS else factor
