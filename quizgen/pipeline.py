"""The one-way pipeline as functions: the CLI and the web app both call these."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from quizgen.analyze import analyze_article
from quizgen.compare import compare
from quizgen.ingest import read_path
from quizgen.models import Article, Report


def build_report(articles: Iterable[Article]) -> Report:
    analyses = [analyze_article(a) for a in articles]
    return Report(articles=analyses, comparison=compare(analyses))


def labelled_report(articles: list[Article]) -> Report:
    """The analysis, with "Article 2" as the outlet of an article whose outlet is unknown.

    For quizzes and pages, never for `quizgen analyze`, whose report says null. Labels are
    set after the analysis (which must not take "Article 2" for a real outlet) and before
    questions are made from it, so prompts and options read like the pages, not like file
    names.
    """
    report = build_report(articles)
    labels = {}
    for number, analysis in enumerate(report.articles, start=1):
        article = analysis.article
        article.outlet = labels[article.id] = article.outlet or f"Article {number}"
    for profile in report.comparison.profiles:
        profile.outlet = profile.outlet or labels.get(profile.article, profile.outlet)
    return report


def unique_ids(articles: list[Article]) -> list[Article]:
    """Give articles with the same id (same file stem) distinct ids: a, a-2, a-3."""
    seen: dict[str, int] = {}
    for art in articles:
        n = seen.get(art.id, 0) + 1
        seen[art.id] = n
        if n > 1:
            art.id = f"{art.id}-{n}"
    return articles


def analyze_paths(paths: Iterable[str | Path]) -> Report:
    return build_report(unique_ids([read_path(p) for p in paths]))
