"""Running a lesson in Chromium: the projector's lobby and the results grid update by
themselves while students join and answer in another browser, without a reload and
without inline script (the context fixtures fail on any CSP violation)."""

from __future__ import annotations

import pytest
from browserhelpers import (Auditor, Page, answer_question, expect, join, log_in, make_published_quiz, make_teacher,
                            quiz_doc, shot)

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
LIVE_TIMEOUT = 15_000  # ms: a few polling rounds


def _mark_page(page: Page) -> None:
    """A flag on window that a reload would wipe: proves the updates came without one."""
    page.evaluate("window.notReloaded = true")


def _still_same_page(page: Page) -> None:
    assert page.evaluate("window.notReloaded === true"), "the page reloaded"


def _screens(page: Page, auditor: Auditor, name: str) -> None:
    """axe and the 320 px reflow at 1280x800, then a phone screenshot at 390x844."""
    page.set_viewport_size(DESKTOP)
    auditor.check(page, name)
    page.set_viewport_size(PHONE)
    shot(page, f"{name}-390px")
    page.set_viewport_size(DESKTOP)


def test_projector_lobby_and_results_grid_update_live(page: Page, second_page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    app = live_server.app
    email = make_teacher(app)
    quiz_id, code = make_published_quiz(app, email, count=6)
    auditor = Auditor()
    log_in(page, email)

    page.goto(f"/teacher/quizzes/{quiz_id}")
    # the test server listens on 127.0.0.1: the share screen warns and opens the steps
    expect(page.locator("#local-only-hint")).to_contain_text("Students' devices cannot open this link.")
    expect(page.locator("#reach-steps")).to_contain_text("quizgen serve --host 0.0.0.0")
    _screens(page, auditor, "59-share-reach")
    page.click("#projector-link")
    expect(page.locator("#projector-code")).to_have_text(code)
    expect(page.locator("#lobby-count")).to_have_text("0 students have joined")
    assert page.eval_on_selector("#projector-qr", "img => img.complete ? img.naturalWidth : 0") > 0
    assert page.locator("nav").count() == 0
    _screens(page, auditor, "60-projector-empty")

    _mark_page(page)
    join(second_page, code, "<i>Maya</i>")
    expect(page.locator("#lobby-count")).to_have_text("1 student has joined", timeout=LIVE_TIMEOUT)
    expect(page.locator("#lobby-names li")).to_have_text(["<i>Maya</i>"])  # shown as text, never as markup
    assert page.locator("#lobby-names i").count() == 0
    _still_same_page(page)
    _screens(page, auditor, "61-projector-lobby")

    page.goto(f"/teacher/quizzes/{quiz_id}/results")
    grid = page.locator("#class-grid")
    expect(grid.locator("tbody tr")).to_have_count(1)
    first_cell = grid.locator("tbody tr").first.locator("td").first
    expect(first_cell).to_have_class("grid-cell cell-unanswered")
    _mark_page(page)

    question = quiz_doc(app, quiz_id).questions[0]
    answer_question(second_page, question, correct=False)
    expect(first_cell).to_have_class("grid-cell cell-wrong", timeout=LIVE_TIMEOUT)
    expect(first_cell).to_have_text("✗wrong")
    expect(page.locator("#results-updated")).to_contain_text("Updated at")

    third = second_page.context.browser.new_context(base_url=live_server.url)  # another student's phone
    try:
        join(third.new_page(), code, "Noor")
        expect(grid.locator("tbody tr")).to_have_count(2, timeout=LIVE_TIMEOUT)
    finally:
        third.close()
    expect(page.locator("#results-summary")).to_contain_text("2 students joined")
    _still_same_page(page)
    _screens(page, auditor, "62-results-grid")
    auditor.assert_clean()
