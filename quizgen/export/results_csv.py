"""Class results as CSV for the teacher: one row per student answer, a summary per question,
and a gradebook (one row per student with totals per skill) a school gradebook can import.

Spreadsheets run cells that start with = + - @ (and tab or carriage return) as
formulas, and nicknames and answers are typed by students: such cells get a leading
apostrophe (OWASP's advice against CSV injection). A spreadsheet set to split on ";" or
"," (the list separator of many locales) makes a new cell after each one, so a formula
start after a separator inside a cell gets the apostrophe too. Files are UTF-8 with a byte-order
mark, so Excel shows accents and non-Latin nicknames correctly.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from quizgen.export.common import SKILL_LABELS
from quizgen.models import Question

RESULT_HEADER = ("nickname", "question_id", "skill", "answer", "correct", "answered_at")
GRADEBOOK_HEADER = ("Student", "Right", "Out of", "Percent", "Answered", "To grade")
SUMMARY_HEADER = ("question_id", "skill", "answers", "graded", "correct", "percent_correct")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# a separator, optional spaces, then a formula start: "x;=HYPERLINK(...)", "a, +1"
_FORMULA_AFTER_SEPARATOR = re.compile(r"([;,] *)([=+\-@\t\r])")


@dataclass(frozen=True)
class ResultRow:
    """One answer of one student. `correct` is None for teacher-graded questions."""

    nickname: str
    question_id: str
    skill: str
    answer: str
    correct: bool | None
    answered_at: datetime | str


@dataclass(frozen=True)
class QuestionSummary:
    question_id: str
    skill: str
    answers: int
    graded: int  # answers graded automatically (not open responses)
    correct: int

    @property
    def percent_correct(self) -> float | None:
        """Share of graded answers that are right; None when none could be graded."""
        return None if self.graded == 0 else round(100 * self.correct / self.graded, 1)


@dataclass(frozen=True)
class StudentTotals:
    """One student's score: per skill (right, questions of that skill in the quiz)."""

    student: str
    per_skill: dict[str, tuple[int, int]]
    answered: int
    to_grade: int  # answers waiting for the teacher's grade (counted as not right yet)

    @property
    def right(self) -> int:
        return sum(right for right, _ in self.per_skill.values())

    @property
    def out_of(self) -> int:
        return sum(total for _, total in self.per_skill.values())


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula, however it splits cells."""
    value = _FORMULA_AFTER_SEPARATOR.sub(r"\1'\2", value)
    # (spaces first do not stop every spreadsheet: " \t=1" may still run)
    return "'" + value if value.lstrip(" ").startswith(FORMULA_STARTS) else value


def _timestamp(value: datetime | str) -> str:
    if isinstance(value, str):
        return value
    if value.tzinfo is None:  # the web app stores UTC
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _correct(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig", errors="replace")


def results_to_csv(rows: Iterable[ResultRow]) -> bytes:
    """One line per answer, in the order given (the caller sorts)."""
    return _csv(RESULT_HEADER, ((r.nickname, r.question_id, r.skill, r.answer, _correct(r.correct),
                                 _timestamp(r.answered_at)) for r in rows))


def _percent(right: int, out_of: int) -> str:
    return f"{100 * right / out_of:.1f}" if out_of else ""


def gradebook_to_csv(skills: Sequence[str], students: Iterable[StudentTotals]) -> bytes:
    """One line per student: total right, out of, percent, then right / out of / percent per skill."""
    header = [*GRADEBOOK_HEADER]
    for skill in skills:
        label = SKILL_LABELS.get(skill, skill)
        header += [f"{label}: right", f"{label}: out of", f"{label}: percent"]
    rows = []
    for student in students:
        row = [student.student, str(student.right), str(student.out_of), _percent(student.right, student.out_of),
               str(student.answered), str(student.to_grade)]
        for skill in skills:
            right, out_of = student.per_skill.get(skill, (0, 0))
            row += [str(right), str(out_of), _percent(right, out_of)]
        rows.append(row)
    return _csv(header, rows)


def summarize(rows: Iterable[ResultRow]) -> list[QuestionSummary]:
    """Per question, in order of first appearance: answers, graded ones, right ones."""
    counts: dict[str, tuple[str, int, int, int]] = {}
    for row in rows:
        skill, answers, graded, right = counts.get(row.question_id, (row.skill, 0, 0, 0))
        counts[row.question_id] = (skill, answers + 1, graded + (row.correct is not None),
                                   right + (row.correct is True))
    return [QuestionSummary(qid, *entry) for qid, entry in counts.items()]


def summary_to_csv(summaries: Iterable[QuestionSummary]) -> bytes:
    return _csv(SUMMARY_HEADER, ((s.question_id, s.skill, str(s.answers), str(s.graded), str(s.correct),
                                  "" if s.percent_correct is None else f"{s.percent_correct:.1f}")
                                 for s in summaries))


def describe_response(question: Question, response: Sequence[object]) -> str:
    """A student's response (same shape as `Question.answer`) as a teacher reads it:
    option texts instead of ids, "left -> right" for matching pairs."""
    texts = {c.id: c.text for c in question.choices}
    parts = []
    for item in response:
        if isinstance(item, (list, tuple)):
            parts.append(" -> ".join(texts.get(str(x), str(x)) for x in item))
        else:
            parts.append(texts.get(str(item), str(item)) if question.choices else str(item))
    return "; ".join(parts)
