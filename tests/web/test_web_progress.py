"""The question list beside each question (quizgen/web/student/progress.py)."""

from __future__ import annotations

import re

import pytest

from quizgen.models import Question
from quizgen.web.student.progress import progress_items


def _questions(n: int) -> list[Question]:
    return [Question(f"q{k}", "find_source", "multiple_choice", "t", 1, "p", [], [], "", []) for k in range(1, n + 1)]


@pytest.mark.parametrize("count, number, answered", [(15, 1, set()), (15, 7, {"q1", "q2", "q3"}),
                                                     (3, 3, {"q1", "q3"}), (1, 1, {"q1"})])
def test_each_question_is_a_link_the_current_marked_and_the_answered_ticked(count, number, answered):
    html = str(progress_items(_questions(count), number, answered))
    links = re.findall(r'<li><a href="(\d+)"( aria-current="step")? class="(done|)">(\d+)'
                       r'<span class="visually-hidden"> \((answered|not answered)\)</span></a></li>', html)
    assert len(links) == count and "".join(f"<li>{m}" for m in html.split("<li>")[1:]) == html
    for k, (href, current, done, label, state) in enumerate(links, start=1):
        assert href == label == str(k)
        assert bool(current) == (k == number)
        assert (done == "done") == (state == "answered") == (f"q{k}" in answered)


def test_the_same_list_is_built_once_and_a_new_answer_changes_it():
    questions = _questions(5)
    first = progress_items(questions, 2, {"q1"})
    assert progress_items(questions, 2, {"q1"}) is first
    assert progress_items(questions, 2, {"q1", "q2"}) != first
