"""Small text helpers for the generator: word sets, source/outlet sameness, excerpts.

`same_source` follows the evaluation's notion (word-set containment or Jaccard >= 0.5),
so that a wrong option is never "the same source in other words".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nltk.metrics.distance import edit_distance
from nltk.stem import PorterStemmer

from quizgen.analyze.lexicon import ORG_WORDS, PERSON_TITLES
from quizgen.outlets import is_acronym_of, known_aliases, outlet_core

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2014": "-", "\u00a0": " "})
_ARTICLE_WORDS = frozenset({"a", "an", "the", "of", "s"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "them", "him", "her", "his", "its", "their"})
# Function words that say nothing about what a sentence reports.
STOPWORDS = frozenset({
    "a", "an", "the", "of", "s", "and", "or", "but", "if", "then", "than", "that", "this", "these", "those",
    "there", "their", "they", "them", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "do", "does", "did", "to", "in", "on", "at", "by", "for", "from", "with", "as", "into",
    "onto", "about", "after", "before", "over", "under", "up", "down", "out", "not", "no", "nor", "so", "such",
    "too", "very", "can", "will", "would", "should", "could", "may", "might", "must", "also", "just", "only",
    "more", "most", "much", "many", "some", "any", "each", "other", "another", "which", "who", "whom", "whose",
    "what", "when", "where", "why", "how", "all", "both", "he", "she", "his", "her", "him", "we", "our", "you",
    "your", "i", "me", "my", "said", "says", "say", "told", "tell", "according", "per", "while", "during",
    "since", "until", "because", "mr", "ms", "mrs", "through", "across", "against", "between", "among", "within",
    "without", "along", "toward", "towards", "upon", "still", "even", "already", "never", "always", "ever",
    "again", "once", "here", "yet", "however", "whether", "off", "every",
})
_stemmer = PorterStemmer()


# dots inside an abbreviation ("U.S.", "U.K."): "A U.S. official" and "A US official" are one source
_ABBREVIATION_DOT = re.compile(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)")


@lru_cache(maxsize=50000)
def norm(text: str) -> str:
    text = _ABBREVIATION_DOT.sub("", (text or "").translate(_QUOTES))
    return re.sub(r"\s+", " ", text).strip().lower()


@lru_cache(maxsize=20000)
def _word_tuple(text: str) -> tuple[str, ...]:
    # accents folded: "Sepúlveda" and "Sepulveda" are one name, and one word, not "sep" + "lveda"
    folded = "".join(c for c in unicodedata.normalize("NFKD", norm(text)) if not unicodedata.combining(c))
    return tuple(w for w in re.findall(r"[a-z0-9]+", folded) if w not in _ARTICLE_WORDS)


def words(text: str) -> list[str]:
    return list(_word_tuple(text))


@lru_cache(maxsize=20000)
def word_set(text: str) -> frozenset[str]:
    return frozenset(_word_tuple(text))


@lru_cache(maxsize=20000)
def _stem(word: str) -> str:
    return _stemmer.stem(word)


@lru_cache(maxsize=20000)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning (numbers kept, function words dropped)."""
    return frozenset(_stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 2 or w.isdigit()))


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def is_pronoun(source: str) -> bool:
    ws = word_set(source)
    return not ws or ws <= PRONOUNS


@lru_cache(maxsize=50000)
def near_word(a: str, b: str) -> bool:
    """Equal, or the same long word with a typo ("Ghebreysus" / "Ghebreyesus")."""
    return a == b or (min(len(a), len(b)) >= 6 and abs(len(a) - len(b)) <= 2 and a[:2] == b[:2]
                      and edit_distance(a, b) <= 2)


def _matched(x: frozenset[str], y: frozenset[str]) -> int:
    """How many words of x have an equal or near-equal word in y."""
    exact = x & y
    long_rest = [v for v in y - exact if len(v) >= 6]
    if not long_rest:
        return len(exact)
    return len(exact) + sum(1 for w in x - exact if len(w) >= 6 and any(near_word(w, v) for v in long_rest))


@lru_cache(maxsize=50000)
def same_source(a: str, b: str) -> bool:
    """True when two source phrases name the same source: one's words within the other's,
    or Jaccard >= 0.5 (as the evaluation counts it), with typos of long words forgiven."""
    x, y = word_set(a), word_set(b)
    if not x or not y:
        return False
    if x <= PRONOUNS or y <= PRONOUNS:
        return True
    shared = _matched(x, y)
    if shared == len(x) or _matched(y, x) == len(y):
        return True
    return shared / (len(x) + len(y) - shared) >= 0.5


# Capitalised words that are titles or common parts of names, not a name by themselves.
GENERIC_CAPITALS = frozenset({
    "the", "according", "president", "director", "general", "minister", "secretary", "health", "world",
    "organization", "department", "ministry", "national", "state", "states", "federal", "united", "american",
    "county", "city", "news", "daily", "times", "post", "press", "chief", "head", "officials", "official",
    "senior", "deputy", "spokesperson", "spokesman", "spokeswoman", "government", "agency", "office",
    "university", "international", "association",
}) | PERSON_TITLES  # "Justice Ann Li" and "Chief Justice Bo Ng" share a title, not a name


@lru_cache(maxsize=20000)
def name_words(source: str) -> frozenset[str]:
    """Distinctive capitalised words of a source phrase ("Tedros", "Ghebreyesus", "Bendett")."""
    tokens = re.findall(r"\b[A-Z][a-zA-Z'-]{3,}", source.translate(_QUOTES))
    return frozenset(t.lower().removesuffix("'s") for t in tokens) - GENERIC_CAPITALS


def shares_name(a: str, b: str) -> bool:
    """True when two source phrases share a distinctive name, so they may be one person or
    body ("WHO Director-General Tedros" / "World Health Organization head Tedros")."""
    x, y = name_words(a), name_words(b)
    return bool(x and y) and (bool(x & y) or any(near_word(w, v) for w in x for v in y))


@lru_cache(maxsize=50000)  # asked for the same pairs of options again in every assembly attempt
def related_sources(a: str, b: str) -> bool:
    """Too close to stand side by side as different options: the same source in other
    words, sharing a name, one the acronym of the other, or two names the outlet table
    gives for one outlet."""
    return same_source(a, b) or shares_name(a, b) or is_acronym_of(a, b) or is_acronym_of(b, a) \
        or known_aliases(a, b)


def name_variants(name: str) -> list[str]:
    """Accepted spellings of a name for short answers: as written, without a leading "The",
    and without the words that say what kind of outlet it is ("Xinhua News Agency" -> "Xinhua")."""
    out = [name.strip()]
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    core = outlet_core(bare)
    for variant in (bare, core):
        if variant and variant not in out:
            out.append(variant)
    return out


def join_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_NESTED = str.maketrans({"\u201c": "\u2018", "\u201d": "\u2019"})


def nest_quotes(text: str) -> str:
    """Double quotes inside a quotation become single ones, so that a template can put
    the text in double quotes: \u201cWe left,\u201d she said -> \u2018We left,\u2019 she said."""
    text = text.translate(_NESTED)
    if '"' not in text:
        return text
    # a straight quote opens after a space, a bracket or the start, and closes elsewhere: a
    # sentence cut from a longer quotation may begin with a closing one ('incident," he tweeted')
    out = []
    for n, ch in enumerate(text):
        if ch == '"':
            out.append("\u2018" if n == 0 and len(text) > 1 and not text[1].isspace()
                       or n > 0 and (text[n - 1].isspace() or text[n - 1] in "([{\u2014-") else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def word_count(text: str) -> int:
    return len(text.split())


def shorten(text: str, max_words: int = 30) -> str:
    """The text itself, or its first `max_words` words and an ellipsis."""
    parts = text.split()
    if len(parts) <= max_words:
        return " ".join(parts)
    return " ".join(parts[:max_words]).rstrip(",;:") + "\u2026"


def mostly_within(phrase: str, text: str, share: float = 0.5) -> bool:
    """True when at least `share` of the phrase's meaningful words occur in `text`."""
    pw = word_set(phrase) - STOPWORDS
    if not pw:
        return False
    tw = word_set(text)
    return len(pw & tw) / len(pw) >= share


def mend_quote_start(text: str) -> str:
    """A sentence that starts inside a quotation (the second half of a quote split over two
    sentences: 'It was devastation," said the captain.') shown with the quote mark it lacks."""
    first = next((i for i, ch in enumerate(text) if ch in '"\u201c\u201d'), None)
    if first is None:
        return text
    if text[first] == "\u201d":
        return "\u201c" + text
    if text[first] == '"' and first > 0 and text[first - 1] in ",.!?":
        return '"' + text
    return text


def display_source(source: str) -> str:
    """Source phrase as an option: whitespace tidied, trailing punctuation dropped."""
    return re.sub(r"\s+", " ", source).strip().strip(",;:.")


@lru_cache(maxsize=50000)
def echoes(phrase: str, text: str) -> bool:
    """True when `text` seems to name the same thing as `phrase`: most of its words, or
    its head word plus another ("a latest finding by US intelligence" in "The
    intelligence finding added...")."""
    if mostly_within(phrase, text):
        return True
    tokens = [w for w in words(phrase) if w not in STOPWORDS]
    if not tokens:
        return False
    phrase_stems, text_stems = content_stems(phrase), content_stems(text)
    return _stem(tokens[-1]) in text_stems and len(phrase_stems & text_stems) >= min(2, len(phrase_stems))


def clear_caches() -> None:
    """Forget memoised text results (benchmarks call this so that runs start cold)."""
    from quizgen.generate.confidence import sentence_problem  # (these import this module)
    from quizgen.generate.assemble import _quotes
    from quizgen.generate.coverage import _figures, read_figures
    from quizgen.generate.lone_sources import clear_caches as clear_lone_caches

    for cached in (norm, _word_tuple, word_set, _stem, content_stems, near_word, same_source, echoes, name_words,
                   related_sources, _figures, read_figures, _quotes):
        cached.cache_clear()
    clear_lone_caches()
    sentence_problem.cache_clear()



# words any public body's name may hold: sharing one says nothing about being the same source
_BODY_WORDS = frozenset(content_stems(" ".join(ORG_WORDS | {
    "authority", "authorities", "official", "officials", "agency", "department", "ministry", "office", "service",
    "government", "spokesperson", "spokesman", "spokeswoman", "source", "sources", "national", "state", "federal",
    "local", "county", "city", "people", "the"})))


def share_specific_word(a: str, b: str) -> bool:
    """"sheriff's officials" / "the Sheriff's Department": one body and its people."""
    return bool((content_stems(a) & content_stems(b)) - _BODY_WORDS)
