"""The bundled sample sets (quizgen.data), with their analysis cached per process."""

from __future__ import annotations

import functools

from quizgen.data import SampleSet, sample_sets
from quizgen.ingest import read_path
from quizgen.models import Article, Report
from quizgen.pipeline import build_report, unique_ids


@functools.cache
def samples() -> tuple[SampleSet, ...]:
    return tuple(sample_sets())


def sample(name: str) -> SampleSet | None:
    return next((s for s in samples() if s.name == name), None)


def sample_articles(found: SampleSet) -> list[Article]:
    return unique_ids([read_path(p) for p in found.paths])


@functools.cache
def sample_report(name: str) -> Report:
    """Analysis of a sample set, computed on first use (shared read-only afterwards)."""
    found = sample(name)
    if found is None:
        raise KeyError(name)
    return build_report(sample_articles(found))
