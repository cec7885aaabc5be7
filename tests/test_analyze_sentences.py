"""Sentence splitting: exact offsets, abbreviations, lines, quotes (invented text)."""

from __future__ import annotations

import pytest

from quizgen.analyze.sentences import split_sentences


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences("a", body)]


def test_offsets_are_exact_and_ids_count_from_one():
    body = "  The tide rose.  Dr. Vance said it was early.\n\nThe ferry stopped at 4 p.m. on Friday.  "
    sentences = split_sentences("ledger", body)
    assert [s.id for s in sentences] == ["ledger.s1", "ledger.s2", "ledger.s3"]
    for s in sentences:
        assert body[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_abbreviations_do_not_end_sentences():
    assert texts("U.S. officials met on Sept. 5 with Gov. Lira. The talks ended early.") == [
        "U.S. officials met on Sept. 5 with Gov. Lira.", "The talks ended early."]


def test_an_abbreviation_ends_a_sentence_before_a_sentence_starter():
    assert texts("The meeting began at 9 a.m. Officials arrived late. He moved to the U.S. The rest is history.") == [
        "The meeting began at 9 a.m.", "Officials arrived late.", "He moved to the U.S.", "The rest is history."]
    # but not before a name
    assert texts("Gen. Mark Lee met Dr. Will Smith. They agreed.") == ["Gen. Mark Lee met Dr. Will Smith.", "They agreed."]


def test_a_speech_tag_after_a_quoted_question_stays_with_it():
    assert texts("“Are you sure?” she asked. “Yes.”") == ["“Are you sure?” she asked.", "“Yes.”"]


def test_lines_are_split_before_punkt():
    # headings and captions have no final period but stand alone
    assert texts("FLOOD WARNING\nThe river rose overnight. Crews worked until dawn.") == [
        "FLOOD WARNING", "The river rose overnight.", "Crews worked until dawn."]


def test_closing_quotes_stay_with_their_sentence():
    body = "“We saw the water,” Rivera said. “It came fast.” The bridge held."
    assert texts(body) == ["“We saw the water,” Rivera said.", "“It came fast.”", "The bridge held."]


def test_empty_and_blank_bodies_have_no_sentences():
    assert split_sentences("a", "") == []
    assert split_sentences("a", " \n\n \t") == []


_INITIALS = ["O.B.", "J.R.", "A.J.", "T.K.", "M.L."]
_AFTER_INITIALS = ["Curtis Water Plant serves the city", "Smith and Sons built the bridge",
                   "Reyes Memorial Hospital took the injured", "Okafor Elementary School closed early"]
_NEXT = ["The mayor spoke later.", "It reopened on Monday.", "Officials gave no cause.", "He declined to comment."]


@pytest.mark.parametrize("initials", _INITIALS)
@pytest.mark.parametrize("rest", _AFTER_INITIALS)
@pytest.mark.parametrize("following", _NEXT)
def test_two_initials_before_a_name_do_not_end_the_sentence(initials, rest, following):
    first = f"The {initials} {rest}."
    assert texts(f"{first} {following}") == [first, following]


@pytest.mark.parametrize("place", ["the U.S.", "the U.K.", "Washington, D.C."])
@pytest.mark.parametrize("following", _NEXT)
def test_initials_still_end_a_sentence_before_a_sentence_starter(place, following):
    first = f"The company moved to {place}"
    assert texts(f"{first} {following}") == [first, following]


@pytest.mark.parametrize("title", ["Amb.", "Supt.", "Insp.", "Det.", "Brig.", "Msgr.", "Fr.", "Atty.", "Cllr.", "Gov.",
                                   "Sen.", "Lt."])
@pytest.mark.parametrize("name", ["Abiola Bashu", "Lena Korvak"])
def test_a_title_abbreviation_before_a_name_ends_no_sentence(title, name):
    """'... said that Amb. Abiodun Bashua and ...' was cut after 'Amb.' (r20)."""
    assert texts(f"An official said that {title} {name} was on the ferry. The search goes on.") == [
        f"An official said that {title} {name} was on the ferry.", "The search goes on."]


@pytest.mark.parametrize("place", ["FAIRFAX, Va.", "BALTIMORE, Md.", "WASHINGTON, D.C.", "ST. PAUL, Minn."])
@pytest.mark.parametrize("dash", ["--", "-", "\u2014", "(AP) \u2014", "(Reuters) -"])
def test_a_dateline_ending_in_an_abbreviation_stays_with_its_sentence(place, dash):
    """Depp v. Heard (r43): "FAIRFAX, Va. -- A jury sided ..." was cut after "Va.", and the
    quiz quoted "-- A jury sided ..."."""
    body = f"{place} {dash} A jury sided Wednesday with the actor. The verdict came after six weeks."
    texts = [s.text for s in split_sentences("a", body)]
    assert texts == [f"{place} {dash} A jury sided Wednesday with the actor.", "The verdict came after six weeks."]
