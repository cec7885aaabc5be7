"""Article sets: create (paste/upload/copy a sample), edit or remove articles, analysis view."""

from __future__ import annotations

import re

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.datastructures import FileStorage
from werkzeug.wrappers import Response

from quizgen.corrections import apply_corrections, report_keys
from quizgen.errors import InputError, QuizgenError
from quizgen.ingest.fetch import fetch_pages
from quizgen.models import SOURCE_TYPES, Article, Report
from quizgen.web.analysis_view import analysis_view
from quizgen.web.extensions import db
from quizgen.web.text import counted
from quizgen.web.forms import ActionForm, ArticleForm, NewSetForm, QuizBuilderForm, link_lines, pasted_article_count
from quizgen.web.highlight import FLAG_LABELS, SOURCE_LABELS, analysis_html, outlet_names
from quizgen.web.library import (PastedArticle, UploadedFile, check_article_count, check_set_size, ingest_inputs,
                                 report_for, set_articles)
from quizgen.web.models import ArticleSet, Correction, Quiz, SetArticle
from quizgen.web.samples import sample, sample_articles, samples
from quizgen.web.teacher import bp, owned_article, owned_set

CHART_WIDTH = 240  # px of the longest bar in the sourcing chart
ROW_ID = re.compile(r"item-[0-9a-f]{10}")  # where the analysis page returns after a correction
FETCH_OFF = ("Pasting links is off on this server (it may have no internet access). Open each article in "
             "your browser and paste its text, or save the page and upload the file.")


def uploads(files: list[FileStorage] | None) -> list[UploadedFile]:
    return [UploadedFile(f.filename or "", f.read()) for f in files or [] if f and f.filename]


def _add_articles(article_set: ArticleSet, articles: list[Article]) -> None:
    start = len(article_set.articles)
    for offset, art in enumerate(articles):
        article_set.articles.append(SetArticle(position=start + offset, outlet=art.outlet, title=art.title,
                                               url=art.url, body=art.body, filename=art.path))
    article_set.report_json = None


@bp.get("/")
def dashboard() -> str:
    sets = db.session.scalars(select(ArticleSet).where(ArticleSet.teacher_id == current_user.id)
                              .order_by(ArticleSet.created_at.desc())).all()
    quizzes = db.session.scalars(select(Quiz).where(Quiz.teacher_id == current_user.id)
                                 .order_by(Quiz.created_at.desc())).all()
    return render_template("teacher/dashboard.html", sets=sets, quizzes=quizzes, samples=samples(),
                           action=ActionForm())


@bp.route("/sets/new", methods=["GET", "POST"])
def new_set() -> str | Response:
    form = NewSetForm()
    allow_fetch = bool(current_app.config["ALLOW_FETCH"])
    if form.validate_on_submit():
        pasted = [PastedArticle(e.body.data or "", e.outlet.data, e.title.data, e.url.data) for e in form.articles]
        files = uploads(form.files.data)
        links = link_lines(form.links.data)
        try:
            # counted before anything is fetched or analysed: the form keeps only MAX_ARTICLES pastes
            check_article_count(len(links) + pasted_article_count(request.form) + len(files))
            if links and not allow_fetch:
                raise InputError(FETCH_OFF)
            fetched = [PastedArticle(page.text, url=page.url, is_html=page.is_html) for page in fetch_pages(links)]
            articles = ingest_inputs([*fetched, *pasted], files)
            if not articles:
                raise QuizgenError("Paste at least one article or upload a file.")
        except QuizgenError as err:
            flash(str(err), "error")
        else:
            article_set = ArticleSet(teacher_id=current_user.id, title=form.title.data.strip())
            _add_articles(article_set, articles)
            db.session.add(article_set)
            db.session.commit()
            return redirect(url_for("teacher.show_set", set_id=article_set.id))
    return render_template("teacher/new_set.html", form=form, allow_fetch=allow_fetch, fetch_off=FETCH_OFF)


@bp.post("/samples/<name>/copy")
def copy_sample(name: str) -> Response:
    found = sample(name)
    if found is None or not ActionForm().validate_on_submit():
        return redirect(url_for("teacher.dashboard"))
    article_set = ArticleSet(teacher_id=current_user.id, title=found.title)
    _add_articles(article_set, sample_articles(found))
    db.session.add(article_set)
    db.session.commit()
    flash(f"Copied the sample set “{found.title}”.")
    return redirect(url_for("teacher.show_set", set_id=article_set.id))


@bp.get("/sets/<int:set_id>")
def show_set(set_id: int) -> str:
    article_set = owned_set(set_id)
    builder = QuizBuilderForm(title=article_set.title)
    return render_template("teacher/set.html", article_set=article_set, add_form=ArticleForm(formdata=None),
                           builder=builder, action=ActionForm())


@bp.post("/sets/<int:set_id>/articles")
def add_article(set_id: int) -> str | Response:
    article_set = owned_set(set_id)
    form = ArticleForm()
    if form.validate_on_submit():
        pasted = [PastedArticle(form.body.data or "", form.outlet.data, form.title.data, form.url.data)]
        try:
            files = uploads(form.files.data)
            check_article_count(len(article_set.articles) + bool((form.body.data or "").strip()) + len(files))
            articles = ingest_inputs(pasted, files, len(article_set.articles) + 1)
            if not articles:
                raise QuizgenError("Paste the article's text or choose a file.")
            check_set_size([*set_articles(article_set.articles), *articles])
        except QuizgenError as err:
            flash(str(err), "error")
        else:
            _add_articles(article_set, articles)
            db.session.commit()
            flash(f"Added {counted(len(articles), 'article')}.")
            return redirect(url_for("teacher.show_set", set_id=set_id))
    return render_template("teacher/set.html", article_set=article_set, add_form=form,
                           builder=QuizBuilderForm(title=article_set.title), action=ActionForm()), 400


@bp.route("/sets/<int:set_id>/articles/<int:article_id>/edit", methods=["GET", "POST"])
def edit_article(set_id: int, article_id: int) -> str | Response:
    article_set = owned_set(set_id)
    record = owned_article(article_set, article_id)
    form = ArticleForm(obj=record)
    if form.validate_on_submit():
        pasted = [PastedArticle(form.body.data or "", form.outlet.data, form.title.data, form.url.data)]
        try:
            articles = ingest_inputs(pasted, uploads(form.files.data)[:1])
            if not articles:
                raise QuizgenError("The article cannot be empty; use “Remove” to delete it.")
        except QuizgenError as err:
            flash(str(err), "error")
        else:
            others = [r for r in article_set.articles if r.id != record.id]
            check_set_size([*set_articles(others), articles[-1]])
            art = articles[-1]
            record.body, record.outlet, record.title, record.url = art.body, art.outlet, art.title, art.url
            article_set.report_json = None
            db.session.commit()
            flash("Article saved.")
            return redirect(url_for("teacher.show_set", set_id=set_id))
    return render_template("teacher/edit_article.html", article_set=article_set, record=record, form=form)


@bp.post("/sets/<int:set_id>/articles/<int:article_id>/delete")
def delete_article(set_id: int, article_id: int) -> Response:
    article_set = owned_set(set_id)
    record = owned_article(article_set, article_id)
    if ActionForm().validate_on_submit():
        article_set.articles.remove(record)
        for position, remaining in enumerate(article_set.articles):
            remaining.position = position
        article_set.report_json = None
        db.session.commit()
        flash("Article removed.")
    return redirect(url_for("teacher.show_set", set_id=set_id))


@bp.post("/sets/<int:set_id>/delete")
def delete_set(set_id: int) -> Response:
    article_set = owned_set(set_id)
    if ActionForm().validate_on_submit():
        db.session.delete(article_set)
        db.session.commit()
        flash("Set deleted. Quizzes made from it are kept.")
    return redirect(url_for("teacher.dashboard"))


def sourcing_chart(report: Report) -> list[dict]:
    """Per outlet, one bar per source type: label, count and bar width in px."""
    rows = []
    labels = outlet_names(report.articles)
    top = max((n for p in report.comparison.profiles for n in p.source_types.values()), default=0) or 1
    for profile in report.comparison.profiles:
        bars = [{"type": t, "label": SOURCE_LABELS[t], "count": profile.source_types.get(t, 0),
                 "width": round(CHART_WIDTH * profile.source_types.get(t, 0) / top)} for t in SOURCE_TYPES]
        rows.append({"article": profile.article, "outlet": profile.outlet or labels.get(profile.article, profile.article),
                     "bars": bars,
                     "flagged": profile.flagged, "sentences": profile.sentences,
                     "cited": profile.cited_outlets})
    return rows


@bp.get("/sets/<int:set_id>/analysis")
def analysis(set_id: int) -> str | Response:
    article_set = owned_set(set_id)
    try:
        report = report_for(article_set)
    except QuizgenError as err:
        flash(str(err), "error")
        return redirect(url_for("teacher.show_set", set_id=set_id))
    db.session.commit()  # keep the cached report
    struck = article_set.correction_keys
    corrected = apply_corrections(report, struck)
    return render_template("teacher/analysis.html", article_set=article_set, report=report,
                           view=analysis_view(report, corrected, struck), bodies=analysis_html(report, struck),
                           chart=sourcing_chart(corrected), chart_width=CHART_WIDTH,
                           source_labels=SOURCE_LABELS, flag_labels=FLAG_LABELS, struck_count=len(struck))


@bp.post("/sets/<int:set_id>/analysis/corrections")
def correct_analysis(set_id: int) -> Response:
    """Mark items of the analysis wrong, or (with `undo`) take the mark back."""
    article_set = owned_set(set_id)
    keys = set(request.form.getlist("item"))
    if not ActionForm().validate_on_submit() or not keys:
        abort(400)
    if not keys <= report_keys(report_for(article_set)):
        abort(400)  # only what this set's analysis holds
    if request.form.get("undo"):
        for correction in [c for c in article_set.corrections if c.item_key in keys]:
            article_set.corrections.remove(correction)
        flash("The mark is taken back: this part of the analysis can be asked again.")
    else:
        known = article_set.correction_keys
        article_set.corrections += [Correction(item_key=key) for key in sorted(keys - known)]
        flash("Marked wrong: it is struck out here and left out of every quiz you make from this set.")
    db.session.commit()
    row = request.form.get("row", "")
    return redirect(url_for("teacher.analysis", set_id=set_id, _anchor=row if ROW_ID.fullmatch(row) else None))
