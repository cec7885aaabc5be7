"""Database records of the classroom app (SQLAlchemy 2 typed models).

Quizzes keep the library's quiz JSON (`quizgen.models.Quiz.to_dict()`) as text, so the
web layer never re-models questions; answers point at question ids inside that JSON.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timezone
from typing import Any

from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, event
from sqlalchemy import inspect as inspect_record
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from quizgen.models import Quiz as QuizDoc
from quizgen.models import Report
from quizgen.web.cache import forget_quiz, shared_doc
from quizgen.web.extensions import db
from quizgen.web.highlight import article_label


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_revision() -> str:
    return secrets.token_hex(8)


def new_session_token() -> str:
    return secrets.token_hex(16)


QUIZ_STATES = ("draft", "open", "closed")
QUIZ_MODES = ("practice", "assessment")


class Teacher(UserMixin, db.Model):
    __tablename__ = "teacher"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    # part of the login cookie's user id: a new token (log out, new password) ends every
    # session made before it, including a copied cookie
    session_token: Mapped[str] = mapped_column(String(32), default=new_session_token, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    sets: Mapped[list[ArticleSet]] = relationship(back_populates="teacher", cascade="all, delete-orphan")
    quizzes: Mapped[list[Quiz]] = relationship(back_populates="teacher", cascade="all, delete-orphan")

    def get_id(self) -> str:
        """Flask-Login keeps this in the session: the id and the current session token."""
        return f"{self.id}:{self.session_token}"

    def end_sessions(self) -> None:
        """Every session logged in before now stops working (commit to take effect)."""
        self.session_token = new_session_token()


class ArticleSet(db.Model):
    """Articles on one event. `teacher_id` is None for a student's own practice set."""

    __tablename__ = "article_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    # cached analysis report JSON; cleared whenever an article changes
    report_json: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    teacher: Mapped[Teacher | None] = relationship(back_populates="sets")
    articles: Mapped[list[SetArticle]] = relationship(
        back_populates="article_set", cascade="all, delete-orphan", order_by="SetArticle.position")

    corrections: Mapped[list[Correction]] = relationship(back_populates="article_set", cascade="all, delete-orphan")

    @property
    def report(self) -> Report | None:
        return Report.from_dict(json.loads(self.report_json)) if self.report_json else None

    @property
    def correction_keys(self) -> set[str]:
        return {c.item_key for c in self.corrections}


class SetArticle(db.Model):
    __tablename__ = "set_article"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("article_set.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    outlet: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    filename: Mapped[str | None] = mapped_column(String(255))
    # the cleaned body (ingest output): what analysis offsets point into
    body: Mapped[str] = mapped_column(Text)

    article_set: Mapped[ArticleSet] = relationship(back_populates="articles")

    @property
    def label(self) -> str:
        return article_label(self.outlet, self.position + 1)


class Correction(db.Model):
    """A part of the set's analysis the teacher marked wrong (`quizgen.corrections` keys):
    kept across re-analysis, left out of every quiz made from the set."""

    __tablename__ = "correction"
    __table_args__ = (UniqueConstraint("set_id", "item_key", name="uq_correction_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("article_set.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article_set: Mapped[ArticleSet] = relationship(back_populates="corrections")


class Quiz(db.Model):
    __tablename__ = "quiz"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    set_id: Mapped[int | None] = mapped_column(ForeignKey("article_set.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    quiz_json: Mapped[str] = mapped_column(Text)
    # a new random token whenever quiz_json is written: caches key on (id, revision)
    revision: Mapped[str] = mapped_column(String(32), default=new_revision, server_default="0")
    state: Mapped[str] = mapped_column(String(10), default="draft")
    mode: Mapped[str] = mapped_column(String(12), default="practice")
    class_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    # the builder's choices, kept so "regenerate" draws from the same skills/difficulty
    skills: Mapped[str] = mapped_column(String(200), default="")
    difficulty: Mapped[int | None] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    teacher: Mapped[Teacher | None] = relationship(back_populates="quizzes")
    participants: Mapped[list[Participant]] = relationship(back_populates="quiz", cascade="all, delete-orphan")

    @property
    def doc(self) -> QuizDoc:
        return QuizDoc.from_dict(json.loads(self.quiz_json))

    @doc.setter
    def doc(self, value: QuizDoc) -> None:
        self._write(value.to_dict(), self.regenerated)

    # The last regenerate ({"before": question, "after": question}), kept beside the quiz
    # document in quiz_json (no column of its own) so the teacher can undo it.
    REGENERATED_KEY = "regenerated"

    @property
    def regenerated(self) -> dict[str, Any] | None:
        return json.loads(self.quiz_json).get(self.REGENERATED_KEY) if self.quiz_json else None

    @regenerated.setter
    def regenerated(self, value: dict[str, Any] | None) -> None:
        data = json.loads(self.quiz_json)
        data.pop(self.REGENERATED_KEY, None)
        self._write(data, value)

    def _write(self, data: dict[str, Any], regenerated: dict[str, Any] | None) -> None:
        self.quiz_json = json.dumps(data | ({self.REGENERATED_KEY: regenerated} if regenerated else {}),
                                    ensure_ascii=False)
        self.revision = new_revision()
        if self.id is not None:
            forget_quiz(self.id)

    @property
    def shared_doc(self) -> QuizDoc:
        """The quiz, parsed once per process and revision; read-only (edit a copy from `doc`)."""
        return shared_doc((self.id, self.revision), lambda: self.doc)

    @property
    def skill_list(self) -> list[str]:
        return [s for s in self.skills.split(",") if s]


class Participant(db.Model):
    """A student in one quiz: a nickname and a random token kept in their signed session."""

    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("quiz_id", "nickname", name="uq_participant_nickname"),
                      UniqueConstraint("quiz_id", "nickname_key", name="uq_participant_nickname_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id", ondelete="CASCADE"), index=True)
    nickname: Mapped[str] = mapped_column(String(80))
    # the nickname case-folded (quizgen.web.nicknames.nickname_key): "Robin" and "ROBIN" collide
    nickname_key: Mapped[str | None] = mapped_column(String(80))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    finished: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    quiz: Mapped[Quiz] = relationship(back_populates="participants")
    answers: Mapped[list[Answer]] = relationship(back_populates="participant", cascade="all, delete-orphan")


class Answer(db.Model):
    """One answer; the unique key makes a resubmitted answer a no-op, never a duplicate."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("participant_id", "question_id", name="uq_answer_once"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # no index of its own: uq_answer_once begins with it
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    response_json: Mapped[str] = mapped_column(Text)
    # None: not auto-graded (open response)
    correct: Mapped[bool | None] = mapped_column(Boolean)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    participant: Mapped[Participant] = relationship(back_populates="answers")

    @property
    def response(self) -> Any:
        return json.loads(self.response_json)


@event.listens_for(Session, "before_flush")
def _strip_nul(session: Session, _context: Any, _instances: Any) -> None:
    """No NUL reaches a text column (PostgreSQL refuses it: a 500), whatever path the text took;
    forms remove it already (quizgen.web.forms.without_nul), this is the last guard."""
    for record in (*session.new, *session.dirty):
        loaded = inspect_record(record).dict  # loaded values only: never loads a deferred column
        for key, value in list(loaded.items()):
            if isinstance(value, str) and "\x00" in value:
                setattr(record, key, value.replace("\x00", ""))
