"""Sourcing profile per article: how much it rests on each kind of source."""

from __future__ import annotations

from quizgen.models import SOURCE_TYPES, ArticleAnalysis, SourcingProfile


def sourcing_profile(analysis: ArticleAnalysis) -> SourcingProfile:
    """Counts of attributions per source type (all six keys), flagged sentences, outlets."""
    counts = dict.fromkeys(SOURCE_TYPES, 0)
    for attribution in analysis.attributions:
        if attribution.source_type in counts:
            counts[attribution.source_type] += 1
    flagged = len({flag.sentence for flag in analysis.flags})
    return SourcingProfile(article=analysis.article.id, outlet=analysis.article.outlet, source_types=counts,
                           flagged=flagged, sentences=len(analysis.sentences),
                           cited_outlets=list(analysis.cited_outlets))


def anonymous_share(profile: SourcingProfile) -> float:
    """Share of an article's attributions that are anonymous (0 when it has none)."""
    total = sum(profile.source_types.values())
    return profile.source_types.get("anonymous", 0) / total if total else 0.0
