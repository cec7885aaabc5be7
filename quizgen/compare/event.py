"""Are the articles about one event? Groups of articles that share their vocabulary.

Each article is a TF-IDF vector of its content words (IDF over the articles given), and
two articles are linked when their cosine reaches SAME_EVENT; the groups are the linked
components. Reports of one event share names and rare words ("Dimorphos", "Kessel
bridge"); articles on different events share only common news words. Cost: one vector
per article and one cosine per pair of articles (a handful of articles per quiz).
"""

from __future__ import annotations

import math
from collections import Counter

from quizgen.compare.components import connected
from quizgen.compare.text import SentenceFeatures

# Cosine between two articles' word vectors at or above which they cover one event
# (reports of one event measured 0.17 and up, of different events 0.09 and below, on
# real and invented clusters mixed three and three).
SAME_EVENT = 0.12
NAME_WEIGHT = 2


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


def event_groups(features: list[list[SentenceFeatures]]) -> list[list[int]]:
    """Indexes of the articles grouped by event (linked components), in input order."""
    vectors = _vectors(features)
    return connected(len(vectors), ((i, j) for i in range(len(vectors)) for j in range(i + 1, len(vectors))
                                    if _cosine(vectors[i], vectors[j]) >= SAME_EVENT))
