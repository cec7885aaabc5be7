"""The student hot path: one query per page, the parsed quiz and article HTML reused per
quiz revision, and an edited quiz never served from an old cache entry."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from flask_login import user_accessed
from sqlalchemy import event, update
from webhelpers import RIGHT_ANSWERS, join, make_quiz

from quizgen.web.cache import BoundedCache, article_bodies, quiz_docs
from quizgen.web.extensions import db
from quizgen.web.models import Quiz
from quizgen.web.student import seats
from quizgen.web.student.driver_sql import STATEMENT_SHELF


@contextmanager
def statements(app, whole: bool = False) -> Iterator[list[str]]:
    """The SQL statements the database driver runs while the block runs (their first word, or
    with `whole` their text), recorded by the driver itself: the student pages run theirs past
    SQLAlchemy's execution events (quizgen/web/student/driver_sql.py). SQLite's BEGIN and
    COMMIT around a write are left out (the driver adds them; they cost no round trip)."""
    seen: list[str] = []

    def record(statement: str) -> None:
        word = str(statement).split(None, 1)[0].upper()
        if word not in ("BEGIN", "COMMIT"):
            seen.append(str(statement) if whole else word)

    shelf = app.extensions.get(STATEMENT_SHELF)
    with app.app_context():
        engines = [db.engine, *([shelf.engine] if shelf else [])]
    on_sqlite = engines[0].dialect.name == "sqlite"

    def watch(dbapi_connection, *_args) -> None:
        if on_sqlite:
            dbapi_connection.set_trace_callback(record)
        else:
            import psycopg

            class RecordingCursor(psycopg.Cursor):
                def execute(self, query, params=None, **kwargs):
                    record(query)
                    return super().execute(query, params, **kwargs)

            dbapi_connection.cursor_factory = RecordingCursor

    def unwatch(dbapi_connection, *_args) -> None:
        if on_sqlite:
            dbapi_connection.set_trace_callback(None)
        else:
            import psycopg

            dbapi_connection.cursor_factory = psycopg.Cursor

    for engine in engines:
        event.listen(engine, "checkout", watch)
        event.listen(engine, "checkin", unwatch)
    if shelf:
        shelf.clear()  # the block's requests check their connection out of the pool (watched)
    try:
        yield seen
    finally:
        if shelf:
            shelf.clear()
        for engine in engines:
            event.remove(engine, "checkout", watch)
            event.remove(engine, "checkin", unwatch)


def test_question_page_and_answer_cost_one_statement_each(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    client = app.test_client()  # a student's browser: no teacher to load
    join(client)
    client.get(f"/play/{quiz_id}/1")  # the first view parses the quiz and renders the articles
    with statements(app) as seen:
        assert client.get(f"/play/{quiz_id}/2").status_code == 200
    assert seen == ["SELECT"]  # participant, quiz and answers together; no quiz JSON, no ping
    with statements(app) as seen:
        response = client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    assert response.status_code == 302 and response.headers["Location"] == f"/play/{quiz_id}/1#feedback"
    assert seen == ["INSERT"]  # the seat is checked inside the INSERT
    with statements(app) as seen:
        feedback = client.get(f"/play/{quiz_id}/1")
    assert b"Right!" in feedback.data and seen == ["SELECT"]


def test_joining_reads_no_quiz_json_and_nothing_again_after_the_commit(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    client = app.test_client()
    with statements(app, whole=True) as seen:
        join(client)
    assert [text.split(None, 1)[0].upper() for text in seen] == ["SELECT", "SELECT", "INSERT"]  # quiz, nickname
    assert not any("quiz_json" in text for text in seen)
    assert client.get(f"/play/{quiz_id}/1").status_code == 200  # the session holds the new seat


def test_a_student_page_does_not_load_a_teacher_logged_in_on_the_same_browser(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)  # `client` is logged in as teacher A too
    looked_up = []
    user_accessed.connect(looked_up.append, app, weak=False)  # Flask-Login looks for the user
    try:
        assert client.get(f"/play/{quiz_id}/1").status_code == 200
        assert looked_up == []  # student pages show no account links: no account is looked up
        assert b"My sets and quizzes" in client.get("/teacher/").data and len(looked_up) == 1
    finally:
        user_accessed.disconnect(looked_up.append, app)


def test_a_process_that_has_not_seen_the_quiz_reads_the_seat_before_the_insert(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    client = app.test_client()
    join(client)
    client.get(f"/play/{quiz_id}/1")
    seats._last_seen.clear()  # as in another worker process, or after the quiz fell out of the cache
    with statements(app) as seen:
        response = client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    assert response.headers["Location"] == f"/play/{quiz_id}/1#feedback" and seen == ["SELECT", "INSERT"]


def test_resubmitting_an_answer_writes_nothing(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    client = app.test_client()
    join(client)
    client.get(f"/play/{quiz_id}/1")
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    with statements(app) as seen:
        assert client.post(f"/play/{quiz_id}/1", data={"choice": "a"}).status_code == 302
    assert seen == ["INSERT", "SELECT"]  # the INSERT finds the answer and stores nothing; the seat says why
    assert b"Right!" in client.get(f"/play/{quiz_id}/1").data  # the first answer stands


def test_students_of_one_quiz_share_the_parsed_quiz_and_article_html(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    pages = []
    for nickname in ("Robin", "Sam"):
        student = app.test_client()
        join(student, nickname=nickname)
        pages.append(student.get(f"/play/{quiz_id}/1").data)
    with app.app_context():
        key = (quiz_id, db.session.get(Quiz, quiz_id).revision)
    assert sum(1 for k in quiz_docs._entries if k == key) == 1
    assert {k[1] for k in article_bodies._entries if k[0] == key} == {"herald", "rvn"}
    assert b"Flooding closed the Esker Bridge" in pages[0] and b"Flooding closed the Esker Bridge" in pages[1]


def test_an_edited_quiz_shows_its_new_text_at_once(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    assert b"Who says the bridge could stay closed?" in client.get(f"/play/{quiz_id}/1").data
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        old_revision = quiz.revision
        doc = quiz.doc
        doc.questions[0].prompt = "Who is the source of the closure estimate?"
        doc.articles[0].body = doc.articles[0].body.replace("Flooding", "High water")
        quiz.doc = doc
        db.session.commit()
        assert quiz.revision != old_revision
    page = client.get(f"/play/{quiz_id}/1").data
    assert b"Who is the source of the closure estimate?" in page and b"High water closed" in page


def test_an_edit_made_by_another_server_process_is_not_hidden_by_this_cache(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    client.get(f"/play/{quiz_id}/1")
    with app.app_context():  # what another process's edit leaves in the database: new JSON, new revision
        data = json.loads(db.session.get(Quiz, quiz_id).quiz_json)
        data["questions"][0]["prompt"] = "Edited elsewhere?"
        db.session.execute(update(Quiz).where(Quiz.id == quiz_id).values(
            quiz_json=json.dumps(data), revision="another-process"))
        db.session.commit()
    assert b"Edited elsewhere?" in client.get(f"/play/{quiz_id}/1").data


def test_bounded_cache_drops_the_least_recently_used():
    cache: BoundedCache[str, int] = BoundedCache(2)
    assert cache.get("a", lambda: 1) == 1 and cache.get("b", lambda: 2) == 2
    assert cache.get("a", lambda: 99) == 1  # a hit: "a" is now the most recent
    cache.get("c", lambda: 3)
    assert len(cache) == 2
    assert cache.get("b", lambda: 20) == 20  # "b" was dropped and is made again
    assert cache.get("c", lambda: 30) == 3
    cache.discard(lambda key: key == "c")
    assert cache.get("c", lambda: 31) == 31


def test_bounded_cache_stays_bounded_under_threads():
    cache: BoundedCache[int, int] = BoundedCache(8)

    def work(offset: int) -> None:
        for n in range(500):
            assert cache.get((n + offset) % 40, lambda n=n: (n + offset) % 40) == (n + offset) % 40

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(cache) == 8


def test_urls_built_once_still_follow_the_path_prefix_of_each_request(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    for number, prefix in enumerate(("", "/quizgen", "")):  # e.g. behind a proxy that serves it under /quizgen
        client = app.test_client()
        client.post("/join", data={"code": "ABCDEF", "nickname": f"Robin{number}"}, base_url=f"http://localhost{prefix}")
        page = client.get(f"/play/{quiz_id}/1", base_url=f"http://localhost{prefix}").data.decode()
        assert f'href="{prefix}/static/css/app.css"' in page
        assert f'action="{prefix}/play/{quiz_id}/1"' in page
        response = client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1], base_url=f"http://localhost{prefix}")
        assert response.headers["Location"] == f"{prefix}/play/{quiz_id}/1#feedback"


def test_built_urls_match_flask_and_external_ones_are_built_each_time(app):
    import flask

    from quizgen.web.urls import url_for

    with app.test_request_context("/", base_url="http://school.example/q"):
        for endpoint, values in (("static", {"filename": "css/app.css"}), ("student.question", {"quiz_id": 3, "number": 2}),
                                 ("student.join", {"unknown": "x y"})):
            assert url_for(endpoint, **values) == flask.url_for(endpoint, **values)
        assert url_for("student.join", _external=True) == "http://school.example/q/join"
    with app.test_request_context("/", base_url="http://other.example"):
        assert url_for("student.join", _external=True) == "http://other.example/join"


def test_resume_codes_remembered_per_secret_key(app):
    from quizgen.web.student.resume import resume_code

    with app.app_context():
        first = resume_code(1, "token")
        assert resume_code(1, "token") == first and resume_code(2, "token") != first
        app.config["SECRET_KEY"] = "another secret"
        assert resume_code(1, "token") != first
