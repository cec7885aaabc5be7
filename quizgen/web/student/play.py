"""One question at a time beside the articles; answers saved at once, exactly once."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.datastructures import MultiDict

from quizgen.models import Question
from quizgen.models import Quiz as QuizDoc
from quizgen.settings import MAX_ANSWER_CHARS
from quizgen.web.extensions import db
from quizgen.web.forms import SKILL_LABELS, ActionForm
from quizgen.web.cache import QuizKey, article_body
from quizgen.web.highlight import article_label
from quizgen.web.models import Answer, Participant
from quizgen.web.results import describe_response, skill_tallies
from quizgen.web.student import bp, current_participant
from quizgen.web.student.finishing import ask_before_finishing
from quizgen.web.student.seats import current_seat, last_seen_quiz, save_answer, save_if_seat_unchanged
from quizgen.web.urls import url_for as built_url


def parse_response(question: Question, form: MultiDict[str, str]) -> tuple[list[Any] | None, str]:
    """The submitted answer in `Question.answer` shape, or None and what to fix."""
    ids = [c.id for c in question.choices]
    kind = question.type
    if kind in ("multiple_choice", "true_false"):
        choice = form.get("choice")
        return ([choice], "") if choice in ids else (None, "Choose one answer.")
    if kind == "multiple_select":
        chosen = [c for c in ids if c in form.getlist("choice")]
        return (chosen, "") if chosen else (None, "Choose at least one answer.")
    if kind == "matching":
        left = [c.id for c in question.choices if c.side == "left"]
        right = {c.id for c in question.choices if c.side == "right"}
        pairs = [[lid, form.get(f"match-{lid}")] for lid in left]
        if left and all(p[1] in right for p in pairs):
            return pairs, ""
        return None, "Match every item."
    if kind == "ordering":
        try:
            positions = {cid: int(form.get(f"order-{cid}", "")) for cid in ids}
        except ValueError:
            return None, "Give every item a position."
        if sorted(positions.values()) != list(range(1, len(ids) + 1)):
            return None, "Use each position exactly once."
        return sorted(ids, key=positions.__getitem__), ""
    text = " ".join(form.get("text", "").replace("\x00", "").split())  # no NUL, as in every form
    if not text:
        return None, "Write your answer."
    if len(text) > MAX_ANSWER_CHARS:
        return None, f"Keep your answer under {MAX_ANSWER_CHARS} characters."
    return [text], ""


def _answers(participant: Participant) -> dict[str, Answer]:
    return {a.question_id: a for a in participant.answers}


def _question_at(doc: QuizDoc, number: int) -> Question:
    if not 1 <= number <= len(doc.questions):
        abort(404)
    return doc.questions[number - 1]


def _article_views(doc: QuizDoc, question: Question, show_evidence: bool,
                   cache_key: QuizKey | None = None) -> list[dict[str, Any]]:
    """The articles beside a question; with `cache_key` (quiz id, revision) their HTML is reused."""
    views: list[dict[str, Any]] = []
    for number, article in enumerate(doc.articles, start=1):
        ranges = [(e.start, e.end) for e in question.evidence if e.article == article.id] if show_evidence else []
        # only the first article with evidence carries the #evidence anchor (ids are unique)
        anchor = not any(v["has_evidence"] for v in views)
        views.append({"id": article.id, "label": article_label(article.outlet, number), "title": article.title,
                      "body": article_body(cache_key, article.id, article.body, ranges, anchor),
                      "has_evidence": bool(ranges)})
    # the article holding the evidence first, so it is beside the feedback
    return sorted(views, key=lambda v: not v["has_evidence"])


@bp.get("/play/<int:quiz_id>")
def play(quiz_id: int) -> ResponseReturnValue:
    seat = current_seat(quiz_id)
    doc = seat.quiz.shared_doc
    answers = seat.answers
    for number, question in enumerate(doc.questions, start=1):
        if question.id not in answers:
            return redirect(url_for("student.question", quiz_id=quiz_id, number=number))
    return redirect(url_for("student.summary", quiz_id=quiz_id))


def _answer_target(quiz_id: int, number: int, mode: str) -> str:
    if mode == "practice":  # feedback right away, on the same question
        return built_url("student.question", quiz_id=quiz_id, number=number) + "#feedback"
    return built_url("student.play", quiz_id=quiz_id)


def _saved_at_once(quiz_id: int, number: int) -> str | None:
    """Most answers in one statement: checked against the quiz as this process last saw it,
    stored only if the database agrees (save_if_seat_unchanged). The redirect target, or
    None when nothing was stored and the full path below reads the seat and decides."""
    quiz = last_seen_quiz(quiz_id)
    if quiz is None:
        return None
    doc = quiz.shared_doc
    if not 1 <= number <= len(doc.questions):
        return None
    current = doc.questions[number - 1]
    response, _error = parse_response(current, request.form)
    if response is None or not save_if_seat_unchanged(quiz, current, response):
        return None
    return _answer_target(quiz_id, number, quiz.mode)


@bp.route("/play/<int:quiz_id>/<int:number>", methods=["GET", "POST"])
def question(quiz_id: int, number: int) -> ResponseReturnValue:
    if request.method == "POST" and (target := _saved_at_once(quiz_id, number)) is not None:
        return redirect(target)
    seat = current_seat(quiz_id)  # plain rows, not ORM objects: this route is most of a lesson's load
    quiz = seat.quiz
    doc = quiz.shared_doc
    current = _question_at(doc, number)
    answers = seat.answers
    error, status = "", 200
    if request.method == "POST":  # CSRFProtect has checked the token already
        response, error = parse_response(current, request.form)
        if quiz.state != "open" and current.id not in answers:
            error = "This quiz is closed: answers can no longer be sent."
        elif seat.finished and current.id not in answers:
            error = "You finished this quiz, so answers can no longer be added."
        if response is not None and not error:
            save_answer(seat, current, response)
            return redirect(_answer_target(quiz_id, number, quiz.mode))
        status = 400
    answer = answers.get(current.id)
    feedback = answer is not None and quiz.mode == "practice"
    return render_template(
        "student/question.html", quiz=quiz, doc=doc, question=current, number=number, error=error,
        answer=answer, feedback=feedback, answered=set(answers), skill_labels=SKILL_LABELS,
        articles=_article_views(doc, current, feedback, (quiz.id, quiz.revision)), describe=describe_response), status


@bp.post("/play/<int:quiz_id>/finish")
def finish(quiz_id: int) -> ResponseReturnValue:
    participant = current_participant(quiz_id)
    if ActionForm().validate_on_submit():
        if (question_page := ask_before_finishing(participant)) is not None:
            return question_page
        participant.finished = True
        db.session.commit()
    return redirect(url_for("student.summary", quiz_id=quiz_id))


@bp.get("/play/<int:quiz_id>/summary")
def summary(quiz_id: int) -> ResponseReturnValue:
    participant = current_participant(quiz_id)
    quiz = participant.quiz
    doc = quiz.shared_doc
    answers = _answers(participant)
    # assessment mode: scores once the student finishes; the key (right answers, explanations,
    # which answers were wrong) only once the quiz closes, or a finished student could pass
    # it to the next nickname while the quiz is still open
    reveal = quiz.mode == "practice" or participant.finished or quiz.state == "closed"
    reveal_key = quiz.mode == "practice" or quiz.state == "closed"
    if not reveal and len(answers) == len(doc.questions):
        flash("You answered every question. Press “Finish” to see your results.")
    return render_template("student/summary.html", quiz=quiz, doc=doc, answers=answers, reveal=reveal,
                           reveal_key=reveal_key,
                           tallies=skill_tallies(doc, answers) if reveal else {}, skill_labels=SKILL_LABELS,
                           describe=describe_response, action=ActionForm(), participant=participant)
