"""Publishing (class code, join link, QR), opening/closing, results, CSV and exports."""

from __future__ import annotations

import io
import re
from urllib.parse import urlsplit

import segno
from flask import abort, current_app, flash, redirect, render_template, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from quizgen.errors import QuizgenError
from quizgen.export import FORMATS, RESULTS_LABEL, export_quiz
from quizgen.export.results_csv import ResultRow, results_to_csv
from quizgen.web.extensions import db
from quizgen.web.forms import SKILL_LABELS, ActionForm, PublishForm
from quizgen.web.library import new_class_code
from quizgen.web.models import Answer, Quiz
from quizgen.web.results import describe_response, summarize
from quizgen.web.security import PRINT_PAGE_POLICY
from quizgen.web.teacher import bp, owned_quiz


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


def join_url(quiz: Quiz) -> str:
    public = current_app.config.get("PUBLIC_URL", "").rstrip("/")
    if public:
        return public + url_for("student.join_code", code=quiz.class_code)
    return url_for("student.join_code", code=quiz.class_code, _external=True)


def only_this_computer(url: str) -> bool:
    """A join link on a loopback address works on the teacher's computer only."""
    return urlsplit(url).hostname in LOOPBACK_HOSTS


def _code_taken(code: str) -> bool:
    return db.session.scalar(select(Quiz.id).where(Quiz.class_code == code)) is not None


@bp.post("/quizzes/<int:quiz_id>/publish")
def publish(quiz_id: int) -> Response:
    quiz = owned_quiz(quiz_id)
    form = PublishForm()
    if form.validate_on_submit():
        quiz.mode = form.mode.data
        quiz.class_code = quiz.class_code or new_class_code(_code_taken)
        quiz.state = "open"
        db.session.commit()
        flash(f"Published. Class code: {quiz.class_code}.")
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor="share"))


@bp.post("/quizzes/<int:quiz_id>/state/<state>")
def set_state(quiz_id: int, state: str) -> Response:
    """open <-> closed once published; back to draft only while nobody has joined."""
    quiz = owned_quiz(quiz_id)
    if not ActionForm().validate_on_submit() or state not in ("open", "closed", "draft") or quiz.state == "draft":
        abort(400)
    if state == "draft" and quiz.participants:
        flash("Students have joined this quiz, so it cannot go back to draft. Close it instead.", "error")
    else:
        quiz.state = state
        db.session.commit()
        flash({"open": "The quiz is open.", "closed": "The quiz is closed: students can no longer answer.",
               "draft": "The quiz is a draft again: you can edit it."}[state])
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor="share"))


@bp.get("/quizzes/<int:quiz_id>/qr.<kind>")
def qr_code(quiz_id: int, kind: str) -> Response:
    quiz = owned_quiz(quiz_id)
    if not quiz.class_code or kind not in ("svg", "png"):
        abort(404)
    buffer = io.BytesIO()
    qr = segno.make_qr(join_url(quiz), error="m")
    if kind == "svg":
        qr.save(buffer, kind="svg", scale=6, border=4, title=f"Join code {quiz.class_code}")
        mimetype = "image/svg+xml"
    else:
        qr.save(buffer, kind="png", scale=8, border=4)
        mimetype = "image/png"
    return Response(buffer.getvalue(), mimetype=mimetype)


@bp.get("/quizzes/<int:quiz_id>/results")
def results(quiz_id: int) -> str:
    quiz = owned_quiz(quiz_id)
    doc = quiz.doc
    return render_template("teacher/results.html", quiz=quiz, doc=doc, results=summarize(doc, quiz.participants),
                           skill_labels=SKILL_LABELS, describe=describe_response, action=ActionForm(),
                           hand_graded=HAND_GRADED_TYPES, results_label=RESULTS_LABEL)


# Free-text answers a teacher may grade by hand (short answers only match exact wording).
HAND_GRADED_TYPES = ("short_answer", "open_response")


@bp.post("/quizzes/<int:quiz_id>/answers/<int:answer_id>/grade/<verdict>")
def grade_answer(quiz_id: int, answer_id: int, verdict: str) -> Response:
    quiz = owned_quiz(quiz_id)
    answer = db.session.get(Answer, answer_id)
    if answer is None or answer.participant.quiz_id != quiz.id or verdict not in ("right", "wrong"):
        abort(404)
    question = next((q for q in quiz.doc.questions if q.id == answer.question_id), None)
    if question is None or question.type not in HAND_GRADED_TYPES:
        abort(400, "Only short and open answers are graded by hand.")
    if ActionForm().validate_on_submit():
        answer.correct = verdict == "right"
        db.session.commit()
    return redirect(url_for("teacher.results", quiz_id=quiz.id, _anchor=f"answer-{answer.id}"))


@bp.get("/quizzes/<int:quiz_id>/results.csv")
def results_csv(quiz_id: int) -> Response:
    quiz = owned_quiz(quiz_id)
    doc = quiz.doc
    questions = {q.id: q for q in doc.questions}
    rows = [ResultRow(nickname=p.nickname, question_id=a.question_id, skill=questions[a.question_id].skill,
                      answer=describe_response(questions[a.question_id], a.response), correct=a.correct,
                      answered_at=a.answered_at)
            for p in sorted(quiz.participants, key=lambda p: p.nickname.casefold())
            for a in sorted(p.answers, key=lambda a: a.answered_at) if a.question_id in questions]
    return _download(results_to_csv(rows), f"{_filename(quiz)}-results.csv", "text/csv; charset=utf-8")


def _filename(quiz: Quiz) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", quiz.title).strip("-").lower()[:60] or f"quiz-{quiz.id}"


def _download(data: bytes, filename: str, mimetype: str) -> Response:
    # content_type is sent as given; `mimetype=` would add a second "; charset=utf-8"
    return Response(data, content_type=mimetype, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/quizzes/<int:quiz_id>/export/<fmt>")
def export(quiz_id: int, fmt: str) -> Response:
    quiz = owned_quiz(quiz_id)
    if fmt not in FORMATS:
        abort(404)
    suffix, mimetype = FORMATS[fmt]
    try:
        data = export_quiz(quiz.doc, fmt)
    except QuizgenError as err:
        flash(str(err), "error")
        return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor="exports"))
    return _download(data, f"{_filename(quiz)}{suffix}", mimetype)


@bp.get("/quizzes/<int:quiz_id>/print")
def print_view(quiz_id: int) -> Response:
    """The export's standalone printable page (student copy, then the answer key)."""
    quiz = owned_quiz(quiz_id)
    if "html" not in FORMATS:
        abort(501, "The printable page is not available in this version.")
    response = Response(export_quiz(quiz.doc, "html"), mimetype="text/html")
    response.headers["Content-Security-Policy"] = PRINT_PAGE_POLICY
    return response
