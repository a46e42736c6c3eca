"""Writes tests/data/packs/mistakes: a pack with one mistake per marked line (`LINT: code`, or `LINT@1: code` for line 1).

Run it after changing a case: `python tests/data/packs/make_mistakes.py`; the files are committed.
"""
from pathlib import Path
import shutil

ROOT = Path(__file__).resolve().parent / "mistakes"
shutil.rmtree(ROOT, ignore_errors=True)

EX_DE = """```exercise
id: {ex}
task: Schreibe einen Prompt für eine E-Mail an einen Kunden.
checks:
  - role
  - format
solution: Du bist Assistenz im Vertrieb. Schreibe eine E-Mail an den Kunden mit drei Stichpunkten.
fails:
  - Schreib was.
  - Mail.
```"""
EX_EN = """```exercise
id: {ex}
task: Write a prompt for an email to a customer.
checks:
  - role
  - format
solution: You are a sales assistant. Write an email to the customer with three bullet points.
fails:
  - Write something.
  - Email.
```"""


def lesson(lid, title, body, lang):
    return f"---\nid: {lid}\ntitle: {title}\nminutes: 5\n---\n\n# {title}\n\n{body}\n"


def write(rel, text):
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def pair(folder, name, lid, de_text=None, en_text=None, ex=None):
    ex = ex or f"{lid}-ex"
    write(f"{folder}/{name}.de.md", de_text if de_text is not None else lesson(lid, "Lektion", "Text.\n\n" + EX_DE.format(ex=ex), "de"))
    if en_text is not False:
        write(f"{folder}/{name}.en.md", en_text if en_text is not None else lesson(lid, "Lesson", "Text.\n\n" + EX_EN.format(ex=ex), "en"))


write("policy.yaml", """company: Acme GmbH
version: 2026.10  # LINT: not-text
contact:  # LINT: policy-field
  name: KI-Team
  email: ki@acme.example
approved_tools:
  - {name: Acme-Copilot, data: [public, internal]}
data_classes:
  - {id: public, de: öffentlich, en: public}
  - {id: internal, de: intern}  # LINT: missing-translation
  - {id: confidential, de: vertraulich, en: confidential}
  - {id: personal, de: personenbezogen, en: personal data}
rules:
  de:
    - Nur freigegebene Werkzeuge nutzen.
    - Tipp: vorher fragen  # LINT: not-text
    - Ergebnisse prüfen.
  en:  # LINT: rule-count
    - Use approved tools only.
    - Check results.
""")

# Level 1: a valid level full of lessons with one mistake each.
L1 = "01-mistakes"
write(f"{L1}/level.yaml", "id: mistakes\ntitle: {de: Fehler, en: Mistakes}\nsummary: {de: Eine Stufe voller Fehler, en: A level full of mistakes}\nunlock:\n  after: basics\n")
pair(L1, "01-ok", "all-good")
# front matter: ": " in a value
pair(L1, "02-colon", "colon-title", de_text="---\nid: colon-title\ntitle: Tipp: so geht es  # LINT: yaml\n---\n\nText.\n")
# front matter: a tab
pair(L1, "03-tab", "tab-front", de_text="---\nid: tab-front\n\ttitle: Tabulator  # LINT: yaml\n---\n\nText.\n")
# front matter: typo'd key, reported once (not also "missing title")
pair(L1, "04-titel", "typo-title", de_text="---\nid: typo-title\ntitel: Mit Tippfehler  # LINT: unknown-key\n---\n\nText.\n" + "\n" + EX_DE.format(ex="typo-title-ex") + "\n")
# front matter: bad id
pair(L1, "05-badid", "bad-id-lesson", de_text="---\nid: Lektion_5  # LINT: bad-id\ntitle: Falsche id\n---\n\nText.\n")
# front matter: minutes not a number
pair(L1, "06-minutes", "minutes-word", de_text="---\nid: minutes-word\ntitle: Minuten\nminutes: zehn  # LINT: bad-value\n---\n\nText.\n\n" + EX_DE.format(ex="minutes-word-ex") + "\n")
# no front matter at all
pair(L1, "07-nofront", "no-front", de_text="<!-- LINT: no-front-matter -->\n# Ohne Kopf\n\nText.\n")
# unclosed fence
pair(L1, "08-fence", "open-fence", de_text="---\nid: open-fence\ntitle: Offener Block\n---\n\nText.\n\n```exercise <!-- LINT: unclosed-fence -->\nid: open-fence-ex\ntask: Schreib was.\n")
# bad file name
write(f"{L1}/lesson.de.md", "<!-- LINT: bad-filename -->\n---\nid: no-number\ntitle: Ohne Nummer\n---\n")
# duplicate lesson id (de only: the file is left out, so no missing-language either)
write(f"{L1}/10-dup.de.md", "---\nid: all-good  # LINT: duplicate-id\ntitle: Doppelt\n---\n\nText.\n")
# exercise: unknown check
pair(L1, "11-check", "check-typo", de_text=lesson("check-typo", "Check", "Text.\n\n" + EX_DE.format(ex="check-typo-ex").replace("  - format", "  - formatt  # LINT: unknown-check"), "de"))
# exercise: typo'd key (taks), read as task: no "needs a task"
pair(L1, "12-taks", "task-typo", de_text=lesson("task-typo", "Aufgabe", "Text.\n\n" + EX_DE.format(ex="task-typo-ex").replace("task:", "taks:  # LINT: unknown-key\n  "), "de"))
# exercise: unknown kind
pair(L1, "13-kind", "kind-typo", de_text=lesson("kind-typo", "Art", "Text.\n\n" + EX_DE.format(ex="kind-typo-ex").replace("task:", "kind: essay  # LINT: unknown-kind\ntask:"), "de"))
# quiz answer out of range: one problem, no "no-solution"
QUIZ = """```quiz
id: quiz-range-ex
question: {q}
options:
  - {a}
  - {b}
  - {c}
answer: {n}
```"""
pair(L1, "14-quiz", "quiz-range",
     de_text=lesson("quiz-range", "Quiz", "Text.\n\n" + QUIZ.format(q="Was ist richtig?", a="Eins", b="Zwei", c="Drei", n="5  # LINT: bad-answer"), "de"),
     en_text=lesson("quiz-range", "Quiz", "Text.\n\n" + QUIZ.format(q="What is right?", a="One", b="Two", c="Three", n="2\nfails:\n  - 1\n  - 3"), "en"))
# exercise: the solution fails (at the solution line)
pair(L1, "15-solution", "solution-bad", de_text=lesson("solution-bad", "Lösung", "Text.\n\n" + EX_DE.format(ex="solution-bad-ex").replace(
    "solution: Du bist Assistenz im Vertrieb. Schreibe eine E-Mail an den Kunden mit drei Stichpunkten.", "solution: Mach das mal.  # LINT: solution-fails"), "de"))
# exercise: a fails entry passes (at the entry's line)
pair(L1, "16-fails", "fails-pass", de_text=lesson("fails-pass", "Fails", "Text.\n\n" + EX_DE.format(ex="fails-pass-ex").replace(
    "  - Mail.", "  - Du bist Assistenz. Schreibe eine E-Mail mit Stichpunkten.  # LINT: fail-passes"), "de"))
# exercise: a hint with ": " becomes a key: value pair
pair(L1, "17-hint", "hint-colon", de_text=lesson("hint-colon", "Tipp", "Text.\n\n" + EX_DE.format(ex="hint-colon-ex").replace(
    "solution:", "hints:\n  - Wer soll die KI sein?\n  - Tipp: nenne das Format  # LINT: bad-value\nsolution:"), "de"))
# exercise: pass out of range
pair(L1, "18-pass", "pass-range", de_text=lesson("pass-range", "Pass", "Text.\n\n" + EX_DE.format(ex="pass-range-ex").replace(
    "solution:", "pass: 7  # LINT: bad-value\nsolution:"), "de"))
# exercise id used in another lesson (each file that must change)
pair(L1, "19-dupex", "dup-exercise", ex="all-good-ex",
     de_text=lesson("dup-exercise", "Doppelt", "Text.\n\n" + EX_DE.format(ex="all-good-ex  # LINT: duplicate-id"), "de"),
     en_text=lesson("dup-exercise", "Twice", "Text.\n\n" + EX_EN.format(ex="all-good-ex  # LINT: duplicate-id"), "en"))
# de/en exercise ids differ (named, once, at the en exercise)
pair(L1, "20-mismatch", "id-mismatch",
     en_text=lesson("id-mismatch", "Mismatch", "Text.\n\n" + EX_EN.format(ex="id-mismatch-exercise  # LINT: exercise-mismatch"), "en"))
# unknown policy field
pair(L1, "21-policy", "policy-typo", de_text=lesson("policy-typo", "Policy", "Frag {{ policy.contact.mail }} <!-- LINT: unresolved-policy -->\n\n" + EX_DE.format(ex="policy-typo-ex"), "de"))
# fenced YAML: indentation
pair(L1, "22-indent", "indent-fence", de_text=lesson("indent-fence", "Einrückung", "Text.\n\n" + EX_DE.format(ex="indent-fence-ex").replace(
    "  - format", " - format  # LINT: yaml"), "de"))
# fenced YAML: unclosed quote (at the opening quote)
pair(L1, "23-quote", "open-quote", de_text=lesson("open-quote", "Anführung", "Text.\n\n" + EX_DE.format(ex="open-quote-ex").replace(
    "task: Schreibe", 'task: "Schreibe  # LINT: yaml\n  '), "de"))
# fenced YAML: text starting with *
pair(L1, "24-star", "star-text", de_text=lesson("star-text", "Stern", "Text.\n\n" + EX_DE.format(ex="star-text-ex").replace(
    "  - Mail.", "  - *wichtig*  # LINT: yaml"), "de"))
# one fails entry only (a warning, at the fails entry)
pair(L1, "25-fewfails", "few-fails", de_text=lesson("few-fails", "Wenige", "Text.\n\n" + EX_DE.format(ex="few-fails-ex").replace(
    "  - Schreib was.\n  - Mail.", "  - Schreib was.  # LINT: few-fails"), "de"))
# a lesson only in German (a warning)
write(f"{L1}/26-onlyde.de.md", lesson("only-german", "Nur Deutsch", "Text. <!-- LINT@1: missing-language -->", "de"))

# a key written twice (YAML would silently keep the last)
pair(L1, "27-twice", "key-twice", de_text=lesson("key-twice", "Zweimal", "Text.\n\n" + EX_DE.format(ex="key-twice-ex").replace(
    "solution:", "checks:  # LINT: yaml\n  - role\nsolution:"), "de"))

# Level 2: level.yaml cannot be read, but its lessons' problems still show.
L2 = "02-broken-level"
write(f"{L2}/level.yaml", "id: broken-level\ntitle: {de: Kaputt, en: Broken  # LINT: yaml\nsummary: x\n")
pair(L2, "01-inside", "inside-broken", de_text=lesson("inside-broken", "Drinnen", "Text.\n\n" + EX_DE.format(ex="inside-broken-ex").replace("  - role", "  - rolle  # LINT: unknown-check"), "de"))

# Level 3: level.yaml mistakes.
L3 = "03-level-keys"
write(f"{L3}/level.yaml", "id: level-keys\ntitle: {de: Stufe, en: Level}\ncolour: blue  # LINT: unknown-key\nunlock:\n  after: nowhere  # LINT: unknown-level\n  min_score: 2  # LINT: bad-value\n")
pair(L3, "01-fine", "level-keys-fine")
print("ok")
