"""Running a lesson: the projector view with its live lobby, the results grid that refreshes
itself, and the results as spreadsheets (one row per answer, or one per student for a gradebook).

The live pages poll small endpoints from quizgen/web/static/js/lesson.js (no inline script);
without JavaScript they are ordinary pages with a refresh link.
"""

from __future__ import annotations

import hashlib

from flask import abort, render_template, request
from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response

from quizgen.export.results_csv import ResultRow, StudentTotals, gradebook_to_csv, results_to_csv
from quizgen.web.extensions import db
from quizgen.web.forms import SKILL_LABELS, ActionForm
from quizgen.web.models import Answer, Participant, Quiz
from quizgen.web.results import QuizResults, describe_response, summarize
from quizgen.web.teacher import bp, owned_quiz
from quizgen.web.teacher.publish import HAND_GRADED_TYPES, download, filename_for, join_url, only_this_computer
from quizgen.web.text import counted

# How often the open pages ask for news, in seconds: a lobby fills fast, answers come slower.
LOBBY_POLL_SECONDS = 3
RESULTS_POLL_SECONDS = 5


def _participants(quiz: Quiz) -> list[Participant]:
    """The quiz's students with their answers, in two queries whatever the class size."""
    return list(db.session.scalars(select(Participant).where(Participant.quiz_id == quiz.id)
                                   .options(selectinload(Participant.answers))))


def _results_version(quiz: Quiz) -> str:
    """Changes whenever the grid would: a join, an answer, a finish, a hand grade, an edit or a state change."""
    joined = db.session.execute(
        select(func.count(Participant.id), func.max(Participant.id),
               func.sum(case((Participant.finished.is_(True), 1), else_=0)))
        .where(Participant.quiz_id == quiz.id)).one()
    answered = db.session.execute(
        select(func.count(Answer.id), func.max(Answer.id), func.count(Answer.correct),
               func.sum(case((Answer.correct.is_(True), 1), else_=0)))
        .join(Participant).where(Participant.quiz_id == quiz.id)).one()
    state = repr((quiz.revision, quiz.state, *joined, *answered))
    return hashlib.sha256(state.encode()).hexdigest()[:20]


def _results_context(quiz: Quiz) -> dict[str, object]:
    doc = quiz.shared_doc
    return {"quiz": quiz, "doc": doc, "results": summarize(doc, _participants(quiz)), "skill_labels": SKILL_LABELS,
            "describe": describe_response, "hand_graded": HAND_GRADED_TYPES, "action": ActionForm()}


@bp.get("/quizzes/<int:quiz_id>/results")
def results(quiz_id: int) -> str:
    quiz = owned_quiz(quiz_id)
    return render_template("teacher/results.html", poll_seconds=RESULTS_POLL_SECONDS,
                           version=_results_version(quiz), **_results_context(quiz))


@bp.get("/quizzes/<int:quiz_id>/results/live")
def results_live(quiz_id: int) -> Response:
    """The grid and tables of the results page; 304 while nothing changed (ETag)."""
    quiz = owned_quiz(quiz_id)
    version = _results_version(quiz)
    if version in request.if_none_match:
        response = Response(status=304)
    else:
        response = Response(render_template("teacher/_results_live.html", **_results_context(quiz)))
    response.set_etag(version)
    return response


@bp.get("/quizzes/<int:quiz_id>/projector")
def projector(quiz_id: int) -> str:
    quiz = owned_quiz(quiz_id)
    if not quiz.class_code:
        abort(404)
    link = join_url(quiz)
    return render_template("teacher/projector.html", quiz=quiz, join_link=link, local_only=only_this_computer(link),
                           lobby=_lobby(quiz), poll_seconds=LOBBY_POLL_SECONDS)


@bp.get("/quizzes/<int:quiz_id>/lobby.json")
def lobby(quiz_id: int) -> dict[str, object]:
    return _lobby(owned_quiz(quiz_id))


def _lobby(quiz: Quiz) -> dict[str, object]:
    """Who has joined, in joining order (JSON for the projector's script)."""
    nicknames = list(db.session.scalars(select(Participant.nickname).where(Participant.quiz_id == quiz.id)
                                        .order_by(Participant.created_at, Participant.id)))
    joined = counted(len(nicknames), "student")
    return {"state": quiz.state, "count": len(nicknames), "nicknames": nicknames,
            "label": f"{joined} {'has' if len(nicknames) == 1 else 'have'} joined"}


@bp.get("/quizzes/<int:quiz_id>/results.csv")
def results_csv(quiz_id: int) -> Response:
    """Every answer, one row each."""
    quiz = owned_quiz(quiz_id)
    questions = {q.id: q for q in quiz.shared_doc.questions}
    rows = [ResultRow(nickname=p.nickname, question_id=a.question_id, skill=questions[a.question_id].skill,
                      answer=describe_response(questions[a.question_id], a.response), correct=a.correct,
                      answered_at=a.answered_at)
            for p in sorted(_participants(quiz), key=lambda p: p.nickname.casefold())
            for a in sorted(p.answers, key=lambda a: a.answered_at) if a.question_id in questions]
    return download(results_to_csv(rows), f"{filename_for(quiz)}-results.csv", "text/csv; charset=utf-8")


@bp.get("/quizzes/<int:quiz_id>/gradebook.csv")
def gradebook_csv(quiz_id: int) -> Response:
    """One row per student with totals per skill, for a school gradebook."""
    quiz = owned_quiz(quiz_id)
    results = summarize(quiz.shared_doc, _participants(quiz))
    skills = list(results.questions_per_skill)
    return download(gradebook_to_csv(skills, student_totals(results)), f"{filename_for(quiz)}-gradebook.csv",
                    "text/csv; charset=utf-8")


def student_totals(results: QuizResults) -> list[StudentTotals]:
    """Unanswered questions count as not right: every student is scored out of the whole quiz."""
    return [StudentTotals(student.participant.nickname,
                          {skill: (student.per_skill[skill].correct, total)
                           for skill, total in results.questions_per_skill.items()},
                          answered=student.tally.answered, to_grade=student.tally.answered - student.tally.graded)
            for student in results.students]
