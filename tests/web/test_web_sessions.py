"""Sessions and redirects (issue 10): same-site `next` only, logging out ends every earlier
session, the session cookie is Secure over HTTPS (also behind a trusted proxy)."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from quizgen.web.auth import is_same_site_path
from quizgen.web.extensions import db
from quizgen.web.models import Teacher
from webhelpers import PASSWORD, make_teacher

LOGIN = {"email": "a@school.example", "password": PASSWORD}
EVIL_HOSTS = ["evil.example", "127.0.0.2:8080"]
# (query-string form of `next`) -> a browser would leave the site: each must end on the dashboard
LEAVING_TEMPLATES = ["//{host}", "/%09/{host}", "/%0a/{host}", "/%0d/{host}", "/%5C{host}", "%5C%5C{host}",
                     "https://{host}/", "http:{host}", "/%0d%0aLocation:%20//{host}", "%20//{host}",
                     "/%09%09/{host}/path", "javascript:alert(1)//{host}", "/%E3%80%80/{host}"]


def _log_in(client: FlaskClient, query: str = "") -> str:
    response = client.post(f"/auth/login{query}", data=LOGIN)
    assert response.status_code == 302, response.data[:300]
    return response.headers["Location"]


@pytest.mark.parametrize("host", EVIL_HOSTS)
@pytest.mark.parametrize("template", LEAVING_TEMPLATES)
def test_next_leading_off_site_ends_on_the_dashboard(app, client, template, host):
    make_teacher(app, "a@school.example")
    assert _log_in(client, "?next=" + template.format(host=host)) == "/teacher/"


@pytest.mark.parametrize("path", ["/teacher/sets/new", "/teacher/quizzes/3?tab=results", "/teacher/caf%C3%A9"])
def test_same_site_next_is_followed(app, client, path):
    make_teacher(app, "a@school.example")
    assert _log_in(client, "?next=" + path) == path


@pytest.mark.parametrize("target, same_site", [
    ("/teacher/", True), ("/a/b?c=//d", True), ("//x.example", False), ("/\t/x.example", False),
    ("/\r\n/x.example", False), ("/\\x.example", False), ("x.example", False), ("", False), ("/\x00", False)])
def test_same_site_path_rule(target, same_site):
    assert is_same_site_path(target) is same_site


def _copy_session(source: FlaskClient, target: FlaskClient) -> None:
    cookie = source.get_cookie("session")
    assert cookie is not None
    target.set_cookie("session", cookie.value)


def test_logout_ends_every_earlier_session(app):
    make_teacher(app, "a@school.example")
    browser, copy, laptop = app.test_client(), app.test_client(), app.test_client()
    _log_in(browser)
    _log_in(laptop)
    _copy_session(browser, copy)
    assert copy.get("/teacher/").status_code == 200
    assert browser.post("/auth/logout").status_code == 302
    for other in (browser, copy, laptop):
        response = other.get("/teacher/")
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    _log_in(browser)  # a new login works again
    assert browser.get("/teacher/").status_code == 200


def test_password_change_ends_other_sessions_and_keeps_this_one(app):
    make_teacher(app, "a@school.example")
    browser, other, copy = app.test_client(), app.test_client(), app.test_client()
    _log_in(browser)
    _log_in(other)
    _copy_session(browser, copy)
    new_password = "a brand new long password"
    wrong = browser.post("/auth/password", data={"current": "not it at all", "password": new_password,
                                                 "confirm": new_password})
    assert wrong.status_code == 200 and b"not your current password" in wrong.data
    assert other.get("/teacher/").status_code == 200  # nothing changed yet
    response = browser.post("/auth/password", data={"current": PASSWORD, "password": new_password,
                                                    "confirm": new_password})
    assert response.status_code == 302
    assert browser.get("/teacher/").status_code == 200
    assert other.get("/teacher/").status_code == 302 and copy.get("/teacher/").status_code == 302
    assert app.test_client().post("/auth/login", data=LOGIN).status_code == 200  # old password refused
    assert app.test_client().post("/auth/login", data={**LOGIN, "password": new_password}).status_code == 302


def test_password_page_needs_a_login(client):
    response = client.get("/auth/password")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_ending_sessions_logs_out_other_browsers(app):
    """What a password change does (Teacher.end_sessions): earlier cookies stop working."""
    teacher_id = make_teacher(app, "a@school.example")
    browser = app.test_client()
    _log_in(browser)
    with app.app_context():
        db.session.get(Teacher, teacher_id).end_sessions()
        db.session.commit()
    assert browser.get("/teacher/").status_code == 302


@pytest.mark.parametrize("user_id", ["1", "1:", "1:0", "x:y", ":", "1:" + "a" * 32])
def test_forged_or_old_style_session_ids_are_refused(app, user_id):
    make_teacher(app, "a@school.example")
    browser = app.test_client()
    with browser.session_transaction() as session:
        session["_user_id"] = user_id
    assert browser.get("/teacher/").status_code == 302


def _session_cookie_header(response) -> str:
    return next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))


def test_session_cookie_is_secure_over_https_only(app):
    make_teacher(app, "a@school.example")
    plain = app.test_client().post("/auth/login", data=LOGIN)
    secure = app.test_client().post("/auth/login", data=LOGIN, base_url="https://quiz.school.example")
    assert "Secure" not in _session_cookie_header(plain)  # a school LAN on plain HTTP still works
    assert "; Secure" in _session_cookie_header(secure) and "HttpOnly" in _session_cookie_header(secure)


@pytest.mark.app_config(TRUSTED_PROXIES="1")
def test_behind_a_trusted_proxy_the_forwarded_scheme_counts(app):
    make_teacher(app, "a@school.example")
    response = app.test_client().post("/auth/login", data=LOGIN, headers={"X-Forwarded-Proto": "https"})
    assert "; Secure" in _session_cookie_header(response)


def test_without_trusted_proxies_forwarded_headers_are_ignored(app):
    make_teacher(app, "a@school.example")
    response = app.test_client().post("/auth/login", data=LOGIN, headers={"X-Forwarded-Proto": "https"})
    assert "Secure" not in _session_cookie_header(response)


def _signed_cookie(app, data: dict) -> str:
    return app.session_interface.get_signing_serializer(app).dumps(data)


def _open(app, cookie: str):
    with app.test_request_context("/", headers={"Cookie": f"session={cookie}"}) as ctx:
        return app.session_interface.open_session(app, ctx.request)


def test_a_remembered_cookie_gives_each_request_its_own_session(app):
    cookie = _signed_cookie(app, {"participants": {"1": "token"}})
    first = _open(app, cookie)
    first["participants"]["2"] = "changed in one request only"
    assert _open(app, cookie) == {"participants": {"1": "token"}}


def test_a_remembered_cookie_still_expires(app, monkeypatch):
    import time
    cookie = _signed_cookie(app, {"participants": {"1": "token"}})
    assert _open(app, cookie)  # checked and remembered
    later = time.time() + app.permanent_session_lifetime.total_seconds() + 10
    monkeypatch.setattr(time, "time", lambda: later)
    assert _open(app, cookie) == {}


def test_a_changed_cookie_or_secret_key_is_checked_again(app):
    cookie = _signed_cookie(app, {"_user_id": "1"})
    assert _open(app, cookie) == {"_user_id": "1"}
    payload, _, signature = cookie.rpartition(".")
    assert _open(app, payload + "." + signature[::-1]) == {}
    app.secret_key = "another secret"
    assert _open(app, cookie) == {}


def test_a_remembered_cookie_reads_tagged_values_as_flask_does(app):
    """Plain JSON is read without the tag lookups only when it holds no tagged value."""
    from markupsafe import Markup
    tagged = {"t": (1, 2), "m": Markup("<b>x</b>"), " di": {" t": "a key like a tag"}}
    plain = {"participants": {"1": "token"}, "text": '{" t": "a string like a tag"}'}
    for data, untagged in ((tagged, False), (plain, True)):
        cookie = _signed_cookie(app, data)
        assert _open(app, cookie) == data  # checked in full, then remembered
        again = _open(app, cookie)
        assert again == data and app.session_interface._verified[cookie][2] is untagged
    assert type(_open(app, _signed_cookie(app, tagged))["t"]) is tuple
    assert type(_open(app, _signed_cookie(app, tagged))["m"]) is Markup
