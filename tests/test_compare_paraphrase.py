"""Outlets tell one point in other words: irregular verb forms, phrasal verbs, money with
a short scale, a shared run of words; and some clauses tell no point of their own (a
concession, a question of "whether", a subject without its verb). Invented events,
people and places; each rule on templates x fillers, positive and negative cases.
"""

from __future__ import annotations

import pytest
from lemminflect import getAllInflections
from test_compare import make_analysis

from quizgen.compare import compare
from quizgen.compare.claims import claim_of, same_claim, same_stance
from quizgen.compare.text import PHRASAL_VERBS, SYNONYM_GROUPS, clause_groups, tokenize, word_key


def _keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text) if t.key]


def _claim(text: str):
    return claim_of(tokenize(text), text)


def _fact_articles(*analyses) -> list[set[str]]:
    return [{m.article for m in f.mentions} for f in compare(list(analyses)).facts]


@pytest.mark.parametrize("base,forms", [
    ("take", ["took", "taken", "taking", "takes"]),
    ("flee", ["fled", "fleeing", "flees"]),
    ("seek", ["sought", "seeking", "seeks"]),
    ("strike", ["struck", "striking", "strikes"]),
    ("show", ["shown", "showed", "showing"]),
    ("sink", ["sank", "sunk", "sinking"]),
])
def test_irregular_verb_forms_are_their_verb(base, forms):
    for form in forms:
        assert word_key(form) == word_key(base), form


@pytest.mark.parametrize("word,other", [("left", "leave"), ("saw", "see"), ("lives", "life"), ("felt", "feel")])
def test_a_form_that_is_also_a_noun_or_adjective_stays_itself(word, other):
    assert word_key(word) != word_key(other)


@pytest.mark.parametrize("symbol", ["$", "£", "€"])
@pytest.mark.parametrize("written,value", [
    ("{s}44bn", 44_000_000_000), ("{s}3.5m", 3_500_000), ("{s}2 bn", 2_000_000_000), ("{s}750k", 750_000),
    ("{s}1.2tn", 1_200_000_000_000), ("{s}12 million", 12_000_000),
])
def test_money_with_a_short_scale_is_one_amount(symbol, written, value):
    keys = _keys(f"The company paid {written.format(s=symbol)} for the Orvale mill.")
    assert f"#{value}" in keys
    assert any(k.startswith("#$") for k in keys)  # and it is money


@pytest.mark.parametrize("text", ["The crane rose 5m above the Orvale mill.", "The runner ran 800m in Kessel."])
def test_a_short_scale_without_a_currency_is_not_money(text):
    assert not any(k.startswith("#$") or k in ("#5000000", "#800000000") for k in _keys(text))


def _inflections(verb: str) -> set[str]:
    forms = {verb}
    for values in getAllInflections(verb, upos="VERB").values():
        forms.update(values)
    return forms


@pytest.mark.parametrize("phrase,word", sorted(PHRASAL_VERBS.items()))
def test_a_phrasal_verb_in_any_form_counts_as_its_word(phrase, word):
    verb, particle = phrase
    for form in _inflections(verb):
        keys = _keys(f"The Orvale council {form} {particle} the Kessel plan.")
        assert word_key(word) in keys, f"{form} {particle}"


@pytest.mark.parametrize("phrase,word", sorted(PHRASAL_VERBS.items()))
def test_the_verb_without_its_particle_is_not_the_phrasal_verb(phrase, word):
    verb, _ = phrase
    assert word_key(word) not in _keys(f"The Orvale council will {verb} the Kessel plan.") or word_key(verb) == word_key(word)


@pytest.mark.parametrize("group", SYNONYM_GROUPS, ids=lambda g: g[0])
def test_each_synonym_group_shares_one_key(group):
    keys = {word_key(w) for w in group}
    # a word listed in two groups follows the later one; every other word follows its group
    assert len(keys) <= 2, group


EVENTS = [  # (who, did what, to what, where)
    ("The Orvale mayor", "declared an emergency", "over the flooded Tarvin bridge", "in Kessel"),
    ("The Brenner health board", "closed the public pool", "after a chlorine leak", "in Ostrel"),
    ("Harlan Mining", "suspended work", "at its Dunmore quarry", "in Lake Carrow"),
]


@pytest.mark.parametrize("who,did,what,where", EVENTS)
@pytest.mark.parametrize("opening", ["Although", "Even though", "Though", "“Although"])
def test_a_concession_is_not_the_point_of_its_sentence(who, did, what, where, opening):
    lead = f"{opening} {who[0].lower()}{who[1:]} {did} {what} {where} on Monday, residents said little had changed by Friday."
    a = make_analysis("a", [lead])
    b = make_analysis("b", [f"{who} {did} {what} {where} on Monday."])
    assert {"a", "b"} not in _fact_articles(a, b)
    # told as the sentence's own point, it is one fact
    c = make_analysis("c", [f"On Monday, {who[0].lower()}{who[1:]} {did} {what} {where}, residents said."])
    assert {"b", "c"} in _fact_articles(b, c)


@pytest.mark.parametrize("who,did,what,where", EVENTS)
@pytest.mark.parametrize("asking", ["are weighing whether to {verb}", "debated on Monday whether to {verb}",
                                    "have not said whether they will {verb}"])
def test_asking_whether_is_not_telling_that(who, did, what, where, asking):
    verb, rest = did.split(" ", 1)
    base = {"declared": "declare", "closed": "close", "suspended": "suspend"}[verb]
    told = f"{who} {did} {what} {where} on Monday."
    asked = f"{who} officials {asking.format(verb=base)} {rest} {what} {where}."
    assert not same_stance(_claim(told), _claim(asked))
    assert {"a", "b"} not in _fact_articles(make_analysis("a", [told]), make_analysis("b", [asked]))


@pytest.mark.parametrize("subject", ["A 41-year-old man, Tomas Reyl,", "Tomas Reyl, 41,", "Tomas Reyl, a Kessel electrician,",
                                     "The suspect, Tomas Reyl of Ostrel,"])
@pytest.mark.parametrize("predicate", ["was arrested Friday morning in Dunmore.", "was charged with arson on Tuesday.",
                                       "has been released on bail in Lake Carrow."])
def test_a_subject_set_off_by_commas_stays_with_its_verb(subject, predicate):
    text = f"{subject} {predicate}"
    groups = clause_groups(tokenize(text), text)
    named = [g for g in groups if any(t.text == "Reyl" for t in g)]
    # the name and the verb that tells what happened to him are in one clause
    verb = predicate.split()[1]
    assert any(any(t.text == verb for t in g) for g in named), [[t.text for t in g] for g in groups]


@pytest.mark.parametrize("run", [
    "among workers who live near the plant",
    "for people who have lost their homes",
    "to families who were forced out",
])
@pytest.mark.parametrize("place", ["Kessel", "Ostrel"])
def test_a_shared_run_of_words_is_evidence_of_one_point(run, place):
    a = _claim(f"The {place} clinic said the illness is concentrated {run}.")
    b = _claim(f"Cases in {place} were overwhelmingly {run}, officials said.")
    assert same_claim(a, b)
    # the same content words without the shared run are not enough
    words = [w for w in run.split() if w not in ("among", "who", "for", "to", "the", "their", "were", "have")]
    c = _claim(f"Cases in {place} were reported; {' and '.join(reversed(words))} were mentioned, officials said.")
    assert not (a.phrases & c.phrases)


@pytest.mark.parametrize("who,did,what,where", EVENTS)
@pytest.mark.parametrize("unknowing", ["It was unclear how many", "It is not known how many", "Officials were unsure of what"])
def test_not_knowing_how_many_is_not_telling(who, did, what, where, unknowing):
    told = f"{who} {did} {what} {where} on Monday."
    asked = f"{unknowing} residents {who[0].lower()}{who[1:]} {did.split(' ', 1)[0]} {what} {where}."
    assert not same_stance(_claim(told), _claim(asked))
