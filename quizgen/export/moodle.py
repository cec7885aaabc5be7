"""Moodle XML export, shaped like Moodle's own `qformat_xml` output.

Texts are HTML (format="html") wrapped in CDATA, as Moodle's exporter writes any text
that holds markup; plain fields (names, short answers, matching answers) are CDATA only
when they hold XML-special characters. Question types: multichoice (single or multiple,
weights from Moodle's grade list), truefalse, matching, shortanswer, essay.
Ordering has no core Moodle type (qtype_ordering is a plugin many sites lack), so it
becomes a matching question: each item to its position (1st, 2nd...).
"""

from __future__ import annotations

from lxml import etree

from quizgen.export.common import (CheckedQuestion, check_quiz, export_prompt, feedback_parts, html_paragraphs,
                                   html_text, select_weights, true_false_value, xml_safe)
from quizgen.export.gift import category_path, shortanswer_literal
from quizgen.models import Quiz

MOODLE_TYPES = {"multiple_choice": "multichoice", "multiple_select": "multichoice", "true_false": "truefalse",
                "matching": "matching", "ordering": "matching", "short_answer": "shortanswer",
                "open_response": "essay"}
# Moodle's defaults: a third of the marks lost per wrong try; none to retry true/false.
PENALTIES = {"multichoice": "0.3333333", "truefalse": "1.0000000", "matching": "0.3333333",
             "shortanswer": "0.3333333", "essay": "0.0000000"}
XML_SPECIAL = set("&<>\"'")


def _text(parent: etree._Element, text: str) -> etree._Element:
    """<text> as Moodle's writetext: CDATA when the text holds XML-special characters
    (markup, &, quotes); an "]]>" (only in plain text) falls back to plain escaping."""
    element = etree.SubElement(parent, "text")
    text = xml_safe(text)
    if XML_SPECIAL & set(text) and "]]>" not in text:
        element.text = etree.CDATA(text)
    else:
        element.text = text
    return element


def _field(parent: etree._Element, tag: str, text: str, fmt: str | None = "html") -> etree._Element:
    element = etree.SubElement(parent, tag, {"format": fmt} if fmt else {})
    _text(element, text)
    return element


def _value(parent: etree._Element, tag: str, value: str) -> None:
    etree.SubElement(parent, tag).text = value


def _answer(parent: etree._Element, fraction: str, text: str, fmt: str) -> None:
    answer = etree.SubElement(parent, "answer", {"fraction": fraction, "format": fmt})
    _text(answer, text)
    _field(answer, "feedback", "")


def _combined_feedback(element: etree._Element) -> None:
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _field(element, tag, "")


def _choices(element: etree._Element, checked: CheckedQuestion) -> None:
    question = checked.question
    single = checked.type != "multiple_select"
    for tag, value in (("single", str(single).lower()), ("shuffleanswers", "true"), ("answernumbering", "abc"),
                       ("showstandardinstruction", "0")):
        _value(element, tag, value)
    _combined_feedback(element)
    if not single:
        etree.SubElement(element, "shownumcorrect")
    weights = select_weights(checked) if not single else {
        c.id: "100" if c.id == checked.correct[0].id else "0" for c in question.choices}
    for choice in question.choices:
        _answer(element, weights[choice.id], html_text(choice.text), "html")


def _matching(element: etree._Element, checked: CheckedQuestion) -> None:
    _value(element, "shuffleanswers", "true")
    _combined_feedback(element)
    rows = [(html_text(p.left.text), p.right.text) for p in checked.pairs]
    for left, right in rows + [("", c.text) for c in checked.distractors]:
        subquestion = etree.SubElement(element, "subquestion", {"format": "html"})
        _text(subquestion, left)
        _text(etree.SubElement(subquestion, "answer"), right)


def _essay(element: etree._Element, checked: CheckedQuestion) -> None:
    for tag, value in (("responseformat", "editor"), ("responserequired", "1"), ("responsefieldlines", "10"),
                       ("attachments", "0"), ("attachmentsrequired", "0")):
        _value(element, tag, value)
    _field(element, "graderinfo", html_paragraphs(["Model answer: " + checked.accepted[0]]))
    _field(element, "responsetemplate", "")


def question_element(quiz: Quiz, checked: CheckedQuestion) -> etree._Element:
    question = checked.question
    qtype = MOODLE_TYPES[checked.type]
    element = etree.Element("question", {"type": qtype})
    _text(etree.SubElement(element, "name"), f"{question.id} {question.template}".strip())
    _field(element, "questiontext", f"<p>{html_text(export_prompt(checked))}</p>")
    _field(element, "generalfeedback", html_paragraphs(feedback_parts(quiz, checked)))
    for tag, value in (("defaultgrade", "1.0000000"), ("penalty", PENALTIES[qtype]), ("hidden", "0"),
                       ("idnumber", None)):
        etree.SubElement(element, tag).text = value
    if qtype == "multichoice":
        _choices(element, checked)
    elif qtype == "truefalse":
        is_true = true_false_value(question, checked.correct[0])
        _answer(element, "100" if is_true else "0", "true", "moodle_auto_format")
        _answer(element, "0" if is_true else "100", "false", "moodle_auto_format")
    elif qtype == "matching":
        _matching(element, checked)
    elif qtype == "shortanswer":
        _value(element, "usecase", "0")
        for accepted in checked.accepted:
            _answer(element, "100", shortanswer_literal(accepted), "moodle_auto_format")
    else:
        _essay(element, checked)
    return element


def quiz_to_moodle_xml(quiz: Quiz) -> bytes:
    checked = check_quiz(quiz)
    root = etree.Element("quiz")
    root.append(etree.Comment(f" {len(checked)} questions exported by quizgen ".replace("--", "- -")))
    category = etree.SubElement(root, "question", {"type": "category"})
    _text(etree.SubElement(category, "category"), category_path(xml_safe(quiz.title)))
    _field(category, "info", "")
    etree.SubElement(category, "idnumber")
    for item in checked:
        root.append(question_element(quiz, item))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
