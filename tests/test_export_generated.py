"""Quizzes generated from the bundled sample sets export in every format and read back."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from quizgen.export import FORMATS, export_quiz
from quizgen.export.gift_parser import parse_gift
from quizgen.models import Quiz

SAMPLES = Path(__file__).resolve().parents[1] / "quizgen" / "data" / "samples"
GIFT_TYPES = {"multiple_choice": "multichoice", "multiple_select": "multichoice", "true_false": "truefalse",
              "matching": "match", "ordering": "match", "short_answer": "shortanswer", "open_response": "essay"}


def _sample_sets() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_dir() and list(p.glob("*.txt"))) if SAMPLES.is_dir() else []


@pytest.fixture(scope="module", params=_sample_sets() or [None], ids=lambda p: p.name if p else "none")
def generated_quiz(request) -> Quiz:
    if request.param is None:
        pytest.skip(f"no bundled sample sets in {SAMPLES}")
    from quizgen.generate import generate_quiz
    from quizgen.pipeline import analyze_paths

    return generate_quiz(analyze_paths(sorted(request.param.glob("*.txt"))), seed=11)


def test_generated_quiz_exports_in_every_format(generated_quiz: Quiz) -> None:
    for fmt in FORMATS:
        assert export_quiz(generated_quiz, fmt)


def test_generated_quiz_reads_back_from_gift_moodle_and_qti(generated_quiz: Quiz) -> None:
    questions = generated_quiz.questions
    _, gift = parse_gift(export_quiz(generated_quiz, "gift").decode())
    assert [q.qtype for q in gift] == [GIFT_TYPES[q.type] for q in questions]
    moodle = etree.fromstring(export_quiz(generated_quiz, "moodle")).findall("question")
    assert len(moodle) == len(questions) + 1  # the category comes first
    with zipfile.ZipFile(io.BytesIO(export_quiz(generated_quiz, "qti"))) as archive:
        assessment = etree.fromstring(archive.read(archive.namelist()[1]))
    assert len(assessment.findall(".//{*}item")) == len(questions)
    assert "<script" not in export_quiz(generated_quiz, "html").decode().lower()
