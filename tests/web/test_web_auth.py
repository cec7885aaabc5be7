"""Teacher sign-up, log-in, log-out, login protection and rate limits."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizgen.web.extensions import db
from quizgen.web.models import Teacher
from webhelpers import PASSWORD, make_teacher


def test_signup_creates_an_argon2_account_and_logs_in(app, client):
    response = client.post("/auth/signup", data={"email": " New@School.example ", "password": PASSWORD,
                                                 "confirm": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"].endswith("/teacher/")
    with app.app_context():
        teacher = db.session.scalar(select(Teacher))
        assert teacher.email == "new@school.example"
        assert teacher.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert client.get("/teacher/").status_code == 200


@pytest.mark.parametrize("data, message", [
    ({"email": "x@school.example", "password": "short", "confirm": "short"}, b"needs 10 to 200 characters"),
    ({"email": "x@school.example", "password": PASSWORD, "confirm": PASSWORD + "x"}, b"passwords differ"),
    ({"email": "not-an-email", "password": PASSWORD, "confirm": PASSWORD}, b"Enter an email address"),
])
def test_signup_rejects_bad_input(app, client, data, message):
    response = client.post("/auth/signup", data=data)
    assert response.status_code == 200 and message in response.data
    with app.app_context():
        assert db.session.scalar(select(Teacher)) is None


def _sign_up(client, email: str, password: str):
    return client.post("/auth/signup", data={"email": email, "password": password, "confirm": password})


def test_signup_answers_alike_for_known_and_new_addresses(app):
    make_teacher(app, "a@school.example")
    other_password = "another long password"
    known, new = app.test_client(), app.test_client()
    known_response, new_response = _sign_up(known, "a@school.example", other_password), \
        _sign_up(new, "new@school.example", other_password)
    assert (known_response.status_code, known_response.headers["Location"], known_response.data) == \
        (new_response.status_code, new_response.headers["Location"], new_response.data)
    assert b"exists" not in known.get("/auth/signup").data
    # the known address keeps its account and password: the stranger is not logged in
    assert known.get("/teacher/").status_code == 302 and new.get("/teacher/").status_code == 200
    with app.app_context():
        assert sorted(db.session.scalars(select(Teacher.email))) == ["a@school.example", "new@school.example"]
    # with the account's own password, signing up again simply logs in
    owner = app.test_client()
    _sign_up(owner, "a@school.example", PASSWORD)
    assert owner.get("/teacher/").status_code == 200


def test_login_wrong_password_and_unknown_email(app, client):
    make_teacher(app, "a@school.example")
    for email, password in [("a@school.example", "wrong password!"), ("nobody@school.example", PASSWORD)]:
        response = client.post("/auth/login", data={"email": email, "password": password})
        assert response.status_code == 200 and b"Wrong email or password" in response.data
    assert client.get("/teacher/").status_code == 302


def test_login_follows_only_local_next(app, client):
    make_teacher(app, "a@school.example")
    data = {"email": "a@school.example", "password": PASSWORD}
    assert client.post("/auth/login?next=//evil.example/x", data=data).headers["Location"].endswith("/teacher/")
    client.post("/auth/logout")
    assert client.post("/auth/login?next=/teacher/sets/new", data=data).headers["Location"] == "/teacher/sets/new"


def test_logout_needs_post(client, teacher_a):
    assert client.get("/auth/logout").status_code == 405
    assert client.post("/auth/logout").status_code == 302
    assert client.get("/teacher/").status_code == 302


def test_teacher_pages_redirect_to_login(client):
    response = client.get("/teacher/sets/new")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


@pytest.mark.app_config(RATELIMIT_ENABLED=True)
def test_login_is_rate_limited(app, client):
    # an incomplete form still counts (and skips the slow hash)
    statuses = [client.post("/auth/login", data={"email": "a@school.example"}).status_code for _ in range(12)]
    assert statuses[:10] == [200] * 10
    assert statuses[10:] == [429, 429]
