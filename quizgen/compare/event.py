"""Are the articles about one event? Groups of articles that share their vocabulary.

Each article is a TF-IDF vector of its content words (IDF over the articles given), and
two articles are linked when their cosine reaches SAME_EVENT, or when they share their
main named things; the groups are the linked components. Reports of one event share
names and rare words ("Dimorphos", "Kessel bridge"); articles on different events share
only common news words. A short article shares few words with a long one, so a split
needs positive evidence: a low cosine (the bar lowered for short articles) and no main
name in common. Cost: one vector per article and one cosine per pair of articles (a
handful of articles per quiz).
"""

from __future__ import annotations

import math
from collections import Counter

from quizgen.compare.components import connected
from quizgen.compare.event_words import EVENT_NOUNS, GENERIC_NAME_WORDS
from quizgen.compare.text import SentenceFeatures, word_key

# Cosine between two articles' word vectors at or above which they cover one event
# (reports of one event measured 0.17 and up, of different events 0.09 and below, on
# real and invented clusters mixed three and three).
SAME_EVENT = 0.12
NAME_WEIGHT = 2
# An article of fewer sentences than this shares proportionally fewer words: the bar
# falls with its length (to MIN_BAR of SAME_EVENT at most: different events measured
# up to 0.09).
FULL_LENGTH = 16
MIN_BAR = 0.8
# An article's main names: its most often named things (a full name is one thing).
MAIN_NAMES = 6
# Sharing this many main names, or one main name and an event noun, is one event.
SHARED_NAMES = 2
_GENERIC_KEYS = frozenset(word_key(w, True) for w in GENERIC_NAME_WORDS)


def _vectors(features: list[list[SentenceFeatures]]) -> list[dict[str, float]]:
    """TF-IDF of what each article reports: names count double (they mark an event),
    figures and the words naming sources ("officials familiar with the matter") not at all."""
    counts = []
    for article in features:
        count: Counter[str] = Counter()
        for sentence in article:
            for token in sentence.tokens:
                if token.key and not token.key.startswith("#") and not token.in_source:
                    count[token.key] += NAME_WEIGHT if token.is_name else 1
        counts.append(count)
    df = Counter(k for article in counts for k in article)
    total = len(counts)
    return [{k: (1 + math.log(n)) * math.log(1 + total / df[k]) for k, n in article.items()} for article in counts]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b.get(k, 0.0) for k, w in a.items())
    norm = math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def _main_names(article: list[SentenceFeatures]) -> set[str]:
    """The things an article names most: a run of name words is one thing, known by its
    last word that is not generic ("Ilse Varga" and "Varga", "Tarvin River" and
    "Tarvin"); "County" or "March" alone names nothing in particular."""
    count: Counter[str] = Counter()
    for sentence in article:
        run: list[str] = []
        last_end = -2
        for token in [*sentence.tokens, None]:
            name = token is not None and token.is_name and bool(token.key) and not token.in_source
            if name and run and token.start - last_end <= 1:
                run.append(token.key)
            else:
                if particular := [k for k in run if k not in _GENERIC_KEYS]:
                    count[particular[-1]] += 1
                run = [token.key] if name else []
            last_end = token.end if name else -2
    return {k for k, _ in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))[:MAIN_NAMES]}


def _event_nouns(article: list[SentenceFeatures]) -> set[str]:
    """Keys of the event nouns it uses ("quake" and "earthquake" are one)."""
    return {t.key for sentence in article for t in sentence.tokens
            if t.key and not t.in_source and t.text.lower() in EVENT_NOUNS}


def _bar(a: list[SentenceFeatures], b: list[SentenceFeatures]) -> float:
    """The cosine that links two articles: SAME_EVENT, lower when one is short."""
    return SAME_EVENT * max(MIN_BAR, min(1.0, min(len(a), len(b)) / FULL_LENGTH))


def event_groups(features: list[list[SentenceFeatures]]) -> list[list[int]]:
    """Indexes of the articles grouped by event (linked components), in input order."""
    vectors = _vectors(features)
    names = [_main_names(a) for a in features]
    nouns = [_event_nouns(a) for a in features]

    def one_event(i: int, j: int) -> bool:
        shared = len(names[i] & names[j])
        if shared >= SHARED_NAMES or (shared and nouns[i] & nouns[j]):
            return True
        return _cosine(vectors[i], vectors[j]) >= _bar(features[i], features[j])

    return connected(len(vectors), ((i, j) for i in range(len(vectors)) for j in range(i + 1, len(vectors))
                                    if one_event(i, j)))
