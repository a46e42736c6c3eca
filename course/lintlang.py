"""Lint messages in the author's language: the English message, said again in German."""

from __future__ import annotations

import functools
import re

# (English pattern, German text). Named groups carry ids, lines and names over
# unchanged. A message without a pattern stays English, so nothing is lost.
_DE: tuple[tuple[str, str], ...] = (
    # YAML, in plain words
    (
        r"column (?P<c>\d+): the indentation does not match the line before",
        "Spalte {c}: die Einrückung passt nicht zur Zeile davor",
    ),
    (
        r"column (?P<c>\d+): the text after '(?P<k>[^']*):' contains ': '; put the whole text in quotes",
        "Spalte {c}: der Text nach „{k}:“ enthält „: “; setze den ganzen Text in Anführungszeichen",
    ),
    (
        r"column (?P<c>\d+): a tab character; indent with spaces only",
        "Spalte {c}: ein Tabulator; rücke nur mit Leerzeichen ein",
    ),
    (
        r"column (?P<c>\d+): the quote (?P<q>.) that opens here is never closed",
        "Spalte {c}: das Anführungszeichen {q}, das hier beginnt, wird nie geschlossen",
    ),
    (
        r"column (?P<c>\d+): the bracket (?P<b>.) that opens here is not closed, or a comma is missing",
        "Spalte {c}: die Klammer {b}, die hier beginnt, wird nicht geschlossen, oder es fehlt ein Komma",
    ),
    (
        r"column (?P<c>\d+): a text that starts with \* must be put in quotes",
        "Spalte {c}: ein Text, der mit * beginnt, gehört in Anführungszeichen",
    ),
    (
        r"column (?P<c>\d+): this line is not a list item like the ones above it: start it with '- ' or indent it like them",
        "Spalte {c}: diese Zeile ist kein Listeneintrag wie die darüber: beginne sie mit „- “ oder rücke sie wie diese ein",
    ),
    (
        r"column (?P<c>\d+): there is more text after the closing quote; put the whole text in quotes",
        "Spalte {c}: nach dem schließenden Anführungszeichen folgt noch Text; setze den ganzen Text in Anführungszeichen",
    ),
    (
        r"column (?P<c>\d+): a list item '-' where a key was expected: indent the list under its key",
        "Spalte {c}: ein Listeneintrag „-“, wo ein Schlüssel stehen sollte: rücke die Liste unter ihren Schlüssel ein",
    ),
    (
        r"column (?P<c>\d+): the key '(?P<k>[^']*)' appears twice \(first in line (?P<n>\d+)\); keep one of them",
        "Spalte {c}: der Schlüssel „{k}“ steht zweimal da (zuerst in Zeile {n}); behalte einen davon",
    ),
    (
        r"column (?P<c>\d+): the YAML cannot be read here \((?P<r>.*)\)",
        "Spalte {c}: das YAML lässt sich hier nicht lesen ({r})",
    ),
    # files and front matter
    (
        r"lesson file names look like 01-slug.de.md \(number, slug, language\)",
        "Lektionsdateien heißen wie 01-thema.de.md (Nummer, Kurzname, Sprache)",
    ),
    (
        r"a lesson starts with front matter: a line '---', id and title, and '---'",
        "eine Lektion beginnt mit dem Kopf: einer Zeile „---“, id und title, und „---“",
    ),
    (
        r"front matter is not closed: add a line '---' after it",
        "der Kopf der Lektion ist nicht abgeschlossen: füge danach eine Zeile „---“ ein",
    ),
    (
        r"front matter must be key: value lines \(id, title, \.\.\.\)",
        "der Kopf besteht aus Zeilen „schlüssel: wert“ (id, title, ...)",
    ),
    (r"file is binary, not UTF-8 text", "die Datei ist keine Textdatei (UTF-8)"),
    (r"file is not valid UTF-8 text", "die Datei ist kein gültiger UTF-8-Text; speichere sie als UTF-8"),
    (
        r"file is (?P<n>\d+) KB; a course file may be at most (?P<m>\d+) KB",
        "die Datei ist {n} KB groß; erlaubt sind höchstens {m} KB",
    ),
    (r"cannot read the file: (?P<e>.*)", "die Datei lässt sich nicht lesen: {e}"),
    (r"(?P<f>\S+) must be a YAML mapping \(key: value lines\)", "{f} muss aus Zeilen „schlüssel: wert“ bestehen"),
    (
        r"unknown front matter key (?P<k>'[^']*'), did you mean (?P<m>'[^']*')\?",
        "unbekannter Schlüssel {k} im Kopf – meintest du {m}?",
    ),
    (r"unknown front matter key (?P<k>'[^']*')", "unbekannter Schlüssel {k} im Kopf"),
    (
        r"lesson id (?P<i>.*) is missing or not lowercase letters, digits and dashes",
        "die Lektions-id {i} fehlt oder besteht nicht nur aus Kleinbuchstaben, Ziffern und Bindestrichen",
    ),
    (r"the lesson needs a title", "die Lektion braucht einen title"),
    (r"minutes must be a whole number", "minutes muss eine ganze Zahl sein"),
    (r"objectives must be a list", "objectives muss eine Liste sein (Zeilen mit „- “)"),
    (
        r"the ```(?P<n>\w+) block that starts here is never closed",
        "der ```{n}-Block, der hier beginnt, wird nie mit ``` geschlossen",
    ),
    # ids, levels, languages
    (
        r"lesson id (?P<i>'[^']*') \((?P<l>\w+)\) is already used by (?P<f>.*)",
        "die Lektions-id {i} ({l}) ist schon vergeben in {f}",
    ),
    (
        r"exercise id (?P<i>'[^']*') is used twice in this lesson",
        "die Übungs-id {i} kommt in dieser Lektion zweimal vor",
    ),
    (
        r"exercise id (?P<i>'[^']*') is already used in lesson (?P<l>'[^']*')",
        "die Übungs-id {i} ist schon in der Lektion {l} vergeben",
    ),
    (
        r"level id (?P<i>'[^']*') is already used by folder (?P<f>.*)",
        "die Stufen-id {i} ist schon im Ordner {f} vergeben",
    ),
    (
        r"level id (?P<i>.*) is missing or not lowercase letters, digits and dashes",
        "die Stufen-id {i} fehlt oder besteht nicht nur aus Kleinbuchstaben, Ziffern und Bindestrichen",
    ),
    (
        r"course.yaml needs an id of lowercase letters, digits and dashes",
        "course.yaml braucht eine id aus Kleinbuchstaben, Ziffern und Bindestrichen",
    ),
    (r"unlock.after names no level: (?P<i>.*)", "unlock.after nennt keine vorhandene Stufe: {i}"),
    (
        r"unlock.after must name an earlier level, not (?P<i>.*)",
        "unlock.after muss eine frühere Stufe nennen, nicht {i}",
    ),
    (r"unlock must be a mapping with after and min_score", "unlock braucht eingerückte Zeilen after: und min_score:"),
    (r"min_score must be a number from 0 to 1", "min_score muss eine Zahl von 0 bis 1 sein"),
    (r"unknown key (?P<k>'[^']*'), did you mean (?P<m>'[^']*')\?", "unbekannter Schlüssel {k} – meintest du {m}?"),
    (r"unknown key (?P<k>'[^']*')", "unbekannter Schlüssel {k}"),
    (
        r"folder has lessons but no level.yaml; it is left out",
        "der Ordner enthält Lektionen, aber keine level.yaml; er wird ausgelassen",
    ),
    (r"lesson (?P<i>'[^']*') has no (?P<l>\w+) version", "die Lektion {i} gibt es nicht auf {l}"),
    (
        r"lesson (?P<i>'[^']*'): exercise id (?P<e>'[^']*') \((?P<l>\w+)\) is (?P<o>'[^']*') in the (?P<r>\w+) file; use the same id in both",
        "Lektion {i}: die Übungs-id {e} ({l}) heißt in der {r}-Datei {o}; verwende in beiden dieselbe id",
    ),
    (
        r"lesson (?P<i>'[^']*'): exercise (?P<e>'[^']*') is only in the (?P<l>\w+) file, not in the (?P<r>\w+) file",
        "Lektion {i}: die Übung {e} steht nur in der {l}-Datei, nicht in der {r}-Datei",
    ),
    (
        r"lesson (?P<i>'[^']*'): exercise (?P<e>'[^']*') of the (?P<r>\w+) file \(line (?P<n>\d+)\) is missing in the (?P<l>\w+) file",
        "Lektion {i}: die Übung {e} der {r}-Datei (Zeile {n}) fehlt in der {l}-Datei",
    ),
    # policy
    (
        r"\{\{ policy\.(?P<f>[\w.]+) \}\} is not a field of policy.yaml \(or it is empty\)",
        "{{{{ policy.{f} }}}} ist kein Feld der policy.yaml (oder es ist leer)",
    ),
    (
        r"(?P<f>[\w.]+) is missing or empty, but (?P<n>\d+) lesson file\(s\) of the course use it \(\{\{ policy\.[\w.]+ \}\}\); add it",
        "{f} fehlt oder ist leer, aber {n} Lektionsdatei(en) des Kurses verwenden es ({{{{ policy.{f} }}}}); trage es ein",
    ),
    (
        r"(?P<f>[\w.]+) (?P<w>.*) is read as the (?P<k>number|date) (?P<v>.*), not as text; put it in quotes: (?P<q>.*)",
        "{f} {w} wird als {k} {v} gelesen, nicht als Text; setze es in Anführungszeichen: {q}",
    ),
    (
        r"(?P<f>[\w.]+) (?P<w>.*) is read as a (?P<k>number|date|yes/no), not as text; put it in quotes: (?P<q>.*)",
        "{f} {w} wird als {k} gelesen, nicht als Text; setze es in Anführungszeichen: {q}",
    ),
    (
        r"(?P<f>[\w.]+) must be a plain text, not a list or a key: value pair; put it in quotes",
        "{f} muss ein einfacher Text sein, keine Liste und kein „schlüssel: wert“; setze ihn in Anführungszeichen",
    ),
    (
        r"rule (?P<n>\d+) \((?P<l>\w+)\) contains ': ' and is read as a key: value pair; put the whole rule in quotes",
        "Regel {n} ({l}) enthält „: “ und wird als „schlüssel: wert“ gelesen; setze die ganze Regel in Anführungszeichen",
    ),
    (
        r"rule (?P<n>\d+) \((?P<l>\w+)\) must be a plain text in quotes",
        "Regel {n} ({l}) muss ein einfacher Text in Anführungszeichen sein",
    ),
    (
        r"rules have no (?P<l>\w+) list: add (?P=l): with the same rules, in the same order",
        "die Regeln haben keine {l}-Liste: füge {l}: mit denselben Regeln in derselben Reihenfolge hinzu",
    ),
    (
        r"rules (?P<l>\w+) has (?P<n>\d+) rule\(s\), (?P<o>\w+) has (?P<m>\d+): every rule needs both languages, in the same order",
        "Regeln {l}: {n} Regel(n), {o}: {m}; jede Regel braucht beide Sprachen, in derselben Reihenfolge",
    ),
    (
        r"data class (?P<i>'[^']*') has no name in (?P<l>[\w ]+): add (?P<a>.*)",
        "die Datenklasse {i} hat keinen Namen auf {l}: ergänze {a}",
    ),
    (
        r"a data class needs an id and a name in de and en: (?P<x>.*)",
        "eine Datenklasse braucht eine id und einen Namen auf de und en: {x}",
    ),
    (
        r"an approved tool needs a name \(and data: \[classes\]\)",
        "ein freigegebenes Werkzeug braucht einen name (und data: [klassen])",
    ),
    (
        r"tool (?P<t>'[^']*') names data class (?P<d>'[^']*'), which data_classes does not define",
        "das Werkzeug {t} nennt die Datenklasse {d}, die unter data_classes fehlt",
    ),
    (
        r"(?P<k>\w+) must be a list, one entry per line starting with '- '",
        "{k} muss eine Liste sein, ein Eintrag pro Zeile mit „- “",
    ),
    (
        r"rules must be a map of language to a list of rules \(de: and en: on their own lines\)",
        "rules braucht je Sprache eine Liste (de: und en: auf eigenen Zeilen)",
    ),
    (
        r"unknown contact key (?P<k>'[^']*'), did you mean (?P<m>'[^']*')\?",
        "unbekannter Schlüssel {k} unter contact – meintest du {m}?",
    ),
    (r"unknown contact key (?P<k>'[^']*')", "unbekannter Schlüssel {k} unter contact (erlaubt: name, channel, email)"),
    (
        r"unknown policy key (?P<k>'[^']*'), did you mean (?P<m>'[^']*')\?",
        "unbekannter Schlüssel {k} – meintest du {m}?",
    ),
    (r"unknown policy key (?P<k>'[^']*') \(use (?P<u>.*)\)", "unbekannter Schlüssel {k} (erlaubt: {u})"),
    (
        r"policy.yaml must be a mapping \(company, version, contact, \.\.\.\)",
        "policy.yaml besteht aus Zeilen „schlüssel: wert“ (company, version, contact, ...)",
    ),
    (r"with this pack: (?P<m>.*)", "mit diesem Paket: {m}"),
    # exercises (after the "exercise X: " prefix)
    (
        r"an exercise block must be a YAML mapping \(key: value lines\)",
        "ein Übungsblock besteht aus Zeilen „schlüssel: wert“",
    ),
    (
        r"exercise id (?P<i>.*) must be lowercase letters, digits and dashes",
        "die Übungs-id {i} darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten",
    ),
    (r"unknown kind (?P<k>'[^']*') \(use one of (?P<u>.*)\)", "unbekannte Art (kind) {k} (erlaubt: {u})"),
    (r"unknown key (?P<k>'[^']*') for kind (?P<d>\w+)", "der Schlüssel {k} gibt es bei der Art {d} nicht"),
    (
        r"unknown key (?P<k>'[^']*') in a check \(use (?P<u>.*)\)",
        "unbekannter Schlüssel {k} in einem Check (erlaubt: {u})",
    ),
    (r"unknown check (?P<k>'[^']*'), did you mean (?P<m>'[^']*')\?", "unbekannter Check {k} – meintest du {m}?"),
    (
        r"unknown check (?P<k>'[^']*') \(llm-rubric belongs in output_checks\)",
        "unbekannter Check {k} (llm-rubric gehört unter output_checks)",
    ),
    (r"unknown check (?P<k>'[^']*')", "unbekannter Check {k}"),
    (r"pass must be a number from 0 to 1", "pass muss eine Zahl von 0 bis 1 sein"),
    (r"(?P<k>\w+) must be a list of texts", "{k} muss eine Liste von Texten sein"),
    (r"(?P<k>\w+) must be a list", "{k} muss eine Liste sein (Zeilen mit „- “)"),
    (r"(?P<k>\w+) must be text", "{k} muss ein Text sein"),
    (r"an order exercise needs at least two items", "eine Reihenfolge-Übung braucht mindestens zwei items"),
    (r"a (?P<k>\w+) exercise needs a task", "eine Übung der Art {k} braucht eine task"),
    (
        r"an improve exercise needs the weak prompt in start",
        "eine improve-Übung braucht den schwachen Prompt unter start",
    ),
    (
        r"a redact exercise needs the text to clean in start",
        "eine redact-Übung braucht den zu bereinigenden Text unter start",
    ),
    (r"a quiz needs a question", "ein Quiz braucht eine question"),
    (r"a quiz needs at least two options", "ein Quiz braucht mindestens zwei options"),
    (
        r"answer must be an option number from 1 to (?P<n>\d+) or a list of them",
        "answer muss eine Antwortnummer von 1 bis {n} sein oder eine Liste davon",
    ),
    (r"explain has (?P<n>\d+) entries for (?P<m>\d+) options", "explain hat {n} Einträge für {m} Antworten"),
    (
        r"a check is a name, a one-key map or a map with 'check:'",
        "ein Check ist ein Name, „name: wert“ oder eine Angabe mit „check:“",
    ),
    (r"check name must be text", "der Name eines Checks muss ein Text sein"),
    (r"(?P<k>[\w-]+) cannot be negated with not-", "{k} lässt sich nicht mit not- umkehren"),
    (r"weight must be a number >= 0", "weight muss eine Zahl ab 0 sein"),
    (r"threshold must be a number", "threshold muss eine Zahl sein"),
    (
        r"(?P<k>\w+) entry (?P<n>\d+) contains ': ' and is read as a key: value pair; put the text in quotes",
        "{k}, Eintrag {n}, enthält „: “ und wird als „schlüssel: wert“ gelesen; setze den Text in Anführungszeichen",
    ),
    (
        r"add a solution that passes, so the rubric proves itself",
        "ergänze eine solution, die besteht – so beweist die Bewertung sich selbst",
    ),
    (
        r"the solution does not pass \((?P<l>\w+); score (?P<s>[\d.]+), failed: (?P<f>.*)\)",
        "die solution besteht nicht ({l}; Punkte {s}, nicht erfüllt: {f})",
    ),
    (
        r"fails entry (?P<n>\d+) \((?P<t>.*)\) passes with score (?P<s>[\d.]+); tighten the checks",
        "fails-Eintrag {n} ({t}) besteht mit {s} Punkten; verschärfe die Checks",
    ),
    (
        r"give at least two fails entries \(answers that must not pass\)",
        "gib mindestens zwei fails-Einträge an (Antworten, die nicht bestehen dürfen)",
    ),
    (r"the grader failed: (?P<e>.*)", "die Bewertung ist abgestürzt: {e}"),
    # recorded model answers (examples_output)
    (
        r"examples_output must be a list of prompt/answer entries",
        "examples_output muss eine Liste von Einträgen mit prompt und answer sein",
    ),
    (
        r"examples_output entry (?P<n>\d+) must be a map with prompt and answer",
        "examples_output, Eintrag {n}, braucht prompt: und answer:",
    ),
    (
        r"unknown key (?P<k>'[^']*') in examples_output, did you mean (?P<m>'[^']*')\?",
        "unbekannter Schlüssel {k} in examples_output – meintest du {m}?",
    ),
    (r"unknown key (?P<k>'[^']*') in examples_output", "unbekannter Schlüssel {k} in examples_output"),
    (
        r"examples_output entry (?P<n>\d+) needs (?P<need>prompt and answer|prompt|answer)",
        "examples_output, Eintrag {n}, braucht {need}",
    ),
    (
        r"examples_output entry (?P<n>\d+): date must look like 2026-12-06",
        "examples_output, Eintrag {n}: das Datum sieht aus wie 2026-12-06",
    ),
    (
        r"examples_output entry (?P<n>\d+) needs the model that answered and the date; an answer no model produced needs illustrative: true",
        "examples_output, Eintrag {n}, braucht das Modell, das geantwortet hat, und das Datum; eine Antwort, die kein Modell gegeben hat, braucht illustrative: true",
    ),
    # size and alias guards
    (r"a course file may be at most (?P<m>\d+) KB", "eine Kursdatei darf höchstens {m} KB groß sein"),
    (
        r"YAML alias refers to itself \(an endless structure\); remove the \*alias",
        "ein YAML-Alias verweist auf sich selbst (endlose Struktur); entferne den *Alias",
    ),
    (
        r"YAML expands to more than (?P<n>[\d,.]+) values through aliases \(&name/\*name\); write the values out instead of repeating anchors",
        "das YAML wächst über Aliase (&name/*name) auf mehr als {n} Werte; schreibe die Werte aus, statt Anker zu wiederholen",
    ),
    # gapcheck.yaml
    (
        r"gapcheck.yaml must be a mapping \(scales, questions, \.\.\.\)",
        "gapcheck.yaml besteht aus Zeilen „schlüssel: wert“ (scales, questions, ...)",
    ),
    (r"unknown gapcheck key (?P<k>'[^']*') \(use (?P<u>.*)\)", "unbekannter Schlüssel {k} (erlaubt: {u})"),
    (
        r"exactly one question needs factor: usage \(it says who uses AI\); found (?P<n>\d+)",
        "genau eine Frage braucht factor: usage (sie sagt, wer KI nutzt); gefunden: {n}",
    ),
    (
        r"users_from must be a whole number from 2 to the number of answers of the usage scale",
        "users_from muss eine ganze Zahl von 2 bis zur Zahl der Antworten der usage-Skala sein",
    ),
    (r"minutes must be a whole number from 1 to 30", "minutes muss eine ganze Zahl von 1 bis 30 sein"),
    (
        r"no question measures (?P<f>.*); the team report shows no figure for it",
        "keine Frage misst {f}; der Team-Bericht zeigt dafür keine Zahl",
    ),
    (
        r"scales must map a scale id to its answer labels per language \(de: \[\.\.\.\], en: \[\.\.\.\]\)",
        "scales ordnet jeder Skala ihre Antworten je Sprache zu (de: [...], en: [...])",
    ),
    (
        r"scale (?P<i>'[^']*') needs labels per language \(de: \[\.\.\.\], en: \[\.\.\.\]\)",
        "die Skala {i} braucht Antworten je Sprache (de: [...], en: [...])",
    ),
    (
        r"scale (?P<i>'[^']*') needs a list of answer labels in (?P<l>'\w+')",
        "die Skala {i} braucht eine Liste von Antworten auf {l}",
    ),
    (
        r"scale (?P<i>'[^']*') \((?P<l>\w+)\) needs 2 to 7 answers, has (?P<n>\d+)",
        "die Skala {i} ({l}) braucht 2 bis 7 Antworten, hat {n}",
    ),
    (
        r"scale (?P<i>'[^']*') has a different number of answers per language",
        "die Skala {i} hat je Sprache eine andere Zahl von Antworten",
    ),
    (
        r"questions must be a list of \{id, factor, scale, text\}",
        "questions muss eine Liste von {{id, factor, scale, text}} sein",
    ),
    (
        r"at most (?P<n>\d+) questions \(a Gap-Check takes about two minutes\)",
        "höchstens {n} Fragen (ein Gap-Check dauert etwa zwei Minuten)",
    ),
    (r"a question is a mapping with id, factor, scale and text", "eine Frage besteht aus id, factor, scale und text"),
    (
        r"unknown question key (?P<k>'[^']*') \(use (?P<u>.*)\)",
        "unbekannter Schlüssel {k} in einer Frage (erlaubt: {u})",
    ),
    (
        r"question id (?P<i>.*) is missing or not lowercase letters, digits and dashes",
        "die Fragen-id {i} fehlt oder besteht nicht nur aus Kleinbuchstaben, Ziffern und Bindestrichen",
    ),
    (r"question id (?P<i>'[^']*') is used twice", "die Fragen-id {i} kommt zweimal vor"),
    (r"question (?P<i>'[^']*'): factor must be one of (?P<u>.*)", "Frage {i}: factor muss eines davon sein: {u}"),
    (
        r"question (?P<i>'[^']*'): scale (?P<s>'[^']*') is not defined under scales",
        "Frage {i}: die Skala {s} fehlt unter scales",
    ),
    (r"question (?P<i>'[^']*') needs a text in (?P<l>.*)", "Frage {i} braucht einen text auf {l}"),
    (
        r"xapi must be a mapping with activity_base and home_page",
        "xapi braucht eingerückte Zeilen activity_base: und home_page:",
    ),
    (r"xapi\.(?P<k>\w+) must be an absolute http\(s\) IRI", "xapi.{k} muss eine vollständige http(s)-Adresse sein"),
)

_WORDS = {"number": "Zahl", "date": "Datum", "yes/no": "Ja/Nein-Wert"}

_PREFIX = re.compile(r"^exercise (?P<id>[a-z0-9-]+): (?P<rest>.*)$", re.S)


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern + r"\Z", re.S), german) for pattern, german in _DE)


def translate(message: str, lang: str) -> str:
    """`message` in `lang` (de or en); an English message without a German pattern stays English."""
    if lang != "de":
        return message
    m = _PREFIX.match(message)
    if m:
        return f"Übung {m.group('id')}: {_one(m.group('rest'))}"
    return _one(message)


def _one(message: str) -> str:
    for pattern, german in _compiled():
        m = pattern.match(message)
        if m:
            values = {
                k: _WORDS.get(v, v) if k == "k" else v.replace(" and ", " und ") if k == "need" else v
                for k, v in m.groupdict().items()
            }
            return german.format(**values)
    head, sep, rest = message.partition(": ")
    if sep and head.count(" ") < 3 and rest:  # "<check>: <grader's reason>" keeps the check name
        inner = _one(rest)
        if inner != rest:
            return f"{head}: {inner}"
    return message


def has_german(message: str) -> bool:
    """Whether `message` has a German wording (tests use this to keep the table complete)."""
    return translate(message, "de") != message
