"""Students in Chromium: join with a code, answer with the keyboard alone, feedback with
the evidence highlighted, progress that survives a reload, a summary per skill; the
assessment mode; and practice on a bundled sample without an account."""

from __future__ import annotations

import re

import pytest
from browserhelpers import (Auditor, Page, answer_question, bundled_sample, expect, make_published_quiz, make_teacher,
                            quiz_doc, shot, stored_answers, tab_to)
from quizgen.web.forms import SKILL_LABELS

pytestmark = pytest.mark.browser

RELOAD_AFTER = 3  # questions answered before the reload


def _join_with_keyboard(page: Page, code: str, nickname: str) -> None:
    page.goto("/join")
    tab_to(page, "#code")
    page.keyboard.type(code.lower())  # codes are case-insensitive
    page.keyboard.press("Tab")
    page.keyboard.type(nickname)
    tab_to(page, "#join-submit")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/play/\d+/1$"))


def _check_feedback(page: Page, question, correct: bool) -> None:  # type: ignore[no-untyped-def]
    assert page.url.endswith("#feedback")
    feedback = page.locator("#feedback")
    expect(feedback).to_be_visible()
    expect(feedback).to_be_focused()  # app.js moves focus so the result is announced
    heading = page.locator("#feedback-heading")
    if question.type == "open_response":
        expect(heading).to_have_text("Compare with a model answer")
    else:
        expect(heading).to_have_text("Right!" if correct else "Not quite")
    if question.explanation:
        expect(feedback).to_contain_text(question.explanation[:60])
    if question.evidence:
        marks = page.locator(".articles-panel mark.evidence")
        assert marks.count() >= 1, "evidence is not highlighted in the article"
        expect(marks.first).to_be_visible()


def test_student_answers_everything_with_the_keyboard(page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    app = live_server.app
    quiz_id, code = make_published_quiz(app, make_teacher(app), mode="practice", count=8)
    doc = quiz_doc(app, quiz_id)
    auditor = Auditor()

    page.goto("/join")
    auditor.check(page, "20-join")
    _join_with_keyboard(page, code, "Kim")
    auditor.check(page, "21-question")

    wrong_number = 2  # one deliberate mistake shows the "Not quite" feedback with the key
    expected_right: dict[str, int] = {}
    for number, question in enumerate(doc.questions, start=1):
        if number == RELOAD_AFTER + 1:
            page.reload()
            expect(page.locator("#progress-text")).to_contain_text(f"{RELOAD_AFTER} answered")
            page.goto(f"/play/{quiz_id}")  # resuming lands on the first unanswered question
            page.wait_for_url(re.compile(rf"/play/{quiz_id}/{number}$"))
        # the prompt as written, once the plain-words glosses a student page adds are left out
        # (with the space a gloss leaves before punctuation: "a source (...):")
        expect(page.locator("#question-prompt")).to_be_visible()
        shown = page.locator("#question-prompt").evaluate(
            "e => { const c = e.cloneNode(true); c.querySelectorAll('.gloss').forEach(g => g.remove());"
            " return c.textContent.replace(/\\s+/g, ' ').replace(/ ([:;,.!?])/g, '$1').trim(); }")
        assert shown == " ".join(question.prompt.split())
        correct = number != wrong_number
        answer_question(page, question, correct=correct, keyboard=True)
        _check_feedback(page, question, correct)
        if number <= 2:
            auditor.check(page, f"22-feedback-{'right' if correct else 'wrong'}")
        if correct and question.type != "open_response":
            expected_right[question.skill] = expected_right.get(question.skill, 0) + 1
        tab_to(page, "#next-question" if number < len(doc.questions) else "#to-summary")
        with page.expect_navigation():
            page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/summary$"))
    expect(page.locator("#answered-count")).to_contain_text(f"You answered {len(doc.questions)} of {len(doc.questions)}")
    rows = page.locator("#skill-scores tbody tr")
    skills = list(dict.fromkeys(q.skill for q in doc.questions))
    expect(rows).to_have_count(len(skills))
    for row_index, skill in enumerate(skills):
        expect(rows.nth(row_index).locator("th")).to_have_text(SKILL_LABELS[skill])
        expect(rows.nth(row_index).locator("td").first).to_contain_text(f"{expected_right.get(skill, 0)} of")
    auditor.check(page, "23-summary")

    assert len(stored_answers(app, quiz_id, "Kim")) == len(doc.questions)
    auditor.assert_clean()


def test_assessment_mode_gives_feedback_only_at_the_end(page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    app = live_server.app
    quiz_id, code = make_published_quiz(app, make_teacher(app), mode="assessment", count=4, seed=11)
    doc = quiz_doc(app, quiz_id)
    auditor = Auditor()
    page.goto("/join")
    page.fill("#code", code)
    page.fill("#nickname", "Sam")
    page.click("#join-submit")
    for number, question in enumerate(doc.questions, start=1):
        page.wait_for_url(re.compile(rf"/play/{quiz_id}/{number}$"))
        answer_question(page, question)
        if number == 1:  # assessment: straight on to the next question, no feedback
            page.goto(f"/play/{quiz_id}/1")
            expect(page.locator("#your-answer")).to_be_visible()
            expect(page.locator("#feedback")).to_have_count(0)
            auditor.check(page, "24-assessment-answered")
            page.goto(f"/play/{quiz_id}")
    page.wait_for_url(re.compile(r"/summary$"))
    expect(page.locator("#skill-scores")).to_have_count(0)
    auditor.check(page, "25-assessment-before-finish")
    page.click("#finish")
    expect(page.locator("#skill-scores")).to_be_visible()
    auditor.check(page, "26-assessment-summary")
    auditor.assert_clean()


def test_practice_on_a_bundled_sample_without_an_account(page: Page) -> None:
    sample = bundled_sample()
    auditor = Auditor()
    page.goto("/")
    page.click("text=Start practising")
    expect(page.locator("h1")).to_have_text("Practise on your own")
    auditor.check(page, "30-practice-index")
    page.click(f"#practise-{sample.name}")
    page.wait_for_url(re.compile(r"/play/\d+/1$"))
    expect(page.locator(".articles-panel article")).to_have_count(len(sample.paths))
    auditor.check(page, "31-practice-question")

    for step in range(1, 3):  # any option: practice shows the key and explanation either way
        first_option = page.locator("#answer-form input[name=choice], #answer-form select, #answer-text").first
        tag = first_option.evaluate("e => e.tagName.toLowerCase() + ':' + (e.type || '')")
        if tag.endswith(("radio", "checkbox")):
            first_option.check()
        elif tag.startswith("select"):
            for select in page.locator("#answer-form select").all():
                select.select_option(index=1)
        else:
            first_option.fill("I would check the named source.")
        page.click("#submit-answer")
        expect(page.locator("#feedback")).to_be_visible()
        expect(page.locator("#feedback-heading")).not_to_be_empty()
        auditor.check(page, f"32-practice-feedback-{step}")
        page.click("#next-question")
    page.goto(page.url.rsplit("/", 1)[0] + "/summary")
    expect(page.locator("#answered-count")).to_contain_text("You answered 2 of")
    shot(page, "33-practice-summary")
    auditor.assert_clean()
