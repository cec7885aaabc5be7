"""quizgen.scoring: one response to one question -> right, wrong, or not auto-graded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.models import Choice, Question
from quizgen.scoring import is_correct, normalize_text, same_answer


def question(kind: str, answer: list, choices: list[Choice] | None = None) -> Question:
    return Question("q1", "find_source", kind, "t", 1, "?", choices or [], answer, "", [])


@pytest.mark.parametrize("kind, answer, response, expected", [
    ("multiple_choice", ["b"], ["b"], True),
    ("multiple_choice", ["b"], ["a"], False),
    ("multiple_choice", ["b"], ["b", "a"], False),
    ("multiple_choice", ["b"], [], False),
    ("true_false", ["a"], ["a"], True),
    ("multiple_select", ["a", "c"], ["c", "a"], True),
    ("multiple_select", ["a", "c"], ["a"], False),
    ("multiple_select", ["a", "c"], ["a", "b", "c"], False),
    ("matching", [["a", "c"], ["b", "d"]], [["b", "d"], ["a", "c"]], True),
    ("matching", [["a", "c"], ["b", "d"]], [["a", "d"], ["b", "c"]], False),
    ("matching", [["a", "c"], ["b", "d"]], [["a", "c"]], False),
    ("ordering", ["b", "a", "c"], ["b", "a", "c"], True),
    ("ordering", ["b", "a", "c"], ["a", "b", "c"], False),
    ("short_answer", ["Tollbrook Herald", "the Herald"], ["  tollbrook   HERALD."], True),
    ("short_answer", ["Tollbrook Herald"], ["Herald"], False),
    ("short_answer", ["Tollbrook Herald"], ["..."], False),
    ("open_response", ["model answer"], ["anything"], None),
])
def test_is_correct(kind, answer, response, expected):
    assert is_correct(question(kind, answer), response) is expected


def test_unknown_type_is_never_right():
    assert is_correct(question("essay_v2", ["a"]), ["a"]) is False


@given(st.text())
def test_normalize_is_idempotent_and_ignores_case_and_spacing(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert normalize_text(f"  {text.upper()}  ") == normalize_text(text.upper())
    assert "  " not in once and once == once.strip()


@given(st.lists(st.sampled_from("abcdef"), min_size=1, max_size=6, unique=True))
def test_multiple_select_ignores_order(ids):
    q = question("multiple_select", ids)
    assert is_correct(q, list(reversed(ids))) is True


@pytest.mark.parametrize("typed, accepted", [("Xinhua", "Xinhua News Agency"), ("xinhua news", "Xinhua News Agency"),
                                             ("Kelso", "Kelso News"), ("Al Jazeera", "Al Jazeera Television"),
                                             ("DW", "Deutsche Welle"), ("Associated Press", "The Associated Press")])
def test_an_outlet_typed_without_the_word_for_its_kind_is_right(typed, accepted):
    """Nepal (r44): "Xinhua News Agency" was the only accepted spelling; "Xinhua" was wrong."""
    assert same_answer(typed, accepted)


@pytest.mark.parametrize("typed, accepted", [("News", "Sky News"), ("Associated", "The Associated Press"),
                                             ("Agency", "Xinhua News Agency")])
def test_the_word_for_the_kind_of_outlet_alone_is_wrong(typed, accepted):
    assert not same_answer(typed, accepted)
