"""Plain text and JSON exports, and the format registry."""

from __future__ import annotations

import json

import pytest
from test_export_common import sample_quiz

from quizgen.errors import ExportError
from quizgen.export import FORMATS, WRITERS, export_quiz
from quizgen.export.text import quiz_to_text
from quizgen.models import Quiz


def test_json_is_the_full_quiz_and_reads_back() -> None:
    quiz = sample_quiz()
    data = export_quiz(quiz, "json")
    assert "Nördlicher".encode() in data  # UTF-8, not \u escapes
    parsed = json.loads(data)
    assert parsed == quiz.to_dict()
    assert Quiz.from_dict(parsed).to_dict() == quiz.to_dict()
    evidence = parsed["questions"][0]["evidence"][0]
    body = next(a["body"] for a in parsed["articles"] if a["id"] == evidence["article"])
    assert body[evidence["start"]:evidence["end"]] == evidence["text"]


def test_json_keeps_a_lone_surrogate_as_an_escape() -> None:
    quiz = sample_quiz()
    quiz.title = "bad \ud800 title"
    assert json.loads(export_quiz(quiz, "json"))["title"] == "bad \ud800 title"


def test_text_lists_questions_before_the_key() -> None:
    text = quiz_to_text(sample_quiz())
    questions, key = text.split("\nAnswer key\n")
    assert "1. In The Velmar Ledger's article" in questions and "A) engineer Ana Ruiz" in questions
    assert "Why:" not in questions and "Evidence:" not in questions
    assert "1. A) engineer Ana Ruiz" in key
    assert "3. B) False" in key
    assert "4. 1 \u2192 A: Traffic moves to Route 9 \u2192 a city memo" in key
    assert "7. Model answer: The Kurier relies" in key
    assert "   Evidence: The Velmar Ledger: \u201c\"We saw cracks = danger,\" said engineer Ana Ruiz.\u201d" in key


def test_text_keeps_multiline_prompts_indented() -> None:
    text = quiz_to_text(sample_quiz())
    assert "7. Why might the Kurier call the cracks \"minor\"\n   while the Ledger quotes" in text


def test_unknown_format_lists_the_known_ones() -> None:
    with pytest.raises(ExportError, match="choose one of: json, text, html, moodle, gift, qti"):
        export_quiz(sample_quiz(), "pdf")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_refuses_a_broken_question_with_a_clear_message(fmt: str) -> None:
    quiz = sample_quiz()
    quiz.questions[1].answer = ["a", "zz"]
    if fmt == "json":  # JSON is the editable source format: written as it is
        assert json.loads(export_quiz(quiz, fmt))["questions"][1]["answer"] == ["a", "zz"]
        return
    with pytest.raises(ExportError, match="question 'q2' \\(multiple_select\\).*'zz'"):
        export_quiz(quiz, fmt)


def test_formats_have_suffixes_and_media_types() -> None:
    assert FORMATS["qti"] == (".qti.zip", "application/zip")
    assert set(WRITERS) == set(FORMATS)
    assert all(suffix.startswith(".") and "/" in media for suffix, media in FORMATS.values())
