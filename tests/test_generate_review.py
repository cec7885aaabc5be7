"""Faults of a blind teacher review of quizzes on unseen articles (issue 8), each shown
impossible on invented articles, over templates x fillers: the quoting outlet as a free
tick, sentence fragments as sources, one source under two names, kinds the words do not
prove, one point asked twice, compatible figures called different."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from test_generate import _analysis, _m
from test_generate_precision import CLAIMS, PEOPLE, _attributed, _drafts, _strike_report, _versions_report

from quizgen.generate import generate_quiz
from quizgen.generate.claims import claim_without_source
from quizgen.generate.confidence import kind_certain, source_role_confidence
from quizgen.generate.coverage import KIND_NOTES, QUALIFIER_NOTE
from quizgen.generate.plausible import source_shaped
from quizgen.generate.text import related_sources
from quizgen.models import Comparison, Fact, Report
from quizgen.scoring import same_answer

OUTLETS = ["Kelso Courier", "Brightwater Herald", "Island Gazette", "Harbor Ledger"]
# points that no filler claim comes close to (a near sentence would make "who reports it?" unsure)
POINTS = ["The island school will reopen after the summer holidays with two new teachers",
          "The fish market will move to a larger hall beside the museum in April",
          "A new lighthouse keeper was hired from the mainland after a long search"]


# --- 1. "which outlets report this?" never offers the outlet the prompt quotes ---------------
# each article's own points and speakers, sharing no specifics with another article's
OWN_POINTS = [f"The {thing} {change} {when}" for thing, change, when in [
    ("bakery on Mill Street", "doubled its bread prices", "last winter"),
    ("volunteer choir", "cancelled its autumn concert", "because of the flooding"),
    ("cycling club", "opened a repair workshop", "near the railway bridge"),
    ("library van", "stopped visiting the hill villages", "in September"),
    ("dairy cooperative", "lost forty cows to a virus", "over the summer"),
    ("chess tournament", "drew players from nine countries", "despite the snow"),
    ("glass factory", "hired sixty apprentices", "after a state grant"),
    ("orchard growers", "reported a record apple harvest", "this year"),
]]
OWN_SPEAKERS = ["Petra Lindqvist", "Samuel Achebe", "Rosa Delgado", "Henrik Vos", "Yuki Tanabe", "Omar Haddad",
                "Greta Holm", "Luca Ferri"]


def _shared_point_report(point: str, reporting: int, sources: list[str]) -> Report:
    articles, mentions = [], []
    for n, outlet in enumerate(OUTLETS):
        rows = [_attributed(OWN_SPEAKERS[(2 * n + k) % 8], "named_person", OWN_POINTS[(2 * n + k) % 8])
                for k in range(2)]
        if n < reporting:
            rows.insert(0, _attributed(sources[n % len(sources)], "named_person", point))
            mentions.append(_m(chr(97 + n), 1, rows))
        articles.append(_analysis(chr(97 + n), outlet, rows))
    return Report(articles, Comparison([Fact("f1", "the shared point", mentions)], [], None))


@pytest.mark.parametrize("point, reporting", list(itertools.product(POINTS, [2, 3])))
def test_the_quoting_outlet_is_never_an_option_of_which_outlets_report_it(point, reporting):
    drafts = _drafts(_shared_point_report(point, reporting, ["Oskar Brandt", "Lidia Marsh", "Ada Brun"]),
                     "outlets-report-fact")
    assert drafts
    for d in drafts:
        assert d.slots["quoting_outlet"] not in d.options
        assert d.right and len(d.right) < len(d.options)  # some outlet is not right: no free ticks


# --- 2. options are source-shaped noun phrases --------------------------------------------
FRAGMENTS = [
    *[f"{number} {noun}" for number, noun in itertools.product(["Five", "Twelve", "40"],
                                                               ["people", "passengers", "buildings"])],
    *[f"{title} {name} {verb} {rest}" for title, name, verb, rest in itertools.product(
        ["President", "Mayor"], ["Ann Li", "Bo Ng"], ["cut", "postponed"], ["short her trip to Kelso", "the vote"])],
    *[f"The {head} from the {event} along the {place} coast"
      for head, event, place in itertools.product(["toll", "number"], ["massive quake", "storm surge"],
                                                  ["northern", "Kelso"])],
    *[f"{name} {verb} in {place}" for name, verb, place in itertools.product(
        ["Ann Li", "Governor Bo Ng"], ["arrived", "landed", "stayed"], ["Kelso", "the capital"])],
    "Honestly", "Frankly", "Meanwhile", "UPDATE", "BREAKING",
    "The death toll from the ferry fire in the old harbor district of Kelso",
]
SOURCES = ["Two officials", "three people familiar with the talks", "an unnamed official", "Mara Quill",
           "Police Chief Ann Li", "the Kelso Port Authority", "KPA", "a person briefed on the plan",
           "officials who asked not to be named", "a retired general", "the WHO", "officials involved in the talks",
           "NASA-funded scientists", "a person briefed on the plan", "Retired General Bo Ng",
           "the Kelso Port Authority's unnamed spokesperson", "the Ferry Union’s elected leader"]


@pytest.mark.parametrize("phrase", FRAGMENTS)
def test_fragments_of_sentences_are_no_sources(phrase):
    assert not source_shaped(phrase)


@pytest.mark.parametrize("phrase", SOURCES)
def test_source_noun_phrases_are_sources(phrase):
    assert source_shaped(phrase)


@pytest.mark.parametrize("fragment", ["Five people", "Twelve passengers", "Honestly"])
def test_a_fragment_is_neither_answer_nor_wrong_option(fragment):
    rows = [_attributed(fragment, "anonymous", CLAIMS[0]),
            *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS[1:])]]
    other = [_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Lidia Marsh", "Ada Brun"],
                                                                CLAIMS[::-1])]
    for tpl in ("source-of-claim", "source-kind", "claim-to-source", "article-sources"):
        for d in _drafts(_strike_report(rows, other), tpl):
            assert fragment not in d.options and all(fragment not in s for _, s in d.pairs)


# --- 3. one source under two names ------------------------------------------------------
ALIASES = [("KPA", "the Kelso Port Authority"), ("the BFA", "Brightwater Ferry Administration"),
           ("UKHO", "U.K. Hydrographic Office"), ("DFM", "Department of Ferries and Marinas"),
           ("HW", "Harbor-Wright"), ("CCTV", "China Central Television"), ("AP", "The Associated Press")]


@pytest.mark.parametrize("short, long", ALIASES)
def test_an_acronym_or_alias_and_the_full_name_are_one_source_and_one_answer(short, long):
    assert related_sources(short, long) and related_sources(long, short)
    assert same_answer(short, long) and same_answer(long, short)
    assert not related_sources(short, "Mara Quill") and not same_answer(short, "Mara Quill")


@pytest.mark.parametrize("short, long", ALIASES[:4])
def test_an_acronym_is_never_a_wrong_option_beside_its_full_name(short, long):
    rows_a = [_attributed(long, "named_organization", CLAIMS[0]),
              *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS[1:])]]
    rows_b = [_attributed(short, "named_organization", CLAIMS[4]),
              *[_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Lidia Marsh"], CLAIMS[2:])]]
    for d in _drafts(_strike_report(rows_a, rows_b), "source-of-claim"):
        assert not any(related_sources(x, y) for n, x in enumerate(d.options) for y in d.options[n + 1:]), d.options


# --- 4. kinds only where the words prove them -------------------------------------------
@pytest.mark.parametrize("source, kind", [
    *[(brand, "named_person") for brand in ["Amtrak", "Kelsoflot", "Brightwave"]],
    *[(f"the {place} {body}", "document") for place, body in itertools.product(
        ["U.S.", "Kelso"], ["Geological Survey", "Statistical Review"])],
    ("Brightwater Council", "named_person"), ("Kelsovia", "named_organization"),
])
def test_a_kind_the_words_do_not_prove_is_not_certain(source, kind):
    assert not kind_certain(source, kind)


@pytest.mark.parametrize("source, kind, following", [
    *[(f"{title} {name}", "named_person", "") for title, name in itertools.product(
        ["Mayor", "Police Chief", "Kelso Port Authority Director"], ["Ann Li", "Quill"])],
    *[(name, "named_person", "") for name in PEOPLE],
    *[("Quill", "named_person", f" on Monday. {pronoun} added that talks would resume.")
      for pronoun in ("He", "She")],
    *[(f"a {owner} {doc}", "document", "") for owner, doc in itertools.product(
        ["harbor board", "ministry"], ["memo", "report", "court filing"])],
    *[(org, "named_organization", "") for org in ["the Kelso Port Authority", "KPA", "the Kelso Geological Survey"]],
])
def test_a_kind_the_words_prove_is_certain(source, kind, following):
    assert kind_certain(source, kind, following)


@pytest.mark.parametrize("brand", ["Amtrak", "Kelsoflot"])
def test_which_is_a_named_person_is_not_asked_of_a_lone_brand_name(brand):
    rows = [_attributed(brand, "named_person", CLAIMS[1]),
            _attributed("a person familiar with the talks", "anonymous", CLAIMS[3]),
            _attributed("the Kelso Port Authority", "named_organization", CLAIMS[4]),
            _attributed("a harbor board memo", "document", CLAIMS[2])]
    drafts = _drafts(_strike_report(rows, rows[1:]), "source-kind")
    assert not [d for d in drafts if d.evidence[0].text == rows[0][0]]
    # and no explanation calls it a person
    for d in _drafts(_strike_report(rows, rows[1:]), "source-of-claim"):
        if d.evidence[0].text == rows[0][0]:
            assert "person" not in d.slots["source_kind"] and d.slots["kind_sentence"] == ""


# --- 5. one point is asked once ---------------------------------------------------------
@pytest.mark.parametrize("speakers, point", list(itertools.product(
    [["Oskar Brandt"], ["Ines Okoro", "the Kelso Port Authority", "Lidia Marsh", "the harbor board"]], POINTS[:2])))
def test_one_point_told_by_several_outlets_is_asked_once(speakers, point):
    report = _shared_point_report(point, 4, speakers)
    facts = {m.sentence: f.id for f in report.comparison.facts for m in f.mentions}
    for seed in range(8):
        quiz = generate_quiz(report, seed=seed, count=15)
        asked = [facts[e.sentence] for q in quiz.questions for e in q.evidence[:1] if e.sentence in facts]
        assert len(asked) <= 1, [q.prompt for q in quiz.questions]


def test_one_cited_outlet_is_asked_about_once():
    articles = []
    for n, outlet in enumerate(OUTLETS[:3]):
        rows = [(f"{CLAIMS[n]}, the Harbor Wire reported.", [("the Harbor Wire", "media_outlet", "reported")], []),
                *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS[n + 1:])]]
        articles.append(_analysis(chr(97 + n), outlet, rows))
    report = Report(articles, Comparison())
    for seed in range(4):
        quiz = generate_quiz(report, seed=seed, count=12)
        assert sum(q.template == "cited-outlet" for q in quiz.questions) <= 1


# --- 6. compatible figures are no conflict ----------------------------------------------
FIGURES = [("at least 381", "more than 380"), ("about 19,000", "some 20,000"), ("about a week", "at least seven days")]


@pytest.mark.parametrize("a, b", FIGURES)
def test_figures_the_comparison_calls_rounding_are_not_asked(a, b):
    text_a = f"{a[0].upper()}{a[1:]} of delays hit the island ferry line, Mara Quill said."
    text_b = f"{b[0].upper()}{b[1:]} of delays hit the island ferry line, the coast guard said."
    report = _versions_report(text_a, text_b, "number", {"a": a, "b": b})
    report = replace(report, comparison=replace(report.comparison, discrepancies=[
        replace(report.comparison.discrepancies[0], difference="rounding")]))
    assert all(d.confidence == 0.0 for d in _drafts(report, "how-outlets-differ"))


@pytest.mark.parametrize("difference, note", [("qualifier", QUALIFIER_NOTE), ("conflict", KIND_NOTES["number"])])
def test_a_number_explanation_follows_the_comparisons_difference(difference, note):
    # (one number with two qualifiers is named a qualifier difference whatever the comparison
    # says: test_generate_quality.test_one_number_with_opposite_qualifiers_...)
    other = "300" if difference == "qualifier" else "340"
    text_a = "About 300 passengers were stranded on the island overnight, Mara Quill said."
    text_b = f"More than {other} passengers were stranded on the island overnight, the coast guard said."
    report = _versions_report(text_a, text_b, "number", {"a": "about 300", "b": f"more than {other}"})
    report = replace(report, comparison=replace(report.comparison, discrepancies=[
        replace(report.comparison.discrepancies[0], difference=difference)]))
    notes = {d.slots["kind_note"] for d in _drafts(report, "how-outlets-differ")}
    assert notes and all(n.startswith(note) for n in notes)


# --- 7. well-sourced short articles give find-the-source questions ------------------------
LEADS = ["Harbor board chairman Tobias Fenwick", "Union leader Mara Quill", "Shop owner Ines Okoro", "Lidia Marsh"]
CUTS = [("said", "the first sailings would resume on Thursday morning"),
        ("warned on Monday", "fares could rise again before the end of the year"),
        ("added", "the island shops had lost a third of their sales")]


@pytest.mark.parametrize("lead, cut", list(itertools.product(LEADS, CUTS)))
def test_a_source_that_opens_the_sentence_leaves_its_claim_after_the_verb(lead, cut):
    verb, claim = cut
    sentence = f"{lead} {verb} {claim}."
    assert claim_without_source(sentence, lead, cue=verb.split()[0]) == claim


@pytest.mark.parametrize("lead, trailer", list(itertools.product(LEADS, [
    "said in a statement on Friday", "said on Tuesday", "added at the harbor office"])))
def test_a_sentence_that_only_says_who_spoke_has_no_claim_after_the_verb(lead, trailer):
    assert claim_without_source(f"{lead} {trailer}.", lead, cue=trailer.split()[0]) is None


@pytest.mark.parametrize("quote, lead, verb", list(itertools.product(
    ["\u201cThis deal gives us the security we asked for,\u201d", "\"It is the outcome we hoped for,\"",
     "\u201cWe know what we are fighting for,\u201d"], LEADS[:2], ["told a news conference", "said"])))
def test_a_quote_ending_on_a_preposition_does_not_make_its_speaker_an_object(quote, lead, verb):
    sentence = f"{quote} {lead.lower() if lead.startswith('Union') else lead} {verb}."
    start = sentence.lower().index(lead.lower())
    assert source_role_confidence(sentence, start, start + len(lead)) == 1.0


@pytest.mark.parametrize("speaker, outlet", list(itertools.product(["Economist Henrik Vos", "Mara Quill"],
                                                                   ["the Ledger", "Radio Kelso", "the Island Gazette"])))
def test_the_outlet_told_does_not_share_the_sentence_with_the_speaker(speaker, outlet):
    claim = "\u201cThe real damage is to the island's name with tourists,\u201d"
    rows = [(f"{claim} {speaker} told {outlet}.", [(speaker, "named_person", "told"), (outlet, "media_outlet", "told")],
             []), *[_attributed(p, "named_person", c) for p, c in zip(PEOPLE, CLAIMS)]]
    report = _strike_report(rows, [_attributed(p, "named_person", c) for p, c in zip(["Oskar Brandt", "Ada Brun"],
                                                                                       CLAIMS[2:])])
    keyed = [d for d in _drafts(report, "source-of-claim") if d.evidence[0].text == rows[0][0]]
    assert keyed and all(d.options[d.right[0]] == speaker and d.confidence == 1.0 for d in keyed)


@pytest.mark.parametrize("people", ["fire department officials", "fire authorities", "ministry staff",
                                    "harbor agency engineers"])
def test_which_is_a_named_organization_never_offers_people_of_a_body(people):
    """Itaewon (r45): "Which is a named organization?" offered "fire department officials" as
    wrong beside "The South Korean presidential office", while other questions called "South
    Korea's fire department" a named organization."""
    rows = [_attributed("the Kelso Port Authority", "named_organization", CLAIMS[0]),
            _attributed(people, "anonymous", CLAIMS[1]),
            _attributed("a person familiar with the talks", "anonymous", CLAIMS[3]),
            _attributed("a harbor board memo", "document", CLAIMS[2]),
            _attributed("Mayor Ines Okoro", "named_person", CLAIMS[4])]
    drafts = [d for d in _drafts(_strike_report(rows, rows[2:]), "source-kind")
              if d.options[d.right[0]] == "the Kelso Port Authority"]
    assert drafts and not [d for d in drafts if people in d.options]
