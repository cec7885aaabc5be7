"""Quote differences: two outlets quote the same words of a speaker differently.

"The bird is free" vs "The bird is freed": the same quotation with a word or two
replaced is a wording discrepancy a reader can check. A quote cut short (words missing
at either end only) or a different quotation is not. Quotes are matched through an
index of their words, so the cost stays near-linear in the number of quotes.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from itertools import combinations

from quizgen.compare.components import connected
from quizgen.compare.text import STOPWORDS, normalize
from quizgen.models import ArticleAnalysis, Mention

# A quoted passage: between double quotes, bounded so that a stray quote mark cannot
# make one span the length of the article.
_QUOTE = re.compile(r'"([^"]{8,300})"')
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# The two quotes share at least this many words in order, and differ by at most this
# many replaced words (at least one).
MIN_SAME_WORDS = 3
MAX_CHANGED_WORDS = 2
# A short quote beside one this many times longer ("The situation is dire" / "I'm just trying
# to be honest ... the situation does look dire") may be another remark of the same briefing,
# not the same quotation reworded.
MAX_LENGTH_RATIO = 2.0
# A word found in more quotes than this is too common to find candidates with.
MAX_POSTING = 30


@cache
def _contractions() -> tuple[dict[str, list[str]], list[tuple[str, list[str]]]]:
    """(whole contracted words, contracted endings), each with its full form, from the data file."""
    words: dict[str, list[str]] = {}
    endings: list[tuple[str, list[str]]] = []
    text = resources.files("quizgen.compare").joinpath("data/contractions.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            short, full = (part.strip() for part in line.split("=", 1))
            if short.startswith(("'", "n'")):
                endings.append((short, full.split()))
            else:
                words[short] = full.split()
    return words, endings


def full_words(words: list[str]) -> list[str]:
    """Words with contractions spelled out ("we're" -> "we", "are"; "don't" -> "do", "not")
    and possessives bare ("Holmes's" -> "holmes")."""
    whole, endings = _contractions()
    out: list[str] = []
    for word in words:
        if word in whole:
            out.extend(whole[word])
            continue
        ending = next(((e, full) for e, full in endings if word.endswith(e) and len(word) > len(e)), None)
        if ending is None and word.endswith("'s"):
            word = word[:-2]  # a possessive: "Holmes's" and "Holmes'" are one spelling of one word
        out.extend([word[:-len(ending[0])], *ending[1]] if ending else [_one_spelling(word)])
    return out


# words ending in "our" that have no "-or" spelling ("four" is not "for")
_OUR_WORDS = frozenset("our four pour tour your hour flour sour dour detour contour amour devour".split())


def _one_spelling(word: str) -> str:
    """British and American spellings of one word alike ("honour" / "honor", "realise" /
    "realize", "centre" / "center"): one quotation printed in two spellings is not reworded."""
    plural = word.endswith("ours") and word[:-1] not in _OUR_WORDS and len(word) > 5  # "neighbours"
    if (word.endswith("our") and word not in _OUR_WORDS and len(word) > 4) or plural:
        return word[:-4 if plural else -3] + ("ors" if plural else "or")
    if word.endswith(("ise", "ised", "ising", "isation")) and len(word) > 5:
        return re.sub(r"is(e|ed|ing|ation)$", r"iz\1", word)
    if word.endswith("tre") and len(word) > 4:
        return word[:-3] + "ter"
    return word


def quotes(text: str) -> list[tuple[str, list[str]]]:
    """(quote as written, its lower-case words) of each quoted passage of a sentence."""
    return [(m.group(1).strip(), _WORD.findall(m.group(1).lower())) for m in _QUOTE.finditer(normalize(text))]


def changed_words(a: list[str], b: list[str]) -> int | None:
    """How many words one quote replaces in the other (insertions and deletions inside
    the quote count too); None when they are not one quotation differently worded:
    too few words in common, only cut at an end, or too many changes."""
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    same = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    inner = [op for n, op in enumerate(ops) if op[0] != "equal" and 0 < n < len(ops) - 1 or op[0] == "replace"]
    changed = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in inner)
    if same < MIN_SAME_WORDS or not any(op[0] == "replace" for op in inner) or changed > MAX_CHANGED_WORDS:
        return None
    return changed


def _comparable(a: list[str], b: list[str]) -> bool:
    return max(len(a), len(b)) <= MAX_LENGTH_RATIO * min(len(a), len(b))


def quote_discrepancies(analyses: list[ArticleAnalysis]) -> list[tuple[list[Mention], dict[str, str], str]]:
    """(versions, details, topic) for each quotation two articles word differently."""
    # article, sentence, quote, its words with contractions spelled out (once per quote)
    found: list[tuple[int, int, str, list[str]]] = []
    postings: dict[str, list[int]] = {}
    for a, analysis in enumerate(analyses):
        for i, sentence in enumerate(analysis.sentences):
            for quote, words in quotes(sentence.text):
                if len(words) >= MIN_SAME_WORDS:
                    for word in set(words) - STOPWORDS:
                        postings.setdefault(word, []).append(len(found))
                    found.append((a, i, quote, full_words(words)))
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) <= MAX_POSTING:
            pairs.update((x, y) for x, y in combinations(members, 2) if found[x][0] != found[y][0])
    linked = [(x, y) for x, y in sorted(pairs)
              if found[x][3] != found[y][3] and _comparable(found[x][3], found[y][3])
              and changed_words(found[x][3], found[y][3]) is not None]
    components = [g for g in connected(len(found), linked) if len(g) >= 2]
    out = []
    for members in components:
        versions, details = [], {}
        for n in members:
            a, i, quote, _ = found[n]
            article_id, sentence = analyses[a].article.id, analyses[a].sentences[i]
            if article_id not in details:
                details[article_id] = quote.rstrip(",.;:")
                versions.append(Mention(article_id, sentence.id, sentence.text))
        if len(set(details.values())) >= 2:
            out.append((versions, details, "the quote differs: " + " vs. ".join(f'"{q}"' for q in details.values())))
    return out
