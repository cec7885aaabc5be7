"""Helpers for the web tests: invented articles and quiz, users, joining, CSRF tokens."""

from __future__ import annotations

import json
import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from quizgen.models import Choice, Evidence, Question, QuizArticle
from quizgen.models import Quiz as QuizDoc
from quizgen.web.auth import password_hasher
from quizgen.web.extensions import db
from quizgen.web.models import ArticleSet, Quiz, SetArticle, Teacher

PASSWORD = "a long test password"

# Two short invented articles (invented town, invented outlets) used across tests.
ARTICLE_A = (
    "Flooding closed the Esker Bridge in Tollbrook on Monday, Mayor Dana Whitfield said.\n\n"
    "About 300 homes lost power, according to Tollbrook Electric. A city official who was not "
    "authorized to speak publicly said the bridge could stay closed for weeks.\n\n"
    "Repairs will likely cost more than $2 million."
)
ARTICLE_B = (
    "The Esker Bridge in Tollbrook was closed on Monday after the Linden River flooded, the "
    "Tollbrook Herald first reported.\n\n"
    "Around 450 homes were without power, a spokesperson for Tollbrook Electric said. The city "
    "reportedly ignored an engineer's warning about the bridge last year."
)


_HASH_CACHE: dict[str, str] = {}


def make_teacher(app: Flask, email: str) -> int:
    """A teacher row (hashing once per test session: argon2 is slow on purpose)."""
    if PASSWORD not in _HASH_CACHE:
        _HASH_CACHE[PASSWORD] = password_hasher.hash(PASSWORD)
    with app.app_context():
        teacher = Teacher(email=email, password_hash=_HASH_CACHE[PASSWORD])
        db.session.add(teacher)
        db.session.commit()
        return teacher.id


def log_in(client: FlaskClient, teacher_id: int) -> None:
    """Log a teacher in through Flask-Login's session keys (the login form is tested in test_web_auth)."""
    with client.application.app_context():
        user_id = db.session.get(Teacher, teacher_id).get_id()  # "id:session token"
    with client.session_transaction() as session:
        session["_user_id"] = user_id
        session["_fresh"] = True


def make_set(app: Flask, teacher_id: int | None, bodies: tuple[str, ...] = (ARTICLE_A, ARTICLE_B)) -> int:
    with app.app_context():
        article_set = ArticleSet(teacher_id=teacher_id, title="Esker Bridge flood")
        for position, body in enumerate(bodies):
            outlet = ["Tollbrook Herald", "River Valley News", "Third Outlet"][position % 3]
            article_set.articles.append(SetArticle(position=position, outlet=outlet, body=body))
        db.session.add(article_set)
        db.session.commit()
        return article_set.id


def _span(body: str, sentence: str) -> tuple[int, int]:
    start = body.index(sentence)
    return start, start + len(sentence)


def sample_quiz_doc() -> QuizDoc:
    """A fixed quiz with one question of each auto-graded type and an open response."""
    sentence = "A city official who was not authorized to speak publicly said the bridge could stay closed for weeks."
    start, end = _span(ARTICLE_A, sentence)
    evidence = [Evidence("herald", "herald.s3", sentence, start, end)]
    a_b = [Choice("a", "Mayor Dana Whitfield"), Choice("b", "an unnamed city official"),
           Choice("c", "Tollbrook Electric")]
    questions = [
        Question("q1", "find_source", "multiple_choice", "t", 1, "Who says the bridge could stay closed?",
                 a_b, ["b"], "The sentence cites an official who is not named.", evidence),
        Question("q2", "spot_unverified", "multiple_select", "t", 2, "Which claims rest on no named source?",
                 [Choice("a", "closed for weeks"), Choice("b", "300 homes lost power"), Choice("c", "cost $2 million")],
                 ["a", "c"], "Both rest on no named source.", evidence),
        Question("q3", "spot_unverified", "true_false", "t", 1, "The repair cost is stated as certain.",
                 [Choice("a", "True"), Choice("b", "False")], ["b"], "“Likely” hedges it.", []),
        Question("q4", "compare_coverage", "matching", "t", 2, "Match each outlet with its power-cut figure.",
                 [Choice("a", "Tollbrook Herald", "left"), Choice("b", "River Valley News", "left"),
                  Choice("c", "300 homes", "right"), Choice("d", "450 homes", "right")],
                 [["a", "c"], ["b", "d"]], "The outlets differ.", []),
        Question("q5", "compare_coverage", "ordering", "t", 3, "Order the figures from lowest to highest.",
                 [Choice("a", "450"), Choice("b", "300")], ["b", "a"], "300 < 450.", []),
        Question("q6", "find_source", "short_answer", "t", 2, "Which outlet first reported the closure?",
                 [], ["Tollbrook Herald"], "River Valley News credits it.", []),
        Question("q7", "spot_unverified", "open_response", "t", 3, "What would you check before sharing?",
                 [], ["The official's claim about weeks of closure."], "Anonymous claims need checking.", []),
    ]
    articles = [QuizArticle("herald", "Tollbrook Herald", None, ARTICLE_A),
                QuizArticle("rvn", "River Valley News", None, ARTICLE_B)]
    return QuizDoc(seed=1, articles=articles, questions=questions, title="Esker Bridge quiz")


def make_quiz(app: Flask, teacher_id: int | None, *, state: str = "open", mode: str = "practice",
              code: str | None = "ABCDEF", set_id: int | None = None) -> int:
    with app.app_context():
        quiz = Quiz(teacher_id=teacher_id, set_id=set_id, title="Esker Bridge quiz", state=state, mode=mode,
                    class_code=code, skills="find_source,spot_unverified,compare_coverage", seed=1)
        quiz.doc = sample_quiz_doc()
        db.session.add(quiz)
        db.session.commit()
        return quiz.id


# Right answers for `sample_quiz_doc`, as the play form posts them.
RIGHT_ANSWERS: dict[int, dict[str, Any]] = {
    1: {"choice": "b"},
    2: {"choice": ["a", "c"]},
    3: {"choice": "b"},
    4: {"match-a": "c", "match-b": "d"},
    5: {"order-a": "2", "order-b": "1"},
    6: {"text": "  tollbrook herald. "},
    7: {"text": "Ask the city."},
}


def join(client: FlaskClient, code: str = "ABCDEF", nickname: str = "Robin") -> None:
    response = client.post("/join", data={"code": code, "nickname": nickname})
    assert response.status_code == 302, response.data[:800]


def csrf_token(html: bytes) -> str:
    match = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', html) or \
        re.search(rb'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1).decode()


def quiz_json(app: Flask, quiz_id: int) -> dict[str, Any]:
    with app.app_context():
        return json.loads(db.session.get(Quiz, quiz_id).quiz_json)
