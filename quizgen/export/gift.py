"""GIFT export, written the way Moodle's own GIFT exporter writes it.

Escaping follows `qformat_gift::repchar` (moodle/moodle question/format/gift/format.php):
a backslash before `\\ # = ~ { } :`, newlines as `\\n`. Texts are HTML (`[html]` on the
question text; answers and feedback inherit it), so `<script>` from an article arrives
in Moodle as text, never as markup. Plain-text fields (short answers, the right side of a
matching pair) are only repchar-escaped, as Moodle does.
Ordering has no GIFT type: it becomes matching items to positions (1st, 2nd...).
Known limit, Moodle's own: GIFT cannot escape "->", so a short answer holding "->" reads
back as a matching question; Moodle XML and QTI have no such limit.
"""

from __future__ import annotations

from quizgen.export.common import (CheckedQuestion, check_quiz, export_prompt, feedback_parts, html_paragraphs,
                                   html_text, select_weights, true_false_value, xml_safe)
from quizgen.models import Quiz

ESCAPES = {"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n"}


def gift_escape(text: str) -> str:
    """Moodle's repchar. Carriage returns become newlines (Moodle drops them, gluing
    words), and control characters no text needs are dropped."""
    text = xml_safe(text.replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(ESCAPES.get(char, char) for char in text)


def gift_unescape(text: str) -> str:
    """What Moodle's importer makes of an escaped text (escapedchar_pre/post)."""
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair == "\\n":
            out.append("\n")
        elif len(pair) == 2 and pair[0] == "\\" and pair[1] in "\\#=~{}:":
            out.append(pair[1])
        else:
            out.append(text[i])
            i += 1
            continue
        i += 2
    return "".join(out)


def shortanswer_literal(answer: str) -> str:
    """Moodle short answers treat `*` as a wildcard; `\\*` is a literal star."""
    return answer.replace("*", "\\*")


def _html(text: str) -> str:
    return gift_escape(html_text(text))


def _general_feedback(quiz: Quiz, checked: CheckedQuestion) -> str:
    parts = feedback_parts(quiz, checked)
    return "####" + gift_escape(html_paragraphs(parts)) if parts else ""


def _answers(checked: CheckedQuestion) -> list[str]:
    question = checked.question
    if checked.type in ("matching", "ordering"):
        lines = [f"={_html(p.left.text)} -> {gift_escape(p.right.text)}" for p in checked.pairs]
        return lines + [f"= -> {gift_escape(c.text)}" for c in checked.distractors]
    if checked.type == "short_answer":
        return [f"=%100%{gift_escape(shortanswer_literal(a))}#" for a in checked.accepted]
    if checked.type == "multiple_select":
        weights = select_weights(checked)
        return [f"~%{weights[c.id]}%{_html(c.text)}" for c in question.choices]
    right = checked.correct[0].id
    return [("=" if c.id == right else "~") + _html(c.text) for c in question.choices]


def question_to_gift(quiz: Quiz, checked: CheckedQuestion) -> str:
    question = checked.question
    comment = " ".join(f"// {question.id}: {question.skill}, {question.type}, template {question.template}, "
                       f"difficulty {question.difficulty}".split())
    head = (f"{comment}\n::{gift_escape(f'{question.id} {question.template}'.strip())}::"
            f"[html]{gift_escape('<p>' + html_text(export_prompt(checked)) + '</p>')}")
    feedback = _general_feedback(quiz, checked)
    if checked.type == "open_response":
        return f"{head}{{{feedback}}}\n"
    if checked.type == "true_false":
        value = "TRUE" if true_false_value(question, checked.correct[0]) else "FALSE"
        return f"{head}{{{value}{feedback}}}\n"
    body = "".join(f"\t{line}\n" for line in _answers(checked))
    return f"{head}{{\n{body}" + (f"\t{feedback}\n" if feedback else "") + "}\n"


def category_path(title: str) -> str:
    """Moodle category path for the quiz: "/" inside a name is written "//"."""
    name = " ".join(title.split()).replace("/", "//") or "quizgen"
    return f"$course$/top/{name}"


def quiz_to_gift(quiz: Quiz) -> str:
    checked = check_quiz(quiz)
    title = " ".join(quiz.title.split())
    blocks = [f"// {title}\n// {len(checked)} questions exported by quizgen (GIFT, Moodle)\n",
              f"$CATEGORY: {category_path(quiz.title)}\n"]
    blocks += [question_to_gift(quiz, item) for item in checked]
    return "\n".join(blocks)
