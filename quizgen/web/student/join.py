"""Join a published quiz with its class code and a nickname."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quizgen.settings import JOIN_FAILURE_RATE_LIMIT
from quizgen.web.extensions import db, limiter
from quizgen.web.forms import JoinForm
from quizgen.web.library import normalize_code
from quizgen.web.models import Participant, Quiz
from quizgen.web.nicknames import nickname_key, normalize_nickname
from quizgen.web.student import bp, current_participant, enrol, remember


NICKNAME_TAKEN = "Someone in this quiz already uses this nickname. Choose another one."


def _failed(response) -> bool:  # type: ignore[no-untyped-def]
    # a successful join redirects; anything else counts toward the guessing limit
    return response.status_code != 302


@bp.get("/join/<code>")
def join_code(code: str) -> str:
    """The join link behind the QR code: the form with the code filled in."""
    return render_template("student/join.html", form=JoinForm(code=normalize_code(code)[:12]))


@bp.route("/join", methods=["GET", "POST"])
@limiter.limit(JOIN_FAILURE_RATE_LIMIT, methods=["POST"], deduct_when=_failed)
def join() -> ResponseReturnValue:
    form = JoinForm()
    if not form.validate_on_submit():
        return render_template("student/join.html", form=form), 400 if form.is_submitted() else 200
    code = normalize_code(form.code.data)
    quiz = db.session.scalar(select(Quiz).where(Quiz.class_code == code))
    if quiz is None or quiz.state != "open":
        form.code.errors.append("No open quiz has this code. Check the code with your teacher.")
        return render_template("student/join.html", form=form), 404
    if current_participant(quiz.id, required=False):
        return redirect(url_for("student.play", quiz_id=quiz.id))
    nickname = normalize_nickname(form.nickname.data)
    if not nickname:
        form.nickname.errors.append("Choose a nickname with letters or digits in it.")
        return render_template("student/join.html", form=form), 400
    # "Robin" and "robin" (or "Robin" with a zero-width space) would look like one student
    taken = db.session.scalar(select(Participant.id).where(
        Participant.quiz_id == quiz.id,
        (Participant.nickname_key == nickname_key(nickname)) | (Participant.nickname == nickname)))
    if taken:
        form.nickname.errors.append(NICKNAME_TAKEN)
        return render_template("student/join.html", form=form), 409
    participant = enrol(quiz, nickname)
    try:
        db.session.commit()
    except IntegrityError:  # the same nickname joined a moment earlier
        db.session.rollback()
        form.nickname.errors.append(NICKNAME_TAKEN)
        return render_template("student/join.html", form=form), 409
    remember(participant)
    flash(f"Welcome, {nickname}! Your answers are saved as you go.")
    return redirect(url_for("student.play", quiz_id=quiz.id))
