"""What a student reads after answering: for matching, which pairs were wrong and the
right match of each (the answer as a whole is right only when every pair is)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizgen.models import Question

NOTHING_CHOSEN = "nothing"


@dataclass(frozen=True)
class PairCheck:
    item: str  # the left-hand item
    chosen: str  # what the student matched it with
    right: str  # the right match
    correct: bool


def matching_checks(question: Question, response: Any) -> list[PairCheck]:
    """One check per item of the key, in the order the question lists the items."""
    texts = {c.id: c.text for c in question.choices}
    chosen = {str(p[0]): str(p[1]) for p in response or [] if isinstance(p, (list, tuple)) and len(p) == 2}
    key = {str(p[0]): str(p[1]) for p in question.answer if isinstance(p, (list, tuple)) and len(p) == 2}
    order = [c.id for c in question.choices if c.id in key]
    return [PairCheck(texts.get(left, left), texts.get(chosen.get(left, ""), NOTHING_CHOSEN), texts.get(key[left], key[left]),
                      chosen.get(left) == key[left]) for left in order]
