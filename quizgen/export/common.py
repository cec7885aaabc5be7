"""What every exporter needs: checked answers per question type, key text, feedback.

Exporters never trust a Quiz blindly (it may come from an edited JSON file): each
question is checked once here, and a broken one raises ExportError naming the question.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from quizgen.errors import ExportError
from quizgen.models import QUESTION_TYPES, Choice, Evidence, Question, Quiz

SKILL_LABELS = {
    "find_source": "Find the sources",
    "spot_unverified": "Spot unverified claims",
    "compare_coverage": "Compare coverage",
}
TRUE_WORDS = {"true", "t", "yes"}
FALSE_WORDS = {"false", "f", "no"}

# XML 1.0 forbids most C0 controls and lone surrogates; lxml refuses them outright.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot carry (they never mean anything in a quiz)."""
    return _XML_INVALID.sub("", text)


def choice_label(index: int) -> str:
    """Student-facing label of the index-th option: A, B, ..., Z, AA, AB..."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def ordinal(position: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th": the positions of an ordering question."""
    suffix = "th" if 10 <= position % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(position % 10, "th")
    return f"{position}{suffix}"


@dataclass(frozen=True)
class MatchPair:
    left: Choice
    right: Choice


@dataclass(frozen=True)
class CheckedQuestion:
    """A question whose answer has been resolved against its own choices."""

    question: Question
    correct: list[Choice]  # choice types: the right options (ordering: in order)
    pairs: list[MatchPair]  # matching: left -> right; ordering: item -> position
    distractors: list[Choice]  # matching: right-side options no left item takes
    accepted: list[str]  # short_answer: accepted strings; open_response: [model answer]

    @property
    def type(self) -> str:
        return self.question.type


def _fail(question: Question, problem: str) -> ExportError:
    return ExportError(f"question {question.id!r} ({question.type}): {problem}; fix it in the quiz JSON "
                       "or regenerate the question")


def _choice_by_id(question: Question) -> dict[str, Choice]:
    by_id: dict[str, Choice] = {}
    for choice in question.choices:
        if choice.id in by_id:
            raise _fail(question, f"two options share the id {choice.id!r}")
        if not xml_safe(choice.text).strip():  # LMS importers drop empty options
            raise _fail(question, f"option {choice.id!r} has no text")
        by_id[choice.id] = choice
    return by_id


def _resolve(question: Question, by_id: dict[str, Choice], choice_id: object) -> Choice:
    if not isinstance(choice_id, str) or choice_id not in by_id:
        raise _fail(question, f"the answer names {choice_id!r}, which is not one of its options")
    return by_id[choice_id]


def _check_matching(question: Question, by_id: dict[str, Choice]) -> CheckedQuestion:
    pairs: list[MatchPair] = []
    for pair in question.answer:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise _fail(question, f"each answer item must be a [left id, right id] pair, not {pair!r}")
        left, right = (_resolve(question, by_id, cid) for cid in pair)
        if left.side == "right" or right.side == "left":
            raise _fail(question, f"the pair {list(pair)!r} has its sides the wrong way round")
        pairs.append(MatchPair(left, right))
    lefts = [p.left.id for p in pairs]
    if len(pairs) < 2 or len(set(lefts)) != len(lefts):
        raise _fail(question, "a matching question needs at least two pairs, each left item used once")
    used = {p.right.id for p in pairs}
    distractors = [c for c in question.choices if c.side != "left" and c.id not in used and c.id not in lefts]
    return CheckedQuestion(question, [], pairs, distractors, [])


def check_question(question: Question) -> CheckedQuestion:
    """Resolve the answer of one question; raise ExportError when it cannot be exported."""
    if question.type not in QUESTION_TYPES:
        raise _fail(question, f"unknown question type; expected one of {', '.join(QUESTION_TYPES)}")
    by_id = _choice_by_id(question)
    kind = question.type
    if kind == "matching":
        return _check_matching(question, by_id)
    if kind in ("short_answer", "open_response"):
        accepted = [a for a in question.answer if isinstance(a, str) and a.strip()]
        if not accepted or len(accepted) != len(question.answer):
            raise _fail(question, "the answer must be a list of non-empty strings")
        return CheckedQuestion(question, [], [], [], accepted)
    correct = [_resolve(question, by_id, cid) for cid in question.answer]
    if len({c.id for c in correct}) != len(correct) or not correct:
        raise _fail(question, "the answer must name each option at most once, and at least one")
    if kind in ("multiple_choice", "true_false") and len(correct) != 1:
        raise _fail(question, "exactly one option must be right")
    if kind == "true_false":
        true_false_value(question, correct[0])
    if kind == "ordering":
        if len(correct) != len(question.choices) or len(correct) < 2:
            raise _fail(question, "the answer must list every option once, in order")
        pairs = [MatchPair(item, Choice(f"pos{n}", ordinal(n), "right")) for n, item in enumerate(correct, 1)]
        return CheckedQuestion(question, correct, pairs, [], [])
    if len(question.choices) < 2:
        raise _fail(question, "it needs at least two options")
    return CheckedQuestion(question, correct, [], [], [])


def check_quiz(quiz: Quiz) -> list[CheckedQuestion]:
    if not quiz.questions:
        raise ExportError("the quiz has no questions; generate it again with more articles or skills")
    ids = [q.id for q in quiz.questions]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate is not None:
        raise ExportError(f"two questions share the id {duplicate!r}; give each question its own id")
    return [check_question(q) for q in quiz.questions]


def true_false_value(question: Question, choice: Choice) -> bool:
    """Whether the right option of a true/false question means "true"."""
    for word in (choice.id, choice.text):
        if word.strip().lower() in TRUE_WORDS:
            return True
        if word.strip().lower() in FALSE_WORDS:
            return False
    raise _fail(question, f"its right option {choice.text!r} is neither true nor false")


ORDERING_HINT = "Give each item its position: 1st comes first."
INSTRUCTIONS = {
    "multiple_choice": "Choose one answer.",
    "multiple_select": "Choose every answer that applies.",
    "true_false": "True or false?",
    "matching": "Match each numbered item with one lettered option.",
    "ordering": "Put the options in order: write their letters, first to last.",
    "short_answer": "Write a short answer.",
    "open_response": "Write a few sentences.",
}


def export_prompt(checked: CheckedQuestion) -> str:
    """The prompt as LMS formats show it; ordering becomes matching items to positions."""
    prompt = checked.question.prompt
    return f"{prompt}\n{ORDERING_HINT}" if checked.type == "ordering" else prompt


# --- answer key and feedback ------------------------------------------------------------

def outlet_name(quiz: Quiz, article_id: str) -> str:
    article = next((a for a in quiz.articles if a.id == article_id), None)
    if article is None:
        return article_id
    return article.outlet or article.title or article.id


def evidence_citation(quiz: Quiz, evidence: Evidence) -> str:
    return f"{outlet_name(quiz, evidence.article)}: \u201c{evidence.text}\u201d"


def matching_sides(question: Question) -> tuple[list[Choice], list[Choice]]:
    """Left items (numbered in print) and right options (lettered), in quiz order."""
    lefts = [c for c in question.choices if c.side == "left"]
    return lefts, [c for c in question.choices if c.side != "left"]


def answer_lines(checked: CheckedQuestion) -> list[str]:
    """The right answer, as a teacher reads it in an answer key."""
    question = checked.question
    labels = {c.id: choice_label(i) for i, c in enumerate(question.choices)}
    if checked.type == "matching":
        lefts, rights = matching_sides(question)
        left_no = {c.id: str(i + 1) for i, c in enumerate(lefts)}
        right_label = {c.id: choice_label(i) for i, c in enumerate(rights)}
        return [f"{left_no.get(p.left.id, '?')} \u2192 {right_label.get(p.right.id, '?')}: "
                f"{p.left.text} \u2192 {p.right.text}" for p in checked.pairs]
    if checked.type == "ordering":
        return [f"{p.right.text}: {labels[p.left.id]}) {p.left.text}" for p in checked.pairs]
    if checked.type == "short_answer":
        return ["Accepted: " + " / ".join(checked.accepted)]
    if checked.type == "open_response":
        return ["Model answer: " + checked.accepted[0]]
    return [f"{labels[c.id]}) {c.text}" for c in checked.correct]


def feedback_parts(quiz: Quiz, checked: CheckedQuestion) -> list[str]:
    """General feedback for LMS formats: the explanation, then the evidence quotes."""
    question = checked.question
    parts = [question.explanation] if question.explanation.strip() else []
    if checked.type == "open_response":
        parts.append("Model answer: " + checked.accepted[0])
    parts += ["Evidence \u2014 " + evidence_citation(quiz, e) for e in question.evidence]
    return parts


def html_text(text: str) -> str:
    """Plain text -> an HTML fragment: trimmed, escaped, newlines as <br>, no leading marker.

    A leading "[" or "%" is written as a character reference: GIFT reads "[html]" as a
    format marker and "%50%" as an answer weight at the start of a text.
    """
    # quote=False: quotes need no escaping in element text, and "&#x27;" would put a
    # GIFT-special "#" in every apostrophe
    text = xml_safe(text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    if escaped[:1] in ("[", "%"):
        escaped = f"&#{ord(escaped[0])};{escaped[1:]}"
    return escaped


def moodle_percent(count: int) -> str:
    """100/count as Moodle writes grades ("33.33333"): its importers accept only such
    grades (1/n for n up to 10, 90%, 80%...), so a larger count is refused."""
    if not 1 <= count <= 10:
        raise ExportError(f"cannot split the marks of {count} right options: Moodle grades allow at most 10")
    return f"{100 / count:.5f}".rstrip("0").rstrip(".")


def select_weights(checked: CheckedQuestion) -> dict[str, str]:
    """Percent per option of a multiple-select question: right ones share 100%, wrong
    ones share -100%, so ticking every box earns nothing (Moodle's advice)."""
    right = {c.id for c in checked.correct}
    wrong = [c for c in checked.question.choices if c.id not in right]
    weights = {c: moodle_percent(len(right)) for c in right}
    # past 10 wrong options -10% each still sums below -100%: the grade floors at 0
    weights.update({c.id: "-" + moodle_percent(min(len(wrong), 10)) for c in wrong})
    return weights


def html_paragraphs(parts: list[str]) -> str:
    return "".join(f"<p>{html_text(part)}</p>" for part in parts)
