"""Text helpers of the generator: cutting the claim out of an attributed sentence, and
telling when two source phrases name the same source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.errors import QuizgenError
from quizgen.generate.claims import claim_without_source
from quizgen.generate.plausible import looks_like_kind, looks_like_source
from quizgen.generate.schema import validate_quiz
from quizgen.generate.text import echoes, join_names, name_variants, related_sources, same_source
from quizgen.outlets import same_outlet


@pytest.mark.parametrize(("sentence", "source", "claim"), [
    ("The ferry will resume service on Monday, a harbor authority spokesperson said.",
     "a harbor authority spokesperson", "The ferry will resume service on Monday"),
    ("According to a city audit, the ferry lost $2 million last year.", "a city audit",
     "the ferry lost $2 million last year"),
    ("Captain Ines Moreau told reporters on Friday that the engine had failed twice.", "Captain Ines Moreau",
     "the engine had failed twice"),
    ("The ferry was never inspected according to the Coastal Gazette.", "the Coastal Gazette",
     "The ferry was never inspected"),
    ("\u201cWe will not sail until the repairs are finished,\u201d Moreau said.", "Moreau",
     "We will not sail until the repairs are finished"),
    # no clean cut: the sentence with its source blanked out ("___ blamed ...") would give
    # the answer away, so no claim is cut at all
    ("The port authority blamed the delay on a shortage of spare parts.", "The port authority", None),
    ("Fares will rise by 10 percent, a port official said, an indication that the budget is tight.",
     "a port official", "Fares will rise by 10 percent"),
    ("Tickets will cost up to 40 crowns ($4), according to a statement from the port.", "a statement from the port",
     "Tickets will cost up to 40 crowns ($4)"),
])
def test_claim_is_cut_from_its_source(sentence, source, claim):
    assert claim_without_source(sentence, source, cue="said") == claim


@pytest.mark.parametrize("opening", ["As of 7 p.m.", "As of Tuesday night", "As part of the cleanup",
                                     "As many as 40 crews", "As a result of the blast", "As well as the dock"])
@pytest.mark.parametrize("source, cue", [("Deutsch", "said"), ("the harbor master", "told reporters"),
                                         ("Mayor Ilse Varga", "added")])
def test_a_claim_opening_with_as_of_or_as_part_of_keeps_its_opening(opening, source, cue):
    sentence = f"{opening}, the flames have been reduced at the rail yard, {source} {cue}."
    assert claim_without_source(sentence, source, cue=cue).startswith(opening)


@pytest.mark.parametrize("tag", ["CBS correspondent David Martin reported", "the Kelso Courier reported",
                                 "according to the Kelso Courier", "officials told reporters", "the paper said"])
@pytest.mark.parametrize("source, cue, opening", [
    ("A port official", "said", "A port official said"),
    ("Harbor master Ilse Varga", "said", "Harbor master Ilse Varga said that"),
    ("Two engineers", "told", "Two engineers told the council that"),
])
def test_a_tag_closing_the_claim_credits_a_second_source_and_is_cut(tag, source, cue, opening):
    sentence = f"{opening} the ferry lost contact with the harbor early on Sunday, {tag}."
    claim = claim_without_source(sentence, source, cue=cue)
    assert claim is not None and claim.endswith("early on Sunday"), claim


def test_no_claim_when_source_is_absent_or_claim_too_short():
    assert claim_without_source("The ferry sank.", "a harbor official") is None
    assert claim_without_source("\u201cNo,\u201d Moreau said.", "Moreau") is None


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)


@given(before=st.lists(WORD, max_size=12), source=st.lists(WORD, min_size=1, max_size=4),
       after=st.lists(WORD, max_size=12), cue=st.sampled_from(["said", "told reporters", "added"]),
       shape=st.sampled_from(["{b}, {s} {c}.", "According to {s}, {b} {a}.", "{s} {c} that {b} {a}.", "{b} {s} {a}."]))
def test_claim_never_contains_its_source(before, source, after, cue, shape):
    src = " ".join(["Mara"] + source)  # a capitalised name the filler words cannot contain
    sentence = shape.format(b=" ".join(before), s=src, c=cue, a=" ".join(after))
    claim = claim_without_source(sentence, src)
    if claim is not None:
        assert src.lower() not in claim.lower() and claim.strip()


def test_same_source_matches_rewordings_and_typos_only():
    assert same_source("a senior U.S. defense official", "U.S. defense official")
    assert same_source("WHO Director-General Tedros Adhanom Ghebreysus", "Ghebreyesus")
    assert same_source("he", "Nancy Chabot")  # a pronoun could be anyone: never a safe wrong option
    assert not same_source("Nancy Chabot", "Lori Glaze")
    assert not same_source("The New York Times", "The Associated Press")


def test_options_never_share_a_name():
    assert related_sources("WHO Director-General Tedros Adhanom", "World Health Organization head Tedros Adhanom")
    assert related_sources("Dr. Amara Ghebreysus", "Ghebreyesus")  # a typo in a long name
    assert not related_sources("State Department spokesperson", "State Sen. Paul Okonkwo")
    assert not related_sources("Rosa Lind", "Victor Amadi")


def test_echoes_spots_a_source_written_differently_in_the_sentence():
    sentence = "The intelligence finding that was first published by The Daily Lantern added that more is coming."
    assert echoes("a latest finding by national intelligence", sentence)
    assert not echoes("a statement from the ministry", sentence)


def test_source_plausibility():
    assert looks_like_source("a senior transport official") and looks_like_source("Rosa Lind")
    assert not looks_like_source("Mayor Okafor opened the meeting by")
    assert not looks_like_source("The latest image")
    assert looks_like_kind("a statement from the ministry", "document")
    assert not looks_like_kind("the ministry", "document")
    assert looks_like_kind("two officials familiar with the talks", "anonymous")


def test_names_and_outlets():
    assert join_names(["A"]) == "A" and join_names(["A", "B", "C"]) == "A, B and C"
    assert name_variants("The Harbor Ledger") == ["The Harbor Ledger", "Harbor Ledger"]
    assert same_outlet("harborledger.com", "The Harbor Ledger") and not same_outlet("Ledger", "Wire")


def test_validate_quiz_reports_what_is_wrong():
    quiz = {"seed": 1, "articles": [{"id": "a", "outlet": None, "title": None, "body": "Rain fell."}],
            "questions": [{"id": "q1", "skill": "find_source", "type": "multiple_choice", "template": "t",
                           "difficulty": 1, "prompt": "Who?", "choices": [{"id": "a", "text": "X"},
                                                                          {"id": "b", "text": "Y"}],
                           "answer": ["c"], "explanation": "", "evidence": [
                               {"article": "a", "sentence": "a.s1", "text": "Rain fell.", "start": 0, "end": 9}]}]}
    with pytest.raises(QuizgenError) as caught:
        validate_quiz(quiz)
    message = str(caught.value)
    assert "$.questions[0].answer[0]: 'c' is not one of the choice ids" in message
    assert "$.questions[0].evidence[0]: text is not the article body" in message
    quiz["questions"][0]["answer"] = ["a"]
    quiz["questions"][0]["evidence"][0]["end"] = 10
    validate_quiz(quiz)
    with pytest.raises(QuizgenError, match="'questions' is a required property"):
        validate_quiz({"seed": 1, "articles": quiz["articles"]})


@pytest.mark.parametrize("second_half", ["It's that kind of devastation", "We will rebuild every pier",
                                         "Nobody was warned in time"])
@pytest.mark.parametrize("close, tag", [("\u201d", "said Capt. Ann Li"), ('"', "the mayor said"),
                                        ("\u201d", "she told reporters")])
def test_a_sentence_starting_inside_a_quote_is_shown_with_its_opening_mark(second_half, close, tag):
    from quizgen.generate.text import mend_quote_start

    shown = mend_quote_start(f"{second_half},{close} {tag}.")
    opening = "\u201c" if close == "\u201d" else '"'
    assert shown == f"{opening}{second_half},{close} {tag}."
    whole = f"{opening}{second_half},{close} {tag}."
    assert mend_quote_start(whole) == whole  # a whole quote stays as written
    assert mend_quote_start(f"{tag.capitalize()} that {second_half.lower()}.") == f"{tag.capitalize()} that {second_half.lower()}."


@pytest.mark.parametrize("how", ["when speaking at a press conference on Friday",
                                 "while talking to reporters at the pier",
                                 ", speaking to the Harbor Ledger on Monday", ", appearing on a radio show"])
@pytest.mark.parametrize("source, verb", [("Harbor chief Ada Quill", "said that"), ("The port authority", "confirmed that")])
def test_how_a_source_spoke_is_not_part_of_its_claim(how, source, verb):
    """'... confirmed that Kane's departure is "imminent" when speaking at a press conference':
    the claim ends before "when speaking"."""
    tail = how if how.startswith(",") else " " + how
    sentence = f"{source} {verb} the night ferry to Kelso will stop sailing next month{tail}."
    claim = claim_without_source(sentence, source)
    assert claim and claim.rstrip(".") == "the night ferry to Kelso will stop sailing next month", claim
    assert claim_without_source(f"{source} {verb} the ferry firm is talking to investors about a sale.", source) \
        == "the ferry firm is talking to investors about a sale"


@pytest.mark.parametrize("lead", ["In his resignation speech Wednesday", "At a news conference on Monday night",
                                  "During the hearing in Kelso"])
@pytest.mark.parametrize("source", ["Kostas Varela", "Harbor chief Ada Quill"])
def test_the_words_before_a_source_without_a_verb_are_no_claim(lead, source):
    """Tempi (r13): "In his resignation speech Wednesday" was asked about as a claim."""
    claim = claim_without_source(f"{lead}, {source} said the country's ferries were not safe.", source)
    assert claim != lead and (claim is None or "ferries" in claim)
    # a claim whose verb a word list reads as a noun still counts ("rolls", "matters")
    assert claim_without_source(f"{source} wrote that the decision rolls back decades of progress.", source) \
        == "the decision rolls back decades of progress"


@pytest.mark.parametrize("lead", ["In a late-night press conference", "At a news conference on Monday night",
                                  "During the hearing in Kelso", "Speaking to reporters at the pier"])
@pytest.mark.parametrize("source, verb", [("French President Ada Quill", "said"), ("Harbor chief Tomas Fenwick", "said"),
                                          ("the port authority", "warned")])
@pytest.mark.parametrize("rest", ['the fire had burned a "part of us"', "the ferries would sail again in May"])
def test_the_claim_after_a_scene_and_a_source_is_what_follows_the_cue(lead, source, verb, rest):
    """Notre-Dame (r53): "In a late-night press conference, French President Emmanuel Macron said
    the fire had burned a 'part of us'" asked who gave "In a late-night press conference"."""
    claim = claim_without_source(f"{lead}, {source} {verb} {rest}", source, cue=verb)
    assert claim == rest, claim


@pytest.mark.parametrize("lead", ["Following several minutes of on-field treatment", "After a long meeting on Monday",
                                  "Shortly before midnight"])
@pytest.mark.parametrize("source, verb", [("UEFA", "announced"), ("Harbor chief Ada Quill", "said"),
                                          ("the port authority", "confirmed")])
def test_an_opening_adverbial_before_a_that_clause_is_no_claim(lead, source, verb):
    """Eriksen (r16): 'Following several minutes of on-field treatment, UEFA announced that
    the match was suspended' asked who said 'Following several minutes ...'."""
    claim = claim_without_source(f"{lead}, {source} {verb} that the match was suspended.", source, cue=verb)
    assert claim is None or "suspended" in claim


@pytest.mark.parametrize("subject, rest", [("The risk of employing the term", "is \u201cif people use it to give up.\u201d"),
                                           ("The night ferry to Kelso", "will not sail again this winter."),
                                           ("The cost of the repairs", "was far higher than planned.")])
@pytest.mark.parametrize("source", ["Ryan", "the harbor master", "Mayor Ann Roe"])
def test_a_source_set_inside_the_claim_leaves_both_halves(subject, rest, source):
    """WHO (r17): 'The risk of employing the term, Ryan said, is ...' asked who said 'The risk of
    employing the term'."""
    claim = claim_without_source(f"{subject}, {source} said, {rest}", source, cue="said")
    assert claim and claim.startswith(subject) and rest.split()[1].strip("\u201c") in claim


@pytest.mark.parametrize("relative", ["which", "that"])
@pytest.mark.parametrize("source", ["TV architect George Clarke", "the fire chief", "experts"])
def test_a_source_inside_a_relative_clause_gives_no_claim(relative, source):
    """Grenfell (r18): 'One focus for the inquiry will be the cladding, which TV architect
    George Clarke said may have accelerated the blaze' credited Clarke with the whole sentence."""
    sentence = f"One focus for the inquiry will be the building's cladding, {relative} {source} said may have spread the fire."
    assert claim_without_source(sentence, source, cue="said") is None


@pytest.mark.parametrize("said", ["he tweeted", "the mayor said", "Quill told reporters"])
@pytest.mark.parametrize("phrase", ["initial impressions", "a miracle"])
def test_straight_quotes_are_nested_by_where_they_stand(said, phrase):
    """Odisha (r43): a sentence cut from a longer quotation begins with a closing quote mark
    ('incident," he tweeted, detailing "initial impressions"'); it was nested as if it opened."""
    from quizgen.generate.text import nest_quotes

    nested = nest_quotes(f'It was the biggest incident," {said}, detailing "{phrase}" on what went down.')
    assert nested == f"It was the biggest incident,\u2019 {said}, detailing \u2018{phrase}\u2019 on what went down."
    assert nest_quotes(f'"We left," {said}.') == f"\u2018We left,\u2019 {said}."


@pytest.mark.parametrize("accented, plain", [("Mario Sepúlveda", "Mario Sepulveda"), ("José Peña", "Jose Pena"),
                                             ("Jürgen Müller", "Jurgen Muller"), ("Ana Gómez-Díaz", "Ana Gomez-Diaz")])
def test_a_name_with_and_without_accents_is_one_source(accented, plain):
    """Chile miners (r60): "do not name Sepúlveda" was said of an article naming "Mario Sepulveda"."""
    from quizgen.generate.text import related_sources

    assert same_source(accented, plain) and related_sources(accented, plain)
