"""An edited question exports correctly in every format, and saving a question unchanged
changes nothing (so the exporters' golden files still describe what an edited quiz gives)."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from webhelpers import make_quiz, quiz_json

from quizgen.export import FORMATS, export_quiz
from quizgen.export.gift_parser import parse_gift
from quizgen.generate.schema import validate_quiz
from quizgen.models import Quiz
from quizgen.web.teacher.question_editor import apply_rows, problems, rows_of

sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/: the exporters' own sample quiz
from test_export_common import sample_quiz  # noqa: E402


@pytest.mark.parametrize("make", [sample_quiz, pytest.param(None, id="web-sample")])
def test_a_question_saved_unchanged_stays_the_same(make):
    from webhelpers import sample_quiz_doc

    quiz = (make or sample_quiz_doc)()
    for question in quiz.questions:
        before = question.to_dict()
        rows = rows_of(question)
        assert problems(rows, question.type) == [], question.id
        apply_rows(question, rows)
        assert question.to_dict() == before, question.id


def test_generated_questions_open_without_problems_and_save_unchanged():
    from quizgen.data import sample_sets
    from quizgen.models import SKILLS
    from quizgen.web.library import build_quiz
    from quizgen.web.samples import sample_report

    for sample in sample_sets()[:4]:
        quiz = build_quiz(sample_report(sample.name), title="t", skills=SKILLS, count=15, difficulty=None, seed=3)
        for question in quiz.questions:
            before = question.to_dict()
            rows = rows_of(question)
            assert problems(rows, question.type) == [], (sample.name, before)
            apply_rows(question, rows)
            assert question.to_dict() == before, (sample.name, before)


def _edited_quiz(app, client, teacher_a) -> Quiz:
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None)
    base = f"/teacher/quizzes/{quiz_id}/questions"
    response = client.post(f"{base}/q1/edit", data={
        "prompt": "Who says the bridge may stay shut?", "explanation": "An official who is not named.",
        "options-0-text": "Mayor Dana Whitfield", "options-0-id": "a",
        "options-1-text": "Tollbrook Electric", "options-1-id": "c",
        "options-2-text": "A city official nobody names", "options-2-id": "",
        "right": "2"})
    assert response.status_code == 302
    response = client.post(f"{base}/q4/edit", data={
        "prompt": "Match each outlet with its figure.",
        "options-0-text": "Tollbrook Herald", "options-0-match": "300 homes",
        "options-1-text": "River Valley News", "options-1-match": "450 homes",
        "options-2-text": "", "options-2-match": "600 homes"})
    assert response.status_code == 302
    other_edits = {
        "q2": {"options-0-text": "closed for weeks", "options-1-text": "300 homes", "options-2-text": "cost more",
               "options-3-text": "the Herald reported first", "options-0-right": "y", "options-2-right": "y"},
        "q3": {"options-0-text": "True", "options-1-text": "False", "right": "0"},
        "q5": {"options-0-text": "300", "options-1-text": "450", "options-2-text": "600"},
        "q6": {"accepted": "Tollbrook Herald\nthe Herald"},
        "q7": {"model_answer": "Ask who the official is."},
    }
    for question, edit in other_edits.items():
        response = client.post(f"{base}/{question}/edit", data={"prompt": f"Edited {question}?"} | edit)
        assert response.status_code == 302, question
    data = quiz_json(app, quiz_id)
    first, matching = data["questions"][0], data["questions"][3]
    edited = [first, matching | {"evidence": first["evidence"]}]  # the web sample's matching quotes nothing
    validate_quiz(data | {"questions": edited})
    return Quiz.from_dict(data)


def test_edited_questions_export_to_every_format(app, client, teacher_a):
    quiz = _edited_quiz(app, client, teacher_a)
    for fmt in FORMATS:
        assert export_quiz(quiz, fmt), fmt
    exported = json.loads(export_quiz(quiz, "json"))
    assert exported["questions"][0]["answer"] == ["d"] and len(exported["questions"][0]["choices"]) == 3
    assert [q["prompt"] for q in exported["questions"][4:]] == ["Edited q5?", "Edited q6?", "Edited q7?"]
    assert b"the Herald reported first" in export_quiz(quiz, "html")


def test_edited_questions_in_moodle_gift_and_canvas(app, client, teacher_a):
    quiz = _edited_quiz(app, client, teacher_a)
    moodle = etree.fromstring(export_quiz(quiz, "moodle")).findall("question")[1:]
    grades = {etree.fromstring(f"<p>{a.findtext('text')}</p>").xpath("string()"): a.get("fraction")
              for a in moodle[0].findall("answer")}
    assert grades == {"Mayor Dana Whitfield": "0", "Tollbrook Electric": "0", "A city official nobody names": "100"}
    pairs = [(s.findtext("text"), s.findtext("answer/text")) for s in moodle[3].findall("subquestion")]
    assert [p for p in pairs if "Herald" in (p[0] or "")][0][1] == "300 homes"
    assert "600 homes" in [answer for _, answer in pairs]  # the answer that matches nothing stays a distractor

    _, gift = parse_gift(export_quiz(quiz, "gift").decode())
    right = [a.text for a in gift[0].answers if a.fraction == 1]
    assert right == ["A city official nobody names"]

    archive = zipfile.ZipFile(io.BytesIO(export_quiz(quiz, "qti")))
    items = b"".join(archive.read(name) for name in archive.namelist() if not name.endswith("manifest.xml"))
    assert b"A city official nobody names" in items and b"600 homes" in items
