"""Cues found by code, not by one pattern: steps, example pairs, and the fallbacks for task, format and audience."""

from __future__ import annotations

import re
from itertools import islice

from course.grading import addresseecues, audiencecues, outputcues, sentences, taskcues
from course.grading.cuefilters import JOB_AD, WANT, examples_ok, topic_only
from course.grading.cuematch import Span, cached_pattern, check_pattern, earliest, first_match

_ENGLISH_VERBS = (
    r"(?:write|create|draft|summari[sz]e|translate|explain|analy[sz]e|review|check|correct|list|give|generate|"
    r"rewrite|improve|compose|prepare|suggest|propose|outline|make|produce|formulate|answer|reply|respond|"
    r"compare|evaluate|calculate|sort|extract|find|identify|read|note|highlight|collect|group|pick|"
    r"add|remove|mark|format|structure|describe|start|begin|end|finish|close|go|look|use|put|turn|fill)\b"
)
_STEP_LINE = (
    r"^[ ]*(?:\d{1,2}[.)]|schritt\s*\d+\s*:?|step\s*\d+\s*:?)\s+(?:bitte\s+|please\s+|dann\s+"
    r"|then\s+|zuerst\s+|first\s+)?"
    r"(?:" + taskcues.TASK_DE + "|" + _ENGLISH_VERBS + ")"
)
_GUIDE_AFTER = re.compile(
    r"(?i)^[\s-]*(?:anleitung\w*|guide\w*|instructions?|tutorial|checkliste?|checklist|liste"
    r"|list|erkl(?:ä|ae|a)rung|walkthrough|plan)\b"
)


def steps(view: str) -> Span | None:
    """Asks for step-by-step work, or lays the work out as numbered instructions."""

    def keep(m: re.Match[str]) -> bool:
        if _GUIDE_AFTER.match(view[m.end() : m.end() + 16]):
            return False  # 'Schritt-für-Schritt-Anleitung', 'step-by-step guide': the output, not the way of working
        if re.match(r"(?i)(?:side|word|hand|face|back|wall|door|house|bumper)\b", m.group(0)):
            return False
        sentence = sentences.sentence_at(view, m.start())
        return sentences.mood(sentence) not in ("statement", "condition") or bool(WANT.search(sentence))

    found = earliest(
        [
            first_match(check_pattern("steps"), view, keep),
            first_match(cached_pattern(r"\b(\w{3,})\s+(?:f(?:ü|ue|u)r|by|after)\s+\1\b"), view, keep),
        ]
    )
    lines = list(cached_pattern(_STEP_LINE).finditer(view))
    if len(lines) >= 2:
        found = earliest([found, (lines[0].start(), lines[0].end())])
    return found


def examples(view: str) -> Span | None:
    """An example, sample or model to follow, or two or more input -> output pairs."""
    found = first_match(check_pattern("examples"), view, examples_ok(view))
    if "->" in view or "=>" in view or "\u2192" in view or "\u21d2" in view:
        pairs = list(islice(cached_pattern(outputcues.PAIR_LINE).finditer(view), 3))
        if len(pairs) >= 2:
            found = earliest([found, (pairs[0].start(), pairs[0].end())])
    return found


def readers(view: str) -> Span | None:
    """Readers named as the subject of a reading verb ('Our two managing directors will read this')."""
    for count, m in enumerate(audiencecues.READ_VERB.finditer(view)):
        if count >= 50:
            break
        before = audiencecues.READER_BEFORE.search(view[max(0, m.start() - 60) : m.start()])
        if before:
            start = m.start() - (len(view[max(0, m.start() - 60) : m.start()]) - before.start())
            return start, m.end()
    return None


_NOT_MEDIUM = re.compile(r"(?i)^(?:briefing|posten|poste|form(?:al\w*|ulier\w*|at\w*)|notes|noted)$")
_INFINITIVE_END = re.compile(r"(?-i:\b[a-z\u00e4\u00f6\u00fc\u00df]{3,}(?:ieren|en|ern|eln))\s*$")
_NOT_INFINITIVE = re.compile(
    r"(?i)\b(?:wir|ich|er|sie|es|man|du|ihr|kann|k(?:ö|oe|o)nnen|muss|m(?:ü|ue|u)ssen|soll"
    r"|sollen|will|wollen|werden|wird|"
    r"haben|hat|sind|ist|darf|d(?:ü|ue|u)rfen|we|i|they|you)\b"
)


def infinitive_order(view: str) -> Span | None:
    """A German order in the infinitive: 'Mahnlauf vorbereiten, nur Kunden ab 500 € offen.', 'Angebot prüfen.'"""
    for start, end in sentences.split(view)[:60]:
        clause = re.split(r"[,;:(]", view[start:end], maxsplit=1)[0].strip(" \t*-\u2022.!")
        ws = clause.split()
        if (
            2 <= len(ws) <= 10
            and (ws[0][:1].isupper() or ws[0].lower() in ("die", "der", "das", "den", "alle", "eine", "einen", "ein"))
            and _INFINITIVE_END.search(clause)
            and not _NOT_INFINITIVE.search(clause)
            and sentences.mood(view[start:end]) != "statement"
            and ws[-1].lower() not in ("morgen", "übermorgen", "uebermorgen")
        ):
            return start, end
    return None


def medium(view: str) -> Span | None:
    """The form as a medium or a pattern to follow ('eine Mail', 'Aushang …, bitte', 'two-sentence note')."""
    for count, m in enumerate(audiencecues.MEDIUM.finditer(view)):
        if count >= 30:
            break
        word = m.group("m") if m.group("m") else m.group(0)
        if m.group("m") and (
            _NOT_MEDIUM.match(word)
            or (word == "brief" and view[max(0, m.start("m") - 2) : m.start("m")].lower() == "a ")
        ):
            continue
        if word.lower() in ("schreiben", "brief") and not re.search(
            r"(?i)\b(?:ein|einen|das|dieses|kurzes|formelles|offizielles|a)\s+(?:\w+\s+)?$",
            view[max(0, m.start("m") - 25) : m.start("m")],
        ):
            continue  # 'Schreiben Sie …' is the verb, 'a brief summary' an adjective
        if word.lower() in ("message", "nachricht", "sign") and not re.search(
            r"(?i)(?:slack|teams|whatsapp|sms|text|signal|chat|threema|a|an|the)[- ]?(?:\w+\s+)?$",
            view[max(0, m.start("m") - 25) : m.start("m")],
        ):
            continue  # a message or sign needs its channel or an article: 'Slack-Nachricht', 'a sign for the diners'
        if word.lower() in ("message", "nachricht") and not re.search(
            r"(?i)(?:slack|teams|whatsapp|sms|text|signal|chat|threema)", view[max(0, m.start("m") - 25) : m.end("m")]
        ):
            continue
        if topic_only(view, m.start()):
            continue
        start = m.start("m") if m.group("m") else m.start()
        return start, m.end("m") if m.group("m") else m.end()
    return None


_MACHINE = re.compile(
    r"(?i)\b(?:kopierer|drucker|computer|rechner|container|server|router|scanner|beamer"
    r"|trockner|k(?:ü|ue|u)hler|bagger|stapler|"
    r"printer|copier|dryer|freezer|boiler|heater|charger|folder)\w*\b"
)
_NOT_READER_AFTER = re.compile(
    r"(?i)(?:\s+(?:meeting|meetings|factsheet|entertainment|data|file|files|list|record"
    r"|records|portal|account|handovers?|"
    r"reviews?|feedback|survey|form|card|number|contact|details|clinic|times|kommunikation"
    r"|besprechung|gespr(?:ä|ae)ch|daten|liste|akte)\b)"
)
_FIELDS_BEFORE = re.compile(
    r"(?i)\b(?:fields?|placeholders?|platzhalter\w*|feldern?|spalten|columns?|blanks?)\s+(?:\w+\s+)?$"
)
_COUNTED_READERS = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|f(?:ü|ue)nf|sechs|sieben|acht|neun|zehn)\s"
)
_COMPOUND_READER = re.compile(
    r"(?i)(?:brief|info|informationen|information|mail|schreiben|rundschreiben|aushang"
    r"|newsletter|einladung|nachricht|anschreiben)\w*$"
)


def addressee(view: str) -> Span | None:
    """A recipient after a writing or explaining word: 'Schreib einen Aushang an die Gäste', 'Erkläre einer neuen
    Auszubildenden …', 'write a message to the neighbours', 'a leaflet for parents'."""
    for count, more in enumerate(addresseecues.ADDRESSEE_MORE.finditer(view)):
        if count >= 30:
            break
        text = more.group(0)
        if addresseecues.NOT_PERSON_EN.search(text) or _NOT_READER_AFTER.match(view, more.end()):
            continue
        if _COMPOUND_READER.search(text) and re.search(
            r"(?i)(?:(?:ü|ue)bersetz\w*|translat\w*|beispiele|examples|welche\w*|which)\b[^.!?\n]{0,25}$",
            view[max(0, more.start() - 40) : more.start()],
        ):
            continue  # 'Übersetze den Elternbrief': an existing letter, not one written for parents
        return more.start(), more.end()
    for pattern in (addresseecues.ADDRESSEE_DE, addresseecues.ADDRESSEE_EN):
        for count, m in enumerate(pattern.finditer(view)):
            if count >= 30:
                break
            word = m.group(0)
            if (pattern is addresseecues.ADDRESSEE_EN and addresseecues.NOT_PERSON_EN.search(word)) or re.search(
                r"(?i)\b(?:ms|microsoft)\s+teams\b", word
            ):
                continue
            if re.match(r"(?i)(?:für|fuer|for)\s", word) and JOB_AD.search(sentences.sentence_at(view, m.start())):
                continue  # 'Stellenanzeige für Berufskraftfahrer': the post, not the reader
            if _MACHINE.search(word):
                continue
            if _NOT_READER_AFTER.match(view, m.end()) or _FIELDS_BEFORE.search(
                view[max(0, m.start() - 40) : m.start()]
            ):
                continue  # 'for the team meeting', "GPs' clinic times", 'fields for client'
            if _COUNTED_READERS.search(word):
                continue
            if any(ch.isdigit() for ch in word) or re.match(r"(?i)(?:für|fuer|for)\s+(?:eine[nmr]?|ein|a|an)\s", word):
                continue  # 'for 300 diners' is a quantity, 'für einen Maurer' the post of a job ad
            if re.match(r"(?i)(?:an|to|für|fuer|fürs|for)\s", word) and not addresseecues.COMM_BEFORE.search(
                view[max(0, m.start() - 120) : m.start()]
            ):
                continue  # an/für/to/for need a writing word before them; 'Erkläre einem Laien' carries its own
            return m.start(), m.end()
    return None
