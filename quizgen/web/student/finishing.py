"""Finishing an assessment with questions unanswered asks first: student.js opens an
in-page dialog; without script the server shows a page that asks (the same question)."""

from __future__ import annotations

from flask import render_template, request

from quizgen.models import Quiz as QuizDoc
from quizgen.web.models import Answer, Participant

CONFIRM_FIELD = "finish-anyway"  # the "Finish anyway" button (templates/student/_finish_anyway.html)


def unanswered_numbers(doc: QuizDoc, answers: dict[str, Answer]) -> list[int]:
    return [n for n, question in enumerate(doc.questions, start=1) if question.id not in answers]


def ask_before_finishing(participant: Participant) -> str | None:
    """The page asking "finish anyway?", or None when there is nothing to ask (finished
    already, every question answered, or the student said "finish anyway")."""
    if participant.finished or request.form.get(CONFIRM_FIELD) == "yes":
        return None
    missing = unanswered_numbers(participant.quiz.shared_doc, {a.question_id: a for a in participant.answers})
    if not missing:
        return None
    return render_template("student/finish_confirm.html", quiz=participant.quiz, missing=missing)
