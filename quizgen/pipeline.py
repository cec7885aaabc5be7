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
