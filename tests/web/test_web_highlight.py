"""Highlighting article text from offsets: always escaped, nested spans, crossing dropped."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from quizgen.web.highlight import Span, evidence_html, render

TAG = re.compile(r"<[^>]+>")
LABEL = re.compile(r'<span class="tag">[^<]*</span>')


def visible_text(html: str) -> str:
    return TAG.sub("", LABEL.sub("", html))


def test_spans_nest_and_escape():
    text = "A <b> said \"x\" & more."
    html = str(render(text, [Span(0, 21, "mark", "flagged", "check"), Span(2, 5, "span", "source", "anonymous")]))
    assert html == ('<mark class="flagged">A <span class="source">&lt;b&gt;<span class="tag"> [anonymous]</span>'
                    '</span> said &#34;x&#34; &amp; more<span class="tag"> [check]</span></mark>.')


def test_crossing_and_out_of_range_spans_are_dropped():
    html = str(render("abcdef", [Span(0, 3, "mark", "m"), Span(2, 5, "span", "s"), Span(4, 99, "span", "s")]))
    assert html == '<mark class="m">abc</mark>def'


def test_evidence_gets_an_anchor():
    assert str(evidence_html("One. Two.", [(5, 9)])) == ('One. <mark id="evidence" class="evidence">Two.'
                                                         '<span class="tag"> [evidence]</span></mark>')


@given(st.text(), st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=6))
def test_any_text_and_spans_render_to_the_escaped_text(text, ranges):
    spans = [Span(a, b, "mark", "m", "label") for a, b in ranges]
    html = str(render(text, spans))
    assert visible_text(html) == str(escape(text))
    assert html.count("<mark") == html.count("</mark>")


def test_only_the_first_evidence_article_carries_the_anchor():
    from quizgen.models import Evidence
    from quizgen.web.student.play import _article_views
    from webhelpers import sample_quiz_doc

    doc = sample_quiz_doc()
    question = doc.questions[0]
    second = doc.articles[1].body
    question.evidence.append(Evidence(doc.articles[1].id, "rvn.s1", second[:20], 0, 20))
    views = _article_views(doc, question, show_evidence=True)
    html = "".join(str(v["body"]) for v in views)
    assert html.count('id="evidence"') == 1 and html.count('class="evidence"') == 2
    assert 'class="evidence"' not in "".join(str(v["body"]) for v in _article_views(doc, question, False))
