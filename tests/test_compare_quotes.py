"""Quote differences between invented outlets: a replaced word is a wording discrepancy;
a cut-short or different quotation is not."""

from __future__ import annotations

import random

import pytest
from test_compare import make_analysis

from quizgen.compare import compare
from quizgen.compare.quotes import changed_words, quotes
from quizgen.models import Report

SPEAKERS = ["Mayor Ilse Varga", "Coach Dario Penn"]
QUOTE_PAIRS = [  # (one outlet's words, another's): one or two words replaced
    ("The river is free", "The river is freed"),
    ("We will rebuild the bridge by spring", "We will rebuild the bridge by summer"),
    ("Nobody in this town was warned in time", "Nobody in this town was told in time"),
]


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("first,second", QUOTE_PAIRS)
def test_a_quote_with_a_replaced_word_is_a_wording_discrepancy(speaker, first, second):
    a = make_analysis("a", [f"\u201c{first},\u201d {speaker} said on Friday."])
    b = make_analysis("b", [f"{speaker} told reporters: \"{second}.\""])
    c = make_analysis("c", [f"\"{first}\" was the first thing {speaker} wrote after the vote."])
    wording = [d for d in compare([a, b, c]).discrepancies if d.kind == "wording" and "quote" in d.topic]
    assert len(wording) == 1
    assert wording[0].details == {"a": first, "b": second, "c": first}


@pytest.mark.parametrize("first,second", [
    ("It will take time", "It will take time for that to come to fruition"),  # cut short
    ("I have made the decision that I am going to Ostrel",
     "I have taken the decision today that I'm moving to Ostrel"),  # another translation
    ("The bridge will open in May", "The school will close for good"),  # another quote
    ("The bridge will open in May", "The bridge will open in May"),  # the same
])
def test_cut_short_retranslated_other_or_equal_quotes_are_no_discrepancy(first, second):
    a = make_analysis("a", [f"\"{first},\" Mayor Ilse Varga said."])
    b = make_analysis("b", [f"Mayor Ilse Varga said: \"{second}.\""])
    assert not [d for d in compare([a, b]).discrepancies if "quote" in d.topic]


def test_quotes_and_changed_words():
    assert quotes("\u201cThe bird is free,\u201d he wrote.") == [("The bird is free,", ["the", "bird", "is", "free"])]
    assert changed_words("the bird is free".split(), "the bird is freed".split()) == 1
    assert changed_words("a b c d".split(), "a b c d e".split()) is None
    # an unclosed quote mark cannot swallow the article
    assert quotes("\"" + "word " * 200) == []


# One quotation printed with and without contractions (a style-guide choice, not the speaker's)
CONTRACTED = [
    ("we're", "we are"), ("don't", "do not"), ("can't", "cannot"), ("won't", "will not"),
    ("it's", "it is"), ("they've", "they have"), ("I'll", "I will"), ("isn't", "is not"),
    ("that's", "that is"), ("I'm", "I am"),
]
FRAMES = [
    "{} going to find every family a home by winter",
    "Honestly {} the end of the story for this harbor",
    "After the storm {} ready to open the school again",
]


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("short,full", CONTRACTED)
@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("curly", [False, True])
def test_a_quote_spelled_with_or_without_contractions_is_one_quotation(speaker, short, full, frame, curly):
    if curly:
        short = short.replace("'", "\u2019")
    a = make_analysis("a", [f"\u201c{frame.format(short)},\u201d {speaker} said on Friday."])
    b = make_analysis("b", [f"{speaker} said: \"{frame.format(full)}.\""])
    assert not [d for d in compare([a, b]).discrepancies if "quote" in d.topic]


@pytest.mark.parametrize("short,full", CONTRACTED)
def test_a_replaced_word_beside_a_contraction_is_still_a_discrepancy(short, full):
    a = make_analysis("a", [f"\u201c{short} sure the ferry will sail on Monday,\u201d Mayor Ilse Varga said."])
    b = make_analysis("b", [f"Mayor Ilse Varga said: \"{full} sure the ferry will sail on Tuesday.\""])
    assert [d for d in compare([a, b]).discrepancies if "quote" in d.topic]



@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("first,second", QUOTE_PAIRS)
def test_a_quote_difference_is_explained_as_a_quote_not_as_stronger_words(speaker, first, second):
    from quizgen.generate.coverage import QUOTE_NOTE, _kind_note
    from quizgen.generate.context import Context

    a = make_analysis("a", [f"\u201c{first},\u201d {speaker} said on Friday."])
    b = make_analysis("b", [f"{speaker} told reporters: \"{second}.\""])
    report = Report(articles=[a, b], comparison=compare([a, b]))
    disc = next(d for d in report.comparison.discrepancies if "quote" in d.topic)
    assert disc.difference == "quote"
    assert _kind_note(Context(report, random.Random(0)), disc, disc.versions).startswith(QUOTE_NOTE)


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("short, long", [
    ("The situation is dire", "I am just trying to be honest with everybody and say that the situation does look dire"),
    ("The river is free", "After ten long years of work by all of us the river finally is free again"),
    ("We will rebuild", "Whatever the council decides next week, we are going to rebuild every single house"),
])
def test_a_short_quote_beside_a_much_longer_remark_is_no_quote_difference(speaker, short, long):
    # the short one may be another remark of the same briefing, not the long one reworded
    a = make_analysis("a", [f"\u201c{short},\u201d {speaker} said on Friday."])
    b = make_analysis("b", [f"{speaker} told reporters: \"{long}.\""])
    assert not [d for d in compare([a, b]).discrepancies if "quote" in d.topic]


# One quotation printed in two house styles: possessives, honorific stops, serial commas
STYLED = [("Ms Varga's plan for the harbor and the school must now go ahead",
           "Ms. Varga' plan for the harbor, and the school must now go ahead"),
          ("The verdicts reflect Mr Penn's culpability in this fraud and he must face sentencing",
           "The verdicts reflect Mr. Penn\u2019s culpability in this fraud, and he must face sentencing"),
          ("The council's vote and the mayor's veto came on one day",
           "The council\u2019 vote, and the mayor' veto came on one day"),
          # British and American spelling (Skilling, r58: "your honour ... can't" / "your honor ... can\u2019t")
          ("Your honour, I can't tell you how sorry I am about the centre", "Your honor, I can\u2019t tell you how sorry "
           "I am about the center"),
          ("We realised the neighbours' harbour was organised badly", "We realized the neighbors' harbor was organized "
           "badly")]


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("first,second", STYLED)
def test_a_quote_differing_only_in_house_style_is_one_quotation(speaker, first, second):
    """'Ms Holmes's culpability ... fraud and she' / 'Ms. Holmes' culpability ... fraud, and she'."""
    a = make_analysis("a", [f"\u201c{first},\u201d {speaker} said on Friday."])
    b = make_analysis("b", [f"{speaker} said: \"{second}.\""])
    assert not [d for d in compare([a, b]).discrepancies if "quote" in d.topic]
