"""The teacher's whole path in Chromium: sign up, paste the bundled sample, read the
analysis, generate, edit/drop/regenerate, publish, see a student's answers, download."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest
from browserhelpers import PASSWORD, Auditor, Page, answer_question, bundled_sample, expect, new_email, quiz_doc, shot

pytestmark = pytest.mark.browser

QUESTION_COUNT = 8


def _sign_up(page: Page, auditor: Auditor) -> str:
    page.goto("/")
    auditor.check(page, "01-home")
    page.click("text=Sign up >> nth=0")
    expect(page.locator("h1")).to_have_text("Create a teacher account")
    auditor.check(page, "02-signup")
    email = new_email()
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.fill("#confirm", PASSWORD)
    page.click("#signup-submit")
    page.wait_for_url(re.compile(r"/teacher/?$"))
    auditor.check(page, "03-dashboard-empty")
    return email


def _log_out_and_in(page: Page, email: str, auditor: Auditor) -> None:
    page.click("#logout")
    expect(page.locator("#logout")).to_have_count(0)
    page.goto("/auth/login")
    auditor.check(page, "04-login")
    page.fill("#email", email)
    page.fill("#password", "not the password")
    page.click("#login-submit")
    expect(page.locator(".error")).to_contain_text("Wrong email or password")
    auditor.check(page, "04-login-wrong-password")
    page.fill("#password", PASSWORD)
    page.click("#login-submit")
    page.wait_for_url(re.compile(r"/teacher/?$"))


def _paste_sample(page: Page, auditor: Auditor) -> str:
    sample = bundled_sample()
    page.click("#new-set")
    auditor.check(page, "05-new-set-form")
    page.fill("#title", sample.title)
    for index, path in enumerate(sample.paths):
        page.fill(f"#articles-{index}-body", path.read_text(encoding="utf-8"))
    shot(page, "06-new-set-filled")
    page.click("#save-set")
    page.wait_for_url(re.compile(r"/teacher/sets/\d+$"))
    expect(page.locator("#article-list > li")).to_have_count(len(sample.paths))
    auditor.check(page, "07-set-and-quiz-builder")
    return sample.title


def _analysis(page: Page, auditor: Auditor) -> None:
    page.click("#view-analysis")
    expect(page.locator("h1")).to_contain_text("Analysis:")
    bodies = page.locator(".article-body")
    assert bodies.count() == len(bundled_sample().paths)
    # sources highlighted with a text label, flagged sentences marked, legend, chart, facts
    assert page.locator(".article-body .source .tag").count() > 0
    assert page.locator(".article-body mark.flagged").count() > 0
    expect(page.locator(".legend")).to_be_visible()
    assert page.locator("figure.chart svg[role=img]").count() == bodies.count()
    assert page.locator("#fact-table tbody tr").count() > 0
    auditor.check(page, "08-analysis")
    page.go_back()


def _generate(page: Page, auditor: Auditor) -> None:
    page.fill("#count", str(QUESTION_COUNT))
    page.click("#generate")
    page.wait_for_url(re.compile(r"/teacher/quizzes/\d+$"))
    expect(page.locator("#question-list > li")).to_have_count(QUESTION_COUNT)
    expect(page.locator("#quiz-status")).to_contain_text("draft")
    auditor.check(page, "09-quiz-draft")


def _edit_drop_regenerate(page: Page, auditor: Auditor) -> None:
    cards = page.locator("#question-list > li")
    cards.nth(0).get_by_role("link", name=re.compile("^Edit")).click()
    expect(page.locator("h1")).to_have_text("Edit question")
    auditor.check(page, "10-edit-question")
    page.fill("#prompt", "Edited in the browser: who is quoted first?")
    page.fill("#explanation", "An explanation written by the teacher.")
    page.click("#save-question")
    expect(page.locator(".flash")).to_contain_text("Question saved.")
    expect(cards.nth(0).locator(".prompt")).to_have_text("Edited in the browser: who is quoted first?")

    cards.nth(QUESTION_COUNT - 1).get_by_role("button", name="Drop").click()
    expect(page.locator(".flash")).to_contain_text("Question dropped.")
    expect(cards).to_have_count(QUESTION_COUNT - 1)

    before = cards.nth(1).locator(".prompt").inner_text()
    cards.nth(1).get_by_role("button", name="Regenerate").click()
    expect(page.locator(".flash")).to_contain_text("Question replaced.")
    assert cards.nth(1).locator(".prompt").inner_text() != before
    expect(cards).to_have_count(QUESTION_COUNT - 1)
    shot(page, "11-quiz-edited")


def _publish(page: Page, auditor: Auditor) -> tuple[str, str]:
    page.check("#mode-0")  # practice: feedback after each answer
    page.click("#publish")
    code = page.locator("#class-code").inner_text()
    assert re.fullmatch(r"[A-Z2-9]{6}", code), code
    qr_width = page.eval_on_selector("#join-qr", "img => img.complete ? img.naturalWidth : 0")
    assert qr_width > 0, "the QR code image did not load"
    join_link = page.get_attribute("#join-link", "href") or ""
    assert join_link.endswith(f"/join/{code}")
    auditor.check(page, "12-published")
    return code, join_link


def _student_answers(student: Page, join_link: str, quiz_id: int, app, count: int) -> None:  # type: ignore[no-untyped-def]
    student.goto(join_link)
    expect(student.locator("#code")).to_have_value(join_link.rsplit("/", 1)[1])
    student.fill("#nickname", "Robin")
    student.click("#join-submit")
    student.wait_for_url(re.compile(r"/play/\d+/1"))
    doc = quiz_doc(app, quiz_id)
    for number, question in enumerate(doc.questions[:count], start=1):
        student.goto(f"/play/{quiz_id}/{number}")
        answer_question(student, question, correct=number % 2 == 1)
        expect(student.locator("#your-answer")).to_be_visible()


def _results_and_downloads(page: Page, quiz_id: int, answered: int, auditor: Auditor) -> None:
    page.reload()
    expect(page.locator("#quiz-status")).to_contain_text(re.compile(r"\b1 student\b"))  # not "1 students"
    page.click("#results-link")
    expect(page.locator("#class-grid")).to_contain_text("Robin")
    assert page.locator("#skill-results tbody tr").count() >= 1
    auditor.check(page, "14-results")

    with page.expect_download() as download_info:
        page.click("#results-csv")
    rows = list(csv.DictReader(io.StringIO(download_info.value.path().read_text(encoding="utf-8-sig"))))
    assert len(rows) == answered
    assert {row.get("nickname") for row in rows} == {"Robin"}, rows[:1]

    page.goto(f"/teacher/quizzes/{quiz_id}")
    with page.expect_download() as download_info:
        page.click("#export-json")
    exported = json.loads(download_info.value.path().read_text(encoding="utf-8"))
    assert len(exported["questions"]) == QUESTION_COUNT - 1
    with page.expect_download() as download_info:
        page.click("#export-qti")
    assert zipfile.is_zipfile(download_info.value.path())
    page.click("#print-view")
    expect(page.locator("body")).to_contain_text("Edited in the browser: who is quoted first?")
    shot(page, "15-print-view")


def test_teacher_builds_publishes_and_reviews(page: Page, second_page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    auditor = Auditor()
    email = _sign_up(page, auditor)
    _log_out_and_in(page, email, auditor)
    _paste_sample(page, auditor)
    _analysis(page, auditor)
    _generate(page, auditor)
    quiz_id = int(page.url.rsplit("/", 1)[1])
    _edit_drop_regenerate(page, auditor)
    code, join_link = _publish(page, auditor)

    answered = 3
    _student_answers(second_page, join_link, quiz_id, live_server.app, answered)
    shot(second_page, "13-student-feedback")
    _results_and_downloads(page, quiz_id, answered, auditor)

    page.goto("/teacher/")
    expect(page.locator("#quiz-table")).to_contain_text(code)
    auditor.check(page, "16-dashboard")
    auditor.assert_clean()
