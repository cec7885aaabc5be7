"""compare: several ArticleAnalysis -> Comparison (facts, discrepancies, scoop, profiles)."""

from __future__ import annotations

from quizgen.compare.facts import align, facts_from, sentence_features
from quizgen.models import ArticleAnalysis, Comparison


def compare(analyses: list[ArticleAnalysis]) -> Comparison:
    features = sentence_features(analyses)
    alignment = align(analyses, features)
    facts = facts_from(analyses, alignment)
    return Comparison(facts=facts)
