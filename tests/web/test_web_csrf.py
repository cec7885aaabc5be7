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


def _counting_full_checks(monkeypatch) -> list[str]:
    from quizgen.web import csrf_tokens

    checked: list[str] = []
    full_check = csrf_tokens.validate_csrf

    def counting(data):  # type: ignore[no-untyped-def]
        checked.append(data)
        return full_check(data)

    monkeypatch.setattr(csrf_tokens, "validate_csrf", counting)
    return checked


def test_a_token_is_signed_and_checked_in_full_once_and_still_bound_to_its_session(app, monkeypatch):
    quiz_id = make_quiz(app, make_teacher(app, "a@school.example"))
    checked = _counting_full_checks(monkeypatch)
    robin, sam = app.test_client(), app.test_client()
    for browser, nickname in ((robin, "Robin"), (sam, "Sam")):
        token = csrf_token(browser.get("/join").data)
        assert browser.post("/join", data={"code": "ABCDEF", "nickname": nickname, "csrf_token": token}).status_code == 302
    pages = [csrf_token(robin.get(f"/play/{quiz_id}/{n}").data) for n in (1, 2, 1)]
    assert len(set(pages)) == 1  # one signed token for the session's value, every page
    assert csrf_token(sam.get(f"/play/{quiz_id}/1").data) != pages[0]  # another session, another token
    checked.clear()
    for number in (1, 2):
        response = robin.post(f"/play/{quiz_id}/{number}", data={"choice": "b", "csrf_token": pages[0]})
        assert response.status_code == 302
    assert checked == []  # the join already checked this token's signature
    # a token that checked out is still only good for the session it was made for
    response = sam.post(f"/play/{quiz_id}/1", data={"choice": "b", "csrf_token": pages[0]})
    assert response.status_code == 400 and b"form expired" in response.data
    tampered = pages[0][:-2] + ("AA" if not pages[0].endswith("AA") else "BB")
    response = robin.post(f"/play/{quiz_id}/3", data={"choice": "b", "csrf_token": tampered})
    assert response.status_code == 400 and checked == [tampered]


@pytest.mark.app_config(WTF_CSRF_ENABLED=True, WTF_CSRF_TIME_LIMIT=3600)
def test_tokens_that_expire_are_checked_in_full_every_time(app, client, monkeypatch):
    quiz_id = make_quiz(app, make_teacher(app, "a@school.example"))
    checked = _counting_full_checks(monkeypatch)
    token = csrf_token(client.get("/join").data)
    client.post("/join", data={"code": "ABCDEF", "nickname": "Robin", "csrf_token": token})
    token = csrf_token(client.get(f"/play/{quiz_id}/1").data)
    for number in (1, 2):
        assert client.post(f"/play/{quiz_id}/{number}", data={"choice": "b", "csrf_token": token}).status_code == 302
    assert len(checked) == 3
