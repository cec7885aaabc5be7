"""A small GIFT reader that follows Moodle's `qformat_gift::readquestion` step by step.

It exists to check exports (tests parse every GIFT file back), so it reads the subset
quizgen writes: categories, names, [format] markers, multichoice with weights,
true/false, matching, short answer and essay, with general feedback after `####`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.errors import ExportError

# Moodle swaps escaped characters for placeholders before it parses a question, so
# that structure is found only in unescaped characters. The writer drops control
# characters, so these can never be text.
_PLACEHOLDERS = {"\\": "\x08", ":": "\x01", "#": "\x02", "=": "\x03", "{": "\x04", "}": "\x05", "~": "\x06",
                 "n": "\x07"}
_RESTORE = {v: ("\n" if k == "n" else k) for k, v in _PLACEHOLDERS.items()}
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")


@dataclass
class GiftAnswer:
    text: str
    fraction: float
    feedback: str = ""


@dataclass
class GiftQuestion:
    name: str
    qtype: str  # multichoice | truefalse | match | shortanswer | essay | description
    text: str
    text_format: str  # "moodle" unless a [format] marker says otherwise
    general_feedback: str = ""
    single: bool = True
    answers: list[GiftAnswer] = field(default_factory=list)
    subquestions: list[tuple[str, str]] = field(default_factory=list)
    true_answer: bool | None = None


def _protect(text: str) -> str:
    return re.sub(r"\\([\\:#={}~n])", lambda m: _PLACEHOLDERS[m.group(1)], text)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(char, char) for char in text)


def _with_format(text: str, default: str) -> tuple[str, str]:
    text, fmt = text.strip(), default
    if text.startswith("[") and "]" in text:
        name = text[1:text.index("]")]
        if name in ("moodle", "html", "plain", "markdown"):
            fmt, text = name, text[text.index("]") + 1:]
    return _restore(text).strip(), fmt


def _weight(answer: str, default: float) -> tuple[float, str]:
    """Leading "=" (full marks) or "%w%" weight; otherwise the type's default."""
    if answer.startswith("=") and default == 0.0:
        return 1.0, answer[1:]
    if not _WEIGHT.match(answer):
        return default, answer
    end = answer.index("%", 1)
    return float(answer[1:end]) / 100, answer[end + 1:]


def _split_feedback(answer: str, fmt: str) -> GiftAnswer:
    text, _, feedback = answer.partition("#")
    return GiftAnswer(_with_format(text, fmt)[0], 0.0, _with_format(feedback, fmt)[0])


def _multichoice(question: GiftQuestion, answer_text: str) -> None:
    question.single = "=" in answer_text
    answers = [a.strip() for a in answer_text.replace("=", "~=").split("~")]
    for answer in (a for a in answers if a):
        fraction, rest = _weight(answer, 0.0)
        parsed = _split_feedback(rest, question.text_format)
        parsed.fraction = fraction
        question.answers.append(parsed)


def _typed(question: GiftQuestion, answer_text: str) -> GiftQuestion:
    if answer_text == "":
        question.qtype = "essay"
    elif "~" in answer_text:
        question.qtype = "multichoice"
        _multichoice(question, answer_text)
    elif "=" in answer_text and "->" in answer_text:
        question.qtype = "match"
        for pair in (p.strip() for p in answer_text.split("=") if p.strip()):
            if "->" not in pair:
                raise ExportError(f"GIFT matching answer without '->': {_restore(pair)!r}")
            left, right = pair.split("->", 1)
            question.subquestions.append((_with_format(left, question.text_format)[0], _restore(right).strip()))
    elif answer_text.split("#", 1)[0].strip() in ("T", "TRUE", "F", "FALSE"):
        question.qtype = "truefalse"
        question.true_answer = answer_text.split("#", 1)[0].strip() in ("T", "TRUE")
    else:
        question.qtype = "shortanswer"
        for answer in (a.strip() for a in answer_text.split("=") if a.strip()):
            fraction, rest = _weight(answer, 1.0)
            parsed = _split_feedback(rest, question.text_format)
            parsed.fraction = fraction
            question.answers.append(parsed)
    return question


def read_question(block: str) -> GiftQuestion | str | None:
    """One blank-line-separated block: a question, a category path (str) or None."""
    lines = [" " if line.strip().startswith("//") else line for line in block.split("\n")]
    text = _protect("\n".join(lines).strip())
    if not text:
        return None
    if text.startswith("$CATEGORY:"):
        return text[len("$CATEGORY:"):].strip()
    name = ""
    if text.startswith("::") and "::" in text[2:]:
        end = text.index("::", 2)
        name, text = _restore(text[2:end]).strip(), text[end + 2:].strip()
    start, finish = text.find("{"), text.find("}")
    if start == -1 and finish == -1:
        body, fmt = _with_format(text, "moodle")
        return GiftQuestion(name, "description", body, fmt)
    if start == -1 or finish == -1:
        raise ExportError(f"GIFT question {name!r}: unbalanced braces")
    answer_text = text[start + 1:finish].strip()
    question_text = text[:start] + text[finish + 1:] if text.endswith("}") else \
        text[:start] + "_____" + text[finish + 1:]
    feedback = ""
    if "####" in answer_text:
        cut = answer_text.rindex("####")
        answer_text, feedback = answer_text[:cut].strip(), answer_text[cut + 4:]
    body, fmt = _with_format(question_text, "moodle")
    question = GiftQuestion(name, "", body, fmt, _with_format(feedback, fmt)[0])
    return _typed(question, answer_text)


def parse_gift(text: str) -> tuple[list[str], list[GiftQuestion]]:
    """Categories and questions of a GIFT file, in order."""
    categories: list[str] = []
    questions: list[GiftQuestion] = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        item = read_question(block)
        if isinstance(item, str):
            categories.append(item)
        elif item is not None:
            questions.append(item)
    return categories, questions
