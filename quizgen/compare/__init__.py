"""compare: several ArticleAnalysis -> Comparison (facts, discrepancies, scoop, profiles)."""

from __future__ import annotations

from quizgen.compare.discrepancies import find_discrepancies
from quizgen.compare.facts import align, facts_from, sentence_features
from quizgen.models import ArticleAnalysis, Comparison


def compare(analyses: list[ArticleAnalysis]) -> Comparison:
    features = sentence_features(analyses)
    groups = facts_from(analyses, align(analyses, features))
    return Comparison(facts=[g.fact for g in groups], discrepancies=find_discrepancies(analyses, groups))
