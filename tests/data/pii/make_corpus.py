"""Generate the labelled personal-data corpus (corpus.jsonl) with Faker de_DE/en_US and a fixed seed.

Run: .venv/bin/python tests/data/pii/make_corpus.py  (rewrites corpus.jsonl next to this file)

Each line: {"id", "lang", "kind": "pii"|"clean", "text", "names", "expected": [{"category", "start", "end", "text"}]}.
Spans cover the personal value itself (not the cue word before it). `names` are the names an
exercise would pass to the scanner as "material"; about 40% of the texts with people carry them.
"""

from __future__ import annotations

import json
import random
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from templates_clean import CLEAN, ROLE_LOCALS
from templates_pii import MIXED, PII, SECRET_CUES, TAX_CUES
from values import Values

SEED = 20261128
PER_LANG = 56          # single-category examples per category and language
CLEAN_PER_LANG = 170   # clean business texts per language
NAMES_SHARE = 0.4

LABELLED = {
    "email": "email", "phone": "phone", "iban": "iban", "card": "credit-card", "taxid": "tax-id",
    "idnr": "tax-id", "ssn": "tax-id", "street": "address", "plzcity": "address", "address": "address",
    "dob": "date-of-birth", "first": "name", "last": "name", "full": "name", "secret": "secret",
}
SLOT = string.Formatter()


def fill(template: str, value_of) -> tuple[str, list[dict]]:
    """Fill {slots} from value_of(slot); return the text and labelled spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    for literal, field, _spec, _conv in SLOT.parse(template):
        out.append(literal)
        pos += len(literal)
        if field is None:
            continue
        value = value_of(field)
        if field in LABELLED:
            spans.append({"category": LABELLED[field], "start": pos, "end": pos + len(value), "text": value})
        out.append(value)
        pos += len(value)
    return "".join(out), spans


class Slots:
    """Per-example slot values: one person, one tax number, one secret, fresh neutral values."""

    def __init__(self, v: Values, rng: random.Random) -> None:
        self.v, self.rng = v, rng
        self.person = v.person()
        self.cache: dict[str, str] = {}
        self.taxid, self.taxkind = v.taxid()
        self.secret, self.secretkind = v.secret()

    def __call__(self, slot: str) -> str:
        if slot not in self.cache:
            self.cache[slot] = self._make(slot)
        return self.cache[slot]

    def _make(self, slot: str) -> str:
        v, rng = self.v, self.rng
        if slot in self.person:
            return self.person[slot]
        base = slot.rstrip("0123456789")
        simple = {
            "email": lambda: v.email(self.person), "phone": v.phone, "iban": v.iban, "card": v.card,
            "street": v.street, "plzcity": v.plzcity, "address": v.address, "dob": v.dob,
            "idnr": v.steuer_id, "ssn": v.ssn,
            "company": v.company, "city": v.city, "date": v.business_date, "olddate": v.old_date,
            "amount": v.amount, "invoice": v.invoice, "order": v.order, "artno": v.artno, "ean": v.ean,
            "tracking": v.tracking, "version": v.version, "time": v.time, "pct": v.pct, "qty": v.qty,
            "ticket": v.ticket, "custno": v.custno, "product": v.product, "commit": v.commit,
            "week": lambda: str(rng.randint(1, 52)), "room": lambda: f"{rng.randint(0, 5)}.{rng.randint(1, 120):03d}",
            "year": lambda: str(rng.randint(2019, 2027)), "batch": lambda: f"{rng.choice('ABCLX')}{rng.randint(10000, 999999)}",
            "days": lambda: str(rng.randint(5, 90)), "costc": lambda: str(rng.randint(1000, 99999)),
            "hex": lambda: "".join(rng.choice("0123456789ABCDEF") for _ in range(8)),
            "small": lambda: str(rng.randint(8, 40)),
            "roleemail": lambda: f"{rng.choice(ROLE_LOCALS)}@{v.fake.domain_name()}",
        }
        if base == "plz":  # a postcode area ("PLZ-Gebiet 80"), never a full address
            return str(rng.randint(10, 99))
        if slot == "taxid":
            return self.taxid
        if slot == "taxcue":
            return rng.choice(TAX_CUES[self.taxkind])
        if slot == "secret":
            return self.secret
        if slot == "secretcue":
            cues = SECRET_CUES[v.lang].get(self.secretkind, [""])
            cue = rng.choice(cues)
            return cue + " " if cue and cue[-1].isalnum() else cue
        if base in simple:
            return simple[base]()
        raise KeyError(slot)


def secret_templates(templates: list[str], kind: str) -> list[str]:
    """Templates that fit the kind of secret (cued values need a cue, key blocks a line of their own)."""
    if kind == "pem":
        return [t for t in templates if "\n{secret}" in t]
    if kind in ("password", "bearer", "generic"):
        return [t for t in templates if "{secretcue}" in t]
    return [t for t in templates if "{secretcue}" not in t]


def example(ident: str, lang: str, kind: str, template: str, slots: Slots) -> dict:
    text, spans = fill(template, slots)
    has_person = any(s["category"] == "name" for s in spans)
    names = [slots.person["full"]] if has_person and slots.rng.random() < NAMES_SHARE else []
    return {"id": ident, "lang": lang, "kind": kind, "text": text, "names": names, "expected": spans}


def generate() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    for li, lang in enumerate(("de", "en")):
        v = Values(lang, rng, SEED + li)
        for category, by_lang in PII.items():
            templates = by_lang[lang]
            for i in range(PER_LANG):
                slots = Slots(v, rng)
                pool = secret_templates(templates, slots.secretkind) if category == "secret" else templates
                rows.append(example(f"{lang}-{category}-{i:03d}", lang, "pii", pool[i % len(pool)], slots))
        for i in range(PER_LANG):
            rows.append(example(f"{lang}-mixed-{i:03d}", lang, "pii", MIXED[lang][i % len(MIXED[lang])], Slots(v, rng)))
        for i in range(CLEAN_PER_LANG):
            rows.append(example(f"{lang}-clean-{i:03d}", lang, "clean", CLEAN[lang][i % len(CLEAN[lang])], Slots(v, rng)))
    return rows


def main() -> None:
    rows = generate()
    target = HERE / "corpus.jsonl"
    with target.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        for span in row["expected"]:
            counts[span["category"]] = counts.get(span["category"], 0) + 1
    clean = sum(1 for r in rows if r["kind"] == "clean")
    print(f"{len(rows)} texts ({clean} clean) -> {target}")
    print(", ".join(f"{k} {n}" for k, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
