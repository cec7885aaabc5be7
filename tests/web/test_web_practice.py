"""Self-study practice: bundled samples and pasted articles, no account."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizgen.web.extensions import db
from quizgen.web.models import Quiz
from quizgen.web.samples import samples
from webhelpers import ARTICLE_A, ARTICLE_B


def test_practice_page_lists_samples(client):
    page = client.get("/practice/")
    assert page.status_code == 200
    for sample in samples():
        assert sample.title.encode() in page.data or sample.title.replace("'", "&#39;").encode() in page.data


def test_practise_on_a_sample(app, client):
    if not samples():
        pytest.skip("no bundled sample set is installed (quizgen/data/samples)")
    response = client.post(f"/practice/samples/{samples()[0].name}")
    assert response.status_code == 302, response.data[-500:]
    with app.app_context():
        quiz = db.session.scalar(select(Quiz))
        assert quiz.teacher_id is None and quiz.class_code is None
        assert quiz.mode == "practice" and quiz.state == "open" and quiz.doc.questions
    page = client.get(response.headers["Location"], follow_redirects=True)
    assert page.status_code == 200 and b'id="answer-form"' in page.data
    # another browser cannot open this practice quiz
    assert app.test_client().get(response.headers["Location"]).status_code == 404


def test_practise_on_pasted_articles(app, client):
    response = client.post("/practice/paste", data={"articles-0-body": ARTICLE_A, "articles-0-outlet": "Herald",
                                                    "articles-1-body": ARTICLE_B, "articles-1-outlet": "RVN"})
    with app.app_context():
        quiz = db.session.scalar(select(Quiz))
    if quiz is None:  # nothing to ask about these two short articles: said plainly
        assert response.status_code == 400 and b'role="alert"' in response.data
    else:
        assert response.status_code == 302 and quiz.teacher_id is None


@pytest.mark.parametrize("data, message", [
    ({}, b"at least 2 articles"),
    ({"articles-0-body": ARTICLE_A}, b"at least 2 articles"),
])
def test_practice_paste_needs_two_articles(app, client, data, message):
    response = client.post("/practice/paste", data=data)
    assert response.status_code == 400 and message in response.data
    with app.app_context():
        assert db.session.scalar(select(Quiz)) is None


def test_unknown_sample_goes_back_to_the_list(client):
    assert client.post("/practice/samples/no-such-set").headers["Location"] == "/practice/"
