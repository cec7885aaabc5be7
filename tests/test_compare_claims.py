"""Same claim or not: named things, a shared predicate, polarity (compare.claims).

Invented events, people and places; each rule is checked on templates x fillers, with
positive and negative cases.
"""

from __future__ import annotations

import pytest
from test_compare import make_analysis

from quizgen.compare import compare
from quizgen.compare.claims import claim_of, same_claim
from quizgen.compare.facts import LOOSE_PAIR, SentenceRef, members_match
from quizgen.compare.negation import negated
from quizgen.compare.text import tokenize


def _claim(text: str):
    return claim_of(tokenize(text), text)


def _fact_articles(*analyses) -> list[set[str]]:
    return [{m.article for m in f.mentions} for f in compare(list(analyses)).facts]


FINDS = [  # (who, found what, where)
    ("Divers", "the stolen Harlan statue", "in the Tarvin River"),
    ("Police", "the missing Oduya painting", "at a Kessel warehouse"),
    ("Rangers", "the lost Brenner hiker", "near Lake Ostrel"),
]


@pytest.mark.parametrize("who,what,where", FINDS)
@pytest.mark.parametrize("found,denied", [
    ("found {what} {where} on Monday", "have not found {what} {where}"),
    ("recovered {what} {where} on Monday", "never recovered {what} {where}, officials said"),
    ("located {what} {where} on Monday", "could not locate {what} {where} on Monday"),
])
def test_a_claim_and_its_denial_are_not_one_fact(who, what, where, found, denied):
    a = make_analysis("a", [f"{who} {found.format(what=what, where=where)}."])
    b = make_analysis("b", [f"{who} {denied.format(what=what, where=where)}."])
    assert not same_claim(_claim(a.sentences[0].text), _claim(b.sentences[0].text))
    assert {"a", "b"} not in _fact_articles(a, b)
    # the same claim told twice is one fact
    c = make_analysis("c", [f"{who} {found.format(what=what, where=where).replace(' on Monday', '')} early on Monday."])
    assert {"a", "c"} in _fact_articles(a, c)


@pytest.mark.parametrize("text", [
    "The {x} flood damaged not only homes but also the {y} bridge.",
    "Officials said the {x} plant was not just old but unsafe, according to the {y} report.",
    "It wasn't merely the {x} council that objected, the {y} board did too.",
])
@pytest.mark.parametrize("x,y", [("Tarvin", "Kessel"), ("Ostrel", "Brenner")])
def test_not_only_adds_a_point_and_denies_nothing(text, x, y):
    assert not negated(text.format(x=x, y=y))
    assert negated(text.format(x=x, y=y).replace("not only", "not").replace("not just", "not")
                   .replace("wasn't merely", "wasn't"))


@pytest.mark.parametrize("arrest,profile", [
    ("A suspect in the killing of two {college} College students was arrested in {city} on Friday.",
     "{name} is a graduate student at {other} College, the school said."),
    ("A suspect in the deaths of three {college} University students is in custody in {city}.",
     "{name} studied chemistry as a student at {other} University."),
])
@pytest.mark.parametrize("college,other,city,name", [
    ("Lakeside", "Ridgeway", "Denver", "Marek Olsen"),
    ("Harlow", "Fenwick", "Toledo", "Ada Brennan"),
])
def test_one_shared_word_and_part_of_two_names_is_not_one_claim(arrest, profile, college, other, city, name):
    a = _claim(arrest.format(college=college, city=city))
    b = _claim(profile.format(name=name, other=other))
    assert not same_claim(a, b)


@pytest.mark.parametrize("first,second", [
    ("Mayor {name} opened the new {place} library on Friday.",
     "The new {place} library was opened on Friday by Mayor {name}."),
    ("{name} resigned as head of the {place} port authority on Tuesday.",
     "The head of the {place} port authority, {name}, resigned Tuesday, the board said."),
    ("The {place} council approved a budget of $4 million for road repairs.",
     "Road repairs in {place} will get $4.2 million under a budget the council approved."),
])
@pytest.mark.parametrize("name,place", [("Lena Ortiz", "Calder"), ("Tomas Reyes", "Brenner")])
def test_the_same_claim_in_other_words_is_one_claim(first, second, name, place):
    assert same_claim(_claim(first.format(name=name, place=place)), _claim(second.format(name=name, place=place)))
    a = make_analysis("a", [first.format(name=name, place=place)])
    b = make_analysis("b", [second.format(name=name, place=place)])
    assert {"a", "b"} in _fact_articles(a, b)


@pytest.mark.parametrize("place,boat", [("Marlow Bay", "Celestine"), ("Kessel Sound", "Aurora")])
def test_every_member_of_a_fact_matches_every_other(place, boat):
    """Three reports of a ferry fire and a fourth sentence that shares the ferry's name
    and a word with one of them, but says something else: it joins no fact."""
    a = make_analysis("a", [f"A fire broke out on the {place} ferry {boat} on Tuesday, forcing passengers into lifeboats."])
    b = make_analysis("b", [f"Passengers took to lifeboats when fire broke out on the {place} ferry {boat} Tuesday."])
    c = make_analysis("c", [f"Fire forced passengers of the {place} ferry {boat} into lifeboats on Tuesday."])
    d = make_analysis("d", [f"The {boat} had not carried passengers since its engine was repaired last year."])
    facts = _fact_articles(a, b, c, d)
    assert {"a", "b", "c"} in facts
    assert not any("d" in f for f in facts)


@pytest.mark.parametrize("against,favour,body", [("Nine", "six", "members"), ("Seven", "four", "judges"),
                                                 ("Eleven", "two", "delegates")])
def test_the_same_figures_are_evidence_of_the_same_claim(against, favour, body):
    first = f"{against} {body} of the panel were against the designation, with {favour} in favour."
    second = f"{against.lower()} {body} opposed the declaration, while {favour} supported it."
    assert same_claim(_claim(first), _claim(second))
    # other figures are no such evidence
    other = second.replace(against.lower(), "three", 1).replace(f" {favour} ", " twelve ")
    assert not same_claim(_claim(first), _claim(other))


@pytest.mark.parametrize("player,club,home", [("Tomas Reyes", "Al Nadi", "Corvina"), ("Ada Brennan", "Sporting Kell", "Lutara")])
def test_a_hedge_on_a_neighbouring_claim_is_no_certainty_difference(player, club, home):
    """Two sentences about one move share a fact's worth of words; the rumour and the
    player's own wish are not one claim told with another certainty."""
    a = make_analysis("a", [f"{player} was linked to a move to {club} as well as going back to his former club {home}."])
    b = make_analysis("b", [f"In an exclusive interview on a {home} sports website, {player} said he really wanted "
                            f"to go back to {home}."])
    assert not any(d.kind == "certainty" for d in compare([a, b]).discrepancies)


@pytest.mark.parametrize("hedge", ["is expected to", "will likely", "is reportedly set to"])
@pytest.mark.parametrize("place,thing", [("Kessel", "evacuation order"), ("Ostrel", "curfew")])
def test_the_same_claim_in_mostly_the_same_words_can_differ_in_certainty(hedge, place, thing):
    a = make_analysis("a", [f"The {place} {thing} {hedge} stay in place through the weekend, officials said."])
    b = make_analysis("b", [f"The {place} {thing} will stay in place through the weekend, the sheriff said."])
    assert any(d.kind == "certainty" for d in compare([a, b]).discrepancies)


@pytest.mark.parametrize("place,thing", [("Ostrel", "harbour"), ("Brenner", "ferry terminal"), ("Kessel", "airport")])
def test_a_name_opening_a_sentence_still_counts_as_a_shared_name(place, thing):
    first = f"{place} closed its {thing} on Monday."
    assert same_claim(_claim(first), _claim(f"Officials in {place} closed the {thing} after the storm."))
    assert not same_claim(_claim(f"{place} opened a new museum on Monday."),
                          _claim(f"Officials in {place} closed the {thing} after the storm."))


@pytest.mark.parametrize("quote", ["The vote on the {place} dam was a serious mistake",
                                   "We will appeal the {place} dam ruling in the spring"])
@pytest.mark.parametrize("first,second,place", [("Lena Ortiz", "Tomas Reyes", "Harlow"),
                                                ("Ada Brennan", "Marek Olsen", "Kessel")])
def test_two_peoples_words_are_two_points(quote, first, second, place):
    words = quote.format(place=place)
    a = make_analysis("a", [f'"{words}," said council member {first}.'],
                      attributions=[(1, f"council member {first}", "named_person", "said")])
    b = make_analysis("b", [f'"{words}," said council member {second}.'],
                      attributions=[(1, f"council member {second}", "named_person", "said")])
    assert {"a", "b"} not in _fact_articles(a, b)
    # one person's words quoted by two outlets are one point
    c = make_analysis("c", [f'{first}, a council member, said: "{words}."'],
                      attributions=[(1, first, "named_person", "said")])
    assert {"a", "c"} in _fact_articles(a, c)


@pytest.mark.parametrize("aim", ["was intended to shorten", "had been designed to shorten", "was meant to shorten"])
@pytest.mark.parametrize("probe,rock", [("Vesta Lance", "Korimos"), ("Blue Arrow", "Tellan")])
def test_a_past_aim_and_the_outcome_are_two_points(aim, probe, rock):
    outcome = f"The {probe} probe shortened the orbit of the asteroid {rock} by 32 minutes, scientists said."
    expected = f"The {probe} probe {aim} the orbit of the asteroid {rock} by at least 73 seconds."
    assert not same_claim(_claim(outcome), _claim(expected))
    told_again = f"Scientists said the {probe} probe shortened the asteroid {rock}'s orbit by 32 minutes."
    assert same_claim(_claim(outcome), _claim(told_again))


@pytest.mark.parametrize("buyer,seller", [("Moscow", "Pyongyang"), ("Ostrel", "Kessel")])
def test_a_forecast_backshifted_in_reported_speech_is_the_same_claim(buyer, seller):
    now = f"{buyer} is expected to continue buying artillery shells from {seller}, an official said."
    reported = f"An official said {buyer} was expected to continue buying artillery shells from {seller}."
    assert same_claim(_claim(now), _claim(reported))


@pytest.mark.parametrize("opening", ["Neither the {rock} asteroid nor the {probe} probe itself, launched in {year},",
                                     "No part of the {rock} asteroid or of the {probe} probe, launched in {year},"])
@pytest.mark.parametrize("probe,rock,year", [("Vesta Lance", "Korimos", "2021"), ("Blue Arrow", "Tellan", "2019")])
def test_a_sentence_opening_with_a_negation_denies_in_every_clause(opening, probe, rock, year):
    denial = f"{opening.format(rock=rock, probe=probe, year=year)} posed any threat to Earth."
    event = f"The {probe} probe, launched in {year}, struck the {rock} asteroid."
    # the clause that matches the event ("the probe, launched in ...") has no negation of its own
    assert not same_claim(_claim(event), claim_of(tokenize(denial), f"the {probe} probe itself, launched in {year}"))


@pytest.mark.parametrize("probe,rock", [("Vesta Lance", "Korimos"), ("Blue Arrow", "Tellan")])
def test_a_figure_denied_or_only_aimed_at_is_no_fact_with_the_outcome(probe, rock):
    aim = make_analysis("a", [f"The {probe} probe was intended to shorten the orbit of {rock} by at least 73 seconds."])
    doubt = make_analysis("b", [f"A mission scientist said he did not think {rock} would last 73 seconds."])
    result = make_analysis("c", [f"The {probe} probe shortened the orbit of {rock} by about 73 seconds, "
                                 "the mission team said."])
    facts = _fact_articles(aim, doubt, result)
    assert not any({"a", "b"} <= f or {"b", "c"} <= f or {"a", "c"} <= f for f in facts)


@pytest.mark.parametrize("day", ["Sunday", "Friday"])
@pytest.mark.parametrize("first,second", [
    ("Residents of the evacuation zone were told to stay away until at least {day}.",
     "Another inch of rain is possible, and the evacuation order will stay in force at least until {day}, she said."),
    ("The bridge will stay shut until {day}, engineers said.", "Engineers expect to keep the crossing shut through {day}."),
])
def test_a_day_named_by_both_is_evidence_of_one_claim(day, first, second):
    assert same_claim(_claim(first.format(day=day)), _claim(second.format(day=day)))
    other = "Monday" if day != "Monday" else "Tuesday"
    assert not same_claim(_claim(first.format(day=day)), _claim(second.format(day=other)))


@pytest.mark.parametrize("person", ["Ilse Varga", "Dario Penn", "Amara Quist"])
@pytest.mark.parametrize("first,second", [
    ("{person} opened the {thing} on a cold morning.", "Engineers told {person} the {thing} was unsafe."),
    ("{person} praised the {thing} in a speech.", "Critics asked whether {person} had read the {thing} at all."),
])
@pytest.mark.parametrize("thing", ["bridge", "budget"])
def test_a_full_name_is_one_named_thing(person, first, second, thing):
    """One shared word and one person's first and last name are not three pieces of
    evidence of one claim."""
    a, b = _claim(first.format(person=person, thing=thing)), _claim(second.format(person=person, thing=thing))
    assert not same_claim(a, b)
    surname = person.split()[-1]
    assert surname.lower()[:4] in "".join(a.names)


def _ref(article: int, claim, keys: list[str]):
    return SentenceRef(article, 0, {k: 1.0 for k in keys}, len(keys) ** 0.5, claim=claim)


@pytest.mark.parametrize("person,thing", [("Oksana Belir", "relief budget"), ("Dario Penn", "ferry plan")])
@pytest.mark.parametrize("first,second", [
    ("{person} secured the support of the Greens for the {thing}.", "Opposition parties voiced concern about the {thing} of {person}."),
    ("{person} presented the {thing} to parliament.", "Union leaders warned that the {thing} of {person} would cost jobs."),
])
def test_clauses_in_other_words_need_more_than_a_name_and_two_words(person, thing, first, second):
    """Sharing a person and the thing spoken of is one claim only when the clauses are
    told in mostly the same words (cosine at or above LOOSE_PAIR)."""
    a = _claim(first.format(person=person, thing=thing))
    b = _claim(second.format(person=person, thing=thing))
    assert same_claim(a, b)  # enough evidence for clauses told alike...
    loose = _ref(0, a, ["x1", "x2", "x3", "s1"]), _ref(1, b, ["y1", "y2", "y3", "s1"])  # cosine 0.25
    close = _ref(0, a, ["x1", "s1", "s2"]), _ref(1, b, ["y1", "s1", "s2"])  # cosine 0.67
    assert 0.05 < 0.25 < LOOSE_PAIR
    assert not members_match(*loose, floor=0.05) and members_match(*close)


@pytest.mark.parametrize("first,second", [
    ("An attacker logged in with a password stolen from a contractor.", "The hackers got in using a stolen password."),
    ("Divers pulled the wreck of the ferry from the harbour.", "The ferry wreck was lifted from the harbour by divers."),
])
def test_three_shared_content_words_are_evidence_enough_however_worded(first, second):
    a, b = _claim(first), _claim(second)
    assert members_match(_ref(0, a, ["x1", "x2", "x3", "s1"]), _ref(1, b, ["y1", "y2", "y3", "s1"]), floor=0.05)


@pytest.mark.parametrize("aside", ["\u2014 who police said are not suspects \u2014", "(not their real names)",
                                   ", who were not hurt,", "-- neither of them a suspect --"])
@pytest.mark.parametrize("told", ["survived the attack", "slept through the night"])
def test_a_denial_in_an_aside_does_not_deny_the_clause(aside, told):
    """Idaho: 'Two other roommates — who police said are not suspects — survived' reports the
    same point as 'two other roommates were left unharmed'."""
    assert not negated(f"Two other roommates {aside} {told}.")
    assert negated(f"Two other roommates did not {told.split()[0].rstrip('d')} {' '.join(told.split()[1:])}.")
