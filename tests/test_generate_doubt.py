"""Words of doubt that are not on the hedge list ("there are fears", "somewhere near",
"feared") never make a second right answer (issue 8, blind round r1): a typed hedge answer
accepts them, a sentence holding one is never offered as stating its point as certain, and
"it remained unclear" (something not known) is never keyed as a hedge. Invented harbor
strike; each rule over templates x fillers."""

from __future__ import annotations

import itertools
import random

import pytest
from test_generate import _analysis

from quizgen.generate import GENERATORS
from quizgen.generate.context import Context, Draft
from quizgen.generate.hedging import doubt_words, uncertain_words
from quizgen.generate.templates import load_templates
from quizgen.models import Comparison, Report

TEMPLATES = {t.id: t for t in load_templates()}
SOURCES = [("harbor master Mara Quill", "named_person"), ("the Kelso Port Authority", "named_organization")]
HEDGES = ["may", "could", "might"]
DOUBTS = [("There are fears that {n} workers {hedge} still be trapped under the crane", "fears"),
          ("The missing boat {hedge} be somewhere near the northern breakwater", "somewhere"),
          ("Up to {n} containers {hedge} have fallen into the harbor overnight", "up to"),
          # Ethiopian (r20): "nationals from at least 35 different countries" was a "certain" wrong option
          ("At least {n} containers {hedge} have fallen into the harbor overnight", "at least"),
          ("Residents are worried that {n} old houses {hedge} collapse in the next aftershock", "worried"),
          ("There was talk that {n} council members {hedge} back the motion next week", "talk"),
          ("A potential strike by {n} dockers {hedge} close the port next week", "potential"),
          ("Roughly {n} cranes {hedge} stand idle until the repairs end", "roughly"),
          # Sears (r32): "There can be no assurance that ... any transaction may occur" accepted "may" only
          ("There can be no assurance that {n} cranes {hedge} be sold before the deadline", "no assurance"),
          ("There is no guarantee that {n} cranes {hedge} be sold before the deadline", "no guarantee"),
          # Wirecard (r51): "EY said it sees signs of serious criminal behaviour" was offered as certain
          ("The auditor sees signs that {n} cranes {hedge} have been sold twice", "signs"),
          ("There are indications that {n} cranes {hedge} have been sold twice", "indications"),
          # AlphaGo (r52): "Lee looked nervous, and he seemed to be amused" accepted "seemed" only
          ("The {n} dockers looked tired and {hedge} have worked all night", "looked"),
          # Skilling (r58): "That may rise, depending on the appeal" accepted "may" only
          ("The fine on the {n} dockers {hedge} rise, depending on the appeal", "depending")]
SOLID = ["The ferry sailed from Kelso at noon on Monday with forty passengers on board, {src} said.",
         "The union voted on Sunday evening to end the strike after three weeks of talks, {src} said.",
         "Two tugboats towed the damaged barge back to the northern pier before dawn, {src} said."]
FEARED = "The mayor feared an immense tragedy at the pier when the crane fell, {src} said."


def _rows(sentence: str, hedge: str, src: str, kind: str) -> list[tuple]:
    hedged = (f"{sentence}, {src} said.", [(src, kind, "said")], [(["hedged"], hedge)])
    solid = [(t.format(src=src), [(src, kind, "said")], []) for t in SOLID]
    feared = (FEARED.format(src=src), [(src, kind, "said")], [])
    return [hedged, *solid, feared]


def _report(rows: list[tuple]) -> Report:
    other = [(SOLID[0].format(src="the coast guard"), [("the coast guard", "named_organization", "said")], [])]
    return Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", other)], Comparison())


CASES = list(itertools.product(DOUBTS, HEDGES, SOURCES))


@pytest.mark.parametrize("doubt, hedge, source", CASES)
def test_a_typed_hedge_answer_accepts_the_other_words_of_doubt(doubt, hedge, source):
    (template, word), (src, kind) = doubt, source
    sentence = template.format(n=12, hedge=hedge)
    report = _report(_rows(sentence, hedge, src, kind))
    drafts = list(GENERATORS["hedge_cue"](Context(report, random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert drafts
    for d in drafts:
        assert d.accepted[0] == hedge and word in d.accepted, d.accepted


@pytest.mark.parametrize("doubt, hedge, source", CASES)
def test_a_sentence_with_a_word_of_doubt_is_never_offered_as_certain(doubt, hedge, source):
    (template, _), (src, kind) = doubt, source
    report = _report(_rows(template.format(n=12, hedge=hedge), hedge, src, kind))
    feared = FEARED.format(src=src)
    drafts = [d for seed in range(6) for d in GENERATORS["flagged_sentence"](
        Context(report, random.Random(seed)), TEMPLATES["hedged-sentence"])]
    assert drafts
    assert all(feared not in d.options for d in drafts)


@pytest.mark.parametrize("what, source", list(itertools.product(
    ["what led the crowd to surge", "how many workers were on the pier", "when the ferries will sail again"], SOURCES)))
def test_something_not_known_is_never_keyed_as_a_hedge(what, source):
    src, kind = source
    text = f"It remained unclear {what}, {src} said."
    report = _report([(text, [(src, kind, "said")], [(["hedged"], "unclear")]),
                      *[(t.format(src=src), [(src, kind, "said")], []) for t in SOLID]])
    for tpl in ("hedge-word", "hedge-word-short", "hedged-sentence"):
        generator = GENERATORS[TEMPLATES[tpl].generator]
        assert not [d for d in generator(Context(report, random.Random(0)), TEMPLATES[tpl])
                    if text in d.slots.get("sentence", "") or (d.right and d.options[d.right[0]] == text)]


@pytest.mark.parametrize("text, found", [
    ("There are fears the toll could rise.", ["fears"]),
    ("It is believed to be somewhere near the road.", ["somewhere"]),
    ("Up to 35 cars fell.", ["up to"]),
    ("Nationals of at least 35 countries were on board.", ["at least"]),
    ("The ferry sailed at noon.", []),
    # not knowing, said in more than one word
    ("“I'm not sure how many of us are left,” a resident said.", ["not sure"]),
    ("We don't know what caused the outage, the company said.", ["don't know"]),
    ("It is not certain that the pier will reopen.", ["not certain"]),
    # Google (r27): "remained to be seen" was no accepted answer beside "might"
    ("It remained to be seen how long the ruling would stand.", ["remained to be seen"]),
    ("How soon the pier reopens remains to be seen.", ["remains to be seen"]),
    # Myanmar (r29): "not immediately clear" was no accepted answer beside "appeared"
    ("It was not immediately clear how many people died.", ["not immediately clear"]),
    ("There can be no assurance that the sale will close.", ["no assurance"]),
    ("The firm gave no guarantees about the jobs.", ["no guarantees"]),
    ("The mayor was sure the pier would reopen.", []),
])
def test_doubt_words_are_read_in_order(text, found):
    assert doubt_words(text) == found


BACKGROUNDS = [
    "{place} is located roughly {n} miles east of the harbor city of Kelso.",
    "The village of {place} lies on the northern bank of the river, close to the old ferry pier.",
    "The pier at {place}, built in 1967, carried ferries across the bay for most of the last century.",
    "{place} has a population of {n},000 people and depends on the ferry for most of its trade.",
]


@pytest.mark.parametrize("background, place, n", list(itertools.product(BACKGROUNDS, ["Orla", "Brightwater"], [35, 12])))
def test_standing_background_is_never_keyed_as_a_claim_without_a_source(background, place, n):
    # a map or reference fact rests on no one's word; asking "which claim gives no source?"
    # about it teaches the wrong lesson
    text = background.format(place=place, n=n)
    rows = [("The union called the strike on Monday after talks broke down, union leader Dora Vance said.",
             [("union leader Dora Vance", "named_person", "said")], []),
            (text, [], [(["unattributed"], "")]),
            *[(t.format(src="the coast guard"), [("the coast guard", "named_organization", "said")], [])
              for t in SOLID]]
    report = _report(rows)
    drafts = [d for seed in range(4) for d in GENERATORS["flagged_sentence"](
        Context(report, random.Random(seed)), TEMPLATES["no-source-claim"])]
    assert not [d for d in drafts if d.options[d.right[0]] == text]


PLAIN_MODALS = [
    "Until the smoke {modal} be cleared, {who} stayed out of the warehouse",
    "Police closed the bridge so {who} {modal} pass through to the pier",
    "Crews bagged the belongings they found, hoping these {modal} help to name the victims",
    "The heat of the blaze {modal} be felt from across the harbor",
    "From the pier {who} {modal} see the flames rising over the roof",
    "{who_cap} {modal} not reach the upper deck because of the smoke",
    "Some residents questioned whether more {modal} still be done by {who} to warn them",
    "{who_cap} asked if the pier {modal} be reopened before the weekend",
    "The minister closed the pier on the basis that {who} {modal} stir unrest",
    "The permit was withdrawn on the grounds the visit of {who} {modal} spread the virus",
    "The deal averted a strike that {modal} have kept {who} off the ferries for weeks",
    "The crash {modal} have been prevented by {who} if the pier had been equipped with lights",
]
WHO = ["rescue crews", "the ferry workers", "firefighters"]


@pytest.mark.parametrize("template, who, modal, source", [
    (t, w, m, s) for t, w, m, s in itertools.product(PLAIN_MODALS, WHO, ["could", "can"], SOURCES)
    if not (m == "can" and "hoping" in t)])
def test_a_modal_of_purpose_hope_ability_or_inability_is_never_keyed_as_a_hedge(template, who, modal, source):
    src, kind = source
    text = template.format(who=who, who_cap=who[0].upper() + who[1:], modal=modal) + f", {src} said."
    report = _report([(text, [(src, kind, "said")], [(["hedged"], modal)]),
                      *[(t.format(src=src), [(src, kind, "said")], []) for t in SOLID]])
    for tpl in ("hedge-word", "hedge-word-short", "hedged-sentence"):
        generator = GENERATORS[TEMPLATES[tpl].generator]
        drafts = [d for seed in range(3) for d in generator(Context(report, random.Random(seed)), TEMPLATES[tpl])]
        assert not [d for d in drafts if d.slots.get("sentence") == text or (d.right and d.options[d.right[0]] == text)]


@pytest.mark.parametrize("claim, modal", list(itertools.product(
    ["The death toll {modal} rise as crews search the wreck", "The strike {modal} spread to the island ferries"],
    ["could", "may", "might"])))
def test_a_modal_that_hedges_a_claim_is_still_asked(claim, modal):
    src, kind = SOURCES[0]
    text = claim.format(modal=modal) + f", {src} said."
    report = _report([(text, [(src, kind, "said")], [(["hedged"], modal)]),
                      *[(t.format(src=src), [(src, kind, "said")], []) for t in SOLID]])
    drafts = list(GENERATORS["hedge_cue"](Context(report, random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert [d for d in drafts if d.slots["sentence"] == text and d.accepted[0] == modal]


POSTS = ["the commander of the harbor fire brigade", "the head of the port ambulance service", "the ferry operator's chief"]
NAMED = ["Jean Marot", "Commander Ilse Varga", "Tomas Brandt"]


@pytest.mark.parametrize("post, named, post_is_answer", list(itertools.product(POSTS, NAMED, [True, False])))
def test_a_post_and_a_named_person_are_never_answer_and_wrong_option(post, named, post_is_answer):
    # one outlet quotes "the commander of the fire brigade", another names him: the two may
    # be one person, so one is never the wrong option of a question keying the other
    claims = ["The fire spread to the north tower before dawn", "Three crews kept the blaze away from the pier",
              "The roof of the old warehouse collapsed at noon"]
    a_src, b_src = (post, named) if post_is_answer else (named, post)
    a_kind, b_kind = ("anonymous", "named_person") if post_is_answer else ("named_person", "anonymous")
    rows_a = [(f"{c}, {a_src} said.", [(a_src, a_kind, "said")], []) for c in claims]
    others = [("the coast guard", "named_organization"), ("the Kelso Port Authority", "named_organization"),
              ("a dock worker", "anonymous")]
    rows_b = [(f"The union called off the strike for the night, {b_src} said.", [(b_src, b_kind, "said")], []),
              *[(t.format(src=src), [(src, kind, "said")], []) for t, (src, kind) in zip(SOLID, others)]]
    report = Report([_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Coast Herald", rows_b)], Comparison())
    drafts = [d for seed in range(8) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"])
        if d.options[d.right[0]].lower() == a_src.lower()]
    assert drafts
    for d in drafts:
        assert not any(b_src.lower() == o.lower() for o in d.options), d.options


@pytest.mark.parametrize("source, role", [
    ("the commander of the Paris firefighter brigade", True), ("commander of the harbor fire brigade", True),
    ("the mayor", True), ("Kelso fire chief", True), ("the union leader's deputy", True),
    ("Kelso fire chief Ilse Varga", False), ("a witness", False), ("officials", False), ("the police", False),
    ("two county officials", False), ("a senior harbor official", False), ("sources familiar with the talks", False),
    ("the person familiar with the investigation", False), ("residents", False),
])
def test_a_post_held_by_one_person_is_told_from_unnamed_people(source, role):
    from quizgen.generate.confidence import kind_confidence, singular_role

    assert singular_role(source) is role
    # one person in a public post is not surely "anonymous": no question keys that kind
    if role:
        assert kind_confidence(source, "anonymous") == 0.0
    elif source[0].islower():
        assert kind_confidence(source, "anonymous") == 1.0


@pytest.mark.parametrize("shared", [0, 1, 2, 3])
def test_a_question_showing_the_sentences_another_shows_waits_until_its_skill_runs_short(shared):
    from quizgen.generate.assemble import _Picked
    from quizgen.generate.context import Draft
    from quizgen.models import Evidence, Question

    first = [t.format(src=s) for t, (s, _) in zip(SOLID, SOURCES * 2)]
    fresh = [f"The harbor board met for the {n} time this week to discuss the strike, its chair said."
             for n in ("first", "second", "third")]
    ev = [Evidence("a", "a.s1", "x", 0, 1)]
    picked = _Picked()
    picked.add(Question("q1", "spot_unverified", "multiple_choice", "t1", 1, "?", [], [], "", []),
               Draft({}, ev, "k1", options=first, right=[0]), frozenset(), "x")
    again = Draft({}, [Evidence("a", "a.s9", "y", 0, 1)], "k2", options=first[:shared] + fresh[:3 - shared], right=[0])
    assert picked.soft_repeat(again, "y") is (shared >= 2)


@pytest.mark.parametrize("perception", ["be seen", "be heard", "see"])
def test_a_typed_hedge_answer_never_accepts_a_modal_of_ability(perception):
    # "Some could be seen sliding down the deck" beside a real hedge ("appeared")
    text = (f"What appeared to be a fishing boat came alongside, and some passengers could {perception} "
            f"on the deck, harbor master Mara Quill said.")
    report = _report([(text, [("harbor master Mara Quill", "named_person", "said")], [(["hedged"], "appeared")]),
                      *[(t.format(src="the coast guard"), [("the coast guard", "named_organization", "said")], [])
                        for t in SOLID]])
    drafts = list(GENERATORS["hedge_cue"](Context(report, random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert drafts and all("appeared" in d.accepted and "could" not in d.accepted for d in drafts)


@pytest.mark.parametrize("group", ["Mourners at the funerals", "Families of the crew", "Neighbours on the quay"])
def test_people_the_analysis_typed_an_organization_are_never_a_named_source_option(group):
    # "which sentence rests only on an unnamed source?": a sentence resting on mourners is
    # one too, whatever the analysis typed them
    anon = ("The ferry sailed without its safety officer on board, two crew members said.",
            [("two crew members", "anonymous", "said")], [(["anonymous_source"], "two crew members")])
    mourners = (f"{group} said they had feared something like this for years.",
                [(group, "named_organization", "said")], [])
    rows = [anon, mourners, *[(t.format(src=src), [(src, kind, "said")], []) for t, (src, kind) in
                              zip(SOLID, [("harbor master Mara Quill", "named_person"),
                                          ("the Kelso Port Authority", "named_organization"),
                                          ("Coach Dario Penn", "named_person")])]]
    drafts = [d for seed in range(6) for d in GENERATORS["flagged_sentence"](
        Context(_report(rows), random.Random(seed)), TEMPLATES["anonymous-only-sentence"])]
    assert drafts and not any(mourners[0] in d.options for d in drafts)


@pytest.mark.parametrize("answer, option", [
    ("Lee's ministry", "Lee Gyeong-og"), ("Ng's office", "Mayor Bo Ng"),
    ("Soma Holding chairman Alp Gurkan", "The mining company"), ("harbor master Mara Quill", "the port authority"),
])
def test_one_source_at_two_levels_is_never_answer_and_wrong_option(answer, option):
    # a body and the person who speaks for it, or two sources sharing a name however short
    drafts = _source_of_claim_drafts(
        (answer, "named_person" if " " in answer else "named_organization"),
        [(option, "named_person" if option[0].isupper() and "company" not in option else "named_organization"),
         ("the coast guard", "named_organization"), ("the Kelso Port Authority", "named_organization"),
         ("a dock worker", "anonymous")])
    assert drafts
    assert not any(option.lower() == o.lower() for d in drafts for o in d.options)


def _source_of_claim_drafts(answer: tuple[str, str], others: list[tuple[str, str]]) -> list:
    """"Who is the source of ...?" drafts keyed on `answer` (source, kind), which says three
    claims in one article; `others` (source, kind) each say one claim in another article."""
    source, kind = answer
    claims = ["The fire spread to the north tower before dawn", "Three crews kept the blaze away from the pier",
              "The roof of the old warehouse collapsed at noon"]
    rows_a = [(f"{c}, {source} said.", [(source, kind, "said")], []) for c in claims]
    rows_b = [(t.format(src=src), [(src, k, "said")], []) for t, (src, k) in zip(SOLID + [FEARED], others)]
    report = Report([_analysis("a", "Kelso Courier", rows_a), _analysis("b", "Coast Herald", rows_b)], Comparison())
    return [d for seed in range(8) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"])
        if d.options[d.right[0]].lower() == source.lower()]


@pytest.mark.parametrize("who, verb, what", list(itertools.product(
    ["In 2017, the Brightwater ferry line", "Last year the Kelso Port Authority", "The union"],
    ["filed for bankruptcy", "closed its offices", "ended the season"],
    ["with plans to sell its boats", "with no plans to reopen", "with plans to liquidate its fleet"])))
def test_plans_as_a_noun_after_with_is_no_prediction(who, verb, what):
    from quizgen.generate.hedging import speaks_of_future

    assert not speaks_of_future(f"{who} {verb} {what}.")
    assert speaks_of_future(f"{who.split(',')[-1].strip()} plans to reopen the pier.")


@pytest.mark.parametrize("doubt, hedge, source", CASES)
def test_a_word_of_doubt_is_never_a_wrong_option_of_which_word_is_the_hedge(doubt, hedge, source):
    from quizgen.generate.unverified import _word_distractors
    from quizgen.models import Sentence

    text = doubt[0].format(n=12, hedge=hedge) + ", officials said."
    report = Report([_analysis("a", "Kelso Courier", [(text, [], [])])], Comparison())
    for seed in range(3):
        wrong = _word_distractors(Context(report, random.Random(seed)), Sentence("a.s1", text, 0, len(text)), hedge, 3)
        assert doubt[1].split()[0] not in wrong, wrong


@pytest.mark.parametrize("text, verb", [("The suspect is expected to appear in court on Friday.", "appear"),
                                        ("The suspect appeared before Judge Ambro on Tuesday.", "appeared"),
                                        ("The suspect will appear at a hearing in Kessel.", "appear")])
def test_appearing_in_court_is_no_hedge(text, verb):
    from quizgen.analyze.hedges import hedging_modal

    assert not hedging_modal(text, verb)
    seems = {"appear": "appears", "appeared": "appeared"}[verb]  # "to seem" stays a hedge
    assert hedging_modal(f"The fire {seems} to have started in the kitchen.", seems)


@pytest.mark.parametrize("aim", ["he intended to take some time to rest before making any further comment",
                                 "the union has pledged to rebuild the pier",
                                 "the council hoped to reopen the ferry line",
                                 "the crews were preparing to lift the barge", "the club wants to sign the captain"])
@pytest.mark.parametrize("src", ["harbor master Mara Quill", "the Kelso Port Authority"])
def test_an_aim_or_plan_is_never_a_wrong_option_of_which_sentence_is_a_prediction(aim, src):
    """'Djokovic said he intended to rest before commenting' is about the future too: it cannot
    stand beside the prediction as a sentence about what has happened."""
    planned = f"{src.capitalize() if src[0].islower() else src} said {aim} after the storm."
    rows = [("The ferry line will resume sailing to Kelso next month, " + src + " said.",
             [(src, "named_person", "said")], [(["prediction"], "will")]),
            (planned, [(src, "named_person", "said")], []),
            *[(t.format(src=src), [(src, "named_person", "said")], []) for t in SOLID]]
    report = _report(rows)
    drafts = [d for seed in range(6) for d in GENERATORS["flagged_sentence"](
        Context(report, random.Random(seed)), TEMPLATES["prediction-sentence"])]
    assert drafts and not any(planned in d.options for d in drafts)


@pytest.mark.parametrize("weighing", ["considered", "deemed", "regarded as"])
@pytest.mark.parametrize("hedge", HEDGES)
def test_a_word_that_weighs_a_claim_is_never_a_wrong_option_of_which_word_is_the_hedge(weighing, hedge):
    """Monterey Park (r12): "considered" (of "should be considered armed and dangerous") stood
    as a wrong option beside the hedge."""
    src, kind = SOURCES[0]
    text = f"The gunman {hedge} have fled north and should be {weighing} armed and dangerous, {src} said."
    report = _report([(text, [(src, kind, "said")], [(["hedged"], hedge)]),
                      *[(t.format(src=src), [(src, kind, "said")], []) for t in SOLID]])
    drafts = [d for seed in range(4) for d in GENERATORS["hedge_cue"](Context(report, random.Random(seed)),
                                                                     TEMPLATES["hedge-word"])]
    assert drafts and not any(weighing.split()[0] in d.options for d in drafts)


MEANINGS = [("reportedly", "reports"), ("allegedly", "accusation"), ("apparently", "look"),
            ("may", "possibility"), ("probably", "possibility")]


@pytest.mark.parametrize("hedge, meaning", MEANINGS)
@pytest.mark.parametrize("frame", ["The crane operator {hedge} ignored two warnings before the collapse",
                                   "Twelve dockers {hedge} left the terminal before the alarm sounded"])
@pytest.mark.parametrize("tpl", ["hedge-word", "hedge-word-short"])
def test_a_hedge_is_explained_by_what_it_tells(hedge, meaning, frame, tpl):
    """'reportedly' passes on unnamed reports, 'allegedly' an accusation (blind round r15):
    neither is 'put as a possibility'."""
    src, kind = SOURCES[0]
    report = _report(_rows(frame.format(hedge=hedge), hedge, src, kind))
    drafts = list(GENERATORS["hedge_cue"](Context(report, random.Random(0)), TEMPLATES[tpl]))
    assert drafts and all(meaning in d.slots["cue_meaning"] for d in drafts)


@pytest.mark.parametrize("opinion", ["I think we know there is going to be major damage at the pier",
                                     "We think the crane will be back in service by the weekend",
                                     "I guess the harbor will stay closed for a while"])
def test_a_sentence_giving_an_opinion_is_never_offered_as_certain(opinion):
    """Hurricane Ian (r17): 'I think we know there's going to be major impacts' was a wrong
    option of 'which sentence is hedged?'."""
    src, kind = SOURCES[0]
    rows = _rows(DOUBTS[0][0].format(n=12, hedge="may"), "may", src, kind)
    rows.append((f"\u201c{opinion},\u201d {src} said.", [(src, kind, "said")], []))
    report = _report(rows)
    drafts = [d for seed in range(6) for d in GENERATORS["flagged_sentence"](
        Context(report, random.Random(seed)), TEMPLATES["hedged-sentence"])]
    assert drafts and all(not any(opinion in o for o in d.options[1:]) for d in drafts)


# Words of doubt that do not hedge the sentence's claim, each in its frame: inside an if or
# whether clause (Equifax, r17: "check to see if they've potentially been impacted"), or an
# inability (Neymar, r18: "Barcelona could do nothing").
NOT_HEDGING = [(frame, word) for frame in ("Customers can check to see if they have {w} been affected by the outage",
                                           "Dockers asked whether the crane had {w} failed before the storm")
               for word in ("potentially", "possibly", "probably")] + [
    (frame, word) for frame in ("Harbor officials {w} do nothing to stop the strike",
                                "Residents {w} only watch as the crane fell into the water",
                                "The union {w} say little about the offer")
    for word in ("could", "can")]


@pytest.mark.parametrize("frame, word", NOT_HEDGING)
def test_a_word_of_doubt_that_hedges_no_claim_is_never_keyed(frame, word):
    src, kind = SOURCES[0]
    report = _report(_rows(frame.format(w=word), word, src, kind))
    for tpl in ("hedge-word", "hedge-word-short"):
        drafts = list(GENERATORS["hedge_cue"](Context(report, random.Random(0)), TEMPLATES[tpl]))
        assert not [d for d in drafts if word in (d.options or d.accepted)[:1]]


@pytest.mark.parametrize("noun", ["risk", "chance", "fear"])
@pytest.mark.parametrize("hedge", ["likely", "may"])
def test_a_noun_of_doubt_naming_a_reason_is_no_accepted_hedge(noun, hedge):
    """Thai cave (r19): 'likely ... because of the risk of infection' accepted 'risk' as the hedge."""
    src, kind = SOURCES[0]
    sentence = f"The divers {hedge} stay in hospital for a week because of the {noun} of infection"
    report = _report(_rows(sentence, hedge, src, kind))
    drafts = list(GENERATORS["hedge_cue"](Context(report, random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert drafts and all(noun not in d.accepted for d in drafts)


@pytest.mark.parametrize("sentence", ["The contract was signed in May.", "Talks ended on May 3 in Marlow.",
                                      "Since May, the ferry has run twice a day."])
def test_the_month_may_is_no_hedge(sentence):
    assert "May" not in uncertain_words(sentence)


@pytest.mark.parametrize("sentence", ["May the ferry run again soon?", "The ferry may run again in May."])
def test_the_verb_may_is_still_a_hedge(sentence):
    assert [w.lower() for w in uncertain_words(sentence)] == ["may"]


@pytest.mark.parametrize("phrase, word", [("as well as", "well"), ("as soon as", "soon"), ("as long as", "long"),
                                          ("as much as", "much")])
@pytest.mark.parametrize("hedge", HEDGES)
def test_a_word_of_a_set_phrase_is_never_a_wrong_option(phrase, word, hedge):
    """Jeju (r21): "well" of "as well as" was offered beside "reportedly"."""
    from quizgen.generate.unverified import _word_distractors
    from quizgen.models import Sentence

    text = f"Divers {hedge} search the wreck {phrase} the harbor floor before the tugboats return, officials said."
    report = Report([_analysis("a", "Kelso Courier", [(text, [], [])])], Comparison())
    for seed in range(4):
        wrong = _word_distractors(Context(report, random.Random(seed)), Sentence("a.s1", text, 0, len(text)), hedge, 3)
        assert word not in wrong and len(wrong) == 3, wrong


@pytest.mark.parametrize("fixture", ["will host four matches of the tournament", "will be held in the Kelso arena",
                                     "will take place on Sunday at the harbor", "will be played behind closed doors",
                                     # an award decided (Depp v. Heard, r43: "Heard will receive $2 million")
                                     "winner will receive $2 million from the organisers",
                                     "club will be paid \u00a340 million under the ruling",
                                     "harbor will get about 15 million euros in damages"])
@pytest.mark.parametrize("template", ["prediction-sentence", "verify-before-sharing"])
def test_a_fixture_is_no_prediction_to_doubt(fixture, template):
    """WADA (r22): "Saint Petersburg will host four matches" was taught as a prediction."""
    text = f"The final {fixture}."
    rows = [(text, [], [(["prediction"], "will")]),
            *[(t.format(src=src), [(src, kind, "said")], []) for t in SOLID for src, kind in SOURCES[:1]],
            ("The strike will probably end next week, the union said.", [("the union", "named_organization", "said")],
             [(["prediction"], "will"), (["hedged"], "probably")])]
    report = Report([_analysis("a", "Kelso Courier", rows)], Comparison())
    generator = GENERATORS[TEMPLATES[template].generator]
    drafts = [d for seed in range(3) for d in generator(Context(report, random.Random(seed)), TEMPLATES[template])]
    assert not any(text == d.options[r] for d in drafts for r in d.right)


@pytest.mark.parametrize("text, hedge, look", [
    ("Finding survivors was looking increasingly unlikely by Sunday night, officials said.", "unlikely", "looking"),
    ("The odds of finding the barge are minimal and it probably sank, officials said.", "probably", "minimal"),
    ("The pier seemed safe but may still close next week, officials said.", "may", "seemed")])
def test_a_word_for_how_things_look_is_never_a_wrong_option_of_the_hedge(text, hedge, look):
    """Brumadinho (r24): "looking" of "was looking increasingly unlikely" was offered as no hedge."""
    from quizgen.generate.unverified import _word_distractors
    from quizgen.models import Sentence

    report = Report([_analysis("a", "Kelso Courier", [(text, [], [])])], Comparison())
    for seed in range(4):
        wrong = _word_distractors(Context(report, random.Random(seed)), Sentence("a.s1", text, 0, len(text)), hedge, 3)
        assert look not in wrong, wrong


@pytest.mark.parametrize("hedge", ["most likely", "probably"])
@pytest.mark.parametrize("speaker, short", [("Governor Romeu Zema", "Zema"), ("harbor master Mara Quill", "Quill")])
def test_one_speakers_hedge_quoted_by_two_outlets_is_one_item(hedge, speaker, short):
    """Brumadinho (r24): Zema's "most likely" was asked twice, in two outlets' wordings."""
    from quizgen.generate.assemble import draft_items

    one = (f"The search will {hedge} find only bodies now, {speaker} said.", [(speaker, "named_person", "said")],
           [(["hedged"], hedge.split()[-1])])
    two = (f"Rescuers will {hedge} recover only bodies from now on, {short} said on Sunday.",
           [(short, "named_person", "said")], [(["hedged"], hedge.split()[-1])])
    report = Report([_analysis("a", "Kelso Courier", [one]), _analysis("b", "Coast Herald", [two])], Comparison())
    ctx = Context(report, random.Random(0))
    drafts = list(GENERATORS["hedge_cue"](ctx, TEMPLATES["hedge-word-short"]))
    assert len(drafts) == 2
    assert draft_items(ctx, drafts[0], "spot_unverified") & draft_items(ctx, drafts[1], "spot_unverified")


@pytest.mark.parametrize("compound", ["long-expected", "much-expected", "expected-value"])
def test_a_hedge_word_inside_a_compound_is_no_accepted_answer(compound):
    """Facebook (r28): "expected" of "The long-expected punishment" was accepted beside "unlikely"."""
    text = f"The {compound} fine is unlikely to change how the harbor board works, officials said."
    rows = [(text, [("officials", "anonymous", "said")], [(["hedged"], "unlikely")])]
    report = Report([_analysis("a", "Kelso Courier", rows)], Comparison())
    drafts = list(GENERATORS["hedge_cue"](Context(report, random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert drafts and all("expected" not in d.accepted for d in drafts)


def test_a_word_of_not_knowing_is_never_a_wrong_option_of_the_hedge():
    """Mexico City (r31): "know" of "We don't know if they are alive" was offered beside "possibly"."""
    from quizgen.generate.unverified import _word_distractors
    from quizgen.models import Sentence

    text = "\u201cWe don't know if they are alive, they are possibly trapped under the beams,\u201d a rescuer said."
    report = Report([_analysis("a", "Kelso Courier", [(text, [], [])])], Comparison())
    for seed in range(4):
        wrong = _word_distractors(Context(report, random.Random(seed)), Sentence("a.s1", text, 0, len(text)),
                                  "possibly", 3)
        assert "know" not in wrong, wrong


@pytest.mark.parametrize("thing, one, two", [("the transfer fee", "£150 million", "£130 million"),
                                             ("the repair bill for the Kelso pier", "$40 million", "$55 million"),
                                             ("the number of ferries sold", "twelve", "nine")])
@pytest.mark.parametrize("hedges", [("could", "may"), ("might", "could")])
def test_one_hedged_point_told_with_other_figures_by_two_outlets_is_one_item(thing, one, two, hedges):
    """Hazard (r32): "a deal that could rise to £150million" and "may rise up to £130 million",
    two outlets' hedges on one fee, were two hedge questions (4 of a 7-question quiz on the fee)."""
    from quizgen.generate.assemble import draft_items

    first = (f"Harbor officials said {thing} {hedges[0]} rise to {one} once bonuses are paid to Marlow Ferries.",
             [("Harbor officials", "anonymous", "said")], [(["hedged"], hedges[0])])
    second = (f"Harbor officials said {thing} {hedges[1]} rise to {two} once bonuses are paid to Marlow Ferries.",
              [("Harbor officials", "anonymous", "said")], [(["hedged"], hedges[1])])
    other = ("The union called a strike on Monday after talks broke down at the Kelso docks, union leader Dora "
             "Vance said.", [("union leader Dora Vance", "named_person", "said")], [])
    report = Report([_analysis("a", "Kelso Courier", [first, other]), _analysis("b", "Coast Herald", [second])],
                    Comparison())
    ctx = Context(report, random.Random(0))
    drafts = [d for d in GENERATORS["hedge_cue"](ctx, TEMPLATES["hedge-word-short"])]
    assert len(drafts) == 2
    assert draft_items(ctx, drafts[0], "spot_unverified") & draft_items(ctx, drafts[1], "spot_unverified")
    # a compare question may still set the two side by side
    assert not draft_items(ctx, drafts[0], "compare_coverage") & draft_items(ctx, drafts[1], "compare_coverage")
    # and a hedge on another point of the same article stays apart
    strike = Draft({}, [ctx.evidence("a.s2")], "x")
    assert not draft_items(ctx, drafts[0], "spot_unverified") & draft_items(ctx, strike, "spot_unverified")


@pytest.mark.parametrize("answer", ["Aeronautica Civil", "the Kelso Port Authority"])
@pytest.mark.parametrize("described", ["Colombia's aviation agency", "Kelso\u2019s port authority",
                                       "the country's aviation agency"])
def test_a_body_described_by_a_possessive_is_never_a_wrong_option_beside_a_named_body(answer, described):
    """Chapecoense (r34): "Colombia's aviation agency" was a wrong option beside "Aeronautica
    Civil", which another article calls "Colombia's civil aviation authority, Aeronautica Civil"."""
    drafts = _source_of_claim_drafts((answer, "named_organization"), [
        (described, "named_organization"), ("the coast guard", "named_organization"),
        ("harbor master Mara Quill", "named_person"), ("a dock worker", "anonymous")])
    assert drafts
    assert not any(described.lower() == o.lower() for d in drafts for o in d.options)


@pytest.mark.parametrize("told", ["At halfway he was projected to finish in 1:59, and it began to look increasingly "
                                  "likely he would do it",
                                  "By noon the ferry looked likely to sail on time",
                                  "The vote was expected to pass easily, and it seemed likely the mayor would win"])
def test_an_old_expectation_is_never_keyed_as_a_hedge(told):
    """Kipchoge (r38): "it began to look increasingly likely he would accomplish that", in an
    article that reports the finish as fact, was a hedge-word question."""
    hedge = "likely"
    rows = _rows(told, hedge, "harbor master Mara Quill", "named_person")
    drafts = list(GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert not [d for d in drafts if told in d.slots["sentence"]]
    now = "The ferry is likely to sail on time"
    drafts = list(GENERATORS["hedge_cue"](Context(_report(_rows(now, hedge, "harbor master Mara Quill", "named_person")),
                                                  random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert [d for d in drafts if now in d.slots["sentence"]]


@pytest.mark.parametrize("told, hedge", [
    ("It looked like the visitors might stroll to victory until the hosts were awarded a penalty", "might"),
    ("For an hour it seemed as if the ferry would sail on time, but the storm closed the port", "would"),
    ("At halftime it looked as though Kelso could win the cup before the comeback began", "could")])
def test_how_a_moment_seemed_is_never_keyed_as_a_hedge(told, hedge):
    """World Cup final (r40): "It looked like Argentina might stroll to victory ... until France
    were awarded a penalty" tells how the match seemed, not a claim in doubt."""
    rows = _rows(told, hedge, "harbor master Mara Quill", "named_person")
    drafts = list(GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert not [d for d in drafts if told in d.slots["sentence"]]
    guess = "It looked like the driver might have fallen asleep at the wheel"
    drafts = list(GENERATORS["hedge_cue"](Context(_report(_rows(guess, "might", "harbor master Mara Quill",
                                                                 "named_person")), random.Random(0)),
                                          TEMPLATES["hedge-word-short"]))
    assert [d for d in drafts if guess in d.slots["sentence"]]


@pytest.mark.parametrize("told", [
    "Anything other than a soft landing could have sent the probe bouncing off the comet's surface",
    "Without the sea wall the storm could have flooded the whole harbor district",
    "Otherwise the fire could easily have spread to the fuel depot beside the quay"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_what_could_have_happened_is_never_keyed_as_a_hedge(told, template):
    """Philae (r42): "could" of "anything other than a soft landing could have sent the probe
    bouncing" was keyed as the hedge: it tells what did not happen, not a claim in doubt."""
    rows = _rows(told, "could", "harbor master Mara Quill", "named_person")
    drafts = list(GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES[template]))
    assert not [d for d in drafts if told in d.slots["sentence"]]
    now = "The storm could flood the whole harbor district tonight"
    drafts = list(GENERATORS["hedge_cue"](Context(_report(_rows(now, "could", "harbor master Mara Quill", "named_person")),
                                                  random.Random(0)), TEMPLATES[template]))
    assert [d for d in drafts if now in d.slots["sentence"]]


@pytest.mark.parametrize("told", ["Brief tremors could still be felt every few minutes in the valley",
                                  "The smoke could even be seen from the coast road",
                                  "But the players could change nothing in the second half",
                                  "Rescuers could find no one alive in the collapsed hall"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_what_could_or_could_not_be_done_is_never_keyed_as_a_hedge(told, template):
    """Nepal, US Open (r44): "tremors could still be felt", "they could change nothing": what
    people were able to do, keyed as a hedge."""
    rows = _rows(told, "could", "harbor master Mara Quill", "named_person")
    drafts = list(GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES[template]))
    assert not [d for d in drafts if told in d.slots["sentence"]]


@pytest.mark.parametrize("hedge", ["seemingly", "reportedly", "probably"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_one_hedge_word_is_asked_once_an_article(hedge, template):
    """US Open (r44): "seemingly" was the answer of two hedge questions on one article: the
    drafts share an item, so a quiz holds one of them."""
    rows = [(f"The ferry was {hedge} delayed by the storm, the coast guard said.",
             [("the coast guard", "named_organization", "said")], [(["hedged"], hedge)]),
            (f"The harbor board {hedge} plans to sell the old pier, harbor master Mara Quill said.",
             [("harbor master Mara Quill", "named_person", "said")], [(["hedged"], hedge)]),
            *[(t.format(src="the coast guard"), [("the coast guard", "named_organization", "said")], [])
              for t in SOLID]]
    drafts = list(GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES[template]))
    assert len(drafts) == 2 and drafts[0].items & drafts[1].items


@pytest.mark.parametrize("told, modal", [
    ("Neighbours asked why anyone would choose to live beside the old quay", "would"),
    ("She hoped this \u2018small miracle\u2019 might \u2018bring some light\u2019 to the family", "might"),
    ("He hoped the \u201clittle win\u201d could lift the town", "could")])
def test_a_modal_in_a_question_or_a_wish_is_no_hedge_key(told, modal):
    """Surfside (r47): "would" of "why anyone would choose to live" was accepted as a hedge, and
    "might" of a wish with quoted words was keyed as one."""
    from quizgen.analyze.hedges import hedging_modal

    assert not hedging_modal(told + ".", modal)
    rows = _rows(told, modal, "harbor master Mara Quill", "named_person")
    drafts = list(GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES["hedge-word-short"]))
    assert not [d for d in drafts if told in d.slots["sentence"]]


@pytest.mark.parametrize("hedge", ["reportedly", "likely"])
def test_the_word_hedge_is_never_a_wrong_option_of_which_word_is_the_hedge(hedge):
    """FTX (r47): "hedge" (of "the hedge fund Alameda") was a wrong option of "which word is a hedge?"."""
    text = f"The trading firm's hedge fund {hedge} moved customer money to cover its losses, the regulator said."
    rows = [(text, [("the regulator", "named_organization", "said")], [(["hedged"], hedge)]),
            *[(t.format(src="the coast guard"), [("the coast guard", "named_organization", "said")], [])
              for t in SOLID]]
    drafts = [d for seed in range(6)
              for d in GENERATORS["hedge_cue"](Context(_report(rows), random.Random(seed)), TEMPLATES["hedge-word"])]
    assert drafts and not any("hedge" in d.options for d in drafts)


@pytest.mark.parametrize("answer, option", [("a company statement", "The press release"),
                                            ("a press release", "a short statement"),
                                            ("an official notice", "the announcement")])
def test_two_described_documents_are_never_answer_and_wrong_option(answer, option):
    """FTX (r47): the key "a company statement" beside the option "The press release": one
    announcement, described twice."""
    drafts = _source_of_claim_drafts((answer, "document"), [
        (option, "document"), ("the coast guard", "named_organization"), ("harbor master Mara Quill", "named_person"),
        ("a dock worker", "anonymous")])
    assert drafts and not any(option.lower() == o.lower() for d in drafts for o in d.options)


@pytest.mark.parametrize("told", ["The leaking tanker cars caused potentially fatal explosions in the town centre",
                                  "Crews moved the potentially toxic sludge away from the river overnight"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_a_kind_of_risk_named_before_its_noun_is_no_hedge_key(told, template):
    """Lac-Mégantic (r48): "potentially fatal explosions" names a real risk; it was keyed as a hedge."""
    rows = _rows(told, "potentially", "harbor master Mara Quill", "named_person")
    drafts = list(GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES[template]))
    assert not [d for d in drafts if told in d.slots["sentence"]]
    guess = "The leaking gas is potentially fatal to anyone near the tracks"
    drafts = list(GENERATORS["hedge_cue"](Context(_report(_rows(guess, "potentially", "harbor master Mara Quill",
                                                                 "named_person")), random.Random(0)),
                                          TEMPLATES[template]))
    assert [d for d in drafts if guess in d.slots["sentence"]]


def _keyed(text: str, hedge: str, template: str, before: str = "") -> bool:
    """Whether a hedge question keys the sentence (said by a harbor master, among plain ones)."""
    rows = [*([(before, [], [])] if before else []), *_rows(text, hedge, "harbor master Mara Quill", "named_person")]
    drafts = GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES[template])
    return any(text in d.slots["sentence"] for d in drafts)


@pytest.mark.parametrize("held", ["The feeling that this {m} be their last chance drove hundreds of fans to the gates",
                                  "A sense that the harbor {m} close for good sent traders to the town hall",
                                  "The growing fear that the pier {m} collapse emptied the market by noon",
                                  "The belief that the ferry {m} sail again kept the crew in Kelso"])
@pytest.mark.parametrize("modal", ["could", "might", "would"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_a_modal_inside_a_feeling_the_sentence_describes_is_no_hedge_key(held, modal, template):
    """Euro 2020 final (r51): "could" of "the feeling that this could be a once-in-a-lifetime
    opportunity had an unfortunate effect on English fans" was keyed; the claim is the effect."""
    assert not _keyed(held.format(m=modal), modal, template)
    doubting = "could" if modal == "would" else modal  # ("would" is never asked as the hedge)
    assert _keyed(f"Officials believe the pier {doubting} collapse before the spring", doubting, template)


@pytest.mark.parametrize("verdict", ["A jury found {who} guilty of all counts on Tuesday.",
                                     "{who} pleaded guilty to fraud in March.",
                                     "{who} was convicted of fraud last week.",
                                     "The guilty verdict against {who} came after two days."])
@pytest.mark.parametrize("word", ["allegedly", "alleged"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_an_accusation_the_article_reports_settled_is_no_hedge_key(verdict, word, template):
    """Rajaratnam (r54): "allegedly illegal trades" was keyed as a claim not proved, in an
    article whose lead says the jury "found Rajaratnam guilty of all counts"."""
    told = (f"Prosecutors played tapes of the {word} illegal trades" if word == "alleged"
            else "Prosecutors played tapes of the trades he allegedly made on secret tips")
    assert not _keyed(told, word, template, before=verdict.format(who="Tobias Fenwick"))
    # (the control: before a verdict "allegedly" is a hedge key; "alleged" before a noun is not asked anyway)
    assert _keyed(told, word, template, before="The trial goes on next week.") is (word == "allegedly")


@pytest.mark.parametrize("untold", ["Harbor workers were never warned the dust {m} harm their lungs",
                                    "The crew was not told that the crane {m} fail in high winds",
                                    "Residents say they had not been informed the pier {m} close"])
@pytest.mark.parametrize("modal", ["could", "might"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_a_modal_inside_a_warning_never_given_is_no_hedge_key(untold, modal, template):
    """Monsanto (r55): "could" of "was never warned it could cause cancer" was keyed as a hedge."""
    assert not _keyed(untold.format(m=modal), modal, template)
    assert _keyed(f"Harbor workers were warned the dust {modal} harm their lungs", modal, template)


@pytest.mark.parametrize("sure", ["Divers saw what could only be a body floating near the pier",
                                  "The noise can only have been the old crane falling",
                                  "The smoke could only have come from the engine room"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_could_only_be_is_no_hedge_key(sure, template):
    """AirAsia (r56): "could" of "what could only be a body floating on the water" was keyed as a
    hedge; "could only be" draws a conclusion, near certain."""
    assert not _keyed(sure, "can" if " can " in sure else "could", template)


@pytest.mark.parametrize("opening", ["If the port insists on the repairs", "Unless the union backs down"])
def test_a_typed_hedge_accepts_the_condition_and_never_would(opening):
    """Kerviel (r56): "would" was accepted as a hedge beside "probably", and "if" of a condition
    the claim hangs on was refused."""
    text = f"{opening}, the ferry would probably not sail before May"
    rows = _rows(text, "probably", "harbor master Mara Quill", "named_person")
    drafts = [d for d in GENERATORS["hedge_cue"](Context(_report(rows), random.Random(0)), TEMPLATES["hedge-word-short"])
              if text in d.slots["sentence"]]
    assert drafts
    for d in drafts:
        assert "would" not in d.accepted and opening.split()[0].lower() in d.accepted, d.accepted


@pytest.mark.parametrize("told", ["Crews could not say when the fire on the pier {m} die out",
                                  "There was no estimate of how long the repairs {m} take",
                                  "Nobody knew where the missing barge {m} have drifted",
                                  "It was a final no one {m} have predicted a year ago",
                                  "There was no way anyone on the pier {m} have survived the blast",
                                  "There is no way that the old crane {m} lift the hull",
                                  "Divers said there was no way the 12 sailors {m} still be alive"])
@pytest.mark.parametrize("modal", ["might", "could"])
@pytest.mark.parametrize("template", ["hedge-word", "hedge-word-short"])
def test_a_modal_in_an_indirect_question_or_a_possibility_ruled_out_is_no_hedge_key(told, modal, template):
    """Deepwater Horizon (r58): "could not say when the flames might die out"; Raducanu (r59): "a
    matchup no one could have predicted"; Upper Big Branch (r52): "there was no way anyone in the
    mine could have survived": the sentences state what is not known, or deny flatly."""
    assert not _keyed(told.format(m=modal), modal, template)


@pytest.mark.parametrize("feeling", ["hard on my family", "painful for all of us", "tough on me"])
def test_a_hedge_inside_a_speakers_own_feelings_is_no_hedge_key(feeling):
    """Skilling (r58): "probably" of "incredibly hard on me, but probably, more important, incredibly
    hard on my family" was keyed as a hedged claim."""
    text = f"\u201cIt has been hard on me, but probably, more important, {feeling},\u201d he told the court"
    assert not _keyed(text, "probably", "hedge-word") and not _keyed(text, "probably", "hedge-word-short")


# Ecuador (r55) "mostly" beside "believed"; AirAsia (r56) "resemble" beside "appeared"; Maxwell (r57)
# "argue" beside "may"; Camp Fire, Epic v Google (r59) "least" of "at least", "technically"
LIMITING = [*[(f"The northern towns are believed to have been {w} affected by the storm", "believed", w)
              for w in ("mostly", "largely", "partly", "mainly", "almost")],
            ("The pieces appeared to resemble parts of a ferry hull", "appeared", "resemble"),
            ("The union may argue that the port broke its own rules", "may", "argue"),
            ("The strike is expected to last at least through Friday", "expected", "least"),
            ("The port apparently reopened although the rules technically forbid it", "apparently", "technically")]


@pytest.mark.parametrize("text, hedge, other", LIMITING)
def test_words_that_limit_liken_or_argue_are_never_wrong_options_of_which_word_is_the_hedge(text, hedge, other):
    rows = [(f"{text}, the regulator said.", [("the regulator", "named_organization", "said")], [(["hedged"], hedge)]),
            *[(t.format(src="the coast guard"), [("the coast guard", "named_organization", "said")], [])
              for t in SOLID]]
    drafts = [d for seed in range(8)
              for d in GENERATORS["hedge_cue"](Context(_report(rows), random.Random(seed)), TEMPLATES["hedge-word"])]
    assert drafts and not any(other in d.options for d in drafts)


@pytest.mark.parametrize("modal", ["could", "might", "may"])
@pytest.mark.parametrize("inner, keyed", [
    # the claim's own clause, what a verb or a noun of doubt introduces, a relative clause, an aside
    ("The toll at the pier {m} rise again tonight", True),
    ("Harbor officials said on Monday that the toll {m} rise again", True),
    ("Researchers who studied the pier say the crane {m} fail in a storm", True),
    ("The new study, which {m} cost millions, was ordered by the council", True),
    ("Divers found what {m} be the missing hull near the pier", True),
    ("There are growing fears that the old crane {m} fail in a storm", True),
    # nobody at all, a ruling's permission
    ("It was a storm that nobody in Kelso {m} have foreseen", False),
    ("The judge ruled that the crew {m} leave the island on Friday", False)])
def test_a_modal_is_keyed_only_when_the_claim_itself_is_put_as_possible(modal, inner, keyed):
    """Cosby (r61): "could" of "Judge O'Neill ruled that Cosby could be released on bail" was keyed:
    what a ruling allows is no doubt; a possibility the writer puts forward still is."""
    text = inner.format(m=modal)
    assert _keyed(text, modal, "hedge-word-short") is keyed, text
