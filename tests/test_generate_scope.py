"""A "who said this?" question quotes the clause the source's cue governs, never another
source's clause or a non-answer (issue 8). Invented articles, templates x fillers."""

from __future__ import annotations

import itertools
import random

import pytest

from quizgen.generate import GENERATORS
from quizgen.generate.context import Context
from quizgen.generate.templates import load_templates
from quizgen.models import Article
from quizgen.pipeline import build_report

SPEAKERS = [("Mayor Ana Ruiz", "Ruiz"), ("Port director Tomas Varga", "Varga"), ("Dr. Keiko Tanaka", "Tanaka"),
            ("Union leader Omar Haddad", "Haddad")]
CLAIMS = ["the northern bridge would reopen in early March", "the river had crested overnight near the old mill",
          "the ferry service would resume on Monday morning", "the levee along the harbor had held all week"]
JOINERS = ["but", "while", "whereas", "yet"]
SILENT = ["Kelso Rail could not be reached for comment", "The harbor board declined to comment",
          "A spokesperson for the ministry did not respond to a request for comment",
          "Officials were not available for comment"]
FILLER = ("Crews cleared debris from the coastal road on Tuesday. Schools in the valley stayed closed. "
          "Volunteers handed out water at the town hall. ")
# the second article: other sources of several kinds, the wrong options' pool
OTHER = ("The storm closed three schools, Mayor Ana Ruiz said on Friday morning. The National Weather Service "
         "warned that more rain was coming to the coast. Harbor master Lena Fischer said the docks would stay "
         "closed until Monday. The Brightwater Herald reported that two boats had sunk near the pier. "
         "Kelso Rail said in a statement that trains would run again on Sunday.")


def _claim_drafts(texts: list[str]) -> list:
    articles = [Article(id=f"a{n}", body=FILLER + text, outlet=outlet)
                for n, (text, outlet) in enumerate(zip(texts, ["Kelso Courier", "Brightwater Herald"]))]
    tpl = next(t for t in load_templates() if t.id == "source-of-claim")
    return list(GENERATORS[tpl.generator](Context(build_report(articles), random.Random(1)), tpl))


def _cases():
    rng = random.Random(8)
    for (a, b), joiner in itertools.product(itertools.permutations(SPEAKERS, 2), JOINERS):
        first, second = rng.sample(CLAIMS, 2)
        verb_a, verb_b = rng.choice(["said", "has said", "told reporters"]), rng.choice(["argued", "insisted", "said"])
        yield (f"{a[0]} {verb_a} {first}, {joiner} {b[0]} {verb_b} {second}.", {a[1]: first, b[1]: second})
        yield (f"{first[0].upper() + first[1:]}, {a[0]} said, {joiner} {b[0]} {verb_b} {second}.",
               {a[1]: first, b[1]: second})


@pytest.mark.parametrize(("text", "claims"), list(_cases()))
def test_each_source_is_asked_about_its_own_clause(text, claims):
    drafts = _claim_drafts([text, OTHER])
    asked = {d.slots["source"]: d.slots["claim"] for d in drafts if d.evidence[0].text == text}
    assert asked, text
    for source, claim in asked.items():
        surname = next(s for s in claims if s in source)
        others = [c for s, c in claims.items() if s != surname]
        low = claim.lower()
        assert claims[surname].lower() in low and not any(o.lower() in low for o in others), (source, claim)


@pytest.mark.parametrize(("silent", "speaker", "claim"),
                         list(itertools.product(SILENT, SPEAKERS[:2], CLAIMS[:2])))
def test_a_non_answer_is_neither_the_claim_nor_its_source(silent, speaker, claim):
    text = f"{silent}, but {speaker[0]} said {claim}."
    drafts = _claim_drafts([text, OTHER])
    asked = [(d.slots["source"], d.slots["claim"]) for d in drafts if d.evidence[0].text == text]
    assert asked == [(speaker[0], claim)] or asked == [(speaker[1], claim)], asked


@pytest.mark.parametrize("topic", ["rumours", "ongoing investigations", "personnel matters"])
def test_a_reported_non_answer_is_no_claim_to_ask_about(topic):
    text = f"Port director Tomas Varga said the company does not comment on {topic}."
    drafts = _claim_drafts([text, OTHER])
    assert not [d for d in drafts if d.evidence[0].text == text]
