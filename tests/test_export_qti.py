"""QTI 1.2 zip for Canvas: unzipped, parsed, every item checked against the quiz."""

from __future__ import annotations

import io
import zipfile

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from test_export_common import fragment_text, sample_quiz

from quizgen.export.common import xml_safe
from quizgen.export.qti import quiz_to_qti_zip
from quizgen.models import Choice, Question, Quiz

NS = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2", "cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}


def _unzip(quiz: Quiz) -> tuple[zipfile.ZipFile, etree._Element]:
    archive = zipfile.ZipFile(io.BytesIO(quiz_to_qti_zip(quiz)))
    manifest = etree.fromstring(archive.read("imsmanifest.xml"))
    href = manifest.find("cp:resources/cp:resource[@type='imsqti_xmlv1p2']/cp:file", NS).get("href")
    return archive, etree.fromstring(archive.read(href))


def _meta(item: etree._Element) -> dict[str, str]:
    return {f.findtext("q:fieldlabel", namespaces=NS): f.findtext("q:fieldentry", namespaces=NS)
            for f in item.iterfind("q:itemmetadata/q:qtimetadata/q:qtimetadatafield", NS)}


def _items(assessment: etree._Element) -> list[etree._Element]:
    return assessment.findall("q:assessment/q:section/q:item", NS)


def test_zip_holds_manifest_assessment_and_canvas_meta_with_fixed_dates() -> None:
    archive, assessment = _unzip(sample_quiz())
    names = archive.namelist()
    assert names[0] == "imsmanifest.xml" and len(names) == 3
    ident = assessment.find("q:assessment", NS).get("ident")
    assert names[1:] == [f"{ident}/{ident}.xml", f"{ident}/assessment_meta.xml"]
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    manifest = etree.fromstring(archive.read("imsmanifest.xml"))
    resources = manifest.findall("cp:resources/cp:resource", NS)
    assert resources[0].find("cp:dependency", NS).get("identifierref") == resources[1].get("identifier")
    meta = etree.fromstring(archive.read(names[2]))
    assert meta.findtext("{http://canvas.instructure.com/xsd/cccv1p0}points_possible") == "7.0"


def test_every_question_is_an_item_of_the_canvas_type() -> None:
    quiz = sample_quiz()
    _, assessment = _unzip(quiz)
    items = _items(assessment)
    assert [_meta(i)["question_type"] for i in items] == [
        "multiple_choice_question", "multiple_answers_question", "true_false_question", "matching_question",
        "matching_question", "short_answer_question", "essay_question"]
    assert len({i.get("ident") for i in items}) == len(items)
    for source, item in zip(quiz.questions, items):
        prompt = item.findtext("q:presentation/q:material/q:mattext", namespaces=NS)
        assert fragment_text(prompt).startswith(source.prompt)
        feedback = fragment_text(item.findtext("q:itemfeedback[@ident='general_fb']//q:mattext", namespaces=NS))
        assert feedback.startswith(source.explanation) and all(e.text in feedback for e in source.evidence)


def _scored(item: etree._Element) -> list[tuple[str, str, str]]:
    """(respident, value, score) of every varequal that sets or adds to the score."""
    out = []
    for condition in item.iterfind("q:resprocessing/q:respcondition", NS):
        setvar = condition.find("q:setvar", NS)
        if setvar is None:
            continue
        for varequal in condition.iterfind(".//q:varequal", NS):
            negated = varequal.getparent().tag.endswith("not")
            out.append((varequal.get("respident"), ("not " if negated else "") + varequal.text, setvar.text))
    return out


def _labels(lid: etree._Element) -> dict[str, str]:
    return {label.get("ident"): fragment_text(label.findtext(".//q:mattext", namespaces=NS))
            for label in lid.iterfind("q:render_choice/q:response_label", NS)}


def test_scoring_marks_the_right_answers() -> None:
    quiz = sample_quiz()
    _, assessment = _unzip(quiz)
    q1, q2, q3, q4, q5, q6, q7 = _items(assessment)
    labels = _labels(q1.find("q:presentation/q:response_lid", NS))
    assert list(labels.values()) == [c.text for c in quiz.questions[0].choices]
    ((_, right, score),) = _scored(q1)
    assert labels[right] == "engineer Ana Ruiz" and score == "100"
    assert q2.find("q:presentation/q:response_lid", NS).get("rcardinality") == "Multiple"
    assert [value for _, value, _ in _scored(q2)] == ["choice1", "not choice2", "choice3", "not choice4"]
    ((_, right, _),) = _scored(q3)
    assert _labels(q3.find("q:presentation/q:response_lid", NS))[right] == "False"
    lids = q4.findall("q:presentation/q:response_lid", NS)
    assert [lid.findtext("q:material/q:mattext", namespaces=NS) for lid in lids] == [
        "Traffic moves to Route 9", "Cracks mean danger"]
    pairs = [(lid.findtext("q:material/q:mattext", namespaces=NS), _labels(lid)[value], score)
             for lid, (_, value, score) in zip(lids, _scored(q4))]
    assert pairs == [("Traffic moves to Route 9", "a city memo", "50.00"),
                     ("Cracks mean danger", "engineer Ana Ruiz", "50.00")]
    assert "C:\\reports\\bridge #2 = {draft}" in _labels(lids[0]).values()  # the distractor is offered
    assert [_labels(q5.find("q:presentation/q:response_lid", NS))[v] for _, v, _ in _scored(q5)] == [
        "1st", "2nd", "3rd"]
    assert [value for _, value, _ in _scored(q6)] == ["likely", "*likely*", "\"likely\""]
    assert _scored(q7) == [] and q7.find("q:presentation/q:response_str", NS) is not None


@given(st.text(st.characters(blacklist_categories=("Cs",))).filter(lambda t: xml_safe(t).strip()))
def test_any_prompt_and_title_make_a_parseable_package(text: str) -> None:
    question = Question("q1", "find_source", "multiple_choice", "t", 1, text,
                        [Choice("a", text), Choice("b", "other")], ["a"], text, [])
    _, assessment = _unzip(Quiz(1, [], [question], title=text))
    (item,) = _items(assessment)
    kept = "".join(c for c in text if c in "\t\n\r" or (c >= " " and c not in "\ufffe\uffff"))
    assert fragment_text(item.findtext("q:presentation/q:material/q:mattext", namespaces=NS)) == \
        kept.replace("\r\n", "\n").replace("\r", "\n").strip()
