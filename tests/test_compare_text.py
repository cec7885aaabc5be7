"""Sentence features for matching: tokens, synonyms, numbers, clauses (with hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizgen.compare.facts import is_heading
from quizgen.compare.figures import figures
from quizgen.compare.text import (
    clause_groups,
    features_of,
    fold_demonyms,
    number_value,
    tokenize,
)


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text) if t.key]


def test_paraphrased_news_verbs_share_a_key():
    assert keys("buying rockets") == keys("purchasing rockets") == keys("acquired rockets")
    assert keys("the drones") == keys("the UAVs")


def test_function_words_and_reporting_verbs_are_ignored():
    assert keys("the official said that it was, according to them") == ["offici"]


def test_numbers_become_values_with_their_scale():
    assert keys("16,000 cases") == ["#16000", "case"]
    assert keys("a $500 million deal") == ["#500000000", "#$million", "agreement"]
    assert keys("nine members") == ["#9", "member"]


def test_synonyms_do_not_apply_inside_names():
    assert keys("prices lower this year") == ["price", "shorten"]
    assert "shorten" not in keys("residents of Lower Harlow")


def test_demonyms_fold_into_the_country_when_it_occurs():
    feats = [features_of("Iranian drones"), features_of("drones from Iran")]
    fold_demonyms(feats)
    assert feats[0].keys == feats[1].keys == {"iran", "drone"}
    lone = [features_of("Iranian drones")]
    fold_demonyms(lone)
    assert "iranian" in lone[0].keys


def test_clauses_split_at_commas_but_not_inside_numbers():
    text = "About 16,000 cases were counted in Ostrel, a city official said, an indication the fever is spreading fast."
    groups = clause_groups(tokenize(text), text)
    assert " ".join(t.text for t in groups[0]) == "About 16,000 cases were counted in Ostrel"
    assert len(groups) == 2


def test_headings_are_recognised():
    assert is_heading("North Ostrel Floods")
    assert is_heading("Iranian Drones Supporting Russia")
    assert not is_heading("The Tarvin River flooded the valley town of Ostrel on Friday.")


@given(st.integers(min_value=0, max_value=10**12))
def test_number_values_round_trip_with_thousands_separators(n):
    assert number_value(f"{n:,}") == n
    assert number_value(f"${n:,}") == n


@given(st.integers(min_value=2101, max_value=10**9), st.sampled_from(["about", "more than", "nearly", "at least"]))
def test_figures_read_any_count_with_its_qualifier(n, qualifier):
    (figure,) = figures(f"Officials counted {qualifier} {n:,} residents in the valley.")
    assert (figure.qualifier, figure.value, figure.phrase) == (qualifier, n, f"{qualifier} {n:,} residents")


@given(st.text(max_size=300))
def test_tokens_point_into_the_text_and_clauses_keep_every_token(text):
    tokens = tokenize(text)
    normalized = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                               "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
    for token in tokens:
        assert normalized[token.start:token.end] == token.text
    groups = clause_groups(tokens, text)
    assert [t for g in groups for t in g] == tokens
