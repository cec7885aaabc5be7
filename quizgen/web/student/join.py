"""Join a published quiz with its class code and a nickname."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select
from sqlalchemy.orm import defer
from sqlalchemy.exc import IntegrityError

from quizgen.settings import JOIN_FAILURE_RATE_LIMIT
from quizgen.web.extensions import db, limiter
from quizgen.web.forms import JoinForm
from quizgen.web.library import normalize_code
from quizgen.web.models import Quiz
from quizgen.web.nicknames import normalize_nickname
from quizgen.web.student import bp, current_participant, enrol, remember
from quizgen.web.student.resume import code_matches, find_seat, resume_code


NICKNAME_TAKEN = ("Someone in this quiz already uses this nickname. If that is you, type your resume code "
                  "too. If not, choose another nickname.")
WRONG_RESUME_CODE = ("This resume code does not fit this nickname in this quiz. Check the class code, the "
                     "nickname and the resume code, or ask your teacher.")


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
    resuming = bool(normalize_code(form.resume.data or ""))
    # no quiz JSON: joining never reads it (pages use the per-process parsed copy)
    quiz = db.session.scalar(select(Quiz).where(Quiz.class_code == code).options(defer(Quiz.quiz_json)))
    # a closed quiz takes no new students, but one may come back to read their results
    if quiz is None or not (quiz.state == "open" or (resuming and quiz.state == "closed")):
        form.code.errors.append("No open quiz has this code. Check the code with your teacher.")
        return render_template("student/join.html", form=form), 404
    nickname = normalize_nickname(form.nickname.data)
    if resuming:
        return _rejoin(form, quiz, nickname)
    if current_participant(quiz.id, required=False):
        return redirect(url_for("student.play", quiz_id=quiz.id))
    if not nickname:
        form.nickname.errors.append("Choose a nickname with letters or digits in it.")
        return render_template("student/join.html", form=form), 400
    # "Robin" and "robin" (or "Robin" with a zero-width space) would look like one student
    if find_seat(quiz.id, nickname):
        form.nickname.errors.append(NICKNAME_TAKEN)
        return render_template("student/join.html", form=form, show_resume=True), 409
    participant = enrol(quiz, nickname)
    quiz_id, token = quiz.id, participant.token  # the commit expires both objects: no reload for these
    try:
        db.session.commit()
    except IntegrityError:  # the same nickname joined a moment earlier
        db.session.rollback()
        form.nickname.errors.append(NICKNAME_TAKEN)
        return render_template("student/join.html", form=form, show_resume=True), 409
    remember(quiz_id, token)
    flash(f"Welcome, {nickname}! Your answers are saved as you go. Your resume code is "
          f"{resume_code(quiz_id, token)}: with it you can carry on from another device.")
    return redirect(url_for("student.play", quiz_id=quiz_id))


def _rejoin(form: JoinForm, quiz: Quiz, nickname: str) -> ResponseReturnValue:
    """Back to the seat of `nickname`, in this browser, when the resume code is theirs."""
    seat = find_seat(quiz.id, nickname) if nickname else None
    if seat is None or not code_matches(seat, form.resume.data):
        form.resume.errors.append(WRONG_RESUME_CODE)
        return render_template("student/join.html", form=form, show_resume=True), 403
    remember(seat.quiz_id, seat.token)
    flash(f"Welcome back, {seat.nickname}! You carry on where you left off.")
    return redirect(url_for("student.play", quiz_id=quiz.id))
