"""The names of sites the outlet table does not know, as readers write them.

A squashed file or host stem read as words ("trueviralnews" -> "True Viral News"), call
letters ("wfaa" -> "WFAA"), a masthead standing above the headline ("THE VALLEY
COURIER"), the holder of a copyright line. The words come from furniture_words.py and
from the English spelling list textblob ships (no download).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from quizgen.ingest.furniture_words import MASTHEAD_WORDS, SECTION_LABELS, SITE_COUNTRY_CODES
from quizgen.outlets import canonical_outlet

# Masthead words that also end companies' names, which own outlets rather than being one
_COMPANY_WORDS = frozenset({"media", "network", "group"})
_COPYRIGHT_HOLDER = re.compile(r"^(?:©|\(c\)|copyright\b)\s*+(?:©\s*+)?(?:\d{4}(?:\s*+[-–]\s*+\d{4})?\s*+)?,?\s*+"
                               r"(?P<name>[A-Z][\w&'’ -]{1,50}?)\s*+(?:[.|,]|all rights reserved|$)", re.IGNORECASE)


def masthead_name(line: str) -> str | None:
    """'THE VALLEY COURIER', 'The Harbor Gazette': a paper's name standing alone, as readers write it.

    Only upper-case lines or 'The ...', ending in a masthead word ('Courier', 'Times'), so
    that a short headline or a section label ('World News') is not taken for one.
    """
    parts = line.split()
    if not 2 <= len(parts) <= 5 or line.lower() in SECTION_LABELS or not all(p.isalpha() for p in parts):
        return None
    last = parts[-1].lower()
    if last not in MASTHEAD_WORDS or last in _COMPANY_WORDS or not (line.isupper() or parts[0] == "The"):
        return None
    if not all(p[:1].isupper() for p in parts):
        return None
    # 'KTLA NEWS' -> 'KTLA News': a short upper-case word that is no English word stays upper case
    return " ".join(p if not p.isupper() or (len(p) <= 4 and p.lower() not in _dictionary()) else p.capitalize()
                    for p in parts)


def copyright_holder(line: str) -> str | None:
    """'© 2024 The Valley Courier. All rights reserved.' -> 'The Valley Courier' (an outlet, not a company)."""
    m = _COPYRIGHT_HOLDER.match(line) if len(line) <= 200 else None
    if not m:
        return None
    name = m["name"].strip()
    return canonical_outlet(name) or (name if masthead_name(name) or (
        name.split()[-1].lower() in MASTHEAD_WORDS - _COMPANY_WORDS and name[:1].isupper()) else None)


# US broadcasters' call letters: "wfaa" is WFAA, "ktla" KTLA.
_CALL_SIGN = re.compile(r"^[kw][a-z]{2,3}$")
_MAX_STEM = 40


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Common lower-case English words of three letters or more (textblob's bundled spelling list)."""
    import textblob.en
    path = Path(textblob.en.__file__).with_name("en-spelling.txt")
    found = set(MASTHEAD_WORDS)
    with path.open(encoding="utf-8") as spelling:
        for line in spelling:
            word = line.split(" ", 1)[0]
            if len(word) >= 3 and word.isalpha() and word.islower():
                found.add(word)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _known(piece: str) -> bool:
    """A dictionary word or an inflection of one ("sourcing" of "source": the spelling list
    holds few inflected forms)."""
    from lemminflect import getAllLemmas

    known = _dictionary()
    return piece in known or (len(piece) >= 5 and any(
        lemma in known for lemmas in getAllLemmas(piece).values() for lemma in lemmas))


def _piece_cost(piece: str) -> float:
    # a long known word is strong evidence of a split, a three-letter one weak, an unknown run none
    if _known(piece):  # a masthead word is the likelier reading ("thirteen news now", not "... new snow")
        return 0.8 if piece in MASTHEAD_WORDS else 1.0 if len(piece) >= 4 or piece == "the" else 3.5
    return 3.0 + 0.5 * len(piece) if len(piece) >= 3 else 6.0  # a stray letter pair is rarely a name


def _segment(letters: str) -> list[str]:
    """Cheapest pieces: 'trueviralnews' -> ['true', 'viral', 'news'], 'ellerytribune' -> ['ellery', 'tribune']."""
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(end):
            cost = best[start][0] + _piece_cost(letters[start:end])
            if cost < best[end][0]:
                best[end] = (cost, start)
    pieces, end = [], len(letters)
    while end:
        start = best[end][1]
        pieces.append(letters[start:end])
        end = start
    return pieces[::-1]


def _place_before_masthead(pieces: list[str]) -> list[str]:
    """'burn ley express' -> 'burnley express', 'bris bane times' -> 'brisbane times': the
    words before the masthead word make one proper name (a place, "Hollywood") when the
    tagger's lexicon knows it as one."""
    from quizgen.analyze.tokens import pos  # (here: quizgen.analyze imports quizgen.ingest)

    masthead = next((n for n, p in enumerate(pieces) if p in MASTHEAD_WORDS), None)
    if masthead is None or masthead < 2:
        return pieces
    joined = "".join(pieces[:masthead])
    return [joined, *pieces[masthead:]] if pos(joined.capitalize()) == "NNP" else pieces


def readable_site_name(stem: str) -> str | None:
    """How a reader writes a site named by its file or host stem, or None if unsure.

    'trueviralnews' -> 'True Viral News', 'veonewsng' -> 'Veo News' (a country code
    dropped), 'wfaa' -> 'WFAA', 'tsarr' -> 'Tsarr'. Pieces are read only when one of them
    is a masthead word ('news', 'times', 'tribune') and none is a stray letter pair, so a
    brand stays one word.
    """
    letters = stem.lower()
    if re.fullmatch(r"[a-z0-9]+(?:[-_.][a-z0-9]+){1,5}", letters):
        return _hyphenated(letters)
    if not letters.isalpha() or not 3 <= len(letters) <= _MAX_STEM:
        return None
    if _CALL_SIGN.match(letters) and letters not in _dictionary():
        return letters.upper()
    code = next((c for c in SITE_COUNTRY_CODES if letters.endswith(c) and letters[:-len(c)].endswith(
        tuple(MASTHEAD_WORDS))), "")
    letters = letters[:len(letters) - len(code)]
    if code and letters in MASTHEAD_WORDS:
        return f"{letters.capitalize()} {code.upper()}"  # "radionz" is Radio NZ, not "Radio"
    # a country's code before a masthead word is part of the name: "nzherald" is NZ Herald
    lead = next((c for c in SITE_COUNTRY_CODES if letters.startswith(c) and letters[len(c):] in MASTHEAD_WORDS), "")
    pieces = ([lead] if lead else []) + _place_before_masthead(_segment(letters[len(lead):]))
    masthead = next((n for n, p in enumerate(pieces) if p in MASTHEAD_WORDS), None)
    # a brand may stand before the masthead word ("cbs" news), but what follows it must be
    # words: "newser" is no "New Ser"; a masthead word with one word after it is one brand
    # ("newsweek", "newsday")
    one_brand = masthead == 0 and pieces[0] != "the" and len(pieces) == 2 and pieces[1] not in MASTHEAD_WORDS
    if masthead is not None and len(pieces) > 1 and min(len(p) for p in pieces if p != lead) >= 3 and not one_brand \
            and all(_known(p) for p in pieces[masthead:]):
        # a short piece without a vowel is initials: "CBS News", "NKY Tribune" (not "Veo News")
        named = [p.upper() if p == lead or (len(p) <= 3 and not set(p) & set("aeiou")) else p.capitalize()
                 for p in pieces]
        return " ".join(["The", *named[1:]] if pieces[0] == "the" else named)
    return letters.capitalize() if len(letters) >= 4 else letters.upper()


_DOMAIN_ENDINGS = frozenset("com net org co".split()) | SITE_COUNTRY_CODES


def _hyphenated(stem: str) -> str:
    """'cincinnati-enquirer' -> 'Cincinnati Enquirer', 'law-com-nylj' -> 'Law.com NYLJ',
    'independent-ie' -> 'Independent.ie', 'usatoday-wusa9' -> 'Usatoday WUSA9'."""
    words: list[str] = []
    for piece in re.split(r"[-_.]", stem):
        if words and piece in _DOMAIN_ENDINGS:
            words[-1] += "." + piece  # a web address written with hyphens
            continue
        # letters with no vowel or with digits are a call sign or initials ("wusa9", "nylj"); a
        # longer piece may be words run together ("thenews-pk": "The News.pk")
        initials = (not set(piece) & set("aeiou") and not piece.endswith("y")) or not piece.isalpha()
        read = readable_site_name(piece) if len(piece) >= 6 and piece.isalpha() else None
        words.append(piece.upper() if initials else read if read and " " in read else piece.capitalize())
    return " ".join(words)
