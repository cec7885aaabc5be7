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
from quizgen.generate.assemble import Generator, assemble_longest, draft_pools
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
    "lone_source": coverage.lone_source,
    "lone_source_pairs": coverage.lone_source_pairs,
    "source_outlets": coverage.source_outlets,
    "discrepancy": coverage.discrepancy,
    "discrepancy_pairs": coverage.discrepancy_pairs,
}


SKILL_NAMES = {"find_source": "finding the sources", "spot_unverified": "spotting unverified claims",
               "compare_coverage": "comparing coverage"}
ONE_OUTLET_NOTE = "Only one outlet's article was given, so there is nothing to compare: no compare-coverage questions."
NOT_ONE_EVENT_NOTE = ("The articles do not seem to be about one event, so no compare-coverage questions compare "
                      "them.")


def one_event(report: Report) -> bool:
    """False only when the comparison says the articles are about different events (the
    field may be absent in older reports: then they are taken to be about one event)."""
    comparison = report.comparison
    value = getattr(comparison, "same_event", None)
    if isinstance(value, bool):
        return value
    groups = getattr(comparison, "event_groups", None)
    return not isinstance(groups, list) or len(groups) <= 1


def _compare_blocked(ctx: Context) -> str:
    """Why compare-coverage questions cannot be asked, or ""."""
    if len(ctx.distinct_outlets) < 2:
        return ONE_OUTLET_NOTE
    return "" if one_event(ctx.report) else NOT_ONE_EVENT_NOTE


def _shortfall_note(pools: list, questions: list, skills: Sequence[str], count: int) -> str:
    if len(questions) >= count:
        return ""
    missing = [SKILL_NAMES[s] for s in skills if not any(q.skill == s for q in questions)]
    unsure = sum(p.unsure for p in pools)
    note = (f"Only {len(questions)} of the {count} questions asked for could be made with confidence from "
            "these articles.")
    if missing:
        note += f" None on {' or '.join(missing)}."
    if unsure:
        were = "possible question was" if unsure == 1 else "possible questions were"
        note += (f" {unsure} {were} left out because the analysis was not sure enough of the "
                 "source, claim or sentence (a headline, caption or cut-off quote is never asked about).")
    return note + " Longer articles that quote named sources give more questions."


def generate_quiz(report: Report, *, skills: Sequence[str] = SKILLS, count: int = DEFAULT_QUESTION_COUNT,
                  difficulty: int | None = None, seed: int = 0,
                  templates: Sequence[Template] | None = None) -> Quiz:
    """A quiz of up to `count` (at most MAX_QUESTION_COUNT) questions on `skills`, grounded in `report`.

    Fewer questions come back when the articles cannot back more with confidence, with a
    note that says why (`Quiz.notes`); GenerationError when they back none at all.
    """
    unknown = [s for s in skills if s not in SKILLS]
    if unknown or not skills:
        raise GenerationError(f"unknown skill(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(SKILLS)}")
    if count < 1:
        raise GenerationError(f"a quiz has 1 to {MAX_QUESTION_COUNT} questions; {count} were asked for")
    count = min(count, MAX_QUESTION_COUNT)  # the cap keeps generation bounded
    rng = random.Random(seed)
    ctx = Context(report, rng)
    if not ctx.articles:
        raise GenerationError("the articles have no sentences to ask about; check that they contain article text")
    notes = []
    chosen_skills = [s for s in SKILLS if s in skills]  # stable order whatever the caller's order
    blocked = _compare_blocked(ctx) if "compare_coverage" in chosen_skills else ""
    if blocked:
        notes.append(blocked)
        chosen_skills.remove("compare_coverage")
    if not chosen_skills:
        raise GenerationError(blocked)
    pool_templates = [t for t in (templates if templates is not None else load_templates()) if t.skill in chosen_skills]
    pools = draft_pools(ctx, pool_templates, GENERATORS)
    questions = assemble_longest(pools, chosen_skills, count, difficulty, rng, [ctx.outlet(a) for a in ctx.articles])
    if not questions:
        raise GenerationError("the analysis found nothing a question could be grounded in with confidence (no clear "
                              "sources, unverified claims or shared facts); try longer news articles that quote their "
                              "sources")
    notes.append(_shortfall_note(pools, questions, chosen_skills, count))
    articles = [QuizArticle(a.article.id, a.article.outlet, a.article.title, a.article.body) for a in report.articles]
    return Quiz(seed=seed, articles=articles, questions=questions, notes=[n for n in notes if n])
