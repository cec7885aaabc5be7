"""How close a sentence comes to any sentence of another article, on the fact grouping's
own scale (compare.facts: IDF-weighted clause features, cosine, MATCH_THRESHOLD).

The fact grouping can miss a point that two outlets word differently; a question that
says "only X reports this" or "Y does not report this" must not rest on such a miss.
So those questions require the best clause-to-clause cosine to stay clearly below the
grouping threshold (SAFE_RATIO of it), not just below it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.compare.facts import MATCH_THRESHOLD, clause_weights, is_heading, sentence_features
from quizgen.compare.text import clause_groups
from quizgen.generate.context import Context
from quizgen.models import ArticleAnalysis

# "Clearly below the threshold": a sentence this close to another article's sentence
# may report the same point in other words, so it is not safe to call it missing there.
SAFE_RATIO = 0.6
SAFE_SIMILARITY = MATCH_THRESHOLD * SAFE_RATIO
# A feature shared by more clauses than this weighs little; it does not look up candidates
# (this bound keeps each look-up near-constant as articles are added).
MAX_LOOKUP_POSTING = 40
# One shared word ("street") is a coincidence, not a point reported twice.
MIN_SHARED_KEYS = 2


@dataclass
class _Clause:
    article: str
    sentence: str
    weights: dict[str, float]
    norm: float


class Nearness:
    """Clause vectors of every sentence, with an inverted index (feature -> clauses)."""

    def __init__(self, analyses: list[ArticleAnalysis]):
        features = sentence_features(analyses)
        df: dict[str, int] = defaultdict(int)
        for article in features:
            for sent in article:
                for key in sent.keys:
                    df[key] += 1
        total = sum(len(a) for a in features) or 1
        self._clauses: list[_Clause] = []
        self._by_sentence: dict[str, list[int]] = defaultdict(list)
        self._postings: dict[str, list[int]] = defaultdict(list)
        for analysis, article in zip(analyses, features):
            for sent, feats in zip(analysis.sentences, article):
                for clause in clause_groups(feats.tokens, sent.text):
                    keyed = [t for t in clause if t.key]
                    if sum(t.in_source for t in keyed) * 2 >= len(keyed):
                        continue  # "..., union leader Sara Voss said": who speaks, not what is said
                    weights = clause_weights(clause, df, total)
                    norm = math.sqrt(sum(w * w for w in weights.values()))
                    if not norm:
                        continue
                    n = len(self._clauses)
                    self._clauses.append(_Clause(analysis.article.id, sent.id, weights, norm))
                    self._by_sentence[sent.id].append(n)
                    if not is_heading(sent.text):
                        for key in weights:
                            self._postings[key].append(n)

    def _scores(self, sentence_id: str) -> Iterator[tuple[_Clause, float]]:
        """(clause of another sentence sharing at least MIN_SHARED_KEYS features, cosine)."""
        for n in self._by_sentence.get(sentence_id, []):
            mine = self._clauses[n]
            seen: set[int] = set()
            for key in mine.weights:
                posting = self._postings.get(key, [])
                if len(posting) > MAX_LOOKUP_POSTING:
                    continue
                for m in posting:
                    other = self._clauses[m]
                    if m in seen or other.sentence == sentence_id:
                        continue
                    seen.add(m)
                    if sum(1 for k in mine.weights if k in other.weights) >= MIN_SHARED_KEYS:
                        yield other, _cosine(mine, other)

    def best_per_article(self, sentence_id: str) -> dict[str, float]:
        """Other article id -> the best cosine between a clause of this sentence and a
        clause of that article sharing at least MIN_SHARED_KEYS features with it."""
        article = self._clauses[self._by_sentence[sentence_id][0]].article if self._by_sentence.get(sentence_id) else ""
        best: dict[str, float] = {}
        for other, score in self._scores(sentence_id):
            if other.article != article and score > best.get(other.article, 0.0):
                best[other.article] = score
        return best

    def close_in_article(self, sentence_id: str) -> set[str]:
        """Other sentences of the same article at or above MATCH_THRESHOLD: the article may
        make the point twice ("team members said it tipped" ... the CEO: "we're tipped over").
        One article repeats its topic's words from sentence to sentence, so the bar is the
        grouping's own, not the lower one used across articles."""
        mine = self._by_sentence.get(sentence_id)
        if not mine:
            return set()
        article = self._clauses[mine[0]].article
        return {other.sentence for other, score in self._scores(sentence_id)
                if other.article == article and score >= MATCH_THRESHOLD}

    def close_sentences(self, sentence_id: str) -> set[str]:
        """Sentences of other articles at or above SAFE_SIMILARITY: maybe the same point."""
        mine = self._by_sentence.get(sentence_id)
        if not mine:
            return set()
        article = self._clauses[mine[0]].article
        return {other.sentence for other, score in self._scores(sentence_id)
                if other.article != article and score >= SAFE_SIMILARITY}

    def close_articles(self, sentence_id: str, limit: float | None = None) -> set[str]:
        """Other articles holding a sentence at or above `limit` (SAFE_SIMILARITY by
        default): they may report the point in other words."""
        bar = SAFE_SIMILARITY if limit is None else limit
        return {a for a, score in self.best_per_article(sentence_id).items() if score >= bar}


def _cosine(a: _Clause, b: _Clause) -> float:
    small, large = (a, b) if len(a.weights) <= len(b.weights) else (b, a)
    return sum(w * large.weights.get(k, 0.0) for k, w in small.weights.items()) / (a.norm * b.norm)


def nearness(ctx: Context) -> Nearness:
    """The quiz's Nearness, built once per generation."""
    cached = ctx.memo.get("nearness")
    if not isinstance(cached, Nearness):
        cached = ctx.memo["nearness"] = Nearness(ctx.articles)
    return cached
