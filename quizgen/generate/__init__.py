"""generate: Report -> Quiz, filling question templates (templates/*.json) from the analysis."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.models import SKILLS, Quiz, QuizArticle, Report
from quizgen.settings import DEFAULT_QUESTION_COUNT


def generate_quiz(report: Report, *, skills: Sequence[str] = SKILLS, count: int = DEFAULT_QUESTION_COUNT,
                  difficulty: int | None = None, seed: int = 0) -> Quiz:
    arts = [QuizArticle(a.article.id, a.article.outlet, a.article.title, a.article.body) for a in report.articles]
    return Quiz(seed=seed, articles=arts, questions=[])
