"""The top of a student's summary: the overall score and what to practise next."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.data import SampleSet
from quizgen.web.results import Tally
from quizgen.web.samples import samples


@dataclass(frozen=True)
class NextStep:
    score: Tally  # every auto-graded answer of the quiz
    skill: str | None  # the weakest skill; None when every graded answer was right
    sample: SampleSet | None  # a practice set to try next


def overall(tallies: dict[str, Tally]) -> Tally:
    total = Tally()
    for tally in tallies.values():
        total.answered += tally.answered
        total.graded += tally.graded
        total.correct += tally.correct
    return total


def weakest_skill(tallies: dict[str, Tally]) -> str | None:
    """The skill with the lowest share right (most wrong answers on a tie, then the first in
    the quiz: `min` keeps the first of equals); None when nothing graded was wrong."""
    wrong = {skill: t.graded - t.correct for skill, t in tallies.items() if t.graded}
    if not any(wrong.values()):
        return None
    return min(wrong, key=lambda s: (tallies[s].correct / tallies[s].graded, -wrong[s]))


def practice_set(quiz_id: int, quiz_title: str) -> SampleSet | None:
    """A bundled set to practise on, not the one this quiz was made from (when the title
    says so); which one rotates with the quiz, so a class does not all get the same."""
    others = [s for s in samples() if s.title not in quiz_title] or list(samples())
    return others[quiz_id % len(others)] if others else None


def next_step(quiz_id: int, quiz_title: str, tallies: dict[str, Tally]) -> NextStep:
    return NextStep(overall(tallies), weakest_skill(tallies), practice_set(quiz_id, quiz_title))
