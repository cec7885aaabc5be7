"""axe-core (WCAG 2.1 A/AA) and 320 px reflow on the pages the flows do not reach in the
same state: forms showing errors, error pages, the printable quiz. The flows in
test_teacher_flow, test_student_flow and test_xss audit every other page as they go."""

from __future__ import annotations

import re

import pytest
from browserhelpers import Auditor, Page, expect, log_in, make_published_quiz, make_teacher

pytestmark = pytest.mark.browser


def test_forms_with_errors_and_error_pages(page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    auditor = Auditor()
    page.goto("/auth/signup")
    page.fill("#email", "not an address")
    page.fill("#password", "short")
    page.fill("#confirm", "different")
    page.click("#signup-submit")
    expect(page.locator("#email")).to_have_attribute("aria-invalid", "true")
    auditor.check(page, "50-signup-errors")

    page.goto("/join")
    page.fill("#code", "ZZZZZZ")
    page.fill("#nickname", "Alex")
    page.click("#join-submit")
    expect(page.locator("#code-error")).to_contain_text("No open quiz has this code")
    auditor.check(page, "51-join-wrong-code")

    response = page.goto("/play/999999/1")
    assert response is not None and response.status == 404
    auditor.check(page, "52-not-found")

    app = live_server.app
    log_in(page, make_teacher(app))
    page.goto("/teacher/sets/new")
    page.fill("#title", "Nothing pasted")
    page.click("#save-set")
    expect(page.locator(".flash-error")).to_be_visible()
    auditor.check(page, "53-new-set-error")

    page.goto("/teacher/")
    page.locator("#sample-list button").first.click()
    page.wait_for_url(re.compile(r"/teacher/sets/\d+$"))
    page.fill("#count", "0")
    page.click("#generate")
    expect(page.locator("#count")).to_have_attribute("aria-invalid", "true")
    auditor.check(page, "54-builder-error")
    auditor.assert_clean()


def test_printable_quiz(page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    app = live_server.app
    email = make_teacher(app)
    quiz_id, _ = make_published_quiz(app, email, count=6)
    log_in(page, email)
    page.goto(f"/teacher/quizzes/{quiz_id}/print")
    expect(page.locator("body")).to_contain_text("Answer key")
    auditor = Auditor()
    auditor.check(page, "55-print-view")
    auditor.assert_clean()
