"""Two questions never ask one thing twice: the two halves of one quote (a sentence and the
quoted sentences that continue it) are one statement, and one source in one article is
asked about once whatever the template (cited outlet, who-is-the-source...)."""

from __future__ import annotations

import itertools
import random

import pytest
from test_generate import _analysis
from test_generate_precision import CLAIMS, _attributed

from quizgen.analyze.discourse import CONTINUATION_CUE
from quizgen.generate import generate_quiz
from quizgen.generate.assemble import draft_items
from quizgen.generate.context import Context, Draft
from quizgen.generate.text import related_sources
from quizgen.models import Comparison, Report

SPEAKERS = ["Harriet Voss", "Council leader Emeka Obi", "Dr. Selma Aaltonen"]
FIRST_HALVES = ["\u201cWe will rebuild the quay wall before the storms return,\u201d {s} said.",
                "\u201cThe pumps failed twice in one night,\u201d {s} told reporters."]
SECOND_HALVES = ["\u201cNobody in this town will be left without heating.\u201d",
                 "\u201cWe asked the ministry for help three weeks ago and heard nothing.\u201d"]


def _quote_run_report(speaker: str, first: str, second: str, extra: int) -> Report:
    verb = "told reporters" if "told" in first else "said"
    rows = [_attributed(p, "named_person", c) for p, c in zip(["Ola Brandt", "Kim Sorensen"], CLAIMS)]
    rows += [(first.format(s=speaker), [(speaker, "named_person", verb)], []),
             *[(s, [(speaker, "named_person", CONTINUATION_CUE)], []) for s in [second] * 1]]
    rows += [_attributed("Pia Lund", "named_person", c) for c in CLAIMS[2:2 + extra]]
    return Report([_analysis("a", "Fjord Tidende", rows),
                   _analysis("b", "Coast Herald", [_attributed("Ivo Marsh", "named_person", c) for c in CLAIMS])],
                  Comparison())


@pytest.mark.parametrize("speaker, first, second, extra",
                         list(itertools.product(SPEAKERS, FIRST_HALVES, SECOND_HALVES, [1, 3])))
def test_the_halves_of_one_quote_are_one_item(speaker, first, second, extra):
    report = _quote_run_report(speaker, first, second, extra)
    ctx = Context(report, random.Random(0))
    head, cont = "a.s3", "a.s4"
    on_head = draft_items(ctx, Draft({}, [ctx.evidence(head)], "x"), "find_source")
    on_cont = draft_items(ctx, Draft({}, [ctx.evidence(cont)], "y"), "find_source")
    assert on_head & on_cont
    # sentences outside the run stay apart
    assert not on_head & draft_items(ctx, Draft({}, [ctx.evidence("a.s2")], "z"), "find_source")
    for seed in range(3):
        quiz = generate_quiz(report, seed=seed, count=10)
        on_run = [q for q in quiz.questions if any(e.sentence in (head, cont) for e in q.evidence)]
        assert len(on_run) <= 1


def _keyed(question) -> list[str]:
    texts = {c.id: c.text for c in question.choices}
    return [texts.get(a, a) for a in question.answer if isinstance(a, str)]


OUTLETS = ["the Delta Wire", "Radio Kelvin", "the Morning Sentinel"]


@pytest.mark.parametrize("cited, verb", list(itertools.product(OUTLETS, ["reported", "first reported"])))
def test_one_source_in_one_article_is_asked_once_across_templates(cited, verb):
    articles = []
    for n, outlet in enumerate(["Fjord Tidende", "Coast Herald"]):
        rows = [(f"{CLAIMS[n]}, {cited} {verb}.", [(cited, "media_outlet", verb)], []),
                (f"{CLAIMS[n + 2]}, {cited} said.", [(cited, "media_outlet", "said")], []),
                *[_attributed(p, "named_person", c) for p, c in zip(["Ola Brandt", "Kim Sorensen"], CLAIMS[3:])]]
        articles.append(_analysis(chr(97 + n), outlet, rows))
    report = Report(articles, Comparison())
    for seed in range(4):
        quiz = generate_quiz(report, seed=seed, count=12)
        per_article: dict[str, int] = {}
        for q in quiz.questions:
            if q.evidence and any(related_sources(cited, k) for k in _keyed(q)):
                per_article[q.evidence[0].article] = per_article.get(q.evidence[0].article, 0) + 1
        assert all(n <= 1 for n in per_article.values()), per_article


# --- a speaker and the body they speak for are one source ---------------------------------
BODIES = ["the Coastal Rescue Agency", "the Kelso Port Authority", "Brightwater Water Board"]
TITLES = ["deputy head of {b}", "a spokeswoman for {b}", "vice chair of {b}"]
PERSONS = ["Marta Ruiz", "Jonas Pike"]


def _speaker_report(person: str, title: str, body: str, introduced_apart: bool) -> Report:
    surname = person.split()[-1]
    intro = f"{person}, {title.format(b=body)}, visited the flooded pier on Monday."
    rows = [(intro, [], [])] if introduced_apart else []
    speaker = surname if introduced_apart else person
    cue = "said"
    rows += [(f"{CLAIMS[0]}, {speaker} said." if introduced_apart else
              f"{CLAIMS[0]}, {person}, {title.format(b=body)}, said.", [(speaker, "named_person", cue)], []),
             (f"{CLAIMS[1]}, {body} said in a statement.", [(body, "named_organization", "said")], []),
             (f"{CLAIMS[2]}, according to figures from {body}.",
              [(f"figures from {body}", "document", "according to")], []),
             *[_attributed(p, "named_person", c) for p, c in zip(["Ola Brandt", "Kim Sorensen"], CLAIMS[3:])]]
    others = [_attributed(p, "named_person", c) for p, c in zip(["Ivo Marsh", "Pia Lund", "Tom Greaves"], CLAIMS)]
    return Report([_analysis("a", "Fjord Tidende", rows), _analysis("b", "Coast Herald", others)], Comparison())


@pytest.mark.parametrize("person, title, body, apart",
                         list(itertools.product(PERSONS, TITLES, BODIES, [False, True])))
def test_a_speaker_and_their_body_are_never_two_options(person, title, body, apart):
    report = _speaker_report(person, title, body, apart)
    for seed in range(4):
        for q in generate_quiz(report, seed=seed, count=12).questions:
            if q.type != "multiple_choice":
                continue
            texts = [c.text for c in q.choices]
            has_body = [t for t in texts if body.removeprefix("the ").lower() in t.lower()]
            assert not (has_body and any(person.split()[-1] in t for t in texts)), texts
            assert len(has_body) <= 1, texts
