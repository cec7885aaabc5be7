"""Analysis page: links to sentences, teacher corrections (mark wrong, strike-out, undo),
corrections left out of new quizzes, "Check these first" in the builder, ownership."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from quizgen.corrections import source_key, source_name
from quizgen.web.extensions import db
from quizgen.web.models import ArticleSet, Correction, Quiz
from quizgen.web.samples import samples
from webhelpers import make_set, quiz_json

SKILLS = ["find_source", "spot_unverified", "compare_coverage"]
WHITFIELD = '<span class="item-text">Mayor Dana Whitfield</span>'  # her row in the sources table


def _analysis(client, set_id: int) -> str:
    response = client.get(f"/teacher/sets/{set_id}/analysis")
    assert response.status_code == 200
    return response.data.decode()


def _row(html: str, text: str) -> str:
    """The <tr> or <li> of the analysis page that holds `text`, up to its correction form."""
    for match in re.finditer(r'<(tr|li) id="item-[0-9a-f]{10}"[^>]*>.*?</form>', html, re.DOTALL):
        if text in match.group(0):
            return match.group(0)
    raise AssertionError(f"no row holds {text!r}")


def _mark(client, set_id: int, row: str, undo: bool = False):
    keys = re.findall(r'name="item" value="([^"]+)"', row)
    data = {"item": keys, "row": re.search(r'id="(item-[0-9a-f]{10})"', row).group(1)}
    if undo:
        data["undo"] = "1"
    return client.post(f"/teacher/sets/{set_id}/analysis/corrections", data=data)


def _corrections(app) -> set[str]:
    with app.app_context():
        return set(db.session.scalars(select(Correction.item_key)))


def _named_people(html: str) -> set[str]:
    """Sources of the sources table whose only kind is "named person"."""
    table = html.split('id="source-table"')[1].split("</table>")[0]
    return set(re.findall(r'<span class="item-text">([^<]+)</span>.*?</th>\s*<td>named person</td>', table))


def _sample_set(client) -> int:
    if not samples():
        pytest.skip("no bundled sample set is installed (quizgen/data/samples)")
    response = client.post(f"/teacher/samples/{samples()[0].name}/copy")
    return int(response.headers["Location"].rsplit("/", 1)[1])


def test_every_link_points_at_a_sentence_of_the_page(app, client, teacher_a):
    html = _analysis(client, make_set(app, teacher_a))
    targets = set(re.findall(r'href="#(sent-[^"]+)"', html))
    assert targets and targets <= set(re.findall(r'id="(sent-[^"]+)"', html))
    assert "source-table" in html and _row(html, WHITFIELD)
    assert 'id="figure-table"' in html and "homes" in html  # 300 vs 450 homes, outlet by outlet
    difference = _row(html, "how many")
    assert "number" in difference and difference.count('class="sentence-link"') == 2


def test_mark_a_source_wrong_strikes_it_out_and_undo_brings_it_back(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    row = _row(_analysis(client, set_id), WHITFIELD)
    assert "struck-row" not in row
    response = _mark(client, set_id, row)
    assert response.status_code == 302 and response.headers["Location"].endswith("#" + row[8:23].split('"')[0])
    assert _corrections(app) == {source_key("Mayor Dana Whitfield")}
    html = _analysis(client, set_id)
    struck = _row(html, WHITFIELD)
    assert "struck-row" in struck and "Marked wrong" in struck and "Undo" in struck
    assert "named person · marked wrong" in html  # in the article text too
    assert _mark(client, set_id, struck, undo=True).status_code == 302
    assert _corrections(app) == set()
    assert "struck-row" not in _row(_analysis(client, set_id), WHITFIELD)


def test_only_items_of_this_analysis_can_be_marked(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    _analysis(client, set_id)
    url = f"/teacher/sets/{set_id}/analysis/corrections"
    assert client.post(url, data={"item": ["source:someone the analysis never found"]}).status_code == 400
    assert client.post(url, data={}).status_code == 400
    assert _corrections(app) == set()


def test_marked_items_are_left_out_of_a_new_quiz(app, client, teacher_a):
    set_id = _sample_set(client)
    people = _named_people(_analysis(client, set_id))
    for person in people:
        _mark(client, set_id, _row(_analysis(client, set_id), f'<span class="item-text">{person}</span>'))
    assert len(_corrections(app)) >= len(people) >= 3  # a person's row holds every spelling of the name
    response = client.post(f"/teacher/sets/{set_id}/quizzes", data={
        "title": "Corrected", "skills": ["find_source"], "count": 12, "difficulty": ""})
    assert response.status_code == 302
    with app.app_context():
        quiz_id = db.session.scalar(select(Quiz.id))
    # what a question asks for: its options and its key (the evidence may still quote them)
    asked = str([(q["choices"], q["answer"]) for q in quiz_json(app, quiz_id)["questions"]])
    assert not [p for p in people if p in asked]


def test_corrections_survive_a_new_analysis(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    _mark(client, set_id, _row(_analysis(client, set_id), WHITFIELD))
    with app.app_context():
        db.session.get(ArticleSet, set_id).report_json = None  # as after an article is edited
        db.session.commit()
    assert "struck-row" in _row(_analysis(client, set_id), WHITFIELD)


def test_another_teacher_gets_404_and_deleting_the_set_removes_its_corrections(app, client, teacher_a, other_client):
    set_id = make_set(app, teacher_a)
    row = _row(_analysis(client, set_id), WHITFIELD)
    assert other_client.get(f"/teacher/sets/{set_id}/analysis").status_code == 404
    assert _mark(other_client, set_id, row).status_code == 404
    assert _corrections(app) == set()
    _mark(client, set_id, row)
    client.post(f"/teacher/sets/{set_id}/delete")
    with app.app_context():
        assert db.session.scalar(select(func.count(Correction.id))) == 0


def test_builder_lists_questions_resting_on_what_was_marked_wrong(app, client, teacher_a):
    set_id = _sample_set(client)
    response = client.post(f"/teacher/sets/{set_id}/quizzes", data={
        "title": "Check", "skills": ["find_source"], "count": 6, "difficulty": ""})
    assert response.status_code == 302
    with app.app_context():
        quiz = db.session.scalar(select(Quiz))
        quiz_id, doc = quiz.id, quiz.doc
    page = client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    assert "Check these first" in page
    with app.app_context():
        report = db.session.get(ArticleSet, set_id).report
    # the first question quoting a sentence with a source
    question, names = next((q, found) for q in doc.questions if q.evidence and (found := [
        source_name(a) for a in report.article(q.evidence[0].article).attributions
        if a.sentence == q.evidence[0].sentence]))
    _mark(client, set_id, _row(_analysis(client, set_id), f'value="{escape(source_key(names[0]))}"'))
    page = client.get(f"/teacher/quizzes/{quiz_id}").data.decode()
    listed = page.split('id="check-first-list"')[1].split("</ul>")[0]
    assert f'href="#question-{question.id}"' in listed and "you marked wrong" in listed


@pytest.mark.app_config(WTF_CSRF_ENABLED=True)
def test_marking_needs_the_form_token(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    html = _analysis(client, set_id)
    response = _mark(client, set_id, _row(html, WHITFIELD))
    assert response.status_code == 400 and _corrections(app) == set()
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    keys = re.findall(r'name="item" value="([^"]+)"', _row(html, WHITFIELD))
    response = client.post(f"/teacher/sets/{set_id}/analysis/corrections", data={"item": keys, "csrf_token": token})
    assert response.status_code == 302 and _corrections(app) == {source_key("Mayor Dana Whitfield")}


UNRELATED = (
    "Kelso Courier\n\nFerry terminal closes after storm\n\nThe Kelso ferry terminal closed on Monday after a storm "
    "damaged two cranes, harbor master Ilse Varga said. Crews will clear the debris by Friday, she said.",
    "Ostrel Times\n\nChess club wins regional title\n\nThe Ostrel school chess club won the regional title on "
    "Saturday, coach Dario Penn said. The team beat six other schools over two days of play, he said.",
)


def test_articles_about_two_events_get_a_warning_with_their_groups(app, client, teacher_a):
    html = _analysis(client, make_set(app, teacher_a, UNRELATED))
    warning = re.search(r'<div class="event-warning" id="not-one-event".*?</div>', html, re.DOTALL)
    assert warning and "not seem to be about one event" in warning.group(0)
    assert warning.group(0).count("<li>") == 2
    assert 'id="not-one-event"' not in _analysis(client, make_set(app, teacher_a))
