"""With CSRF protection on (the default), every POST needs the form's token."""

from __future__ import annotations

import pytest

from webhelpers import csrf_token, make_quiz, make_teacher

pytestmark = pytest.mark.app_config(WTF_CSRF_ENABLED=True)


def test_post_without_token_is_refused(app, client):
    make_quiz(app, make_teacher(app, "a@school.example"))
    for path, data in [("/join", {"code": "ABCDEF", "nickname": "Robin"}),
                       ("/auth/login", {"email": "a@school.example", "password": "x" * 12}),
                       ("/auth/signup", {"email": "n@school.example", "password": "x" * 12, "confirm": "x" * 12}),
                       ("/practice/paste", {})]:
        response = client.post(path, data=data)
        assert response.status_code == 400 and b"form expired" in response.data, path


def test_join_and_answer_with_tokens_from_the_pages(app, client):
    quiz_id = make_quiz(app, make_teacher(app, "a@school.example"))
    token = csrf_token(client.get("/join").data)
    response = client.post("/join", data={"code": "ABCDEF", "nickname": "Robin", "csrf_token": token})
    assert response.status_code == 302
    page = client.get(f"/play/{quiz_id}/1")
    assert client.post(f"/play/{quiz_id}/1", data={"choice": "b"}).status_code == 400  # no token
    response = client.post(f"/play/{quiz_id}/1", data={"choice": "b", "csrf_token": csrf_token(page.data)})
    assert response.status_code == 302


def test_teacher_action_without_token_changes_nothing(app, client):
    from quizgen.web.extensions import db
    from quizgen.web.models import Quiz
    from webhelpers import log_in

    teacher_id = make_teacher(app, "a@school.example")
    quiz_id = make_quiz(app, teacher_id)
    log_in(client, teacher_id)
    response = client.post(f"/teacher/quizzes/{quiz_id}/delete")
    assert response.status_code == 400 and b"form expired" in response.data
    with app.app_context():
        assert db.session.get(Quiz, quiz_id) is not None
