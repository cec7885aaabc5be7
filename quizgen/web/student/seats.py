"""The question page's fast path: a student's seat read as plain rows, an answer as one INSERT.

A lesson is mostly question pages and answer POSTs (300 students x 15 answers, three
requests each). Loading the participant, quiz and answers as ORM objects, then flushing
an Answer through the unit of work (which expires everything it loaded), cost about half
of those requests' CPU. Here one Core query reads the seat into frozen records and an
answer is one Core INSERT, both run on the driver's connection (driver_sql.py), one pooled
connection per request, without an ORM session around it. Most answers need no seat read
first: ANSWER_IF_SEAT_UNCHANGED checks the seat inside the INSERT. The unique key
(participant, question) still keeps an answer single. These routes have no rate limit, so
the limiter is told to skip them rather than look for one on every request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from flask import abort, current_app, g, request, session
from sqlalchemy import Boolean, bindparam, cast, exists, false, insert, select

from quizgen.models import Question
from quizgen.models import Quiz as QuizDoc
from quizgen.scoring import is_correct
from quizgen.settings import QUIZ_CACHE_SIZE
from quizgen.web.cache import shared_doc
from quizgen.web.extensions import db, limiter
from quizgen.web.models import Answer, Participant, Quiz, utcnow
from quizgen.web.student import NOT_OPEN_HERE, SESSION_KEY, bp
from quizgen.web.student.driver_sql import STATEMENT_SHELF, DriverConnection, DriverStatement


@dataclass(frozen=True)
class QuizState:
    """What a question page needs of the quiz row (its JSON comes from the per-process cache)."""

    id: int
    title: str
    state: str
    mode: str
    revision: str
    class_code: str | None  # None for practice: no resume code to show

    @property
    def shared_doc(self) -> QuizDoc:
        """The parsed quiz of this revision, shared read-only by the process's requests."""
        return shared_doc((self.id, self.revision), lambda: QuizDoc.from_dict(json.loads(
            QUIZ_JSON_QUERY.execute(_connection(), {"quiz_id": self.id})[0][0])))


@dataclass(frozen=True)
class SavedAnswer:
    question_id: str
    response_json: str
    correct: bool | None

    @property
    def response(self) -> Any:
        return json.loads(self.response_json)


@dataclass(frozen=True)
class Seat:
    """A participant as the question page sees them, with their answers by question id."""

    participant_id: int
    nickname: str
    finished: bool
    quiz: QuizState
    answers: dict[str, SavedAnswer]


# The statements are built once, from the tables (not the mapped classes): no ORM loading.
_participant, _quiz, _answer = Participant.__table__.c, Quiz.__table__.c, Answer.__table__.c
# participant, quiz and answers together (an outer join: a seat with no answers yet is one
# row); the columns in the order of SeatRow
SEAT_QUERY = DriverStatement(
    select(_participant.id, _participant.nickname, _participant.finished, _quiz.id, _quiz.title, _quiz.state,
           _quiz.mode, _quiz.revision, _quiz.class_code, _answer.question_id, _answer.response_json, _answer.correct)
    .join(Quiz.__table__, _quiz.id == _participant.quiz_id)
    .outerjoin(Answer.__table__, _answer.participant_id == _participant.id)
    .where(_participant.token == bindparam("token"), _participant.quiz_id == bindparam("quiz_id")))
QUIZ_JSON_QUERY = DriverStatement(select(_quiz.quiz_json).where(_quiz.id == bindparam("quiz_id")))
ANSWER_COLUMNS = ("participant_id", "question_id", "answered_at", "response_json", "correct")
# no RETURNING of the new id (PostgreSQL would send it back; nothing reads it)
ANSWER_INSERT = DriverStatement(insert(Answer.__table__).inline(), ANSWER_COLUMNS)
# The same answer in one statement, with the seat checked in the database: it stores a row
# only for this browser's participant, not finished, in an open quiz still at the revision
# and mode the answer was checked against, and only if the question has no answer yet.
ANSWER_IF_SEAT_UNCHANGED = DriverStatement(insert(Answer.__table__).from_select(
    ANSWER_COLUMNS,
    select(_participant.id, bindparam("question_id", type_=_answer.question_id.type),
           bindparam("answered_at", type_=_answer.answered_at.type),
           bindparam("response_json", type_=_answer.response_json.type),
           cast(bindparam("correct", type_=Boolean), Boolean))  # typed even when None (open answers)
    .join(Quiz.__table__, _quiz.id == _participant.quiz_id)
    .where(_participant.token == bindparam("token"), _participant.quiz_id == bindparam("quiz_id"),
           _participant.finished == false(), _quiz.state == "open", _quiz.revision == bindparam("revision"),
           _quiz.mode == bindparam("mode"),
           ~exists().where(_answer.participant_id == _participant.id,
                           _answer.question_id == bindparam("question_id")))))
UNLIMITED_ENDPOINTS = frozenset({"student.question", "student.play"})


class SeatRow(NamedTuple):
    participant_id: int
    nickname: str
    finished: bool | int  # SQLite's driver gives 0 or 1
    quiz_id: int
    title: str
    state: str
    mode: str
    revision: str
    class_code: str | None
    question_id: str | None  # None: no answer yet
    response_json: str | None
    correct: bool | int | None


# quiz id -> the quiz as the last seat read in this process saw it (what an answer is checked against)
_last_seen: dict[int, QuizState] = {}


def last_seen_quiz(quiz_id: int) -> QuizState | None:
    return _last_seen.get(quiz_id)


def _connection() -> DriverConnection:
    """The request's connection for these statements, checked out of the pool on first use;
    each statement is its own transaction (see DriverConnection)."""
    if "seat_connection" not in g:
        g.seat_connection = DriverConnection(db.engine, current_app.extensions.get(STATEMENT_SHELF))
    return g.seat_connection


@bp.teardown_request
def _return_connection(_error: BaseException | None) -> None:
    connection = g.pop("seat_connection", None)
    if connection is not None:
        connection.close()  # back to the pool


def current_seat(quiz_id: int) -> Seat:
    """This browser's seat in the quiz; 404 when it holds none or the quiz is a draft."""
    token = session.get(SESSION_KEY, {}).get(str(quiz_id))
    rows = [SeatRow(*row) for row in SEAT_QUERY.execute(_connection(), {"token": token, "quiz_id": quiz_id})] \
        if isinstance(token, str) else []
    if not rows or rows[0].state == "draft":
        abort(404, NOT_OPEN_HERE)
    first = rows[0]
    quiz = QuizState(first.quiz_id, first.title, first.state, first.mode, first.revision, first.class_code)
    if len(_last_seen) >= QUIZ_CACHE_SIZE and quiz_id not in _last_seen:
        _last_seen.clear()  # bounded like the parsed quizzes; a quiz missing here takes the full path
    _last_seen[quiz_id] = quiz
    return Seat(participant_id=first.participant_id, nickname=first.nickname, finished=bool(first.finished),
                quiz=quiz,
                answers={row.question_id: SavedAnswer(row.question_id, row.response_json,
                                                      None if row.correct is None else bool(row.correct))
                         for row in rows if row.question_id is not None})


def save_answer(seat: Seat, question: Question, response: list[Any]) -> None:
    """Store the first answer to a question, committed at once (it must survive a lost
    connection); a resubmission, even one racing the first, changes nothing."""
    if question.id not in seat.answers:
        _store(ANSWER_INSERT, {"participant_id": seat.participant_id}, question, response)


def save_if_seat_unchanged(quiz: QuizState, question: Question, response: list[Any]) -> bool:
    """Store the answer in one statement if the seat is as `quiz` says (see
    ANSWER_IF_SEAT_UNCHANGED); False: nothing stored, the caller reads the seat and decides."""
    token = session.get(SESSION_KEY, {}).get(str(quiz.id))
    if not isinstance(token, str) or quiz.state != "open":
        return False
    return _store(ANSWER_IF_SEAT_UNCHANGED, {"token": token, "quiz_id": quiz.id, "revision": quiz.revision,
                                             "mode": quiz.mode}, question, response)


def _store(statement: DriverStatement, seat: dict[str, Any], question: Question, response: list[Any]) -> bool:
    """Run an answer INSERT, committed as it runs: whether it stored a row (the unique key
    refuses the second of two identical answers sent at once; the first one stands)."""
    connection = _connection()
    try:
        stored = statement.run(connection, seat | {
            "question_id": question.id, "answered_at": utcnow(),
            "response_json": json.dumps(response, ensure_ascii=False), "correct": is_correct(question, response)})
    except connection.dialect.loaded_dbapi.IntegrityError:
        return False
    return stored == 1


@limiter.request_filter
def _unlimited_route() -> bool:
    return request.endpoint in UNLIMITED_ENDPOINTS
