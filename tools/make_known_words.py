"""Build course/scanner/known_words.txt: the lowercased words of German and English that are no person's name.

Run by hand, not at install or start-up (it needs a package the course does not):
    python -m venv /tmp/words && /tmp/words/bin/pip install wordfreq==3.1.1 gender-guesser
    /tmp/words/bin/python tools/make_known_words.py

Source: wordfreq 3.1.1 (Robyn Speer; code Apache-2.0, word-frequency data CC BY-SA 4.0, made from Wikipedia,
subtitles, news, books, web text and more, see its README). Taken: every word of letters (maybe joined by a hyphen
or an apostrophe) whose Zipf frequency in German or in English is at least ZIPF (about one in 4 million words), less
the first names the scanner's own tables call common in its markets (course/scanner/firstnames.py), except those that
are everyday words too ("Ernst", "Mark", "Will", "Rose"); rare first names that are frequent words stay words
("Basel", "Kiel", "Paris" are places before they are names). So the file is a derived work of wordfreq's data and
is shared under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as its header says; the scanner's
code stays under MIT.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "course" / "scanner" / "known_words.txt"
ZIPF = 2.4
WORD = re.compile(r"[^\W\d_]{2,}(?:['’-][^\W\d_]+)*")
HEADER = """\
# Known words of German and English, lowercased, one a line: made by tools/make_known_words.py (see there).
# Derived from wordfreq 3.1.1 by Robyn Speer (https://github.com/rspeer/wordfreq), whose word-frequency data is
# shared under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); so is this list. Changes: only
# words of letters with a Zipf frequency of at least {zipf} in German or English, less the common first names the
# scanner knows.
"""


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from wordfreq import get_frequency_dict

    from course.scanner.firstnames import NOT_FIRST_NAMES, STOP_WORDS, SURNAMES_TOO, WORD_NAMES, common_first_name

    everyday = {w.lower() for w in WORD_NAMES | NOT_FIRST_NAMES | STOP_WORDS | SURNAMES_TOO}
    words: set[str] = set()
    for lang in ("de", "en"):
        for word, freq in get_frequency_dict(lang, "large").items():
            if math.log10(freq * 1e9) >= ZIPF and WORD.fullmatch(word):
                words.add(word)
    names = {w for w in words if w not in everyday and common_first_name(w[:1].upper() + w[1:])}
    kept = sorted(words - names)
    OUT.write_text(HEADER.format(zipf=ZIPF) + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words ({len(names)} first names left out) -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
