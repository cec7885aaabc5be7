"""The quiz generator on an invented event (a wildfire evacuation covered by three
invented outlets), with the analysis written out by hand so that these tests pin the
generator's own behaviour, whatever the analysis modules do."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.errors import GenerationError
from quizgen.generate import GENERATORS, generate_quiz
from quizgen.generate.assemble import draft_pools
from quizgen.generate.build import build_question
from quizgen.generate.context import Context
from quizgen.generate.schema import quiz_problems
from quizgen.generate.templates import load_templates
from quizgen.generate.text import same_source
from quizgen.models import (
    QUESTION_TYPES,
    SKILLS,
    Article,
    ArticleAnalysis,
    Attribution,
    Comparison,
    Discrepancy,
    Fact,
    Flag,
    Mention,
    Report,
    Sentence,
)
from quizgen.settings import MAX_QUESTION_COUNT

# (sentence, [(source, type, cue)], [(reasons, cue)])
LEDGER = [
    (("Fire crews evacuated 1,200 residents from Corbin Valley on Tuesday as the blaze spread toward their homes, "
      "county fire chief Dana Whitfield said."),
     [("county fire chief Dana Whitfield", "named_person", "said")], []),
    ("The blaze has burned 4,000 acres since Sunday, according to a statement from the county emergency office.",
     [("a statement from the county emergency office", "document", "according to")], []),
    ("Two shelters opened at Corbin High School and the Elm Street library, the Red Cross said.",
     [("the Red Cross", "named_organization", "said")], []),
    ("Whitfield said crews had cut a firebreak along Route 9 overnight.", [("Whitfield", "named_person", "said")], []),
    ("A utility power line may have sparked the fire, fire investigator Omar Reyes said.",
     [("fire investigator Omar Reyes", "named_person", "said")], [(["hedged"], "may")]),
    ("The valley has not seen a fire this large since 1998.", [], [(["unattributed"], "since 1998")]),
    ("Mayor Lila Okafor told reporters that the town would rebuild any homes that were lost.",
     [("Mayor Lila Okafor", "named_person", "told")], [(["prediction"], "would")]),
    ("Route 9 will reopen on Friday if the winds calm down, the county road department said.",
     [("the county road department", "named_organization", "said")], [(["prediction"], "will")]),
    ("Rancher Eli Stroud said he had lost two barns and a hay shed to the fire overnight.",
     [("Rancher Eli Stroud", "named_person", "said")], []),
]
PINECREST = [
    ("About 1,500 people left their homes in Corbin Valley on Tuesday as the blaze grew, two county officials said.",
     [("two county officials", "anonymous", "said")], [(["anonymous_source"], "two county officials")]),
    ("The fire was started by a downed power line, a person familiar with the investigation said.",
     [("a person familiar with the investigation", "anonymous", "said")],
     [(["anonymous_source"], "a person familiar with the investigation")]),
    ("Crews are likely to lose ground if winds pick up on Thursday, a state forestry official said.",
     [("a state forestry official", "anonymous", "said")], [(["hedged", "anonymous_source"], "likely")]),
    ("The Red Cross opened two shelters for evacuated families.", [], []),
    ("Insurance adjusters will arrive in the valley next week to assess damaged homes.", [],
     [(["prediction"], "will")]),
    ("Dana Whitfield, the county fire chief, said the evacuation order covers four roads.",
     [("Dana Whitfield", "named_person", "said")], []),
    ("The state fire marshal's report found that the area had not been cleared of dry brush.",
     [("The state fire marshal's report", "document", "found")], []),
    ("Two campsites near the ridge were closed after a ranger saw embers, a park employee said.",
     [("a park employee", "anonymous", "said")], [(["anonymous_source"], "a park employee")]),
    ("Shelter volunteer Maria Lundqvist said about 90 families spent the night in the high school gym.",
     [("Shelter volunteer Maria Lundqvist", "named_person", "said")], []),
    ("Sheriff Paul Brandt said deputies went from door to door in the valley until midnight.",
     [("Sheriff Paul Brandt", "named_person", "said")], []),
]
WIRE = [
    ("The Harbor Ledger was the first to report the evacuation on Tuesday morning.",
     [("The Harbor Ledger", "media_outlet", "was the first to report")], []),
    ("Roughly 1,200 residents reportedly fled Corbin Valley as the fire spread.",
     [("unnamed reports (reportedly)", "unspecified", "reportedly")], [(["hedged"], "reportedly")]),
    ("The fire could reach the reservoir by the weekend, according to forecasters at the National Weather Service.",
     [("forecasters at the National Weather Service", "named_organization", "according to")],
     [(["hedged", "prediction"], "could")]),
    ("Residents described thick smoke hanging over Main Street for most of the day.", [], []),
    ("Power company Valley Electric said it was reviewing whether its equipment played a role.",
     [("Power company Valley Electric", "named_organization", "said")], []),
    ("Local volunteers handed out water and masks at the community center.", [], []),
    ("Deputies knocked on every door in the valley before midnight, Sheriff Paul Brandt said.",
     [("Sheriff Paul Brandt", "named_person", "said")], []),
    ("Mayor Lila Okafor said the town hall stayed open overnight for residents who needed a place to rest.",
     [("Mayor Lila Okafor", "named_person", "said")], []),
    ("Winds gusted to 40 miles per hour overnight near the ridge, KRVN Radio reported.",
     [("KRVN Radio", "media_outlet", "reported")], []),
    ("A spokesperson for the governor said state aid is expected to be approved this week.",
     [("A spokesperson for the governor", "anonymous", "said")],
     [(["prediction", "anonymous_source"], "is expected to")]),
    ("Hundreds of cattle were moved to pastures north of the river, a county road worker who asked not to be named said.",
     [("a county road worker who asked not to be named", "anonymous", "said")],
     [(["anonymous_source"], "a county road worker who asked not to be named")]),
]


def _analysis(article_id: str, outlet: str, rows) -> ArticleAnalysis:
    body = "Leave a Reply\n" + " ".join(text for text, _, _ in rows) + "\nYou May Also Like"
    sentences, attributions, flags = [], [], []
    for n, (text, atts, flgs) in enumerate(rows, start=1):
        start = body.index(text)
        sid = f"{article_id}.s{n}"
        sentences.append(Sentence(sid, text, start, start + len(text)))
        attributions += [Attribution(src, kind, cue, sid, text) for src, kind, cue in atts]
        flags += [Flag(sid, text, reasons, cue) for reasons, cue in flgs]
    cited = [src for src, kind, _ in (a for _, atts, _ in rows for a in atts) if kind == "media_outlet"]
    return ArticleAnalysis(Article(article_id, body, outlet), sentences, attributions, flags, cited)


def _m(article_id: str, n: int, rows) -> Mention:
    return Mention(article_id, f"{article_id}.s{n}", rows[n - 1][0])


def wildfire_report() -> Report:
    arts = [_analysis("ledger", "The Harbor Ledger", LEDGER), _analysis("pinecrest", "Pinecrest Daily", PINECREST),
            _analysis("wire", "The Northfield Wire", WIRE)]
    facts = [Fact("f1", "residents evacuated", [_m("ledger", 1, LEDGER), _m("pinecrest", 1, PINECREST),
                                                 _m("wire", 2, WIRE)]),
             Fact("f2", "a power line caused the fire", [_m("ledger", 5, LEDGER), _m("pinecrest", 2, PINECREST)]),
             Fact("f3", "shelters opened", [_m("ledger", 3, LEDGER), _m("pinecrest", 4, PINECREST)])]
    discrepancies = [
        Discrepancy("d1", "how many people left", "number",
                    [_m("ledger", 1, LEDGER), _m("pinecrest", 1, PINECREST), _m("wire", 2, WIRE)],
                    {"ledger": "1,200", "pinecrest": "1,500", "wire": "roughly 1,200"}),
        Discrepancy("d2", "what started the fire", "certainty",
                    [_m("ledger", 5, LEDGER), _m("pinecrest", 2, PINECREST)],
                    {"ledger": "may have sparked", "pinecrest": "was started by"}),
    ]
    return Report(arts, Comparison(facts, discrepancies, "The Harbor Ledger"))


@pytest.fixture(scope="module")
def report() -> Report:
    return wildfire_report()


@pytest.fixture(scope="module")
def quiz(report):
    return generate_quiz(report, seed=3)


def test_default_quiz_has_fifteen_valid_questions_on_all_skills(quiz):
    assert len(quiz.questions) == 15
    assert quiz_problems(quiz.to_dict()) == []
    counts = Counter(q.skill for q in quiz.questions)
    # balanced within two: a skill short of drafts that give nothing away (a compare question
    # on a sentence another question shows) leaves its turn to the others
    assert set(counts) == set(SKILLS) and max(counts.values()) - min(counts.values()) <= 2
    assert [q.id for q in quiz.questions] == [f"q{n}" for n in range(1, 16)]


def test_evidence_quotes_the_article_body_exactly(quiz, report):
    bodies = {a.article.id: a.article.body for a in report.articles}
    for q in quiz.questions:
        assert q.evidence
        for ev in q.evidence:
            assert bodies[ev.article][ev.start:ev.end] == ev.text


def test_every_bundled_template_yields_a_checked_question_here(report):
    """The invented event backs every template, so every generator and type is exercised."""
    ctx = Context(report, random.Random(1))
    built_types = set()
    for tpl in load_templates():
        drafts = list(GENERATORS[tpl.generator](ctx, tpl))
        assert drafts, f"template {tpl.id} found nothing to ask"
        question = build_question(tpl, drafts[0], random.Random(1), "q1")
        assert question is not None, f"template {tpl.id} built no question"
        assert "{" not in question.prompt and "{" not in question.explanation
        built_types.add(question.type)
    # ordering questions are only read, played and exported (quizzes saved before issue 8's tenth
    # session have them): no generator makes one, as no ranking of whole articles was ever sure
    assert built_types == set(QUESTION_TYPES) - {"ordering"}


def test_same_seed_same_quiz_and_seeds_vary_it(report):
    first = generate_quiz(report, seed=5).to_dict()
    assert generate_quiz(wildfire_report(), seed=5).to_dict() == first
    others = [generate_quiz(report, seed=s).to_dict() for s in range(6)]
    assert len({str(o["questions"]) for o in others}) > 1


def test_no_repeated_prompts_or_claims(quiz):
    prompts = [q.prompt for q in quiz.questions]
    assert len(set(prompts)) == len(prompts)
    main = [(q.skill, q.evidence[0].sentence) for q in quiz.questions]
    assert len(set(main)) == len(main)


def _questions(report, template_id: str, seeds=range(8)):
    # (only this template: in a full quiz another template may take its claims every time)
    templates = [t for t in load_templates() if t.id == template_id]
    found = []
    for seed in seeds:
        quiz = generate_quiz(report, seed=seed, count=40, templates=templates)
        found += [q for q in quiz.questions if q.template == template_id]
    assert found, f"no {template_id} question in {len(seeds)} quizzes"
    return found


def test_source_question_has_one_right_source_and_real_wrong_ones(report):
    all_sources = [a.source for art in report.articles for a in art.attributions]
    for q in _questions(report, "source-of-claim"):
        sentence = q.evidence[0].sentence
        in_sentence = [a.source for art in report.articles for a in art.attributions if a.sentence == sentence]
        texts = {c.id: c.text for c in q.choices}
        # the sentence's source, or the fuller name the article gave it first ("Whitfield" ->
        # "county fire chief Dana Whitfield")
        assert len(q.answer) == 1 and any(texts[q.answer[0]] == s or texts[q.answer[0]].endswith(f" {s}")
                                          for s in in_sentence)
        for cid, text in texts.items():
            assert text in all_sources  # every option is a real source from the articles
            if cid not in q.answer:
                assert not any(same_source(text, s) for s in in_sentence)
        assert texts[q.answer[0]].lower() not in q.prompt.lower()  # the prompt does not give it away


def test_wrong_source_is_never_the_same_source_in_other_words():
    rows = [("Bridge repairs will take six more weeks, a senior state transport official said.",
             [("a senior state transport official", "anonymous", "said")], [])]
    other = [("The repair budget doubled in March, a state transport official said.",
              [("a state transport official", "anonymous", "said")], []),
             ("Engineer Rosa Lind said the cables were replaced in 2019.",
              [("Engineer Rosa Lind", "named_person", "said")], []),
             ("The inspection report listed twelve cracked bolts on the east span.",
              [("The inspection report", "document", "listed")], []),
             ("Contractor Velmar Group said its crews work at night.",
              [("Contractor Velmar Group", "named_organization", "said")], [])]
    report = Report([_analysis("a", "Outlet A", rows), _analysis("b", "Outlet B", other)])
    tpl = next(t for t in load_templates() if t.id == "source-of-claim")
    drafts = [d for d in GENERATORS["attribution"](Context(report, random.Random(1)), tpl)
              if d.evidence[0].sentence == "a.s1"]
    assert len(drafts) == 1 and drafts[0].options[0] == "a senior state transport official"
    assert "a state transport official" not in drafts[0].options and len(drafts[0].options) == 4


def test_multiple_select_answer_is_exactly_the_flagged_set(report):
    flagged = {f.sentence for art in report.articles for f in art.flags}
    sentence_of = {s.text: s.id for art in report.articles for s in art.sentences}
    for q in _questions(report, "verify-before-sharing", seeds=range(16)):
        for c in q.choices:
            assert (c.id in q.answer) == (sentence_of[c.text] in flagged)


def test_matching_answers_are_consistent(report):
    for q in _questions(report, "claim-to-source", seeds=range(16)):
        left = [c.id for c in q.choices if c.side == "left"]
        right = [c.id for c in q.choices if c.side == "right"]
        assert sorted(p[0] for p in q.answer) == sorted(left) and sorted(p[1] for p in q.answer) == sorted(right)


def test_skills_and_difficulty_choose_the_templates(report):
    only = generate_quiz(report, skills=["spot_unverified"], count=4, seed=2)
    assert {q.skill for q in only.questions} == {"spot_unverified"}
    for seed in range(4):
        hard = generate_quiz(report, difficulty=3, count=2, seed=seed)
        assert [q.difficulty for q in hard.questions] == [3, 3]


def test_questions_the_analysis_cannot_back_are_dropped():
    bare = [("The river rose two feet overnight near the old mill.", [], [])]
    report = Report([_analysis("x", "Outlet X", bare), _analysis("y", "Outlet Y", bare[:0] or
                                                                  [("Rain fell all week.", [], [])])])
    with pytest.raises(GenerationError, match="nothing a question could be grounded in"):
        generate_quiz(report)
    with pytest.raises(GenerationError, match="no sentences"):
        generate_quiz(Report([]))


def test_bad_arguments_are_reported(report):
    with pytest.raises(GenerationError, match="unknown skill"):
        generate_quiz(report, skills=["trivia"])
    with pytest.raises(GenerationError, match="1 to"):
        generate_quiz(report, count=0)
    assert len(generate_quiz(report, count=1000).questions) <= MAX_QUESTION_COUNT


def test_quiz_does_not_depend_on_hash_randomisation(tmp_path, report):
    """Same report and seed in two interpreters with different string hashing: same quiz."""
    import json
    import os
    import subprocess
    import sys

    path = tmp_path / "report.json"
    path.write_text(json.dumps(report.to_dict()), encoding="utf-8")
    script = ("import json, sys; from quizgen.models import Report; from quizgen.generate import generate_quiz; "
              "r = Report.from_dict(json.load(open(sys.argv[1]))); "
              "print(json.dumps(generate_quiz(r, seed=4).to_dict()))")
    outputs = {subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(hash_seed)}).stdout for hash_seed in (1, 2)}
    assert len(outputs) == 1


PIECES = st.sampled_from([
    "Officials said the bridge will reopen next week.", "The mayor, Ana Ruiz, said repairs cost $4 million.",
    "According to a city report, 300 cars cross daily.", "Repairs may take longer, two engineers said.",
    "The Daily Beacon reported that the span was closed.", "Crews worked overnight.", "\u201cWe are ready,\u201d Ruiz said.",
    "It is the oldest bridge in the county.", "He said the work is likely to finish in May.", "",
])


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.lists(st.one_of(PIECES, st.text(max_size=40)), min_size=1, max_size=8).map(" ".join),
                      min_size=1, max_size=4), seed=st.integers(0, 1000))
def test_generation_never_crashes_on_odd_articles(texts, seed):
    """Whatever the articles say, the generator returns a valid quiz or says why it cannot."""
    from quizgen.models import Article
    from quizgen.pipeline import build_report

    report = build_report([Article(f"a{n}", text, outlet=f"Outlet {n}") for n, text in enumerate(texts)])
    try:
        quiz = generate_quiz(report, seed=seed)
    except GenerationError:
        return
    assert quiz.questions and quiz_problems(quiz.to_dict()) == []


def test_templates_vary_and_true_false_answers_alternate(report):
    for seed in range(6):
        quiz = generate_quiz(report, seed=seed)
        assert max(Counter(q.template for q in quiz.questions).values()) <= 3
    tf = [t for t in load_templates() if t.type == "true_false"]
    pool = draft_pools(Context(report, random.Random(3)), tf, GENERATORS)[0]
    popped = [d.right[0] for d in reversed(pool.drafts)]  # the order in which questions are drawn
    assert popped[:4] == [1, 0, 1, 0]  # "False" and "True" take turns while both last


@pytest.mark.parametrize("document", ["the press release", "a statement", "the announcement",
                                      "a statement from his team", "the release from the club"])
@pytest.mark.parametrize("body", ["the Ostrel Deposit Agency", "Harbor regulator Ines Okoro"])
def test_an_unnamed_document_and_a_body_of_the_same_article_are_never_answer_and_wrong_option(document, body):
    """'According to the press release, checks will clear' and 'the Ostrel Deposit Agency said
    ...' in one article: the release may be the agency's (so may 'a statement from his team')."""
    rows = [(f"According to {document}, the bank's checks will continue to clear on Monday.",
             [(document, "document", "according to")], []),
            (f"{body[0].upper()}{body[1:]} said depositors would be paid within a week.",
             [(body, "named_organization" if "Agency" in body else "named_person", "said")], [])]
    other = [("Engineer Rosa Lind said the vault doors were replaced in 2019.",
              [("Engineer Rosa Lind", "named_person", "said")], []),
             ("Contractor Velmar Group said its crews work at night.",
              [("Contractor Velmar Group", "named_organization", "said")], [])]
    report = Report([_analysis("a", "Outlet A", rows), _analysis("b", "Outlet B", other)])
    tpl = next(t for t in load_templates() if t.id == "source-of-claim")
    for seed in range(4):
        for d in GENERATORS["attribution"](Context(report, random.Random(seed)), tpl):
            if d.evidence[0].article == "a":
                assert not ({*d.options} >= {document, body}), d.options


@pytest.mark.parametrize("outlet", ["Sky News", "the Harbor Ledger", "Radio Kelso"])
@pytest.mark.parametrize("word", ["The outlet", "The broadcaster", "The paper"])
def test_a_word_for_an_outlet_already_named_is_no_accepted_name(outlet, word):
    from quizgen.generate.sources import cited_outlet

    rows = [(f"The ferry ran aground at dawn, {outlet} reported.", [(outlet, "media_outlet", "reported")], []),
            (f"{word} reported that two crew members were hurt.", [(word, "media_outlet", "reported")], [])]
    mine = _analysis("a", "Outlet A", rows)
    mine.cited_outlets = [outlet]  # as the analysis reads it: "The outlet" names no outlet
    report = Report([mine, _analysis("b", "Outlet B", rows[:1])])
    tpl = next(t for t in load_templates() if t.id == "cited-outlet")
    for d in cited_outlet(Context(report, random.Random(0)), tpl):
        assert not any(a.lower() in (word.lower(), word.split()[1].lower()) for a in d.accepted), d.accepted


@pytest.mark.parametrize("mention", ["{o} was unable to broadcast for an hour on Friday.",
                                     "Staff at {o} were sent home early because of the outage."])
@pytest.mark.parametrize("other", ["Sky News", "CNN", "Al Jazeera"])
def test_an_outlet_only_mentioned_is_no_accepted_cited_outlet(mention, other):
    from quizgen.generate.sources import cited_outlet

    rows = [("The outage grounded flights across Europe, Reuters reported.", [("Reuters", "media_outlet", "reported")], []),
            (mention.format(o=other), [], [])]
    report = Report([_analysis("a", "Outlet A", rows), _analysis("b", "Outlet B", rows[:1])])
    tpl = next(t for t in load_templates() if t.id == "cited-outlet")
    drafts = list(cited_outlet(Context(report, random.Random(0)), tpl))
    assert drafts and all(other not in d.accepted for d in drafts), [d.accepted for d in drafts]


@pytest.mark.parametrize("outlet, cue", [("CNN", "according to"), ("the Harbor Ledger", "told"), ("Reuters", "reported")])
@pytest.mark.parametrize("speaker", ["Mayor Chris Smiley", "Harbor master Ines Okoro"])
def test_a_claim_passed_on_by_an_outlet_is_explained_as_second_hand(outlet, cue, speaker):
    text = {"according to": f"The town lost 40 homes, {speaker} said, according to {outlet}.",
            "told": f"{speaker} told {outlet} that the town lost 40 homes.",
            "reported": f"The town lost 40 homes, {speaker} said, {outlet} reported."}[cue]
    rows = [(text, [(speaker, "named_person", "said" if cue != "told" else "told"), (outlet, "media_outlet", cue)], [])]
    other = [("Engineer Rosa Lind said the cables were replaced in 2019.", [("Engineer Rosa Lind", "named_person", "said")], []),
             ("Contractor Velmar Group said its crews work at night.",
              [("Contractor Velmar Group", "named_organization", "said")], [])]
    report = Report([_analysis("a", "Outlet A", rows), _analysis("b", "Outlet B", other)])
    tpl = next(t for t in load_templates() if t.id == "source-of-claim")
    drafts = [d for d in GENERATORS["attribution"](Context(report, random.Random(0)), tpl)
              if d.evidence[0].article == "a" and d.options[0] == speaker]
    assert drafts and all("second-hand" in d.slots["kind_sentence"] and outlet in d.slots["kind_sentence"]
                          for d in drafts)
