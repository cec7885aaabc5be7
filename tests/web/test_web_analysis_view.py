"""The analysis page's rows: duplicates merged, one row per person, struck once every part is."""

from __future__ import annotations

from quizgen.corrections import difference_key, fact_key, source_key
from quizgen.models import Article, Attribution, Comparison, Discrepancy, Fact, Mention, Report
from quizgen.pipeline import build_report
from quizgen.web.analysis_view import analysis_view

HERALD = ("Flooding closed the Esker Bridge on Monday, Mayor Dana Whitfield said.\n\n"
          "Whitfield said repairs would take weeks.\n\nThe city has 12 bridges.")
VALLEY = "The Esker Bridge was closed on Monday, Tollbrook Mayor Dana Whitfield said.\n\nThe city has 14 bridges."


def _report(comparison: Comparison) -> Report:
    report = build_report([Article("herald", HERALD, outlet="Tollbrook Herald"),
                           Article("valley", VALLEY, outlet="River Valley News")])
    report.comparison = comparison
    return report


def _m(sentence: str) -> Mention:
    return Mention(sentence.split(".")[0], sentence, "")


def test_one_row_per_person_and_never_across_two_people():
    report = _report(Comparison())
    herald = report.article("herald")
    herald.attributions.append(Attribution("Ann Whitfield", "named_person", "said", "herald.s3", "", 0, 1))
    names = [row.name for row in analysis_view(report, report, set()).sources]
    assert names.count("Mayor Dana Whitfield") == 1 and "Tollbrook Mayor Dana Whitfield" not in names
    assert "Whitfield" in names  # two Whitfields: the surname alone stays its own row
    herald.attributions.pop()
    row = next(r for r in analysis_view(report, report, set()).sources if r.name == "Mayor Dana Whitfield")
    assert {source_key("Whitfield"), source_key("Tollbrook Mayor Dana Whitfield")} <= set(row.keys)
    assert [link.sentence for link in row.links] == ["herald.s1", "herald.s2", "valley.s1"]


def test_a_fact_inside_a_larger_one_and_a_repeated_difference_show_once():
    facts = [Fact("f1", "The bridge closed.", [_m("herald.s1"), _m("valley.s1")]),
             Fact("f2", "Flooding closed the bridge.", [_m("herald.s1"), _m("valley.s1"), _m("herald.s2")])]
    numbers = Discrepancy("d1", "how many bridges", "number", [_m("herald.s3"), _m("valley.s2")],
                          {"herald": "12 bridges", "valley": "14 bridges"})
    again = Discrepancy("d2", "how many bridges", "number", [_m("valley.s2"), _m("herald.s3")])
    wording = Discrepancy("d3", "closed", "wording", [_m("herald.s1"), _m("valley.s1")])
    report = _report(Comparison(facts, [numbers, again, wording]))
    view = analysis_view(report, report, {fact_key(facts[1])})
    assert [row.summary for row in view.facts] == ["Flooding closed the bridge."]
    assert set(view.facts[0].keys) == {fact_key(f) for f in facts} and not view.facts[0].struck
    assert [(row.kind, row.topic) for row in view.differences] == [("number", "how many bridges"),
                                                                  ("wording", "closed")]
    assert [detail for _, _, detail in view.differences[0].versions] == ["12 bridges", "14 bridges"]
    struck = analysis_view(report, report, {fact_key(f) for f in facts} | {difference_key(numbers)})
    assert struck.facts[0].struck and struck.differences[0].struck and not struck.differences[1].struck
