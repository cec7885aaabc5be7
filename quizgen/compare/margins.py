"""How close a vote was: a tally in one article ("voted 5-2"), a word in another
("narrowly approved"). A teacher asks whether "narrowly" is a fair word for 5-2.

A sentence counts when it speaks of a vote (VOTE_WORDS) and gives a tally or a margin
word (MARGIN_WORDS), not both; a tally and a margin word of different articles are one
vote when their sentences share context. One pass over the sentences, one comparison
per tally and margin sentence of different articles (a handful per story).
"""

from __future__ import annotations

import re

from quizgen.compare.numbers import context_similarity
from quizgen.compare.text import normalize
from quizgen.models import ArticleAnalysis, Mention

# Words that say a vote was held or decided.
VOTE_WORDS = frozenset("""
vote votes voted voting ballot approved approve approves passed pass passes rejected reject rejects
adopted backed endorsed confirmed elected defeated overturned
""".split())
# Words that say how close a vote was, without the tally.
MARGIN_WORDS = ("narrowly", "unanimously", "overwhelmingly", "comfortably", "handily", "by a wide margin",
                "by a narrow margin", "by a slim margin", "by a single vote", "by one vote", "by a large majority",
                "in a landslide", "in a close vote", "in a tight vote", "a split vote")
_MARGIN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in MARGIN_WORDS) + r")\b", re.IGNORECASE)
# "5-2", "7–4", "61 to 40", "61 votes to 40"
_TALLY = re.compile(r"(?<![\d.,$-])\b(\d{1,3})\s?(?:-|–|\bto\b|votes? to)\s?(\d{1,3})\b(?![\d.,%-])")
_WORD = re.compile(r"[a-z]+")
# Sentences of one vote share at least this much context (cosine, numbers left out).
MARGIN_CONTEXT = 0.15


def _how_close(text: str) -> str:
    """The tally or margin word of a sentence about a vote, "" when it gives neither or both."""
    text = normalize(text)
    if not VOTE_WORDS & set(_WORD.findall(text.lower())):
        return ""
    tally, margin = _TALLY.search(text), _MARGIN.search(text)
    if bool(tally) == bool(margin):
        return ""
    return tally.group() if tally else margin.group().lower()


def margin_discrepancies(analyses: list[ArticleAnalysis], sentence_weights: list[list[dict[str, float]]]
                         ) -> list[tuple[list[Mention], dict[str, str], str]]:
    """(versions, details, topic) for a vote given as a tally by one article and as a
    margin word by another: the pair of most similar sentences."""
    tallies, margins = [], []
    for a, analysis in enumerate(analyses):
        for i, sentence in enumerate(analysis.sentences):
            if said := _how_close(sentence.text):
                (tallies if said[0].isdigit() else margins).append((a, i, said))
    best = None
    for x in tallies:
        for y in margins:
            if x[0] == y[0]:
                continue
            context = context_similarity(sentence_weights[x[0]][x[1]], sentence_weights[y[0]][y[1]])
            if context >= MARGIN_CONTEXT and (best is None or context > best[0]):
                best = (context, x, y)
    if best is None:
        return []
    versions, details = [], {}
    for a, i, said in sorted(best[1:]):
        sentence = analyses[a].sentences[i]
        versions.append(Mention(analyses[a].article.id, sentence.id, sentence.text))
        details[analyses[a].article.id] = said
    return [(versions, details, "how close the vote was: " + " vs. ".join(details.values()))]
