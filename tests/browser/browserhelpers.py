"""Helpers for the browser tests: seeding records, logging in, screenshots, audits, answering.

Answers are given either with the mouse or with the keyboard alone (Tab to reach a
control, arrow keys inside a radio group or a closed <select>, Space to tick, Enter to
press a button): `answer_question(..., keyboard=True)`.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from browserconfig import CHROMIUM, SCREENSHOTS

pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright): "
                    "the browser tests drive Chromium through its sync API")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Page, expect  # noqa: F401  (tests import both from here, after the skip)

from quizgen.data import SampleSet, sample_sets
from quizgen.models import SKILLS, Question
from quizgen.models import Quiz as QuizDoc
from quizgen.web.auth import password_hasher
from quizgen.web.extensions import db
from quizgen.web.library import build_quiz, new_class_code
from quizgen.web.models import Answer, Participant, Quiz, Teacher
from quizgen.web.samples import sample_report

NARROW_WIDTH = 320  # px: WCAG 1.4.10 reflow, the narrowest phone layout we support
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PASSWORD = "a long browser test password"
MAX_TABS = 120  # a page never needs more Tab presses than this to reach a control

_emails = itertools.count(1)


# ---- records -------------------------------------------------------------------------

def bundled_sample() -> SampleSet:
    sets = sample_sets()
    assert sets, "no bundled sample set in quizgen/data/samples"
    return sets[0]


def new_email() -> str:
    return f"teacher{next(_emails)}@school.example"


def make_teacher(app: Flask) -> str:
    """A teacher row with PASSWORD; returns its email."""
    email = new_email()
    with app.app_context():
        db.session.add(Teacher(email=email, password_hash=password_hasher.hash(PASSWORD)))
        db.session.commit()
    return email


def seed_opening_with(*types: str, count: int = 8) -> int:
    """A seed whose quiz from the bundled sample opens with questions of these types, so a
    test does not hang on one seed as generation changes."""
    found = bundled_sample()
    report = sample_report(found.name)
    for seed in range(300):
        doc = build_quiz(report, title="t", skills=SKILLS, count=count, difficulty=None, seed=seed)
        if [q.type for q in doc.questions[:len(types)]] == list(types):
            return seed
    raise AssertionError(f"no seed below 300 opens the sample's quiz with {types}")


def make_published_quiz(app: Flask, email: str, *, mode: str = "practice", count: int = 8,
                        seed: int = 7) -> tuple[int, str]:
    """A quiz from the bundled sample, open with a fresh class code: (quiz id, code)."""
    found = bundled_sample()
    doc = build_quiz(sample_report(found.name), title=f"{found.title} ({mode})", skills=SKILLS, count=count,
                     difficulty=None, seed=seed)
    with app.app_context():
        code = new_class_code(lambda c: db.session.query(Quiz.id).filter_by(class_code=c).first() is not None)
        teacher = db.session.query(Teacher).filter_by(email=email).one()
        quiz = Quiz(teacher_id=teacher.id, title=doc.title, state="open", mode=mode, class_code=code,
                    skills=",".join(SKILLS), seed=seed)
        quiz.doc = doc
        db.session.add(quiz)
        db.session.commit()
        return quiz.id, code


def quiz_doc(app: Flask, quiz_id: int) -> QuizDoc:
    with app.app_context():
        return db.session.get(Quiz, quiz_id).doc


def stored_answers(app: Flask, quiz_id: int, nickname: str) -> dict[str, Any]:
    """question id -> stored response, for one participant."""
    with app.app_context():
        participant = db.session.query(Participant).filter_by(quiz_id=quiz_id, nickname=nickname).one()
        return {a.question_id: json.loads(a.response_json) for a in
                db.session.query(Answer).filter_by(participant_id=participant.id)}


# ---- pages ---------------------------------------------------------------------------

def log_in(page: Page, email: str, password: str = PASSWORD) -> None:
    page.goto("/auth/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("#login-submit")
    page.wait_for_url(re.compile(r"/teacher/?$"))


def join(page: Page, code: str, nickname: str) -> None:
    page.goto("/join")
    page.fill("#code", code)
    page.fill("#nickname", nickname)
    page.click("#join-submit")
    page.wait_for_url(re.compile(r"/play/\d+/\d+"))


def shot(page: Page, name: str) -> Path:
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# The innermost elements sticking out past the right edge, or whose text spills out of
# their box: what to fix when a page scrolls sideways.
OVERFLOWING_JS = """width => Array.from(document.querySelectorAll('body *'))
  .filter(e => (e.getBoundingClientRect().right > width + 0.5
                && !Array.from(e.children).some(c => c.getBoundingClientRect().right > width + 0.5))
               || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'))
  .filter(e => !e.closest('.table-scroll, .visually-hidden, .skip-link'))
  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                       (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') +
                       ' (right ' + Math.round(e.getBoundingClientRect().right) + ')')"""


@dataclass
class AuditResult:
    name: str
    violations: list[dict[str, Any]]
    narrow_scroll_width: int
    overflowing: list[str]

    def problems(self) -> list[str]:
        found = [f"{v['id']} ({v['impact']}): {v['help']} at " +
                 "; ".join(" ".join(n["target"]) + " " + n["html"][:160] for n in v["nodes"][:5])
                 for v in self.violations]
        if self.narrow_scroll_width > NARROW_WIDTH:
            found.append(f"horizontal scrolling at {NARROW_WIDTH} px: scrollWidth {self.narrow_scroll_width}; "
                         f"sticking out: {', '.join(self.overflowing) or 'unknown'}")
        return found


def run_axe(page: Page) -> list[dict[str, Any]]:
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return Axe().run(page, options=options).response["violations"]


def audit(page: Page, name: str) -> AuditResult:
    """axe-core (WCAG 2.1 A/AA) at desktop width, then reflow at 320 px; screenshots of both."""
    violations = run_axe(page)
    shot(page, name)
    desktop = page.viewport_size
    page.set_viewport_size({"width": NARROW_WIDTH, "height": 800})
    page.wait_for_timeout(50)  # one frame for the layout to settle
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    overflowing = page.evaluate(OVERFLOWING_JS, NARROW_WIDTH) if scroll_width > NARROW_WIDTH else []
    shot(page, f"{name}-320px")
    if desktop:
        page.set_viewport_size(desktop)
    return AuditResult(name, violations, scroll_width, overflowing)


class Auditor:
    """Audits pages along a flow and reports every problem at the end, so one failing
    page does not hide the rest of the flow (call `assert_clean()` last)."""

    def __init__(self) -> None:
        self.results: list[tuple[str, AuditResult]] = []

    def check(self, page: Page, name: str) -> None:
        self.results.append((page.url, audit(page, name)))

    def assert_clean(self) -> None:
        report = [f"{r.name} ({url}):\n  " + "\n  ".join(r.problems()) for url, r in self.results if r.problems()]
        assert not report, "accessibility problems:\n" + "\n".join(report)


# ---- answering -----------------------------------------------------------------------

def tab_to(page: Page, selector: str) -> None:
    """Press Tab until the element matching `selector` has focus."""
    for _ in range(MAX_TABS):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} never got focus after {MAX_TABS} Tab presses")


def _pick_radio(page: Page, choice_id: str) -> None:
    tab_to(page, "input[type=radio][name=choice]")  # Tab enters the group at its first radio
    for _ in range(MAX_TABS):
        if page.evaluate("() => document.activeElement.id") == f"choice-{choice_id}":
            break
        page.keyboard.press("ArrowDown")  # moves focus and checks the next radio
    page.keyboard.press("Space")


def _pick_option(page: Page, select_id: str, value: str) -> None:
    """Choose `value` in a closed <select> with the arrow keys."""
    tab_to(page, f"#{select_id}")
    values = page.eval_on_selector(f"#{select_id}", "s => Array.from(s.options).map(o => o.value)")
    current = page.eval_on_selector(f"#{select_id}", "s => s.selectedIndex")
    target = values.index(value)
    for _ in range(abs(target - current)):
        page.keyboard.press("ArrowDown" if target > current else "ArrowUp")
    chosen = page.eval_on_selector(f"#{select_id}", "s => s.value")
    assert chosen == value, f"keyboard left #{select_id} at {chosen!r}, wanted {value!r}"


def response_for(question: Question, correct: bool) -> list[Any]:
    """The key, or a wrong answer of the same shape (a wrong option where there is one)."""
    answer = list(question.answer)
    if correct or question.type in ("short_answer", "open_response"):
        return answer if correct else ["I am not sure"]
    ids = [c.id for c in question.choices]
    if question.type in ("multiple_choice", "true_false"):
        return [next(i for i in ids if i not in answer)]
    if question.type == "multiple_select":
        return [i for i in ids if i not in answer] or ids[:1]
    if question.type == "matching":
        rights = [pair[1] for pair in answer]
        return [[pair[0], rights[(n + 1) % len(rights)]] for n, pair in enumerate(answer)]
    return list(reversed(answer))  # ordering


def answer_question(page: Page, question: Question, *, correct: bool = True, keyboard: bool = False) -> list[Any]:
    """Fill in and send the open question page's form; returns the response given."""
    response = response_for(question, correct)
    kind = question.type
    if kind in ("multiple_choice", "true_false"):
        _pick_radio(page, response[0]) if keyboard else page.check(f"#choice-{response[0]}")
    elif kind == "multiple_select":
        for choice in question.choices:
            if choice.id in response:
                if keyboard:
                    tab_to(page, f"#choice-{choice.id}")
                    page.keyboard.press("Space")
                else:
                    page.check(f"#choice-{choice.id}")
    elif kind == "matching":
        for left, right in response:
            _pick_option(page, f"match-{left}", right) if keyboard else page.select_option(f"#match-{left}", right)
    elif kind == "ordering":
        for position, choice_id in enumerate(response, start=1):
            if keyboard:
                _pick_option(page, f"order-{choice_id}", str(position))
            else:
                page.select_option(f"#order-{choice_id}", str(position))
    else:
        if keyboard:
            tab_to(page, "#answer-text")
            page.keyboard.type(str(response[0]))
        else:
            page.fill("#answer-text", str(response[0]))
    if keyboard:
        tab_to(page, "#submit-answer")
    with page.expect_navigation():
        page.keyboard.press("Enter") if keyboard else page.click("#submit-answer")
    return response
