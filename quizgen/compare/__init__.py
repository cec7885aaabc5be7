"""compare: several ArticleAnalysis -> Comparison (facts, discrepancies, scoop, profiles)."""

from __future__ import annotations

from quizgen.models import ArticleAnalysis, Comparison


def compare(analyses: list[ArticleAnalysis]) -> Comparison:
    return Comparison()
