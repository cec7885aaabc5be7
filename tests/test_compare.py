"""compare(): facts across articles, scoop credit, sourcing profiles, linear cost.

All articles here are invented (the Marlow Bay ferry fire, covered by invented outlets).
"""

from __future__ import annotations

import random

from quizgen.compare import compare
from quizgen.compare.facts import align
from quizgen.compare.profiles import anonymous_share, sourcing_profile
from quizgen.compare.scoop import credited_outlets, first_reported_by
from quizgen.models import (
    SOURCE_TYPES,
    Article,
    ArticleAnalysis,
    Attribution,
    Flag,
    Sentence,
)
from quizgen.pipeline import build_report


def make_analysis(article_id: str, sentences: list[str], outlet: str | None = None,
                  attributions: list[tuple[int, str, str, str]] = (), flags: list[tuple[int, list[str], str]] = (),
                  cited: list[str] = ()) -> ArticleAnalysis:
    """An ArticleAnalysis built by hand; attributions are (sentence no. from 1, source, type, cue)."""
    body, spans = "", []
    for text in sentences:
        start = len(body) + (1 if body else 0)
        body = f"{body} {text}" if body else text
        spans.append((start, start + len(text)))
    sents = [Sentence(f"{article_id}.s{n}", text, a, b) for n, (text, (a, b)) in enumerate(zip(sentences, spans), 1)]
    atts = [Attribution(source, kind, cue, sents[n - 1].id, sents[n - 1].text) for n, source, kind, cue in attributions]
    flagged = [Flag(sents[n - 1].id, sents[n - 1].text, reasons, cue) for n, reasons, cue in flags]
    return ArticleAnalysis(Article(article_id, body, outlet=outlet), sents, atts, flagged, list(cited))


HARBOR = make_analysis("harborwire", [
    "A fire broke out on the Marlow Bay ferry Celestine on Tuesday, forcing 212 passengers into lifeboats.",
    "The blaze started in the engine room shortly after the ferry left Port Edda, the coast guard said.",
    "Fishermen from the village of Kessel pulled twelve people from the cold water.",
    "The Harbor Ledger was the first to report the evacuation.",
], outlet="Harbor Wire", attributions=[(2, "the coast guard", "named_organization", "said")])
GAZETTE = make_analysis("gazette", [
    "Passengers crowded the decks as smoke poured from the Celestine.",
    "About 212 passengers left the burning Marlow Bay ferry Celestine in lifeboats on Tuesday.",
    "According to the Harbor Ledger, which first reported the evacuation, no one was seriously hurt.",
    "The ferry operator plans to replace its oldest vessels next year.",
], outlet="Coastline Gazette", cited=["Harbor Ledger"])
DAILY = make_analysis("daily", [
    "Investigators believe the blaze began in the engine room after the Celestine departed Port Edda.",
    "A town council meeting about parking fees was postponed.",
    "Lifeboats carried 212 passengers off the Marlow Bay ferry Celestine when fire broke out Tuesday.",
], outlet="Northpoint Daily", attributions=[(1, "Investigators", "anonymous", "believe")])


def test_same_point_in_three_articles_is_one_fact_with_one_mention_each():
    comparison = compare([HARBOR, GAZETTE, DAILY])
    evacuation = [f for f in comparison.facts if "harborwire.s1" in {m.sentence for m in f.mentions}]
    assert len(evacuation) == 1
    mentions = {m.article: m.sentence for m in evacuation[0].mentions}
    assert mentions == {"harborwire": "harborwire.s1", "gazette": "gazette.s2", "daily": "daily.s3"}


def test_paraphrased_point_is_matched_and_unrelated_sentences_are_not():
    comparison = compare([HARBOR, GAZETTE, DAILY])
    engine_room = [f for f in comparison.facts if "daily.s1" in {m.sentence for m in f.mentions}]
    assert engine_room and {m.sentence for m in engine_room[0].mentions} == {"harborwire.s2", "daily.s1"}
    grouped = {m.sentence for f in comparison.facts for m in f.mentions}
    assert "daily.s2" not in grouped and "harborwire.s3" not in grouped


def test_fact_ids_summaries_and_at_most_one_mention_per_article():
    comparison = compare([HARBOR, GAZETTE, DAILY])
    assert [f.id for f in comparison.facts] == [f"f{n}" for n in range(1, len(comparison.facts) + 1)]
    for fact in comparison.facts:
        articles = [m.article for m in fact.mentions]
        assert len(articles) == len(set(articles)) >= 2
        assert fact.summary and len(fact.summary.split()) <= 22


def test_widest_fact_comes_first():
    comparison = compare([HARBOR, GAZETTE, DAILY])
    sizes = [len(f.mentions) for f in comparison.facts]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == 3


def test_scoop_credit_names_the_outlet_most_articles_credit():
    assert compare([HARBOR, GAZETTE, DAILY]).first_reported_by == "Harbor Ledger"


def test_no_scoop_credit_gives_none():
    assert first_reported_by([DAILY]) is None
    assert credited_outlets("He was the first to arrive at the pier.") == []
    assert credited_outlets("It is the first time a ferry sank in the bay.") == []


def test_scoop_phrases_and_the_outlet_table():
    assert credited_outlets("The New York Times was the first to report the purchase.") == ["The New York Times"]
    assert credited_outlets("The plan, first published by Reuters on Monday, was dropped.") == ["Reuters"]
    assert credited_outlets("The Guardian, which broke the story, said the mayor resigned.") == ["The Guardian"]


def test_profiles_count_every_source_type_and_flagged_sentences():
    art = make_analysis("x", ["One.", "Two officials said so.", "It may rain.", "The report says it."],
                        attributions=[(2, "Two officials", "anonymous", "said"), (4, "The report", "document", "says")],
                        flags=[(2, ["anonymous_source"], "Two officials"), (3, ["hedged"], "may"),
                               (3, ["prediction"], "may")], cited=["Harbor Ledger"])
    profile = sourcing_profile(art)
    assert set(profile.source_types) == set(SOURCE_TYPES)
    assert profile.source_types["anonymous"] == 1 and profile.source_types["document"] == 1
    assert sum(profile.source_types.values()) == 2
    assert (profile.flagged, profile.sentences, profile.cited_outlets) == (2, 4, ["Harbor Ledger"])
    assert anonymous_share(profile) == 0.5


def test_comparison_has_one_profile_per_article_in_order():
    profiles = compare([HARBOR, GAZETTE, DAILY]).profiles
    assert [p.article for p in profiles] == ["harborwire", "gazette", "daily"]
    assert [p.outlet for p in profiles] == ["Harbor Wire", "Coastline Gazette", "Northpoint Daily"]


def test_works_through_the_pipeline_on_invented_text():
    articles = [Article(a.article.id, a.article.body, outlet=a.article.outlet) for a in (HARBOR, GAZETTE, DAILY)]
    report = build_report(articles)
    data = report.to_dict()["comparison"]
    assert data["facts"] and all(len(f["mentions"]) >= 2 for f in data["facts"])
    assert len(data["profiles"]) == 3


def test_empty_and_single_article_inputs():
    assert compare([]).facts == [] and compare([]).first_reported_by is None
    single = compare([HARBOR])
    assert single.facts == [] and single.discrepancies == [] and len(single.profiles) == 1


# --- cost: comparisons grow near-linearly as articles are added -----------------------

_SYLLABLES = ["ka", "lo", "mi", "ten", "ras", "vu", "bel", "dor", "fin", "gal", "hu", "jor", "pex", "quo", "sil"]


def _nonce(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3))


def _event_articles(count: int, facts: int = 12, filler: int = 12) -> list[ArticleAnalysis]:
    """`count` articles on one invented event: shared facts (reworded) plus own filler."""
    rng = random.Random(7)
    fact_words = [[_nonce(rng) for _ in range(5)] for _ in range(facts)]
    verbs = ["reported", "described", "noted", "mentioned"]
    out = []
    for a in range(count):
        sentences = []
        for f, words in enumerate(fact_words):
            shuffled = words[:]
            rng.shuffle(shuffled)
            sentences.append(f"The {' '.join(shuffled[:4])} {verbs[(a + f) % 4]} {f + 3} {words[4]} in Edda.")
        for _ in range(filler):
            sentences.append(f"Residents of {_nonce(rng).title()} saw {_nonce(rng)} {_nonce(rng)} near {_nonce(rng)}.")
        rng.shuffle(sentences)
        out.append(make_analysis(f"a{a}", sentences))
    return out


def test_comparisons_grow_near_linearly_with_articles():
    counts = {n: align(_event_articles(n)).comparisons for n in (2, 4, 8, 16)}
    sentences = {n: n * 24 for n in counts}
    for small, big in ((4, 8), (8, 16)):
        # doubling the articles at most ~doubles the work (all pairs would quadruple it)
        assert counts[big] <= 2.5 * counts[small], counts
    # and far below all cross-article sentence pairs
    all_pairs = sentences[16] * (sentences[16] - 24) // 2
    assert counts[16] < all_pairs / 20, (counts[16], all_pairs)


def test_shared_facts_of_many_articles_stay_one_fact_each():
    comparison = compare(_event_articles(8))
    wide = [f for f in comparison.facts if len(f.mentions) == 8]
    assert len(wide) == 12


def test_the_same_speaker_on_two_points_is_not_one_fact():
    mayor = "Mayor Ilse Varga of Ostrel"
    bridge = make_analysis("a", [f"{mayor} said the Tarvin bridge will reopen to traffic in May."],
                           attributions=[(1, mayor, "named_person", "said")])
    budget = make_analysis("b", [f"{mayor} said the city library budget was cut by a third."],
                           attributions=[(1, mayor, "named_person", "said")])
    assert compare([bridge, budget]).facts == []


def test_one_sentence_can_report_two_points_of_two_facts():
    two_points = ("The Tarvin River flooded 300 homes in Ostrel on Friday, and the town council "
                  "closed the Kessel bridge until further notice.")
    a = make_analysis("a", [two_points])
    b = make_analysis("b", ["Floodwater from the Tarvin River reached 300 homes in Ostrel on Friday."])
    c = make_analysis("c", ["The council closed the Kessel bridge to traffic until further notice."])
    facts = compare([a, b, c]).facts
    with_a = [{m.article for m in f.mentions} for f in facts if "a" in {m.article for m in f.mentions}]
    assert {"a", "b"} in with_a and {"a", "c"} in with_a


def test_crossheads_do_not_form_facts():
    a = make_analysis("a", ["Tarvin River Flooding", "The Tarvin River flooded 300 homes in Ostrel on Friday."])
    b = make_analysis("b", ["Tarvin River Flooding", "Floodwater from the Tarvin River reached homes in Ostrel."])
    grouped = {m.sentence for f in compare([a, b]).facts for m in f.mentions}
    assert "a.s1" not in grouped and "b.s1" not in grouped


def test_more_scoop_phrasings():
    assert credited_outlets("The New York Times was the first news outlet to report the purchase.") == [
        "The New York Times"]
    assert credited_outlets("The story was broken by Reuters on Monday.") == ["Reuters"]
    harbor = make_analysis("h", ["Lakeside Weekly was first to report the closure of the Ostrel mill."])
    cites = make_analysis("c", ["The Ostrel mill closed, Lakeside Weekly reported."], cited=["Lakeside Weekly"])
    assert first_reported_by([harbor, cites]) == "Lakeside Weekly"
    # a name no article treats as an outlet is not credited with a scoop
    assert first_reported_by([make_analysis("m", ["Mayor Varga was the first to report for the cleanup."])]) is None


def test_a_point_reported_differently_is_also_a_fact():
    a = make_analysis("a", ["Ostrel's new trams have already had numerous failures on the Kessel line, officials said."])
    b = make_analysis("b", ["Riders on the Kessel line say the trams showed some technical problems in their first month."])
    comparison = compare([a, b])
    (wording,) = [d for d in comparison.discrepancies if d.kind == "wording"]
    fact_sentences = [{m.sentence for m in f.mentions} for f in comparison.facts]
    assert {"a.s1", "b.s1"} in fact_sentences
    assert [f.id for f in comparison.facts] == [f"f{n}" for n in range(1, len(comparison.facts) + 1)]
    assert wording.details == {"a": "numerous failures", "b": "some technical problems"}


def _ref(article: int, weights: dict[str, float]):
    from quizgen.compare.facts import SentenceRef
    return SentenceRef(article, 0, weights, sum(v * v for v in weights.values()) ** 0.5)


def test_a_fact_whose_members_do_not_all_match_is_split():
    from quizgen.compare.facts import _linked, _split
    bridge = _ref(0, {"bridg": 1.0, "close": 1.0, "may": 1.0, "repair": 1.0})
    both = _ref(1, {"bridg": 1.0, "close": 1.0, "may": 1.0, "ferri": 1.0, "trip": 1.0})
    ferry = _ref(2, {"ferri": 1.0, "trip": 1.0, "extra": 1.0, "work": 1.0})
    parts = _split([bridge, both, ferry])
    assert [[r.article for r in p] for p in parts] in ([[0, 1], [1, 2]], [[1, 2], [0, 1]])
    alone = _ref(2, {"parking": 1.0, "fee": 1.0, "council": 1.0})
    assert [r.article for r in _linked([bridge, both, alone])] == [0, 1]
