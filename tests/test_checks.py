""""Check these first": questions resting on unsure or rejected analysis, with the reason."""

from __future__ import annotations

import pytest

from quizgen.checks import questions_to_check
from quizgen.corrections import fact_key, flag_key, source_key
from quizgen.models import Article, Attribution, Evidence, Question, Quiz, QuizArticle, Report
from quizgen.pipeline import build_report

HERALD = ("Flooding closed the Esker Bridge in Tollbrook on Monday, Mayor Dana Whitfield said.\n\n"
          "Repairs will likely cost more than $2 million.")
VALLEY = "The Esker Bridge in Tollbrook was closed on Monday after the Linden River flooded, Mayor Dana Whitfield said."


@pytest.fixture(scope="module")
def report() -> Report:
    return build_report([Article("herald", HERALD, outlet="Tollbrook Herald"),
                         Article("valley", VALLEY, outlet="River Valley News")])


def _question(report: Report, sentences: list[str], skill: str = "find_source", template: str = "source-of-claim",
              confidence: float | None = 1.0) -> Question:
    evidence = []
    for sid in sentences:
        art = report.article(sid.split(".")[0])
        s = art.sentence(sid)
        evidence.append(Evidence(art.article.id, s.id, s.text, s.start, s.end))
    return Question("q1", skill, "multiple_choice", template, 1, "Who?", [], ["a"], "", evidence, confidence)


def _quiz(*questions: Question) -> Quiz:
    return Quiz(1, [QuizArticle("herald", "Tollbrook Herald", None, HERALD)], list(questions))


def _reasons(quiz: Quiz, report: Report | None, corrections=()) -> list[list[str]]:
    return [c.reasons for c in questions_to_check(quiz, report, corrections)]


def test_a_sure_question_on_unmarked_analysis_is_not_listed(report):
    assert _reasons(_quiz(_question(report, ["herald.s1"])), report) == []


def test_a_partly_sure_question_is_listed_even_without_its_report(report):
    quiz = _quiz(_question(report, ["herald.s1"], confidence=0.75))
    assert _reasons(quiz, None) == [["The analysis is only 75% sure of what it rests on."]]


def test_questions_on_a_struck_source_flag_or_fact_say_so(report):
    on_source = _question(report, ["herald.s1"])
    on_flag = _question(report, ["herald.s2"], skill="spot_unverified", template="hedge-word")
    on_fact = _question(report, ["herald.s1", "valley.s1"], skill="compare_coverage", template="which-outlets")
    struck = {source_key("Mayor Dana Whitfield"), flag_key("herald", report.article("herald").sentences[1].text),
              fact_key(report.comparison.facts[0])}
    found = questions_to_check(_quiz(on_source, on_flag, on_fact), report, struck)
    assert [c.number for c in found] == [1, 2, 3]
    assert "It rests on the source “Mayor Dana Whitfield”, which you marked wrong in the analysis." in found[0].reasons
    assert "It asks about a sentence whose flag you marked wrong in the analysis." in found[1].reasons
    assert "It compares sentences of a fact you marked wrong in the analysis." in found[2].reasons


def test_a_pronoun_and_a_guessed_kind_are_reasons_for_source_questions(report):
    herald = report.article("herald")
    unsure = Report([type(herald)(herald.article, herald.sentences, [
        Attribution("he", "named_person", "said", "herald.s1", herald.sentences[0].text, refers_to="Dana Whitfield"),
        Attribution("Whitfield", "named_person", "said", "herald.s1", herald.sentences[0].text, type_certain=False)],
        herald.flags)], report.comparison)
    who = _reasons(_quiz(_question(unsure, ["herald.s1"])), unsure)
    assert who == [["The sentence says “he”; the analysis read it as Dana Whitfield.",
                    "Two sources share a sentence it quotes: check which one stands behind the claim."]]
    kind = _reasons(_quiz(_question(unsure, ["herald.s1"], template="source-kind")), unsure)
    assert "Whether “Whitfield” is a person or an organization is the analysis's guess." in kind[0]


def test_a_sentence_that_changed_since_the_quiz_gives_no_reason(report):
    question = _question(report, ["herald.s1"])
    question.evidence[0].text = "An older version of the sentence."
    assert _reasons(_quiz(question), report, {source_key("Mayor Dana Whitfield")}) == []
