"""Discrepancies between invented articles: number, certainty, source and wording."""

from __future__ import annotations

import pytest
from test_compare import make_analysis

from quizgen.compare import compare
from quizgen.compare.discrepancies import STATED, certainty_cue, hedge_cue, negated, strength_words
from quizgen.compare.figures import figures
from quizgen.compare.numbers import same_quantity


def _kinds(*analyses):
    comparison = compare(list(analyses))
    return {d.kind: d for d in comparison.discrepancies}, comparison


def test_number_discrepancy_names_each_articles_figure():
    a = make_analysis("a", ["The Tarvin River flood destroyed 820 homes in the valley town of Ostrel on Friday."])
    b = make_analysis("b", ["Flood waters from the Tarvin River destroyed 1,000 homes in Ostrel on Friday."])
    kinds, _ = _kinds(a, b)
    assert kinds["number"].details == {"a": "820 homes", "b": "1,000 homes"}
    assert {v.article for v in kinds["number"].versions} == {"a", "b"}


def test_same_number_with_another_qualifier_is_a_number_discrepancy():
    a = make_analysis("a", ["Health officials in Ostrel counted about 16,000 cases of the Brindle fever this spring."])
    b = make_analysis("b", ["More than 16,000 cases of the Brindle fever were counted in Ostrel this spring."])
    kinds, _ = _kinds(a, b)
    assert kinds["number"].details == {"a": "about 16,000 cases", "b": "More than 16,000 cases"}


def test_same_figures_give_no_number_discrepancy():
    a = make_analysis("a", ["The Tarvin River flood destroyed 820 homes in the valley town of Ostrel on Friday."])
    b = make_analysis("b", ["Flood waters from the Tarvin River destroyed 820 homes in Ostrel on Friday."])
    kinds, comparison = _kinds(a, b)
    assert comparison.facts and "number" not in kinds


def test_certainty_discrepancy_stated_versus_hedged():
    a = make_analysis("a", ["The Ostrel council will close the Tarvin bridge for repairs in the spring."])
    b = make_analysis("b", ["The Ostrel council is likely to close the Tarvin bridge for repairs in spring."])
    kinds, _ = _kinds(a, b)
    assert kinds["certainty"].details["b"] == "likely"
    assert kinds["certainty"].details["a"] != "likely"


def test_source_discrepancy_anonymous_versus_document():
    a = make_analysis("a", ["The Ostrel mill dumped dye into the Tarvin River for months, a city official said."],
                      attributions=[(1, "a city official", "anonymous", "said")])
    b = make_analysis("b", ["The Ostrel mill dumped dye into the Tarvin River for months, according to a state report."],
                      attributions=[(1, "a state report", "document", "according to")])
    kinds, _ = _kinds(a, b)
    assert kinds["source"].details == {"a": "a city official (anonymous)", "b": "a state report (document)"}


def test_wording_discrepancy_strong_versus_weak():
    a = make_analysis("a", ["The new Ostrel tram fleet has suffered numerous failures since its launch in May."])
    b = make_analysis("b", ["The new Ostrel tram fleet has had some technical problems since its launch in May."])
    kinds, _ = _kinds(a, b)
    assert kinds["wording"].details["a"].startswith("numerous failures")
    assert kinds["wording"].details["b"].startswith("some technical")


def test_identical_reports_have_no_discrepancy():
    text = "The Ostrel council voted to rebuild the Tarvin bridge at a cost of 4 million crowns."
    kinds, comparison = _kinds(make_analysis("a", [text]), make_analysis("b", [text]))
    assert comparison.facts and kinds == {}


def test_discrepancy_ids_and_topics():
    a = make_analysis("a", ["The Tarvin River flood destroyed 820 homes in the valley town of Ostrel on Friday."])
    b = make_analysis("b", ["Flood waters from the Tarvin River likely destroyed 1,000 homes in Ostrel on Friday."])
    comparison = compare([a, b])
    assert [d.id for d in comparison.discrepancies] == [f"d{n}" for n in range(1, len(comparison.discrepancies) + 1)]
    assert {d.kind for d in comparison.discrepancies} == {"number", "certainty"}
    assert all(d.topic for d in comparison.discrepancies)


def test_figures_skip_dates_and_years():
    found = figures("On Sept. 26, 2022, the probe hit the moonlet and cut its orbit by 32 minutes.")
    assert [(f.value, f.phrase, set(f.units)) for f in found] == [(32 * 60.0, "32 minutes", {"duration"})]
    assert figures("In 2021 the club sold him.") == []


def test_figures_read_scales_words_and_qualifiers():
    deal, fans = figures("They rejected a $500 million deal and nearly nine hundred fans left.")
    assert (deal.qualifier, deal.value, deal.phrase) == ("", 500_000_000.0, "$500 million deal")
    assert (fans.qualifier, fans.value, fans.phrase) == ("nearly", 900.0, "nearly nine hundred fans")
    (riders,) = figures("Hackers took data of as many as half a million transit riders.")
    assert (riders.qualifier, riders.value) == ("as many as", 500_000.0)


def test_durations_compare_in_seconds_and_money_by_currency():
    (half_hour,) = figures("the change of more than a half hour")
    (minutes,) = figures("changing it by about 32 minutes")
    assert half_hour.units == minutes.units and same_quantity(half_hour, minutes)
    assert (half_hour.qualifier, half_hour.value) == ("more than", 1800.0)
    (salary,) = figures("a yearly salary of more than $425 million, plus bonuses")
    (deal,) = figures("rejecting a $500 million deal")
    assert "$" in salary.units & deal.units


def test_residents_and_people_count_as_one_unit():
    (a,) = figures("About 1,200 residents were ordered out.")
    (b,) = figures("Roughly 1,500 people were evacuated.")
    assert a.units & b.units


def test_figures_far_apart_are_different_quantities():
    ten, thirty_two, twelve = (figures(t)[0] for t in ("by 10 minutes", "by 32 minutes", "by 12 minutes"))
    assert not same_quantity(ten, thirty_two) and same_quantity(ten, twelve)


def test_number_discrepancy_outside_a_shared_fact():
    a = make_analysis("a", ["About 1,200 residents of Ostrel were ordered to leave their homes by the Tarvin River."])
    b = make_analysis("b", ["Officials said 1,500 people near the Tarvin River in Ostrel had to leave home."])
    kinds, _ = _kinds(a, b)
    assert kinds["number"].details == {"a": "About 1,200 residents", "b": "1,500 people"}


def test_hedge_cue_and_strength_words():
    assert hedge_cue("Russia will likely seek more shells.") == "likely"
    assert hedge_cue("Russia bought more shells.") is None
    assert STATED == "stated as fact"
    words = {s.word: s.level for s in strength_words("Millions of rockets and some minor delays")}
    assert words == {"millions": "strong", "some": "weak", "minor": "weak"}


def test_wording_difference_is_found_across_articles_and_merged_per_point():
    a = make_analysis("a", ["Ostrel bought millions of sandbags from Kessel before the Tarvin flood, officials said."])
    b = make_analysis("b", ["Ostrel has been buying a bulk quantity of sandbags from Kessel, a report found."])
    c = make_analysis("c", ["Before the flood, Ostrel ordered thousands of sandbags from the Kessel depot."])
    wording = [d for d in compare([a, b, c]).discrepancies if d.kind == "wording"]
    assert len(wording) == 1
    assert wording[0].details == {"a": "millions of sandbags", "b": "bulk quantity of sandbags",
                                  "c": "thousands of sandbags"}


def test_strength_words_modifying_different_things_are_no_discrepancy():
    a = make_analysis("a", ["Ostrel trams had numerous failures last winter, the city transport office said."])
    b = make_analysis("b", ["Ostrel trams had a winter with some new drivers, the city transport office said."])
    assert [d for d in compare([a, b]).discrepancies if d.kind == "wording"] == []


def test_a_figure_like_2000_with_a_separator_is_not_a_year():
    (figure,) = figures("As many as 2,000 residents fled.")
    assert (figure.qualifier, figure.value) == ("as many as", 2000.0)
    assert figures("the gate jammed half open") == []


def test_each_article_shows_its_own_figure_first_and_once():
    a = make_analysis("a", ["About 1,200 residents of Ostrel were ordered to leave their homes near the Tarvin River."])
    b = make_analysis("b", ["As many as 2,000 residents fled their homes near the Tarvin River in Ostrel.",
                            "The Ostrel Courier said about 1,200 residents had to leave homes near the Tarvin River."])
    (number,) = [d for d in compare([a, b]).discrepancies if d.kind == "number"]
    assert number.details == {"a": "About 1,200 residents", "b": "As many as 2,000 residents"}
    firsts = {}
    for version in number.versions:
        firsts.setdefault(version.article, version.sentence)
    assert firsts == {"a": "a.s1", "b": "b.s1"}


def test_sources_of_the_same_kind_plus_an_outlet_are_no_source_discrepancy():
    a = make_analysis("a", ["The Ostrel mill dumped dye into the Tarvin River for months, sources said."],
                      attributions=[(1, "sources", "anonymous", "said")])
    b = make_analysis("b", ["The Ostrel mill dumped dye into the Tarvin River for months, sources told Reuters."],
                      attributions=[(1, "sources", "anonymous", "told"), (1, "Reuters", "media_outlet", "told")])
    kinds, comparison = _kinds(a, b)
    assert comparison.facts and "source" not in kinds


def test_future_can_is_a_hedge_cue():
    assert hedge_cue("Officials added that Ostrel can also seek more sandbags in future.") == "can"


# --- certainty and source only between close claims ------------------------------------------

CLAIM_VERBS = ["claims", "claimed", "has claimed"]


@pytest.mark.parametrize("verb", CLAIM_VERBS)
@pytest.mark.parametrize("subject", ["The Ostrel mill owner", "Mayor Ilse Varga"])
def test_a_claim_verb_is_a_source_matter_not_a_certainty_difference(verb, subject):
    a = make_analysis("a", [f"{subject} {verb} that the Tarvin River dye spill ended in March."])
    b = make_analysis("b", ["The Tarvin River dye spill ended in March, records show."])
    kinds, comparison = _kinds(a, b)
    assert comparison.facts and "certainty" not in kinds
    assert certainty_cue(f"{subject} {verb} that the spill ended.") == STATED


@pytest.mark.parametrize("hedge", ["is likely to", "is expected to", "could", "may"])
@pytest.mark.parametrize("place", ["Ostrel", "Lower Tamsin"])
def test_a_hedge_on_the_same_claim_is_a_certainty_difference(hedge, place):
    a = make_analysis("a", [f"The {place} council will close the Tarvin bridge for repairs in the spring."])
    b = make_analysis("b", [f"The {place} council {hedge} close the Tarvin bridge for repairs in spring."])
    kinds, _ = _kinds(a, b)
    assert kinds["certainty"].details["a"] == STATED
    assert kinds["certainty"].details["b"] in hedge


@pytest.mark.parametrize("first,second", [
    (("Mayor Ilse Varga", "named_person"), ("the office of Ilse Varga", "named_organization")),
    (("Harbor Wire", "media_outlet"), ("a Harbor Wire reporter", "anonymous")),
])
def test_one_named_source_typed_two_ways_is_no_source_discrepancy(first, second):
    text = "The Ostrel mill dumped dye into the Tarvin River for months, {} said."
    a = make_analysis("a", [text.format(first[0])], attributions=[(1, first[0], first[1], "said")])
    b = make_analysis("b", [text.format(second[0])], attributions=[(1, second[0], second[1], "said")])
    kinds, comparison = _kinds(a, b)
    assert comparison.facts and "source" not in kinds


SOURCES = {
    "named": ("Mayor Ilse Varga", "named_person"), "body": ("the Ostrel water board", "named_organization"),
    "document": ("a state report", "document"), "anonymous": ("a city official", "anonymous"),
    "crowd": ("critics", "unspecified"), "outlet": ("the Harbor Ledger", "media_outlet"),
}
DIFFERENT = {frozenset(p) for p in [("named", "anonymous"), ("named", "crowd"), ("body", "anonymous"),
                                     ("document", "anonymous"), ("document", "crowd"), ("body", "crowd")]}


@pytest.mark.parametrize("first,second", [(x, y) for x in SOURCES for y in SOURCES if x < y])
def test_a_source_difference_is_on_the_record_versus_unnamed(first, second):
    text = "The Ostrel mill dumped dye into the Tarvin River for months, according to {}."
    (sa, ta), (sb, tb) = SOURCES[first], SOURCES[second]
    a = make_analysis("a", [text.format(sa)], attributions=[(1, sa, ta, "according to")])
    b = make_analysis("b", [text.format(sb)], attributions=[(1, sb, tb, "according to")])
    kinds, comparison = _kinds(a, b)
    assert comparison.facts
    assert ("source" in kinds) == (frozenset((first, second)) in DIFFERENT)


@pytest.mark.parametrize("hedge", ["is reportedly", "is said to be", "is likely"])
@pytest.mark.parametrize("name", ["Sean Ostrov", "Lena Marr"])
def test_a_hedge_on_another_point_of_the_same_person_is_no_certainty_difference(hedge, name):
    a = make_analysis("a", [f"{name} joined the Kessel Water Board in 2017 and has been its treasurer since 2019."])
    b = make_analysis("b", [f"{name} {hedge} the fourth Kessel Water Board member who was fired on Friday."])
    assert "certainty" not in _kinds(a, b)[0]


@pytest.mark.parametrize("hedged,stated", [
    ("Ostrel riders are expected to receive letters about the data breach next month.",
     "Letters about the data breach will go out to Ostrel riders by March 20, the transit office said."),
    ("The Kessel evacuation order is expected to remain in place through the weekend.",
     "The Kessel evacuation order will stay in place at least until Sunday, the sheriff said."),
])
def test_a_hedge_on_the_point_both_report_is_a_certainty_difference(hedged, stated):
    kinds, _ = _kinds(make_analysis("a", [stated]), make_analysis("b", [hedged]))
    assert kinds["certainty"].details == {"a": STATED, "b": hedge_cue(hedged)}


@pytest.mark.parametrize("denial", ["received no warning before deputies knocked on their doors",
                                    "were never warned before deputies knocked on their doors"])
def test_a_claim_and_its_denial_are_no_source_difference(denial):
    a = make_analysis("a", ["Deputies knocked on every door in Lower Tamsin before dawn, the sheriff's office said."],
                      attributions=[(1, "the sheriff's office", "named_organization", "said")])
    b = make_analysis("b", [f"Residents of Lower Tamsin said they {denial} before dawn."],
                      attributions=[(1, "Residents of Lower Tamsin", "anonymous", "said")])
    assert "source" not in _kinds(a, b)[0]


@pytest.mark.parametrize("meta", ["though that has not been confirmed", "though the Kessel police did not comment"])
def test_a_negation_about_the_reporting_is_no_denial(meta):
    assert not negated(f"The thieves reportedly got in with a stolen key, {meta}.")
    assert negated("The thieves did not get in with a stolen key.")


@pytest.mark.parametrize("strong,weak", [("struck down", "restricted"), ("banned", "limited"),
                                         ("abolished", "curbed")])
@pytest.mark.parametrize("body,thing", [("The Ostrel high court", "night fishing on the Tarvin River"),
                                        ("The Kessel council", "street parking near the old harbour")])
def test_a_stronger_or_weaker_verb_for_the_same_act_is_a_wording_difference(strong, weak, body, thing):
    a = make_analysis("a", [f"{body} on Thursday {strong} {thing} in a 5-2 ruling."])
    b = make_analysis("b", [f"{body} on Thursday {weak} {thing}, ruling 5-2."])
    wording = [d for d in compare([a, b]).discrepancies if d.kind == "wording"]
    assert [d.details for d in wording] == [{"a": strong, "b": weak}]


def test_verbs_of_one_force_or_of_different_acts_are_no_wording_difference():
    same = ["The Kessel council banned street parking near the harbour on Monday.",
            "On Monday the Kessel council outlawed street parking near the harbour."]
    other = ["Prices at the Kessel fish market plunged on Monday.",
             "The Kessel council limited street parking near the harbour on Monday."]
    for first, second in (same, other):
        comparison = compare([make_analysis("a", [first]), make_analysis("b", [second])])
        assert [d for d in comparison.discrepancies if d.kind == "wording"] == []


@pytest.mark.parametrize("hedged,source,cue", [
    ("The {mill} mill reportedly dumped dye into the {river} River for months.", "unnamed reports (reportedly)",
     "reportedly"),
    ("The {mill} mill is said to have dumped dye into the {river} River for months.", "unnamed reports (is said to)",
     "is said to"),
    ("Residents believed the {mill} mill dumped dye into the {river} River for months.", "Residents", "believed"),
])
@pytest.mark.parametrize("mill,river,named", [("Ostrel", "Tarvin", "Mayor Ilse Varga"),
                                              ("Kessel", "Brenner", "Inspector Tomas Reyes")])
def test_a_hedge_read_as_an_unnamed_source_is_no_source_difference(hedged, source, cue, mill, river, named):
    a = make_analysis("a", [hedged.format(mill=mill, river=river)], attributions=[(1, source, "unspecified", cue)])
    stated = f"The {mill} mill dumped dye into the {river} River for months, {named} said."
    b = make_analysis("b", [stated], attributions=[(1, named, "named_person", "said")])
    kinds, comparison = _kinds(a, b)
    assert comparison.facts and "source" not in kinds
    # a vague crowd cited plainly is a source: on the record vs unnamed
    c = make_analysis("c", [f"The {mill} mill dumped dye into the {river} River for months, according to critics."],
                      attributions=[(1, "critics", "unspecified", "according to")])
    kinds, _ = _kinds(c, b)
    assert "source" in kinds


@pytest.mark.parametrize("group", ["several US-based news organizations", "multiple local outlets",
                                   "some regional broadcasters"])
@pytest.mark.parametrize("mill,river", [("Ostrel", "Tarvin"), ("Kessel", "Brenner")])
def test_an_unnamed_group_typed_as_named_is_no_source_difference(group, mill, river):
    text = f"The {mill} mill dumped dye into the {river} River for months, according to {{}}."
    official = make_analysis("a", [text.format("a city official")],
                             attributions=[(1, "a city official", "anonymous", "according to")])
    grouped = make_analysis("b", [text.format(group)], attributions=[(1, group, "named_organization", "according to")])
    kinds, comparison = _kinds(official, grouped)
    assert comparison.facts and "source" not in kinds
    named = make_analysis("c", [text.format("the Ostrel water board")],
                          attributions=[(1, "the Ostrel water board", "named_organization", "according to")])
    assert "source" in _kinds(official, named)[0]
