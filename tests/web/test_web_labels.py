"""Wording: articles without an outlet read "Article 1" everywhere, counts are pluralised."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select
from webhelpers import ARTICLE_A, ARTICLE_B, RIGHT_ANSWERS, join, make_quiz

from quizgen.web.extensions import db
from quizgen.web.models import ArticleSet, Quiz
from quizgen.web.text import counted


def visible_text(html: bytes) -> str:
    """The page's text as a reader sees it: no tags, attributes or script."""
    return re.sub(r"<[^>]+>", " ", html.decode())


@pytest.mark.parametrize(("count", "expected"), [(0, "0 students"), (1, "1 student"), (2, "2 students")])
def test_counted(count, expected):
    assert counted(count, "student") == expected


def test_counted_with_an_irregular_plural():
    assert counted(1, "analysis", "analyses") == "1 analysis" and counted(3, "analysis", "analyses") == "3 analyses"


def test_results_and_quiz_pages_say_1_student(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    student = app.test_client()
    join(student)
    student.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    results = visible_text(client.get(f"/teacher/quizzes/{quiz_id}/results").data)
    assert "1 student joined" in results and "1 students" not in results
    quiz_page = visible_text(client.get(f"/teacher/quizzes/{quiz_id}").data)
    assert "7 questions · 1 student" in quiz_page and "1 students" not in quiz_page


def test_articles_pasted_without_an_outlet_read_article_1_on_every_page(app, client, teacher_a):
    response = client.post("/teacher/sets/new", data={"title": "Esker Bridge", "articles-0-body": ARTICLE_A,
                                                      "articles-1-body": ARTICLE_B},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    with app.app_context():
        article_set = db.session.scalar(select(ArticleSet))
        assert [a.outlet for a in article_set.articles] == [None, None]  # nothing made up in the stored record
        set_id = article_set.id
    set_page = visible_text(client.get(f"/teacher/sets/{set_id}").data)
    assert "Article 1" in set_page and "Article 2" in set_page
    analysis = visible_text(client.get(f"/teacher/sets/{set_id}/analysis").data)
    assert "Article 1" in analysis and "Article 2" in analysis
    response = client.post(f"/teacher/sets/{set_id}/quizzes", data={
        "title": "Bridge quiz", "count": 6, "difficulty": "",
        "skills": ["find_source", "spot_unverified", "compare_coverage"]})
    assert response.status_code == 302, response.data[:500]
    quiz_id = int(response.headers["Location"].rsplit("/", 1)[1])
    quiz_page = visible_text(client.get(f"/teacher/quizzes/{quiz_id}").data)
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        assert [a.outlet for a in quiz.doc.articles] == ["Article 1", "Article 2"]
        quiz.state, quiz.class_code = "open", "ABCDEF"
        db.session.commit()
    student = app.test_client()
    join(student)
    question_page = visible_text(student.get(f"/play/{quiz_id}/1").data)
    assert "Article 1" in question_page and "Article 2" in question_page
    summary = visible_text(student.get(f"/play/{quiz_id}/summary").data)
    for page in (set_page, analysis, quiz_page, question_page, summary):
        assert not re.search(r"\barticle-\d", page)
