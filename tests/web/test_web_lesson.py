"""Running a lesson: projector and lobby, the class results grid and its refresh, the
gradebook CSV, and how students' devices reach the join address."""

from __future__ import annotations

import csv
import io
import ipaddress

import lxml.html
import pytest
from webhelpers import RIGHT_ANSWERS, join, make_quiz

from quizgen.web.extensions import db
from quizgen.web.models import Answer
from quizgen.web.results import QuizResults, Tally
from quizgen.web.teacher import reach
from quizgen.web.teacher.publish import only_this_computer

WRONG = {1: {"choice": "a"}, 2: {"choice": ["b"]}, 3: {"choice": "a"}}


def _answer(app, nickname: str, quiz_id: int, answers: dict[int, dict]) -> None:
    student = app.test_client()
    join(student, nickname=nickname)
    for number, data in answers.items():
        assert student.post(f"/play/{quiz_id}/{number}", data=data).status_code in (200, 302)


def _grid(html: bytes) -> dict[str, list[tuple[str, str, str]]]:
    """nickname -> per question (state class, visible symbol, screen-reader words), then the total cell."""
    table = lxml.html.fromstring(html.decode()).get_element_by_id("class-grid")
    rows = {}
    for row in table.xpath("./tbody/tr"):
        cells = row.xpath("./td")
        rows[row.xpath("./th")[0].text_content()] = [
            (cell.get("class").split()[1], cell.xpath("./span[@aria-hidden]")[0].text_content(),
             cell.xpath("./span[@class='visually-hidden']")[0].text_content()) for cell in cells[:-1]
        ] + [("total", cells[-1].text_content(), "")]
    return rows


@pytest.fixture
def lesson(app, teacher_a) -> int:
    """Robin: Q1 right, Q2 wrong, Q7 to grade. Sam: Q1 right, Q3 right. Kim: joined, nothing yet."""
    quiz_id = make_quiz(app, teacher_a)
    _answer(app, "Robin", quiz_id, {1: RIGHT_ANSWERS[1], 2: WRONG[2], 7: RIGHT_ANSWERS[7]})
    _answer(app, "Sam", quiz_id, {1: RIGHT_ANSWERS[1], 3: RIGHT_ANSWERS[3]})
    _answer(app, "Kim", quiz_id, {})
    return quiz_id


# ---- the class grid


def test_grid_shows_right_wrong_to_grade_and_unanswered_by_class_symbol_and_words(client, lesson):
    grid = _grid(client.get(f"/teacher/quizzes/{lesson}/results").data)
    assert list(grid) == ["Kim", "Robin", "Sam"]
    unanswered = ("cell-unanswered", "–", "not answered")
    assert grid["Robin"] == [("cell-right", "✓", "right"), ("cell-wrong", "✗", "wrong"), *[unanswered] * 4,
                             ("cell-to-grade", "?", "to grade"), ("total", "1 / 7", "")]
    assert grid["Sam"][:3] == [("cell-right", "✓", "right"), unanswered, ("cell-right", "✓", "right")]
    assert grid["Sam"][-1] == ("total", "2 / 7", "")
    assert grid["Kim"] == [unanswered] * 7 + [("total", "0 / 7", "")]


def test_results_page_calls_out_the_weakest_skill_and_what_is_left_to_grade(client, lesson):
    page = client.get(f"/teacher/quizzes/{lesson}/results").data.decode()
    # find the sources: 2 of 2 right; spot unverified claims: Q2 wrong, Q3 right; compare coverage: no answers
    assert "Weakest skill so far: Spot unverified claims</h2>" in page and "50% of these answers are right" in page
    assert "3 students joined" in page and '1 answer to grade</a>' in page
    to_grade = lxml.html.fromstring(page).get_element_by_id("to-grade").text_content()
    assert "Q7: What would you check" in to_grade and "Robin: Ask the city." in " ".join(to_grade.split())
    assert "Q6:" not in to_grade  # nobody wrote an answer to it yet


def test_weakest_skill_needs_two_scored_skills_that_differ_and_names_ties():
    def results(**percents: tuple[int, int]) -> QuizResults:
        return QuizResults({}, {skill: Tally(graded, right, graded) for skill, (right, graded) in percents.items()}, [])

    assert results(find_source=(1, 2)).weakest_skill() is None
    assert results(find_source=(1, 2), spot_unverified=(2, 4)).weakest_skill() is None
    assert results(find_source=(1, 2), spot_unverified=(0, 0)).weakest_skill() is None  # nothing graded yet
    tied = results(find_source=(1, 4), spot_unverified=(2, 8), compare_coverage=(3, 4)).weakest_skill()
    assert tied is not None and tied.skills == ["find_source", "spot_unverified"] and tied.percent == 25


def test_nickname_in_the_grid_is_escaped(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    _answer(app, "<b>Ro</b>", quiz_id, {1: RIGHT_ANSWERS[1]})
    page = client.get(f"/teacher/quizzes/{quiz_id}/results").data.decode()
    assert "&lt;b&gt;Ro&lt;/b&gt;" in page and "<b>Ro</b>" not in page


# ---- refreshing during the lesson


def test_results_refresh_with_a_fragment_that_answers_304_until_something_changes(app, client, lesson):
    page = lxml.html.fromstring(client.get(f"/teacher/quizzes/{lesson}/results").data)
    live = page.get_element_by_id("live-results")
    assert live.get("data-live-url") == f"/teacher/quizzes/{lesson}/results/live"
    assert page.get_element_by_id("refresh-results").get("href") == f"/teacher/quizzes/{lesson}/results"
    assert not page.xpath("//script[not(@src)]")  # CSP: no inline script
    version = f'"{live.get("data-version")}"'

    unchanged = client.get(live.get("data-live-url"), headers={"If-None-Match": version})
    assert unchanged.status_code == 304 and unchanged.headers["ETag"] == version

    _answer(app, "Lee", lesson, {4: RIGHT_ANSWERS[4]})
    fresh = client.get(live.get("data-live-url"), headers={"If-None-Match": version})
    assert fresh.status_code == 200 and fresh.headers["ETag"] != version
    assert _grid(fresh.data)["Lee"][3] == ("cell-right", "✓", "right")
    assert b"<html" not in fresh.data and b"site-header" not in fresh.data  # the fragment only

    with app.app_context():
        ungraded = db.session.query(Answer).filter(Answer.correct.is_(None)).one()
    client.post(f"/teacher/quizzes/{lesson}/answers/{ungraded.id}/grade/right")
    graded = client.get(live.get("data-live-url"), headers={"If-None-Match": fresh.headers["ETag"]})
    assert graded.status_code == 200 and _grid(graded.data)["Robin"][6] == ("cell-right", "✓", "right")
    assert b'id="to-grade"' in graded.data and b"Mark wrong" in graded.data  # grading refreshes too


def test_closed_quiz_results_do_not_poll(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, state="closed")
    live = lxml.html.fromstring(client.get(f"/teacher/quizzes/{quiz_id}/results").data).get_element_by_id("live-results")
    assert live.get("data-live-url") is None


# ---- projector and lobby


def test_projector_shows_code_qr_address_and_lobby_without_chrome(app, client, lesson):
    response = client.get(f"/teacher/quizzes/{lesson}/projector")
    page = lxml.html.fromstring(response.data)
    assert response.status_code == 200
    assert page.get_element_by_id("projector-code").text_content() == "ABCDEF"
    assert page.get_element_by_id("projector-address").text_content() == "http://localhost/join/ABCDEF"
    assert page.get_element_by_id("projector-qr").get("src") == f"/teacher/quizzes/{lesson}/qr.svg"
    assert page.get_element_by_id("lobby-count").text_content() == "3 students have joined"
    assert [li.text_content() for li in page.get_element_by_id("lobby-names")] == ["Robin", "Sam", "Kim"]
    assert not page.xpath("//nav | //header | //footer") and not page.xpath("//script[not(@src)]")
    assert page.get_element_by_id("projector").get("data-lobby-url") == f"/teacher/quizzes/{lesson}/lobby.json"


def test_lobby_json_lists_who_joined_in_order(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    assert client.get(f"/teacher/quizzes/{quiz_id}/lobby.json").json == {
        "state": "open", "count": 0, "nicknames": [], "label": "0 students have joined"}
    _answer(app, "Zoë", quiz_id, {})
    assert client.get(f"/teacher/quizzes/{quiz_id}/lobby.json").json["label"] == "1 student has joined"
    _answer(app, "<img src=x>", quiz_id, {})
    lobby = client.get(f"/teacher/quizzes/{quiz_id}/lobby.json").json
    assert lobby["count"] == 2 and lobby["nicknames"] == ["Zoë", "<img src=x>"]  # JSON; the script sets it as text


def test_projector_of_an_unpublished_quiz_is_not_found(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, state="draft", code=None)
    assert client.get(f"/teacher/quizzes/{quiz_id}/projector").status_code == 404


def test_another_teacher_gets_404_on_every_lesson_route(app, lesson, other_client):
    for path in ("/projector", "/lobby.json", "/results", "/results/live", "/results.csv", "/gradebook.csv"):
        assert other_client.get(f"/teacher/quizzes/{lesson}{path}").status_code == 404, path


def test_lesson_routes_need_a_login(app, lesson):
    for path in ("/projector", "/lobby.json", "/results/live", "/gradebook.csv"):
        assert app.test_client().get(f"/teacher/quizzes/{lesson}{path}").status_code == 302, path


# ---- spreadsheets


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_gradebook_csv_has_one_row_per_student_with_totals_per_skill(app, client, lesson):
    _answer(app, "=cmd()", lesson, {1: WRONG[1]})
    response = client.get(f"/teacher/quizzes/{lesson}/gradebook.csv")
    assert response.mimetype == "text/csv" and "gradebook.csv" in response.headers["Content-Disposition"]
    rows = _csv_rows(response.data)
    assert rows[0] == ["Student", "Right", "Out of", "Percent", "Answered", "To grade",
                       "Find the sources: right", "Find the sources: out of", "Find the sources: percent",
                       "Spot unverified claims: right", "Spot unverified claims: out of",
                       "Spot unverified claims: percent",
                       "Compare coverage: right", "Compare coverage: out of", "Compare coverage: percent"]
    by_student = {row[0]: row[1:] for row in rows[1:]}
    assert list(by_student) == ["'=cmd()", "Kim", "Robin", "Sam"]  # formula neutralised, sorted by nickname
    # the sample quiz: 2 find-the-sources, 3 spot-unverified, 2 compare-coverage questions
    assert by_student["Robin"] == ["1", "7", "14.3", "3", "1", "1", "2", "50.0", "0", "3", "0.0", "0", "2", "0.0"]
    assert by_student["Sam"] == ["2", "7", "28.6", "2", "0", "1", "2", "50.0", "1", "3", "33.3", "0", "2", "0.0"]
    assert by_student["Kim"][:5] == ["0", "7", "0.0", "0", "0"]


def test_results_page_offers_both_spreadsheets_in_teacher_words(client, lesson):
    page = lxml.html.fromstring(client.get(f"/teacher/quizzes/{lesson}/results").data)
    gradebook, answers = page.get_element_by_id("gradebook-csv"), page.get_element_by_id("results-csv")
    assert gradebook.text_content() == "Scores per student, for your gradebook (CSV)"
    assert answers.text_content() == "Spreadsheet of results (CSV): every answer, one per row"
    assert client.get(answers.get("href")).status_code == client.get(gradebook.get("href")).status_code == 200


# ---- reaching the join address


@pytest.mark.parametrize(("url", "local"), [
    ("http://127.0.0.1:5000/join/ABCDEF", True), ("http://127.0.1.1/join/A", True), ("http://localhost/join/A", True),
    ("http://LOCALHOST./join/A", True), ("http://quiz.localhost/join/A", True), ("http://[::1]:5000/join/A", True),
    ("http://0.0.0.0:5000/join/A", True), ("http://192.168.1.20:5000/join/A", False),
    ("https://quiz.school.example/join/A", False), ("http://[fd00::5]/join/A", False)])
def test_only_loopback_addresses_are_this_computer_only(url, local):
    assert only_this_computer(url) is local


def test_public_url_example_uses_this_computers_address_and_port(monkeypatch):
    monkeypatch.setattr(reach, "guessed_network_address", lambda: "10.0.0.7")
    assert reach.public_url_example("http://127.0.0.1:5000/join/A") == ("http://10.0.0.7:5000", True)
    monkeypatch.setattr(reach, "guessed_network_address", lambda: None)  # offline: a typical address
    assert reach.public_url_example("http://localhost/join/A") == ("http://192.168.1.20", False)


def test_guessed_network_address_is_never_loopback():
    address = reach.guessed_network_address()
    assert address is None or not ipaddress.ip_address(address).is_loopback


def test_share_screen_says_how_devices_reach_the_address_and_warns_on_loopback(app, client, teacher_a, monkeypatch):
    monkeypatch.setattr(reach, "guessed_network_address", lambda: "10.0.0.7")
    quiz_id = make_quiz(app, teacher_a)
    page = lxml.html.fromstring(client.get(f"/teacher/quizzes/{quiz_id}").data)
    explained = page.get_element_by_id("reach").text_content()
    assert "same network as this computer" in explained and "127.0.0.1 or localhost" in explained
    assert "Students' devices cannot open this link." in page.get_element_by_id("local-only-hint").text_content()
    steps = page.get_element_by_id("reach-steps")
    assert steps.get("open") is not None and "quizgen serve --host 0.0.0.0" in steps.text_content()
    assert "QUIZGEN_PUBLIC_URL=http://10.0.0.7" in steps.text_content()
    assert page.get_element_by_id("projector-link").get("href") == f"/teacher/quizzes/{quiz_id}/projector"
    projector = lxml.html.fromstring(client.get(f"/teacher/quizzes/{quiz_id}/projector").data)
    assert "only works on this computer" in projector.get_element_by_id("local-only-hint").text_content()

    app.config["PUBLIC_URL"] = "http://192.168.1.20:5000"
    page = lxml.html.fromstring(client.get(f"/teacher/quizzes/{quiz_id}").data)
    assert page.get_element_by_id("reach") is not None and not page.xpath("//*[@id='local-only-hint']")
    assert page.get_element_by_id("reach-steps").get("open") is None
