"""generate: Report -> Quiz, filling question templates (templates/*.json) from the analysis.

Each template names a generator (catalog.py) that reads the analysis and returns
drafts: slot values, options taken from the articles, evidence sentences. build.py
checks each draft (exactly one right option, or exactly the right set); assemble.py
picks a balanced, varied quiz with a seeded `random.Random`, so the same inputs and
seed give the same quiz.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from quizgen.errors import GenerationError
from quizgen.generate import coverage, sources, unverified
from quizgen.generate.assemble import Generator, assemble, draft_pools
from quizgen.generate.context import Context
from quizgen.generate.templates import Template, load_templates
from quizgen.models import SKILLS, Quiz, QuizArticle, Report
from quizgen.settings import DEFAULT_QUESTION_COUNT, MAX_QUESTION_COUNT

GENERATORS: dict[str, Generator] = {
    "attribution": sources.attribution,
    "source_kind": sources.source_kind,
    "source_named": sources.source_named,
    "first_reported_by": sources.first_reported_by,
    "article_sources": sources.article_sources,
    "claim_source_pairs": sources.claim_source_pairs,
    "cited_outlet": sources.cited_outlet,
    "flagged_sentence": unverified.flagged_sentence,
    "hedge_cue": unverified.hedge_cue,
    "verify_set": unverified.verify_set,
    "fact_across_outlets": coverage.fact_across_outlets,
    "unique_detail": coverage.unique_detail,
    "unique_detail_pairs": coverage.unique_detail_pairs,
    "discrepancy": coverage.discrepancy,
    "discrepancy_pairs": coverage.discrepancy_pairs,
    "outlet_profile": coverage.outlet_profile,
}


def generate_quiz(report: Report, *, skills: Sequence[str] = SKILLS, count: int = DEFAULT_QUESTION_COUNT,
                  difficulty: int | None = None, seed: int = 0,
                  templates: Sequence[Template] | None = None) -> Quiz:
    """A quiz of up to `count` (at most MAX_QUESTION_COUNT) questions on `skills`, grounded in `report`.

    Fewer questions come back when the articles cannot back more; GenerationError
    when they back none at all.
    """
    unknown = [s for s in skills if s not in SKILLS]
    if unknown or not skills:
        raise GenerationError(f"unknown skill(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(SKILLS)}")
    if count < 1:
        raise GenerationError(f"a quiz has 1 to {MAX_QUESTION_COUNT} questions; {count} were asked for")
    count = min(count, MAX_QUESTION_COUNT)  # the cap keeps generation bounded
    chosen_skills = [s for s in SKILLS if s in skills]  # stable order whatever the caller's order
    rng = random.Random(seed)
    ctx = Context(report, rng)
    if not ctx.articles:
        raise GenerationError("the articles have no sentences to ask about; check that they contain article text")
    pool_templates = [t for t in (templates if templates is not None else load_templates()) if t.skill in chosen_skills]
    pools = draft_pools(ctx, pool_templates, GENERATORS)
    questions = assemble(pools, chosen_skills, count, difficulty, rng)
    if not questions:
        raise GenerationError("the analysis found nothing a question could be grounded in (no sources, unverified "
                              "claims or shared facts); try longer news articles that quote their sources")
    articles = [QuizArticle(a.article.id, a.article.outlet, a.article.title, a.article.body) for a in report.articles]
    return Quiz(seed=seed, articles=articles, questions=questions)
