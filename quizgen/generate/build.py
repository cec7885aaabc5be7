"""Turn a template and a Draft into a Question, checking that exactly one option (or
exactly the right set) is right; a draft that fails a check is dropped, not guessed."""

from __future__ import annotations

import random
import string

from quizgen.generate.context import Draft
from quizgen.generate.templates import Template
from quizgen.generate.text import mend_quote_start, nest_quotes, norm
from quizgen.models import Choice, Question

CHOICE_IDS = string.ascii_lowercase


def _distinct(texts: list[str]) -> bool:
    keys = [norm(t) for t in texts]
    return all(keys) and len(set(keys)) == len(keys)


def _choice_question(tpl: Template, draft: Draft, rng: random.Random) -> tuple[list[Choice], list] | None:
    if len(draft.options) < 2 or not _distinct(draft.options):
        return None
    right = sorted(set(draft.right))
    if not right or any(i >= len(draft.options) for i in right):
        return None
    if tpl.type in ("multiple_choice", "true_false") and len(right) != 1:
        return None
    if tpl.type == "multiple_select" and len(right) == len(draft.options):
        return None  # with no wrong option there is nothing to judge
    order = list(range(len(draft.options)))
    if tpl.type != "true_false":
        rng.shuffle(order)
    choices = [Choice(CHOICE_IDS[n], mend_quote_start(draft.options[i])) for n, i in enumerate(order)]
    answer = [CHOICE_IDS[n] for n, i in enumerate(order) if i in right]
    return choices, answer


def _matching(draft: Draft, rng: random.Random) -> tuple[list[Choice], list] | None:
    lefts, rights = [p[0] for p in draft.pairs], [p[1] for p in draft.pairs]
    if len(draft.pairs) < 2 or not _distinct(lefts) or not _distinct(rights):
        return None
    left = [Choice(CHOICE_IDS[n], text, "left") for n, text in enumerate(lefts)]
    order = list(range(len(rights)))
    while len(order) > 1 and order == sorted(order):  # never show the pairs already lined up
        rng.shuffle(order)
    right = [Choice(CHOICE_IDS[len(left) + n], rights[i], "right") for n, i in enumerate(order)]
    answer = [[left[i].id, right[order.index(i)].id] for i in range(len(left))]
    return left + right, answer


def build_question(tpl: Template, draft: Draft, rng: random.Random, question_id: str) -> Question | None:
    if not draft.evidence:
        return None
    if tpl.type in ("multiple_choice", "multiple_select", "true_false"):
        built = _choice_question(tpl, draft, rng)
    elif tpl.type == "matching":
        built = _matching(draft, rng)
    elif tpl.type == "short_answer":
        built = ([], list(dict.fromkeys(a.strip() for a in draft.accepted if a.strip()))) if draft.accepted else None
    else:
        built = ([], [draft.model_answer]) if draft.model_answer else None
    if built is None or not built[1]:
        return None
    choices, answer = built
    slots = {name: nest_quotes(value) for name, value in draft.slots.items()}  # templates quote them
    return Question(question_id, tpl.skill, tpl.type, tpl.id, tpl.difficulty, _sentence_case(tpl.fill_prompt(slots)),
                    choices, answer, _sentence_case(tpl.fill_explanation(slots)), list(draft.evidence),
                    round(draft.confidence, 2))


def _sentence_case(text: str) -> str:
    """A slot may open the text ("the MLS representative is..."): start with a capital."""
    text = text.strip()
    return text[:1].upper() + text[1:]
