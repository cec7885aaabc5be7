"""QTI 1.2 zip for Canvas "Import Course Content" (content type "QTI .zip file").

Layout as Canvas (and text2qti) write it: `imsmanifest.xml`, then `<id>/<id>.xml` (the
questestinterop assessment) and `<id>/assessment_meta.xml` (Canvas quiz settings).
Item types are Canvas's `question_type` metadata: multiple_choice_question,
multiple_answers_question, true_false_question, matching_question (ordering too: items
to positions), short_answer_question, essay_question. Texts are HTML in
`mattext texttype="text/html"`. Identifiers derive from the quiz content and zip entries
carry a fixed date, so the same quiz gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from lxml import etree

from quizgen.export.common import (CheckedQuestion, check_quiz, export_prompt, feedback_parts, html_paragraphs,
                                   html_text, xml_safe)
from quizgen.models import Quiz

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
IMSMD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
CANVAS_TYPES = {"multiple_choice": "multiple_choice_question", "multiple_select": "multiple_answers_question",
                "true_false": "true_false_question", "matching": "matching_question",
                "ordering": "matching_question", "short_answer": "short_answer_question",
                "open_response": "essay_question"}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date zip can store: no build time leaks in


def canvas_id(*parts: str) -> str:
    """A Canvas-style identifier ("g" + 32 hex digits), stable for the same inputs."""
    return "g" + hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        element.text = xml_safe(text)
    return element


def _material(parent: etree._Element, html: str, texttype: str = "text/html") -> None:
    _sub(_sub(parent, "material"), "mattext", html, texttype=texttype)


def _metadata(item: etree._Element, fields: list[tuple[str, str]]) -> None:
    qtimetadata = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in fields:
        field = _sub(qtimetadata, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _choice_lid(presentation: etree._Element, checked: CheckedQuestion) -> dict[str, str]:
    """One response_lid with every option; returns choice id -> response label ident."""
    multiple = checked.type == "multiple_select"
    lid = _sub(presentation, "response_lid", ident="response1", rcardinality="Multiple" if multiple else "Single")
    render = _sub(lid, "render_choice")
    idents = {}
    for number, choice in enumerate(checked.question.choices, 1):
        idents[choice.id] = f"choice{number}"
        _material(_sub(render, "response_label", ident=idents[choice.id]), html_text(choice.text))
    return idents


def _score(resprocessing: etree._Element, condition: etree._Element, value: str, action: str = "Set") -> None:
    respcondition = _sub(resprocessing, "respcondition", continue_="No" if action == "Set" else "Yes")
    respcondition.append(condition)
    _sub(respcondition, "setvar", value, action=action, varname="SCORE")


def _varequal(parent: etree._Element, respident: str, value: str) -> None:
    _sub(parent, "varequal", value, respident=respident)


def _choice_scoring(resprocessing: etree._Element, checked: CheckedQuestion, idents: dict[str, str]) -> None:
    condition = etree.Element("conditionvar")
    right = {c.id for c in checked.correct}
    if checked.type == "multiple_select":  # all or nothing, as Canvas exports it
        both = _sub(condition, "and")
        for choice in checked.question.choices:
            target = both if choice.id in right else _sub(both, "not")
            _varequal(target, "response1", idents[choice.id])
    else:
        _varequal(condition, "response1", idents[checked.correct[0].id])
    _score(resprocessing, condition, "100")


def _matching(presentation: etree._Element, resprocessing: etree._Element, checked: CheckedQuestion) -> list[str]:
    rights = [p.right for p in checked.pairs] + checked.distractors
    right_ident = {c.id: f"match{n}" for n, c in enumerate(rights, 1)}
    share = f"{100 / len(checked.pairs):.2f}"
    for number, pair in enumerate(checked.pairs, 1):
        lid = _sub(presentation, "response_lid", ident=f"response{number}")
        _material(lid, pair.left.text, "text/plain")
        render = _sub(lid, "render_choice")
        for right in sorted(rights, key=lambda c: right_ident[c.id]):
            _material(_sub(render, "response_label", ident=right_ident[right.id]), right.text, "text/plain")
        condition = etree.Element("conditionvar")
        _varequal(condition, f"response{number}", right_ident[pair.right.id])
        _score(resprocessing, condition, share, action="Add")
    return [f"response{n}" for n in range(1, len(checked.pairs) + 1)]


def _text_entry(presentation: etree._Element) -> None:
    fib = _sub(_sub(presentation, "response_str", ident="response1", rcardinality="Single"), "render_fib")
    _sub(fib, "response_label", ident="answer1", rshuffle="No")


def _interaction(presentation: etree._Element, resprocessing: etree._Element, checked: CheckedQuestion) -> list[str]:
    """Add the response parts and the scoring of one question; return its answer ids."""
    if checked.type in ("matching", "ordering"):
        return _matching(presentation, resprocessing, checked)
    if checked.type in ("short_answer", "open_response"):
        _text_entry(presentation)
        condition = etree.Element("conditionvar")
        if checked.type == "open_response":  # graded by the teacher
            _sub(condition, "other")
            _sub(resprocessing, "respcondition", continue_="No").append(condition)
            return []
        for accepted in checked.accepted:
            _varequal(condition, "response1", accepted)
        _score(resprocessing, condition, "100")
        return []
    idents = _choice_lid(presentation, checked)
    _choice_scoring(resprocessing, checked, idents)
    return list(idents.values())


def item_element(quiz: Quiz, checked: CheckedQuestion, quiz_ident: str) -> etree._Element:
    question = checked.question
    ident = canvas_id(quiz_ident, question.id)
    presentation = etree.Element("presentation")
    _material(presentation, f"<div><p>{html_text(export_prompt(checked))}</p></div>")
    resprocessing = etree.Element("resprocessing")
    _sub(_sub(resprocessing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    feedback = feedback_parts(quiz, checked)
    if feedback:
        general = _sub(resprocessing, "respcondition", continue_="Yes")
        _sub(_sub(general, "conditionvar"), "other")
        _sub(general, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    answer_ids = _interaction(presentation, resprocessing, checked)
    item = etree.Element("item", ident=ident, title=xml_safe(f"{question.id} {question.template}".strip()))
    _metadata(item, [("question_type", CANVAS_TYPES[checked.type]), ("points_possible", "1.0"),
                     ("original_answer_ids", ",".join(answer_ids)),
                     ("assessment_question_identifierref", canvas_id(ident, "question"))])
    item.extend([presentation, resprocessing])
    if feedback:
        flow = _sub(_sub(item, "itemfeedback", ident="general_fb"), "flow_mat")
        _material(flow, html_paragraphs(feedback))
    return item


def assessment_xml(quiz: Quiz, checked: list[CheckedQuestion], ident: str) -> etree._Element:
    root = etree.Element(f"{{{QTI_NS}}}questestinterop", nsmap={None: QTI_NS, "xsi": XSI[1:-1]})
    root.set(f"{XSI}schemaLocation", f"{QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd")
    assessment = _sub(root, "assessment", ident=ident, title=xml_safe(quiz.title))
    field = _sub(_sub(assessment, "qtimetadata"), "qtimetadatafield")
    _sub(field, "fieldlabel", "cc_maxattempts")
    _sub(field, "fieldentry", "1")
    section = _sub(assessment, "section", ident="root_section")
    section.extend(item_element(quiz, item, ident) for item in checked)
    return root


def assessment_meta_xml(quiz: Quiz, count: int, ident: str) -> etree._Element:
    """Canvas quiz settings: title, points, answers shown after the attempt, unpublished."""
    root = etree.Element(f"{{{CANVAS_NS}}}quiz", identifier=ident, nsmap={None: CANVAS_NS, "xsi": XSI[1:-1]})
    root.set(f"{XSI}schemaLocation", f"{CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd")
    for tag, value in (("title", quiz.title), ("description", ""), ("shuffle_answers", "false"),
                       ("scoring_policy", "keep_highest"), ("quiz_type", "assignment"),
                       ("points_possible", f"{count:.1f}"), ("show_correct_answers", "true"),
                       ("allowed_attempts", "1"), ("one_question_at_a_time", "false"), ("cant_go_back", "false"),
                       ("available", "false")):
        _sub(root, tag, value)
    return root


def manifest_xml(quiz: Quiz, ident: str, meta_ident: str) -> etree._Element:
    root = etree.Element(f"{{{CP_NS}}}manifest", identifier=canvas_id(ident, "manifest"),
                         nsmap={None: CP_NS, "imsmd": IMSMD_NS, "xsi": XSI[1:-1]})
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    title = etree.SubElement(etree.SubElement(etree.SubElement(metadata, f"{{{IMSMD_NS}}}lom"),
                                              f"{{{IMSMD_NS}}}general"), f"{{{IMSMD_NS}}}title")
    etree.SubElement(title, f"{{{IMSMD_NS}}}string").text = xml_safe(quiz.title)
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    resource = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    _sub(resource, "file", href=f"{ident}/{ident}.xml")
    _sub(resource, "dependency", identifierref=meta_ident)
    meta = _sub(resources, "resource", identifier=meta_ident, href=f"{ident}/assessment_meta.xml",
                type="associatedcontent/imscc_xmlv1p1/learning-application-resource")
    _sub(meta, "file", href=f"{ident}/assessment_meta.xml")
    return root


def _xml_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def qti_files(quiz: Quiz) -> dict[str, bytes]:
    """The zip's entries, path -> bytes, in the order they are written."""
    checked = check_quiz(quiz)
    ident = canvas_id("quizgen-qti", json.dumps(quiz.to_dict(), sort_keys=True))
    meta_ident = canvas_id(ident, "assessment_meta")
    return {"imsmanifest.xml": _xml_bytes(manifest_xml(quiz, ident, meta_ident)),
            f"{ident}/{ident}.xml": _xml_bytes(assessment_xml(quiz, checked, ident)),
            f"{ident}/assessment_meta.xml": _xml_bytes(assessment_meta_xml(quiz, len(checked), ident))}


def quiz_to_qti_zip(quiz: Quiz) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, data in qti_files(quiz).items():
            info = zipfile.ZipInfo(path, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # unix, whatever the build machine
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
