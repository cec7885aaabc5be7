"""Quiz builder: generate from a set, preview, edit/drop/regenerate/reorder questions."""

from __future__ import annotations

import secrets

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizgen.errors import QuizgenError
from quizgen.export import EXPORT_LABELS, RESULTS_LABEL
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
from quizgen.web.teacher import question_editor as editor
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
    doc = quiz.doc
    return render_template("teacher/quiz.html", quiz=quiz, doc=doc, action=ActionForm(), join_link=link,
                           local_only=bool(link) and only_this_computer(link),
                           publish_form=PublishForm(mode=quiz.mode), exports=EXPORT_LABELS,
                           results_label=RESULTS_LABEL, undoable=undoable_question(quiz, doc),
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
    """The whole question in one form; the option buttons (add, remove, move) post the form
    back and show it changed, without saving, so the page works without JavaScript."""
    quiz, doc = _draft(quiz_id)
    _, question = _question(doc, question_id)
    form = QuestionEditForm()
    if not form.is_submitted():
        form.prompt.data, form.explanation.data = question.prompt, question.explanation
        form.accepted.data = "\n".join(str(a) for a in question.answer) if question.type == "short_answer" else ""
        form.model_answer.data = str(question.answer[0]) if question.type == "open_response" and question.answer else ""
        return _edit_page(quiz, question, form, editor.rows_of(question))
    rows = editor.rows_from_form(request.form, question.type)
    action = request.form.get("action", "save")
    if action != "save":
        rows, note, focus = editor.change_rows(rows, action, question.type)
        return _edit_page(quiz, question, form, rows, note=note, focus=focus)
    problems = [] if form.validate() else [editor.Problem(e, field=name) for name, errors in form.errors.items()
                                           for e in errors]
    problems += editor.problems(rows, question.type)
    answers = form.answer_lines(question.type)
    if question.type in editor.FREE_TEXT and not answers:
        field = form.accepted if question.type == "short_answer" else form.model_answer
        field.errors = ["Give at least one accepted answer." if field is form.accepted else "Write the model answer."]
        problems.append(editor.Problem(field.errors[0], field=field.id))
    if problems:
        return _edit_page(quiz, question, form, rows, problems=problems), 400
    question.prompt, question.explanation = form.prompt.data, form.explanation.data or ""
    if question.type in editor.FREE_TEXT:
        question.answer = answers
    editor.apply_rows(question, rows)
    quiz.doc = doc
    db.session.commit()
    flash("Question saved.")
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor=f"question-{question.id}"))


def _edit_page(quiz: Quiz, question: Question, form: QuestionEditForm, rows: list[editor.OptionRow],
               note: str = "", focus: int | None = None, problems: list[editor.Problem] | None = None) -> str:
    problems = problems or []
    by_row: dict[int | None, list[str]] = {}
    for problem in problems:
        if problem.field == "options":
            by_row.setdefault(problem.row, []).append(problem.message)
    return render_template("teacher/edit_question.html", quiz=quiz, question=question, form=form, rows=rows,
                           note=note, focus=focus, problems=problems, row_problems=by_row, editor=editor)


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


@bp.post("/quizzes/<int:quiz_id>/order")
def reorder_questions(quiz_id: int) -> Response:
    """The whole order at once (dragging, in static/js/builder.js): the quiz's own question
    ids, each once, or nothing changes."""
    quiz, doc = _draft(quiz_id)
    wanted = request.form.get("order", "").split(",")
    by_id = {q.id: q for q in doc.questions}
    if not ActionForm().validate_on_submit() or sorted(wanted) != sorted(by_id):
        abort(400, "The new order must list every question of the quiz once.")
    doc.questions = [by_id[question_id] for question_id in wanted]
    quiz.doc = doc
    db.session.commit()
    flash("New order saved.")
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor="question-list"))


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
            quiz.regenerated = {"before": question.to_dict(), "after": doc.questions[index].to_dict()}
            flash("Question replaced. “Undo regenerate” under it brings the old one back.")
        db.session.commit()
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor=f"question-{question_id}"))


def undoable_question(quiz: Quiz, doc: QuizDoc) -> str | None:
    """The id of the question the last regenerate made, while it is in the quiz unchanged
    (once the teacher edits or drops it, bringing the old one back would lose their work)."""
    last = quiz.regenerated
    if not last:
        return None
    after = last.get("after") or {}
    current = next((q for q in doc.questions if q.id == after.get("id")), None)
    return current.id if current is not None and current.to_dict() == after else None


@bp.post("/quizzes/<int:quiz_id>/questions/<question_id>/undo-regenerate")
def undo_regenerate(quiz_id: int, question_id: str) -> Response:
    quiz, doc = _draft(quiz_id)
    index, _ = _question(doc, question_id)
    if ActionForm().validate_on_submit():
        if undoable_question(quiz, doc) != question_id:
            flash("This question cannot go back: it was edited, or another question was regenerated since.", "error")
        else:
            doc.questions[index] = Question.from_dict(quiz.regenerated["before"])
            quiz.doc = doc
            quiz.regenerated = None
            db.session.commit()
            flash("The question before the regenerate is back.")
    return redirect(url_for("teacher.show_quiz", quiz_id=quiz.id, _anchor=f"question-{question_id}"))


@bp.post("/quizzes/<int:quiz_id>/delete")
def delete_quiz(quiz_id: int) -> Response:
    quiz = owned_quiz(quiz_id)
    if ActionForm().validate_on_submit():
        db.session.delete(quiz)
        db.session.commit()
        flash("Quiz deleted, with its results.")
    return redirect(url_for("teacher.dashboard"))
