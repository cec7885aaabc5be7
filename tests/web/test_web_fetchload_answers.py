"""The question page's fast path (quizgen/web/student/seats.py): the seat read as plain
rows, one INSERT per answer on one pooled connection per request, the per-process quiz
cache refreshed when the quiz changes, and no rate limit looked up on these routes."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import create_engine, event, func, select, text, update
from webhelpers import RIGHT_ANSWERS, join, make_quiz, sample_quiz_doc

from quizgen.web import idle_ping
from quizgen.web.cache import forget_quiz
from quizgen.web.extensions import db
from quizgen.web.models import Answer, Quiz
from quizgen.web.student.driver_sql import STATEMENT_SHELF, ConnectionShelf, DriverConnection
from quizgen.web.student import seats as seats_module
from quizgen.web.student.seats import current_seat, save_answer


def stored_answers(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Answer))


def test_the_seat_holds_the_quiz_state_and_the_students_answers(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="assessment")
    join(client)
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    client.post(f"/play/{quiz_id}/3", data={"choice": "a"})
    with client.application.test_request_context(), client.session_transaction() as browser_session:
        from flask import session
        session.update(browser_session)
        seat = current_seat(quiz_id)
    assert (seat.nickname, seat.finished, seat.quiz.state, seat.quiz.mode) == ("Robin", False, "open", "assessment")
    assert {q: (a.response, a.correct) for q, a in seat.answers.items()} == {"q1": (["b"], True), "q3": (["a"], False)}


def test_an_answer_racing_its_twin_is_stored_once_without_an_error(app, client, teacher_a):
    """Two POSTs of one answer read the seat before either is saved: the second INSERT meets
    the unique key, is rolled back, and the request's connection stays usable."""
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    with client.session_transaction() as browser_session:
        cookie_session = dict(browser_session)
    with app.test_request_context():
        from flask import session
        session.update(cookie_session)
        stale = current_seat(quiz_id)
        question = stale.quiz.shared_doc.questions[0]
        save_answer(stale, question, ["b"])
        save_answer(stale, question, ["a"])  # the twin: its seat does not know the first answer
        save_answer(stale, stale.quiz.shared_doc.questions[2], ["b"])
        assert {q: a.response for q, a in current_seat(quiz_id).answers.items()} == {"q1": ["b"], "q3": ["b"]}
    assert stored_answers(app) == 2


def test_every_request_returns_its_connection_to_the_pool(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    for number in (1, 2, 3):
        client.get(f"/play/{quiz_id}/{number}")
        client.post(f"/play/{quiz_id}/{number}", data=RIGHT_ANSWERS[number])
    client.get(f"/play/{quiz_id}/9")  # a 404 after the seat was read
    with app.app_context():
        assert db.engine.pool.checkedout() == 0


def test_an_edited_quiz_is_parsed_again_under_its_new_revision(app, client, teacher_a):
    """The seat carries the quiz's revision: an edit (a new revision) misses the old cache entry,
    also in a process that was never told about the edit."""
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    assert "Who says the bridge could stay closed?" in client.get(f"/play/{quiz_id}/1").text
    doc = sample_quiz_doc()
    doc.questions[0] = dataclasses.replace(doc.questions[0], prompt="Who is quoted about the bridge?")
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        revision = quiz.revision
        quiz.doc = doc
        db.session.commit()
        assert quiz.revision != revision
    page = client.get(f"/play/{quiz_id}/1").text
    assert "Who is quoted about the bridge?" in page and "Who says the bridge could stay closed?" not in page


def _answers(app) -> list[tuple[str, bool | None]]:
    with app.app_context():
        return [(a.question_id, a.correct) for a in db.session.scalars(select(Answer).order_by(Answer.id))]


def test_an_answer_sent_after_an_edit_is_marked_against_the_new_question(app, client, teacher_a):
    """The one-statement answer is checked against the quiz as this process last saw it; the
    database refuses it when the revision moved on, and the full path marks it afresh."""
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    client.get(f"/play/{quiz_id}/1")  # seen at the first revision: "b" is right
    doc = sample_quiz_doc()
    doc.questions[0] = dataclasses.replace(doc.questions[0], answer=["a"])
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        quiz.doc = doc
        db.session.commit()
    assert client.post(f"/play/{quiz_id}/1", data={"choice": "a"}).status_code == 302
    assert _answers(app) == [("q1", True)]


def test_an_answer_sent_after_the_mode_changed_goes_where_the_new_mode_says(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    client.get(f"/play/{quiz_id}/1")  # seen in practice mode: feedback on the same page
    with app.app_context():
        db.session.execute(update(Quiz).where(Quiz.id == quiz_id).values(mode="assessment"))
        db.session.commit()
    response = client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    assert response.headers["Location"] == f"/play/{quiz_id}" and _answers(app) == [("q1", True)]


def test_an_open_answer_in_one_statement_is_stored_unmarked(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    client.get(f"/play/{quiz_id}/7")
    assert client.post(f"/play/{quiz_id}/7", data=RIGHT_ANSWERS[7]).status_code == 302
    assert _answers(app) == [("q7", None)]


def test_a_quiz_turned_draft_or_closed_is_seen_at_once(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    client.get(f"/play/{quiz_id}/1")
    with app.app_context():
        db.session.execute(update(Quiz).where(Quiz.id == quiz_id).values(state="closed"))
        db.session.commit()
    assert "This quiz is closed" in client.get(f"/play/{quiz_id}/1").text
    assert client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1]).status_code == 400
    with app.app_context():
        db.session.execute(update(Quiz).where(Quiz.id == quiz_id).values(state="draft"))
        db.session.commit()
    forget_quiz(quiz_id)
    assert client.get(f"/play/{quiz_id}/1").status_code == 404
    assert stored_answers(app) == 0


@pytest.mark.app_config(RATELIMIT_ENABLED=True, RATELIMIT_DEFAULT="5 per minute")
def test_question_pages_skip_the_rate_limiter(app, teacher_a):
    """Even a default limit for every route leaves the question pages alone (a lesson sends
    hundreds of them from one school address); other routes still count."""
    quiz_id = make_quiz(app, teacher_a)
    student = app.test_client()
    join(student)
    assert all(student.get(f"/play/{quiz_id}/1").status_code == 200 for _ in range(12))
    assert student.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1]).status_code == 302
    assert [student.get("/healthz").status_code for _ in range(6)][-1] == 429


def _on_postgres(app) -> bool:
    return not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite")


def test_pooled_connections_are_pinged_only_after_sitting_idle(app, teacher_a, monkeypatch):
    if not _on_postgres(app):
        pytest.skip("PostgreSQL only: SQLite has no server connection to lose")
    quiz_id = make_quiz(app, teacher_a)
    student = app.test_client()  # no teacher to load: one connection per page
    join(student)
    engine = app.extensions[STATEMENT_SHELF].engine  # the student pages' connections
    pings: list[object] = []
    real_ping = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda conn: pings.append(conn) or real_ping(conn))
    student.get(f"/play/{quiz_id}/1")
    student.get(f"/play/{quiz_id}/2")
    assert pings == []  # back in the pool a moment ago: no round trip
    monkeypatch.setattr(idle_ping, "IDLE_PING_SECONDS", 0.0)
    student.get(f"/play/{quiz_id}/1")
    assert len(pings) == 1


def test_a_connection_the_server_dropped_while_idle_is_replaced(app, client, teacher_a, monkeypatch):
    if not _on_postgres(app):
        pytest.skip("PostgreSQL only: SQLite has no server connection to lose")
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    assert client.get(f"/play/{quiz_id}/1").status_code == 200
    killer = create_engine(app.config["SQLALCHEMY_DATABASE_URI"])
    with killer.begin() as conn:  # what a server restart does to the pool's connections
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    killer.dispose()
    monkeypatch.setattr(idle_ping, "IDLE_PING_SECONDS", 0.0)  # they have sat idle long enough
    assert client.get(f"/play/{quiz_id}/1").status_code == 200
    assert client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1]).status_code == 302
    assert stored_answers(app) == 1


def test_student_statements_run_on_connections_kept_in_autocommit(app, teacher_a):
    """PostgreSQL: a second engine whose connections are in autocommit from the start, kept
    checked out on a shelf between requests; the app's own pool never sees autocommit. SQLite:
    one pool, the driver switched for each request and back."""
    quiz_id = make_quiz(app, teacher_a)
    student = app.test_client()
    join(student)
    with app.app_context():
        engine = db.engine
    modes: list[tuple[str, object]] = []
    if _on_postgres(app):
        shelf = app.extensions[STATEMENT_SHELF]
        assert shelf.engine.url == engine.url and shelf.engine.pool is not engine.pool
        shelf.clear()
        event.listen(shelf.engine, "checkout", lambda conn, *_: modes.append(("statements", conn.autocommit)))
        event.listen(shelf.engine, "checkin", lambda conn, *_: modes.append(("back", conn.autocommit)))
        event.listen(engine, "checkout", lambda conn, *_: modes.append(("app", conn.autocommit)))
    else:
        assert STATEMENT_SHELF not in app.extensions
        event.listen(engine, "checkout", lambda conn, *_: modes.append(("statements", conn.isolation_level)))
        event.listen(engine, "checkin", lambda conn, *_: modes.append(("back", conn.isolation_level)))
    assert student.get(f"/play/{quiz_id}/1").status_code == 200
    assert student.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1]).status_code == 302
    assert student.get(f"/play/{quiz_id}/1").status_code == 200
    seen = list(modes)
    assert stored_answers(app) == 1  # committed: read on another connection
    if _on_postgres(app):
        assert seen == [("statements", True)]  # checked out once, then taken from the shelf
        with app.app_context():
            assert db.session.connection().connection.dbapi_connection.autocommit is False
        shelf.clear()
        assert modes[-1] == ("back", True)
    else:
        assert seen == [("statements", ""), ("back", "")] * 3  # switched for each request only


def test_student_statements_refuse_a_connection_that_would_not_commit(app):
    if not _on_postgres(app):
        pytest.skip("PostgreSQL only: SQLite's connection is switched per request")
    with app.app_context():
        with pytest.raises(ValueError, match="autocommit"):
            ConnectionShelf(db.engine).take()  # the app's engine: transactions
        with pytest.raises(ValueError, match="ConnectionShelf"):
            DriverConnection(db.engine)
        assert db.engine.pool.checkedout() == 0  # the connection went back to the pool


def test_a_connection_whose_statement_did_not_finish_is_not_shelved(app, teacher_a, monkeypatch):
    if not _on_postgres(app):
        pytest.skip("PostgreSQL only: SQLite's connections are not shelved")
    quiz_id = make_quiz(app, teacher_a)
    student = app.test_client()
    join(student)
    shelf = app.extensions[STATEMENT_SHELF]
    assert student.get(f"/play/{quiz_id}/1").status_code == 200
    assert len(shelf._idle) == 1 and shelf.engine.pool.checkedout() == 1
    monkeypatch.setattr(seats_module.SEAT_QUERY, "_compile", lambda dialect: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        student.get(f"/play/{quiz_id}/1")
    assert len(shelf._idle) == 1  # not reached the statement: still settled
    monkeypatch.undo()

    class Interrupted(Exception):
        pass

    def interrupted(*_args, **_kwargs):
        raise Interrupted  # e.g. a timeout signal while the driver waits for the server

    connection = shelf._idle[-1][1]
    monkeypatch.setattr(connection.dbapi_connection, "cursor", lambda *a, **k: _Cursor(interrupted))
    with pytest.raises(Interrupted):
        student.get(f"/play/{quiz_id}/1")
    assert shelf._idle == [] and shelf.engine.pool.checkedout() == 0  # back to the pool, to be reset
    monkeypatch.undo()
    assert student.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1]).status_code == 302
    assert stored_answers(app) == 1


class _Cursor:
    def __init__(self, execute) -> None:
        self.execute = execute

    def close(self) -> None:
        pass
