"""How close a vote was: a tally in one article, a margin word in another (compare.margins).

Invented bodies, motions and outlets; templates x fillers, with negative cases."""

from __future__ import annotations

import pytest
from test_compare import make_analysis

from quizgen.compare import compare

BODIES = [("Brennock County school board", "the four-day week plan"),
          ("Ostrel city council", "the new ferry budget"),
          ("Kessel assembly", "the harbour tax")]
TALLIES = ["voted 5-2 on Tuesday to approve {motion}", "approved {motion} 7 to 4 on Tuesday",
           "passed {motion} by 61 votes to 40 on Tuesday"]
MARGINS = ["narrowly approved {motion} on Tuesday", "unanimously backed {motion} on Tuesday",
           "approved {motion} by a wide margin on Tuesday"]


def _margins(first: str, second: str):
    comparison = compare([make_analysis("a", [first]), make_analysis("b", [second])])
    return [d for d in comparison.discrepancies if d.topic.startswith("how close the vote was")]


@pytest.mark.parametrize("body,motion", BODIES)
@pytest.mark.parametrize("tally", TALLIES)
@pytest.mark.parametrize("margin", MARGINS)
def test_a_tally_and_a_margin_word_for_one_vote_are_a_wording_difference(body, motion, tally, margin):
    (found,) = _margins(f"The {body} {tally.format(motion=motion)}.", f"The {body} {margin.format(motion=motion)}.")
    assert found.kind == "wording" and {v.article for v in found.versions} == {"a", "b"}
    assert found.details["b"] in margin and found.details["a"][0].isdigit()


@pytest.mark.parametrize("body,motion", BODIES)
def test_no_margin_difference_without_both_sides_or_without_a_vote(body, motion):
    tally = f"The {body} voted 5-2 on Tuesday to approve {motion}."
    # the same tally twice, a sentence giving both, a score that is no vote
    assert not _margins(tally, f"The {body} voted 5-2 to approve {motion} on Tuesday.")
    assert not _margins(tally, f"The {body} narrowly approved {motion} 5-2 on Tuesday.")
    assert not _margins(f"The {body} team won 5-2 on Tuesday.", f"The {body} team narrowly won on Tuesday.")


def test_a_margin_word_about_another_vote_is_not_paired():
    assert not _margins("The Ostrel city council voted 5-2 on Tuesday to approve the new ferry budget.",
                        "Kessel voters narrowly rejected a stadium referendum last spring.")
