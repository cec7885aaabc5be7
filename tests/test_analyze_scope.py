"""Non-answer phrases (data/non_answers.txt) and clause scopes: every phrase of the data
matches in the tenses and spellings news copy uses, look-alikes do not, and the work stays
linear on hostile text (issue 8). Behavioural cases: tests/behaviour/scope_cases.py."""

from __future__ import annotations

import itertools

import pytest
from guards import deadline

from quizgen.analyze import analyze_article
from quizgen.analyze.non_answers import non_answer_spans, reports_non_answer
from quizgen.models import Article

SUBJECTS = ["Veltrax", "The ministry", "A spokesperson for the port", "Maria Okafor", "Officials"]
NEGATIONS = ["did not", "didn't", "didn’t", "has not", "had not", "have not", "would not", "never"]
REFUSALS = [
    "{neg} respond to a request for comment", "{neg} immediately respond to requests for comment",
    "{neg} reply to emailed questions", "{neg} return calls seeking comment",
    "{neg} answer repeated questions", "{neg} comment", "{neg} respond by press time",
]
NON_ANSWERS = [
    "could not be reached", "couldn't be reached for comment", "cannot be reached", "could not immediately be reached",
    "was not available for comment", "were not immediately available for comment", "is unavailable for comment",
    "declined to comment", "declines to comment", "has declined to comment", "refused to comment",
    "declined to elaborate", "declined to say how many people were hurt", "declined comment",
    "declined to make a comment", "had no immediate comment", "has no further comment", "won't comment",
    "will not comment on the case", "cannot comment",
]
# the same words doing other work: no non-answer
LOOK_ALIKES = [
    "The mayor could be reached by phone at noon.", "Crews reached the village on Friday.",
    "The ministry responded to the flood within hours.", "Okafor commented on the plan at length.",
    "The agency returned the funds in May.", "Officials were available to answer questions all week.",
    "The board declined the offer.", "The airline declined to a record low.", "Veltrax did not close the plant.",
    "A deal could not be reached on Friday.", "The talks ended after an agreement could not be reached.",
    "Officials said a settlement could not be reached before the deadline.",
]


@pytest.mark.parametrize(("subject", "refusal"), [
    *itertools.product(SUBJECTS, [r.format(neg=n) for r, n in itertools.product(REFUSALS, NEGATIONS)]),
    *itertools.product(SUBJECTS, NON_ANSWERS)])
def test_every_non_answer_is_found_whatever_the_subject_and_tense(subject, refusal):
    text = f"{subject} {refusal} on Friday."
    spans = non_answer_spans(text)
    at = text.index(refusal)
    assert any(at <= start < at + len(refusal) for start, _ in spans), (text, spans)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_doing_other_work_are_no_non_answer(text):
    assert non_answer_spans(text) == []


@pytest.mark.parametrize(("clause", "expected"), [
    ("a spokeswoman said the company does not comment on rumours", True),
    ("Veltrax said it could not comment on the investigation", True),
    ("a company official, who declined to comment on the record, said the plant would close", False),
    ("the mayor said the levee had held", False),
])
def test_a_clause_reports_a_non_answer_unless_it_describes_the_source(clause, expected):
    assert reports_non_answer(clause) is expected


@pytest.mark.parametrize("unit", [
    "did not did not did not ", "but the official said, but ", "while he said; ", "“a,” ", "could not be ",
    "Although , ", "and Veltrax, a firm, and ", "declined to declined to ",
    "Veltrax declined to comment and Okafor said the plant was safe; ", "but officials said the port, ",
])
def test_clause_scopes_and_non_answers_stay_linear_on_hostile_text(unit):
    body = (unit * 4000)[:60_000] + "."
    with deadline(20, "analysing a repeated clause pattern"):
        analysis = analyze_article(Article(id="h", body=body, outlet="Pellton Ledger"))
    for att in analysis.attributions:
        assert att.scope_start is None or att.scope_start < (att.scope_end or 0)
