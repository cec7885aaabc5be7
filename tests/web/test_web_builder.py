"""Quiz builder: edit every part of a question (each type), validation messages, undo the
last regenerate, reorder questions, export labels and the order of the quiz page."""

from __future__ import annotations

import re
from typing import Any

import pytest
from webhelpers import join, make_quiz, make_set, quiz_json

from quizgen.web.teacher.question_editor import MAX_OPTIONS

Q = {n: f"q{n}" for n in range(1, 8)}  # sample_quiz_doc: q1 MC, q2 select, q3 T/F, q4 matching,
# q5 ordering, q6 short answer, q7 open response


def _url(quiz_id: int, question: str) -> str:
    return f"/teacher/quizzes/{quiz_id}/questions/{question}/edit"


def _rows(*texts: str, ids: tuple[str, ...] = (), **extra: str) -> dict[str, str]:
    data = {f"options-{n}-text": text for n, text in enumerate(texts)}
    data.update({f"options-{n}-id": i for n, i in enumerate(ids)})
    return data | extra


def _question(app, quiz_id: int, question: str) -> dict[str, Any]:
    return next(q for q in quiz_json(app, quiz_id)["questions"] if q["id"] == question)


def _texts(question: dict[str, Any], side: str | None = None) -> list[str]:
    return [c["text"] for c in question["choices"] if c.get("side") == side]


def _by_id(question: dict[str, Any]) -> dict[str, str]:
    return {c["id"]: c["text"] for c in question["choices"]}


@pytest.fixture
def draft(app, teacher_a) -> int:
    return make_quiz(app, teacher_a, state="draft", code=None)


@pytest.mark.parametrize(("question", "control"), [
    ("q1", 'type="radio" name="right" value="1" id="options-1-right" checked'),
    ("q2", 'type="checkbox" name="options-2-right" value="y" id="options-2-right" checked'),
    ("q3", 'type="radio" name="right" value="1" id="options-1-right" checked'),
    ("q4", 'id="options-1-match"'),
    ("q5", 'id="options-1-text"'),
    ("q6", 'id="accepted"'),
    ("q7", 'id="model_answer"'),
])
def test_every_question_type_opens_in_the_editor(app, client, draft, question, control):
    page = client.get(_url(draft, question))
    assert page.status_code == 200 and control in page.data.decode()


def test_choose_another_right_option_and_edit_every_text(app, client, draft):
    response = client.post(_url(draft, "q1"), data=_rows("Mayor Whitfield", "An unnamed official", "Tollbrook Electric",
                                                         ids=("a", "b", "c"), right="0", prompt="  Who said it? ",
                                                         explanation="Named in the first line."))
    assert response.status_code == 302
    question = _question(app, draft, "q1")
    assert question["prompt"] == "Who said it?" and question["explanation"] == "Named in the first line."
    assert question["answer"] == ["a"] and _texts(question) == ["Mayor Whitfield", "An unnamed official",
                                                                "Tollbrook Electric"]


def test_add_an_option_then_make_it_the_right_one(app, client, draft):
    before = quiz_json(app, draft)
    shown = client.post(_url(draft, "q1"), data=_rows("A", "B", "C", ids=("a", "b", "c"), right="1",
                                                      prompt="Who?", action="add"))
    page = shown.data.decode()
    assert shown.status_code == 200 and 'id="options-3-text"' in page and "Option 4 added" in page
    assert 'value="1" id="options-1-right" checked' in page  # the choice made so far stays
    assert quiz_json(app, draft) == before  # adding a row saves nothing yet
    response = client.post(_url(draft, "q1"), data=_rows("A", "B", "C", "A fourth outlet", ids=("a", "b", "c", ""),
                                                         right="3", prompt="Who?"))
    assert response.status_code == 302
    question = _question(app, draft, "q1")
    assert _by_id(question) == {"a": "A", "b": "B", "c": "C", "d": "A fourth outlet"}
    assert question["answer"] == ["d"]


def test_remove_an_option(app, client, draft):
    shown = client.post(_url(draft, "q1"), data=_rows("A", "B", "C", ids=("a", "b", "c"), right="1", prompt="Who?",
                                                      action="remove-0"))
    page = shown.data.decode()
    assert shown.status_code == 200 and "Option 1 removed" in page
    assert '<textarea name="options-0-text" id="options-0-text" rows="2" maxlength="1000">B</textarea>' in page
    assert 'id="options-2-text"' not in page
    assert 'value="0" id="options-0-right" checked' in page  # "B" is still the right one
    response = client.post(_url(draft, "q1"), data=_rows("B", "C", ids=("b", "c"), right="0", prompt="Who?"))
    assert response.status_code == 302
    question = _question(app, draft, "q1")
    assert _by_id(question) == {"b": "B", "c": "C"} and question["answer"] == ["b"]


def test_reorder_options_keeps_ids_and_the_key(app, client, draft):
    shown = client.post(_url(draft, "q1"), data=_rows("A", "B", "C", ids=("a", "b", "c"), right="1", prompt="Who?",
                                                      action="up-2"))
    page = shown.data.decode()
    assert shown.status_code == 200 and "Option moved to place 2" in page
    assert re.search(r'name="options-1-id" value="c">.*?id="options-1-text"[^>]*autofocus>C</textarea>', page, re.S)
    assert 'value="2" id="options-2-right" checked' in page
    client.post(_url(draft, "q1"), data=_rows("A", "C", "B", ids=("a", "c", "b"), right="2", prompt="Who?"))
    question = _question(app, draft, "q1")
    assert [c["id"] for c in question["choices"]] == ["a", "c", "b"] and question["answer"] == ["b"]


def test_select_all_ticks_every_right_option(app, client, draft):
    data = _rows("one", "two", "three", ids=("a", "b", "c"), prompt="Which?")
    data |= {"options-1-right": "y", "options-2-right": "y"}
    assert client.post(_url(draft, "q2"), data=data).status_code == 302
    assert _question(app, draft, "q2")["answer"] == ["b", "c"]


def test_true_false_picks_the_right_one_but_keeps_two_options(app, client, draft):
    page = client.get(_url(draft, "q3")).data.decode()
    assert 'id="add-option"' not in page and "Remove" not in page and "<textarea name=\"options" not in page
    assert '<label for="options-0-right">True</label>' in page  # the words exporters read stay as they are
    response = client.post(_url(draft, "q3"), data=_rows("Right", "Wrong", right="0", prompt="P"))
    assert response.status_code == 400 and "options are “True” and “False”" in response.data.decode()
    client.post(_url(draft, "q3"), data=_rows("True", "False", "Maybe", ids=("a", "b", ""), right="0", prompt="P",
                                              action="add"))
    response = client.post(_url(draft, "q3"), data=_rows("True", "False", "Maybe", right="0", prompt="P"))
    assert response.status_code == 400 and b"exactly 2 options" in response.data
    assert client.post(_url(draft, "q3"), data=_rows("True", "False", ids=("a", "b"), right="0",
                                                     prompt="P")).status_code == 302
    assert _question(app, draft, "q3")["answer"] == ["a"]


def test_matching_pairs_edit_add_and_never_line_up(app, client, draft):
    page = client.get(_url(draft, "q4")).data.decode()
    assert ">Tollbrook Herald</textarea>" in page and ">300 homes</textarea>" in page
    data = _rows("Tollbrook Herald", "River Valley News", "Third Outlet", ids=("a", "b", ""), prompt="Match.")
    data |= {"options-0-match": "300 homes", "options-0-match_id": "c", "options-1-match": "450 homes",
             "options-1-match_id": "d", "options-2-match": "500 homes"}
    assert client.post(_url(draft, "q4"), data=data).status_code == 302
    question = _question(app, draft, "q4")
    names = _by_id(question)
    assert {(names[left], names[right]) for left, right in question["answer"]} == {
        ("Tollbrook Herald", "300 homes"), ("River Valley News", "450 homes"), ("Third Outlet", "500 homes")}
    assert _texts(question, "left") == ["Tollbrook Herald", "River Valley News", "Third Outlet"]
    assert _texts(question, "right") != ["300 homes", "450 homes", "500 homes"]  # not lined up with the left
    assert len(names) == 6


def test_matching_keeps_an_answer_that_matches_nothing(app, client, draft):
    data = _rows("Tollbrook Herald", "River Valley News", "", prompt="Match.")
    data |= {"options-0-match": "300 homes", "options-1-match": "450 homes", "options-2-match": "900 homes"}
    assert client.post(_url(draft, "q4"), data=data).status_code == 302
    question = _question(app, draft, "q4")
    assert len(question["answer"]) == 2 and "900 homes" in _texts(question, "right")


def test_ordering_items_are_saved_in_the_right_order_and_shown_mixed(app, client, draft):
    page = client.get(_url(draft, "q5")).data.decode()
    assert page.index(">300</textarea>") < page.index(">450</textarea>")  # the right order, not the shown one
    data = _rows("300", "450", "600", ids=("b", "a", ""), prompt="Lowest first.")
    assert client.post(_url(draft, "q5"), data=data).status_code == 302
    question = _question(app, draft, "q5")
    names = _by_id(question)
    assert [names[i] for i in question["answer"]] == ["300", "450", "600"]
    assert [c["id"] for c in question["choices"]] != question["answer"]


def test_short_answer_and_model_answer(app, client, draft):
    assert client.post(_url(draft, "q6"), data={"prompt": "Who broke it?",
                                                "accepted": "Tollbrook Herald\n\nthe Herald\nthe Herald\n"}).status_code == 302
    assert _question(app, draft, "q6")["answer"] == ["Tollbrook Herald", "the Herald"]
    assert client.post(_url(draft, "q7"), data={"prompt": "What would you check?",
                                                "model_answer": "Who the official is.\nAnd the cost."}).status_code == 302
    assert _question(app, draft, "q7")["answer"] == ["Who the official is.\nAnd the cost."]


@pytest.mark.parametrize(("question", "data", "message"), [
    ("q1", _rows("A", ids=("a",), right="0", prompt="P"), "at least 2 options"),
    ("q1", _rows("A", "B", "C", ids=("a", "b", "c"), prompt="P"), "Choose the one right option"),
    ("q1", _rows("A", "", "C", right="0", prompt="P"), "Option 2 is empty"),
    ("q1", _rows("The mayor", "the  Mayor", right="0", prompt="P"), "Options 1 and 2 say the same thing"),
    ("q1", _rows("A", "B", right="0", prompt="   "), "Write the question"),
    ("q1", _rows("A", "x" * 1001, right="0", prompt="P"), "Option 2 is too long"),
    ("q1", _rows(*(str(n) for n in range(MAX_OPTIONS + 1)), right="0", prompt="P"), "at most 10 options"),
    ("q2", _rows("A", "B", "C", prompt="P"), "Tick at least one right option"),
    ("q2", _rows("A", "B", prompt="P", **{"options-0-right": "y", "options-1-right": "y"}),
     "Leave at least one option wrong"),
    ("q4", _rows("Herald", "News", prompt="P", **{"options-0-match": "300"}), "Pair 2 needs what it matches"),
    ("q4", _rows("Herald", "News", prompt="P", **{"options-0-match": "300", "options-1-match": "300"}),
     "Pairs 1 and 2 have the same right side"),
    ("q4", _rows("Herald", "", prompt="P", **{"options-0-match": "300", "options-1-match": "450"}),
     "at least 2 complete pairs"),
    ("q5", _rows("300", prompt="P"), "at least 2 items"),
    ("q6", {"prompt": "P", "accepted": " \n "}, "Give at least one accepted answer"),
    ("q7", {"prompt": "P", "model_answer": ""}, "Write the model answer"),
])
def test_validation_says_what_to_fix_and_saves_nothing(app, client, draft, question, data, message):
    before = quiz_json(app, draft)
    response = client.post(_url(draft, question), data=data)
    page = response.data.decode().replace("&#39;", "'")
    assert response.status_code == 400 and message in page and 'id="edit-problems"' in page
    assert quiz_json(app, draft) == before


def test_forged_row_ids_cannot_duplicate_or_invent_choices(app, client, draft):
    data = _rows("A", "B", "C", ids=("a", "a", "zz"), right="2", prompt="P")
    assert client.post(_url(draft, "q1"), data=data).status_code == 302
    question = _question(app, draft, "q1")
    ids = [c["id"] for c in question["choices"]]
    assert ids[0] == "a" and len(set(ids)) == 3 and "zz" not in ids and question["answer"] == [ids[2]]


def test_option_text_is_escaped_in_the_editor(app, client, draft):
    client.post(_url(draft, "q1"), data=_rows("<script>alert(1)</script>", "B", right="0", prompt="<b>P</b>"))
    page = client.get(_url(draft, "q1")).data.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page and "&lt;b&gt;P" in page


def test_unknown_button_and_published_quiz(app, client, teacher_a, draft):
    before = quiz_json(app, draft)
    assert client.post(_url(draft, "q1"), data=_rows("A", "B", prompt="P", action="explode-3")).status_code == 200
    assert quiz_json(app, draft) == before
    published = make_quiz(app, teacher_a, code="QRSTUV")
    assert client.get(_url(published, "q1")).status_code == 409
    assert client.post(_url(published, "q1"), data=_rows("A", "B", right="0", prompt="P")).status_code == 409


# ---- undo the last regenerate -------------------------------------------------------------

@pytest.fixture
def regenerating(app, teacher_a, monkeypatch) -> int:
    from quizgen.web.teacher import quizzes

    def fake_replacement(report, doc, question, difficulty, seed):
        new = question.__class__.from_dict(question.to_dict())
        new.prompt = f"A fresh question instead of {question.id}?"
        return new

    monkeypatch.setattr(quizzes, "replacement_question", fake_replacement)
    return make_quiz(app, teacher_a, state="draft", code=None, set_id=make_set(app, teacher_a))


def test_undo_brings_the_question_before_the_regenerate_back(app, client, regenerating):
    quiz_id = regenerating
    original = _question(app, quiz_id, "q3")
    assert 'id="undo-q3"' not in client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    client.post(f"/teacher/quizzes/{quiz_id}/questions/q3/regenerate")
    assert _question(app, quiz_id, "q3")["prompt"] == "A fresh question instead of q3?"
    client.post(f"/teacher/quizzes/{quiz_id}/questions/q1/move/down")  # other changes keep the undo
    page = client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    assert 'id="undo-q3"' in page and "Undo regenerate" in page
    response = client.post(f"/teacher/quizzes/{quiz_id}/questions/q3/undo-regenerate", follow_redirects=True)
    assert b"before the regenerate is back" in response.data and b'id="undo-q3"' not in response.data
    assert _question(app, quiz_id, "q3") == original
    assert [q["id"] for q in quiz_json(app, quiz_id)["questions"]][:3] == ["q2", "q1", "q3"]
    assert "regenerated" not in quiz_json(app, quiz_id)


def test_only_the_last_regenerate_is_undone(app, client, regenerating):
    quiz_id = regenerating
    client.post(f"/teacher/quizzes/{quiz_id}/questions/q1/regenerate")
    client.post(f"/teacher/quizzes/{quiz_id}/questions/q2/regenerate")
    page = client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    assert 'id="undo-q2"' in page and 'id="undo-q1"' not in page
    response = client.post(f"/teacher/quizzes/{quiz_id}/questions/q1/undo-regenerate", follow_redirects=True)
    assert b"cannot go back" in response.data
    assert _question(app, quiz_id, "q1")["prompt"] == "A fresh question instead of q1?"


def test_no_undo_once_the_new_question_is_edited(app, client, regenerating):
    quiz_id = regenerating
    client.post(f"/teacher/quizzes/{quiz_id}/questions/q6/regenerate")
    client.post(_url(quiz_id, "q6"), data={"prompt": "My own wording?", "accepted": "Tollbrook Herald"})
    assert 'id="undo-q6"' not in client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    client.post(f"/teacher/quizzes/{quiz_id}/questions/q6/undo-regenerate")
    assert _question(app, quiz_id, "q6")["prompt"] == "My own wording?"


def test_the_undo_copy_never_reaches_exports_or_students(app, client, regenerating):
    quiz_id = regenerating
    client.post(f"/teacher/quizzes/{quiz_id}/questions/q1/regenerate")
    assert "regenerated" in quiz_json(app, quiz_id)
    exported = client.get(f"/teacher/quizzes/{quiz_id}/export/json").data.decode()
    assert "regenerated" not in exported and "A fresh question instead of q1?" in exported
    client.post(f"/teacher/quizzes/{quiz_id}/publish", data={"mode": "practice"})
    student = app.test_client()
    code = re.search(r'id="class-code">(\w+)<', client.get(f"/teacher/quizzes/{quiz_id}").data.decode()).group(1)
    join(student, code=code)
    assert b"A fresh question instead of q1?" in student.get(f"/play/{quiz_id}/1").data


# ---- reorder questions, labels and the order of the quiz page --------------------------------

def test_move_questions_up_and_down(app, client, draft):
    base = f"/teacher/quizzes/{draft}/questions"
    response = client.post(f"{base}/q1/move/down")
    assert response.status_code == 302 and response.headers["Location"].endswith("#question-q1")
    client.post(f"{base}/q5/move/up")
    client.post(f"{base}/q5/move/sideways")  # not a direction: nothing moves
    assert [q["id"] for q in quiz_json(app, draft)["questions"]] == ["q2", "q1", "q3", "q5", "q4", "q6", "q7"]
    page = client.get(f"/teacher/quizzes/{draft}").data.decode()
    assert 'id="up-q2"' not in page and 'id="down-q7"' not in page and 'id="down-q2"' in page


def test_questions_then_export_then_publish_last(app, client, draft):
    page = client.get(f"/teacher/quizzes/{draft}").data.decode()
    places = [page.index(marker) for marker in ('id="question-list"', 'id="exports"', 'id="publish-form"')]
    assert places == sorted(places)
    assert page.index('id="publish"') > max(page.index(f'id="export-{f}"') for f in ("moodle", "gift", "qti"))


def test_export_labels_a_teacher_reads(app, client, teacher_a):
    from quizgen.export import EXPORT_LABELS, FORMATS

    assert set(EXPORT_LABELS) == set(FORMATS)  # a new format needs a label too
    quiz_id = make_quiz(app, teacher_a)
    page = client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    for label in ("Moodle (XML)", "Moodle (GIFT)", "Canvas (QTI 1.2)", "Printable worksheet",
                  "Spreadsheet of results (CSV)"):
        assert label in page, label
    assert re.search(r'id="export-moodle" download>Download: Moodle \(XML\)<', page)
    assert re.search(r'id="export-qti" download>Download: Canvas \(QTI 1\.2\)<', page)
    results = client.get(f"/teacher/quizzes/{quiz_id}/results").data.decode()
    assert "Spreadsheet of results (CSV)" in results


def test_the_cli_offers_the_same_labels(runner):
    from quizgen.cli import main

    result = runner.invoke(main, ["export", "--help"], terminal_width=400)
    assert "moodle: Moodle (XML)" in result.output and "qti: Canvas (QTI 1.2)" in result.output


def test_drag_posts_the_whole_new_order(app, client, teacher_a, draft, other_client):
    url = f"/teacher/quizzes/{draft}/order"
    page = client.get(f"/teacher/quizzes/{draft}").data.decode()
    assert 'id="reorder-form"' in page and "js/builder.js" in page
    assert client.post(url, data={"order": "q7,q1,q2,q3,q4,q5,q6"}).status_code == 302
    assert [q["id"] for q in quiz_json(app, draft)["questions"]] == ["q7", "q1", "q2", "q3", "q4", "q5", "q6"]
    before = quiz_json(app, draft)
    for order in ("q1,q2", "q7,q7,q2,q3,q4,q5,q6", "q7,q1,q2,q3,q4,q5,q99", ""):
        assert client.post(url, data={"order": order}).status_code == 400, order
    assert other_client.post(url, data={"order": "q1,q2,q3,q4,q5,q6,q7"}).status_code == 404
    assert quiz_json(app, draft) == before
    published = make_quiz(app, teacher_a, code="QRSTUV")
    assert client.post(f"/teacher/quizzes/{published}/order", data={"order": "q1"}).status_code == 409
    assert "js/builder.js" not in client.get(f"/teacher/quizzes/{published}").data.decode()


def test_another_teacher_cannot_edit_undo_or_reorder(app, client, regenerating, other_client):
    quiz_id = regenerating
    client.post(f"/teacher/quizzes/{quiz_id}/questions/q1/regenerate")
    before = quiz_json(app, quiz_id)
    base = f"/teacher/quizzes/{quiz_id}"
    for path, data in ((f"{base}/questions/q1/undo-regenerate", {}),
                       (f"{base}/questions/q1/edit", _rows("A", "B", right="0", prompt="P")),
                       (f"{base}/questions/q1/edit", _rows("A", "B", prompt="P", action="add"))):
        assert other_client.post(path, data=data).status_code == 404, path
    assert quiz_json(app, quiz_id) == before
