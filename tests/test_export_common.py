"""The invented quiz every exporter test uses, and tests of quizgen.export.common.

The event, outlets and people are invented. Texts carry the characters exporters must
escape: quotes, <script>, &, braces, ~ = # :, backslashes, ]]>, ->, non-ASCII, newlines.
"""

from __future__ import annotations

import pytest

from quizgen.errors import ExportError
from quizgen.export.common import (answer_lines, check_question, check_quiz, choice_label, html_text, ordinal,
                                   xml_safe)
from quizgen.models import Choice, Evidence, Question, Quiz, QuizArticle

LEDGER = ("The Velmar Ledger", "Harbor bridge shut after cracks found")
KURIER = ("Nördlicher Kurier", "Brücke: \"Risse\" & <Sperrung>")
COAST = ("Coastline Daily {live}", None)

LEDGER_BODY = (
    "The Harbor Bridge in Port Velmar closed on Monday.\n"
    "\"We saw cracks = danger,\" said engineer Ana Ruiz.\n"
    "Repairs will likely cost about 4 million krónur, officials said."
)
KURIER_BODY = (
    "Die Brücke ist seit Montag gesperrt.\n"
    "According to a city memo, traffic moves to Route 9 <script>alert(1)</script> & Co.\n"
    "An unnamed official said the cracks were \"minor ~ cosmetic\"."
)
COAST_BODY = (
    "Port Velmar's bridge closed Monday, the Ledger first reported.\n"
    "Sources say the city knew of the cracks {since 2019}: #coverup?"
)


def _evidence(article: str, body: str, number: int) -> Evidence:
    text = body.split("\n")[number - 1]
    start = body.index(text)
    return Evidence(article, f"{article}.s{number}", text, start, start + len(text))


def sample_quiz() -> Quiz:
    """A fixed quiz covering all seven question types, with tricky text everywhere."""
    articles = [QuizArticle("ledger", *LEDGER, LEDGER_BODY), QuizArticle("kurier", *KURIER, KURIER_BODY),
                QuizArticle("coast", *COAST, COAST_BODY)]
    questions = [
        Question("q1", "find_source", "multiple_choice", "source-of-claim", 1,
                 "In The Velmar Ledger's article, who says \"We saw cracks = danger\"?",
                 [Choice("a", "engineer Ana Ruiz"), Choice("b", "an unnamed official"),
                  Choice("c", "a city memo & <script>alert('x')</script>"), Choice("d", "[html] officials")],
                 ["a"], "The quote is followed by \"said engineer Ana Ruiz\": a named person.\nNamed sources "
                 "can be checked.", [_evidence("ledger", LEDGER_BODY, 2)]),
        Question("q2", "spot_unverified", "multiple_select", "verify-before-sharing", 2,
                 "Select every sentence you would verify before sharing {pick 2+}.",
                 [Choice("a", "Sources say the city knew of the cracks {since 2019}: #coverup?"),
                  Choice("b", "Die Brücke ist seit Montag gesperrt."),
                  Choice("c", "An unnamed official said the cracks were \"minor ~ cosmetic\"."),
                  Choice("d", "%50% of drivers -> Route 9 ]]> done")],
                 ["a", "c"], "Both rest on sources nobody can check: \"sources say\" and \"an unnamed official\".",
                 [_evidence("coast", COAST_BODY, 2), _evidence("kurier", KURIER_BODY, 3)]),
        Question("q3", "spot_unverified", "true_false", "names-source", 1,
                 "True or false: Coastline Daily {live} names the source of the claim that the city knew "
                 "of the cracks.",
                 [Choice("true", "True"), Choice("false", "False")], ["false"],
                 "\"Sources say\" names nobody: the claim cannot be checked.", [_evidence("coast", COAST_BODY, 2)]),
        Question("q4", "find_source", "matching", "claim-to-source", 2,
                 "Match each claim to its source: A -> B?",
                 [Choice("l1", "Traffic moves to Route 9", "left"), Choice("l2", "Cracks mean danger", "left"),
                  Choice("r1", "a city memo", "right"), Choice("r2", "engineer Ana Ruiz", "right"),
                  Choice("r3", "C:\\reports\\bridge #2 = {draft}", "right")],
                 [["l1", "r1"], ["l2", "r2"]], "Each claim sits next to its source in the same sentence.",
                 [_evidence("kurier", KURIER_BODY, 2), _evidence("ledger", LEDGER_BODY, 2)]),
        Question("q5", "compare_coverage", "ordering", "anonymous-reliance", 3,
                 "Order the outlets from MOST to LEAST reliant on anonymous sources.",
                 [Choice("a", "The Velmar Ledger"), Choice("b", "Nördlicher Kurier"),
                  Choice("c", "Coastline Daily {live}")],
                 ["c", "b", "a"], "Coastline Daily cites only \"sources\"; the Kurier one unnamed official; "
                 "the Ledger names its engineer.",
                 [_evidence("coast", COAST_BODY, 2), _evidence("kurier", KURIER_BODY, 3)]),
        Question("q6", "spot_unverified", "short_answer", "hedge-word", 2,
                 "Which single word in the Ledger's sentence about repair costs signals uncertainty?",
                 [], ["likely", "*likely*", "\"likely\""], "\"Likely\" is a hedge: a word that says the writer "
                 "is not sure.", [_evidence("ledger", LEDGER_BODY, 3)]),
        Question("q7", "compare_coverage", "open_response", "why-wording-differs", 3,
                 "Why might the Kurier call the cracks \"minor\"\nwhile the Ledger quotes \"danger\"?",
                 [], ["The Kurier relies on an unnamed official who may want to calm readers; the Ledger quotes "
                      "a named engineer. Different sources -> different wording: check who is speaking."],
                 "Wording follows the source each outlet chose.",
                 [_evidence("kurier", KURIER_BODY, 3), _evidence("ledger", LEDGER_BODY, 2)]),
    ]
    return Quiz(seed=7, articles=articles, questions=questions, title="Port Velmar bridge: who says so? <&>")


# --- tests of quizgen.export.common ----------------------------------------------------

def test_sample_quiz_evidence_points_into_the_bodies() -> None:
    quiz = sample_quiz()
    bodies = {a.id: a.body for a in quiz.articles}
    for question in quiz.questions:
        for evidence in question.evidence:
            assert bodies[evidence.article][evidence.start:evidence.end] == evidence.text
    assert {q.type for q in quiz.questions} == {"multiple_choice", "multiple_select", "true_false", "matching",
                                                "ordering", "short_answer", "open_response"}


def test_labels_and_ordinals() -> None:
    assert [choice_label(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]


def test_checked_answers_per_type() -> None:
    checked = {c.type: c for c in check_quiz(sample_quiz())}
    assert [c.id for c in checked["multiple_select"].correct] == ["a", "c"]
    matching = checked["matching"]
    assert [(p.left.id, p.right.id) for p in matching.pairs] == [("l1", "r1"), ("l2", "r2")]
    assert [c.id for c in matching.distractors] == ["r3"]
    assert [(p.left.id, p.right.text) for p in checked["ordering"].pairs] == [("c", "1st"), ("b", "2nd"),
                                                                            ("a", "3rd")]
    assert answer_lines(checked["matching"])[0] == "1 \u2192 A: Traffic moves to Route 9 \u2192 a city memo"
    assert answer_lines(checked["ordering"])[0] == "1st: C) Coastline Daily {live}"
    assert answer_lines(checked["short_answer"]) == ["Accepted: likely / *likely* / \"likely\""]


@pytest.mark.parametrize(("change", "message"), [
    ({"answer": ["z"]}, "not one of its options"),
    ({"answer": ["a", "b"]}, "exactly one option"),
    ({"answer": []}, "at least one"),
    ({"type": "essay"}, "unknown question type"),
    ({"choices": [Choice("a", "x"), Choice("a", "y")]}, "share the id"),
    ({"choices": [Choice("a", "x"), Choice("b", " \x00 ")]}, "option 'b' has no text"),
])
def test_broken_questions_name_the_question_and_the_problem(change: dict, message: str) -> None:
    question = sample_quiz().questions[0]
    for name, value in change.items():
        setattr(question, name, value)
    with pytest.raises(ExportError, match=message) as caught:
        check_question(question)
    assert "'q1'" in str(caught.value)


def test_broken_matching_and_true_false_are_refused() -> None:
    quiz = sample_quiz()
    matching, true_false = quiz.questions[3], quiz.questions[2]
    matching.answer = [["r1", "l1"], ["l2", "r2"]]
    with pytest.raises(ExportError, match="wrong way round"):
        check_question(matching)
    matching.answer = [["l1", "r1"]]
    with pytest.raises(ExportError, match="at least two pairs"):
        check_question(matching)
    true_false.choices = [Choice("a", "Maybe"), Choice("b", "Perhaps")]
    true_false.answer = ["a"]
    with pytest.raises(ExportError, match="neither true nor false"):
        check_question(true_false)


def test_empty_quiz_and_duplicate_ids_are_refused() -> None:
    quiz = sample_quiz()
    quiz.questions[1].id = "q1"
    with pytest.raises(ExportError, match="share the id 'q1'"):
        check_quiz(quiz)
    quiz.questions = []
    with pytest.raises(ExportError, match="no questions"):
        check_quiz(quiz)


def test_html_text_escapes_and_neutralises_leading_markers() -> None:
    assert html_text("<b>&\"'\nx") == "&lt;b&gt;&amp;\"'<br>x"
    assert html_text("[html] x") == "&#91;html] x"
    assert html_text("%50% x") == "&#37;50% x"
    assert xml_safe("a\x00b\x1fc\td\ud800") == "abc\td"


def fragment_text(fragment: str) -> str:
    """An exported HTML fragment back to the plain text it was made from."""
    import html
    import re

    paragraphs = re.findall(r"<p>(.*?)</p>", fragment, flags=re.S) or [fragment]
    return "\n".join(html.unescape(p.replace("<br>", "\n")) for p in paragraphs)
