"""Article text, titles, outlets and nicknames are untrusted: in the browser they show as
text and run nothing (window.__xss stays undefined), on every page that displays them."""

from __future__ import annotations

import re

import pytest
from browserhelpers import Auditor, Page, answer_question, bundled_sample, expect, log_in, make_teacher, quiz_doc

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
# An invented article with both payloads in its paragraphs.
HOSTILE_ARTICLE = (
    "Tollbrook council delays the Esker Bridge vote\n\n"
    f"The Tollbrook council delayed its vote on the Esker Bridge repairs on Monday, Mayor Dana Whitfield said. {SCRIPT}\n\n"
    f"About 300 homes lost power, according to Tollbrook Electric. {IMG}\n\n"
    "Repairs will likely cost more than $2 million, a city official who asked not to be named said."
)


def assert_inert(page: Page) -> None:
    """Nothing from the payloads ran, and no element was made from them."""
    assert page.evaluate("typeof window.__xss") == "undefined", f"a payload ran on {page.url}"
    assert page.locator('img[src="x"]').count() == 0, f"an <img> element was built from text on {page.url}"
    assert page.locator("script:not([src])").count() == 0, f"an inline <script> element on {page.url}"


def test_hostile_article_and_nickname_show_as_text(page: Page, second_page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    app = live_server.app
    log_in(page, make_teacher(app))
    sample = bundled_sample()
    page.goto("/teacher/sets/new")
    page.fill("#title", f"Hostile set {SCRIPT}")
    page.fill("#articles-0-outlet", IMG)
    page.fill("#articles-0-title", SCRIPT)
    page.fill("#articles-0-body", HOSTILE_ARTICLE)
    for index, path in enumerate(sample.paths[:2], start=1):
        page.fill(f"#articles-{index}-body", path.read_text(encoding="utf-8"))
    page.click("#save-set")
    page.wait_for_url(re.compile(r"/teacher/sets/\d+$"))
    expect(page.locator("h1")).to_have_text(f"Hostile set {SCRIPT}")
    expect(page.locator("#article-list")).to_contain_text(IMG)
    assert_inert(page)

    page.click("#view-analysis")
    expect(page.locator(".article-body").first).to_contain_text(IMG)
    expect(page.locator("main")).to_contain_text(SCRIPT)
    assert_inert(page)
    page.go_back()
    page.locator("#article-list li").first.get_by_role("link", name=re.compile("^Edit")).click()
    expect(page.locator("#body")).to_have_value(re.compile(re.escape(IMG)))
    assert_inert(page)
    auditor = Auditor()
    auditor.check(page, "40-edit-article")

    page.go_back()
    page.fill("#count", "4")
    page.click("#generate")
    page.wait_for_url(re.compile(r"/teacher/quizzes/\d+$"))
    assert_inert(page)
    quiz_id = int(page.url.rsplit("/", 1)[1])
    page.click("#publish")
    code = page.locator("#class-code").inner_text()

    second_page.goto("/join")
    second_page.fill("#code", code)
    second_page.fill("#nickname", IMG)
    second_page.click("#join-submit")
    second_page.wait_for_url(re.compile(r"/play/\d+/1$"))
    expect(second_page.locator(".flash")).to_contain_text(IMG)
    expect(second_page.locator(".articles-panel")).to_contain_text(IMG)
    assert_inert(second_page)
    answer_question(second_page, quiz_doc(app, quiz_id).questions[0])
    assert_inert(second_page)

    page.click("#results-link")
    expect(page.locator("#class-grid")).to_contain_text(IMG)
    assert_inert(page)
    auditor.assert_clean()


def test_pasted_practice_articles_show_as_text(page: Page) -> None:
    sample = bundled_sample()
    page.goto("/practice/")
    page.fill("#articles-0-outlet", IMG)
    page.fill("#articles-0-body", HOSTILE_ARTICLE)
    page.fill("#articles-1-body", sample.paths[0].read_text(encoding="utf-8"))
    page.fill("#articles-2-body", sample.paths[1].read_text(encoding="utf-8"))
    page.click("#practice-paste")
    page.wait_for_url(re.compile(r"/play/\d+/1$"))
    expect(page.locator(".articles-panel")).to_contain_text(IMG)
    assert_inert(page)
    auditor = Auditor()
    auditor.check(page, "41-practice-pasted-question")
    auditor.assert_clean()


def test_csp_stops_an_inline_script_that_slipped_through(context) -> None:  # type: ignore[no-untyped-def]
    """Defence in depth: even markup injected into our page cannot run inline code, and
    the violation reaches the console (which the fixtures watch on every page)."""
    browser_context, watch = context
    page = browser_context.new_page()
    page.goto("/")
    page.evaluate("""() => { const s = document.createElement('script');
                             s.textContent = 'window.__xss = 1'; document.body.appendChild(s); }""")
    page.wait_for_timeout(100)  # the console event arrives asynchronously
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert watch.csp_violations(), "the blocked script left no CSP report in the console"
    watch.errors.clear()  # expected here; the fixture fails any other test that sees one
