"""Errors and limits (issue 10): NUL bytes, rate limits across workers, nicknames,
caching and content types, article counts and sizes, heavy work refused early."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import unicodedata

import pytest
from sqlalchemy import select

from quizgen.settings import MAX_ARTICLES, MAX_SET_CHARS
from quizgen.web import library
from quizgen.web.extensions import db
from quizgen.web.forms import JoinForm, pasted_article_count
from quizgen.web.models import Answer, ArticleSet, Participant, Teacher
from quizgen.web.nicknames import nickname_key, normalize_nickname
from quizgen.web.ratelimit_store import SQLiteFileStorage, store_uri
from webhelpers import ARTICLE_A, ARTICLE_B, PASSWORD, join, make_quiz, make_set

# --- NUL bytes: stripped by every form, and by the models as a last guard (PostgreSQL refuses them)


@pytest.mark.parametrize("text", ["\x00", "a\x00b", "\x00\x00x", "Robin\x00"])
def test_forms_drop_nul_from_every_field(app, text):
    with app.test_request_context("/join", method="POST", data={"code": "AB" + text + "CDEF", "nickname": text}):
        form = JoinForm()
        assert "\x00" not in form.code.data and "\x00" not in form.nickname.data
        assert form.nickname.data == text.replace("\x00", "")


def test_models_store_no_nul(app):
    with app.app_context():
        db.session.add(ArticleSet(title="Flood\x00 report"))
        db.session.commit()
        assert db.session.scalar(select(ArticleSet.title)) == "Flood report"


@pytest.mark.parametrize("field", ["email", "password", "confirm"])
def test_nul_in_sign_up_and_log_in_is_no_server_error(app, client, field):
    data = {"email": "nul@school.example", "password": PASSWORD, "confirm": PASSWORD}
    data[field] = data[field][:3] + "\x00" + data[field][3:]
    assert client.post("/auth/signup", data=data).status_code in (200, 302)
    assert client.post("/auth/login", data=data).status_code in (200, 302)


def test_nul_in_join_set_title_and_article_is_no_server_error(app, client, teacher_a):
    make_quiz(app, teacher_a)
    response = client.post("/join", data={"code": "ABC\x00DEF", "nickname": "Ro\x00bin"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(Participant.nickname)) == "Robin"
    response = client.post("/teacher/sets/new", data={"title": "Flood\x00", "articles-0-body": ARTICLE_A + "\x00",
                                                      "articles-1-body": ARTICLE_B})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(ArticleSet.title)) == "Flood"


# --- rate limits: one count for all worker processes


def test_two_stores_on_one_file_share_their_counts(tmp_path):
    path = tmp_path / "limits.sqlite"
    first, second = SQLiteFileStorage(store_uri(path)), SQLiteFileStorage(store_uri(path))
    assert [first.incr("login/1.2.3.4", 60), second.incr("login/1.2.3.4", 60), first.incr("login/1.2.3.4", 60)] == \
        [1, 2, 3]
    assert second.get("login/1.2.3.4") == 3 and second.get("other") == 0
    assert first.get_expiry("login/1.2.3.4") > time.time()
    second.clear("login/1.2.3.4")
    assert first.get("login/1.2.3.4") == 0 and first.check()


def test_an_ended_window_starts_again(tmp_path):
    store = SQLiteFileStorage(store_uri(tmp_path / "limits.sqlite"))
    store.incr("k", 1)
    store.incr("k", 1)
    time.sleep(1.05)
    assert store.get("k") == 0 and store.incr("k", 1) == 1


WORKER_SCRIPT = """
import json, sys
from quizgen.web import create_app
app = create_app({"TESTING": True, "SECRET_KEY": "s", "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": True,
                  "SQLALCHEMY_DATABASE_URI": sys.argv[1]})
client = app.test_client()
print(json.dumps([client.post("/auth/login", data={"email": "x@school.example"}).status_code for _ in range(6)]))
"""


def test_login_limit_holds_across_worker_processes(tmp_path, monkeypatch):
    """Two processes on one instance folder, as gunicorn's two workers: together they allow the limit once."""
    monkeypatch.setenv("QUIZGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("QUIZGEN_RATELIMIT_STORAGE_URI", raising=False)
    database = f"sqlite:///{tmp_path / 'db.sqlite'}"
    statuses = [json.loads(subprocess.run([sys.executable, "-c", WORKER_SCRIPT, database], capture_output=True,
                                          text=True, check=True).stdout) for _ in range(2)]
    assert statuses == [[200] * 6, [200] * 4 + [429] * 2]


# --- nicknames: one spelling per look, case does not count

NAMES = ["Robin", "Zoë", "Ana María", "Kenji"]
LOOK_ALIKES = [str.upper, str.lower, lambda n: n[0] + "\u200b" + n[1:], lambda n: "\u202e" + n + "\u202c",
               lambda n: unicodedata.normalize("NFKD", n), lambda n: "".join(chr(ord(c) + 0xFEE0) if c.isascii()
                                                                              and c.isalpha() else c for c in n),
               lambda n: n.replace(" ", "\u00a0") + "\u2060", lambda n: " " + n + "\t"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("look_alike", range(len(LOOK_ALIKES)))
def test_nicknames_that_look_alike_are_one_nickname(name, look_alike):
    other = LOOK_ALIKES[look_alike](name)
    assert nickname_key(normalize_nickname(other)) == nickname_key(normalize_nickname(name))


@pytest.mark.parametrize("raw, shown", [("Rob\u200bin", "Robin"), ("\u202eRobin", "Robin"), ("Ｒｏｂｉｎ", "Robin"),
                                        ("Ro  bin\x07", "Ro bin"), ("\ufb01sh", "fish"), ("Ana\u00adMaría", "AnaMaría")])
def test_nicknames_are_shown_normalized(raw, shown):
    assert normalize_nickname(raw) == shown


def test_a_look_alike_nickname_cannot_join_twice(app, teacher_a):
    make_quiz(app, teacher_a)
    join(app.test_client(), nickname="Robin")
    for other in ("ROBIN", "robin", "Rob\u200bin", "Ｒｏｂｉｎ", "\u202eRobin"):
        response = app.test_client().post("/join", data={"code": "ABCDEF", "nickname": other})
        assert response.status_code == 409, other
    invisible = app.test_client().post("/join", data={"code": "ABCDEF", "nickname": "\u200b\u200d\u202e"})
    assert invisible.status_code == 400 and b"letters or digits" in invisible.data
    with app.app_context():
        assert db.session.scalars(select(Participant.nickname)).all() == ["Robin"]


# --- caching and content types


def test_teacher_pages_and_downloads_are_not_stored(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    for url in ("/teacher/", f"/teacher/quizzes/{quiz_id}", f"/teacher/quizzes/{quiz_id}/results",
                f"/teacher/quizzes/{quiz_id}/results.csv", f"/teacher/quizzes/{quiz_id}/export/gift",
                f"/teacher/quizzes/{quiz_id}/export/json", f"/teacher/quizzes/{quiz_id}/print",
                f"/teacher/quizzes/{quiz_id}/qr.svg"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Cache-Control"] == "no-store", url
        assert response.headers["Content-Type"].lower().count("charset") <= 1, url


def test_every_page_has_at_most_one_charset(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    for url in ["/", "/healthz", "/join", "/practice/", "/auth/login", f"/teacher/quizzes/{quiz_id}/export/text",
                f"/teacher/quizzes/{quiz_id}/export/html", f"/teacher/quizzes/{quiz_id}/export/moodle"]:
        assert client.get(url).headers["Content-Type"].lower().count("charset") <= 1, url


# --- article count and size: said, never cut silently; refused before analysing


def _pastes(count: int) -> dict[str, str]:
    return {f"articles-{i}-body": f"{ARTICLE_A} Report number {i}." for i in range(count)}


@pytest.mark.parametrize("count", [MAX_ARTICLES + 1, 12, 50])
def test_too_many_pasted_articles_are_refused_with_the_count(app, client, teacher_a, count):
    response = client.post("/teacher/sets/new", data={"title": "Flood", **_pastes(count)})
    assert response.status_code == 200 and f"at most {MAX_ARTICLES} articles; you gave {count}".encode() in response.data
    with app.app_context():
        assert db.session.scalar(select(ArticleSet)) is None
    practice = client.post("/practice/paste", data=_pastes(count))
    assert practice.status_code == 400 and f"you gave {count}".encode() in practice.data


def test_pasted_article_count_ignores_empty_and_other_fields():
    from werkzeug.datastructures import MultiDict

    data = MultiDict([("articles-0-body", "x"), ("articles-1-body", "  "), ("articles-20-body", "y"),
                      ("articles-3-title", "t"), ("title", "z"), ("xarticles-4-body", "q")])
    assert pasted_article_count(data) == 2


def test_a_set_too_long_to_analyse_is_refused_before_analysis(app, client, teacher_a, monkeypatch):
    paragraph = ARTICLE_A.replace("\n\n", " ") + "\n\n"
    long_body = paragraph * (MAX_SET_CHARS // len(paragraph) // 2 + 50)
    set_id = make_set(app, teacher_a, (long_body, long_body.replace("Monday", "Tuesday")))
    monkeypatch.setattr(library.pipeline, "labelled_report", lambda articles: pytest.fail("analysed a set over the limit"))
    response = client.get(f"/teacher/sets/{set_id}/analysis", follow_redirects=True)
    assert b"too long together" in response.data and f"{MAX_SET_CHARS:,}".encode() in response.data
    response = client.post(f"/teacher/sets/{set_id}/quizzes", data={"title": "Q", "skills": ["find_source"],
                                                                     "count": 5})
    assert b"too long together" in response.data


def test_heavy_work_is_refused_quickly_when_the_slots_are_taken(app, client, teacher_a, monkeypatch):
    monkeypatch.setattr(library, "HEAVY_REQUEST_WAIT_SECONDS", 0.2)
    set_id = make_set(app, teacher_a)
    release = threading.Event()
    holders = [threading.Thread(target=_hold_slot, args=(release,)) for _ in range(library.HEAVY_REQUESTS_PER_PROCESS)]
    for holder in holders:
        holder.start()
    time.sleep(0.1)
    try:
        start = time.monotonic()
        response = client.post(f"/teacher/sets/{set_id}/quizzes", data={"title": "Q", "skills": ["find_source"],
                                                                         "count": 5})
        assert b"The server is busy" in response.data and time.monotonic() - start < 2
        assert client.get("/healthz").status_code == 200  # light requests are served meanwhile
    finally:
        release.set()
        for holder in holders:
            holder.join()
    assert client.post(f"/teacher/sets/{set_id}/quizzes", data={"title": "Q", "skills": ["find_source"],
                                                                 "count": 5}).status_code == 302


def _hold_slot(release: threading.Event) -> None:
    with library.heavy_work():
        release.wait(10)


def test_teacher_records_keep_a_session_token(app):
    with app.app_context():
        db.session.add(Teacher(email="t@school.example", password_hash="x"))
        db.session.commit()
        teacher = db.session.scalar(select(Teacher))
        assert teacher.get_id() == f"{teacher.id}:{teacher.session_token}" and len(teacher.session_token) == 32


def test_nul_in_a_free_text_answer_is_dropped(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    assert client.post(f"/play/{quiz_id}/6", data={"text": "Tollbrook\x00 Herald"}).status_code == 302
    with app.app_context():
        answer = db.session.scalar(select(Answer))
        assert answer.response == ["Tollbrook Herald"] and answer.correct
