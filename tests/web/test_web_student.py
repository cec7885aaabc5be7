"""Students: join, answer every question type, idempotent saving, feedback, summary, access."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from quizgen.web.extensions import db
from quizgen.web.models import Answer, Participant, Quiz
from webhelpers import RIGHT_ANSWERS, join, make_quiz


def _answers(app) -> list[tuple[str, bool | None]]:
    with app.app_context():
        return [(a.question_id, a.correct) for a in db.session.scalars(select(Answer).order_by(Answer.id))]


def test_join_with_code_any_case_and_spaces(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    response = client.post("/join", data={"code": " abc def ", "nickname": "  Robin   Hood "})
    assert response.status_code == 302 and response.headers["Location"] == f"/play/{quiz_id}"
    with app.app_context():
        assert db.session.scalar(select(Participant.nickname)) == "Robin Hood"
    page = client.get(f"/play/{quiz_id}", follow_redirects=True)
    assert page.request.path == f"/play/{quiz_id}/1" and b"Who says the bridge could stay closed?" in page.data


def test_join_link_prefills_the_code(client):
    page = client.get("/join/abcdef")
    assert b'value="ABCDEF"' in page.data


@pytest.mark.parametrize("state", ["draft", "closed"])
def test_cannot_join_unknown_draft_or_closed_quiz(app, client, teacher_a, state):
    make_quiz(app, teacher_a, state=state)
    for code in ("ZZZZZZ", "ABCDEF"):
        response = client.post("/join", data={"code": code, "nickname": "Robin"})
        assert response.status_code == 404 and b"No open quiz has this code" in response.data
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Participant)) == 0


def test_nickname_taken_in_the_same_quiz(app, teacher_a):
    make_quiz(app, teacher_a)
    join(app.test_client(), nickname="Robin")
    response = app.test_client().post("/join", data={"code": "ABCDEF", "nickname": "Robin"})
    assert response.status_code == 409 and b"already uses this nickname" in response.data


def test_rejoining_from_the_same_browser_resumes(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    response = client.post("/join", data={"code": "ABCDEF", "nickname": "Someone else"})
    assert response.headers["Location"] == f"/play/{quiz_id}"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Participant)) == 1
    # progress survives a reload: the quiz continues at the first unanswered question
    assert client.get(f"/play/{quiz_id}").headers["Location"] == f"/play/{quiz_id}/2"


def test_every_question_type_scores_right_answers(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    for number, data in RIGHT_ANSWERS.items():
        response = client.post(f"/play/{quiz_id}/{number}", data=data)
        assert response.status_code == 302, (number, response.data[-600:])
    assert _answers(app) == [("q1", True), ("q2", True), ("q3", True), ("q4", True), ("q5", True), ("q6", True),
                             ("q7", None)]
    assert client.get(f"/play/{quiz_id}").headers["Location"] == f"/play/{quiz_id}/summary"
    summary = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert "Score per skill" in summary and "2 of 2" in summary  # find_source: q1 and q6


@pytest.mark.parametrize("number, data", [
    (1, {"choice": "zz"}), (1, {}), (2, {}), (4, {"match-a": "c"}), (5, {"order-a": "1", "order-b": "1"}),
    (5, {"order-a": "x", "order-b": "1"}), (6, {"text": "   "}), (7, {"text": "x" * 3000}),
])
def test_invalid_answers_are_explained_and_not_saved(app, client, teacher_a, number, data):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    response = client.post(f"/play/{quiz_id}/{number}", data=data)
    assert response.status_code == 400 and b'id="answer-error"' in response.data
    assert _answers(app) == []


def test_resubmitting_never_duplicates_and_first_answer_stands(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    for data in (RIGHT_ANSWERS[1], RIGHT_ANSWERS[1], {"choice": "a"}):
        assert client.post(f"/play/{quiz_id}/1", data=data).status_code == 302
    assert _answers(app) == [("q1", True)]


def test_practice_mode_shows_evidence_and_explanation(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="practice")
    join(client)
    before = client.get(f"/play/{quiz_id}/1").data.decode()
    assert 'class="evidence"' not in before and "not named" not in before
    response = client.post(f"/play/{quiz_id}/1", data={"choice": "a"})
    assert response.headers["Location"] == f"/play/{quiz_id}/1#feedback"
    after = client.get(f"/play/{quiz_id}/1").data.decode()
    assert "Not quite" in after and "The sentence cites an official who is not named." in after
    assert '<mark id="evidence" class="evidence">A city official who was not authorized' in after


def test_assessment_mode_hides_feedback_until_finish(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="assessment")
    join(client)
    response = client.post(f"/play/{quiz_id}/1", data={"choice": "a"})
    assert response.headers["Location"] == f"/play/{quiz_id}"
    page = client.get(f"/play/{quiz_id}/1").data.decode()
    assert "Feedback comes at the end" in page and "not named" not in page and 'class="evidence"' not in page
    summary = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert "Score per skill" not in summary and "Finish and see my results" in summary
    client.post(f"/play/{quiz_id}/finish", data={"finish-anyway": "yes"})  # six questions left unanswered
    summary = client.get(f"/play/{quiz_id}/summary").data.decode()
    # finished: the score, but no key while the quiz is open (the next nickname could use it)
    assert "Score per skill" in summary and "appear here when your teacher closes the quiz" in summary
    for secret in ("The sentence cites an official who is not named.", "The answer:", 'class="state-wrong"', 'class="state-right"',
                   "an unnamed city official", 'class="evidence-quote"'):
        assert secret not in summary, secret
    with app.app_context():
        db.session.get(Quiz, quiz_id).state = "closed"
        db.session.commit()
    summary = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert "The sentence cites an official who is not named." in summary and 'class="state-wrong">wrong<' in summary
    assert "The answer: an unnamed city official" in summary


def test_closed_quiz_refuses_new_answers(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    with app.app_context():
        db.session.get(Quiz, quiz_id).state = "closed"
        db.session.commit()
    response = client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    assert response.status_code == 400 and b"closed" in response.data
    assert _answers(app) == []


def test_students_see_only_their_quiz_and_their_answers(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    other_quiz = make_quiz(app, teacher_a, code="GHJKMN")
    robin, sam, stranger = app.test_client(), app.test_client(), app.test_client()
    join(robin, nickname="Robin")
    join(sam, nickname="Sam")
    robin.post(f"/play/{quiz_id}/6", data={"text": "Robin's secret answer"})
    sam_page = sam.get(f"/play/{quiz_id}/6").data.decode()
    assert "secret answer" not in sam_page and "Robin" not in sam_page
    assert "secret answer" not in sam.get(f"/play/{quiz_id}/summary").data.decode()
    for path in (f"/play/{other_quiz}", f"/play/{other_quiz}/1", f"/play/{other_quiz}/summary"):
        assert robin.get(path).status_code == 404, path
    assert robin.post(f"/play/{other_quiz}/1", data=RIGHT_ANSWERS[1]).status_code == 404
    for path in (f"/play/{quiz_id}", f"/play/{quiz_id}/1", f"/play/{quiz_id}/summary"):
        assert stranger.get(path).status_code == 404, path
    assert robin.get(f"/play/{quiz_id}/99").status_code == 404
    assert robin.get(f"/teacher/quizzes/{quiz_id}/results").status_code == 302  # to the teacher login


@pytest.mark.app_config(RATELIMIT_ENABLED=True)
def test_class_code_guessing_is_rate_limited_but_joins_are_not(app, teacher_a):
    make_quiz(app, teacher_a)
    for n in range(12):  # a whole class joining from one address is never blocked
        join(app.test_client(), nickname=f"Student {n}")
    guesser = app.test_client()
    statuses = [guesser.post("/join", data={"code": f"WRONG{n}", "nickname": "x"}).status_code for n in range(11)]
    assert statuses[:10] == [404] * 10 and statuses[10] == 429
    # even the right code is refused while the address is blocked
    assert guesser.post("/join", data={"code": "ABCDEF", "nickname": "late"}).status_code == 429


def test_after_finishing_no_new_answers(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="assessment")
    join(client)
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    client.post(f"/play/{quiz_id}/finish", data={"finish-anyway": "yes"})
    response = client.post(f"/play/{quiz_id}/2", data=RIGHT_ANSWERS[2])
    assert response.status_code == 400 and b"You finished this quiz" in response.data
    assert _answers(app) == [("q1", True)]


def test_practice_summary_keeps_unanswered_questions_secret(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="practice")
    join(client)
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    summary = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert "The sentence cites an official who is not named." in summary  # q1 answered: explained
    assert "Both rest on no named source." not in summary  # q2 not answered yet: no key


def test_lost_session_gets_a_message_saying_what_to_do(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    response = client.get(f"/play/{quiz_id}/1")
    assert response.status_code == 404 and b"Join it with the class code" in response.data
