"""parse_response: any posted form gives a well-formed answer or a message, never an exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from quizgen.scoring import is_correct
from quizgen.web.student.play import parse_response
from webhelpers import sample_quiz_doc

QUESTIONS = sample_quiz_doc().questions
KEYS = st.sampled_from(["choice", "text", "match-a", "match-b", "order-a", "order-b", "other"])
VALUES = st.one_of(st.sampled_from(["a", "b", "c", "d", "1", "2", "0", "-1", ""]), st.text(max_size=30))


@given(st.sampled_from(QUESTIONS), st.lists(st.tuples(KEYS, VALUES), max_size=8))
def test_any_form_parses_or_explains(question, pairs):
    response, message = parse_response(question, MultiDict(pairs))
    if response is None:
        assert message
        return
    assert message == ""
    ids = {c.id for c in question.choices}
    if question.type in ("multiple_choice", "true_false", "multiple_select", "ordering"):
        assert set(response) <= ids
    if question.type == "ordering":
        assert sorted(response) == sorted(ids)
    if question.type == "matching":
        assert all(left in ids and right in ids for left, right in response)
    if question.type in ("short_answer", "open_response"):
        assert len(response) == 1 and response[0].strip() == response[0] and response[0]
    assert is_correct(question, response) in (True, False, None)
