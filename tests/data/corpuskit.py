"""The mechanism the personal-data corpus generators share (pii3, pii4, pii5): labelled text, slots, split, self-check.

A corpus's make_corpus.py keeps what is its own: its templates, values and names (templates.py, values.py,
names.py), its slot tables (a Context subclass), and its parameters (a Spec). This module does the rest the same way
for all of them:
- Doc: text built piece by piece, with labels at exact offsets; render() fills a template's {slots} into one.
- Context: a text's slot values, made on first use, so each text draws only what its template needs;
  PersonContext adds the person slots ({name1}, {email2}, {taxid1} ...) and the office values pii4 and pii5 share.
- the split: by int(sha256(id), 16) % 100 < share -> test, and by template: side() cuts every pool of templates,
  frames and clean sentences by the templates' sha256, and a text draws only from its own side.
- check(): the self-check that runs before anything is written; write() and main(): the jsonl files.
Every random draw happens in the order the generators made them when the committed files were written: the
regeneration tests (tests/test_pii*_corpus.py) compare the output byte for byte.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from stdnum import iban as std_iban
from stdnum import luhn

Label = dict[str, Any]
"""{"category", "start", "end", "text"}: one labelled value."""
Row = dict[str, Any]
"""One line of test.jsonl/tune.jsonl: {"id", "lang", "locale", "kind", "text", "names", "expected"}."""
Values = Callable[[], object]
"""A plain slot's value maker (called again while its value looks like a valid card or national number)."""

FAKER_VERSION = "40.63.0"  # the committed files were made with it; other versions have other name lists
CATEGORIES = ("email", "phone", "iban", "credit-card", "tax-id", "address", "date-of-birth", "name", "secret", "health")
CHECKSUMMED = ("idnr", "vnr", "tin", "ahv", "utr", "nhs")  # numbers that a checksum alone identifies
LANGS = ("de", "en")
KINDS = {
    "de_DE": ("idnr", "stnr", "svnr"),
    "de_AT": ("vnr", "tin"),
    "de_CH": ("ahv",),
    "en_GB": ("nino", "utr", "nhs"),
    "en_US": ("ssn", "itin"),
}
"""The national numbers of each locale: a tax-id label must validate as one of them."""
HEALTH_MARK = re.compile(r"\{h:([^{}]+)\}")
SLOT = re.compile(r"\{([a-z_0-9]+|h:[^{}]+)\}")  # {slot} or {h:words}: health words written into the template
PERSON_SLOT = re.compile(
    r"(name|first|last|sal|email|phone|iban|card|taxid|taxcue|addr|dobk|dob|init|rev|up|tx_[a-z]+)(\d?)(_lc)?"
)
ADDRESSES = {"addr_ml": (True, ""), "addr_flat": (False, "flat"), "addr_flat_ml": (True, "flat"),
             "addr_post": (False, "postbox"), "addr_post_ml": (True, "postbox"),
             "addr_house_ml": (True, "house")}  # fmt: skip
"""PersonContext's address slots: (multiline, kind) for the corpus's Maker.address()."""


class Maker(Protocol):
    """What the mechanism uses of a corpus's values.Maker (each corpus has its own, with its own values)."""

    rng: random.Random
    fakers: dict[str, Any]

    def digits(self, n: int) -> str: ...


class Templates(Protocol):
    """A corpus's templates module: pools by (category, lang) and by lang."""

    PII: Mapping[tuple[str, str], list[str]]
    CLEAN: Mapping[str, list[str]]
    FRAMES: Mapping[str, list[str]]
    CLEAN_FRAMES: Mapping[str, list[str]]


@dataclass(frozen=True)
class Spec:
    """A corpus's parameters: what its texts are called and how many, its checks, and its own modules."""

    prefix: str
    """Ids are f"{prefix}-{lang}-{category}-{i:04d}" and f"{prefix}-{lang}-clean-{i:04d}"."""
    national_valid: Callable[[str, str], bool]
    """values.national_valid(kind, text) of the corpus."""
    templates: Templates
    locales: Mapping[str, tuple[str, ...]]
    """values.LOCALES: the locales of each language, taken in turn."""
    per_category: int = 150
    """Texts with personal data per category and language; as many clean texts in all."""
    kinds: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=lambda: KINDS)
    merge_names: bool = True
    """A first name and a surname written side by side are one name label (pii3 keeps them apart)."""
    whole_word_leaks: bool = False
    """A clean text leaks a labelled value only where it stands as a whole word ("26.03.20" not in "26.03.2026")."""
    name_words: frozenset[str] | None = None
    """Words that may stand unlabelled although a name uses them ("Hope", "April"); with it, the self-check also
    wants every occurrence of a labelled name labelled and every text of a pool to carry its pool's category."""
    test_share: int = 40
    min_test_labels: int = 60
    categories: tuple[str, ...] = CATEGORIES
    checksummed: tuple[str, ...] = CHECKSUMMED

    @classmethod
    def of(cls, prefix: str, values: Any, templates: Templates, **parameters: Any) -> Spec:
        """The spec of a corpus whose values module is `values` (its LOCALES and national_valid)."""
        return cls(
            prefix, national_valid=values.national_valid, templates=templates, locales=values.LOCALES, **parameters
        )

    def is_test(self, id_: str) -> bool:
        return is_test(id_, self.test_share)


class Doc:
    """Text built piece by piece, with labels at exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.labels: list[Label] = []
        self.size = 0

    def add(self, text: str, category: str | None = None) -> None:
        if category:
            self.labels.append({"category": category, "start": self.size, "end": self.size + len(text), "text": text})
        self.parts.append(text)
        self.size += len(text)

    def extend(self, other: Doc) -> None:
        for lab in other.labels:
            self.labels.append({**lab, "start": lab["start"] + self.size, "end": lab["end"] + self.size})
        self.parts.append(other.text)
        self.size += other.size

    @property
    def text(self) -> str:
        return "".join(self.parts)


def lookalike_validates(text: str, national_valid: Callable[[str, str], bool]) -> bool:
    """Whether a digit run in the text would pass a card or national-number check (look-alikes must not)."""
    for run in re.findall(r"\d{9,19}", text):
        if 13 <= len(run) <= 19 and luhn.is_valid(run):
            return True
        if any(national_valid(k, run) for k in CHECKSUMMED):
            return True
    return False


class Context:
    """Slot values of one text, made on first use, so each text draws only what its template needs.

    A corpus subclasses it with its slot table (make()) and its plain values (plain_values()); `national_valid`
    is its values.national_valid, which keeps a plain value from passing as a card or national number."""

    national_valid: Callable[[str, str], bool]

    def __init__(self, maker: Any, locale: str) -> None:
        self.m, self.locale, self.lang = maker, locale, locale[:2]
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.people: dict[str, Any] = {}
        self.births: dict[str, tuple[int, int, int]] = {}

    def person(self, i: str) -> Any:
        if i not in self.people:
            self.people[i] = self.m.person(self.locale)
        return self.people[i]

    def birth(self, i: str) -> tuple[int, int, int]:
        if i not in self.births:
            self.births[i] = self.m.birth()
        return self.births[i]

    def get(self, key: str) -> tuple[str, str | None]:
        if key not in self.cache:
            self.cache[key] = self.make(key)
        return self.cache[key]

    def pick(self, items: Sequence[str]) -> str:
        return str(self.m.rng.choice(list(items)))

    def make(self, key: str) -> tuple[str, str | None]:
        """The value of slot `key` and its label category (None: not personal data)."""
        raise NotImplementedError

    def plain_values(self, p: Any) -> dict[str, Values]:
        """The corpus's plain slots ({date}, {ticket}, {company} ...) for a text whose first person is `p`."""
        raise NotImplementedError

    def plain(self, key: str) -> str:
        simple = self.plain_values(self.person("1"))
        if key not in simple:
            raise KeyError(f"unknown slot {{{key}}}")
        while True:  # a ticket or order number must not pass a card or national-number check by chance
            value = str(simple[key]())
            if not lookalike_validates(value, type(self).national_valid):
                return value

    def amount(self) -> str:
        value = self.m.rng.randint(500, 9_999_99)
        euros, cents = divmod(value, 100)
        if self.lang == "de":
            cur = "CHF" if self.locale == "de_CH" else "EUR"
            return f"{euros:,}".replace(",", ".") + f",{cents:02d} {cur}"
        return ("£" if self.locale == "en_GB" else "$") + f"{euros:,}.{cents:02d}"


class PersonContext(Context):
    """pii4's and pii5's slots: up to nine people per text ({name1}, {rev2}, {taxid1}, {tx_nino1} ...), addresses,
    secrets and health words, a date shared by the text's plain slots, and the office values both corpora write
    the same way (hotlines, switchboards, amounts, EANs). A subclass gives `health` (slot -> words), its plain
    values, and may answer more slots in special()."""

    health: Mapping[str, Sequence[str]] = {}
    child_birth_years = (2010, 2023)

    def __init__(self, maker: Any, locale: str) -> None:
        super().__init__(maker, locale)
        self.taxes: dict[str, tuple[str, str]] = {}
        self.date = (maker.rng.randint(1, 28), maker.rng.randint(1, 12), maker.rng.choice([2025, 2026, 2027]))

    def person(self, i: str) -> Any:
        if i not in self.people:
            companies = [v for k, (v, _) in self.cache.items() if k.startswith("company")]
            while True:  # nor a person whose surname is in a company already named in the text
                person = self.m.person(self.locale)
                if not any(person.last in c for c in companies):
                    break
            self.people[i] = person
        return self.people[i]

    def tax(self, i: str) -> tuple[str, str]:
        if i not in self.taxes:
            cue, number, _ = self.m.national(self.person(i), self.birth(i), self.locale, self.lang == "de")
            self.taxes[i] = (cue, number)
        return self.taxes[i]

    def special(self, key: str) -> tuple[str, str | None] | None:
        """A slot of the subclass's own (asked after addresses and {secret}), or None."""
        return None

    def make(self, key: str) -> tuple[str, str | None]:
        m = self.m
        if key.startswith("h:"):  # a health word about the person, written into the template
            return key[2:], "health"
        match = PERSON_SLOT.fullmatch(key)
        if match:
            kind, i, lower = match.group(1), match.group(2) or "1", bool(match.group(3))
            return self.personal(kind, i, lower)
        if key in ADDRESSES:
            multiline, kind = ADDRESSES[key]
            return m.address(self.locale, multiline, kind), "address"
        if key in ("secret", "secret2", "secret3"):
            return m.secret(), "secret"
        own = self.special(key)
        if own is not None:
            return own
        if key in self.health:
            return self.pick(self.health[key]), "health"
        return self.plain(key), None

    def personal(self, kind: str, i: str, lower: bool) -> tuple[str, str | None]:  # noqa: C901 - one table of slots
        """A slot about person `i`: {name1} {first2_lc} {init1} {rev1} {up1} {sal1} {email1} ... {dob1} {tx_nhs1}."""
        m, rng, loc = self.m, self.m.rng, self.locale
        p = self.person(i)
        if kind in ("name", "first", "last", "init", "rev", "up"):
            value = {
                "name": p.name, "first": p.first, "last": p.last, "init": f"{p.first[0]}. {p.last}",
                "rev": f"{p.last}, {p.first}", "up": f"{p.last}/{p.first}".upper().replace(" ", ""),
            }[kind]  # fmt: skip
            return (value.lower() if lower else value), "name"
        if kind == "sal":
            if self.lang == "de":
                return ("Frau" if p.female else "Herr"), None
            dot = "." if loc == "en_US" else ""
            return (rng.choice(["Ms", "Mrs", "Dr"]) if p.female else rng.choice(["Mr", "Mr", "Dr"])) + dot, None
        makers: dict[str, tuple[Callable[[], str], str | None]] = {
            "email": (lambda: m.email(p), "email"),
            "phone": (lambda: m.phone(loc), "phone"),
            "iban": (lambda: m.iban(loc), "iban"),
            "card": (lambda: m.card(loc), "credit-card"),
            "taxcue": (lambda: self.tax(i)[0], None),
            "taxid": (lambda: self.tax(i)[1], "tax-id"),
            "addr": (lambda: m.address(loc), "address"),
        }
        if kind in makers:
            make, category = makers[kind]
            return make(), category
        if kind.startswith("tx_"):
            return m.make_national(kind[3:], p, self.birth(i)), "tax-id"
        if kind == "dobk":  # a child's birth date
            born = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(*self.child_birth_years))
            return m.write_date(loc, born), "date-of-birth"
        return m.write_date(loc, self.birth(i)), "date-of-birth"

    def company(self, fk: Any) -> str:
        """A Faker company without the surname of a person of this text (that would be a name unlabelled)."""
        while True:
            name = fk.company()
            if not any(p.last in name for p in self.people.values()):
                return str(name)

    def later(self, time: str) -> str:
        """A time 5 to 90 minutes after `time` (a reply in a chat, the end of a meeting)."""
        hours, minutes = map(int, time.split(":"))
        total = hours * 60 + minutes + self.m.rng.choice([5, 10, 20, 30, 45, 60, 90])
        return f"{min(total // 60, 23):02d}:{total % 60:02d}"

    def hotline(self) -> str:
        rng, d = self.m.rng, self.m.digits
        forms = {
            "de_DE": [f"0800 {d(2)} {d(2)} {d(3)}", f"0800/{d(7)}", f"0180 6 {d(3)} {d(3)}", f"01801-{d(6)}",
                      f"+49 800 {d(7)}"],
            "de_AT": [f"0800 {d(2)} {d(2)} {d(2)}", f"0810/{d(3)} {d(3)}", f"+43 800 {d(6)}"],
            "de_CH": [f"0800 {d(2)} {d(2)} {d(2)}", f"0848 {d(2)} {d(2)} {d(2)}", f"0842 {d(3)} {d(3)}"],
            "en_GB": [f"0800 {d(2)} {d(2)} {d(3)}", f"0333 {d(3)} {d(4)}", f"0344 {d(3)} {d(4)}",
                      f"0808 {d(4)} {d(3)}"],
            "en_US": [f"1 (800) {d(3)}-{d(4)}", f"(855) {d(3)}-{d(4)}", f"1-844-{d(3)}-{d(4)}",
                      f"888.{d(3)}.{d(4)}"],
        }  # fmt: skip
        return str(rng.choice(forms[self.locale]))

    def switchboard(self) -> str:
        rng, d = self.m.rng, self.m.digits
        forms = {
            "de_DE": [f"+49 711 {d(4)}-0", f"069 {d(5)} 0", f"+49 (0)30 {d(4)}-0", f"0511 {d(4)}-0"],
            "de_AT": [f"+43 (0)1 {d(3)} {d(2)}-0", f"0662 {d(4)}-0"],
            "de_CH": [f"+41 31 {d(3)} 00 00", f"044 {d(3)} 10 00"],
            "en_GB": [f"+44 (0)113 {d(3)} 0000", f"0117 {d(3)} 0000"],
            "en_US": [f"(614) {d(3)}-0000", f"+1 512 {d(3)} 1000"],
        }
        return str(rng.choice(forms[self.locale]))

    def bracket_date(self) -> str:
        rng = self.m.rng
        date = (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2027]))
        loc = self.locale if self.lang == "en" else "de_DE"
        inner = self.m.write_date(loc, date)
        return str(
            rng.choice([f"({inner})", f"[{inner}]", f"(Stand {inner})" if self.lang == "de" else f"(as of {inner})"])
        )

    def ean(self) -> str:
        from stdnum import ean as std_ean

        body = self.m.rng.choice(["400", "403", "405", "900", "761", "501"]) + self.m.digits(9)
        return str(body + std_ean.calc_check_digit(body))


# --- templates: market tags, rendering, the split ------------------------------------------------------------------


def allowed(template: str, locale: str) -> bool:
    """Whether a template is for the locale's market ("GB,US|..." tags one; an untagged template fits all)."""
    if "|" in template[:12] and template[:2].isupper():
        tags = template.split("|", 1)[0].split(",")
        return locale[3:] in tags
    return True


def body(template: str) -> str:
    """The template without its market tags."""
    return template.split("|", 1)[1] if "|" in template[:12] and template[:2].isupper() else template


def render(template: str, ctx: Context, sub: Doc | None = None) -> Doc:
    """The template with its slots filled from `ctx` ({body}: `sub`, a text a frame wraps), labels where they fall."""
    text = body(template)
    if ctx.locale == "de_CH":
        text = text.replace("ß", "ss")
    doc, pos = Doc(), 0
    for match in SLOT.finditer(text):
        doc.add(text[pos : match.start()])
        if match.group(1) == "body" and sub is not None:
            doc.extend(sub)
        elif match.group(1).startswith("poss"):  # a possessive: the name is labelled, its ending is not
            i, lower = match.group(1)[4:].replace("_lc", ""), match.group(1).endswith("_lc")
            value, category = ctx.get(f"first{i}{'_lc' if lower else ''}")
            doc.add(value, category)
            if ctx.lang == "en":
                doc.add("'s")
            else:
                doc.add("'" if value[-1] in "sßxzSXZ" else "s")
        else:
            value, category = ctx.get(match.group(1))
            if category == "health" and value.startswith(("a ", "an ")):  # the article is not health data
                article, value = value.split(" ", 1)
                doc.add(article + " ")
            doc.add(value, category)
        pos = match.end()
    doc.add(text[pos:])
    return doc


def side(pool: list[str], test: bool, share: int = 40) -> list[str]:
    """The templates of `pool` on one side of the split: the `share` % with the lowest sha256 go to test, the rest to
    tune (at least one on each side), so that no template, frame or clean sentence appears in both parts. The hash
    is of the template without its {h:...} marks, so a label fix there moves no template and changes no text."""
    ranked = sorted(pool, key=lambda t: hashlib.sha256(HEALTH_MARK.sub(r"\1", t).encode("utf-8")).hexdigest())
    k = min(len(ranked) - 1, max(1, round(len(ranked) * share / 100)))
    return ranked[:k] if test else ranked[k:]


def pick(rng: random.Random, pool: list[str], test: bool, locale: str, share: int = 40) -> str:
    """A template from the text's side of the split that its locale allows."""
    return rng.choice([t for t in side(pool, test, share) if allowed(t, locale)])


def locale_for(pool: list[str], test: bool, locales: tuple[str, ...], i: int, share: int = 40) -> str:
    """The i-th text's locale, or the next one that has a template on its side (a market-tagged pool may lack one)."""
    for k in range(len(locales)):
        locale = locales[(i + k) % len(locales)]
        if any(allowed(t, locale) for t in side(pool, test, share)):
            return locale
    raise ValueError("a pool without a template for any locale on one side of the split")


def is_test(id_: str, share: int = 40) -> bool:
    """The split by id: int(sha256(id), 16) % 100 < share goes to test.jsonl."""
    return int(hashlib.sha256(id_.encode("utf-8")).hexdigest(), 16) % 100 < share


# --- building the rows ------------------------------------------------------------------------------------------


def build(spec: Spec, maker: Maker, context: Callable[[Any, str], Context]) -> list[Row]:
    """Every text of the corpus: per language, per_category texts of each category's pool (a quarter in a frame, some
    with a clean sentence beside them), then as many clean texts; each from its own side of the split."""
    rng, t, share = maker.rng, spec.templates, spec.test_share
    rows: list[Row] = []
    for lang in LANGS:
        locales = spec.locales[lang]
        clean_pool = t.CLEAN[lang]
        for category in spec.categories:
            pool = t.PII[category, lang]
            for i in range(spec.per_category):
                id_ = f"{spec.prefix}-{lang}-{category}-{i:04d}"
                test = spec.is_test(id_)
                locale = locale_for(pool, test, locales, i, share)
                ctx = context(maker, locale)
                doc = render(pick(rng, pool, test, locale, share), ctx)
                if rng.random() < 0.25:
                    doc = render(rng.choice(side(t.FRAMES[lang], test, share)), ctx, doc)
                if rng.random() < 0.3:
                    extra = render(pick(rng, clean_pool, test, locale, share), ctx)
                    doc = join(doc, extra, rng.random() < 0.5, rng.choice(["\n\n", " ", "\n"]))
                rows.append(row(spec, id_, lang, locale, "pii", doc))
        for i in range(spec.per_category * len(spec.categories)):
            id_ = f"{spec.prefix}-{lang}-clean-{i:04d}"
            test = spec.is_test(id_)
            locale = locale_for(clean_pool, test, locales, i, share)
            ctx = context(maker, locale)
            doc = render(pick(rng, clean_pool, test, locale, share), ctx)
            if rng.random() < 0.35:
                extra = render(pick(rng, clean_pool, test, locale, share), ctx)
                doc = join(doc, extra, False, rng.choice(["\n\n", " ", "\n"]))
            if rng.random() < 0.3:
                doc = render(rng.choice(side(t.CLEAN_FRAMES[lang], test, share)), ctx, doc)
            rows.append(row(spec, id_, lang, locale, "clean", doc))
    return rows


def join(first: Doc, second: Doc, swap: bool, sep: str) -> Doc:
    """Two texts in one, `second` first if `swap`, with `sep` between them."""
    out = Doc()
    a, b = (second, first) if swap else (first, second)
    out.extend(a)
    out.add(sep)
    out.extend(b)
    return out


def merged_names(labels: list[Label], text: str) -> list[Label]:
    """A first name and a surname written side by side ("stephen jackson") are one name label, as {name1} gives."""
    out: list[Label] = []
    for lab in sorted(labels, key=lambda x: x["start"]):
        prev = out[-1] if out else None
        if prev and prev["category"] == lab["category"] == "name" and text[prev["end"] : lab["start"]] == " ":
            out[-1] = {**prev, "end": lab["end"], "text": text[prev["start"] : lab["end"]]}
        else:
            out.append(lab)
    return out


def row(spec: Spec, id_: str, lang: str, locale: str, kind: str, doc: Doc) -> Row:
    expected = merged_names(doc.labels, doc.text) if spec.merge_names else doc.labels
    return {
        "id": id_,
        "lang": lang,
        "locale": locale,
        "kind": kind,
        "text": doc.text,
        "names": [],
        "expected": expected,
    }


# --- the self-check ---------------------------------------------------------------------------------------------


def label_valid(spec: Spec, category: str, text: str, locale: str) -> bool:
    """Whether a labelled value passes its validator (tax-id, iban, credit-card); other categories: True."""
    if category == "tax-id":
        return any(spec.national_valid(k, text) for k in spec.kinds[locale])
    if category == "iban":
        return bool(std_iban.is_valid(text))
    if category == "credit-card":
        return bool(luhn.is_valid(re.sub(r"[ -]", "", text)))
    return True


def check(spec: Spec, rows: list[Row]) -> list[str]:  # noqa: C901 - one list of checks
    """Problems of the corpus (empty when it is well-formed)."""
    problems: list[str] = []
    values_seen: set[str] = set()
    for r in rows:
        end = 0
        for lab in sorted(r["expected"], key=lambda x: x["start"]):
            if r["text"][lab["start"] : lab["end"]] != lab["text"] or not lab["text"].strip():
                problems.append(f"{r['id']}: span {lab}")
            if lab["start"] < end:
                problems.append(f"{r['id']}: overlapping labels at {lab['start']}")
            end = lab["end"]
            if not label_valid(spec, lab["category"], lab["text"], r["locale"]):
                problems.append(f"{r['id']}: {lab['category']} {lab['text']!r} does not validate")
            if lab["category"] not in ("name", "health") or " " in lab["text"] and lab["category"] == "name":
                values_seen.add(lab["text"])  # health terms and lone first names are words clean texts may use
        if r["kind"] == "clean" and r["expected"]:
            problems.append(f"{r['id']}: clean text with labels")
        if r["kind"] == "pii" and not r["expected"]:
            problems.append(f"{r['id']}: text with personal data but no label")
    clean = [r for r in rows if r["kind"] == "clean"]
    joined = "\x00".join(r["text"] for r in clean)  # one substring search per value, not per text
    for value in sorted(v for v in values_seen if len(v) >= 5 and v in joined):
        whole = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")  # "26.03.20" is no leak inside "26.03.2026"
        for r in clean:
            if whole.search(r["text"]) if spec.whole_word_leaks else value in r["text"]:
                problems.append(f"{r['id']}: clean text contains the labelled value {value!r}")
    for r in clean:
        if lookalike_validates(r["text"], spec.national_valid):
            problems.append(f"{r['id']}: a look-alike number validates")
    if spec.name_words is not None:
        problems += unlabelled_names(rows, spec.name_words)
        for r in rows:
            if r["kind"] == "pii" and r["id"].count("-") >= 3:
                category = r["id"].split("-", 2)[2].rsplit("-", 1)[0]
                if not any(lab["category"] == category for lab in r["expected"]):
                    problems.append(f"{r['id']}: no {category} label in a text of that pool")
    ids = Counter(r["id"] for r in rows)
    problems += [f"duplicate id {k}" for k, n in ids.items() if n > 1]
    counts = Counter((lab["category"], r["lang"]) for r in rows if spec.is_test(r["id"]) for lab in r["expected"])
    for category in spec.categories:
        for lang in LANGS:
            if counts[category, lang] < spec.min_test_labels:
                problems.append(f"test part: only {counts[category, lang]} {category} labels in {lang}")
    return problems


NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'-]{3,}")


def unlabelled_names(rows: list[Row], words_too: frozenset[str]) -> list[str]:
    """Every occurrence of a labelled name's word (4+ letters) must lie inside a label: all occurrences are labelled.
    A name that is also a word in `words_too` ("Hope you all", "ab April") is the look-alike, not a miss."""
    problems = []
    for r in rows:
        spans = [(lab["start"], lab["end"]) for lab in r["expected"]]
        words = {w for lab in r["expected"] if lab["category"] == "name" for w in NAME_WORD.findall(lab["text"])}
        words -= words_too
        for word in sorted(words):
            for match in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", r["text"]):
                if not any(s <= match.start() and match.end() <= e for s, e in spans):
                    problems.append(f"{r['id']}: the name {word!r} occurs without a label at {match.start()}")
    return problems


def capitalised_words(templates: Templates, source: str) -> set[str]:
    """Capitalised words of every template and of a generator's `source` text (where its plain values are)."""
    every = [*templates.PII.values(), *templates.CLEAN.values(), *templates.FRAMES.values()]
    every += templates.CLEAN_FRAMES.values()
    words = {w for pool in every for t in pool for w in re.findall(r"[^\W\d_]+", SLOT.sub(" ", t)) if w[0].isupper()}
    return words | {w for w in re.findall(r"[^\W\d_]+", source) if w[0].isupper()}


def name_words(values: Any) -> frozenset[str]:
    """The words of a corpus's values that are names too (WORD_FIRST, WORD_LAST) and the month names: a name that
    is also such a word ("Hope you all", "ab April") may stand unlabelled."""
    first = {n for n, _ in values.WORD_FIRST}
    return frozenset(first | set(values.WORD_LAST) | set(values.MONTHS_DE) | set(values.MONTHS_EN))


@dataclass(frozen=True)
class Generator:
    """A corpus's make_corpus as functions: build(), check(), label_valid(), main()."""

    spec: Spec
    seed: int
    maker: Callable[[int], Maker]
    """values.Maker: one random.Random and one seeded Faker per locale."""
    context: Callable[[Any, str], Context]
    here: Path
    """The corpus's folder: main() writes there without an argument."""
    prepare: Callable[[], None] | None = None
    """Runs before every build (pii5: the words a Faker name must not be)."""

    def build(self, seed: int | None = None, per_category: int | None = None) -> list[Row]:
        """Every text of the corpus (another seed or size for experiments; the committed files use the defaults)."""
        if self.prepare is not None:
            self.prepare()
        spec = self.spec if per_category is None else dataclasses.replace(self.spec, per_category=per_category)
        return build(spec, self.maker(self.seed if seed is None else seed), self.context)

    def check(self, rows: list[Row]) -> list[str]:
        """Problems of the corpus (empty when it is well-formed)."""
        return check(self.spec, rows)

    def label_valid(self, category: str, text: str, locale: str) -> bool:
        """Whether a labelled value passes its validator (tax-id, iban, credit-card); other categories: True."""
        return label_valid(self.spec, category, text, locale)

    def main(self, argv: list[str]) -> int:
        """Build, self-check and write test.jsonl and tune.jsonl to argv[0] (default: the corpus's folder)."""
        return main(argv, self.spec, self.build, self.here)


# --- the files --------------------------------------------------------------------------------------------------


def dump(rows: list[Row]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def write(spec: Spec, outdir: Path, rows: list[Row]) -> tuple[int, int]:
    """test.jsonl and tune.jsonl in `outdir`; returns how many texts each has."""
    outdir.mkdir(parents=True, exist_ok=True)
    test = [r for r in rows if spec.is_test(r["id"])]
    tune = [r for r in rows if not spec.is_test(r["id"])]
    (outdir / "test.jsonl").write_text(dump(test), encoding="utf-8")
    (outdir / "tune.jsonl").write_text(dump(tune), encoding="utf-8")
    return len(test), len(tune)


def main(argv: list[str], spec: Spec, build_rows: Callable[[], list[Row]], here: Path) -> int:
    """Build, self-check, and write to argv[0] (default: `here`, the corpus's folder); 1 and nothing written on a
    problem."""
    outdir = Path(argv[0]) if argv else here
    import faker

    if faker.VERSION != FAKER_VERSION:
        print(f"note: Faker {faker.VERSION}, the committed corpus was made with {FAKER_VERSION}", file=sys.stderr)
    rows = build_rows()
    problems = check(spec, rows)
    if problems:
        print(f"{len(problems)} problems, nothing written:", *problems[:20], sep="\n", file=sys.stderr)
        return 1
    n_test, n_tune = write(spec, outdir, rows)
    labels = Counter(lab["category"] for r in rows for lab in r["expected"])
    print(f"{len(rows)} texts: test {n_test}, tune {n_tune}; labels {dict(sorted(labels.items()))}")
    return 0
