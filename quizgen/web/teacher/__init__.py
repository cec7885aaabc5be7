"""Teacher pages: article sets, analysis, quiz builder, publishing, results, exports.

Everything here needs a logged-in teacher, and every record is looked up through its
owner: another teacher's id gives 404, never a hint that it exists.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort
from flask_login import current_user, login_required

from quizgen.web.extensions import db
from quizgen.web.models import ArticleSet, Quiz, SetArticle

bp = Blueprint("teacher", __name__, url_prefix="/teacher")


@bp.before_request
@login_required
def require_teacher() -> None:
    """Every teacher page needs a login (login_required redirects otherwise)."""


@bp.after_request
def no_store(response: Response) -> Response:
    """Teacher pages and downloads (results, keys) stay out of shared and browser caches."""
    response.headers["Cache-Control"] = "no-store"
    return response


def owned_set(set_id: int) -> ArticleSet:
    article_set = db.session.get(ArticleSet, set_id)
    if article_set is None or article_set.teacher_id != current_user.id:
        abort(404)
    return article_set


def owned_article(article_set: ArticleSet, article_id: int) -> SetArticle:
    article = db.session.get(SetArticle, article_id)
    if article is None or article.set_id != article_set.id:
        abort(404)
    return article


def owned_quiz(quiz_id: int) -> Quiz:
    quiz = db.session.get(Quiz, quiz_id)
    if quiz is None or quiz.teacher_id != current_user.id:
        abort(404)
    return quiz


from quizgen.web.teacher import check_first, lesson, publish, quizzes, reach, sets  # noqa: E402,F401  (routes register on bp)
