"""A run-on article (no full stop, so one sentence of thousands of clauses and sources)
is compared in linear time: per-sentence work is done once per sentence, not per clause,
and tokens are matched to source spans in one sweep."""

from __future__ import annotations

import random

from guards import deadline

from quizgen.ingest import read_bytes
from quizgen.pipeline import build_report
from quizgen.settings import MAX_ARTICLE_CHARS

_CLAUSES = ("the mayor of Port Elden said the bridge would stay shut, ",
            "officials told reporters that 40 homes were flooded, ",
            "Ana Ruiz, a spokeswoman for the river authority, added that crews were on site; ",
            "according to the Harbor Gazette, the water rose by two metres - ",
            "residents said they had not been warned, ")


def _run_on(size: int) -> str:
    pick = random.Random(3)
    parts, length = [], 0
    while length < size:
        parts.append(pick.choice(_CLAUSES))
        length += len(parts[-1])
    return "Storm floods Port Elden\n\n" + "".join(parts)[:size]


def test_a_run_on_article_of_the_maximum_size_is_compared_quickly() -> None:
    long = read_bytes(_run_on(MAX_ARTICLE_CHARS - 1_000).encode(), name="long.txt")
    short = read_bytes(("Storm floods Port Elden\n\nThe mayor of Port Elden said the bridge would stay "
                        "shut. Officials said 40 homes were flooded.").encode(), name="short.txt")
    with deadline(12, "comparing a run-on article"):  # ~20 s before the fix, ~2 s now
        report = build_report([long, short])
    assert len(report.articles) == 2
