"""Plain-text export: the questions a student reads, then the teacher's answer key."""

from __future__ import annotations

from quizgen.export.common import (INSTRUCTIONS, SKILL_LABELS, CheckedQuestion, answer_lines, check_quiz,
                                   choice_label, evidence_citation, matching_sides, outlet_name)
from quizgen.models import Quiz

INDENT = "   "


def _indented(text: str, first: str, rest: str = INDENT) -> list[str]:
    """Multi-line text under a label, continuation lines aligned under the first."""
    lines = text.splitlines() or [""]
    return [first + lines[0]] + [rest + line for line in lines[1:]]


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * max(len(text), 3)]


def _student_question(number: int, checked: CheckedQuestion) -> list[str]:
    question = checked.question
    out = _indented(question.prompt, f"{number}. ")
    out.append(f"{INDENT}({SKILL_LABELS.get(question.skill, question.skill)}. {INSTRUCTIONS[question.type]})")
    if question.type == "matching":
        lefts, rights = matching_sides(question)
        out += [line for i, c in enumerate(lefts) for line in _indented(c.text, f"{INDENT}{i + 1}. ____ ")]
        out += [line for i, c in enumerate(rights) for line in _indented(c.text, f"{INDENT}{choice_label(i)}) ")]
    elif question.type == "short_answer":
        out.append(f"{INDENT}Answer: ______________________________")
    elif question.type == "open_response":
        out += [f"{INDENT}Answer:"] + [f"{INDENT}" + "_" * 60] * 4
    else:
        mark = "[ ] " if question.type == "multiple_select" else ""
        out += [line for i, c in enumerate(question.choices)
                for line in _indented(c.text, f"{INDENT}{mark}{choice_label(i)}) ")]
        if question.type == "ordering":
            out.append(f"{INDENT}Order: " + " ".join("____" for _ in question.choices))
    return out


def _key_entry(quiz: Quiz, number: int, checked: CheckedQuestion) -> list[str]:
    question = checked.question
    lines = answer_lines(checked)
    out = _indented(lines[0], f"{number}. ")
    for line in lines[1:]:
        out += _indented(line, INDENT)
    if question.explanation.strip():
        out += _indented(question.explanation, f"{INDENT}Why: ")
    for evidence in question.evidence:
        out += _indented(evidence_citation(quiz, evidence), f"{INDENT}Evidence: ")
    return out


def quiz_to_text(quiz: Quiz) -> str:
    checked = check_quiz(quiz)
    out = _heading(quiz.title, "=") + ["Name: ______________________", ""]
    if quiz.articles:
        out.append("Articles: " + "; ".join(
            outlet_name(quiz, a.id) + (f" \u2014 {a.title}" if a.title and a.outlet else "") for a in quiz.articles))
        out.append("")
    for number, item in enumerate(checked, 1):
        out += _student_question(number, item) + [""]
    out += _heading("Answer key", "=") + [""]
    for number, item in enumerate(checked, 1):
        out += _key_entry(quiz, number, item) + [""]
    return "\n".join(out).rstrip("\n") + "\n"
