"""compare: several ArticleAnalysis -> Comparison (facts, discrepancies, scoop, profiles).

`compare` is the only entry point the rest of quizgen needs; the submodules hold the
parts: `text` (features), `event` (same event?), `facts` (alignment), `discrepancies`
and `numbers` (with `measures`), `scoop`, `profiles`.
"""

from __future__ import annotations

from quizgen.compare.discrepancies import find_discrepancies
from quizgen.compare.event import event_groups
from quizgen.compare.facts import (
    align,
    facts_from,
    facts_from_differences,
    sentence_features,
)
from quizgen.compare.profiles import sourcing_profile
from quizgen.compare.scoop import first_reported_by
from quizgen.compare.text import SentenceFeatures
from quizgen.models import ArticleAnalysis, Comparison, Discrepancy, Fact


def compare(analyses: list[ArticleAnalysis]) -> Comparison:
    """Facts shared across articles, how they differ, who broke the story, sourcing.

    Articles about different events are compared only within their own event group.
    """
    features = sentence_features(analyses)
    groups = event_groups(features) if analyses else []
    facts: list[Fact] = []
    discrepancies: list[Discrepancy] = []
    for group in groups:
        if len(group) < 2:
            continue
        members = [analyses[i] for i in group]
        found_facts, found_discrepancies = _facts_and_discrepancies(members, [features[i] for i in group])
        facts += found_facts
        discrepancies += found_discrepancies
    for n, fact in enumerate(facts, start=1):
        fact.id = f"f{n}"
    for n, discrepancy in enumerate(discrepancies, start=1):
        discrepancy.id = f"d{n}"
    return Comparison(facts=facts, discrepancies=discrepancies,
                      first_reported_by=first_reported_by(analyses),
                      profiles=[sourcing_profile(a) for a in analyses],
                      event_groups=[[analyses[i].article.id for i in g] for g in groups])


def _facts_and_discrepancies(analyses: list[ArticleAnalysis], features: list[list[SentenceFeatures]]
                             ) -> tuple[list[Fact], list[Discrepancy]]:
    alignment = align(analyses, features)
    groups = facts_from(analyses, alignment)
    discrepancies = find_discrepancies(analyses, groups, alignment.sentence_weights)
    return facts_from_differences([g.fact for g in groups], discrepancies), discrepancies
