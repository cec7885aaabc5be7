"""Printable HTML: the student copy, the articles, then the answer key on a new page.

One standalone page: styles inline, no script, no external resources, so it prints the
same offline. Every piece of quiz text goes through Jinja2 autoescaping.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from quizgen.export.common import (INSTRUCTIONS, SKILL_LABELS, CheckedQuestion, answer_lines, check_quiz,
                                   choice_label, matching_sides, outlet_name)
from quizgen.models import Quiz

TEMPLATES = Path(__file__).with_name("templates")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True,
                       trim_blocks=True, lstrip_blocks=True,
                       autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True))


def style_hash() -> str:
    """CSP source for the page's one <style> block ("sha256-..."), for a server that serves it."""
    css = _environment().get_template("print.css").render()
    return "sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()


def _question_view(checked: CheckedQuestion) -> dict[str, Any]:
    question = checked.question
    choices = question.choices
    lefts: list[str] = []
    if question.type == "matching":
        left_choices, choices = matching_sides(question)
        lefts = [c.text for c in left_choices]
    return {
        "id": question.id, "type": question.type, "prompt": question.prompt, "difficulty": question.difficulty,
        "skill": SKILL_LABELS.get(question.skill, question.skill), "instruction": INSTRUCTIONS[question.type],
        "lefts": lefts, "options": [{"label": choice_label(i), "text": c.text} for i, c in enumerate(choices)],
        "answer_lines": answer_lines(checked), "explanation": question.explanation.strip(), "evidence": [],
    }


def quiz_view(quiz: Quiz) -> dict[str, Any]:
    """Everything the template shows, as plain data (the web app may reuse it)."""
    questions = []
    for checked in check_quiz(quiz):
        view = _question_view(checked)
        view["evidence"] = [{"text": e.text, "outlet": outlet_name(quiz, e.article), "sentence": e.sentence,
                             "start": e.start, "end": e.end} for e in checked.question.evidence]
        questions.append(view)
    articles = [{"outlet": outlet_name(quiz, a.id), "title": a.title if a.outlet else None,
                 "paragraphs": [p.strip() for p in a.body.splitlines() if p.strip()]} for a in quiz.articles]
    return {"title": quiz.title, "questions": questions, "articles": articles}


def render_quiz_html(quiz: Quiz, *, include_articles: bool = True) -> str:
    """The whole printable page as a string (raises ExportError for a broken question)."""
    return _environment().get_template("quiz.html.j2").render(include_articles=include_articles, **quiz_view(quiz))


def quiz_to_html(quiz: Quiz) -> str:
    return render_quiz_html(quiz)
