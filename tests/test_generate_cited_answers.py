"""Typed answers to "name an outlet the article cites" accept every outlet the article
gives as a source: one it credits, one that acts in it ("Forbes ranked her"), and the
full name of one it names short ("The Journal" after "The Wall Street Journal")."""

from __future__ import annotations

import pytest

from quizgen.generate import generate_quiz
from quizgen.generate.templates import load_templates
from quizgen.models import Article
from quizgen.pipeline import build_report
from quizgen.scoring import is_correct

OTHER = ("The Kelso Courier", "The fish market in Kelso will move to a larger hall beside the museum in April, "
         "Mayor Ada Quill said on Monday. The hall will open on weekdays, the mayor said. "
         "Traders said the rent would rise by a third.")


def _cited_question(body: str):
    articles = [Article("ledger", body, "Harbor Ledger"), Article("courier", OTHER[1], OTHER[0])]
    templates = [t for t in load_templates() if t.id == "cited-outlet"]
    quiz = generate_quiz(build_report(articles), skills=["find_source"], templates=templates, count=3)
    return next(q for q in quiz.questions if q.template == "cited-outlet")


@pytest.mark.parametrize("full, short", [("The Wall Street Journal", "The Journal"),
                                         ("The Washington Post", "The Post"), ("The New York Times", "The Times")])
@pytest.mark.parametrize("acting", ["Forbes ranked", "Bloomberg named", "Reuters has described"])
def test_an_acting_outlet_and_the_full_name_of_a_short_one_are_right_answers(full, short, acting):
    body = (f"In 2019, {acting} the fish market as the busiest on the coast. "
            f"The trouble began in 2015 when {full} took a deeper look at the market's accounts. "
            f"{short} reported that only a small share of the fish was weighed on the market's own scales. "
            "The market will move to a larger hall beside the museum in April, Mayor Ada Quill said on Monday.")
    question = _cited_question(body)
    for answer in (full, short, acting.split()[0]):
        assert is_correct(question, [answer]), (answer, question.answer)


@pytest.mark.parametrize("credit", ["AFP photo", "Photo: Reuters", "(Image: AP)", "Reuters/File Photo"])
def test_an_outlet_credited_with_a_picture_is_a_right_answer(credit):
    """Nepal (r44): the article credited "AFP photo" and only "Reuters" was accepted."""
    outlet = next(n for n in ("AFP", "Reuters", "AP") if n in credit)
    body = (f"Divers search the harbor near the Kelso quay on Tuesday. {credit}\n"
            "The Harbor Times reported that only a small share of the fish was weighed on the market's own scales. "
            "The market will move to a larger hall in April, Mayor Ada Quill said on Monday.")
    question = _cited_question(body)
    assert is_correct(question, ["The Harbor Times"]) and is_correct(question, [outlet])


@pytest.mark.parametrize("credit, credited", [
    ("rc/jm (AP, Reuters, dpa, AFP)", ["AP", "Reuters", "dpa", "AFP"]), ("(AFP, Reuters)", ["AFP", "Reuters"]),
    ("mm/sms (dpa, EFE)", ["dpa", "EFE"]), ("(Reuters)", ["Reuters"])])
def test_agencies_a_closing_credit_line_names_are_right_answers(credit, credited):
    """Soma (r50): Deutsche Welle's article closed with "rc/jm (AP, Reuters, dpa, AFP)" and only
    the outlet it cited in the text was accepted."""
    body = ("The Harbor Times reported that only a small share of the fish was weighed on the market's own scales. "
            "The market will move to a larger hall in April, Mayor Ada Quill said on Monday.\n\n"
            f"{credit}")
    question = _cited_question(body)
    for answer in ["The Harbor Times", *credited]:
        assert is_correct(question, [answer]), (answer, question.answer)


@pytest.mark.parametrize("name", ["KBN", "HNA", "Harbor Asia.com", "Kelsoinfo.net"])
@pytest.mark.parametrize("verb", ["reported", "has reported"])
def test_letters_or_a_website_that_reported_are_right_answers(name, verb):
    """Wirecard (r51): "..., ChannelNew Asia.com (CNA) reported" and "CNA reported" were missed:
    letters or a web address the outlet table does not know may be the cited outlet."""
    body = ("The Harbor Times reported that only a small share of the fish was weighed on the market's own scales. "
            f"The market will move to a larger hall in April, {name} {verb}. "
            "The hall will open on weekdays, Mayor Ada Quill said on Monday.")
    question = _cited_question(body)
    assert is_correct(question, ["The Harbor Times"]) and is_correct(question, [name]), question.answer


@pytest.mark.parametrize("platform", ["YouTube", "Facebook", "TikTok"])
def test_a_platform_beside_an_outlet_word_is_no_cited_outlet(platform):
    """AlphaGo (r52): "YouTube" (of "DeepMind's YouTube channel") was accepted as a news outlet."""
    body = (f"The match was streamed live on the Kelso Lab's {platform} channel, the lab said. "
            "The Harbor Times reported that the program won the first game. "
            "The second game will be played on Thursday, Mayor Ada Quill said on Monday.")
    question = _cited_question(body)
    assert is_correct(question, ["The Harbor Times"]) and not is_correct(question, [platform]), question.answer


@pytest.mark.parametrize("airline", ["Air Orlan Express", "Air Kelso Star", "Air Coastland Herald"])
def test_an_airline_is_no_cited_outlet(airline):
    """Kozhikode (r51): "Air India Express" (an airline) was keyed as the outlet Zee News relies on."""
    body = (f"The embassy in Kelso said the flight had been delayed. “{airline} has set up a helpline for "
            "families,” it added. The Harbor Times reported that the runway was wet. "
            f"{airline} said the crew were safe.")
    question = _cited_question(body)
    assert is_correct(question, ["The Harbor Times"]) and not is_correct(question, [airline]), question.answer


@pytest.mark.parametrize("mention", ["Sky News was unable to broadcast from the quay.",
                                     "A Sky News van was parked on the quay."])
def test_an_outlet_only_mentioned_is_no_right_answer(mention):
    body = (f"{mention} The Harbor Times reported that only a small share of the fish was weighed on the "
            "market's own scales. The market will move to a larger hall in April, Mayor Ada Quill said on Monday.")
    question = _cited_question(body)
    assert is_correct(question, ["The Harbor Times"])
    assert not is_correct(question, ["Sky News"])


@pytest.mark.parametrize("cited, shown", [("The Harbor Times", "The Harbor Times"), ("Reuters", "Reuters"),
                                           ("The Journal", "The Journal"), ("The Associated Press", "AP")])
@pytest.mark.parametrize("template", ["only-outlet-short", "source-of-claim"])
def test_a_cited_outlet_is_asked_about_once(cited, shown, template):
    """Holmes (r40): "Only one of the articles names The Journal as a source: ..." answered
    "name an outlet WBRZ cites" (The Journal) in the same quiz: both ask about one outlet."""
    import random

    from quizgen.generate import GENERATORS
    from quizgen.generate.assemble import draft_items
    from quizgen.generate.context import Context, Draft

    body = ("According to Kelso Radio, the fish market lost money for the third year running. "
            f"{cited} reported that only a small share of the fish was weighed on the market's own scales. "
            "The market will move to a larger hall beside the museum in April, Mayor Ada Quill said on Monday.")
    articles = [Article("ledger", body, "Harbor Ledger"), Article("courier", OTHER[1], OTHER[0])]
    ctx = Context(build_report(articles), random.Random(0))
    cited_tpl = next(t for t in load_templates() if t.id == "cited-outlet")
    asked = next(iter(GENERATORS["cited_outlet"](ctx, cited_tpl)))
    other = Draft({}, [ctx.evidence(ctx.articles[0].sentences[1].id)], "k", subject=shown)
    skill = next(t for t in load_templates() if t.id == template).skill
    assert draft_items(ctx, asked, "find_source") & draft_items(ctx, other, skill)
    unrelated = Draft({}, [ctx.evidence(ctx.articles[0].sentences[2].id)], "k", subject="Mayor Ada Quill")
    assert not draft_items(ctx, asked, "find_source") & draft_items(ctx, unrelated, skill)


@pytest.mark.parametrize("title, first, last", [("Harbor master", "Tomas", "Rivera"),
                                                ("Transport Secretary", "Paul", "Widmark"),
                                                ("Fire Chief", "Ines", "Okafor")])
@pytest.mark.parametrize("seed", [0, 1])
def test_a_person_is_offered_by_full_name_not_bare_surname(title, first, last, seed):
    """Baltimore (r40): the key "Widefield" beside "Maryland Governor Wes Moore" and "President
    Biden": a bare surname set apart from the other options by its form."""
    ledger = (f"{title} {first} {last} confirmed at a news conference that eight people were on the bridge. "
              f"{last} said all six of the missing men were part of a road crew working on the bridge at night. "
              "He added that divers would return to the river at first light on Wednesday. "
              "Mayor Ada Quill said the harbor would reopen to ferries within a week.")
    courier = ("Coast Guard Admiral Lena Ortiz said the search had turned into a recovery effort on Tuesday. "
               "Governor Ben Adler said the state would rebuild the bridge as fast as it could.")
    import random

    from quizgen.generate import GENERATORS
    from quizgen.generate.context import Context

    articles = [Article("ledger", ledger, "Harbor Ledger"), Article("courier", courier, "Kelso Courier")]
    template = next(t for t in load_templates() if t.id == "source-of-claim")
    drafts = list(GENERATORS["attribution"](Context(build_report(articles), random.Random(seed)), template))
    options = [o for d in drafts for o in d.options]
    assert any("missing men" in d.slots["claim"] for d in drafts)
    assert options and last not in options
    assert all(o.endswith(f"{first} {last}") for o in options if o.endswith(last))
    assert not [o for o in options if "(" in o]  # never "he (Rivera)" (Chauvin, r45)


@pytest.mark.parametrize("feeling", ["It's the best feeling of my life", "I'm so proud of these players",
                                     "We are heartbroken for the families"])
@pytest.mark.parametrize("template", ["names-source-true-false", "source-of-claim"])
def test_a_speakers_own_feeling_is_no_claim_to_ask_about(feeling, template):
    """Women's World Cup (r43): 'does the article name the source of "It's the best feeling of
    my life"?': a feeling has nothing a source could back."""
    import random

    from quizgen.generate import GENERATORS
    from quizgen.generate.context import Context

    ledger = (f"\u201c{feeling},\u201d captain Ada Quill said after the final whistle. "
              "Harbor master Tomas Rivera said the quay would be rebuilt by the summer.")
    articles = [Article("ledger", ledger, "Harbor Ledger"), Article("courier", OTHER[1], OTHER[0])]
    tpl = next(t for t in load_templates() if t.id == template)
    drafts = list(GENERATORS[tpl.generator](Context(build_report(articles), random.Random(0)), tpl))
    assert not [d for d in drafts if feeling in d.slots.get("claim", "")]
    assert drafts or template == "source-of-claim"  # the other claims are still asked about


@pytest.mark.parametrize("name, short", [("Deutsche Welle", "DW"), ("Kelso Broadcasting Corporation", "KBC")])
def test_an_outlets_initials_are_shown_as_accepted_where_an_article_writes_them(name, short):
    """Nepal (r44): "told DW" in the article, and the key showed only "Deutsche Welle"."""
    import random

    from quizgen.generate.context import Context

    def names(body):
        articles = [Article("ledger", body, "Harbor Ledger"), Article("courier", OTHER[1], OTHER[0])]
        return Context(build_report(articles), random.Random(0)).answer_names(name)

    assert short in names(f"The quay will be rebuilt by the summer, harbor master Tomas Rivera told {short}.")
    assert short not in names("The quay will be rebuilt by the summer, harbor master Tomas Rivera said.")


@pytest.mark.parametrize("relay", ["Reuters", "the Island Gazette"])
@pytest.mark.parametrize("frame", ["Harbor master Tomas Rivera said the quay would be rebuilt by the summer, {relay} reported.",
                                   "Harbor master Tomas Rivera told {relay} that the quay would be rebuilt by the summer."])
def test_a_source_only_one_outlet_names_second_hand_is_explained_as_such(relay, frame):
    """Itaewon, Nepal (r44/r45): "Only Phnom Penh Post names Choi Seong-beom (cue: 'said')" for
    a sentence ending "Yonhap reported": the article has the words through another outlet."""
    import random

    from quizgen.generate import GENERATORS
    from quizgen.generate.context import Context

    ledger = frame.format(relay=relay) + " Mayor Ada Quill said the harbor would reopen to ferries within a week."
    articles = [Article("ledger", ledger, "Harbor Ledger"), Article("courier", OTHER[1], OTHER[0])]
    tpl = next(t for t in load_templates() if t.id == "only-outlet-short")
    drafts = [d for d in GENERATORS["lone_source"](Context(build_report(articles), random.Random(0)), tpl)
              if "Rivera" in d.slots["source"]]
    assert drafts and all(relay.replace("the ", "") in d.slots["second_hand"] for d in drafts)


@pytest.mark.parametrize("cut", ["according to Miami-D", "said Kelso harbor mas", "the coast gu"])
def test_a_source_cut_off_with_the_page_is_never_an_option(cut):
    """Surfside (r47): "... according to Miami-D" (the page cut off) was offered as a source."""
    import random

    from quizgen.generate.context import Context
    from quizgen.generate.sources import all_sources

    ledger = ("Harbor master Tomas Rivera said the quay would be rebuilt by the summer. "
              f"Crews paused their work for a moment of silence on Thursday, {cut}")
    articles = [Article("ledger", ledger, "Harbor Ledger"), Article("courier", OTHER[1], OTHER[0])]
    names = [a.source for a in all_sources(Context(build_report(articles), random.Random(0)))]
    assert names and not [n for n in names if cut.endswith(n)]
