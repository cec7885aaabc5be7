"""Students (issue 9): rejoin with a resume code, nicknames without regard to case, asking
before finishing with questions unanswered, matching feedback per pair, the summary's
score and next step, plain words, and student pages without the teacher's links."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from quizgen.web.extensions import db
from quizgen.web.models import Participant, Quiz
from quizgen.web.samples import samples
from webhelpers import RIGHT_ANSWERS, join, make_quiz

RESUME = re.compile(r"Your resume code is ([A-Z0-9]{6})")


def _join_and_read_code(client, code: str = "ABCDEF", nickname: str = "Robin") -> str:
    page = client.post("/join", data={"code": code, "nickname": nickname}, follow_redirects=True)
    found = RESUME.search(page.data.decode())
    assert found, page.data[-1500:]
    return found.group(1)


def _participants(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Participant))


def _rejoin(client, resume: str, nickname: str = "Robin", code: str = "ABCDEF"):
    return client.post("/join", data={"code": code, "nickname": nickname, "resume": resume})


# ---- rejoin ------------------------------------------------------------------------------

def test_rejoin_on_another_device_takes_back_the_seat(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    laptop, phone = app.test_client(), app.test_client()
    resume = _join_and_read_code(laptop)
    laptop.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    # the code is on every question page too, for a student who missed the welcome message
    assert resume in laptop.get(f"/play/{quiz_id}/2").data.decode()

    response = _rejoin(phone, f" {resume[:3].lower()}-{resume[3:]} ", nickname="robin")  # any case, spaces, dash
    assert response.status_code == 302 and response.headers["Location"] == f"/play/{quiz_id}"
    assert phone.get(f"/play/{quiz_id}").headers["Location"] == f"/play/{quiz_id}/2"  # progress kept
    assert "Welcome back, Robin" in phone.get(f"/play/{quiz_id}/2").data.decode()
    assert _participants(app) == 1
    phone.post(f"/play/{quiz_id}/2", data=RIGHT_ANSWERS[2])
    assert laptop.get(f"/play/{quiz_id}").headers["Location"] == f"/play/{quiz_id}/3"  # one seat, two devices


def test_wrong_resume_code_is_refused(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    resume = _join_and_read_code(app.test_client())
    wrong = "".join("B" if c != "B" else "C" for c in resume)
    stranger = app.test_client()
    for nickname, typed in (("Robin", wrong), ("Robin", resume[:5]), ("Sam", resume)):
        response = _rejoin(stranger, typed, nickname=nickname)
        assert response.status_code == 403 and b"does not fit this nickname" in response.data, nickname
        assert b'id="rejoin" open' in response.data and b'aria-invalid="true"' in response.data
    assert stranger.get(f"/play/{quiz_id}/1").status_code == 404
    assert _participants(app) == 1


def test_resume_code_only_works_in_its_own_quiz(app, teacher_a):
    make_quiz(app, teacher_a, code="ABCDEF")
    other_quiz = make_quiz(app, teacher_a, code="GHJKMN")
    resume = _join_and_read_code(app.test_client(), code="ABCDEF", nickname="Robin")
    other_code = _join_and_read_code(app.test_client(), code="GHJKMN", nickname="Robin")
    assert resume != other_code
    thief = app.test_client()
    assert _rejoin(thief, resume, code="GHJKMN").status_code == 403
    assert thief.get(f"/play/{other_quiz}/1").status_code == 404


def test_a_seat_taken_in_a_shared_browser_switches_to_the_resumed_one(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    resume = _join_and_read_code(app.test_client(), nickname="Robin")
    shared = app.test_client()
    join(shared, nickname="Sam")
    shared.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    assert _rejoin(shared, resume).status_code == 302
    assert shared.get(f"/play/{quiz_id}").headers["Location"] == f"/play/{quiz_id}/1"  # Robin's seat: nothing answered


def test_rejoin_a_closed_quiz_to_read_the_results(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    resume = _join_and_read_code(app.test_client())
    with app.app_context():
        db.session.get(Quiz, quiz_id).state = "closed"
        db.session.commit()
    assert app.test_client().post("/join", data={"code": "ABCDEF", "nickname": "Late"}).status_code == 404
    phone = app.test_client()
    assert _rejoin(phone, resume).status_code == 302
    assert phone.get(f"/play/{quiz_id}/summary").status_code == 200


@pytest.mark.app_config(RATELIMIT_ENABLED=True)
def test_guessing_resume_codes_is_rate_limited(app, teacher_a):
    make_quiz(app, teacher_a)
    resume = _join_and_read_code(app.test_client())
    guesser = app.test_client()
    statuses = [_rejoin(guesser, f"AAAAA{n}").status_code for n in range(2, 10)]
    statuses += [_rejoin(guesser, f"BBBBB{n}").status_code for n in range(2, 5)]
    assert statuses[:10] == [403] * 10 and statuses[10] == 429
    assert _rejoin(guesser, resume).status_code == 429  # even the right code, while blocked


def test_resume_code_depends_on_the_secret_key(app, teacher_a):
    from quizgen.web.student.resume import resume_code

    with app.test_request_context():
        first = resume_code(7, "token")
        app.config["SECRET_KEY"] = "another secret"
        assert resume_code(7, "token") != first and resume_code(8, "token") != resume_code(7, "token")


def test_practice_quizzes_show_no_resume_code(app, client):
    if not samples():
        pytest.skip("no bundled sample set is installed (quizgen/data/samples)")
    page = client.post(f"/practice/samples/{samples()[0].name}", follow_redirects=True).data.decode()
    assert 'id="resume-info"' not in page and "resume code" not in page


# ---- nicknames without regard to case -------------------------------------------------

@pytest.mark.parametrize("second", ["maya", "MAYA", " Maya ", "Ma\u200bya", "ＭＡＹＡ"])
def test_nicknames_are_unique_without_regard_to_case(app, teacher_a, second):
    make_quiz(app, teacher_a)
    join(app.test_client(), nickname="Maya")
    response = app.test_client().post("/join", data={"code": "ABCDEF", "nickname": second})
    assert response.status_code == 409 and b"already uses this nickname" in response.data
    assert b'id="rejoin" open' in response.data  # points the returning student at the resume code
    assert _participants(app) == 1


def test_nicknames_from_before_the_key_column_still_collide(app, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    with app.app_context():  # a row made before migration 0003: no nickname key
        db.session.add(Participant(quiz_id=quiz_id, nickname="Maya", nickname_key=None, token="legacy-token"))
        db.session.commit()
    assert app.test_client().post("/join", data={"code": "ABCDEF", "nickname": "maya"}).status_code == 409


# ---- asking before finishing -----------------------------------------------------------

def test_finishing_with_questions_unanswered_asks_first(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="assessment")
    join(client)
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    summary = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert 'id="finish-dialog"' in summary and 'data-unanswered="6"' in summary
    asked = client.post(f"/play/{quiz_id}/finish")
    page = asked.data.decode()
    assert asked.status_code == 200 and "Finish with 6 questions not answered?" in page
    assert "Not answered: questions 2, 3, 4, 5, 6, 7." in page and f'href="/play/{quiz_id}/2"' in page
    assert "Score per skill" not in client.get(f"/play/{quiz_id}/summary").data.decode()  # not finished
    assert client.post(f"/play/{quiz_id}/finish", data={"finish-anyway": "yes"}).status_code == 302
    assert "Score per skill" in client.get(f"/play/{quiz_id}/summary").data.decode()


def test_finishing_with_everything_answered_does_not_ask(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="assessment")
    join(client)
    for number, data in RIGHT_ANSWERS.items():
        client.post(f"/play/{quiz_id}/{number}", data=data)
    assert 'id="finish-dialog"' not in client.get(f"/play/{quiz_id}/summary").data.decode()
    assert client.post(f"/play/{quiz_id}/finish").status_code == 302


def test_unsaved_answer_dialog_only_where_an_answer_can_be_saved(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    join(client)
    assert 'id="unsaved-dialog"' in client.get(f"/play/{quiz_id}/1").data.decode()
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    assert 'id="unsaved-dialog"' not in client.get(f"/play/{quiz_id}/1").data.decode()


# ---- feedback ----------------------------------------------------------------------------

def test_matching_feedback_says_which_pairs_were_wrong(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="practice")
    join(client)
    client.post(f"/play/{quiz_id}/4", data={"match-a": "d", "match-b": "d"})
    page = client.get(f"/play/{quiz_id}/4").data.decode()
    checks = re.search(r'<ul class="pair-checks".*?</ul>', page, re.S).group(0)
    assert re.search(r"Wrong: Tollbrook Herald → 450 homes\. The right match: <strong>300 homes</strong>", checks)
    assert re.search(r"Right: River Valley News → 450 homes", checks)
    assert "The answer:" not in page and "0 of 2 pairs right" not in page and "1 of 2 pairs right" in page
    summary = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert "The right match: <strong>300 homes</strong>" in summary


def test_matching_checks_name_a_missing_match():
    from quizgen.web.student.feedback import matching_checks
    from webhelpers import sample_quiz_doc

    question = sample_quiz_doc().questions[3]
    checks = matching_checks(question, [["a", "c"], ["b"]])
    assert [(c.item, c.chosen, c.right, c.correct) for c in checks] == [
        ("Tollbrook Herald", "300 homes", "300 homes", True), ("River Valley News", "nothing", "450 homes", False)]


def test_feedback_puts_the_evidence_one_tap_away(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="practice")
    join(client)
    client.post(f"/play/{quiz_id}/1", data={"choice": "a"})
    page = client.get(f"/play/{quiz_id}/1").data.decode()
    details = re.search(r'<details class="evidence-details".*?</details>', page, re.S).group(0)
    assert "<summary>See the evidence</summary>" in details
    assert "Tollbrook Herald: “A city official who was not authorized to speak publicly said" in details


# ---- summary -----------------------------------------------------------------------------

def test_summary_starts_with_the_score_and_a_next_step(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="practice")
    join(client)
    wrong = {2: {"choice": ["b"]}, 3: {"choice": "a"}}  # both "Spot unverified claims" questions wrong
    for number in (1, 2, 3, 4, 5, 6):
        client.post(f"/play/{quiz_id}/{number}", data=wrong.get(number, RIGHT_ANSWERS[number]))
    page = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert "Your score: 4 of 6 right (67%)" in page  # q7 is an open response: not marked
    assert page.index("Your score") < page.index("Next step") < page.index("Score per skill")
    step = re.search(r'<p id="next-skill">(.*?)</p>', page, re.S).group(1)
    assert "Spot <dfn>unverified</dfn>" in step and "0 of 2 right" in step
    if samples():
        assert re.search(r'action="/practice/samples/[\w-]+"', page) and 'id="practise-next"' in page


def test_summary_with_every_answer_right(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="practice")
    join(client)
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    page = client.get(f"/play/{quiz_id}/summary").data.decode()
    # skipped questions count as not right
    assert "Your score: 1 of 6 right (17%)" in page and "Answer the other questions too" in page
    for number, data in RIGHT_ANSWERS.items():
        client.post(f"/play/{quiz_id}/{number}", data=data)
    page = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert "Your score: 6 of 6 right (100%)" in page and "Try a new set of articles" in page


def test_finished_assessment_counts_skipped_questions_as_not_right(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="assessment")
    join(client)
    client.post(f"/play/{quiz_id}/1", data=RIGHT_ANSWERS[1])
    client.post(f"/play/{quiz_id}/finish", data={"finish-anyway": "yes"})
    page = client.get(f"/play/{quiz_id}/summary").data.decode()
    assert "Your score: 1 of 6 right (17%)" in page and "Try a new set of articles" in page


def test_weakest_skill_ties_go_to_more_wrong_answers_then_quiz_order():
    from quizgen.web.results import Tally
    from quizgen.web.student.next_step import weakest_skill

    assert weakest_skill({"a": Tally(2, 1, 2), "b": Tally(4, 2, 4), "c": Tally(1, 1, 1)}) == "b"
    assert weakest_skill({"a": Tally(2, 1, 2), "b": Tally(2, 1, 2)}) == "a"
    assert weakest_skill({"a": Tally(1, 1, 1), "b": Tally(1, 0, 0)}) is None  # nothing wrong; b not graded


def test_practice_set_suggestion_avoids_the_set_just_practised(app):
    from quizgen.web.student.next_step import practice_set

    if len(samples()) < 2:
        pytest.skip("needs two bundled sample sets")
    first = samples()[0]
    for quiz_id in range(4):
        assert practice_set(quiz_id, f"Practice: {first.title}") != first


# ---- plain words and no teacher links -------------------------------------------------------

def test_plain_words_are_explained_where_they_first_appear():
    from quizgen.web.student.glossary import Glossary

    words = Glossary()
    first = str(words.explain("Which outlets <b>name</b> a source?"))
    assert first.startswith("Which <dfn>outlets</dfn> <span class=\"gloss\">(an outlet is")
    assert "&lt;b&gt;name&lt;/b&gt;" in first and first.count("<dfn>") == 2
    assert "<dfn>" not in str(words.explain("Other outlets and sources."))  # once per page
    fresh = Glossary()
    for explained in ("Which word is a hedge, a word that shows doubt?", "type the word (a hedge):",
                      "look for the cue “said”, the word that ties a claim to its speaker",
                      "Read: “The hedge was unverified.”"):
        assert "<dfn>" not in str(fresh.explain(explained)), explained
    assert "<dfn>unverified</dfn>" in str(fresh.explain("Spot unverified claims"))  # quoted one did not count


@pytest.mark.parametrize("text", ["Put the outlets' articles in order.", "Put the outlets\u2019 articles in order.",
                                  "Read the outlet's article.", "Check the sources' names."])
def test_a_possessive_is_never_split_by_an_explanation(text):
    """"Put the outlets (an outlet is ...)' articles" split the possessive on the student page."""
    from quizgen.web.student.glossary import Glossary

    assert "<dfn>" not in str(Glossary().explain(text))


def test_plain_words_worked_out_once_give_each_page_its_own_first_uses():
    from markupsafe import Markup

    from quizgen.web.student.glossary import Glossary

    pages = [Glossary(), Glossary()]
    for words in pages:  # the second page is served from the per-process copy, and says the same
        assert str(words.explain("Find the source.")).count("<dfn>") == 1
        assert "<dfn>" not in str(words.explain("Another source."))
    assert "<dfn>" in str(Glossary().explain("Another source."))  # a new page explains it again
    # a Markup text is not escaped, an equal plain text is: never one served for the other
    assert str(Glossary().explain(Markup("<b>source</b>"))).startswith("<b><dfn>")
    assert str(Glossary().explain("<b>source</b>")).startswith("&lt;b&gt;<dfn>")


@pytest.mark.parametrize("path", ["/join", "/join/ABCDEF", "/play/{quiz}/1", "/play/{quiz}/summary"])
def test_student_pages_show_no_teacher_links(app, client, teacher_a, path):
    quiz_id = make_quiz(app, teacher_a)
    join(client)  # `client` is also logged in as a teacher: still no teacher links on these pages
    page = client.get(path.format(quiz=quiz_id)).data.decode()
    for link in ("/auth/login", "/auth/signup", "/auth/logout", "/teacher/", "Teacher log in"):
        assert link not in page, (path, link)
    assert "js/student.js" in page


def test_finish_question_page_shows_no_teacher_links(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a, mode="assessment")
    join(client)
    page = client.post(f"/play/{quiz_id}/finish").data.decode()
    assert "Finish anyway" in page and "/auth/login" not in page and "/teacher/" not in page


@pytest.mark.app_config(RATELIMIT_ENABLED=True)
def test_student_error_pages_show_no_teacher_links(app, client, teacher_a):
    quiz_id = make_quiz(app, teacher_a)
    lost = client.get(f"/play/{quiz_id}/1")  # `client` is logged in as a teacher, but has no seat
    assert lost.status_code == 404 and b"resume code" in lost.data and b"/auth/login" not in lost.data
    guesser = app.test_client()
    for n in range(11):
        blocked = guesser.post("/join", data={"code": f"WRONG{n}", "nickname": "x"})
    assert blocked.status_code == 429 and b"/auth/login" not in blocked.data
    assert b"/auth/login" in app.test_client().get("/no-such-page").data


def test_other_pages_keep_the_teacher_links(client):
    page = client.get("/").data.decode()
    assert "/auth/login" in page and "js/student.js" not in page
