"""compare: several ArticleAnalysis -> Comparison (facts, discrepancies, scoop, profiles).

`compare` is the only entry point the rest of quizgen needs; the submodules hold the
parts: `text` (features), `facts` (alignment), `discrepancies` and `numbers`, `scoop`,
`profiles`.
"""

from __future__ import annotations

from quizgen.compare.discrepancies import find_discrepancies
from quizgen.compare.facts import (
    align,
    facts_from,
    facts_from_differences,
    sentence_features,
)
from quizgen.compare.profiles import sourcing_profile
from quizgen.compare.scoop import first_reported_by
from quizgen.models import ArticleAnalysis, Comparison


def compare(analyses: list[ArticleAnalysis]) -> Comparison:
    """Facts shared across articles, how they differ, who broke the story, sourcing."""
    alignment = align(analyses, sentence_features(analyses))
    groups = facts_from(analyses, alignment)
    discrepancies = find_discrepancies(analyses, groups, alignment.sentence_weights)
    return Comparison(facts=facts_from_differences([g.fact for g in groups], discrepancies),
                      discrepancies=discrepancies,
                      first_reported_by=first_reported_by(analyses),
                      profiles=[sourcing_profile(a) for a in analyses])
