"""Moodle XML: parsed back with lxml, every question checked against the quiz."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from test_export_common import fragment_text, sample_quiz

from quizgen.export.common import xml_safe
from quizgen.export.moodle import quiz_to_moodle_xml
from quizgen.models import Choice, Question, Quiz

TEXT = st.lists(st.text(st.characters(blacklist_categories=("Cs",))) |
                st.sampled_from(["]]>", "<script>", "&amp;", "\r\n", "\x00"])).map("".join)


def _questions(data: bytes) -> list[etree._Element]:
    root = etree.fromstring(data)
    assert root.tag == "quiz"
    return root.findall("question")


def _html(element: etree._Element, path: str) -> str:
    field = element.find(path)
    assert field.get("format") == "html"
    return fragment_text(field.findtext("text"))


def test_category_then_one_question_per_quiz_question() -> None:
    quiz = sample_quiz()
    category, *questions = _questions(quiz_to_moodle_xml(quiz))
    assert category.get("type") == "category"
    assert category.findtext("category/text") == "$course$/top/Port Velmar bridge: who says so? <&>"
    assert [q.get("type") for q in questions] == ["multichoice", "multichoice", "truefalse", "matching", "matching",
                                                  "shortanswer", "essay"]
    for source, element in zip(quiz.questions, questions):
        assert element.findtext("name/text") == f"{source.id} {source.template}"
        assert _html(element, "questiontext").startswith(source.prompt)
        feedback = _html(element, "generalfeedback")
        assert feedback.startswith(source.explanation)
        assert all(e.text in feedback for e in source.evidence)
        assert element.findtext("defaultgrade") == "1.0000000"


def test_answers_and_grades_per_type() -> None:
    quiz = sample_quiz()
    _, q1, q2, q3, q4, q5, q6, q7 = _questions(quiz_to_moodle_xml(quiz))
    assert q1.findtext("single") == "true"
    assert [(a.get("fraction"), fragment_text(a.findtext("text"))) for a in q1.findall("answer")] == [
        ("100" if c.id == "a" else "0", c.text) for c in quiz.questions[0].choices]
    assert q2.findtext("single") == "false"
    assert [a.get("fraction") for a in q2.findall("answer")] == ["50", "-50", "50", "-50"]
    assert [(a.findtext("text"), a.get("fraction")) for a in q3.findall("answer")] == [("true", "0"),
                                                                                      ("false", "100")]
    assert [(fragment_text(s.findtext("text")), s.findtext("answer/text")) for s in q4.findall("subquestion")] == [
        ("Traffic moves to Route 9", "a city memo"), ("Cracks mean danger", "engineer Ana Ruiz"),
        ("", "C:\\reports\\bridge #2 = {draft}")]
    assert [s.findtext("answer/text") for s in q5.findall("subquestion")] == ["1st", "2nd", "3rd"]
    assert "Give each item its position" in _html(q5, "questiontext")
    assert q6.findtext("usecase") == "0"
    assert [a.findtext("text") for a in q6.findall("answer")] == ["likely", "\\*likely\\*", "\"likely\""]
    assert _html(q7, "graderinfo").startswith("Model answer: The Kurier relies")
    assert q7.findtext("responseformat") == "editor"


def test_text_with_markup_goes_in_cdata_as_moodle_writes_it() -> None:
    data = quiz_to_moodle_xml(sample_quiz()).decode()
    assert "<![CDATA[<p>In The Velmar Ledger's article" in data
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in data  # the option's own <script> is text
    assert "<script" not in data


@given(prompt=TEXT, option=TEXT.filter(lambda t: xml_safe(t).strip()), explanation=TEXT)
def test_any_text_parses_back_unchanged(prompt: str, option: str, explanation: str) -> None:
    question = Question("q1", "find_source", "multiple_choice", "t", 1, prompt,
                        [Choice("a", option), Choice("b", "other")], ["a"], explanation, [])
    _, element = _questions(quiz_to_moodle_xml(Quiz(1, [], [question], title=prompt)))
    assert "<script" not in etree.tostring(element, encoding="unicode").replace("&lt;script", "")

    def expected(text: str) -> str:
        kept = "".join(c for c in text if c in "\t\n\r" or c >= " ")
        kept = "".join(c for c in kept if c not in "\ufffe\uffff")
        return kept.replace("\r\n", "\n").replace("\r", "\n").strip()

    assert _html(element, "questiontext") == expected(prompt)
    assert fragment_text(element.find("answer").findtext("text")) == expected(option)
    assert _html(element, "generalfeedback") == expected(explanation)
