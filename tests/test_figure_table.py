"""The figures table: what is counted x outlet x figure x who says so."""

from __future__ import annotations

from quizgen.compare.figure_table import figure_table
from quizgen.models import Article, Comparison, Discrepancy, Mention, Report
from quizgen.pipeline import build_report

# Invented outlets on an invented dam evacuation.
COURIER = ("About 1,200 residents left their homes below the Orrin Dam on Thursday, county director Ruth Alder said.\n\n"
           "The shelter at Kesby High School has 300 cots.\n\n"
           "The evacuation could last two days.")
POST = ("Roughly 1,500 people left their homes below the Orrin Dam on Thursday night.\n\n"
        "The shelter at Kesby High School has 300 cots, Red Cross spokesperson Tom Bell said.")


def _report(comparison: Comparison | None = None) -> Report:
    report = build_report([Article("courier", COURIER, outlet="Valley Courier"),
                           Article("post", POST, outlet="Ridgeline Post")])
    if comparison is not None:
        report.comparison = comparison
    return report


def _rows(report: Report) -> list[tuple[str, list[tuple[str, str, tuple[str, ...]]]]]:
    return [(thing.counted, [(e.article, e.figure, e.sources) for e in thing.entries]) for thing in figure_table(report)]


def test_figures_are_grouped_by_what_they_count_with_who_says_so():
    rows = dict(_rows(_report(Comparison())))
    assert rows["cots"] == [("courier", "300 cots", ()), ("post", "300 cots", ("Red Cross spokesperson Tom Bell",))]
    assert rows["residents"] == [("courier", "About 1,200 residents", ("county director Ruth Alder",))]
    assert rows["people"] == [("post", "Roughly 1,500 people left", ())]


def test_things_counted_by_more_outlets_come_first_and_spans_of_time_are_left_out():
    rows = _rows(_report(Comparison()))
    assert rows[0][0] == "cots"
    assert not any("day" in figure for _, entries in rows for _, figure, _ in entries)


def test_a_number_difference_joins_figures_told_in_other_words():
    versions = [Mention("courier", "courier.s1", ""), Mention("post", "post.s1", "")]
    difference = Discrepancy("d1", "how many", "number", versions,
                             {"courier": "About 1,200 residents", "post": "Roughly 1,500 people left"})
    rows = _rows(_report(Comparison(discrepancies=[difference])))
    assert ("residents / people", [("courier", "About 1,200 residents", ("county director Ruth Alder",)),
                                   ("post", "Roughly 1,500 people left", ())]) in rows
    assert not any(counted in ("residents", "people") for counted, _ in rows)


def test_articles_about_other_events_never_share_a_row():
    rows = _rows(_report(Comparison(event_groups=[["courier"], ["post"]])))
    assert [len(entries) for counted, entries in rows if counted == "cots"] == [1, 1]
