"""Teacher corrections: stable keys and a report without what the teacher marked wrong."""

from __future__ import annotations

import copy

import pytest

from quizgen.corrections import (apply_corrections, difference_key, fact_key, flag_key, report_keys, source_key,
                                 source_name)
from quizgen.data import sample_sets
from quizgen.generate import generate_quiz
from quizgen.ingest import read_path
from quizgen.models import Article, Attribution, Discrepancy, Mention, Report
from quizgen.pipeline import build_report, unique_ids

# Two invented outlets on an invented flood.
HERALD = ("Flooding closed the Esker Bridge in Tollbrook on Monday, Mayor Dana Whitfield said.\n\n"
          "About 300 homes lost power, according to Tollbrook Electric. A city official who was not "
          "authorized to speak publicly said the bridge could stay closed for weeks.\n\n"
          "Repairs will likely cost more than $2 million.")
VALLEY = ("The Esker Bridge in Tollbrook was closed on Monday after the Linden River flooded, Mayor Dana Whitfield "
          "said.\n\nAround 450 homes were without power, a spokesperson for Tollbrook Electric said. The city "
          "reportedly ignored an engineer's warning about the bridge last year.")


@pytest.fixture(scope="module")
def report() -> Report:
    return build_report([Article("herald", HERALD, outlet="Tollbrook Herald"),
                         Article("valley", VALLEY, outlet="River Valley News")])


def _sources(report: Report) -> list[str]:
    return [source_name(a) for art in report.articles for a in art.attributions]


def test_no_correction_gives_the_report_back(report):
    assert apply_corrections(report, set()) is report


def test_a_struck_source_goes_from_every_article_and_from_the_profiles(report):
    before = copy.deepcopy(report.to_dict())
    corrected = apply_corrections(report, {source_key("mayor dana  Whitfield")})
    assert "Mayor Dana Whitfield" in _sources(report) and "Mayor Dana Whitfield" not in _sources(corrected)
    assert all(p.source_types["named_person"] == 0 for p in corrected.comparison.profiles)
    assert [p.source_types["named_person"] for p in report.comparison.profiles] == [1, 1]
    assert report.to_dict() == before  # the input is left as it was


def test_a_struck_flag_goes_and_the_flag_count_follows(report):
    herald = report.article("herald")
    flag = herald.flags[0]
    corrected = apply_corrections(report, {flag_key("herald", flag.text)})
    assert [f.sentence for f in corrected.article("herald").flags] == [f.sentence for f in herald.flags[1:]]
    assert corrected.comparison.profiles[0].flagged == report.comparison.profiles[0].flagged - 1
    assert corrected.article("valley").flags == report.article("valley").flags


def test_struck_facts_and_differences_are_left_out(report):
    fact, difference = report.comparison.facts[0], report.comparison.discrepancies[0]
    corrected = apply_corrections(report, {fact_key(fact), difference_key(difference)})
    assert fact_key(fact) not in {fact_key(f) for f in corrected.comparison.facts}
    assert difference_key(difference) not in {difference_key(d) for d in corrected.comparison.discrepancies}


def test_keys_survive_a_new_analysis_and_ignore_other_text(report):
    again = build_report([Article("herald", HERALD, outlet="Tollbrook Herald"),
                          Article("valley", VALLEY, outlet="River Valley News")])
    assert report_keys(again) == report_keys(report)
    edited = build_report([Article("herald", HERALD.replace("300", "310"), outlet="Tollbrook Herald"),
                           Article("valley", VALLEY, outlet="River Valley News")])
    # the changed sentence's number difference is another item now; the flags are the same sentences
    assert {k for k in report_keys(report) if k.startswith("flag:")} == \
        {k for k in report_keys(edited) if k.startswith("flag:")}
    assert flag_key("herald", "One sentence.") != flag_key("valley", "One sentence.")


def test_a_pronoun_or_acronym_is_struck_with_the_name_it_stands_for():
    he = Attribution("he", "named_person", "said", "a.s2", "He said so.", refers_to="Dana Whitfield")
    assert source_key(source_name(he)) == source_key("Dana Whitfield")
    assert source_key("The Tollbrook Herald") == source_key("tollbrook herald")


def test_a_source_difference_goes_with_the_source_it_compares(report):
    mentions = [Mention("herald", "herald.s2", ""), Mention("valley", "valley.s2", "")]
    with_source_difference = Report(report.articles, copy.deepcopy(report.comparison))
    with_source_difference.comparison.discrepancies.append(Discrepancy("d9", "who", "source", mentions))
    corrected = apply_corrections(with_source_difference, {source_key("Tollbrook Electric")})
    assert [d.kind for d in corrected.comparison.discrepancies] == ["number"]


def _asked(quiz) -> str:
    # what a question asks about: its prompt, options and answer (an explanation may quote a
    # sentence that also holds a struck source while it asks about another one)
    return " ".join(f"{q.prompt} {[c.text for c in q.choices]} {q.answer}" for q in quiz.questions)


def test_a_quiz_never_asks_about_what_was_struck():
    sample = sample_sets()[0]
    report = build_report(unique_ids([read_path(p) for p in sample.paths]))
    # people only: outlet names are in every prompt ("In the Brennock Ledger article, ...")
    names = {source_name(a) for art in report.articles for a in art.attributions if a.source_type == "named_person"}
    before = generate_quiz(report, skills=["find_source"], count=8, seed=3)
    asked = [n for n in names if n in _asked(before)]
    assert asked, "the sample's quiz should name some source"
    after = generate_quiz(apply_corrections(report, {source_key(n) for n in asked}), skills=["find_source"],
                          count=8, seed=3)
    assert not [n for n in asked if n in _asked(after)]
