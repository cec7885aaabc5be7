"""Short names of sources named in full earlier: 'China Central Television' ... 'CCTV said'.

An acronym source is linked (Attribution.refers_to) to the nearest earlier capitalised
name whose initials spell it. Bounded: acronyms of at most 8 letters, names of at most
10 words, so the matching is a small table walk per candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# words that may stand in an acronym by more than their first letter ("TV" for television)
WORD_LETTERS = {
    "television": ("t", "tv"), "broadcasting": ("b",), "telecommunications": ("t",),
    "technology": ("t", "tech"), "international": ("i", "intl"),
}
# small words an acronym may skip or keep ("Bank of England" -> "BoE" or "BE")
OPTIONAL_WORDS = frozenset("of the for and on de du la des del".split())

_ACRONYM = re.compile(r"^(?:the |The )?([A-Z][A-Za-z]{1,7})$")
_NAME_RUN = re.compile(r"[A-Z][\w.&-]*(?:\s+(?:(?:of|the|for|and|on|de|du|la|des|del)\s+)?[A-Z][\w.&-]*)+")
_MAX_WORDS = 10


def acronym_of(source: str) -> str | None:
    """'CCTV', 'the IEA', 'BoC': the acronym a source consists of, else None."""
    found = _ACRONYM.match(source.strip())
    if not found:
        return None
    word = found.group(1)
    return word if sum(c.isupper() for c in word) >= 2 else None


def spells(name: str, acronym: str) -> bool:
    """Do the initials of `name` (its small words optional) spell `acronym`?"""
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not 2 <= len(words) <= _MAX_WORDS:
        return False
    return _match(tuple(words), acronym.lower())


@lru_cache(maxsize=1024)
def _match(words: tuple[str, ...], letters: str) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in OPTIONAL_WORDS and _match(rest, letters):
        return True
    options = WORD_LETTERS.get(word, ()) + (word[:1],)
    return any(letters.startswith(o) and _match(rest, letters[len(o):]) for o in options if o)


def name_runs(body: str) -> list[tuple[int, str]]:
    """(end offset, text) of every capitalised name run of the body, in order."""
    return [(m.end(), m.group()) for m in _NAME_RUN.finditer(body)]


_LOOK_BACK = 200  # name runs tried per acronym: keeps the work per source bounded


def expansion(acronym: str, runs: list[tuple[int, str]], before: int) -> str | None:
    """The nearest name run ending before offset `before` whose initials spell `acronym`."""
    stop = bisect_right(runs, (before, "\uffff"))
    earlier = [name for _, name in runs[max(0, stop - _LOOK_BACK):stop]]
    for name in reversed(earlier):
        words = name.split()
        while words and words[0] in ("The", "A", "An"):
            words = words[1:]
        # the name may end a longer run ("Beijing broadcaster China Central Television"): try its tails
        for start in range(max(0, len(words) - _MAX_WORDS), len(words) - 1):
            tail = " ".join(words[start:])
            if words[start] not in OPTIONAL_WORDS and spells(tail, acronym):
                return tail
    return None
