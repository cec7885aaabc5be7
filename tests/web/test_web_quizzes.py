"""Quiz builder, editing, publishing, QR codes, results, CSV, exports and ownership."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import select

from quizgen.export import FORMATS
from quizgen.settings import CLASS_CODE_ALPHABET, CLASS_CODE_LENGTH
from quizgen.web.extensions import db
from quizgen.web.models import Quiz
from webhelpers import RIGHT_ANSWERS, join, make_quiz, make_set, quiz_json


def _quiz_ids(app, quiz_id):
    return [q["id"] for q in quiz_json(app, quiz_id)["questions"]]


def test_generate_a_draft_quiz_from_a_set(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    response = client.post(f"/teacher/sets/{set_id}/quizzes", data={
        "title": "Bridge quiz", "skills": ["find_source", "spot_unverified", "compare_coverage"],
        "count": 5, "difficulty": ""})
    with app.app_context():
        quiz = db.session.scalar(select(Quiz))
    if quiz is None:  # the generator found nothing to ask: the page must say so, nothing stored
        assert response.status_code == 400 and b'role="alert"' in response.data
        return
    assert response.status_code == 302
    assert quiz.state == "draft" and quiz.teacher_id == teacher_a and quiz.title == "Bridge quiz"
    assert 1 <= len(quiz.doc.questions) <= 5
    page = client.get(response.headers["Location"])
    assert page.status_code == 200 and b"Publish and open" in page.data


def test_a_shorter_quiz_than_asked_says_why(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    response = client.post(f"/teacher/sets/{set_id}/quizzes", data={
        "title": "Long quiz", "skills": ["find_source", "spot_unverified", "compare_coverage"],
        "count": 40, "difficulty": ""}, follow_redirects=True)
    with app.app_context():
        quiz = db.session.scalar(select(Quiz))
    if quiz is not None and len(quiz.doc.questions) < 40:
        assert quiz.doc.notes and quiz.doc.notes[-1].encode() in response.data.replace(b"&#39;", b"'")


def test_builder_rejects_bad_choices(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    response = client.post(f"/teacher/sets/{set_id}/quizzes", data={"title": "Q", "count": 500, "difficulty": ""})
    assert response.status_code == 400
    assert b"Choose at least one skill" in response.data and b"between 1 and 40" in response.data
    with app.app_context():
        assert db.session.scalar(select(Quiz)) is None


def test_one_article_set_cannot_make_a_quiz(app, client, teacher_a):
    set_id = make_set(app, teacher_a, bodies=("Only one article here, the mayor said.",))
    response = client.post(f"/teacher/sets/{set_id}/quizzes", data={
        "title": "Q", "skills": ["find_source"], "count": 5, "difficulty": ""})
    assert response.status_code == 400 and b"at least 2 articles" in response.data


def test_edit_a_question(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None)
    url = f"/teacher/quizzes/{quiz_id}/questions/q1/edit"
    page = client.get(url)
    assert page.status_code == 200 and b"Mayor Dana Whitfield" in page.data
    response = client.post(url, data={"prompt": "Who is quoted?", "explanation": "New why.",
                                      "options-0-text": "The mayor", "options-0-id": "a",
                                      "options-1-text": "An unnamed official", "options-1-id": "b",
                                      "options-2-text": "The power company", "options-2-id": "c", "right": "1"})
    assert response.status_code == 302
    question = quiz_json(app, quiz_id)["questions"][0]
    assert question["prompt"] == "Who is quoted?" and question["explanation"] == "New why."
    assert [c["text"] for c in question["choices"]] == ["The mayor", "An unnamed official", "The power company"]
    assert question["answer"] == ["b"]  # the key is unchanged


def test_edit_rejects_empty_option_and_keeps_question(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None)
    before = quiz_json(app, quiz_id)
    response = client.post(f"/teacher/quizzes/{quiz_id}/questions/q1/edit",
                           data={"prompt": "x", "options-0-text": "", "options-1-text": "b", "options-2-text": "c",
                                 "right": "1"})
    assert response.status_code == 400
    assert quiz_json(app, quiz_id) == before


def test_edit_short_answer_accepted_answers(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None)
    response = client.post(f"/teacher/quizzes/{quiz_id}/questions/q6/edit",
                           data={"prompt": "Who broke it?", "accepted": "Tollbrook Herald\n\nthe Herald\n"})
    assert response.status_code == 302
    assert quiz_json(app, quiz_id)["questions"][5]["answer"] == ["Tollbrook Herald", "the Herald"]


def test_drop_and_reorder_questions(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None)
    base = f"/teacher/quizzes/{quiz_id}/questions"
    assert client.post(f"{base}/q2/drop").status_code == 302
    assert _quiz_ids(app, quiz_id) == ["q1", "q3", "q4", "q5", "q6", "q7"]
    client.post(f"{base}/q3/move/up")
    assert _quiz_ids(app, quiz_id)[:2] == ["q3", "q1"]
    client.post(f"{base}/q7/move/down")  # already last: nothing happens
    client.post(f"{base}/q3/move/up")  # already first
    assert _quiz_ids(app, quiz_id) == ["q3", "q1", "q4", "q5", "q6", "q7"]
    assert client.post(f"{base}/q99/drop").status_code == 404


def test_regenerate_replaces_one_question_keeping_its_id(app, client, teacher_a, monkeypatch):
    from quizgen.web.teacher import quizzes

    set_id = make_set(app, teacher_a)
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None, set_id=set_id)

    def fake_replacement(report, doc, question, difficulty, seed):
        new = doc.questions[-1].__class__.from_dict(question.to_dict())
        new.prompt = "A fresh question?"
        return new

    monkeypatch.setattr(quizzes, "replacement_question", fake_replacement)
    assert client.post(f"/teacher/quizzes/{quiz_id}/questions/q3/regenerate").status_code == 302
    questions = quiz_json(app, quiz_id)["questions"]
    assert questions[2]["id"] == "q3" and questions[2]["prompt"] == "A fresh question?"
    assert len(questions) == 7


def test_regenerate_without_set_explains(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None)
    before = quiz_json(app, quiz_id)
    response = client.post(f"/teacher/quizzes/{quiz_id}/questions/q1/regenerate", follow_redirects=True)
    assert b"article set of this quiz was deleted" in response.data
    assert quiz_json(app, quiz_id) == before


def test_publish_gives_a_class_code_qr_and_join_link(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None)
    assert client.post(f"/teacher/quizzes/{quiz_id}/publish", data={"mode": "assessment"}).status_code == 302
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        code, state, mode = quiz.class_code, quiz.state, quiz.mode
    assert state == "open" and mode == "assessment"
    assert len(code) == CLASS_CODE_LENGTH and set(code) <= set(CLASS_CODE_ALPHABET)
    page = client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    assert code in page and f"/join/{code}" in page and 'alt="QR code' in page
    svg = client.get(f"/teacher/quizzes/{quiz_id}/qr.svg")
    assert svg.mimetype == "image/svg+xml" and b"<svg" in svg.data
    png = client.get(f"/teacher/quizzes/{quiz_id}/qr.png")
    assert png.mimetype == "image/png" and png.data.startswith(b"\x89PNG")
    # a published quiz is not editable
    assert client.post(f"/teacher/quizzes/{quiz_id}/questions/q1/drop").status_code == 409


def test_close_reopen_and_back_to_draft(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    base = f"/teacher/quizzes/{quiz_id}/state"

    def state() -> str:
        with app.app_context():
            return db.session.get(Quiz, quiz_id).state

    client.post(f"{base}/closed")
    assert state() == "closed"
    client.post(f"{base}/open")
    assert state() == "open"
    student = app.test_client()
    join(student)
    response = client.post(f"{base}/draft", follow_redirects=True)
    assert b"cannot go back to draft" in response.data and state() == "open"
    assert client.post(f"{base}/bogus").status_code == 400


def test_results_page_and_csv(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    for nickname, right in (("Robin", True), ("=cmd()", False)):
        student = app.test_client()
        join(student, nickname=nickname)
        student.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1] if right else {"choice": "a"})
        student.post(f"/play/{quiz_id}/7", data=RIGHT_ANSWERS[7])
    page = client.get(f"/teacher/quizzes/{quiz_id}/results")
    html = page.data.decode()
    assert page.status_code == 200 and "Robin" in html and "=cmd()" in html
    assert "50%" in html  # question 1: one right of two
    assert 'class="state-open">to grade<' in html  # open response
    response = client.get(f"/teacher/quizzes/{quiz_id}/results.csv")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["nickname", "question_id"]
    assert len(rows) == 5
    assert any(row[0] == "'=cmd()" for row in rows[1:])  # CSV-injection safe


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_downloads(app, client, teacher_a, fmt):
    quiz_id = make_quiz(app, teacher_a)
    response = client.get(f"/teacher/quizzes/{quiz_id}/export/{fmt}")
    suffix, mimetype = FORMATS[fmt]
    assert response.status_code == 200 and response.data
    assert response.mimetype == mimetype.split(";")[0]
    assert response.headers["Content-Disposition"].endswith(f'{suffix}"')
    if fmt == "json":
        assert len(json.loads(response.data)["questions"]) == 7


def test_print_view_is_the_html_export(app, client, teacher_a):
    if "html" not in FORMATS:
        pytest.skip("the html export is not available")
    quiz_id = make_quiz(app, teacher_a)
    response = client.get(f"/teacher/quizzes/{quiz_id}/print")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert "script-src" not in response.headers["Content-Security-Policy"]  # no script at all
    assert b"Who says the bridge could stay closed?" in response.data
    assert client.get(f"/teacher/quizzes/{quiz_id}/export/nope").status_code == 404


def test_delete_quiz(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    assert client.post(f"/teacher/quizzes/{quiz_id}/delete").status_code == 302
    with app.app_context():
        assert db.session.get(Quiz, quiz_id) is None


def test_other_teacher_gets_404_on_every_quiz_route(app, client, teacher_a, other_client):
    quiz_id = make_quiz(app, teacher_a)
    base = f"/teacher/quizzes/{quiz_id}"
    for path in ("", "/questions/q1/edit", "/qr.svg", "/qr.png", "/results", "/results.csv", "/export/json",
                 "/print"):
        assert other_client.get(base + path).status_code == 404, path
    for path in ("/publish", "/state/closed", "/questions/q1/edit", "/questions/q1/drop", "/questions/q1/move/up",
                 "/questions/q1/regenerate", "/delete"):
        assert other_client.post(base + path, data={"mode": "practice", "prompt": "x"}).status_code == 404, path
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        assert quiz.state == "open" and len(quiz.doc.questions) == 7
    assert b"Esker Bridge quiz" not in other_client.get("/teacher/").data


def test_regenerate_with_the_real_generator_on_a_sample(app, client, teacher_a):
    from quizgen.web.samples import samples

    if not samples():
        pytest.skip("no bundled sample set is installed (quizgen/data/samples)")
    client.post(f"/teacher/samples/{samples()[0].name}/copy")
    response = client.post("/teacher/sets/1/quizzes", data={
        "title": "Sample quiz", "skills": ["find_source", "spot_unverified", "compare_coverage"], "count": 6,
        "difficulty": ""})
    assert response.status_code == 302, response.data[-800:]
    before = quiz_json(app, 1)["questions"]
    response = client.post(f"/teacher/quizzes/1/questions/{before[0]['id']}/regenerate", follow_redirects=True)
    assert response.status_code == 200
    after = quiz_json(app, 1)["questions"]
    assert [q["id"] for q in after] == [q["id"] for q in before]
    assert after[0]["skill"] == before[0]["skill"]
    if after[0]["prompt"] == before[0]["prompt"]:
        assert b"No other question of this skill" in response.data
    else:
        assert b"Question replaced" in response.data and after[1:] == before[1:]


def test_join_link_warns_on_loopback_and_uses_public_url(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    page = client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    assert "http://localhost/join/ABCDEF" in page and 'id="local-only-hint"' in page
    app.config["PUBLIC_URL"] = "http://192.168.1.20:5000/"
    page = client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    assert "http://192.168.1.20:5000/join/ABCDEF" in page and 'id="local-only-hint"' not in page


def test_teacher_grades_free_text_answers_by_hand(app, client, teacher_a, other_client):
    from quizgen.web.models import Answer

    quiz_id = make_quiz(app, teacher_a)
    student = app.test_client()
    join(student)
    student.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    student.post(f"/play/{quiz_id}/7", data=RIGHT_ANSWERS[7])
    with app.app_context():
        ids = {a.question_id: a.id for a in db.session.scalars(select(Answer))}
    page = client.get(f"/teacher/quizzes/{quiz_id}/results").data.decode()
    assert "Mark right" in page
    url = f"/teacher/quizzes/{quiz_id}/answers/{ids['q7']}/grade/right"
    assert other_client.post(url).status_code == 404
    assert client.post(url).status_code == 302
    assert client.post(f"/teacher/quizzes/{quiz_id}/answers/{ids['q1']}/grade/wrong").status_code == 400
    with app.app_context():
        assert db.session.get(Answer, ids["q7"]).correct is True
        assert db.session.get(Answer, ids["q1"]).correct is True
