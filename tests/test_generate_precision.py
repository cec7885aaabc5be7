"""Precision first (issue 8): faults a teacher found in generated quizzes are impossible
by construction. Invented events and outlets; each pattern is tried over templates x
fillers (other names, verbs, tenses, material in between), not one sentence."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from guards import deadline
from test_generate import _analysis, _m, wildfire_report

from quizgen.generate import GENERATORS, generate_quiz
from quizgen.generate.confidence import (
    CONFIDENCE_BAR,
    kind_confidence,
    names_an_organization,
    past_forecast,
    sentence_problem,
    source_role_confidence,
)
from quizgen.generate.context import Context
from quizgen.generate.hedging import speaks_of_future
from quizgen.generate.schema import quiz_problems
from quizgen.generate.templates import load_templates
from quizgen.generate.text import norm, related_sources, same_source
from quizgen.models import (
    Article,
    ArticleAnalysis,
    Attribution,
    Comparison,
    Discrepancy,
    Evidence,
    Fact,
    Question,
    Report,
    Sentence,
)
from quizgen.scoring import is_correct, same_answer

TEMPLATES = {t.id: t for t in load_templates()}
PEOPLE = ["Mara Quill", "Tobias Fenwick", "Ines Okoro"]
ORGS = ["the Kelso Port Authority", "Brightwater Council", "the Ferry Workers Union"]
VERBS = ["said", "told reporters", "wrote", "added"]


def _drafts(report: Report, template_id: str, seeds=range(4)) -> list:
    tpl = TEMPLATES[template_id]
    return [d for seed in seeds for d in GENERATORS[tpl.generator](Context(report, random.Random(seed)), tpl)]


def _quizzes(report: Report, seeds=range(6), **kwargs):
    return [generate_quiz(report, seed=seed, **kwargs) for seed in seeds]


# --- sentences that are no claims ----------------------------------------------------
@pytest.mark.parametrize("text, problem", [
    *[(f"{who} speaks at a rally in Kelso on Monday. (Photo by Lena Dorr/Harbor Wire)", "caption")
      for who in PEOPLE],
    *[(f"From left, {a}, {b} and {c}.", "caption") for a, b, c in itertools.permutations(PEOPLE)][:2],
    *[(f"Asked by a reporter whether the ferry would sail, {who} {verb.split()[0]} \u201cNo.\u201d", "question")
      for who in PEOPLE for verb in VERBS[:2]],
    *[(f"Will {org} reopen the terminal before winter?", "question") for org in ORGS],
    ("Ferry Strike Enters Its Third Week As Talks Stall", "headline"),
    ("Harbor Board Names New Harbor Master In Surprise Vote", "headline"),
    ("Our members will not accept that offer.\u201d", "fragment"),
    ("and the council voted to close the pier on Friday.", "fragment"),
])
def test_captions_questions_headlines_and_fragments_are_no_claims(text, problem):
    assert sentence_problem(text) == problem


@pytest.mark.parametrize("text", [
    f"{who[0].upper()}{who[1:]} {verb} that the terminal would stay closed until the repairs were finished."
    for who, verb in itertools.product(PEOPLE + ORGS, VERBS)] + [
    "\u201cWe will not sail until the repairs are done,\u201d the captain said.",
    "\u201cThe pier is unsafe. We warned them for years,\u201d said Mara Quill.",
    "28 passengers were stranded on the island overnight, the coast guard said.",
])
def test_ordinary_sentences_are_claims(text):
    assert sentence_problem(text) == ""


def test_headline_equal_to_the_title_is_no_claim():
    assert sentence_problem("Kelso ferry strike ends.", title="Kelso ferry strike ends") == "headline"


# --- who is the source ----------------------------------------------------------------
def _role(sentence: str, source: str) -> float:
    start = sentence.index(source)
    return source_role_confidence(sentence, start, start + len(source))


@pytest.mark.parametrize("speaker, outlet", list(itertools.product(PEOPLE + ["A port official"],
                                                                   ["the Harbor Wire", "Radio Kelso"])))
def test_the_one_told_and_the_speakers_employer_are_not_the_source(speaker, outlet):
    for sentence in (f"{speaker} told {outlet} on Monday that the pier would close.",
                     f"{speaker}, a spokesperson for {outlet}, said the pier would close.",
                     f"{speaker}, who works at {outlet}, said the pier would close."):
        assert _role(sentence, outlet) == 0.0, sentence
        assert _role(sentence, speaker) == 1.0, sentence


@pytest.mark.parametrize("org, title, name", list(itertools.product(["Kelso Ministry", "Brightwater"],
                                                                    ["spokesman", "director", "minister"], PEOPLE)))
def test_a_name_that_only_modifies_a_title_is_not_the_source(org, title, name):
    sentence = f"{org} {title} {name} said the pier would close on Friday."
    assert _role(sentence, org) == 0.0
    assert _role(sentence, f"{org} {title} {name}") == 1.0
    assert _role(f"The news was first carried by Brightwater media, citing {name}.", "Brightwater") == 0.0


@pytest.mark.parametrize("phrase", [f"{title} {name}" for title in ("Harbor Minister", "Deputy Mayor", "Justice")
                                    for name in PEOPLE])
def test_a_person_with_a_title_before_the_name_is_never_anonymous(phrase):
    assert kind_confidence(phrase, "anonymous") == 0.0
    assert kind_confidence(phrase, "named_person") == 1.0
    assert kind_confidence("a senior Kelso port official", "anonymous") == 1.0
    assert kind_confidence("the deputy harbor minister", "named_person") == 0.0


def test_titles_shared_by_two_people_do_not_make_them_one_source():
    for title in ("Justice", "Senator", "Judge", "Governor"):
        assert not related_sources(f"{title} Mara Quill", f"Chief {title} Tobias Fenwick")
    assert related_sources("Justice Mara Quill", "Quill")


@pytest.mark.parametrize("a, b", [("A U.S. official", "A US official"), ("a senior U.K. diplomat", "a UK diplomat"),
                                  ("two E.U. officials", "EU officials")])
def test_dotted_and_plain_abbreviations_are_one_source(a, b):
    assert same_source(a, b)


# --- a question whose wrong option is also right --------------------------------------
def _strike_report(rows_a, rows_b, outlet_a="Kelso Courier", outlet_b="Brightwater Herald", comparison=None):
    return Report([_analysis("a", outlet_a, rows_a), _analysis("b", outlet_b, rows_b)], comparison or Comparison())


def _attributed(source: str, kind: str, claim: str, verb: str = "said") -> tuple:
    return (f"{claim}, {source} {verb}.", [(source, kind, verb)], [])


CLAIMS = ["The ferry will not sail again before the spring repairs are finished",
          "Ticket sales fell by a third in the first week of the strike",
          "The harbor board had rejected three offers from the union since March",
          "Two tugboats were moved to the northern pier to keep the channel open",
          "The dock workers voted to continue the walkout for another fortnight"]


def test_outlets_are_never_wrong_options_for_who_stands_behind_a_claim():
    rows_a = [_attributed(s, k, c) for (s, k), c in zip(
        [("Mara Quill", "named_person"), ("the Harbor Wire", "media_outlet"), ("Tobias Fenwick", "named_person"),
         ("Radio Kelso", "media_outlet"), ("Ines Okoro", "named_person")], CLAIMS)]
    rows_b = [_attributed(s, k, c) for (s, k), c in zip(
        [("Kelso Courier", "media_outlet"), ("Oskar Brandt", "named_person"), ("Lidia Marsh", "named_person")],
        CLAIMS[::-1])]
    drafts = _drafts(_strike_report(rows_a, rows_b), "source-of-claim")
    assert drafts
    for d in drafts:
        wrong = [o for n, o in enumerate(d.options) if n not in d.right]
        assert not set(wrong) & {"the Harbor Wire", "Radio Kelso", "Kelso Courier", "Brightwater Herald"}


def test_the_quoting_outlet_is_never_a_source_in_its_own_article():
    rows_a = [_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS)]
    rows_b = [_attributed("the Kelso Courier", "media_outlet", CLAIMS[3]),
              _attributed("Oskar Brandt", "named_person", CLAIMS[4])]
    for tpl in ("source-of-claim", "article-sources"):
        for d in _drafts(_strike_report(rows_a, rows_b), tpl):
            if d.evidence[0].article == "a":
                assert not any("Courier" in o for o in d.options), d.options


# --- spot unverified: the event, old forecasts ----------------------------------------
@pytest.mark.parametrize("aux, word", list(itertools.product(["was", "were", "had been"],
                                                             ["expected", "set", "scheduled", "due"])))
def test_past_tense_forecasts_are_not_predictions(aux, word):
    text = f"The ferries {aux} {word} to sail again on Monday."
    assert past_forecast(text) and not speaks_of_future(text)
    present = {"was": "is", "were": "are", "had been": "are"}[aux]
    assert speaks_of_future(f"The ferries {present} {word} to sail again on Monday.")


@pytest.mark.parametrize("owner", ["The union's", "Her", "Their", "The"])
def test_plans_as_a_noun_is_no_prediction(owner):
    assert not speaks_of_future(f"{owner} plans to end the strike collapsed in May.")
    assert speaks_of_future("The union plans to end the strike in May.")


def test_a_past_forecast_is_never_keyed_as_a_prediction():
    rows = [("The ferries were expected to sail again on Monday, but the talks failed.", [],
             [(["prediction"], "expected to")]),
            ("The council was set to vote on the harbor budget before the strike began.", [],
             [(["prediction"], "set to")]),
            *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS)]]
    assert not _drafts(_strike_report(rows, rows[2:]), "prediction-sentence")


def test_the_news_event_is_never_a_claim_given_with_no_source():
    lede = "The Kelso ferry workers walked off the job on Monday, stranding hundreds of island commuters."
    rows_a = [(lede, [], [(["unattributed"], "")]),
              ("Island shops ran out of bread and milk by the second day of the walkout.", [],
               [(["unattributed"], "")]),
              *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS)]]
    rows_b = [("Ferry workers in Kelso walked off the job on Monday, stranding hundreds of commuters on the island.",
               [], [(["unattributed"], "")]),
              *[_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Lidia Marsh"], CLAIMS[3:])]]
    keyed = {d.evidence[0].text for d in _drafts(_strike_report(rows_a, rows_b), "no-source-claim")}
    assert lede not in keyed and rows_b[0][0] not in keyed
    assert keyed <= {rows_a[1][0]}


# --- shapes of questions ----------------------------------------------------------------
def test_true_false_answers_never_run_all_true():
    # every claim in these articles names its source: "True" is the only verdict there is
    rows = [_attributed(p, "named_person", c, v) for (p, v), c in zip(itertools.product(PEOPLE, VERBS), CLAIMS)]
    for quiz in _quizzes(_strike_report(rows, rows[::-1]), skills=["spot_unverified"], count=10):
        verdicts = [q.answer for q in quiz.questions if q.type == "true_false"]
        assert len(verdicts) <= 1


def test_no_prompt_blanks_out_the_source():
    for quiz in _quizzes(wildfire_report()):
        assert not any("___" in q.prompt for q in quiz.questions)


def test_matching_and_select_all_explanations_point_at_the_cue():
    seen = set()
    for quiz in _quizzes(wildfire_report(), seeds=range(10)):
        for q in quiz.questions:
            if q.template in ("claim-to-source", "article-sources", "verify-before-sharing", "lone-sources-matching",
                              "outlets-cite-source"):
                seen.add(q.template)
                assert "cue" in q.explanation or "look at" in q.explanation, q.explanation
    assert len(seen) == 5


# --- compare: differences the sentences show, no trivia, one event ------------------------
def _versions_report(text_a: str, text_b: str, kind: str, details: dict, atts=True) -> Report:
    filler = [_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS)]
    source = [("Mara Quill", "named_person", "said")] if atts else []
    rows_a, rows_b = [(text_a, source, []), *filler], [(text_b, source, []), *filler[::-1]]
    disc = Discrepancy("d1", "the same point", kind, [_m("a", 1, rows_a), _m("b", 1, rows_b)], details)
    # a third article that does not report the point: words shared by every article are the
    # event's own, not what the versions report
    third = _analysis("c", "Island Gazette", [_attributed("Oskar Brandt", "named_person",
                                                          "The night ferry to the island was cancelled again")])
    report = _strike_report(rows_a, rows_b, comparison=Comparison([], [disc], None))
    return replace(report, articles=[*report.articles, third])


def _unsure(report: Report, template_id: str = "how-outlets-differ") -> bool:
    """Every draft of the template is below the bar (or there is none)."""
    return all(d.confidence < CONFIDENCE_BAR for d in _drafts(report, template_id))


@pytest.mark.parametrize("kind", ["number", "wording", "certainty", "source"])
def test_versions_that_say_the_same_thing_are_never_compared(kind):
    text = "About 300 passengers were stranded on the island overnight, Mara Quill said."
    report = _versions_report(text, text, kind, {"a": "about 300", "b": "about 300"})
    assert _unsure(report) and _unsure(report, "why-worded-differently")


@pytest.mark.parametrize("a, b, details", [
    ("The strike has cost the harbor two million crowns so far, Mara Quill said.",
     "The strike has cost the harbor a great deal of money so far, Mara Quill said.",
     {"a": "three million", "b": "four million"}),  # details not in the sentences
    ("The walkout badly hurt island shops this week, Mara Quill said.",
     "The walkout badly hurt island shops this week, Mara Quill said on Tuesday.",
     {}),  # "wording" with nothing that differs
])
def test_an_explanation_never_claims_a_difference_the_sentences_do_not_show(a, b, details):
    assert _unsure(_versions_report(a, b, "wording", details))


@pytest.mark.parametrize("measure", ["300 feet", "12 percent", "40 miles", "9%"])
def test_measures_are_trivia_in_compare_questions(measure):
    a = f"The new breakwater will be {measure} longer than the old one, Mara Quill said."
    b = f"The new breakwater will be 2{measure} longer than the old one, Mara Quill said."
    assert _unsure(_versions_report(a, b, "number", {"a": measure, "b": f"2{measure}"}))


def test_numbers_with_no_source_behind_them_are_trivia_in_compare_questions():
    a = "About 300 passengers were stranded on the island overnight."
    b = "About 500 passengers were stranded on the island overnight."
    assert _unsure(_versions_report(a, b, "number", {"a": "300", "b": "500"}, atts=False))
    sourced = _versions_report(a[:-1] + ", Mara Quill said.", b[:-1] + ", Mara Quill said.", "number",
                               {"a": "300", "b": "500"})
    assert not _unsure(sourced)


def test_one_outlet_gives_no_compare_questions_and_says_so():
    report = wildfire_report()
    single = Report(report.articles[:1], report.comparison)
    quiz = generate_quiz(single, seed=1)
    assert quiz.questions and not any(q.skill == "compare_coverage" for q in quiz.questions)
    assert any("nothing to compare" in n for n in quiz.notes)
    assert quiz_problems(quiz.to_dict()) == [] and quiz.to_dict()["notes"] == quiz.notes


@dataclass
class _SplitComparison(Comparison):
    """A comparison that says the articles are about different events (the compare
    stage's field; the generator reads it with getattr)."""

    same_event: bool = False


def test_articles_about_different_events_give_no_compare_questions():
    report = wildfire_report()
    comp = report.comparison
    split = replace(report, comparison=_SplitComparison(comp.facts, comp.discrepancies, comp.first_reported_by))
    quiz = generate_quiz(split, seed=1)
    assert not any(q.skill == "compare_coverage" for q in quiz.questions)
    assert any("one event" in n for n in quiz.notes)
    assert any(q.skill == "compare_coverage" for q in generate_quiz(report, seed=1).questions)


def test_a_short_quiz_says_why():
    quiz = generate_quiz(wildfire_report(), seed=2, count=40, skills=["find_source"])
    assert quiz.notes and "could be made with confidence" in quiz.notes[-1]
    assert not generate_quiz(wildfire_report(), seed=2, count=6).notes


# --- grading like a teacher -----------------------------------------------------------------
@pytest.mark.parametrize("given, accepted", [
    ("AP", "The Associated Press"), ("associated press", "AP"), ("NBC", "NBC News"),
    ("New York Times", "The New York Times"), ("the new york times.", "New York Times"),
    ("expected", "expected to"), ("Expected to", "expected"), ("TechTimes", "Tech Times"),
    ("  Kelso   COURIER!", "The Kelso Courier"), ("kelsocourier", "Kelso Courier"),
])
def test_short_answers_accept_what_a_teacher_would(given, accepted):
    assert same_answer(given, accepted)


@pytest.mark.parametrize("given, accepted", [
    ("Times", "The New York Times"), ("NBC", "CNBC"), ("News", "NBC News"), ("might", "may"),
    ("Courier", "Kelso Courier"), ("", "AP"), ("the", "The Associated Press"),
])
def test_short_answers_still_need_the_answer(given, accepted):
    assert not same_answer(given, accepted)


def test_short_answer_questions_grade_aliases():
    question = Question("q1", "find_source", "short_answer", "cited-outlet", 2, "?", [], ["The Associated Press"],
                        "", [])
    assert is_correct(question, ["AP"]) and is_correct(question, ["associated press"])
    assert not is_correct(question, ["Reuters"])


# --- bounded work on run-on text (issue 10) ---------------------------------------------------
def test_a_huge_article_with_no_full_stop_generates_in_bounded_time():
    clause = "according to the Kelso harbor board the ferries stay in port, Mara Quill said, "
    body = clause * (394_000 // len(clause))
    sentence = Sentence("big.s1", body, 0, len(body))
    article = ArticleAnalysis(Article("big", body, "Kelso Courier"), [sentence], [], [], [])
    article.attributions = [Attribution("the Kelso harbor board", "named_organization", "according to", "big.s1",
                                        body) for _ in range(2000)]
    report = Report([article, wildfire_report().articles[1]], Comparison())
    with deadline(30, "generation"):
        quiz = generate_quiz(report, seed=1)
    assert all(e.sentence != "big.s1" for q in quiz.questions for e in q.evidence)


@pytest.mark.parametrize("measure", ["70 percent", "300 feet", "12%"])
def test_which_outlets_report_a_measure_is_not_asked(measure):
    point = f"The new pier is {measure} longer than the old one, the harbor board said."
    rows = [(point, [("the harbor board", "named_organization", "said")], []),
            *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS)]]
    report = _strike_report(rows, rows[:1] + rows[:0:-1], comparison=Comparison(
        [Fact("f1", "pier", [_m("a", 1, rows), _m("b", 1, rows)])], [], None))
    third = _analysis("c", "Island Gazette", [_attributed("Oskar Brandt", "named_person", CLAIMS[0])])
    assert not _drafts(replace(report, articles=[*report.articles, third]), "outlets-report-fact")


def test_a_document_is_never_offered_as_a_source_readers_can_look_up():
    rows = [_attributed(src, kind, c) for (src, kind), c in zip(
        [("an internal memo seen by the Courier", "document"), ("a person briefed on the talks", "anonymous"),
         ("Mara Quill", "named_person"), ("two dock workers", "anonymous"), ("Tobias Fenwick", "named_person")],
        CLAIMS[1:] + CLAIMS[:1])]
    rows[1] = (rows[1][0], rows[1][1], [(["anonymous_source"], "a person briefed on the talks")])
    rows[3] = (rows[3][0], rows[3][1], [(["anonymous_source"], "two dock workers")])
    for tpl in ("verify-before-sharing", "anonymous-only-sentence"):
        for d in _drafts(_strike_report(rows, rows[::-1]), tpl):
            assert not any("memo" in o for n, o in enumerate(d.options) if n not in d.right)


@pytest.mark.parametrize("hedge", ["may", "could", "is likely to"])
def test_a_hedged_and_a_plain_telling_of_one_claim_are_compared(hedge):
    plain = "The harbor board closed the northern pier to ferries for the winter, Mara Quill said."
    hedged = f"The harbor board {hedge} close the northern pier to ferries for the winter, Mara Quill said."
    report = _versions_report(plain, hedged, "certainty", {"a": "stated as fact", "b": hedge})
    assert not _unsure(report)
    # the same hedge in both tellings: nothing differs that the explanation could name
    assert _unsure(_versions_report(hedged, hedged.replace("Mara Quill", "Quill"), "certainty",
                                    {"a": "stated as fact", "b": hedge}))


@pytest.mark.parametrize("hedge", ["may", "could"])
def test_two_different_claims_are_never_offered_as_one_claim_told_two_ways(hedge):
    plain = "The dock workers have hinted at a return to work if the board raises night pay, Mara Quill said."
    other = f"Both the walkout and the unpaid fines {hedge} see the union lose its licence next year, Mara Quill said."
    assert _unsure(_versions_report(plain, other, "certainty", {"a": "stated as fact", "b": hedge}))


@pytest.mark.parametrize("who, verb, where", list(itertools.product(
    ["Mara Quill", "The harbor board", "Officials"], ["said", "wrote", "told reporters"],
    ["", " in a statement", " on Monday", " in an open letter to the ferry workers on Thursday"])))
def test_a_sentence_that_only_says_who_spoke_is_no_claim(who, verb, where):
    assert sentence_problem(f"{who} {verb}{where}.") == "fragment"
    assert sentence_problem(f"{who} {verb}{where} that the pier would close.") == ""


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_possessive_plan_is_no_prediction_whatever_the_apostrophe(apostrophe):
    assert not speaks_of_future(f"The board reversed course after the union{apostrophe}s plans to strike.")


def test_every_question_carries_its_confidence_above_the_bar():
    for quiz in _quizzes(wildfire_report(), seeds=range(3)):
        data = quiz.to_dict()
        assert quiz_problems(data) == []
        assert all(CONFIDENCE_BAR <= q["confidence"] <= 1 for q in data["questions"])
        assert [q.confidence for q in quiz.questions] == [Question.from_dict(q).confidence for q in data["questions"]]


@pytest.mark.parametrize("long, short", [("Kelso County Prosecutor Mara Quill", "Prosecutor Quill"),
                                         ("Port Captain Tobias Fenwick", "Tobias Fenwick"),
                                         ("A U.S. official", "a US official")])
def test_one_source_in_two_wordings_is_no_source_difference(long, short):
    a = f"The ferry operator was fined for the missed sailings, {long} said."
    b = f"The ferry operator has been fined over the missed sailings, {short} said on Monday."
    assert _unsure(_versions_report(a, b, "source", {"a": f"{long} (named person)", "b": f"{short} (named person)"}))
    other = _versions_report(a, b.replace(short, "a dock union official"), "source",
                             {"a": long, "b": "a dock union official"})
    assert not _unsure(other)


@pytest.mark.parametrize("inner", ["according to a harbor board memo", "citing port records", "the union said"])
def test_a_claim_that_still_credits_another_source_is_not_keyed(inner):
    sentence = f"The ferry company is selling two boats, {inner}, Mara Quill told reporters on Monday."
    rows = [(sentence, [("Mara Quill", "named_person", "told")], []),
            *[_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Lidia Marsh", "Ines Okoro"], CLAIMS)]]
    drafts = [d for d in _drafts(_strike_report(rows, rows[:0:-1]), "source-of-claim")
              if d.evidence[0].text == sentence]
    assert all(d.confidence < CONFIDENCE_BAR for d in drafts)


@pytest.mark.parametrize("cut, whole", [
    ("The pumps failed at the J.R.", "The pumps failed at the J.R. Wells plant."),
    ("The order was signed by Mara T.", "The order was signed by Mara T. Quill."),
    ("Ferries stopped at the K.P.", "Ferries stopped at the K.P. Lund terminal."),
])
def test_a_sentence_cut_inside_a_name_is_a_fragment(cut, whole):
    assert sentence_problem(cut) == "fragment" and sentence_problem(whole) == ""
    for end in ("the U.S.", "the U.K.", "Washington, D.C."):
        assert sentence_problem(f"The ferry company moved its offices to {end}") == ""


def test_two_questions_never_offer_the_same_sources_in_other_words():
    # two outlets quote the same two people, a third quotes two others: "which of these
    # sources does X cite?" would offer the same four people twice
    rows_a = [_attributed(p, "named_person", c) for p, c in zip(["Mara Quill", "Tobias Fenwick"], CLAIMS)]
    rows_b = [_attributed(p, "named_person", c)
              for p, c in zip(["Harbor chief Mara Quill", "Port Captain Tobias Fenwick"], CLAIMS[2:])]
    rows_c = [_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Lidia Marsh"], CLAIMS[3:])]
    report = _strike_report(rows_a, rows_b)
    report = replace(report, articles=[*report.articles, _analysis("c", "Island Gazette", rows_c)])
    asked = [q for quiz in _quizzes(report, seeds=range(6), skills=["find_source"]) for q in quiz.questions
             if q.template == "article-sources"]
    assert asked
    for quiz in _quizzes(report, seeds=range(6), skills=["find_source"]) + _quizzes(wildfire_report(), seeds=range(6)):
        sets = [[c.text for c in q.choices] for q in quiz.questions
                if q.skill == "find_source" and len(q.choices) > 2 and q.type != "matching"]
        for n, a in enumerate(sets):
            for b in sets[n + 1:]:
                assert not (len(a) == len(b) and all(any(related_sources(x, y) for y in b) for x in a)), (a, b)


def test_a_cited_outlet_answer_accepts_every_other_outlet_the_article_names():
    rows = [("The harbor board cut night sailings on Monday, Reuters reported.",
             [("Reuters", "media_outlet", "reported")], []),
            ("Mara Quill told The New York Times that the union would appeal the decision.",
             [("Mara Quill", "named_person", "told")], []),
            *[_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Lidia Marsh"], CLAIMS)]]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Island Gazette", rows[2:])],
                    Comparison())
    report.articles[0].cited_outlets = ["Reuters"]  # the analysis missed the Times
    drafts = _drafts(report, "cited-outlet")
    assert drafts and all({"Reuters", "The New York Times", "New York Times"} <= set(d.accepted) for d in drafts)
    assert not any("Kelso Courier" in d.accepted for d in drafts)


@pytest.mark.parametrize("phrase, name", [
    *[(f"{p} {n}", n) for p, n in itertools.product(["Harbor news agency", "state broadcaster", "the daily"],
                                                    ["Kestrel", "Varna Press Service", "KBX"])],
    *[(f"{n} {w}", n) for n, w in itertools.product(["Sky Varna", "Channel Orla"], ["television", "TV", "radio"])],
    *[(f"Varna's {n} news channel", n) for n in ["YTN", "KBX"]],
    *[(n, n) for n in ["YTN", "KBX", "WQAD"]],  # "told YTN": call letters
])
@pytest.mark.parametrize("cited_by_analysis", [["Reuters"], ["Reuters", "NAME"]])
def test_an_outlet_named_beside_an_outlet_word_is_also_a_right_answer(phrase, name, cited_by_analysis):
    # "A witness told Sky Italia television ..." in an article citing Reuters: two right
    # answers, whether or not the analysis saw the second
    rows = [("The harbor board cut night sailings on Monday, Reuters reported.",
             [("Reuters", "media_outlet", "reported")], []),
            (f"A dock worker told {phrase} that the cranes had stopped at dawn.",
             [("A dock worker", "anonymous", "told")], []),
            *[_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Lidia Marsh"], CLAIMS)]]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Island Gazette", rows[2:])],
                    Comparison())
    report.articles[0].cited_outlets = [name if n == "NAME" else n for n in cited_by_analysis]
    drafts = _drafts(report, "cited-outlet")
    assert drafts and all(name in d.accepted and "Reuters" in d.accepted for d in drafts)
    assert all(d.slots["cited_count"] == "other news outlets" for d in drafts)


@pytest.mark.parametrize("source, org", [("NASA scientists", True), ("two Kelso Port Authority officials", True),
                                         ("a senior Brightwater Council official", True), ("a U.S. official", False),
                                         ("two Russian diplomats", False), ("a person familiar with the talks", False)])
def test_does_the_article_name_the_source_is_not_asked_of_an_organizations_unnamed_people(source, org):
    assert names_an_organization(source) is org
    rows = [(f"The ferry company is for sale, {source} said.", [(source, "anonymous", "said")],
             [(["anonymous_source"], source)]),
            *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS)]]
    verdicts = [d.right for d in _drafts(_strike_report(rows, rows[:0:-1]), "names-source-true-false")
                if d.evidence[0].text == rows[0][0]]
    assert verdicts == [] if org else verdicts and all(v == [1] for v in verdicts)


@dataclass
class _GroupedComparison(Comparison):
    """A comparison that only lists the event groups of its articles."""

    event_groups: list = None


def test_articles_in_two_event_groups_give_no_compare_questions():
    report = wildfire_report()
    comp = report.comparison
    grouped = _GroupedComparison(comp.facts, comp.discrepancies, comp.first_reported_by,
                                 event_groups=[["ledger", "pinecrest"], ["wire"]])
    quiz = generate_quiz(replace(report, comparison=grouped), seed=1)
    assert not any(q.skill == "compare_coverage" for q in quiz.questions)
    assert any("one event" in n for n in quiz.notes)


def _number_notes(a: str, b: str, difference: str = "") -> set[str]:
    """The explanations of "how does B report the same point?" for stranded-passenger counts."""
    text_a = f"{a[0].upper()}{a[1:]} passengers were stranded on the island overnight, Mara Quill said."
    text_b = f"{b[0].upper()}{b[1:]} passengers were stranded on the island overnight, the coast guard said."
    report = _versions_report(text_a, text_b, "number", {"a": a, "b": b})
    report = replace(report, comparison=replace(report.comparison, discrepancies=[
        replace(report.comparison.discrepancies[0], difference=difference)]))
    return {d.slots["kind_note"] for d in _drafts(report, "how-outlets-differ")}


@pytest.mark.parametrize("a, b", [("at least 381", "more than 380"), ("about 16,000", "16,000"),
                                  ("nearly 2,000", "more than 1,990")])
def test_all_but_equal_figures_are_never_called_different_numbers(a, b):
    notes = _number_notes(a, b)
    assert notes and all("different numbers" not in n and ("qualifiers" in n or "can both be right" in n)
                         for n in notes)


@pytest.mark.parametrize("a, b", [("more than 2,400", "at least 2,421"), ("over 1,200", "1,236"),
                                  ("nearly 500", "496")])
def test_two_figures_that_can_both_be_right_are_not_called_one_number(a, b):
    """r7: "more than 2,400" / "at least 2,421" was explained as "the same number"."""
    from quizgen.generate.coverage import NEAR_FIGURES_NOTE

    notes = _number_notes(a, b, "conflict")
    assert notes and all(n.startswith(NEAR_FIGURES_NOTE) for n in notes), notes


@pytest.mark.parametrize("short, long", [("KPA", "the Kelso Port Authority"), ("BC", "Brightwater Council"),
                                         ("FWU", "Ferry Workers Union"), ("HW", "Harbor-Wright")])
def test_an_acronym_and_its_full_name_are_one_source(short, long):
    assert related_sources(short, long) and related_sources(long, short)
    assert not related_sources(short, "Mara Quill")


@pytest.mark.parametrize("label", ["UPDATE", "BREAKING", "Honestly", "Frankly"])
def test_page_labels_and_interjections_are_never_sources(label):
    sentence = f"{label}: the pier stays closed, officials said." if label.isupper() else \
        f"{label}, the pier will never open again, Mara Quill said."
    assert _role(sentence, label) == 0.0


@pytest.mark.parametrize("quote", ["\u201cWe have never seen the harbor this empty.",
                                   "\"The night ferry is gone for good, and so are the jobs."])
def test_a_quote_opened_and_never_closed_has_no_speaker_and_is_no_claim(quote):
    assert sentence_problem(quote) == "fragment"
    closing = "\u201d" if quote[0] == "\u201c" else '"'
    assert sentence_problem(quote.rstrip(".") + f",{closing} Mara Quill said.") == ""


@pytest.mark.parametrize("source_b, same", [("the harbor board", True), ("Mara Quill", False)])
def test_outlets_that_pass_on_one_source_are_not_called_confirmation(source_b, same):
    point_a = "The night ferry to the island will be cut from the winter timetable, the harbor board said."
    point_b = f"The winter timetable drops the night ferry to the island, {source_b} said on Monday."
    rows_a = [(point_a, [("the harbor board", "named_organization", "said")], []),
              *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS)]]
    rows_b = [(point_b, [(source_b, "named_organization", "said")], []),
              *[_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Lidia Marsh"], CLAIMS[3:])]]
    third = _analysis("c", "Island Gazette", [_attributed("Ines Okoro", "named_person", CLAIMS[1])])
    report = _strike_report(rows_a, rows_b, comparison=Comparison(
        [Fact("f1", "night ferry cut", [_m("a", 1, rows_a), _m("b", 1, rows_b)])], [], None))
    drafts = _drafts(replace(report, articles=[*report.articles, third]), "outlets-report-fact")
    assert drafts
    assert all(("same source" in d.slots["corroboration"]) is same for d in drafts)


@pytest.mark.parametrize("org, plain", [("Kelsovia", False), ("Port Brennan", False), ("the Kelso Port Authority", True),
                                        ("KPA", True), ("Brightwater Council", True)])
def test_which_is_a_named_organization_is_asked_only_of_plain_organizations(org, plain):
    rows = [_attributed(org, "named_organization", CLAIMS[1]),
            _attributed("a person familiar with the talks", "anonymous", CLAIMS[3]),
            _attributed("Mara Quill", "named_person", CLAIMS[4]),
            _attributed("a harbor board memo", "document", CLAIMS[2])]
    asked = [d for d in _drafts(_strike_report(rows, rows[1:]), "source-kind") if d.evidence[0].text == rows[0][0]]
    assert bool(asked) is plain


# --- the same answer to the same kind of question ------------------------------------
@pytest.mark.parametrize("outlet", ["Kelso Courier", "abc7", "The Brightwater Herald"])
def test_a_kind_of_question_keys_one_answer_once_until_the_quiz_runs_short(outlet):
    from quizgen.generate.assemble import _answer, _Picked
    from quizgen.generate.context import Draft

    typed = Draft({}, [Evidence("a", "a.s1", "The pier shut.", 0, 14)], "detail:1", accepted=[outlet])
    again = Draft({}, [Evidence("a", "a.s2", "The pier opened.", 15, 31)], "detail:2", accepted=[f"  {outlet.upper()} "])
    chosen = Draft({}, [], "hedge:1", options=["could", "ferry", "harbor"], right=[0])
    assert _answer(again) == _answer(typed) and _answer(chosen) == "could"
    # true/false and multiple-answer questions have no single answer to repeat
    assert _answer(Draft({}, [], "tf", options=["True", "False"], right=[0])) == ""
    assert _answer(Draft({}, [], "all", options=["a", "b", "c"], right=[0, 2])) == ""
    question = Question("q1", "compare_coverage", "short_answer", "t", 1, "?", [], [outlet], "", [])
    # an outlet keyed again waits until the quiz runs short; any other answer never comes twice
    picked = _Picked(outlets=frozenset({_answer(typed)}))
    picked.add(question, typed, frozenset(), "unique_detail")
    assert picked.same_outlet_answer(again, "unique_detail")
    assert not picked.repeats("compare_coverage", again, frozenset({"x"}), "unique_detail")
    assert not picked.same_outlet_answer(again, "cited_outlet")
    picked = _Picked()
    picked.add(question, typed, frozenset(), "hedge_cue")
    assert picked.repeats("spot_unverified", again, frozenset({"x"}), "hedge_cue")
    assert not picked.repeats("spot_unverified", again, frozenset({"x"}), "unique_detail")


# --- "which outlet does the article cite?" -------------------------------------------
CITED = ["The Harbor Wire", "Kestrel News", "Radio Ostrel"]


@pytest.mark.parametrize("first,second", list(itertools.permutations(CITED, 2)))
@pytest.mark.parametrize("photo", ["Photo: {o}", "Photo by Lena Dorr/{o}", "{o}/Lena Dorr"])
@pytest.mark.parametrize("credit", ["Reuters", "AFP"])
def test_an_article_citing_two_outlets_asks_for_one_of_them_and_a_photo_credit_is_never_the_key(first, second, photo,
                                                                                                  credit):
    # a photo credit is never the outlet the question shows as cited; a student who types it
    # has seen the outlet's material in the article, so it is accepted (Nepal, r44: "AFP photo")
    from quizgen.models import Article
    from quizgen.pipeline import build_report

    body = (f"The ferry terminal in Kelso closed on Monday after the storm.\n\n"
            f"The port will stay shut until Friday, {first} reported.\n\n"
            f"Two cranes were damaged, according to {second}.\n\n"
            f"{photo.format(o=credit)}\n\n"
            "Crews worked through the night to clear the harbor of debris and fallen trees.")
    report = build_report([Article(id="a", outlet="Kelso Courier", body=body),
                           Article(id="b", outlet="Brightwater Herald", body="The Kelso ferry terminal closed.")])
    drafts = _drafts(report, "cited-outlet")
    assert drafts
    for draft in drafts:
        assert draft.slots["which_outlet"] == "Type the name of one of them."
        assert credit not in draft.slots["cited"]
        assert any(same_outlet_name(first, a) for a in draft.accepted)
        assert any(same_outlet_name(second, a) for a in draft.accepted)


def same_outlet_name(a: str, b: str) -> bool:
    from quizgen.outlets import same_outlet
    return same_outlet(a, b)


# --- a wrong source option that another article gives for the same point -------------
POINTS = [("the port will stay closed until Friday", "The port will stay closed until Friday"),
          ("two cranes were damaged by the storm surge", "Two cranes were damaged by the storm surge"),
          ("fuel leaked into the bay near the terminal", "Fuel leaked into the bay near the terminal")]
SPEAKERS_A = ["harbor master Ilse Varga", "engineer Tomas Brand", "inspector Mira Holt"]
SPEAKERS_B = ["Port Authority spokesman Eli Moss", "union leader Dario Penn", "Councillor Ann Okafor"]


@pytest.mark.parametrize("verb", ["said", "told reporters", "confirmed"])
@pytest.mark.parametrize("shift", [0, 1, 2])
def test_another_articles_source_for_the_same_point_is_never_a_wrong_option(verb, shift):
    from quizgen.models import Article
    from quizgen.pipeline import build_report

    speakers_b = SPEAKERS_B[shift:] + SPEAKERS_B[:shift]
    body_a = "\n\n".join(f"{cap}, {who} {verb}." for (_, cap), who in zip(POINTS, SPEAKERS_A))
    body_b = "\n\n".join(f"{who[0].upper()}{who[1:]} {verb} that {low}." for (low, _), who in zip(POINTS, speakers_b))
    report = build_report([Article(id="a", outlet="Kelso Courier", body=body_a),
                           Article(id="b", outlet="Brightwater Herald", body=body_b)])
    checked = 0
    for draft in _drafts(report, "source-of-claim"):
        sentence = draft.evidence[0].text
        point = next(n for n, (_, cap) in enumerate(POINTS) if cap.lower() in sentence.lower()
                     or POINTS[n][0] in sentence.lower())
        other = (speakers_b if draft.evidence[0].article == "a" else SPEAKERS_A)[point]
        wrong = [o for n, o in enumerate(draft.options) if n not in draft.right]
        assert not any(related_sources(other, o) for o in wrong), (sentence, draft.options)
        checked += 1
    assert checked


# --- a "unique" detail whose one clause another article reports ----------------------
STATES = [("pregnant", "is pregnant"), ("retired", "has retired"), ("injured", "was injured in the blast")]
EXTRAS = ["she owns 14 fishing boats that work the northern banks between March and October",
          "she has sat on the council for 12 years and chaired its harbor committee since 2019"]
OTHER_TELLING = "The skipper, who {phrase}, stayed away from the hearing on Tuesday because her doctor told her to rest."


# --- hedge-word wrong options of the hedge's own word class --------------------------
@pytest.mark.parametrize("hedge,verb", list(itertools.product(["could", "might", "may"],
                                                              ["flood", "damage", "close", "reach"])))
@pytest.mark.parametrize("seed", range(3))
def test_wrong_options_of_a_modal_hedge_are_verbs_before_nouns(hedge, verb, seed):
    from quizgen.generate.unverified import _word_class, _word_distractors
    from quizgen.models import Sentence

    text = f"Rising water {hedge} {verb} the harbor warehouses, which crews repaired and painted last spring."
    report = Report(articles=[_analysis("a", "Kelso Courier", [(text, [], [])])])
    ctx = Context(report, random.Random(seed))
    wrong = _word_distractors(ctx, Sentence("a.s1", text, 0, len(text)), hedge, 2)
    assert len(wrong) == 2 and all(_word_class(w) == "verb" for w in wrong), wrong


@pytest.mark.parametrize("word,form", [("join", "joining"), ("sign", "signed"), ("play", "players"),
                                       ("move", "moved")])
@pytest.mark.parametrize("seed", range(3))
def test_wrong_options_of_a_hedge_word_are_never_one_word_twice(word, form, seed):
    from quizgen.generate.text import content_stems
    from quizgen.generate.unverified import _word_distractors
    from quizgen.models import Sentence

    text = f"The striker might {word} the Orvale club next month after {form} talks in Kessel ended."
    report = Report(articles=[_analysis("a", "Kelso Courier", [(text, [], [])])])
    ctx = Context(report, random.Random(seed))
    wrong = _word_distractors(ctx, Sentence("a.s1", text, 0, len(text)), "might", 3)
    stems = [next(iter(content_stems(w))) for w in wrong]
    assert len(stems) == len(set(stems)), wrong


def test_one_exercise_on_one_article_waits_until_its_skill_has_nothing_else():
    from quizgen.generate.assemble import _Picked
    from quizgen.generate.context import Draft
    from quizgen.models import Evidence

    def draft(article: str, sentence: str) -> Draft:
        return Draft({}, [Evidence(article, sentence, "text", 0, 4)], f"k:{sentence}",
                     options=[f"Speaker {sentence}", "Tomas Brand", "Mira Holt"], right=[0])

    picked = _Picked()
    question = Question("q1", "find_source", "multiple_choice", "source-of-claim", 1, "?", [], [], "", [])
    picked.add(question, draft("a", "a.s1"), frozenset(), "attribution")
    assert picked.soft_repeat(draft("a", "a.s2"), "attribution")
    assert not picked.soft_repeat(draft("b", "b.s2"), "attribution")
    assert not picked.soft_repeat(draft("a", "a.s3"), "source_kind")


@pytest.mark.parametrize("first,second", [("hedge-word", "hedge-word-short"), ("hedge-word-short", "hedge-word")])
def test_two_templates_of_one_exercise_on_one_article_wait_like_one(first, second):
    """"Which word is the hedge?" and "type the hedge" on one article teach one thing twice."""
    from quizgen.generate.assemble import _kind, _Picked
    from quizgen.generate.context import Draft
    from quizgen.models import Evidence

    templates = {t.id: t for t in load_templates()}
    kind = str(_kind(type("Pool", (), {"template": templates[first]})))
    assert kind == str(_kind(type("Pool", (), {"template": templates[second]})))
    picked = _Picked()
    picked.add(Question("q1", "spot_unverified", "multiple_choice", first, 1, "?", [], [], "", []),
               Draft({}, [Evidence("a", "a.s1", "t", 0, 1)], "k1", options=["might", "sign"], right=[0]),
               frozenset(), kind)
    assert picked.soft_repeat(Draft({}, [Evidence("a", "a.s4", "t", 0, 1)], "k2", accepted=["may"]), kind)
    assert not picked.soft_repeat(Draft({}, [Evidence("b", "b.s4", "t", 0, 1)], "k3", accepted=["may"]), kind)


# --- "which outlets also report this point?" when one gives another figure ----------
@pytest.mark.parametrize("first,second", [("5,000", "10,000"), ("48,000", "60,000"), ("14", "17")])
@pytest.mark.parametrize("noun", ["dollars in fines", "scooters", "schools"])
def test_an_outlet_giving_another_figure_is_not_reporting_the_same_point(first, second, noun):
    from quizgen.models import Article
    from quizgen.pipeline import build_report

    filler = "The league met in Kelso on Monday to review the season and the appeals filed by clubs."
    line = "The association ordered the Kelso club to pay {n} {noun} after the hearing, the panel said."
    bodies = [line.format(n=first, noun=noun), line.format(n=second, noun=noun),
              "Ticket sales for the final rose by a third this spring, club accounts show."]
    report = build_report([Article(id=i, outlet=o, body=f"{filler}\n\n{b}") for i, o, b in
                           zip("abc", ["Kelso Courier", "Brightwater Herald", "Ostrel Times"], bodies)])
    # the comparison groups the two tellings (so the question could be asked) ...
    assert any({"a.s2", "b.s2"} <= {m.sentence for m in f.mentions} for f in report.comparison.facts)
    # ... but with two figures, "which outlets report this same point?" has no sure key
    assert not _drafts(report, "outlets-report-fact")


# --- a number "difference" whose figure both sentences give --------------------------
@pytest.mark.parametrize("same,other", [("99", "102"), ("1,500", "3,000"), ("14", "20")])
@pytest.mark.parametrize("noun", ["people", "residents", "workers"])
def test_a_figure_both_sentences_give_is_no_number_difference(same, other, noun):
    from quizgen.generate.coverage import _shown_difference
    from quizgen.models import Mention

    a_text = f"By Thursday evening, {same} {noun} were still missing, the mayor said."
    b_text = f"By Thursday, {other} {noun} had been located, but {same} {noun} were still missing, the mayor said."
    rows_a, rows_b = [(a_text, [], [])], [(b_text, [], [])]
    disc = Discrepancy("d1", "how many are missing", "number", [_m("a", 1, rows_a), _m("b", 1, rows_b)],
                       {"a": same, "b": other})
    report = Report(articles=[_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Ostrel Times", rows_b)],
                    comparison=Comparison(discrepancies=[disc]))
    ctx = Context(report, random.Random(0))
    assert not _shown_difference(ctx, disc, *disc.versions)
    # a qualifier around the same figure is still a difference to name ("about 99" / "99")
    qualified = replace(disc, details={"a": same, "b": f"about {same}"})
    b_qualified = Mention("b", "b.s1", f"By Thursday, about {same} {noun} were still missing, the mayor said.")
    assert _shown_difference(ctx, qualified, disc.versions[0], b_qualified)


@pytest.mark.parametrize("bound, exact", [("at least 142 stores", "142 unprofitable stores"),
                                          ("more than 40 ferries", "43 ferries"), ("about 300 homes", "312 homes")])
@pytest.mark.parametrize("later", [True, False])
def test_a_figure_one_article_gives_both_ways_is_no_difference_between_outlets(bound, exact, later):
    """Sears (r32): Jurist's "will close at least 142 stores" was set against Nky Tribune's "close
    142 unprofitable stores", though Jurist also wrote "will also close 142 unprofitable stores"."""
    a_first = f"The Kelso retailer filed for bankruptcy on Monday and said it will close {bound} by the end of the year."
    b_text = f"The Kelso retailer filed for bankruptcy on Monday and said it will close {exact} by the end of the year."
    a_also = f"The company will also close {exact} near the end of the year, a filing showed."
    rows_a = [(a_first, [], []), *([(a_also, [], [])] if later else [("The pier stayed shut all day.", [], [])])]
    rows_b = [(b_text, [], [])]
    assert (_number_pair(rows_a, rows_b, {"a": bound, "b": exact}, "qualifier") is None) == later


def _number_pair(rows_a, rows_b, details: dict[str, str], difference: str):
    """The pair of versions a number question would set side by side (first sentence of each
    article), beside a third article on something else; None when no pair is sure."""
    from quizgen.generate.coverage import _closest_pair

    disc = Discrepancy("d1", "how many", "number", [_m("a", 1, rows_a), _m("b", 1, rows_b)], details,
                       difference=difference)
    rows_c = [("The Kelso harbor board met on Monday to discuss the ferry timetable for the winter.", [], [])]
    report = Report(articles=[_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Ostrel Times", rows_b),
                              _analysis("c", "Island Gazette", rows_c)], comparison=Comparison(discrepancies=[disc]))
    return _closest_pair(Context(report, random.Random(0)), disc, disc.versions)


@pytest.mark.parametrize("first, total, other", [("$400 million", "$450,312,500", "over $450 million"),
                                                 ("$40 million", "$45.2 million", "about $45 million")])
@pytest.mark.parametrize("later", [True, False])
def test_a_conflict_one_article_resolves_with_another_figure_is_not_asked(first, total, other, later):
    """Salvator Mundi (r36): Crain's "bidding reached $400 million" was set against ABC's "over
    $450 million" as "at least one may be out of date", though Crain's next sentence gives the
    total with the buyer's premium, $450,312,500."""
    a_text = f"When the gavel came down at the Kelso auction on Wednesday, bidding on the painting reached {first}."
    a_next = f"With the buyer's premium, the final price of the painting at the Kelso auction was {total}."
    b_text = f"When the gavel came down at the Kelso auction on Wednesday, the painting fetched {other}."
    rows_a = [(a_text, [], []), (a_next if later else "The hall was full.", [], [])]
    rows_b = [(b_text, [], [])]
    assert (_number_pair(rows_a, rows_b, {"a": first, "b": other}, "conflict") is None) == later


# --- a bare surname is shown as the article names the person in full ----------------
@pytest.mark.parametrize("given,surname", [("David", "Martin"), ("Ann", "Okafor"), ("Lena", "Brand")])
def test_which_sources_does_the_article_cite_shows_full_names_not_bare_surnames(given, surname):
    from quizgen.models import Article
    from quizgen.pipeline import build_report

    a = "\n\n".join([
        "The ferry terminal in Kelso closed on Monday after the storm hit the coast.",
        f"The harbor will stay shut until Friday, Kelso Courier correspondent {given} {surname} reported.",
        f"Two cranes fell into the water during the night, {surname} said.",
        "The repairs will cost the town about $2 million, harbor master Ilse Varga said.",
        "Fuel leaked into the bay near the terminal, port engineer Tomas Holt said."])
    b = "\n\n".join([
        "The ferry terminal in Kelso closed on Monday after the storm.",
        f"Retired skipper Mark {surname} said he had never seen waves that high in the harbor.",
        "The council will meet on Thursday to plan the repairs, Mayor Dario Penn said."])
    report = build_report([Article(id="a", outlet="Kelso Courier", body=a),
                           Article(id="b", outlet="Brightwater Herald", body=b)])
    for draft in _drafts(report, "article-sources"):
        assert surname not in draft.options, draft.options




SAMPLE_SETS = sorted((Path(__file__).resolve().parents[1] / "quizgen" / "data" / "samples").glob("*/"))


@pytest.mark.parametrize("folder", SAMPLE_SETS, ids=lambda p: p.name)
def test_a_question_keyed_on_an_outlet_never_has_its_sentence_shown_in_another(folder):
    """"Which outlet names Dr. X?" beside an option quoting Dr. X's sentence "from the Times's
    article" (blind round r11): one question answers the other."""
    from quizgen.pipeline import analyze_paths

    report = analyze_paths(sorted(str(p) for p in folder.glob("*.txt")))
    outlets = {norm(a.article.outlet or a.article.id) for a in report.articles}
    for quiz in _quizzes(report, seeds=range(4)):
        for q in quiz.questions:
            if q.type == "short_answer":
                keyed = [norm(str(a)) for a in q.answer[:1]]
            elif q.type == "multiple_choice":
                keyed = [norm(c.text) for c in q.choices if c.id in q.answer]
            else:
                continue
            if not any(k in outlets for k in keyed):
                continue
            evidence = {norm(e.text) for e in q.evidence}
            shown = {norm(c.text) for other in quiz.questions if other is not q for c in other.choices}
            assert not evidence & shown, (q.prompt, evidence & shown)


@pytest.mark.parametrize("agency", ["the Kelso Fire Agency", "Harbor chief Ada Quill"])
def test_one_articles_source_named_twice_is_no_source_two_outlets_pass_on(agency):
    """Taiwan (r12): 'they pass on the same source (National Fire Agency)' where only one of
    the two articles names it (twice, in one sentence)."""
    from quizgen.generate.coverage import _corroboration

    point = "A truck driver was killed by falling rocks near the Kelso tunnel on Monday"
    rows_a = [(f"{point}, {agency} said, and it later added that rescuers reached the site.",
               [(agency, "named_organization", "said"), (f"it ({agency})", "named_organization", "added")], [])]
    rows_b = [(f"{point}.", [], [])]
    report = Report([_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Island Gazette", rows_b)], Comparison())
    note = _corroboration(Context(report, random.Random(0)), [_m("a", 1, rows_a), _m("b", 1, rows_b)])
    assert "same source" not in note


@pytest.mark.parametrize("reason, cue", [(["hedged"], "could"), (["prediction"], "will"),
                                          (["anonymous_source"], "people familiar with the talks")])
def test_an_unsure_point_reported_twice_is_never_called_easier_to_trust(reason, cue):
    """UBS (r12): a deal 'expected to be announced', from unnamed people, was 'easier to trust'."""
    from quizgen.generate.coverage import _corroboration

    rows_a = [(f"The ferry deal {cue} be announced on Sunday, the Kelso Courier understands.", [], [(reason, cue)])]
    rows_b = [("The ferry deal is expected to be announced on Sunday, Harbor chief Ada Quill said.",
               [("Harbor chief Ada Quill", "named_person", "said")], [(["prediction"], "expected")])]
    report = Report([_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Island Gazette", rows_b)], Comparison())
    note = _corroboration(Context(report, random.Random(0)), [_m("a", 1, rows_a), _m("b", 1, rows_b)])
    assert "easier to trust" not in note and "not make it certain" in note


@pytest.mark.parametrize("keyed", ["outlet_keyed", "source_keyed"])
def test_a_wrong_option_showing_a_keyed_sentence_is_swapped_for_a_spare(keyed):
    """Taiwan (r12): an option printed '..., electricity utility Taiwan Power Co. said', which
    answered the next question ("who is the source of ...?")."""
    from quizgen.generate.assemble import _Picked
    from quizgen.generate.context import Draft

    shown = "Most power was back on by noon, the Kelso Power Co. said."
    draft = Draft({}, [], "flag:a.s1", options=["The toll may rise, officials said.", shown, "The pier shut at noon."],
                  right=[0], spare_options=[shown, "The ferry sailed at dawn, Mara Quill said."])
    picked = _Picked()
    getattr(picked, keyed).add(norm(shown))
    swapped = picked.without_give_away(draft)
    assert shown not in swapped.options and "The ferry sailed at dawn, Mara Quill said." in swapped.options
    assert picked.without_give_away(replace(draft, spare_options=[])).options == draft.options


@pytest.mark.parametrize("speaker, claim", [("army spokesman Tomas Erling", "No survivors have been found yet"),
                                             ("Prime Minister Mara Quill", "the ferry left Kelso at 10:30 with 72 aboard"),
                                             ("an airport official", "the pilot asked to land on the other runway")])
@pytest.mark.parametrize("cut", [False, True])
def test_an_option_quoting_a_keyed_sentence_gives_the_answer_away_in_either_order(speaker, claim, cut):
    """Nepal (r33): an option of "which sentence rests only on an unnamed source?" printed
    "Prime Minister ... said the plane … flew from ... to Pokhara", and another question asked
    who the source of that claim was; with no spare to stand in, one of the two is left out."""
    from quizgen.generate.assemble import _Picked
    from quizgen.generate.context import Draft

    sentence = f"{claim[0].upper()}{claim[1:]}, {speaker} told reporters on Sunday in Kelso."
    option = " ".join(sentence.split()[:9]) + " …" if cut else sentence
    evidence = [Evidence("a", "a.s4", sentence, 0, len(sentence))]
    source_question = Draft({}, evidence, "claim:a.s4", options=[speaker, "Oskar Brandt", "the Kelso Courier"],
                            right=[0], subject=speaker)
    sentence_question = Draft({}, [], "flag:a.s1", options=["The toll may rise, people close to the talks said.",
                                                            option, "The pier shut at noon, Ada Roe said."], right=[0])
    picked = _Picked()
    picked.source_keyed.add(norm(sentence))
    assert picked._shows_keyed_sentence(sentence_question)  # the source question came first
    picked = _Picked(sentence_options=[frozenset(norm(o) for o in sentence_question.options)])
    assert picked._shows_keyed_sentence(source_question)  # the sentence question came first
    unrelated = replace(source_question, evidence=[Evidence("a", "a.s7", "The pier reopened on Monday, Ada Roe "
                                                            "said in a statement to the Kelso Courier.", 0, 10)])
    assert not picked._shows_keyed_sentence(unrelated)


@pytest.mark.parametrize("own, other", [("Fire authorities", "the Orlanian fire department"),
                                        ("coast guard officers", "the Orlan Coast Guard"),
                                        ("rail officials", "Orlan Rail")])
def test_a_source_the_article_may_cite_in_other_words_is_never_a_wrong_option(own, other):
    """Taiwan (r12): "The Taiwanese fire department" was offered as a source Arab Press
    Releases does not use, though it says "Fire authorities said"."""
    rows_a = [(f"About 60 people were trapped in a tunnel near Kelso, {own} said.", [(own, "anonymous", "said")], []),
              *[_attributed(p, "named_person", c) for p, c in zip(["Mara Quill", "Tobias Fenwick"], CLAIMS)]]
    for wrong, allowed in ((other, False), ("the Brightwater Ferry Company", True)):
        rows_b = [(f"The tunnel near Kelso was cleared by noon, {wrong} said.",
                   [(wrong, "named_organization", "said")], [])]
        report = Report([_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Island Gazette", rows_b)],
                        Comparison())
        drafts = [d for d in _drafts(report, "article-sources") if d.key == "sources:a"]
        assert any(wrong in d.options for d in drafts) == allowed


@pytest.mark.parametrize("described", [f"{the} {place}{kind}" for the, place, kind in itertools.product(
    ["the", "The"], ["", "Oslo-based ", "Norwegian ", "state-owned "], ["lender", "company", "carmaker", "ministry"])])
def test_a_body_described_not_named_is_never_a_source_option_of_an_article(described):
    """Archegos (r49): "the Zurich-based lender" was a wrong option beside "Credit Suisse",
    which it describes; nor is a body described a right one a student could tell apart."""
    rows_a = [_attributed(p, "named_person", c) for p, c in zip(["Mara Quill", "Tobias Fenwick"], CLAIMS)]
    rows_a.append((f"The terminal will stay shut, {described} said.", [(described, "named_organization", "said")], []))
    rows_b = [(f"The tunnel near Kelso was cleared by noon, {described} said.",
               [(described, "named_organization", "said")], []),
              ("The pier reopened on Monday, Brightwater Ferries said.",
               [("Brightwater Ferries", "named_organization", "said")], [])]
    report = Report([_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Island Gazette", rows_b)], Comparison())
    drafts = _drafts(report, "article-sources", seeds=range(8))
    assert drafts
    assert not any(described in d.options for d in drafts)


@pytest.mark.parametrize("doubt", ["I suspect", "I fear", "We worry"])
def test_a_named_speaker_voicing_doubt_is_no_sentence_safe_to_share(doubt):
    """Lion Air (r22): '"I suspect all the passengers are dead," said Brig. Gen. Bambang Suryo'
    was a wrong option of "which sentences should you check before sharing?"."""
    quoted = f"\u201c{doubt} the last ferry left the harbor without its crew,\u201d harbor master Mara Quill said."
    rows = [_attributed(src, kind, c) for (src, kind), c in zip(
        [("a person briefed on the talks", "anonymous"), ("Tobias Fenwick", "named_person"),
         ("two dock workers", "anonymous"), ("Oskar Brandt", "named_person")], CLAIMS + CLAIMS[:1])]
    rows[0] = (rows[0][0], rows[0][1], [(["anonymous_source"], "a person briefed on the talks")])
    rows[2] = (rows[2][0], rows[2][1], [(["anonymous_source"], "two dock workers")])
    rows.append((quoted, [("harbor master Mara Quill", "named_person", "said")], []))
    drafts = _drafts(_strike_report(rows, rows[::-1]), "verify-before-sharing", seeds=range(16))
    assert drafts
    for d in drafts:
        assert quoted not in [o for n, o in enumerate(d.options) if n not in d.right]


@pytest.mark.parametrize("person", ["fire brigade official Ada Quill", "Harbor chief Tomas Rivera"])
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_a_shared_source_told_by_pronoun_is_named_by_whom_it_stands_for(person, pronoun):
    """Genoa (r41): 'they pass on the same source (He (Stefano Zanut))'."""
    from dataclasses import replace as with_fields

    from quizgen.generate.coverage import _corroboration

    point = "Workers were also making the site secure and helping the investigation"
    rows_a = [(f"{pronoun.capitalize()} said {point[0].lower() + point[1:]}.",
               [(f"{pronoun.capitalize()} ({person})", "named_person", "said")], [])]
    rows_b = [(f"{point}, {pronoun} added.", [(f"{pronoun} ({person})", "named_person", "added")], [])]
    arts = [_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Island Gazette", rows_b)]
    for art in arts:
        art.attributions = [with_fields(a, refers_to=person) for a in art.attributions]
    note = _corroboration(Context(Report(arts, Comparison()), random.Random(0)), [_m("a", 1, rows_a), _m("b", 1, rows_b)])
    assert f"same source ({person})" in note


@pytest.mark.parametrize("document", ["a harbor board memo", "an annual port report", "a leaked audit"])
@pytest.mark.parametrize("outlet", ["Kelso Radio", "The Brightwater Herald", "BBC"])
def test_an_outlet_is_never_a_wrong_option_of_which_is_a_document_or_report(document, outlet):
    """AirAsia (r56): "BBC" (of "the BBC reported") was a wrong option of "which is a document or report?"."""
    rows = [_attributed(document, "document", CLAIMS[1], "showed"),
            _attributed("a person familiar with the talks", "anonymous", CLAIMS[3]),
            _attributed("Mara Quill", "named_person", CLAIMS[4]),
            _attributed(outlet, "media_outlet", CLAIMS[2], "reported"),
            _attributed("the Kelso Port Authority", "named_organization", CLAIMS[0])]
    drafts = [d for d in _drafts(_strike_report(rows, rows[1:]), "source-kind", seeds=range(8))
              if d.evidence[0].text == rows[0][0]]
    assert drafts and not any(outlet in d.options for d in drafts)
