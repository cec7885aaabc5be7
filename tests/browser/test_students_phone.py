"""Students on a phone (390x844) in Chromium: feedback beside the question after answering,
the evidence one tap away without a box that scrolls inside the page, matching feedback
per pair, asking before an unsaved answer is lost or an assessment finished early, and
taking the seat back on another device with the resume code. Screenshots at 390x844 and
1280x800; axe-core (WCAG 2.1 AA) and 320 px reflow on each page."""

from __future__ import annotations

import re

import pytest
from browserhelpers import (Auditor, Page, answer_question, expect, join, make_published_quiz, make_teacher, quiz_doc,
                            seed_opening_with, shot, stored_answers)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}


@pytest.fixture
def phone(page: Page) -> Page:
    page.set_viewport_size(PHONE)
    return page


def _shots(page: Page, name: str) -> None:
    """The page as a phone and as a laptop shows it."""
    shot(page, f"{name}-390")
    page.set_viewport_size(LAPTOP)
    shot(page, f"{name}-1280")
    page.set_viewport_size(PHONE)


def _in_view(page: Page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= PHONE["height"]


def _join(page: Page, code: str, nickname: str) -> str:
    """Join; returns the resume code the welcome message shows."""
    join(page, code, nickname)
    found = re.search(r"resume code is ([A-Z0-9]{6})", page.locator(".flashes").inner_text())
    assert found, page.locator(".flashes").inner_text()
    return found.group(1)


def _choose_something(page: Page) -> None:
    """An answer chosen but not saved, whatever the question's type."""
    choices = page.locator("#answer-form input[name=choice]")
    if choices.count():
        choices.first.check()
    elif page.locator("#answer-text").count():
        page.fill("#answer-text", "a first guess")
    else:
        for select in page.locator("#answer-form select").all():
            select.select_option(index=1)


def test_answering_on_a_phone(phone: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    app = live_server.app
    seed = seed_opening_with("matching", "short_answer")
    quiz_id, code = make_published_quiz(app, make_teacher(app), mode="practice", seed=seed)
    doc = quiz_doc(app, quiz_id)
    first, second, third = doc.questions[:3]
    assert first.type == "matching" and second.type == "short_answer", [q.type for q in doc.questions]
    auditor = Auditor()
    page = phone
    _join(page, code, "Noor")
    expect(page.locator("header nav")).not_to_contain_text("log in")

    # a wrong matching answer: question, answer and feedback in view; which pairs were wrong
    answer_question(page, first, correct=False)
    for selector in ("#question-prompt", "#your-answer", "#feedback-heading"):
        assert _in_view(page, selector), f"{selector} is out of view after answering"
    expect(page.locator("#feedback")).to_be_focused()
    wrong_pairs = page.locator("#pair-checks li.pair-wrong")
    assert wrong_pairs.count() >= 1
    expect(wrong_pairs.first).to_contain_text("The right match:")
    # the evidence: one tap, read in the page (no box scrolling inside it)
    page.click("#evidence-details summary")
    quote = page.locator("#evidence-details .evidence-quote").first
    expect(quote).to_be_visible()
    nested = page.evaluate("""() => Array.from(document.querySelectorAll('#feedback *, .article-body'))
        .filter(e => e.scrollHeight > e.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
        .map(e => e.className)""")
    assert nested == [], f"nested scrolling on a phone: {nested}"
    auditor.check(page, "60-students-phone-feedback")
    _shots(page, "61-students-phone-feedback")

    # an answer typed but not saved: "Next question" asks first
    page.click("#next-question")
    page.wait_for_url(re.compile(rf"/play/{quiz_id}/2$"))
    page.fill("#answer-text", "not sure yet")
    page.click("#next-question")
    dialog = page.locator("#unsaved-dialog")
    expect(dialog).to_be_visible()
    auditor.check(page, "62-students-unsaved-dialog")
    _shots(page, "63-students-unsaved-dialog")
    page.click("#unsaved-stay")
    expect(dialog).to_be_hidden()
    assert page.url.endswith(f"/play/{quiz_id}/2") and page.input_value("#answer-text") == "not sure yet"
    page.click("#next-question")
    page.click("#unsaved-leave")
    page.wait_for_url(re.compile(rf"/play/{quiz_id}/3$"))
    assert second.id not in stored_answers(app, quiz_id, "Noor")

    # "Save my answer" in the dialog saves, then shows the feedback
    _choose_something(page)
    page.click("#next-question")
    with page.expect_navigation():
        page.click("#unsaved-save")
    expect(page.locator("#feedback")).to_be_visible()
    assert third.id in stored_answers(app, quiz_id, "Noor")
    # moving on with nothing chosen does not ask
    page.click("#next-question")
    page.wait_for_url(re.compile(rf"/play/{quiz_id}/4$"))
    page.click("#next-question")
    page.wait_for_url(re.compile(rf"/play/{quiz_id}/5$"))
    auditor.assert_clean()


def test_rejoin_on_another_device_and_finish_early(phone: Page, second_page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    app = live_server.app
    quiz_id, code = make_published_quiz(app, make_teacher(app), mode="assessment", count=4, seed=3)
    doc = quiz_doc(app, quiz_id)
    auditor = Auditor()
    resume = _join(phone, code, "Tomás")
    answer_question(phone, doc.questions[0])

    # the laptop: the same seat with class code, nickname (any case) and resume code
    laptop = second_page
    laptop.set_viewport_size(LAPTOP)
    laptop.goto("/join")
    laptop.fill("#code", code.lower())
    laptop.fill("#nickname", "tomás")
    laptop.click("#rejoin summary")
    laptop.fill("#resume", resume)
    auditor.check(laptop, "64-students-rejoin-form")
    shot(laptop, "65-students-rejoin-form-1280")
    laptop.click("#join-submit")
    laptop.wait_for_url(re.compile(rf"/play/{quiz_id}/2$"))  # carries on at the first unanswered question
    expect(laptop.locator(".flashes")).to_contain_text("Welcome back, Tomás")
    expect(laptop.locator("#progress-text")).to_contain_text("1 answered")

    # finishing with three questions unanswered asks first
    page = phone
    page.goto(f"/play/{quiz_id}/summary")
    page.click("#finish")
    dialog = page.locator("#finish-dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Not answered: questions 2, 3, 4.")
    auditor.check(page, "66-students-finish-dialog")
    _shots(page, "67-students-finish-dialog")
    page.click("#finish-stay")
    expect(dialog).to_be_hidden()
    expect(page.locator("#skill-scores")).to_have_count(0)
    page.click("#finish")
    with page.expect_navigation():
        page.click("#finish-anyway")
    # the summary opens with the score and a next step
    expect(page.locator("#score-heading")).to_contain_text("Your score:")
    expect(page.locator("#next-step")).to_be_visible()
    assert _in_view(page, "#score-heading")
    auditor.check(page, "68-students-summary")
    _shots(page, "69-students-summary")
    expect(page.locator("header nav")).not_to_contain_text("log in")
    auditor.assert_clean()
