"""Quiz builder: generate from a set, preview, edit/drop/regenerate/reorder questions."""

from __future__ import annotations

import secrets

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizgen.errors import QuizgenError
from quizgen.export import FORMATS
from quizgen.models import Question
from quizgen.models import Quiz as QuizDoc
from quizgen.settings import GENERATE_RATE_LIMIT
from quizgen.web.extensions import db, limiter
from quizgen.web.forms import (MODE_LABELS, SKILL_LABELS, ActionForm, ArticleForm, PublishForm, QuestionEditForm,
                               QuizBuilderForm)
from quizgen.web.library import build_quiz, generation_report, replacement_question
from quizgen.web.models import Quiz
from quizgen.web.results import describe_response
from quizgen.web.text import counted
from quizgen.web.teacher import bp, owned_quiz, owned_set
from quizgen.web.teacher.publish import join_url, only_this_computer


# Seeds stay within a signed 32-bit integer column on every database.
MAX_SEED = 2**31 - 1


@bp.post("/sets/<int:set_id>/quizzes")
@limiter.limit(GENERATE_RATE_LIMIT)
def generate(set_id: int) -> str | Response:
    article_set = owned_set(set_id)
    form = QuizBuilderForm()
    if form.validate_on_submit():
        difficulty = int(form.difficulty.data) if form.difficulty.data else None
        seed = secrets.randbelow(MAX_SEED)
        try:
            report = generation_report(article_set)
            doc = build_quiz(report, title=form.title.data.strip(), skills=form.skills.data,
                             count=form.count.data, difficulty=difficulty, seed=seed)
        except QuizgenError as err:
            db.session.rollback()
            flash(str(err), "error")
        else:
            quiz = Quiz(teacher_id=current_user.id, set_id=article_set.id, title=doc.title,
                        skills=",".join(form.skills.data), difficulty=difficulty, seed=seed)
            quiz.doc = doc
            db.session.add(quiz)
            db.session.commit()
            flash(f"Draft quiz with {counted(len(doc.questions), 'question')}. Review it, then publish.")
            for note in doc.notes:  # why it is shorter than asked, or lacks a skill
                flash(note)
            return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id))
    return render_template("teacher/set.html", article_set=article_set, add_form=ArticleForm(formdata=None),
                           builder=form, action=ActionForm()), 400


@bp.get("/quizzes/<int:quiz_id>")
def show_quiz(quiz_id: int) -> str:
    quiz = owned_quiz(quiz_id)
    link = join_url(quiz) if quiz.class_code else ""
    return render_template("teacher/quiz.html", quiz=quiz, doc=quiz.doc, action=ActionForm(), join_link=link,
                           local_only=bool(link) and only_this_computer(link),
                           publish_form=PublishForm(mode=quiz.mode), formats=FORMATS,
                           skill_labels=SKILL_LABELS, mode_labels=MODE_LABELS, describe=describe_response)


def _draft(quiz_id: int) -> tuple[Quiz, QuizDoc]:
    quiz = owned_quiz(quiz_id)
    if quiz.state != "draft":
        abort(409, "Only a draft can be edited.")
    return quiz, quiz.doc


def _question(doc: QuizDoc, question_id: str) -> tuple[int, Question]:
    for index, question in enumerate(doc.questions):
        if question.id == question_id:
            return index, question
    abort(404)


@bp.route("/quizzes/<int:quiz_id>/questions/<question_id>/edit", methods=["GET", "POST"])
def edit_question(quiz_id: int, question_id: str) -> str | Response:
    quiz, doc = _draft(quiz_id)
    _, question = _question(doc, question_id)
    form = QuestionEditForm()
    if not form.is_submitted():
        form.prompt.data, form.explanation.data = question.prompt, question.explanation
        for choice in question.choices:
            form.choices.append_entry(choice.text)
        if question.type in ("short_answer", "open_response"):
            form.accepted.data = "\n".join(str(a) for a in question.answer)
    elif form.validate() and len(form.choices.entries) == len(question.choices):
        question.prompt = form.prompt.data.strip()
        question.explanation = (form.explanation.data or "").strip()
        for choice, entry in zip(question.choices, form.choices.entries):
            choice.text = entry.data.strip()
        if question.type in ("short_answer", "open_response"):
            accepted = [line.strip() for line in (form.accepted.data or "").splitlines() if line.strip()]
            if not accepted:
                form.accepted.errors = ["Give at least one accepted answer."]
                return render_template("teacher/edit_question.html", quiz=quiz, question=question, form=form), 400
            question.answer = accepted
        quiz.doc = doc
        db.session.commit()
        flash("Question saved.")
        return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor=f"question-{question.id}"))
    status = 400 if form.is_submitted() else 200
    return render_template("teacher/edit_question.html", quiz=quiz, question=question, form=form), status


@bp.post("/quizzes/<int:quiz_id>/questions/<question_id>/drop")
def drop_question(quiz_id: int, question_id: str) -> Response:
    quiz, doc = _draft(quiz_id)
    index, _ = _question(doc, question_id)
    if ActionForm().validate_on_submit():
        if len(doc.questions) == 1:
            flash("A quiz needs at least one question.", "error")
        else:
            del doc.questions[index]
            quiz.doc = doc
            db.session.commit()
            flash("Question dropped.")
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id))


@bp.post("/quizzes/<int:quiz_id>/questions/<question_id>/move/<direction>")
def move_question(quiz_id: int, question_id: str, direction: str) -> Response:
    quiz, doc = _draft(quiz_id)
    index, question = _question(doc, question_id)
    target = index - 1 if direction == "up" else index + 1 if direction == "down" else -1
    if ActionForm().validate_on_submit() and 0 <= target < len(doc.questions):
        doc.questions[index], doc.questions[target] = doc.questions[target], question
        quiz.doc = doc
        db.session.commit()
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor=f"question-{question_id}"))


@bp.post("/quizzes/<int:quiz_id>/questions/<question_id>/regenerate")
@limiter.limit(GENERATE_RATE_LIMIT)
def regenerate_question(quiz_id: int, question_id: str) -> Response:
    quiz, doc = _draft(quiz_id)
    index, question = _question(doc, question_id)
    if ActionForm().validate_on_submit():
        article_set = owned_set(quiz.set_id) if quiz.set_id else None
        try:
            if article_set is None:
                raise QuizgenError("The article set of this quiz was deleted, so no new question can be made.")
            doc.questions[index] = replacement_question(generation_report(article_set), doc, question,
                                                        quiz.difficulty, quiz.seed + index)
        except QuizgenError as err:
            flash(str(err), "error")
        else:
            quiz.doc = doc
            flash("Question replaced.")
        db.session.commit()
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor=f"question-{question_id}"))


@bp.post("/quizzes/<int:quiz_id>/delete")
def delete_quiz(quiz_id: int) -> Response:
    quiz = owned_quiz(quiz_id)
    if ActionForm().validate_on_submit():
        db.session.delete(quiz)
        db.session.commit()
        flash("Quiz deleted, with its results.")
    return redirect(url_for("teacher.dashboard"))
