"""Assembly picks greedily; when a quiz comes out short it tries other seeded orders of the
same drafts and keeps the longest (one early pick must not cost a full quiz)."""

from __future__ import annotations

import random

import pytest

from quizgen.data import sample_set, sample_sets
from quizgen.generate import GENERATORS, SKILLS
from quizgen.generate.assemble import assemble, assemble_longest, draft_pools, _fresh
from quizgen.generate.context import Context
from quizgen.generate.templates import load_templates
from quizgen.pipeline import analyze_paths

SAMPLES = [s.name for s in sample_sets()]


def _pools(name: str, seed: int):
    ctx = Context(analyze_paths(sample_set(name).paths), random.Random(seed))
    return ctx, draft_pools(ctx, load_templates(), GENERATORS)


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("seed", [0, 7])
@pytest.mark.parametrize("count", [8, 15])
def test_the_longest_of_several_orders_is_never_shorter_than_one_pass(name, seed, count):
    ctx, pools = _pools(name, seed)
    one_pass = assemble([_fresh(p, None) for p in pools], SKILLS, count, None, random.Random(seed))
    longest = assemble_longest(pools, SKILLS, count, None, random.Random(seed))
    assert count >= len(longest) >= len(one_pass)


@pytest.mark.parametrize("name", SAMPLES[:3])
def test_assembly_is_reproducible(name):
    ctx, pools = _pools(name, 4)
    first = assemble_longest(pools, SKILLS, 15, None, random.Random(4))
    again = assemble_longest(pools, SKILLS, 15, None, random.Random(4))
    assert [q.prompt for q in first] == [q.prompt for q in again]


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("seed", range(4))
def test_every_sample_set_gives_a_full_quiz_whatever_the_seed(name, seed):
    """velora-scooter-recall gave 12 of 15 at seed 0 only because of one early pick. One
    question may be given up rather than let an option quote the sentence another question
    asks the source of (brennock at seed 2 gives 14)."""
    from quizgen.generate import generate_quiz

    quiz = generate_quiz(analyze_paths(sample_set(name).paths), seed=seed)
    assert len(quiz.questions) >= 14, quiz.notes
