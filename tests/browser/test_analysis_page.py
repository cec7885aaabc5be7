"""The analysis page in Chromium: a fact's link highlights its sentences beside each other,
scrolling together, marking a source wrong and undoing it, and the articles as tabs on a phone."""

from __future__ import annotations

import re

import pytest
from browserhelpers import Auditor, Page, expect, log_in, make_teacher, shot

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
TARGET_ID = "() => document.querySelector(':target') ? document.querySelector(':target').id : ''"


def _open_sample_analysis(page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    log_in(page, make_teacher(live_server.app))
    page.locator("#sample-list button").first.click()
    page.wait_for_url(re.compile(r"/teacher/sets/\d+$"))
    page.click("#view-analysis")
    expect(page.locator("h1")).to_contain_text("Analysis:")


def test_a_fact_link_highlights_its_sentences_and_a_source_can_be_marked_wrong(page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    auditor = Auditor()
    page.set_viewport_size(DESKTOP)
    _open_sample_analysis(page, live_server)
    row = page.locator("#fact-table tbody tr").filter(has=page.locator("a.sentence-link >> nth=1")).first
    link = row.locator("a.sentence-link").first
    href = link.get_attribute("href") or ""
    link.click()
    assert page.evaluate(TARGET_ID) == href[1:]
    target = page.locator(f"[id='{href[1:]}']")
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    # the fact's other sentences are marked too, each in view inside its own article
    linked = page.locator(".sentence.linked")
    assert linked.count() >= 1
    assert linked.first.evaluate("""e => { const box = e.closest('.article-body').getBoundingClientRect();
                                          const own = e.getBoundingClientRect();
                                          return own.bottom > box.top && own.top < box.bottom; }""")
    shot(page, "analysis-fact-linked-1280x800")

    # scroll together: scrolling one article moves the others
    page.check("#scroll-together")
    bodies = page.locator(".article-body")
    bodies.nth(0).evaluate("e => { e.scrollTop = 0; }")
    page.wait_for_timeout(700)  # past the pause after a link jump
    bodies.nth(0).evaluate("e => { e.scrollTop = e.scrollHeight; }")
    expect(bodies.nth(1)).not_to_have_js_property("scrollTop", 0)

    # mark a source wrong: struck out, then back with Undo
    source_row = page.locator("#source-table tbody tr").first
    name = source_row.locator(".item-text").inner_text()
    source_row.get_by_role("button", name=re.compile("Mark wrong")).click()
    struck = page.locator("#source-table tbody tr.struck-row").filter(has_text=name)
    expect(struck).to_have_count(1)
    expect(struck.locator(".struck-badge")).to_be_visible()
    auditor.check(page, "analysis-marked-wrong")
    struck.get_by_role("button", name=re.compile("Undo")).click()
    expect(page.locator("#source-table tbody tr.struck-row")).to_have_count(0)
    auditor.assert_clean()


def test_on_a_phone_the_articles_are_tabs_and_a_link_opens_its_tab(page: Page, live_server) -> None:  # type: ignore[no-untyped-def]
    auditor = Auditor()
    page.set_viewport_size(PHONE)
    _open_sample_analysis(page, live_server)
    tabs = page.get_by_role("tab")
    assert tabs.count() == page.locator(".article-view").count() >= 2
    expect(tabs.first).to_have_attribute("aria-selected", "true")
    expect(page.locator(".article-view").nth(1)).to_be_hidden()
    expect(page.locator("#scroll-together")).to_be_hidden()
    tabs.nth(1).click()
    expect(page.locator(".article-view").nth(1)).to_be_visible()
    expect(page.locator(".article-view").first).to_be_hidden()
    shot(page, "analysis-phone-tabs-390x844")
    # a link to a sentence of the first article opens its tab
    first_id = page.locator(".article-view").first.get_attribute("id") or ""
    link = page.locator(f"#fact-table a.sentence-link[href^='#sent-{first_id.removeprefix('article-')}.']").first
    link.click()
    expect(page.locator(".article-view").first).to_be_visible()
    assert page.evaluate(TARGET_ID) == (link.get_attribute("href") or "")[1:]
    auditor.check(page, "analysis-phone")
    auditor.assert_clean()
