"""The app's words in German and English, from gettext catalogues: `t(lang, key)` and `tn(lang, key, n)`.

The catalogues are course/locale/<lang>/LC_MESSAGES/genai_course.po (msgid = the message key, msgstr = the
text with `{placeholders}`), compiled to .mo files that ship with the package; recompile with
`pybabel compile -d course/locale -D genai_course` after editing a .po (CONTRIBUTING.md). A language's
catalogue is read on first use (about 1.5 ms); a key missing in German falls back to English, then to the
key itself. Numbers, percentages and dates are formatted per locale by Babel, imported only when first needed.
"""

from __future__ import annotations

import gettext
import re
from functools import cache, lru_cache
from pathlib import Path

TYPE_CHECKING = False  # typing's flag without importing typing and datetime at start (benchmarks/bench_i18n.py)
if TYPE_CHECKING:  # pragma: no cover - only types; datetime is imported when a date is shown
    from datetime import date as Date
    from datetime import datetime

    from progress.records import StoreError

DOMAIN = "genai_course"
LOCALE_DIR = Path(__file__).with_name("locale")
LANGS = ("de", "en")


def lang_of(lang: str) -> str:
    """`de` or `en`: German for any `de…` code, English for everything else."""
    return "de" if str(lang).lower().startswith("de") else "en"


def mo_path(lang: str) -> Path:
    """Where the compiled catalogue of `lang` lives."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


class _English(gettext.NullTranslations):
    """The fallback of the German catalogue: reads the English one only when a German key is missing."""

    def gettext(self, message: str) -> str:
        return _catalogue("en").gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return _catalogue("en").ngettext(msgid1, msgid2, n)


@cache
def _catalogue(code: str) -> gettext.NullTranslations:
    try:
        with open(mo_path(code), "rb") as handle:
            found: gettext.NullTranslations = gettext.GNUTranslations(handle)
    except OSError:  # a broken install: the keys (or English) still show, nothing crashes
        found = gettext.NullTranslations()
    if code != "en":
        found.add_fallback(_English())
    return found


def t(lang: str, key: str, /, **values: object) -> str:
    """The text for `key` in `lang`, its `{fields}` filled from `values` (English, then the key, as fallback).

    `lang` and `key` are positional-only, so a text may have a `{lang}` field of its own.
    """
    text = _catalogue(lang_of(lang)).gettext(key)
    return text.format(**values) if values else text


def tn(lang: str, key: str, n: int, /, **values: object) -> str:
    """The singular or plural text for `key` as the catalogue's Plural-Forms choose for `n`; `{n}` is `n`."""
    text = _catalogue(lang_of(lang)).ngettext(key, key, n)
    return text.format(**{"n": n, **values})


class Message:
    """A text not yet in a language: a catalogue key and the values for its fields, made a text by `text(lang)`.

    A value may itself be a Message (said in the same language); `count`, when set, picks the plural form (tn).
    Lint problems carry one, so `genai-course lint` prints them in the author's language. Immutable and
    hashable; a plain class rather than a dataclass, so importing i18n does not import `dataclasses`.
    """

    __slots__ = ("key", "values", "count")
    key: str
    values: tuple[tuple[str, object], ...]
    count: int | None

    def __init__(self, key: str, values: tuple[tuple[str, object], ...] = (), count: int | None = None) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "count", count)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Message is immutable: cannot set {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.key, self.values, self.count) == (other.key, other.values, other.count)

    def __hash__(self) -> int:
        return hash((self.key, self.values, self.count))

    def __repr__(self) -> str:
        return f"Message(key={self.key!r}, values={self.values!r}, count={self.count!r})"

    def __reduce__(self) -> tuple[type[Message], tuple[str, tuple[tuple[str, object], ...], int | None]]:
        return (Message, (self.key, self.values, self.count))  # pickled in the catalog cache with its problems

    def text(self, lang: str) -> str:
        """The message in `lang`, nested messages included."""
        values = {k: v.text(lang) if isinstance(v, Message) else v for k, v in self.values}
        if self.count is not None:
            return tn(lang, self.key, self.count, **values)
        return _catalogue(lang_of(lang)).gettext(self.key).format(**values)

    def __str__(self) -> str:
        return self.text("en")


def msg(key: str, /, **values: object) -> Message:
    """A Message for `key` with `values`, to be said later in the reader's language."""
    return Message(key, _frozen(values))


def msg_n(key: str, count: int, /, **values: object) -> Message:
    """A plural Message: the form for `count` (`{n}` in the text), said later in the reader's language."""
    return Message(key, _frozen(values), count)


def _frozen(values: dict[str, object]) -> tuple[tuple[str, object], ...]:
    """The values as pairs; one that cannot be hashed (a list from a YAML file) as its text, as `{x}` shows it.

    Problems are deduplicated in sets, so an author's odd value must not make a Message unhashable.
    """
    pairs = []
    for key, value in values.items():
        try:
            hash(value)
        except TypeError:
            value = str(value)
        pairs.append((key, value))
    return tuple(pairs)


def has(key: str) -> bool:
    """Whether the catalogues know `key` (for labels that fall back to a raw name)."""
    return _catalogue("en").gettext(key) != key


def check_label(lang: str, name: str) -> str:
    """A short label for a check (`not-` shown as a prefix word), or the check's name when it has none."""
    if name.startswith("not-"):
        return t(lang, "check.not", name=check_label(lang, name[4:]))
    return t(lang, "check." + name) if has("check." + name) else name


def category_label(lang: str, category: str) -> str:
    """A scanner category in the learner's language (the raw category when it has no label)."""
    return t(lang, "category." + category) if has("category." + category) else category


def number(lang: str, value: float, decimals: int | None = None) -> str:
    """`value` with the locale's grouping and decimal sign: 1234.5 is `1.234,5` (de), `1,234.5` (en)."""
    from babel.numbers import format_decimal

    if decimals is None:
        return str(format_decimal(value, locale=lang_of(lang)))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=lang_of(lang)))


def percent(lang: str, share: float | None) -> str:
    """A share, 0.875, as a whole percentage: `88\u202f%` (de, a narrow no-break space as the app has always
    shown it; Babel's own German pattern has a wide one) or `88%` (en); None as a dash."""
    if share is None:
        return "–"
    from babel.numbers import format_percent

    pattern = "#,##0\u202f%" if lang_of(lang) == "de" else "#,##0%"
    return str(format_percent(share, format=pattern, locale=lang_of(lang)))


DATE_PATTERNS = {"de": "dd.MM.yyyy", "en": "d MMM yyyy"}
"""How a day is shown: `06.12.2026` (de), `6 Dec 2026` (en); machine formats (CSV, JSON, files) stay ISO."""
_ISO_DAY = r"\d{4}-\d{2}-\d{2}"  # compiled (and cached) by re on first use


def date(lang: str, value: Date | datetime | str | None, *, time: bool = False) -> str:
    """A day for people: a date, a datetime (its own day, as stored: UTC) or an ISO string (`2026-12-06`,
    `2026-12-06T09:30:00+00:00`) as `06.12.2026` (de) or `6 Dec 2026` (en); with `time`, a datetime's hour and
    minute follow (`06.12.2026 09:30`). None or "" is a dash; a string that is no ISO day is returned as it is
    (the caller cleans it, as any shown text)."""
    if value is None or value == "":
        return "–"
    from datetime import date as Date
    from datetime import datetime

    clock = ""
    if isinstance(value, str):
        found = re.match(_ISO_DAY, value.strip())
        if found is None:
            return value
        try:
            day = Date.fromisoformat(found.group())  # the day as written, whatever time and offset follow
        except ValueError:  # no such day (2026-02-30)
            return value
        if time and found.end() < len(value.strip()):  # a bare day has no clock
            try:
                clock = f" {datetime.fromisoformat(value.strip()):%H:%M}"
            except ValueError:  # a day without a (valid) time
                clock = ""
    elif isinstance(value, datetime):
        day, clock = value.date(), f" {value:%H:%M}" if time else ""
    else:
        day = value
    return _day_text(lang_of(lang), day) + clock


@lru_cache(maxsize=4096)
def _day_text(code: str, day: Date) -> str:
    """Babel's text for one day (cached: a team report shows the same few days thousands of times)."""
    from babel.dates import format_date

    return str(format_date(day, DATE_PATTERNS[code], locale=code))


def store_message(lang: str, error: StoreError) -> str:
    """A progress-store error in the learner's language (`store.<key>` of the catalogue), one line; its English
    str() when it carries no known key."""
    key = "store." + error.key
    if not error.key or not has(key):
        return str(error)
    try:
        return " ".join(t(lang, key, **error.values).split())
    except (KeyError, IndexError, ValueError):  # a value the raiser left out: the English line has a `?` for it
        return str(error)
