"""An article may make one point twice, once from an unnamed source and once from a named
one ("French investigators say the recorder produced usable data" ... "We have extracted
usable data," said the agency's head). Then the named source is a second right answer of
"who is given as the source?", and "the article does not name the source" is arguable
(issue 8, blind rounds r14 and r15). Invented harbor inquiry; each rule over templates x
fillers."""

from __future__ import annotations

import itertools
import random

import pytest
from test_generate import _analysis

from quizgen.generate import GENERATORS
from quizgen.generate.context import Context
from quizgen.generate.templates import load_templates
from quizgen.models import Comparison, Report

TEMPLATES = {t.id: t for t in load_templates()}
# (the point told plainly, the same point in a named source's own words)
POINTS = [("The crane's data recorder has produced usable readings",
           "We have just pulled usable readings from the crane's data recorder"),
          ("Divers found the missing barge wedged near the northern breakwater",
           "Our divers found the missing barge wedged against the northern breakwater"),
          ("The ferry company will suspend the night crossing to Kelso until March",
           "We will suspend the night crossing to Kelso until March")]
UNNAMED = ["port investigators", "officials familiar with the inquiry", "people close to the company"]
NAMED = ["Mara Quill", "Tomas Erling"]
OTHERS = ["Harbor master Ines Roe said the tide was unusually high on Monday night.",
          "Union leader Sam Pike said the strike at the container terminal ended on Sunday.",
          "Coast guard captain Lena Voss said two tugboats towed a tanker clear of the pier."]


def _report(point: str, own_words: str, unnamed: str, named: str):
    rows = [(f"{point}, {unnamed} said.", [(unnamed, "anonymous", "said")], [(["anonymous_source"], unnamed)]),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS),
            (f"\u201c{own_words},\u201d said {named}, the head of the inquiry.", [(named, "named_person", "said")], [])]
    other = [("The weather office said gales would reach the coast by Friday.",
              [("The weather office", "named_organization", "said")], []),
             ("Mayor Oona Hart said the council would pay for the repairs.", [("Mayor Oona Hart", "named_person", "said")], [])]
    return Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", other)], Comparison())


CASES = list(itertools.product(POINTS, UNNAMED, NAMED))


@pytest.mark.parametrize("point, unnamed, named", CASES)
def test_a_named_source_of_the_same_point_is_never_a_wrong_option(point, unnamed, named):
    report = _report(*point, unnamed, named)
    drafts = [d for seed in range(4) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"]) if d.options[0] == unnamed]
    assert drafts
    assert all(named not in option for d in drafts for option in d.options)


@pytest.mark.parametrize("point, unnamed, named", CASES)
def test_the_article_is_not_said_to_leave_a_point_unnamed_that_it_names_elsewhere(point, unnamed, named):
    report = _report(*point, unnamed, named)
    drafts = list(GENERATORS["source_named"](Context(report, random.Random(0)), TEMPLATES["names-source-true-false"]))
    assert not any(d.right == [1] for d in drafts), [d.slots["claim"] for d in drafts if d.right == [1]]


@pytest.mark.parametrize("unnamed", UNNAMED)
def test_an_unnamed_source_of_a_point_made_once_is_still_asked_about(unnamed):
    """The control: with the named source on another point, the False item is made."""
    report = _report(POINTS[0][0], "The night shift will start an hour later from Monday", unnamed, NAMED[0])
    drafts = list(GENERATORS["source_named"](Context(report, random.Random(0)), TEMPLATES["names-source-true-false"]))
    assert any(d.right == [1] for d in drafts)


# Two sentences grouped as one fact: (first outlet's, second outlet's, same point?)
GROUPED = [
    ("Pictures of the crane's cab showed its steel frame bent and twisted from the fall.",
     "Debris was strewn across the quay, pieces of twisted steel smashed into bits by the fall.", False),
    ("Photos of the barge's hull showed the plating torn and buckled.",
     "Crews found torn plating from the pier's railings lying across the coast road.", False),
    ("The storm toppled 12 cranes at the Kelso container terminal on Monday.",
     "Twelve cranes, 12 in all, fell at the Kelso container terminal in Monday's storm.", True),
    ("Divers recovered the barge's anchor chain from the harbor mouth.",
     "The barge's anchor chain was recovered by divers from the harbor mouth.", True),
    # Lion Air (r22): one topic ("the black box"), two different points
    ("We hope the black box is not far from the main wreckage.",
     "Divers said the black box had not yet been found.", False),
    ("We hope the anchor chain is close to the broken pier.",
     "The anchor chain was sold for scrap last year.", False),
    ("The black box was found on Tuesday near the reef.",
     "Divers found the black box on Tuesday.", True),
]


@pytest.mark.parametrize("first, second, same", GROUPED)
def test_outlets_report_the_same_point_only_when_shared_specifics_pin_it_down(first, second, same):
    """'which outlets report this same point?' on sentences that share two ordinary words
    ("twisted", "steel") but speak of different things has no right answer (blind round r15)."""
    from quizgen.models import Fact, Mention

    filler = [("Union leader Sam Pike said the strike ended on Sunday.", [("Sam Pike", "named_person", "said")], [])]
    arts = [_analysis("a", "Kelso Courier", [(first, [], []), *filler]),
            _analysis("b", "Coast Herald", [(second, [], []), *filler]),
            _analysis("c", "Bay Star", [("The ferry sailed from Kelso at noon with forty passengers.", [], [])])]
    fact = Fact("f1", "the damage", [Mention("a", "a.s1", first), Mention("b", "b.s1", second)])
    report = Report(arts, Comparison([fact], [], None))
    drafts = [d for seed in range(3) for d in GENERATORS["fact_across_outlets"](
        Context(report, random.Random(seed)), TEMPLATES["outlets-report-fact"]) if d.key == "fact:f1"]
    assert bool(drafts) == same


@pytest.mark.parametrize("verb", ["told", "said to"])
@pytest.mark.parametrize("station", ["Dutch radio station NPO Radio 1", "broadcaster Kelso TV"])
def test_an_outlet_that_only_heard_the_speaker_is_no_lone_source(verb, station):
    """Eriksen (r16): 'the agent Martin Schoots told Dutch radio station NPO Radio 1 that ...'
    asked about NPO Radio 1 as a source, explained as 'what NPO Radio 1 said'."""
    from quizgen.generate.lone_sources import lone_sources

    outlet = station.split(" station ")[-1].removeprefix("broadcaster ")
    text = f"Agent Martin Schoots {verb} {station} that the striker was awake and talking."
    cue = verb.split()[0]
    rows = [(text, [("Agent Martin Schoots", "named_person", cue), (outlet, "media_outlet", verb)], []),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    other = [("The weather office said gales would reach the coast by Friday.",
              [("The weather office", "named_organization", "said")], [])]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", other)], Comparison())
    ctx = Context(report, random.Random(0))
    names = [lone.attribution.source for lone in lone_sources(ctx, report.articles[0])]
    assert outlet not in names and "Agent Martin Schoots" in names


@pytest.mark.parametrize("described", ["The UN agency", "the EU regulator", "the state ministry"])
def test_a_body_described_by_a_common_noun_is_never_a_wrong_source(described):
    """WHO (r17): 'The UN agency' (the WHO, in other words) was a wrong option beside 'The WHO'."""
    rows = [("The WHO said the outbreak was now a pandemic in 114 countries.", [("The WHO", "named_organization", "said")], []),
            (f"{described[0].upper() + described[1:]} said health systems lacked resilience.",
             [(described, "named_organization", "said")], []),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    other = [("The weather office said gales would reach the coast by Friday.",
              [("The weather office", "named_organization", "said")], [])]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", other)], Comparison())
    drafts = [d for seed in range(4) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"]) if d.options[0] == "The WHO"]
    assert drafts and not any(described.lower() == o.lower() for d in drafts for o in d.options[1:])


@pytest.mark.parametrize("first, second, shown", [("as much as $18 billion", "as high as $18 billion", False),
                                                  ("up to 300 homes", "as many as 300 homes", False),
                                                  ("about 1,200 residents", "roughly 1,200 residents", False),
                                                  ("as much as $18 billion", "$18 billion", True),
                                                  ("more than 300 homes", "up to 300 homes", True)])
def test_one_value_with_qualifiers_of_one_kind_is_no_difference(first, second, shown):
    """Volkswagen (r19): 'as much as $18 billion' / 'as high as $18 billion' was asked as a
    difference of qualifier."""
    from quizgen.generate.coverage import _same_reading

    assert _same_reading(first, second) is not shown


@pytest.mark.parametrize("described", ["The five-times grand slam champion", "the 28-year-old Russian",
                                       "the harbor master"])
@pytest.mark.parametrize("named", ["Sharapova", "Mara Quill"])
def test_a_described_person_and_a_named_one_are_not_shown_as_different_sources(described, named):
    """Sharapova (r19): 'The five-times grand slam champion said' / 'Sharapova said' was taught
    as 'the versions credit different sources'."""
    from quizgen.generate.coverage import _shown_difference
    from quizgen.models import Discrepancy, Mention

    point = "she had taken the drug for ten years on a doctor's advice"
    first, second = f"{described[0].upper() + described[1:]} said {point}.", f"{named} said {point}."
    report = Report([_analysis("a", "Kelso Courier", [(first, [(described, "anonymous", "said")], [])]),
                     _analysis("b", "Coast Herald", [(second, [(named, "named_person", "said")], [])])], Comparison())
    versions = [Mention("a", "a.s1", first), Mention("b", "b.s1", second)]
    disc = Discrepancy("d1", "who says so", "source", versions)
    assert not _shown_difference(Context(report, random.Random(0)), disc, *versions)


# (the point told plainly, the same point inside an accusation of something else)
ACCUSED = [("{who} tweeted that he had the money to buy the Kelso ferry line at $42 a share.",
            "A complaint filed Thursday alleged {who} lied in a tweet saying he would buy the Kelso ferry line at "
            "$42 a share."),
           ("{who} told investors the harbor deal was approved on Monday.",
            "Regulators claim {who} misled investors when he told them the harbor deal was approved on Monday."),
           ("{who} signed the Marlow dock contract in May.",
            "Prosecutors allege {who} forged papers before he signed the Marlow dock contract in May.")]
# (the point told plainly, the same point hedged)
HEDGED = [("{who} bought the Kelso ferry line for $42 a share.", "{who} reportedly bought the Kelso ferry line for $42 "
                                                                 "a share.", "reportedly"),
          ("{who} signed the Marlow dock contract in May.", "{who} is believed to have signed the Marlow dock "
                                                             "contract in May.", "believed"),
          ("{who} stole the harbor paintings in May.", "{who} allegedly stole the harbor paintings in May.",
           "allegedly")]


def _certainty(plain: str, hedged: str, hedge: str) -> bool:
    from quizgen.generate.coverage import _shown_difference
    from quizgen.models import Discrepancy, Mention

    report = Report([_analysis("a", "Kelso Courier", [(plain, [], [])]),
                     _analysis("b", "Coast Herald", [(hedged, [], [(["hedged"], hedge)])])], Comparison())
    versions = [Mention("a", "a.s1", plain), Mention("b", "b.s1", hedged)]
    disc = Discrepancy("d1", "how sure", "certainty", versions, {"a": "stated as fact", "b": hedge})
    return _shown_difference(Context(report, random.Random(0)), disc, *versions)


@pytest.mark.parametrize("plain, hedged", ACCUSED)
@pytest.mark.parametrize("who", ["Mara Quill", "Tomas Erling"])
def test_a_hedge_on_an_accusation_is_no_hedge_on_the_point_it_mentions(plain, hedged, who):
    """Musk (r20): 'alleged Musk lied in a tweet ... $420' was taught as hedging 'Musk tweeted
    that ... $420'; the hedge is on the lie."""
    hedge = next(w for w in ("alleged", "claim", "allege") if f" {w} " in hedged)
    assert not _certainty(plain.format(who=who), hedged.format(who=who), hedge)


@pytest.mark.parametrize("plain, hedged, hedge", HEDGED)
@pytest.mark.parametrize("who", ["Mara Quill", "Tomas Erling"])
def test_a_hedge_on_the_point_itself_is_a_certainty_difference(plain, hedged, hedge, who):
    assert _certainty(plain.format(who=who), hedged.format(who=who), hedge)


@pytest.mark.parametrize("body, noun", [("Kelso Ferries", "company"), ("Harbor Air", "airline"),
                                        ("Marlow Motors", "carmaker")])
@pytest.mark.parametrize("frame", ["The {noun} is cooperating with the inquiry, {body} said.",
                                   "{body} said the {noun} was deeply saddened by the loss.",
                                   "{body} said we are unable to comment while the inquiry goes on."])
@pytest.mark.parametrize("speaker, kind", [("{body}", "named_organization"), ("A statement from {body}", "document"),
                                           ("A {body} spokesman", "anonymous")])
def test_a_claim_that_speaks_of_its_own_body_is_not_asked(body, noun, frame, speaker, kind):
    """Volkswagen (r19), Ethiopian (r20): "the manufacturer was 'deeply saddened'" pointed at
    the one manufacturer among the options."""
    speaker = speaker.format(body=body)
    text = frame.replace("{body}", speaker).format(noun=noun)
    text = text[0].upper() + text[1:]
    rows = [(text, [(speaker, kind, "said")], []), *(
        (t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", rows[1:])], Comparison())
    drafts = [d for seed in range(3) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"])]
    assert drafts and not any(d.options[0] == speaker for d in drafts)  # the people's claims are still asked


@pytest.mark.parametrize("office", ["chief executive officer", "CEO", "spokeswoman", "managing director"])
@pytest.mark.parametrize("body", ["The Management of Kelso Ferries", "Harbor Air", "the Marlow Port Authority"])
def test_a_person_with_an_office_of_no_named_body_is_no_wrong_option_for_a_body(office, body):
    """Ethiopian (r20): "chief executive officer Tewolde GebreMariam" was a wrong option beside
    "The Management of the Ethiopian Airline" (he heads it)."""
    head = f"{office} Ines Varga"
    claim = f"{body[0].upper() + body[1:]} confirmed that two passengers from Kelso were on the ferry."
    rows = [(claim, [(body, "named_organization", "confirmed")], [])]
    other = [(f"The crossing was rough all night, {head} told reporters.", [(head, "named_person", "told")], []),
             *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", other)], Comparison())
    drafts = [d for seed in range(4) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"]) if d.options[0] == body]
    assert drafts and not any(head in option for d in drafts for option in d.options)


@pytest.mark.parametrize("unnamed", ["an agency spokesperson", "a FIFA spokesman", "a company representative"])
def test_a_spokesperson_is_never_a_wrong_source_nor_asked_as_unnamed(unnamed):
    """WADA (r22): "an agency spokesperson" (Fitzgerald, named by another outlet) was a wrong
    option beside "Fitzgerald", and "does not name its source" was keyed for it."""
    said = f"The ferry ban will last four years, {unnamed} said."
    rows = [(said, [(unnamed, "anonymous", "said")], [(["anonymous_source"], unnamed)]),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", rows[1:])], Comparison())
    for seed in range(3):
        ctx = Context(report, random.Random(seed))
        drafts = list(GENERATORS["attribution"](ctx, TEMPLATES["source-of-claim"]))
        assert drafts and not any(unnamed in d.options[1:] for d in drafts)
        named = list(GENERATORS["source_named"](Context(report, random.Random(seed)),
                                                TEMPLATES["names-source-true-false"]))
        assert not any(d.evidence[0].text == said for d in named)


@pytest.mark.parametrize("noun", ["Evidence", "Data", "Footage"])
def test_a_bare_document_noun_is_never_a_wrong_source(noun):
    """WADA (r22): "Evidence" (from "Evidence shows that ...") was offered as a source."""
    shows = f"{noun} shows that the crane was overloaded on the night it fell."
    rows = [(shows, [(noun, "document", "shows")], []),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", rows[1:])], Comparison())
    drafts = [d for seed in range(3) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"])]
    assert drafts and not any(noun in d.options[1:] for d in drafts)


@pytest.mark.parametrize("intro", ["Here\u2019s more from the Kelso Courier on the strike:",
                                   "The Coast Herald reported on Monday:", "As Mara Quill put it in her letter:"])
def test_a_sentence_in_a_passage_introduced_as_someones_is_not_asked_as_unnamed(intro):
    """Uber (r24): a passage after "Here's more from the Times on his resignation:" was keyed
    "does not name its source"."""
    unnamed = "The ferry strike ended after hours of talks, according to two people familiar with the matter."
    rows = [(intro, [], []), (unnamed, [("two people familiar with the matter", "anonymous", "according to")],
                              [(["anonymous_source"], "two people familiar with the matter")]),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    report = Report([_analysis("a", "Bay Star", rows), _analysis("b", "Coast Herald", rows[2:])], Comparison())
    for seed in range(3):
        drafts = list(GENERATORS["source_named"](Context(report, random.Random(seed)),
                                                 TEMPLATES["names-source-true-false"]))
        assert drafts and not any(d.evidence[0].text == unnamed for d in drafts)


@pytest.mark.parametrize("unnamed, named", [("A U.S. judge", "U.S. District Judge Amit Morrow"),
                                            ("a harbor inspector", "Chief Inspector Lena Voss"),
                                            ("A federal prosecutor", "Prosecutor Dana Kirk")])
def test_a_described_person_the_article_names_by_title_is_not_asked_as_unnamed(unnamed, named):
    """Google (r27): "A U.S. judge ruled ..." was keyed "an unnamed person" while the next
    sentence named U.S. District Judge Amit Mehta."""
    ruled = f"{unnamed[0].upper() + unnamed[1:]} ruled on Monday that the ferry company broke the law."
    rows = [(ruled, [(unnamed, "anonymous", "ruled")], [(["anonymous_source"], unnamed)]),
            (f"{named} wrote that the company had kept its rivals out of the harbor for years.", [], []),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    report = Report([_analysis("a", "Bay Star", rows), _analysis("b", "Coast Herald", rows[2:])], Comparison())
    for seed in range(3):
        for template in ("names-source-true-false", "source-kind"):
            tpl = TEMPLATES[template]
            drafts = list(GENERATORS[tpl.generator](Context(report, random.Random(seed)), tpl))
            assert not any(d.evidence[0].text == ruled for d in drafts)


@pytest.mark.parametrize("people, body", [("sheriff's officials", "the Sheriff's Department"),
                                          ("harbor board members", "the Kelso Harbor Board"),
                                          ("fire department officials", "the Kelso Fire Department")])
def test_a_body_and_its_people_are_not_shown_as_different_sources(people, body):
    """Tiger Woods (r29): "sheriff's officials said" / "according to the Sheriff's Department"
    was taught as "the versions credit different sources"."""
    from quizgen.generate.coverage import _shown_difference
    from quizgen.models import Discrepancy, Mention

    point = "the driver was taken to hospital with serious leg injuries"
    first, second = f"{people[0].upper() + people[1:]} said {point}.", f"According to {body}, {point}."
    report = Report([_analysis("a", "Kelso Courier", [(first, [(people, "anonymous", "said")], [])]),
                     _analysis("b", "Coast Herald", [(second, [(body, "named_organization", "according to")], [])])],
                    Comparison())
    versions = [Mention("a", "a.s1", first), Mention("b", "b.s1", second)]
    disc = Discrepancy("d1", "who says so", "source", versions)
    assert not _shown_difference(Context(report, random.Random(0)), disc, *versions)


@pytest.mark.parametrize("officials", ["NFL officials", "UN officials", "Kelso Port Authority officials"])
def test_officials_of_a_named_body_are_never_keyed_as_the_unnamed_kind(officials):
    """Deflategate (r28): "NFL officials reported" was keyed "an unnamed (anonymous) person or group"."""
    reported = f"{officials} reported on Monday that the ferry line would lose two routes."
    rows = [(reported, [(officials, "anonymous", "reported")], [(["anonymous_source"], officials)]),
            ("The Coast Herald said the crossing was rough.", [("The Coast Herald", "media_outlet", "said")], []),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    report = Report([_analysis("a", "Bay Star", rows), _analysis("b", "Kelso Courier", rows[2:])], Comparison())
    drafts = [d for seed in range(3) for d in GENERATORS["source_kind"](
        Context(report, random.Random(seed)), TEMPLATES["source-kind"])]
    assert not any(d.options[0] == officials for d in drafts)


@pytest.mark.parametrize("document", ["the press release", "a statement", "the report"])
@pytest.mark.parametrize("body", ["PGA Tour", "the Kelso Port Authority"])
def test_a_described_document_is_no_wrong_option_when_the_answer_is_a_body(document, body):
    """PGA-LIV (r31): "the press release" was a wrong option beside "PGA Tour", whose
    announcement it was."""
    rows = [(f"{body[0].upper() + body[1:]} said the two tours would merge next year.",
             [(body, "named_organization", "said")], []),
            *((t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    other = [(f"The merger will unify the sport, according to {document}.", [(document, "document", "according to")],
              []), *rows[1:]]
    report = Report([_analysis("a", "Bay Star", rows), _analysis("b", "Coast Herald", other)], Comparison())
    drafts = [d for seed in range(4) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"]) if d.options[0] == body]
    assert drafts and not any(document in d.options for d in drafts)


@pytest.mark.parametrize("body", ["The South American Football Confederation", "the Kelso Ferry Authority",
                                  "Harbor Holdings"])
@pytest.mark.parametrize("frame", ["{body} said all activities of the {head} are suspended until further notice.",
                                   "Every match run by the {head} is off this week, {body} said."])
def test_a_claim_naming_the_head_of_its_source_is_not_asked(body, frame):
    """Chapecoense (r34): "all activities of the Confederation are suspended", said the South
    American Football Confederation: only one option had "Confederation" in it."""
    head = body.split()[-1]
    text = frame.format(body=body, head=head)
    text = text[0].upper() + text[1:]
    rows = [(text, [(body, "named_organization", "said")], []), *(
        (t, [(t.split(" said")[0], "named_person", "said")], []) for t in OTHERS)]
    report = Report([_analysis("a", "Kelso Courier", rows), _analysis("b", "Coast Herald", rows[1:])], Comparison())
    drafts = [d for seed in range(3) for d in GENERATORS["attribution"](
        Context(report, random.Random(seed)), TEMPLATES["source-of-claim"])]
    assert drafts and not any(d.options[0].lower() == body.lower() for d in drafts)


def test_a_word_capitalised_only_to_open_the_claim_is_no_hint():
    from quizgen.generate.sources import _points_at_its_source
    from quizgen.models import Attribution

    att = Attribution("a statement by Kelso State Police", "document", "said", "a.s1", "")
    assert not _points_at_its_source(att, "Police arrested the suspect on a warrant on Monday")
    assert _points_at_its_source(att, "the suspect was held by Police in Kelso on Monday")
