"""Every page a person uses, seen at a laptop size (1280x800) and a phone size (390x844):
a full-page screenshot of each under test-artifacts/screenshots/design-*, axe-core
(WCAG 2.1 A/AA, colour contrast included) with no violation at either size, and no
sideways scrolling on the phone nor at 320 px (WCAG 1.4.10 reflow). The flow tests check
behaviour; this one checks looks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from browserhelpers import (NARROW_WIDTH, OVERFLOWING_JS, Page, answer_question, bundled_sample, expect, join, log_in,
                            make_teacher, quiz_doc, run_axe, shot)

pytestmark = pytest.mark.browser

SIZES = {"laptop": (1280, 800), "phone": (390, 844)}
AUTO_MARKED = ("multiple_choice", "true_false", "multiple_select", "matching", "ordering")  # not left to the teacher


def symbol_before(page: Page, selector: str) -> str:
    """The CSS content drawn before the first element matching `selector`."""
    return page.eval_on_selector(selector, "e => getComputedStyle(e, '::before').content")


@dataclass
class PageTour:
    """Looks at each page at every size and keeps the problems, so the report names them all."""

    problems: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)

    def look(self, page: Page, name: str) -> None:
        self.seen.append(name)
        for width, height in SIZES.values():
            self._resize(page, width, height)
            label = f"{name} at {width}x{height} ({page.url})"
            for v in run_axe(page):
                nodes = "; ".join(" ".join(n["target"]) + " " + n["html"][:120] for n in v["nodes"][:4])
                self.problems.append(f"{label}: {v['id']}: {v['help']} at {nodes}")
            self._check_reflow(page, label, width)
            shot(page, f"design-{len(self.seen):02d}-{name}-{width}x{height}")
        self._resize(page, NARROW_WIDTH, 800)
        self._check_reflow(page, f"{name} at {NARROW_WIDTH} px ({page.url})", NARROW_WIDTH)
        self._resize(page, *SIZES["laptop"])

    @staticmethod
    def _resize(page: Page, width: int, height: int) -> None:
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(50)  # one frame for the layout to settle

    def _check_reflow(self, page: Page, label: str, width: int) -> None:
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if scroll_width > width:
            sticking_out = ", ".join(page.evaluate(OVERFLOWING_JS, width))
            self.problems.append(f"{label}: scrolls sideways ({scroll_width} px): {sticking_out}")

    def assert_clean(self) -> None:
        assert not self.problems, "design problems:\n" + "\n".join(self.problems)


def _visitor_pages(page: Page, tour: PageTour) -> None:
    for path, name in (("/", "home"), ("/auth/signup", "signup"), ("/auth/login", "login"), ("/join", "join")):
        page.goto(path)
        tour.look(page, name)
    page.goto("/practice/")
    tour.look(page, "practice-index")
    page.click(f"#practise-{bundled_sample().name}")
    page.wait_for_url(re.compile(r"/play/\d+/1$"))
    tour.look(page, "practice-question")
    response = page.goto("/play/999999/1")
    assert response is not None and response.status == 404
    tour.look(page, "error-404")
    response = page.goto("/teacher/quizzes/1/delete")  # a POST-only address opened as a link
    assert response is not None and response.status == 405
    tour.look(page, "error-405")


def _teacher_pages(page: Page, tour: PageTour, email: str) -> int:
    """Dashboard to published quiz; returns the quiz id."""
    log_in(page, email)
    tour.look(page, "dashboard-empty")
    page.goto("/auth/password")
    tour.look(page, "password")
    page.goto("/teacher/sets/new")
    tour.look(page, "new-set")
    page.goto("/teacher/")
    page.locator("#sample-list button").first.click()
    page.wait_for_url(re.compile(r"/teacher/sets/\d+$"))
    tour.look(page, "set-and-builder")
    page.locator("#article-list a", has_text="Edit").first.click()
    expect(page.locator("h1")).to_contain_text("Edit")
    tour.look(page, "edit-article")
    page.go_back()
    page.click("#view-analysis")
    expect(page.locator("h1")).to_contain_text("Analysis:")
    tour.look(page, "analysis")
    page.go_back()
    page.fill("#count", "6")
    page.click("#generate")
    page.wait_for_url(re.compile(r"/teacher/quizzes/\d+$"))
    tour.look(page, "quiz-builder")
    quiz_id = int(page.url.rsplit("/", 1)[1])
    page.locator("#question-list a", has_text="Edit").first.click()
    expect(page.locator("h1")).to_have_text("Edit question")
    tour.look(page, "edit-question")
    page.go_back()
    page.check("#mode-0")  # practice: feedback after each answer
    page.click("#publish")
    expect(page.locator("#class-code")).to_be_visible()
    tour.look(page, "share")
    return quiz_id


def _student_pages(student: Page, tour: PageTour, app, quiz_id: int, code: str) -> None:  # type: ignore[no-untyped-def]
    join(student, code, "Robin")
    tour.look(student, "question")
    doc = quiz_doc(app, quiz_id)
    # the quiz's seed is random: answer the first two questions that are marked on the spot
    marked = [(number, q) for number, q in enumerate(doc.questions, start=1) if q.type in AUTO_MARKED]
    (wrong, first), (right, second) = marked[:2]
    student.goto(f"/play/{quiz_id}/{wrong}")
    answer_question(student, first, correct=False)
    expect(student.locator("#feedback")).to_be_visible()
    assert "✗" in symbol_before(student, "#feedback-heading")  # wrong is a symbol too, not only red
    tour.look(student, "feedback-wrong")
    student.goto(f"/play/{quiz_id}/{right}")
    answer_question(student, second, correct=True)
    expect(student.locator("#feedback")).to_be_visible()
    assert "✓" in symbol_before(student, "#feedback-heading")
    tour.look(student, "feedback-right")
    student.goto(f"/play/{quiz_id}/summary")
    expect(student.locator("#answered-count")).to_be_visible()
    assert "✗" in symbol_before(student, "#review .state-wrong")
    assert "✓" in symbol_before(student, "#review .state-right")
    tour.look(student, "summary")


def test_every_page_at_laptop_and_phone_size(page: Page, second_page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    tour = PageTour()
    _visitor_pages(page, tour)
    quiz_id = _teacher_pages(page, tour, make_teacher(live_server.app))
    code = page.locator("#class-code").inner_text()
    _student_pages(second_page, tour, live_server.app, quiz_id, code)
    page.goto(f"/teacher/quizzes/{quiz_id}/results")
    expect(page.locator("#class-grid")).to_contain_text("Robin")
    tour.look(page, "results")
    page.goto("/teacher/")
    tour.look(page, "dashboard")
    tour.assert_clean()
