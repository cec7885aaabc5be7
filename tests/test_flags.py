"""Flags on invented sentences: one test per reason, and the background facts that stay unflagged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.analyze.flags import detect_flags, own_words
from quizgen.models import FLAG_REASONS, Attribution, Flag, Sentence


def sentences_of(*texts: str, paragraph_break: bool = False) -> list[Sentence]:
    """Sentences laid end to end (one space apart, or a blank line with paragraph_break)."""
    gap = "\n\n" if paragraph_break else " "
    out, at = [], 0
    for n, text in enumerate(texts, start=1):
        out.append(Sentence(f"t.s{n}", text, at, at + len(text)))
        at += len(text) + len(gap)
    return out


def source(sentence: Sentence, name: str, kind: str, cue: str = "said") -> Attribution:
    return Attribution(source=name, source_type=kind, cue=cue, sentence=sentence.id, text=sentence.text)


def flag_of(text: str, *attributions: tuple[str, str]) -> Flag | None:
    """The flag of a one-sentence article whose attributions are (source, type) pairs."""
    (sentence,) = sentences_of(text)
    flags = detect_flags([sentence], [source(sentence, name, kind) for name, kind in attributions])
    return flags[0] if flags else None


# --- hedged ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ("The harbour master reportedly resigned after the spill.", "reportedly"),
    ("The ferry company allegedly ignored two safety warnings.", "allegedly"),
    ("The spill may reach the northern beaches by the weekend.", "may"),
    ("Cold water might have slowed the spread of the oil.", "might"),
    ("The cleanup could take several months.", "could"),
    ("The captain is said to have left the bridge before the collision.", "is said to"),
    ("The tanker appears to have drifted off its charted course.", "appears to"),
    ("The leak was most likely caused by a cracked valve.", "most likely"),
    ("It is possible that a second vessel was involved.", "It is possible that"),
    ("Unconfirmed footage shows oil reaching the marina.", "Unconfirmed"),
    ("Fishing crews' reported losses have not been counted.", "reported"),
    ("Police questioned the suspected arsonist on Friday.", "suspected"),
    ("It remains unclear whether the valve was ever replaced.", "unclear whether"),
    ("The ferry firm blamed the crew without providing evidence.", "without providing evidence"),
    ("The alleged bribe was paid through a shell company.", "alleged"),
    ("The shipping firm claims the valve passed its last inspection.", "claims"),
])
def test_hedge_words_flag_the_sentence_with_the_word_as_cue(text: str, cue: str) -> None:
    flag = flag_of(text)
    assert flag is not None and "hedged" in flag.reasons
    assert flag.cue.strip() == cue.strip()


def test_a_hedge_flags_even_a_named_sources_sentence() -> None:
    flag = flag_of("Harbour chief Ines Brandt said more oil may still be trapped in the hull.",
                   ("Ines Brandt", "named_person"))
    assert flag is not None and flag.reasons == ["hedged"] and flag.cue == "may"


def test_would_hedges_only_when_nobody_is_reported() -> None:
    assert flag_of("A faster response would have saved many of the seabirds.").cue == "would"
    assert flag_of("Brandt said the crews would work through the night.", ("Brandt", "named_person")) is None


# --- prediction --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ("The new sea wall will protect the old town from storm surges.", "will"),
    ("Insurers are expected to raise premiums along the coast.", "are expected to"),
    ("Ticket prices are set to rise again.", "are set to"),
    ("The ferry line plans to reopen the route.", "plans to"),
])
def test_predictions_are_flagged(text: str, cue: str) -> None:
    flag = flag_of(text)
    assert flag is not None and "prediction" in flag.reasons and flag.cue == cue


def test_a_named_source_announcing_its_own_plans_is_not_a_prediction_flag() -> None:
    assert flag_of("The port authority announced that it will dredge the channel.",
                   ("The port authority", "named_organization")) is None


def test_expected_is_flagged_even_with_a_document_as_source() -> None:
    flag = flag_of("Repairs are expected to cost $4 million, according to a council report.",
                   ("a council report", "document"))
    assert flag is not None and flag.reasons == ["hedged", "prediction"] and flag.cue == "are expected to"


def test_a_dated_schedule_is_not_a_prediction() -> None:
    assert flag_of("The harbour will reopen to small boats on Thursday.") is None


def test_will_as_a_noun_is_not_a_prediction() -> None:
    assert flag_of("The dockworkers signed the petition of their own free will.") is None


# --- anonymous and vague sources ------------------------------------------------------

def test_a_claim_resting_only_on_anonymous_sources_is_flagged_with_the_source_as_cue() -> None:
    flag = flag_of("The valve had failed twice before, two port officials said.",
                   ("two port officials", "anonymous"))
    assert flag is not None and flag.reasons == ["anonymous_source"] and flag.cue == "two port officials"


def test_an_anonymous_source_beside_a_named_one_is_not_flagged() -> None:
    assert flag_of("The valve had failed twice before, an engineer and harbour chief Ines Brandt said.",
                   ("an engineer", "anonymous"), ("Ines Brandt", "named_person")) is None


@pytest.mark.parametrize("text", [
    "The crew was not trained for night docking, a pilot said on condition of anonymity.",
    "The valve was replaced in secret, according to two people familiar with the repairs.",
    "The insurer will not pay, according to a source at the port.",
])
def test_anonymity_wording_flags_even_when_attributions_missed_it(text: str) -> None:
    flag = flag_of(text)
    assert flag is not None and "anonymous_source" in flag.reasons


@pytest.mark.parametrize("text", [
    "Experts say the channel is too shallow for tankers.",
    "Some residents believe the spill was covered up.",
    "The crew was poorly trained, according to local media.",
    "The skipper is widely regarded as the safest on the coast.",
    "Studies have found that oil lingers in cold water for years.",
])
def test_crowd_sources_are_vague(text: str) -> None:
    flag = flag_of(text)
    assert flag is not None and "vague_source" in flag.reasons


def test_an_unspecified_attribution_is_vague() -> None:
    flag = flag_of("Marine biologists believed the colony had recovered.",
                   ("Marine biologists", "unspecified"))
    assert flag is not None and "vague_source" in flag.reasons


def test_an_unspecified_source_that_is_a_record_is_not_a_vague_crowd() -> None:
    assert flag_of("The ferry route was closed twice in March, according to a map the port posted online.",
                   ("a map the port posted online", "unspecified")) is None


# --- unattributed ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ("Port Ellery is the busiest ferry harbour in the region.", "busiest"),
    ("It was the first time a tanker had run aground in the bay.", "was the first"),
    ("The spill has killed more than 4,000 seabirds.", "more than 4,000"),
    ("The cleanup has cost the county $12 million.", "$12 million"),
    ("Hence, the ferry line has moved its fleet to the south harbour.", "Hence"),
    ("Port Ellery is the fourth town on the coast to ban night ferries.", "is the fourth"),
])
def test_specific_claims_without_a_source_are_unattributed(text: str, cue: str) -> None:
    flag = flag_of(text)
    assert flag is not None and flag.reasons == ["unattributed"] and flag.cue == cue


def test_a_specific_claim_with_a_source_is_not_unattributed() -> None:
    assert flag_of("The spill has killed more than 4,000 seabirds, the wildlife trust said.",
                   ("the wildlife trust", "named_organization")) is None


def test_a_source_carries_to_the_next_sentence_of_its_paragraph_only() -> None:
    first = "Harbour chief Ines Brandt said the tanker had been refuelled at night."
    claim = "The tanker is the largest ever to dock at Port Ellery."
    same_paragraph = sentences_of(first, claim)
    attribution = [source(same_paragraph[0], "Ines Brandt", "named_person")]
    assert detect_flags(same_paragraph, attribution) == []
    new_paragraph = sentences_of(first, claim, paragraph_break=True)
    attribution = [source(new_paragraph[0], "Ines Brandt", "named_person")]
    assert [f.sentence for f in detect_flags(new_paragraph, attribution)] == ["t.s2"]


def test_the_writers_verdict_is_flagged_even_in_a_sourced_sentence() -> None:
    flag = flag_of("Brandt called the spill a disgrace, and she is right about it.", ("Brandt", "named_person"))
    assert flag is not None and flag.reasons == ["unattributed"]


# --- what stays unflagged --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry terminal opened in May 2022.",
    "May brought heavy rain to the harbour.",
    "The council met on Tuesday to discuss the spill.",
    "The tanker was carrying diesel from Halvik to Port Ellery.",
    "Volunteers cleaned the beach below the lighthouse.",
    "He could not attend the hearing.",
    "Port Ellery has about two dozen fishing boats",  # a caption-like heading
    "Insurance claims from the spill have been processed slowly.",
    "The ferry line declined to comment on the claims.",
    "The rebel group claimed responsibility for the blast.",
    "Voters will elect a new harbour board in November.",
    "The hearing was postponed until next week.",
    "Will Harding opened the new ferry terminal.",
])
def test_background_facts_are_not_flagged(text: str) -> None:
    assert flag_of(text) is None


def test_hedges_inside_a_named_persons_quote_are_theirs_not_the_writers() -> None:
    assert flag_of('"The oil could reach the marina by Friday, and we will be ready," Brandt said.',
                   ("Brandt", "named_person")) is None


def test_a_quote_continuing_from_the_previous_sentence_is_masked() -> None:
    assert " ".join(own_words('We will rebuild the pier." She left the podium.').split()) == "… She left the podium."
    assert own_words("“The pier will stand again.").strip() == "…"
    assert own_words("I will not resign over this.") == ""


def test_roman_numeral_i_is_not_first_person() -> None:
    assert own_words("Phase I trials could begin in the spring.") == "Phase I trials could begin in the spring."
    assert own_words("Then I could see the harbour.") == ""
    assert own_words("World War I ended the ferry trade.") == "World War I ended the ferry trade."


def test_unbalanced_straight_quote_at_the_start_opens_a_quote() -> None:
    assert own_words('"The pier could fall.').strip() == "…"


# --- contract ----------------------------------------------------------------------------

_WORDS = st.sampled_from(["The", "mayor", "may", "reportedly", "will", "\u201c", "\u201d", '"', "said", "the",
                          "largest", "$5 million", "officials", "experts say", ",", ".", "May", "I", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.lists(_WORDS, max_size=25).map(" ".join)), max_size=6),
       st.data())
def test_flags_point_at_real_sentences_with_known_reasons_and_a_cue_from_the_text(texts, data) -> None:
    sentences = sentences_of(*texts)
    attributions = [source(s, "officials", data.draw(st.sampled_from(
        ["anonymous", "unspecified", "named_person", "document", "media_outlet"]))) for s in sentences[::2]]
    flags = detect_flags(sentences, attributions)
    by_id = {s.id: s for s in sentences}
    assert len({f.sentence for f in flags}) == len(flags)
    for flag in flags:
        assert flag.text == by_id[flag.sentence].text
        assert flag.reasons and set(flag.reasons) <= set(FLAG_REASONS)
        assert len(set(flag.reasons)) == len(flag.reasons)
        from_sources = {a.source for a in attributions} | {a.cue for a in attributions}
        assert flag.cue.strip() and (flag.cue.strip().lower() in flag.text.lower() or flag.cue in from_sources)


@pytest.mark.parametrize("frame", ["leaves depositors unsure of {q} will happen to their savings",
                                   "nobody in the town knows {q} the mill will reopen",
                                   "shop owners asked {q} the bridge will reopen before winter"])
@pytest.mark.parametrize("question", ["what", "whether", "how", "why", "if"])
def test_a_will_inside_a_question_predicts_nothing(frame, question):
    if "{q} will" in frame and question in ("whether", "if", "why"):
        question = "what"  # "unsure of whether will happen" is no English
    text = f"The collapse of the Ostrel bank {frame.format(q=question)}."
    flag = flag_of(text)
    assert flag is None or "prediction" not in flag.reasons


@pytest.mark.parametrize("relative", ["which will help with repairs", "who will lead the inquiry"])
def test_a_will_in_a_relative_clause_is_still_a_prediction(relative):
    flag = flag_of(f"The state has hired a Kessel engineering firm, {relative}.")
    assert flag is not None and "prediction" in flag.reasons


@pytest.mark.parametrize("phrase", ["an unlikely hero", "one of the most unlikely title runs", "an unlikely alliance",
                                    "the unlikely winners of the cup", "a highly unlikely comeback"])
@pytest.mark.parametrize("frame", ["The keeper became {phrase} on Sunday.", "Fans cheered {phrase} at the ground.",
                                   "It was {phrase}, the coach said."])
def test_unlikely_before_a_noun_is_no_hedge(phrase, frame):
    """'one of football's most unlikely title triumphs': surprising, not uncertain."""
    flag = flag_of(frame.format(phrase=phrase), ("the coach", "anonymous"))
    assert flag is None or "hedged" not in flag.reasons


@pytest.mark.parametrize("said_of", ["is unlikely to reopen before June", "seems unlikely, given the damage",
                                     "was unlikely.", "remains highly unlikely that it reopens",
                                     "looked unlikely as the water rose"])
@pytest.mark.parametrize("subject", ["The bridge", "A quick repair"])
def test_unlikely_said_of_a_claim_hedges(said_of, subject):
    flag = flag_of(f"{subject} {said_of}".rstrip(".") + ".")
    assert flag is not None and "hedged" in flag.reasons and flag.cue.lower() == "unlikely"


@pytest.mark.parametrize("text", ["Barcelona could do nothing to stop the transfer.",
                                  "Fans could only watch as the roof of the stand burned.",
                                  "Customers can check to see if they have potentially been affected.",
                                  "Dockers asked whether the crane had possibly failed before the storm."])
def test_a_word_of_doubt_that_hedges_no_claim_raises_no_hedged_flag(text):
    """The analysis page showed 'hedged' for an inability or a doubt inside an if clause (r17, r18)."""
    flag = flag_of(text, ("the club", "named_organization"))
    assert flag is None or "hedged" not in flag.reasons


@pytest.mark.parametrize("text", ["Higher costs could see prices rise next year.",
                                  "The sanctions could see the firm lose its licence.",
                                  "The storm could cut power to 40,000 homes."])
def test_a_modal_that_brings_something_about_hedges(text):
    flag = flag_of(text)
    assert flag is not None and "hedged" in flag.reasons


@pytest.mark.parametrize("opener", ["", "And ", "But "])
@pytest.mark.parametrize("noun, relative", [("a celebration", "that could go on for 108 more years"),
                                            ("a record", "that may never be broken"),
                                            ("one more storm", "which will likely flood the harbor")])
def test_a_noun_with_only_a_relative_clause_is_no_claim(opener, noun, relative):
    """Cubs (r20): 'And a celebration that could go on for 108 more.' was asked as a hedged claim."""
    from quizgen.generate.confidence import sentence_problem
    text = f"{opener}{noun} {relative}."
    text = text[0].upper() + text[1:]
    assert flag_of(text) is None and sentence_problem(text) == "fragment"


@pytest.mark.parametrize("subject, main", [("The storm that hit Marlow", "could flood the harbor again"),
                                           ("The ferries that run at night", "may stop next week"),
                                           ("A pump that failed on Friday", "will likely be replaced"),
                                           ("The report", "hints that the pumps could fail again"),
                                           ("The audit", "warns that the levee may give way")])
def test_a_relative_clause_inside_a_claim_leaves_it_a_claim(subject, main):
    assert flag_of(f"{subject} {main}.") is not None


@pytest.mark.parametrize("modal", ["could", "can", "may"])
@pytest.mark.parametrize("action, condition", [("compete as neutrals at the Games", "they can prove they are clean"),
                                               ("return to the squad", "he passes a medical"),
                                               ("reopen the pier", "it meets the new safety rules")])
def test_what_a_rule_allows_on_a_condition_is_no_hedge(modal, action, condition):
    """WADA (r22): 'Russian athletes could compete as neutrals if they can prove that they are
    clean' was keyed as hedged; it states what the ruling allows."""
    flag = flag_of(f"Kelso athletes {modal} {action} if {condition}, the ruling said.", ("the ruling", "document"))
    assert flag is None or "hedged" not in flag.reasons


@pytest.mark.parametrize("event", ["the dam could burst if the rain continues", "the ferry may sink if it hits the reef"])
def test_a_possibility_under_a_condition_is_still_a_hedge(event):
    flag = flag_of(f"Engineers warned that {event}.")
    assert flag is not None and "hedged" in flag.reasons


@pytest.mark.parametrize("pronoun", ["anything", "everything", "whatever"])
@pytest.mark.parametrize("modal", ["could", "may", "might"])
def test_a_modal_inside_what_is_looked_for_is_no_hedge(pronoun, modal):
    """Prince (r26): "considering anything that could be relevant" was keyed as hedged."""
    that = "" if pronoun == "whatever" else " that"
    flag = flag_of(f"Investigators are checking {pronoun}{that} {modal} be relevant to the fire, the sheriff said.",
                   ("the sheriff", "named_person"))
    assert flag is None or "hedged" not in flag.reasons


@pytest.mark.parametrize("who", ["He", "The injured captain", "Mara Quill"])
@pytest.mark.parametrize("degree", ["barely", "hardly", "scarcely", "no longer"])
@pytest.mark.parametrize("act", ["walk", "breathe", "stand up"])
def test_could_barely_tells_an_inability_not_a_doubt(who, degree, act):
    """Tiger Woods (r34): "He ... could barely walk" was keyed as a hedge ("no right answer")."""
    flag = flag_of(f"{who} was in need of surgery and could {degree} {act}, Ann Roe said.", ("Ann Roe", "named_person"))
    assert flag is None or "hedged" not in flag.reasons


@pytest.mark.parametrize("thing, use", [("money in the bank", "lent elsewhere"), ("spare parts", "used again"),
                                        ("a stock of grain", "shipped at once")])
@pytest.mark.parametrize("modal", ["could", "can"])
def test_a_modal_defining_a_thing_is_no_quiz_key_but_stays_flagged(thing, use, modal):
    """First Republic (r35): "parked ... money in the bank that could be lent elsewhere" was
    keyed as a hedge; the sentence states the rest as fact."""
    from quizgen.analyze.hedges import hedging_modal

    text = f"The Kelso traders kept {thing} that {modal} be {use}, Ann Roe said."
    assert not hedging_modal(text, modal)
    assert hedging_modal(text, modal, strict=False)
    # set off by a comma, the clause adds a doubted claim of its own
    assert hedging_modal(f"The Kelso pier, which {modal} be closed for a year, reopened.", modal)


@pytest.mark.parametrize("group", ["other people", "many residents", "several witnesses", "some fans"])
@pytest.mark.parametrize("frame, vague", [("{n} firefighters and 10 {g} are still missing after the blast.", False),
                                          ("Up to 300 {g} fled the Kelso valley overnight.", False),
                                          ("{G} say the dam could fail within a week.", True),
                                          ("{G} have long said the club is cursed.", True),
                                          ("According to {g}, the dam could fail.", True)])
def test_a_group_is_a_vague_source_only_when_it_speaks(group, frame, vague):
    """Tianjin (r36): "85 firefighters and 10 other people are still missing" was flagged as
    resting on a vague group (such as 'experts')."""
    text = frame.format(n=85, g=group, G=group[0].upper() + group[1:])
    flag = flag_of(text)
    assert (flag is not None and "vague_source" in flag.reasons) == vague


@pytest.mark.parametrize("be", ["are", "were", "remain", "have been"])
@pytest.mark.parametrize("who", ["Six workers", "The two fishermen", "All four climbers"])
def test_presumed_dead_hedges(be, who):
    """'Six people are presumed dead': taken to be so, not known."""
    flag = flag_of(f"{who} {be} presumed dead after the ferry sank off Kelso.")
    assert flag is not None and "hedged" in flag.reasons and "presumed" in flag.cue.lower()


@pytest.mark.parametrize("frame", ["The mayor is presumed innocent until proven guilty.",
                                   "Harlow said all six of those presumed missing were part of a road crew."])
def test_presumed_innocent_or_in_a_noun_phrase_is_no_hedge(frame):
    flag = flag_of(frame, ("Harlow", "named_person"))
    assert flag is None or "hedged" not in flag.reasons


@pytest.mark.parametrize("when", ["", " initially", " earlier", " widely"])
@pytest.mark.parametrize("verb", ["reported", "claimed", "rumoured"])
def test_it_was_reported_that_hedges(when, verb):
    """Sewol (r42): "It was initially reported that a total of 368 people have been rescued"
    rests on no one named; it was offered as a sentence that names its source."""
    flag = flag_of(f"It was{when} {verb} that 368 people had been rescued from the ferry.")
    assert flag is not None and "hedged" in flag.reasons
