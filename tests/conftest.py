"""Shared test helpers: where ../shared lives, and skipping cleanly without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed (speed lives in benchmarks/): no per-example
# deadline, which a loaded CI machine would turn into flaky failures.
settings.register_profile("quizgen", deadline=None)
settings.load_profile("quizgen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture
def corpus_clusters() -> list[Path]:
    """The gold-annotated clusters of ../shared/corpus; skips when they are absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the evaluation corpus ships beside the repo, not in it")
    return sorted(p for p in CORPUS.iterdir() if (p / "cluster.gold.json").is_file())
