"""Printable HTML: standalone, escaped, student copy first, answer key on a new page."""

from __future__ import annotations

import base64
import hashlib
import html
import re

from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html
from test_export_common import sample_quiz

from quizgen.export.html import quiz_view, render_quiz_html, style_hash
from quizgen.models import Choice, Evidence, Question, Quiz, QuizArticle


def test_page_is_standalone_with_no_script_and_no_external_resource() -> None:
    page = render_quiz_html(sample_quiz())
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=|url\(|@import|https?://""", page)
    assert page.count("<style>") == 1


def test_student_copy_then_articles_then_answer_key_on_a_new_page() -> None:
    page = render_quiz_html(sample_quiz())
    tree = lxml_html.fromstring(page)
    sections = [s.get("class") for s in tree.iterfind(".//main/section")]
    assert sections == ["student-copy", "articles", "answer-key"]
    css = tree.findtext(".//style")
    print_rules = css[css.index("@media print"):]
    assert re.search(r"\.answer-key\s*\{[^}]*break-before:\s*page", print_rules)
    student = tree.find(".//section[@class='student-copy']")
    assert len(student.findall(".//li[@class='question']")) == 7
    assert "engineer Ana Ruiz" not in student.findtext(".//li[@id='question-6']", default="")
    key = tree.find(".//section[@class='answer-key']").text_content()
    for question in sample_quiz().questions:
        for evidence in question.evidence:
            assert evidence.text in key


def test_articles_can_be_left_out() -> None:
    page = render_quiz_html(sample_quiz(), include_articles=False)
    assert 'class="articles"' not in page and 'class="answer-key"' in page


def test_tricky_text_is_escaped_and_reads_back_exactly() -> None:
    quiz = sample_quiz()
    tree = lxml_html.fromstring(render_quiz_html(quiz))
    options = [e.text_content() for e in tree.find(".//li[@id='question-1']").iterfind(".//span[@class='text']")]
    assert options == [c.text for c in quiz.questions[0].choices]
    assert tree.findtext(".//h1") == quiz.title


def test_style_hash_matches_the_style_block_for_a_csp() -> None:
    css = lxml_html.fromstring(render_quiz_html(sample_quiz())).findtext(".//style")
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert style_hash() == f"sha256-{digest}"


def test_view_data_lists_matching_sides_separately() -> None:
    view = quiz_view(sample_quiz())
    matching = view["questions"][3]
    assert matching["lefts"] == ["Traffic moves to Route 9", "Cracks mean danger"]
    assert [o["label"] for o in matching["options"]] == ["A", "B", "C"]


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)))
                | st.sampled_from(["<script>", "<ScRiPt", "</p>", "<!--", "&lt;"])).map("".join))
def test_no_text_can_open_a_script_element(text: str) -> None:
    article = QuizArticle("a", text, text, f"{text} <script>alert(1)</script>")
    evidence = Evidence("a", "a.s1", text, 0, len(text))
    question = Question("q1", "find_source", "multiple_choice", text, 1, f"<script>{text}",
                        [Choice("a", text + "x"), Choice("b", "<SCRIPT src=x>")], ["a"], text, [evidence])
    page = render_quiz_html(Quiz(1, [article], [question], title=text))
    assert "<script" not in page.lower()
    assert html.escape("<script>alert(1)</script>", quote=False) in page
