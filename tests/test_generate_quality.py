"""Question-quality fixes (QUESTION_QUALITY.md points 1-8) on invented articles about an
invented event (a ferry strike covered by invented outlets), with the analysis written
out by hand so that each test pins what the generator does with it."""

from __future__ import annotations

import random

import pytest

from test_generate import _analysis, _m

from quizgen.generate import GENERATORS
from quizgen.generate.claims import claim_without_source
from quizgen.generate.context import Context
from quizgen.generate.plausible import is_referring_phrase
from quizgen.generate.templates import load_templates
from quizgen.generate.text import related_sources
from quizgen.generate.hedging import NOT_WORD_OPTIONS
from quizgen.models import Comparison, Fact, Report

TEMPLATES = {t.id: t for t in load_templates()}


def _drafts(report: Report, template_id: str, seeds=range(6)) -> list:
    tpl = TEMPLATES[template_id]
    return [d for seed in seeds for d in GENERATORS[tpl.generator](Context(report, random.Random(seed)), tpl)]


# --- hedges ------------------------------------------------------------------------
HARBOR = [
    ("The ferry union plans to extend the strike to the island routes next week, organizers said.",
     [("organizers", "unspecified", "said")], [(["hedged"], "plans")]),
    ("Port director Alma Ruiz claims the walkout has cost the harbor authority two million dollars.",
     [("Port director Alma Ruiz", "named_person", "claims")], [(["hedged"], "claims")]),
    ("The ferries will resume their winter timetable in May once the talks are over, the operator said.",
     [("the operator", "named_organization", "said")], [(["prediction"], "will")]),
    ("The strike could reportedly last until the end of the month, according to two dock workers.",
     [("two dock workers", "anonymous", "according to")], [(["hedged"], "could")]),
    ("Commuters may face delays of up to three hours on Monday, harbor spokesperson Ben Ola said.",
     [("harbor spokesperson Ben Ola", "named_person", "said")], [(["hedged"], "may")]),
    ("The dispute began when the operator cut overtime pay for deckhands in March, union leader Sara Voss said.",
     [("union leader Sara Voss", "named_person", "said")], []),
    ("Port director Alma Ruiz said the harbor had hired extra buses for stranded travellers.",
     [("Port director Alma Ruiz", "named_person", "said")], []),
    ("Harbor spokesperson Ben Ola said the ticket offices stayed open throughout the strike.",
     [("Harbor spokesperson Ben Ola", "named_person", "said")], []),
]


def _harbor() -> Report:
    return Report([_analysis("gazette", "Harbor Gazette", HARBOR)], Comparison([], [], None))


def test_hedge_questions_use_only_real_hedge_cues():
    drafts = _drafts(_harbor(), "hedge-word") + _drafts(_harbor(), "hedge-word-short")
    asked = {d.evidence[0].text.split()[1] for d in drafts}
    assert asked == {"strike", "may"}  # "plans", "claims" and the prediction "will" are no hedges
    for d in drafts:
        assert d.slots["cue"] in {"could", "reportedly", "may"}
        wrong = [o for n, o in enumerate(d.options) if n not in d.right]
        assert not any(o in NOT_WORD_OPTIONS for o in wrong)


def test_short_answer_accepts_every_hedge_but_not_a_month():
    accepted = {tuple(d.accepted) for d in _drafts(_harbor(), "hedge-word-short")}
    assert ("could", "reportedly") in accepted
    may_row = ("Commuters may face delays in May, harbor spokesperson Ben Ola said.",
               [("harbor spokesperson Ben Ola", "named_person", "said")], [(["hedged"], "may")])
    rows = [*HARBOR[:4], may_row, *HARBOR[5:]]
    report = Report([_analysis("gazette", "Harbor Gazette", rows)], Comparison([], [], None))
    accepted = {d.evidence[0].text: d.accepted for d in _drafts(report, "hedge-word-short")}
    assert accepted[may_row[0]] == ["may"]


def test_hedged_and_prediction_sentences_need_real_cues_and_say_word_or_words():
    hedged = _drafts(_harbor(), "hedged-sentence")
    assert hedged and {d.slots["cue"] for d in hedged} == {"could", "may"}
    assert {(d.slots["cue_noun"], d.slots["cue_verb"]) for d in hedged} == {("word", "shows")}
    rows = [*HARBOR, ("Officials are expected to announce a deal on Friday, Port director Alma Ruiz said.",
                      [("Port director Alma Ruiz", "named_person", "said")], [(["prediction"], "are expected to")])]
    report = Report([_analysis("gazette", "Harbor Gazette", rows)], Comparison([], [], None))
    predictions = {d.slots["cue"]: d for d in _drafts(report, "prediction-sentence")}
    assert predictions["are expected to"].slots["cue_noun"] == "words"


def test_verify_set_ignores_flags_that_are_not_reasons_to_doubt():
    for d in _drafts(_harbor(), "verify-before-sharing"):
        right = {d.options[i] for i in d.right}
        assert HARBOR[1][0] not in right  # a "hedge" flag on "claims" is no reason to doubt
        assert "look at" in d.slots["reasons"]


# --- unique details and "which outlets report" --------------------------------------
TIDE = [
    ("About 4,000 passengers were stranded at Kelso Pier on Tuesday when the ferry crews walked out.", [], []),
    ("The operator offered deckhands a raise of four percent, union leader Sara Voss said.",
     [("union leader Sara Voss", "named_person", "said")], []),
    ("Kelso became the only port after Danby and Fairholm to cancel every crossing during the strike.", [], []),
    ("A lighthouse keeper on Gull Rock painted the old signal tower bright orange last summer.", [], []),
]
BEACON = [
    ("Roughly 4,000 travellers were stuck at Kelso Pier on Tuesday after ferry crews walked out.", [], []),
    ("The operator's offer of a four percent raise was rejected, union leader Sara Voss said.",
     [("union leader Sara Voss", "named_person", "said")], []),
    ("Like Danby and Fairholm before it, Kelso has now scrapped all sailings.", [], []),
    ("Volunteers from the Red Cross served hot soup to 300 stranded families in the terminal hall overnight.",
     [], []),
]
CHANNEL = [
    ("Fishing boats kept sailing from the north harbor of Kelso, where no ferries dock.", [], []),
    ("The island school moved its exams online for the week of the strike.", [], []),
    ("Kelso's ferry strike is the first on the island since 1987.", [], []),
    ("Crossings to Danby and Fairholm were called off as well.", [], []),
]
# the same outlet, but it also reports the stranded passengers, in words the grouping missed
CHANNEL_CLOSE = [*CHANNEL, ("Thousands of passengers were stranded at Kelso Pier as the ferry crews walked out "
                            "on Tuesday.", [], [])]


def _strike(channel=CHANNEL) -> Report:
    arts = [_analysis("tide", "Tide Times", TIDE), _analysis("beacon", "Beacon Post", BEACON),
            _analysis("channel", "Channel Daily", channel)]
    # the grouping found the stranded passengers and the raise, but missed "only port" (worded differently)
    facts = [Fact("f1", "passengers stranded", [_m("tide", 1, TIDE), _m("beacon", 1, BEACON)]),
             Fact("f2", "raise offered", [_m("tide", 2, TIDE), _m("beacon", 2, BEACON)])]
    return Report(arts, Comparison(facts, [], None))


def test_which_outlets_report_is_dropped_when_a_silent_outlet_is_close():
    # Channel Daily reports the stranded passengers too ("Thousands of passengers..."), in
    # words the grouping did not join: asking "who reports it?" would have two answers
    assert [d for d in _drafts(_strike(), "outlets-report-fact") if d.key == "fact:f1"]
    assert not [d for d in _drafts(_strike(CHANNEL_CLOSE), "outlets-report-fact") if d.key == "fact:f1"]


# --- sources -------------------------------------------------------------------------
WAVE = [
    ("The strike will cost the region's hotels dearly, The Coastal Herald reported on Monday.",
     [("The Coastal Herald", "media_outlet", "reported")], []),
    ("Bookings fell by a third in the first week, the paper reported, citing hotel owners.",
     [("the paper", "media_outlet", "reported")], []),
    ("Union leader Sara Voss said the crews would not return without a written offer.",
     [("Union leader Sara Voss", "named_person", "said")], []),
    ("The company said it had offered talks through a mediator.", [("The company", "named_organization", "said")],
     []),
    ("Three harbor officials said the talks had stalled over night shifts.",
     [("Three harbor officials", "anonymous", "said")], [(["anonymous_source"], "Three harbor officials")]),
]
QUAY = [
    ("Port director Alma Ruiz said extra buses would run until the ferries return.",
     [("Port director Alma Ruiz", "named_person", "said")], []),
    ("Kelso Ferries Ltd. said in a statement that it regretted the disruption to travellers.",
     [("Kelso Ferries Ltd.", "named_organization", "said")], []),
    ("Mayor Tom Brandt told reporters that the town would pay for emergency crossings.",
     [("Mayor Tom Brandt", "named_person", "told")], []),
    ("An official at the harbor authority said the strike had cost more than expected.",
     [("An official at the harbor authority", "anonymous", "said")], [(["anonymous_source"], "An official")]),
]


def test_article_sources_offers_named_sources_never_the_same_one_twice():
    report = Report([_analysis("wave", "Wave Weekly", WAVE), _analysis("quay", "Quay News", QUAY)],
                    Comparison([], [], None))
    drafts = _drafts(report, "article-sources", seeds=range(12))
    assert drafts
    for d in drafts:
        assert not any(is_referring_phrase(o) for o in d.options)
        assert not {"the paper", "The company", "Three harbor officials", "An official at the harbor authority"} \
            & set(d.options)
        assert not any(related_sources(a, b) for n, a in enumerate(d.options) for b in d.options[n + 1:])


def test_referring_phrases_are_told_from_names():
    for phrase in ("the paper", "The company", "one of the officials", "the agency", "she", "The Ministry"):
        assert is_referring_phrase(phrase), phrase
    for phrase in ("The New York Times", "a senior harbor official", "Union leader Sara Voss", "the Kelso Ferries board",
                   "The Atlantic", "the Vatican", "the Italian foreign ministry"):
        assert not is_referring_phrase(phrase), phrase


@pytest.mark.parametrize("one_more", ["another", "a second", "a third", "the other"])
@pytest.mark.parametrize("noun", ["person", "official", "source", "spokesman"])
def test_one_more_of_sources_already_brought_in_is_a_referring_phrase(one_more, noun):
    """BNP Paribas (r50): "another person" (of "according to another person, who asked not to
    be named") was an option; out of its article it says nothing of who speaks."""
    assert is_referring_phrase(f"{one_more} {noun}")
    assert not is_referring_phrase(f"a {noun} familiar with the talks") and not is_referring_phrase(f"an {noun}")


@pytest.mark.parametrize("office", ["The CS", "the DG", "The CEO", "the PM"])
def test_an_office_in_capital_letters_is_a_referring_phrase(office):
    # "The CS said" stands for "Transport Cabinet Secretary James Macharia": never an option beside him
    assert is_referring_phrase(office)
    assert not is_referring_phrase(office.replace(office.split()[-1], "SEC"))


@pytest.mark.parametrize("description", ["the {} {}".format(age, nationality)
                                         for age in ("28-year-old", "veteran", "former world champion")
                                         for nationality in ("Russian", "Brazilian", "Japanese", "Scottish", "Qatari")]
                         + ["the Slovenian", "the Pakistani"])
def test_a_person_described_by_nationality_is_a_referring_phrase(description):
    # "the 28-year-old Russian" stands for a person the article named: as an option it
    # would be the same source as the named one
    assert is_referring_phrase(description)


def test_appositive_source_never_leaves_its_title_as_the_claim():
    sentence = "On Monday, the operator's chief executive, Dana Kirk, confirmed the offer but said talks would go on."
    claim = claim_without_source(sentence, "Dana Kirk", cue="confirmed")
    assert claim is None or "___" in claim
    sentence = "Fares will rise by 10 percent next year, the operator's chief executive, Dana Kirk, said Monday."
    assert claim_without_source(sentence, "Dana Kirk", cue="said") == "Fares will rise by 10 percent next year"


def test_cited_outlet_accepts_every_outlet_the_article_cites():
    rows = [("The Coastal Herald first reported the strike on Sunday.",
             [("The Coastal Herald", "media_outlet", "first reported")], []),
            ("Bookings fell by a third in the first week, Radio Kelso reported on Monday.",
             [("Radio Kelso", "media_outlet", "reported")], []),
            *WAVE[2:]]
    report = Report([_analysis("wave", "Wave Weekly", rows), _analysis("quay", "Quay News", QUAY)],
                    Comparison([], [], "The Coastal Herald"))
    drafts = _drafts(report, "cited-outlet", seeds=[0])
    assert len(drafts) == 1
    assert {"Radio Kelso", "The Coastal Herald"} <= set(drafts[0].accepted)
    assert drafts[0].evidence[0].text == rows[1][0]  # the question points at the outlet that is not the scoop


def test_a_sentence_leads_one_question_while_the_quiz_can_be_filled_otherwise():
    from test_generate import wildfire_report

    from quizgen.generate import generate_quiz

    for seed in range(6):
        quiz = generate_quiz(wildfire_report(), count=8, seed=seed)
        leads = [q.evidence[0].sentence for q in quiz.questions]
        assert len(leads) == len(set(leads)), seed


def test_short_answer_also_accepts_a_forecast_word():
    rows = [*HARBOR, ("The harbor is expected to reopen on Friday, and more storms are forecast for the weekend.",
                      [], [(["hedged"], "is expected to")])]
    report = Report([_analysis("gazette", "Harbor Gazette", rows)], Comparison([], [], None))
    accepted = {d.evidence[0].text: d.accepted for d in _drafts(report, "hedge-word-short")}
    assert accepted[rows[-1][0]] == ["expected", "forecast"]


def test_same_number_with_other_qualifiers_is_not_called_different_numbers():
    from quizgen.generate.coverage import KIND_NOTES, QUALIFIER_NOTE, _kind_note
    from quizgen.models import Discrepancy

    disc = Discrepancy("d1", "passengers stranded", "number", [_m("tide", 1, TIDE), _m("beacon", 1, BEACON)],
                       {"tide": "About 4,000 passengers", "beacon": "4,000 travellers"})
    ctx = Context(_strike(), random.Random(0))
    assert _kind_note(ctx, disc, disc.versions).startswith(QUALIFIER_NOTE)
    disc.details["beacon"] = "4,500 travellers"
    assert _kind_note(ctx, disc, disc.versions).startswith(KIND_NOTES["number"])


def test_names_the_source_is_true_only_for_a_person_named_by_name():
    rows = [
        ("The ferry operator will cut the evening sailings from Monday, the company said.",
         [("the company", "named_organization", "said")], []),
        ("The harbor needs two more tugboats before winter, Port director Alma Ruiz said.",
         [("Port director Alma Ruiz", "named_person", "said")], []),
        ("The strike fund is nearly empty, two dock workers said.",
         [("two dock workers", "anonymous", "said")], [(["anonymous_source"], "two dock workers")]),
    ]
    report = Report([_analysis("gazette", "Harbor Gazette", rows)], Comparison([], [], None))
    verdicts = {d.evidence[0].text.split(",")[0]: d.right for d in _drafts(report, "names-source-true-false")}
    assert verdicts == {"The harbor needs two more tugboats before winter": [0],  # True: a named person
                        "The strike fund is nearly empty": [1]}  # False: anonymous; "the company" is not asked


@pytest.mark.parametrize("one, other", [("over 4,000", "nearly 4,000"), ("more than 100", "almost 100"),
                                        ("at least 26", "fewer than 26")])
def test_one_number_with_opposite_qualifiers_is_named_a_qualifier_difference(one, other):
    # the comparison may read "over" / "nearly" as a conflict; the number itself is one
    from quizgen.generate.coverage import QUALIFIER_NOTE, _kind_note
    from quizgen.models import Discrepancy

    disc = Discrepancy("d1", "passengers stranded", "number", [_m("tide", 1, TIDE), _m("beacon", 1, BEACON)],
                       {"tide": f"{one} passengers", "beacon": f"{other} travellers"}, difference="conflict")
    ctx = Context(_strike(), random.Random(0))
    assert _kind_note(ctx, disc, disc.versions).startswith(QUALIFIER_NOTE)


@pytest.mark.parametrize("bound, exact", [("more than two weeks", "18-day"), ("over a month", "40 days"),
                                          ("more than 2,400 people", "2,612 people")])
@pytest.mark.parametrize("difference", ["conflict", "qualifier"])
def test_a_bound_and_an_exact_figure_it_allows_are_taught_as_both_right(bound, exact, difference):
    # "more than two weeks" / "18-day": the exact figure lies inside the bound; whatever
    # the comparison called it, the note says both can be right, not "different numbers"
    from quizgen.generate.coverage import NEAR_FIGURES_NOTE, _kind_note
    from quizgen.models import Discrepancy

    disc = Discrepancy("d1", "how long", "number", [_m("tide", 1, TIDE), _m("beacon", 1, BEACON)],
                       {"tide": bound, "beacon": exact}, difference=difference)
    ctx = Context(_strike(), random.Random(0))
    assert _kind_note(ctx, disc, disc.versions).startswith(NEAR_FIGURES_NOTE)


@pytest.mark.parametrize("dateline", ["GAZIANTEP, Turkey \u2014 ", "TOKYO (AP) \u2014 ", "KELSO, Marlow -- "])
def test_a_dateline_is_no_part_of_a_claim(dateline):
    claim = claim_without_source(f"{dateline}The death toll rose past 15,000 on Thursday, officials said.",
                                 "officials")
    assert claim == "The death toll rose past 15,000 on Thursday"


@pytest.mark.parametrize("verb", ["is", "was", "has been", "will be"])
def test_a_claim_cut_from_its_subject_is_no_claim(verb):
    """WADA (r22): the claim "is exactly what has been delivered today" had lost its subject."""
    assert claim_without_source(f"\u201c{verb} exactly what the harbor board promised,\u201d Mayor Ann Roe said.",
                                "Mayor Ann Roe") is None


@pytest.mark.parametrize("name", ["Sheila E", "Mary J", "Maria K", "Tomas V"])
def test_a_name_and_an_initial_look_like_a_person(name):
    """Prince (r26): "Sheila E" was a wrong option of "which source is a person identified by
    name?" beside Sheriff Jim Olson."""
    from quizgen.generate.plausible import looks_like_kind
    assert looks_like_kind(name, "named_person")
    assert not looks_like_kind("NASA", "named_person")


@pytest.mark.parametrize("quote", ["Unfortunately, the toll will increase, that's inevitable",
                                   "We will open the shelters again tonight"])
@pytest.mark.parametrize("scene", ["as rescuers continued to search tons of rubble for the missing",
                                   "while crews cleared the road behind him"])
@pytest.mark.parametrize("speaker, verb", [("Interior Minister Ada Quill", "told reporters"),
                                           ("Mayor Tomas Rivera", "said")])
@pytest.mark.parametrize("marks", [('"', '"'), ("\u201c", "\u201d")])
def test_a_quotation_before_the_writers_scene_is_the_claim(quote, scene, speaker, verb, marks):
    """Genoa (r41): '"Unfortunately, the toll will increase, that's inevitable" as rescuers
    continued to search ..., Interior Minister Matteo Salvini told reporters' was asked as
    one claim, the writer's scene inside the minister's words."""
    sentence = f"{marks[0]}{quote}{marks[1]} {scene}, {speaker} {verb}."
    assert claim_without_source(sentence, speaker, cue=verb.split()[0]) == quote


@pytest.mark.parametrize("bound, exact, rises", [("more than $10 million", "$15 million", False),
                                                 ("over \u00a32 billion", "\u00a32.4 billion", False),
                                                 ("more than 2,400 dead", "2,612 dead", True),
                                                 ("at least 30 people killed", "41 people killed", True)])
def test_only_a_toll_is_said_to_rise_as_it_is_counted(bound, exact, rises):
    """Depp v. Heard (r43): "more than $10 million" / "$15 million" was explained as "a count
    often rises while it is being reported"; the articles told another reason (a cap)."""
    from quizgen.generate.coverage import RISING_COUNT, _kind_note
    from quizgen.models import Discrepancy

    disc = Discrepancy("d1", "how much", "number", [_m("tide", 1, TIDE), _m("beacon", 1, BEACON)],
                       {"tide": bound, "beacon": exact}, difference="qualifier")
    note = _kind_note(Context(_strike(), random.Random(0)), disc, disc.versions)
    assert (RISING_COUNT.strip(" .") in note) is rises


@pytest.mark.parametrize("role", ["president", "mayor of this town", "a mother"])
@pytest.mark.parametrize("speaker", ["Mayor Ada Quill", "Yoon"])
def test_as_naming_a_role_stays_in_the_claim(role, speaker):
    """Itaewon (r45): "As president, who is responsible for the people's lives ..." was asked
    as "president, who is responsible ...", a fragment that pointed at the only president."""
    sentence = f"\u201cAs {role}, who is responsible for the people\u2019s safety, my heart is heavy,\u201d {speaker} said."
    assert claim_without_source(sentence, speaker, cue="said").startswith(f"As {role},")


@pytest.mark.parametrize("noun", ["contention", "claim", "suggestion", "argument"])
@pytest.mark.parametrize("speaker", ["Judge Ada Quill", "Masipa"])
def test_a_that_clause_of_a_noun_is_not_the_speakers_claim(noun, speaker):
    """Pistorius (r48): "Masipa said there was not enough evidence to support the contention that
    Pistorius knew ..." was asked as the judge's claim "Pistorius knew ..."."""
    sentence = (f"{speaker} said there was not enough evidence to support the {noun} that the driver knew "
                "the bridge was closed.")
    claim = claim_without_source(sentence, speaker, cue="said")
    assert claim is None or claim.startswith("there was not enough evidence")


@pytest.mark.parametrize("body", ["National Harbor Safety Board", "NASA", "the Kelso Port Authority"])
@pytest.mark.parametrize("people", ["officials", "investigators", "engineers"])
def test_unnamed_people_of_a_named_body_are_explained_as_such(body, people):
    """East Palestine (r57): "National Transportation Safety Board officials" was explained as
    "an unnamed (anonymous) person or group"; the body is named, the people are not."""
    from quizgen.generate.context import kind_label

    label = kind_label(f"{body} {people}", "anonymous")
    assert "named body" in label and "unnamed" in label
    for vague in (f"two {people}", f"a senior {people[:-1]}", f"Lawyers for {body}'s workers"):
        assert "named body" not in kind_label(vague, "anonymous")
