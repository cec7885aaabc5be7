"""Self-study without an account: practise on a bundled sample set or on pasted articles.

A practice quiz is an open, practice-mode Quiz with no teacher and no class code: only
the browser that made it (its session token) can open it.
"""

from __future__ import annotations

import secrets

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from quizgen.errors import QuizgenError
from quizgen.models import SKILLS, Report
from quizgen.settings import DEFAULT_QUESTION_COUNT, GENERATE_RATE_LIMIT
from quizgen.web.extensions import db, limiter
from quizgen.web.forms import SKILL_LABELS, ActionForm, PracticePasteForm, pasted_article_count
from quizgen.web.library import PastedArticle, build_quiz, check_article_count, ingest_inputs, labelled_report
from quizgen.web.models import Quiz
from quizgen.web.samples import sample, sample_report, samples
from quizgen.web.student import enrol, remember

bp = Blueprint("practice", __name__, url_prefix="/practice")

PRACTICE_NICKNAME = "me"
MAX_SEED = 2**31 - 1


def _page(form: PracticePasteForm) -> str:
    return render_template("practice/index.html", samples=samples(), skill_labels=SKILL_LABELS, action=ActionForm(),
                           form=form)


def _start(report: Report, title: str) -> ResponseReturnValue:
    seed = secrets.randbelow(MAX_SEED)
    doc = build_quiz(report, title=title, skills=SKILLS, count=DEFAULT_QUESTION_COUNT, difficulty=None, seed=seed)
    quiz = Quiz(teacher_id=None, title=title, state="open", mode="practice", skills=",".join(SKILLS), seed=seed)
    quiz.doc = doc
    participant = enrol(quiz, PRACTICE_NICKNAME)
    db.session.commit()
    remember(quiz.id, participant.token)
    return redirect(url_for("student.play", quiz_id=quiz.id))


@bp.get("/")
def index() -> str:
    return _page(PracticePasteForm())


@bp.post("/samples/<name>")
@limiter.limit(GENERATE_RATE_LIMIT)
def from_sample(name: str) -> ResponseReturnValue:
    found = sample(name)
    if found is None or not ActionForm().validate_on_submit():
        return redirect(url_for("practice.index"))
    try:
        return _start(sample_report(name), f"Practice: {found.title}")
    except QuizgenError as err:
        db.session.rollback()
        flash(str(err), "error")
        return redirect(url_for("practice.index"))


@bp.post("/paste")
@limiter.limit(GENERATE_RATE_LIMIT)
def from_paste() -> ResponseReturnValue:
    form = PracticePasteForm()
    if form.validate_on_submit():
        pasted = [PastedArticle(e.body.data or "", e.outlet.data, e.title.data, e.url.data) for e in form.articles]
        try:
            check_article_count(pasted_article_count(request.form))  # the form keeps only the first 8
            articles = ingest_inputs(pasted, [])
            return _start(labelled_report(articles), "Practice: my articles")
        except QuizgenError as err:
            db.session.rollback()
            flash(str(err), "error")
    return _page(form), 400
