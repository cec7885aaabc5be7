"""The top of a student's summary: the overall score and what to practise next."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.data import SampleSet
from quizgen.models import Quiz as QuizDoc
from quizgen.web.models import Quiz
from quizgen.web.results import Tally
from quizgen.web.samples import samples


@dataclass(frozen=True)
class NextStep:
    score: Tally  # right answers out of every auto-graded question, answered or not
    skill: str | None  # the weakest skill; None when every graded answer was right
    sample: SampleSet | None  # a practice set to try next


def overall(doc: QuizDoc, tallies: dict[str, Tally]) -> Tally:
    """A question left unanswered counts as not right: "1 of 1 right" after skipping
    three questions would say more than the student knows."""
    return Tally(answered=sum(t.answered for t in tallies.values()),
                 correct=sum(t.correct for t in tallies.values()),
                 graded=sum(q.type != "open_response" for q in doc.questions))


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


def next_step(quiz: Quiz, tallies: dict[str, Tally]) -> NextStep:
    return NextStep(overall(quiz.shared_doc, tallies), weakest_skill(tallies), practice_set(quiz.id, quiz.title))
