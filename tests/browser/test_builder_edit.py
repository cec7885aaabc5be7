"""The quiz builder in Chromium: edit a question (add an option, pick it as the right one,
fix a validation error, save, see it), undo a regenerate, drag a question to a new place;
axe-core and screenshots at 1280x800 and 390x844 on the editor and the quiz page."""

from __future__ import annotations

import re

import pytest
from browserhelpers import Auditor, Page, expect, log_in, make_teacher, quiz_doc

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
NEW_OPTION = "An option added in the browser"


def _draft_quiz(page: Page) -> int:
    """A draft quiz generated from the first bundled sample, through the teacher's own pages
    (the quiz keeps its article set, so regenerate has something to draw from)."""
    page.goto("/teacher/")
    page.locator("#sample-list button").first.click()
    page.wait_for_url(re.compile(r"/teacher/sets/\d+$"))
    page.fill("#count", "8")
    page.click("#generate")
    page.wait_for_url(re.compile(r"/teacher/quizzes/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def _check_both_sizes(page: Page, auditor: Auditor, name: str) -> None:
    for label, size in (("1280", DESKTOP), ("390", PHONE)):
        page.set_viewport_size(size)
        auditor.check(page, f"{name}-{label}")
    page.set_viewport_size(DESKTOP)


def _add_an_option_and_make_it_right(page: Page, auditor: Auditor, quiz_id: int, question_id: str) -> None:
    page.goto(f"/teacher/quizzes/{quiz_id}")
    page.click(f"#edit-{question_id}")
    expect(page.locator("h1")).to_have_text("Edit question")
    _check_both_sizes(page, auditor, "builder-10-edit-question")
    rows = page.locator(".option-row")
    count = rows.count()
    page.click("#add-option")
    expect(rows).to_have_count(count + 1)
    new_text = page.locator(f"#options-{count}-text")
    expect(new_text).to_be_focused()
    page.check(f"#options-{count}-right")
    page.click("#save-question")  # the new option is still empty: the page says so
    expect(page.locator("#edit-problems")).to_contain_text(f"Option {count + 1} is empty")
    expect(new_text).to_have_attribute("aria-invalid", "true")
    _check_both_sizes(page, auditor, "builder-11-edit-question-error")
    new_text.fill(NEW_OPTION)
    page.check(f"#options-{count}-right")
    page.click("#save-question")
    page.wait_for_url(re.compile(rf"/teacher/quizzes/{quiz_id}#question-{question_id}$"))
    expect(page.locator(".flash")).to_contain_text("Question saved.")
    card = page.locator(f"#question-{question_id}")
    expect(card.locator(".choice-preview li", has_text=NEW_OPTION)).to_contain_text("(correct)")
    expect(card.locator(".correct-mark")).to_have_count(1)
    _check_both_sizes(page, auditor, "builder-12-quiz-after-edit")


def _regenerate_then_undo(page: Page, question_id: str) -> None:
    card = page.locator(f"#question-{question_id}")
    before = card.locator(".prompt").inner_text()
    card.get_by_role("button", name="Regenerate").click()
    expect(page.locator(".flash").first).to_contain_text(re.compile("Question replaced|No other question"))
    if card.locator(".prompt").inner_text() == before:
        return  # this sample has no other question of the skill: nothing to undo
    card.get_by_role("button", name="Undo regenerate").click()
    expect(page.locator(".flash")).to_contain_text("before the regenerate is back")
    expect(card.locator(".prompt")).to_have_text(before)


def _drag_to_reorder(page: Page, app, quiz_id: int) -> None:  # type: ignore[no-untyped-def]
    first = [q.id for q in quiz_doc(app, quiz_id).questions]
    expect(page.locator("#reorder-form")).to_be_visible()  # the script runs: dragging is offered
    page.set_viewport_size({"width": 1280, "height": 6000})  # both cards in view: no scrolling mid-drag
    page.evaluate("window.scrollTo(0, 0)")
    cards = page.locator("#question-list > li")
    cards.nth(0).locator("p.meta").drag_to(cards.nth(2).locator(".explanation"))
    expect(page.locator(".flash")).to_contain_text("New order saved.")
    after = [q.id for q in quiz_doc(app, quiz_id).questions]
    assert sorted(after) == sorted(first) and after != first
    page.set_viewport_size(DESKTOP)


def test_edit_a_question_undo_and_reorder(page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    app = live_server.app
    log_in(page, make_teacher(app))
    page.set_viewport_size(DESKTOP)
    quiz_id = _draft_quiz(page)
    questions = quiz_doc(app, quiz_id).questions
    choice = next(q for q in questions if q.type == "multiple_choice" and len(q.choices) < 10)
    auditor = Auditor()
    _add_an_option_and_make_it_right(page, auditor, quiz_id, choice.id)
    _regenerate_then_undo(page, questions[-1].id)
    _drag_to_reorder(page, app, quiz_id)
    auditor.assert_clean()
