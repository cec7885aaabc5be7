"""Teacher corrections: parts of the analysis a teacher marked wrong, left out of every quiz.

Each correctable item (a source, a flag, a fact, a difference) has a stable key built from
what it says, not from its position in one report: the article id, a digest of the
sentence text, the source's name. So a correction still applies after the set is
analysed again, and points at nothing (instead of at another item) when the text changed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import replace

from quizgen.compare.profiles import sourcing_profile
from quizgen.models import ArticleAnalysis, Attribution, Comparison, Discrepancy, Fact, Flag, Mention, Report

KINDS = ("source", "flag", "fact", "difference")
MAX_KEY_CHARS = 300  # the stored column's width
MAX_NAME_CHARS = 200


def _digest(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).casefold().encode()).hexdigest()[:12]


def source_name(attribution: Attribution) -> str:
    """Who the attribution credits: the full name a pronoun or acronym stands for."""
    return attribution.refers_to or attribution.source


def source_key(name: str) -> str:
    """One key per source across the set: "Mayor Dana Whitfield" in every article."""
    words = " ".join(name.split()).casefold()
    return "source:" + re.sub(r"^the ", "", words)[:MAX_NAME_CHARS]


def flag_key(article_id: str, sentence_text: str) -> str:
    return f"flag:{article_id}:{_digest(sentence_text)}"


def fact_key(fact: Fact) -> str:
    """Facts told by the same summary sentence are one fact to a reader: one key."""
    return f"fact:{_digest(fact.summary)}"


def difference_key(discrepancy: Discrepancy) -> str:
    versions = sorted({f"{m.article}:{_digest(m.text)}" for m in discrepancy.versions})
    return f"difference:{discrepancy.kind}:{_digest('|'.join(versions))}"


def _kept_attributions(analysis: ArticleAnalysis, corrections: Collection[str]) -> list[Attribution]:
    return [a for a in analysis.attributions if source_key(source_name(a)) not in corrections]


def _kept_flags(analysis: ArticleAnalysis, corrections: Collection[str]) -> list[Flag]:
    return [f for f in analysis.flags if flag_key(analysis.article.id, f.text) not in corrections]


def apply_corrections(report: Report, corrections: Collection[str]) -> Report:
    """The report without what the teacher marked wrong; `report` itself is left as it was.

    An article that lost a source or a flag has its sourcing profile counted again; a
    source difference is dropped when one of its sentences lost a source (it compared it).
    """
    if not corrections:
        return report
    articles: list[ArticleAnalysis] = []
    changed: set[str] = set()  # article ids that lost a source or a flag
    lost_source: set[str] = set()  # sentence ids whose source the teacher struck
    for analysis in report.articles:
        kept, flags = _kept_attributions(analysis, corrections), _kept_flags(analysis, corrections)
        if len(kept) < len(analysis.attributions):
            lost_source |= {a.sentence for a in analysis.attributions
                            if source_key(source_name(a)) in corrections}
        if len(kept) < len(analysis.attributions) or len(flags) < len(analysis.flags):
            changed.add(analysis.article.id)
        articles.append(replace(analysis, attributions=kept, flags=flags))
    comparison = report.comparison
    articles_by_id = {a.article.id: a for a in articles}
    profiles = [sourcing_profile(articles_by_id[p.article]) if p.article in changed else p
                for p in comparison.profiles]
    facts = [f for f in comparison.facts if fact_key(f) not in corrections]
    discrepancies = [d for d in comparison.discrepancies if difference_key(d) not in corrections
                     and not (d.kind == "source" and _touches(d.versions, lost_source))]
    corrected = Comparison(facts, discrepancies, comparison.first_reported_by, profiles,
                           [list(g) for g in comparison.event_groups])
    return Report(articles, corrected)


def _touches(mentions: list[Mention], sentence_ids: set[str]) -> bool:
    return any(m.sentence in sentence_ids for m in mentions)


def report_keys(report: Report) -> set[str]:
    """Every key a teacher can mark in this report (anything else is refused)."""
    keys = {source_key(source_name(a)) for art in report.articles for a in art.attributions}
    keys |= {flag_key(art.article.id, f.text) for art in report.articles for f in art.flags}
    keys |= {fact_key(f) for f in report.comparison.facts}
    keys |= {difference_key(d) for d in report.comparison.discrepancies}
    return keys
