"""Word tokens with body offsets, and a part-of-speech lookup with no download.

The lookup reads the Brill lexicon that textblob ships inside its wheel (word -> most
frequent Penn tag). A plain dictionary lookup is enough for the rules here ("is this
lower-case word a finite verb?"), and costs far less than running a tagger.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

# "3,000" and "12,500.5" as one token; "U.S." and "W.H.O." as one token; words with inner hyphens/apostrophes/periods
# ("Director-General", "NASA's", "pic.twitter.com"); a possessive "Forbes’"; else one symbol.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?:[A-Za-z]\.){2,}"
                    r"|\w+(?:[-'’.&]\w+)*(?:(?<=s)['’](?!\w))?|[^\w\s]")

OPEN_QUOTES = frozenset("\"“‘«")
CLOSE_QUOTES = frozenset("\"”’»")
QUOTE_CHARS = OPEN_QUOTES | CLOSE_QUOTES | {"'"}


_NAME_PREFIXES = frozenset({"al-", "el-", "ad-", "as-", "az-", "ar-"})


class Token(NamedTuple):  # a tuple: cheap to build, one per word of the article
    text: str
    low: str
    start: int  # offset in the article body
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        # "al-Mosmari", "el-Sisi", "bin-Salman": a surname after its particle
        return self.text[0].isupper() or (self.text[:3].lower() in _NAME_PREFIXES and self.text[3:4].isupper())

    @property
    def is_possessive(self) -> bool:
        return self.low.endswith(("'s", "’s", "s'", "s’"))

    @property
    def bare(self) -> str:
        """The word without a possessive ending ("NASA's" -> "nasa")."""
        low = self.low
        if low.endswith(("'s", "’s")):
            return low[:-2]
        if low.endswith(("s'", "s’")):
            return low[:-1]
        return low


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        start = offset + m.start()
        out.append(Token(word, word.lower(), start, start + len(word)))
    return out


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    try:
        import textblob

        path = Path(textblob.__file__).parent / "en" / "en-lexicon.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError):  # the rules still run, with fewer verb hints
        return {}
    table: dict[str, str] = {}
    for line in lines:
        if line.startswith(";;;"):
            continue
        parts = line.split()
        if len(parts) >= 2:
            table[parts[0]] = parts[1]
    return table


# British spellings the tagger's lexicon (American) may lack: "apologised", "analysed", "honoured"
_BRITISH = re.compile(r"(?:is(?=e[ds]?$|ing$|ation)|ys(?=e[ds]?$|ing$)|our(?=s?$|ed$|ing$))")
_AMERICAN = {"is": "iz", "ys": "yz", "our": "or"}
_BRITISH_ENDINGS = ("ise", "ised", "ises", "ising", "isation", "isations", "yse", "ysed", "yses", "ysing",
                    "our", "ours", "oured", "ouring")


def pos(word: str) -> str:
    """Most frequent Penn tag of `word` ('' if unknown)."""
    table = _lexicon()
    tag = table.get(word) or table.get(word.lower(), "")
    if not tag and len(word) > 5 and word.lower().endswith(_BRITISH_ENDINGS):
        tag = table.get(_BRITISH.sub(lambda m: _AMERICAN[m.group()], word.lower()), "")
    return tag


FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})


def is_finite_verb(word: str) -> bool:
    return pos(word) in FINITE_VERB_TAGS


def is_nounish(word: str) -> bool:
    """True for nouns, numbers and unknown words (names, jargon)."""
    tag = pos(word)
    return not tag or tag.startswith("NN") or tag == "CD"
