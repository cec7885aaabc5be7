"""Results of one quiz: percent correct per question, per skill, per student, and the class grid."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quizgen.models import Question
from quizgen.models import Quiz as QuizDoc
from quizgen.web.models import Answer, Participant

# A grid cell's state: what the colour, the symbol and the screen-reader text say.
RIGHT, WRONG, TO_GRADE, UNANSWERED = "right", "wrong", "to-grade", "unanswered"


@dataclass
class Tally:
    answered: int = 0
    correct: int = 0  # of the auto-graded answers
    graded: int = 0

    def add(self, correct: bool | None) -> None:
        self.answered += 1
        if correct is not None:
            self.graded += 1
            self.correct += int(correct)

    @property
    def percent(self) -> int | None:
        return round(100 * self.correct / self.graded) if self.graded else None


@dataclass
class StudentResult:
    participant: Participant
    answers: dict[str, Answer]
    tally: Tally = field(default_factory=Tally)
    per_skill: dict[str, Tally] = field(default_factory=dict)

    def cell(self, question_id: str) -> str:
        answer = self.answers.get(question_id)
        if answer is None:
            return UNANSWERED
        if answer.correct is None:
            return TO_GRADE
        return RIGHT if answer.correct else WRONG


@dataclass
class WeakestSkill:
    skills: list[str]  # several when they tie
    percent: int


@dataclass
class QuizResults:
    per_question: dict[str, Tally]
    per_skill: dict[str, Tally]
    students: list[StudentResult]
    questions_per_skill: dict[str, int] = field(default_factory=dict)

    @property
    def question_count(self) -> int:
        return sum(self.questions_per_skill.values())

    @property
    def answered_questions(self) -> set[str]:
        return {question_id for question_id, tally in self.per_question.items() if tally.answered}

    @property
    def to_grade(self) -> int:
        return sum(t.answered - t.graded for t in self.per_question.values())

    def weakest_skill(self) -> WeakestSkill | None:
        """The skill the class gets wrong most often so far; None while fewer than two skills
        have graded answers or all of them score the same (then none stands out)."""
        scored = {skill: t.percent for skill, t in self.per_skill.items() if t.percent is not None}
        if len(scored) < 2 or len(set(scored.values())) == 1:
            return None
        lowest = min(scored.values())
        return WeakestSkill([s for s, p in scored.items() if p == lowest], lowest)


def skill_tallies(doc: QuizDoc, answers: dict[str, Answer]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for question in doc.questions:
        tally = tallies.setdefault(question.skill, Tally())
        if question.id in answers:
            tally.add(answers[question.id].correct)
    return tallies


def summarize(doc: QuizDoc, participants: list[Participant]) -> QuizResults:
    per_question = {q.id: Tally() for q in doc.questions}
    skills = {q.id: q.skill for q in doc.questions}
    questions_per_skill: dict[str, int] = {}
    for skill in skills.values():
        questions_per_skill[skill] = questions_per_skill.get(skill, 0) + 1
    per_skill = {skill: Tally() for skill in questions_per_skill}
    students = []
    for participant in sorted(participants, key=lambda p: p.nickname.casefold()):
        answers = {a.question_id: a for a in participant.answers if a.question_id in per_question}
        student = StudentResult(participant, answers, per_skill={skill: Tally() for skill in questions_per_skill})
        for question_id, answer in answers.items():
            per_question[question_id].add(answer.correct)
            per_skill[skills[question_id]].add(answer.correct)
            student.per_skill[skills[question_id]].add(answer.correct)
            student.tally.add(answer.correct)
        students.append(student)
    return QuizResults(per_question, per_skill, students, questions_per_skill)


def describe_response(question: Question, response: list[Any]) -> str:
    """A response as readable text: option texts instead of ids."""
    texts = {c.id: c.text for c in question.choices}
    if question.type == "matching":
        return "; ".join(f"{texts.get(str(p[0]), p[0])} → {texts.get(str(p[1]), p[1])}"
                         for p in response if isinstance(p, (list, tuple)) and len(p) == 2)
    if question.type in ("short_answer", "open_response"):
        return " / ".join(str(r) for r in response)  # several accepted answers read as alternatives
    joiner = " → " if question.type == "ordering" else "; "
    return joiner.join(texts.get(str(r), str(r)) for r in response)
