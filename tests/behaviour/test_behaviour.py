"""The behavioural suite: every generated case, grouped by capability in the test ids."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.behaviour.cases import all_cases, check

CASES = all_cases()


def _id(index: int) -> str:
    case = CASES[index]
    return f"{case.capability}-{index}-{case.name}" if case.name else f"{case.capability}-{index}"


def test_suite_is_large_and_covers_every_capability():
    counts = Counter(case.capability for case in CASES)
    assert len(CASES) >= 2000
    assert min(counts.values()) >= 50, counts
    cues = {case.name.split("-", 1)[0] for case in CASES if case.capability == "vocabulary"}
    assert len(cues) >= 250  # reporting verbs and phrases, each in every tense


@pytest.mark.parametrize("index", range(len(CASES)), ids=_id)
def test_case(index):
    case = CASES[index]
    problem = check(case)
    assert problem is None, f"{case.text!r}: {problem}"
