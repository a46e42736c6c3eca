"""Medicines known by their dose and lab results known by their marker: the word before "75 mg", "100mcg", "2 Hub",
"one tablet twice daily" is a drug whatever it is ("Venlafaxin 75 mg", "L-Thyroxin 75 µg"), and a short marker or
an analyte beside a value with a lab unit or "erhöht"/"low" is a test result ("HbA1c 8,2 %", "TSH erhöht",
"low ferritin", "CRP auf 48 mg/l"). Both are health data only about a person (the caller checks that)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc

# A dose: a number and a unit of medicine. "g" and "units" are left out: grams and units are everyday quantities.
_UNIT = (
    r"(?:mg|µg|μg|mcg|ug|ml|ie|i\.e\.|iu|hub|hübe|hueb|puffs?|sprühstöße|tabletten?|tablets?|kapseln?|capsules?"
    r"|tropfen|drops)"
)
# Strings one of which a text with a dose or a lab unit holds: most texts are passed over at once.
_GATE = (
    "mg",
    "µg",
    "μg",
    "mcg",
    "ml",
    " ie",
    " iu",
    " hub",
    "hübe",
    "puff",
    "tablet",
    "kapsel",
    "capsul",
    "tropfen",
    "drops",
    "/l",
    "/dl",
    "/mol",
    "mmhg",
    "mmol",
)
_UNIT_AFTER = re.compile(rf"(?:,\d+)?[ \t]?{_UNIT}(?![\w/])")
# The word right before the dose ("Ramipril 5 mg", "L-Thyroxin 75 µg", "lisinopril 10 mg").
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w-]{3,})[ \t]+$")
# The word right after a dose given first ("20 mg Citalopram", "2 Hub Budesonid", "two puffs of salbutamol").
_WORD_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?([^\W\d_][\w-]{3,})(?![\w-])")
_PUFFS = re.compile(
    r"(?<![\w-])(?:one|two|three|four|zwei|drei|vier|ein|einen|eine)[ \t]+(?:puffs?|hübe|hub|sprühstöße)[ \t]+"
    r"(?:of[ \t]+|vom[ \t]+|von[ \t]+)?"
    r"([^\W\d_][\w-]{3,})"
)
# Words that stand before or after a quantity without being a medicine.
_NOT_A_DRUG = frozenset(
    "von bis mit etwa circa rund nur noch auf um zu und oder pro per je jeweils täglich daily morgens abends mittags "
    "nachts about around approx approximately from with and the than that this into onto over under unter über mehr "
    "weniger less more plus minus total insgesamt maximal maximum mindestens least dose dosis dosen doses nimmt nehme "
    "nehmen takes take taking nimmt bekommt gets given gegeben erhält receives insgesamt each every once twice "
    "einmal zweimal dreimal zusätzlich additionally extra before after vor nach während during bei at liegt lag "
    "went came back auf also dann then week weeks woche wochen tag tage day days month monate months jahr jahre year "
    "years stück packung pack packs pieces flasche bottle bottles menge amount a an ein eine einer einen einem".split()
)
_ANALYTES = (
    r"(?:tsh|ft3|ft4|crp|hba1c|psa|inr|egfr|gfr|ldl|hdl|hb|mcv|ferritin|hämoglobin|haemoglobin|hemoglobin"
    r"|cholesterin|cholesterol|triglyzeride|triglycerides|kreatinin|creatinine|kalium|potassium|natrium|sodium"
    r"|vitamin[ -]?(?:d|b12|b 12)|eisen|iron|bilirubin|harnsäure|uric acid|leukozyten|thrombozyten|platelets"
    r"|white cell count|troponin|d-dimer|lipase|transaminasen|gamma-gt|ggt|alt|ast|blutdruck|blood pressure)"
)
_HIGH_LOW = (
    r"(?:erhöht|erhöhte[mnrs]?|erniedrigt|zu hoch|zu niedrig|niedrig|grenzwertig|auffällig|high|low|raised|elevated"
    r"|abnormal|borderline)"
)
_LAB_UNIT = (
    r"(?:%|mg/dl|mg/l|mmol/l|mmol/mol|µmol/l|umol/l|nmol/l|pmol/l|ng/ml|ng/l|µg/l|ug/l|pg/ml|g/dl|g/l|u/l|mu/l"
    r"|miu/l|µu/ml|mmhg)"
)
# An analyte with a value, a unit or a judgement: "TSH erhöht", "HbA1c 8,2 %", "CRP auf 48 mg/l", "low ferritin",
# "ferritin came back at 8", "Ferritinwert ... 9 ng/ml" (the compound is a word form of healthforms).
_LAB = re.compile(
    rf"(?<![\w-]){_ANALYTES}(?:-?werte?|[ \t]+(?:levels?|werte?|value))?(?![\w-])"
    rf"(?::?[ \t]+(?:(?:von|of|bei|at|auf|is|ist|war|was|liegt bei|lag bei|came back at|came back|came|back at)[ \t]+)?"
    rf"(?:\d+(?:[.,]\d+)?(?:/\d+)?[ \t]?{_LAB_UNIT}?(?![\w/])|{_HIGH_LOW}(?![\w-])|(?:again |wieder |deutlich |sehr )"
    rf"{_HIGH_LOW}))"
    rf"|(?<![\w-]){_HIGH_LOW}[ \t]+{_ANALYTES}(?![\w-])"
)
# Any short upper-case marker with a value in a lab unit: "LDH 240 U/l", "NT-proBNP 900 pg/ml".


_LAB_UNIT_AFTER = re.compile(rf"(?:,\d+)?[ \t]?(?!%){_LAB_UNIT}(?![\w/])")  # "%" alone: a share, not a lab
_MARKER_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9-]{1,8}:?[ \t]+$")
# The first words of the lab patterns: the word loop tries _LAB only at them.
LAB_WORDS = frozenset(
    "tsh ft3 ft4 crp hba1c psa inr egfr gfr ldl hdl hb mcv ferritin hämoglobin haemoglobin hemoglobin cholesterin "
    "cholesterol triglyzeride triglycerides kreatinin creatinine kalium potassium natrium sodium vitamin eisen iron "
    "bilirubin harnsäure uric leukozyten thrombozyten platelets white troponin d-dimer lipase transaminasen gamma-gt "
    "ggt alt ast blutdruck blood erhöht erhöhte erhöhtem erhöhten erhöhter erhöhtes erniedrigt niedrig grenzwertig "
    "auffällig high low raised elevated abnormal borderline".split()
)


def lab_at(lower: str, pos: int) -> int | None:
    """The end of a test result that starts at `pos` ("tsh erhöht", "low ferritin", "hba1c 8,2 %"), or None."""
    m = _LAB.match(lower, pos)
    return m.end() if m else None


def doses(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of a medicine with its dose, the word before a dose (or after a dose given first) and the dose, and of
    a marker with a value in a lab unit ("LDH 240 U/l")."""
    lower, text = doc.lower, doc.text
    if _has_a_number_before_a_unit(lower):
        yield from _doses(doc, lower, text)
    if "puff" in lower or " hub" in lower or "hübe" in lower:
        for p in _PUFFS.finditer(lower):
            if p.group(1) not in _NOT_A_DRUG:
                yield p.start(), p.end()


def _has_a_number_before_a_unit(lower: str) -> bool:
    """A digit within six characters before one of the units ("75 mg", "9 ng/ml"): most texts have none."""
    for unit in _GATE:
        i = lower.find(unit)
        while i != -1:
            if any(c.isdigit() for c in lower[max(0, i - 6) : i]):
                return True
            i = lower.find(unit, i + 1)
    return False


def _doses(doc: Doc, lower: str, text: str) -> Iterator[tuple[int, int]]:
    for block in doc.blocks:
        start, end = block[0], block[1]
        if start and lower[start - 1] in ".,/":
            continue
        m = _UNIT_AFTER.match(lower, end)
        if m:
            before = _WORD_BEFORE.search(lower, max(0, start - 40), start)
            if before and before.group(1) not in _NOT_A_DRUG:
                yield before.start(1), m.end()
                continue
            after = _WORD_AFTER.match(lower, m.end())
            if after and after.group(1) not in _NOT_A_DRUG:
                yield start, after.end(1)
            continue
        m = _LAB_UNIT_AFTER.match(lower, end)
        if m:
            marker = _MARKER_BEFORE.search(text, max(0, start - 12), start)
            if marker:
                yield marker.start(), m.end()
