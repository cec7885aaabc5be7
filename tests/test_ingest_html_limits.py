"""Markup bounds (issue 10): pages that would stall the HTML parser are refused before parsing.

Time is guarded by a generous alarm (a stall fails the test instead of hanging the
suite), never by a timing assertion.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guards import deadline

from quizgen.errors import InputError
from quizgen.ingest import from_text, read_bytes
from quizgen.ingest import html_limits
from quizgen.ingest.html_limits import MAX_ELEMENT_ATTRIBUTES, MAX_ELEMENTS, check_markup

ALARM_SECONDS = 30
PARAGRAPH = "<p>The pier board said on Tuesday that the repairs would take until the spring, a spokesman said.</p>"
ATTRIBUTE_FORMS = ['d{i}="x"', "d{i}='y z'", "d{i}=v", "d{i}", 'data-k{i} = "w"']
TAGS = ["div", "p", "span", "img", "a", "svg:path"]


def alarm(seconds: int = ALARM_SECONDS):
    return deadline(seconds, "reading the page")


def page(body: str) -> str:
    return f"<html><head><title>Pier repairs</title></head><body>{body}</body></html>"


def attributes(form: str, count: int) -> str:
    return " ".join(form.format(i=i) for i in range(count))


@pytest.mark.parametrize("form,tag", list(itertools.product(ATTRIBUTE_FORMS, TAGS)))
def test_fifty_thousand_attributes_on_one_element_are_refused_quickly(form: str, tag: str) -> None:
    html = page(f"<{tag} {attributes(form, 50_000)}>{PARAGRAPH}</{tag}>")
    with alarm(), pytest.raises(InputError, match=r"^upload\.html: .*50,000 attributes.*limit is"):
        read_bytes(html.encode(), name="upload.html")


@pytest.mark.parametrize("form", ATTRIBUTE_FORMS)
def test_an_element_at_the_attribute_limit_is_read(form: str) -> None:
    html = page(f"<div {attributes(form, MAX_ELEMENT_ATTRIBUTES)}>{PARAGRAPH}</div>")
    with alarm():
        assert "repairs would take until the spring" in from_text(html, article_id="a", is_html=True).body


def test_too_many_elements_are_refused() -> None:
    html = page("<span>w</span>" * (MAX_ELEMENTS + 1) + PARAGRAPH)
    with alarm(), pytest.raises(InputError, match="elements; the limit is"):
        from_text(html, article_id="a", is_html=True)


def test_too_many_attributes_in_all_are_refused() -> None:
    per_element = MAX_ELEMENT_ATTRIBUTES // 2
    count = html_limits.MAX_ATTRIBUTES // per_element + 1
    html = page(f"<i {attributes('k{i}=1', per_element)}></i>" * count + PARAGRAPH)
    with alarm(), pytest.raises(InputError, match="attributes; the limit is"):
        from_text(html, article_id="a", is_html=True)


@pytest.mark.parametrize("raw", ["script", "style", "textarea", "SCRIPT"])
def test_code_inside_raw_text_elements_is_not_counted_as_markup(raw: str) -> None:
    code = "for (i=0;i<n;i++) { x = a<b ? c : d; }\n" * 4000 + "<b " + attributes("q{i}", 2000) + ">"
    html = page(f"<{raw}>{code}</{raw}>{PARAGRAPH}")
    check_markup(html, "a")  # no error


def test_comments_are_not_counted_as_markup() -> None:
    html = page("<!-- " + "<span a b c>" * (MAX_ELEMENTS + 10) + " -->" + PARAGRAPH)
    check_markup(html, "a")


@pytest.mark.parametrize("depth", [300, 5_000, MAX_ELEMENTS - 10])
@pytest.mark.parametrize("tag,closed", [("div", True), ("div", False), ("b", False), ("blockquote", True)])
def test_deep_nesting_finishes(depth: int, tag: str, closed: bool) -> None:
    html = page(f"<{tag}>" * depth + PARAGRAPH + (f"</{tag}>" * depth if closed else ""))
    with alarm():
        try:
            from_text(html, article_id="a", is_html=True)
        except InputError:
            pass  # the parser hangs tags past 255 levels at that level; no text there is allowed


@pytest.mark.parametrize("opener", ["<a", "<div class='x", '<p title="', "<!--", "<script>", "<"])
def test_unterminated_markup_scans_linearly(opener: str) -> None:
    html = page(PARAGRAPH + (opener + " y") * 60_000)
    with alarm():
        try:
            check_markup(html, "a")
        except InputError:
            pass


MARKUP = st.lists(st.one_of(
    st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<br>", "<!--", "-->", "<script>", "</script>", "<li>",
                     "<ul>", "</ul>", "<table><tr><td>", "</td></tr></table>", "<a href='/x'>", "</a>", "<",
                     ">", "\"", "'", "=", "<style>", "</style>", "<h1>", "</h1>", PARAGRAPH,
                     "<img src=x alt='a > b'>", "<title>", "</title>", "<meta property='og:title' content='T'>"]),
    st.builds(lambda tag, n, form: f"<{tag} {attributes(form, n)}>", st.sampled_from(TAGS),
              st.integers(0, 40), st.sampled_from(ATTRIBUTE_FORMS)),
    st.text(max_size=40)), max_size=60).map("".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(body=MARKUP)
def test_any_markup_gives_an_article_or_an_input_error(body: str) -> None:
    with alarm():
        try:
            article = from_text(page(body), article_id="h", is_html=True)
        except InputError:
            return
    assert article.body.strip() and article.body == article.body.strip()


@settings(max_examples=200, deadline=None)
@given(counts=st.lists(st.integers(0, 12), min_size=1, max_size=30), form=st.sampled_from(ATTRIBUTE_FORMS))
def test_counts_are_exact_on_well_formed_markup(counts: list[int], form: str) -> None:
    html = page("".join(f"<div {attributes(form, n)}>x</div>" for n in counts))
    limit = max(counts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_limits, "MAX_ELEMENT_ATTRIBUTES", limit)
        check_markup(html, "a")  # exactly at the limit: accepted
        patch.setattr(html_limits, "MAX_ELEMENT_ATTRIBUTES", limit - 1)
        if limit > 0:
            with pytest.raises(InputError, match=f"has {limit:,} attributes"):
                check_markup(html, "a")
        patch.setattr(html_limits, "MAX_ELEMENT_ATTRIBUTES", 10_000)
        patch.setattr(html_limits, "MAX_ELEMENTS", len(counts) + 3)  # html, head, title, body + the divs
        with pytest.raises(InputError, match="elements"):
            check_markup(html, "a")
