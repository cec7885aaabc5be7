"""The builder's "Check these first" list (teacher/_check_first.html), from the quiz's set."""

from __future__ import annotations

from typing import Any

from quizgen.checks import CheckFirst, questions_to_check
from quizgen.web.extensions import db
from quizgen.web.models import ArticleSet, Quiz
from quizgen.web.teacher import bp


def check_first(quiz: Quiz) -> list[CheckFirst]:
    """Questions resting on unsure or rejected analysis. The set's cached report is used as
    it is: a page view never starts an analysis."""
    article_set = db.session.get(ArticleSet, quiz.set_id) if quiz.set_id else None
    report = article_set.report if article_set else None
    return questions_to_check(quiz.doc, report, article_set.correction_keys if article_set else set())


@bp.context_processor
def builder_checks() -> dict[str, Any]:
    return {"check_first": check_first}
