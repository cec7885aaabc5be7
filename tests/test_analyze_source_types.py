"""Source-type classification of invented source phrases, through `classify`."""

from __future__ import annotations

import pytest

from quizgen.analyze.cited_outlets import mentions_outlet, outlet_name
from quizgen.outlets import same_outlet
from quizgen.analyze.source_types import TypeContext, classify, remember_names
from quizgen.analyze.tokens import tokenize

BODY = "Harbor pilot Tomas Rivera and Mayor Ellen Brandt spoke after Kestrel Shipping Co. closed the docks."
CONTEXT = TypeContext(names=remember_names(BODY), is_outlet=mentions_outlet)


def type_of(phrase: str) -> str:
    tokens = tokenize(phrase)
    return classify(tokens, (0, len(tokens)), CONTEXT)


@pytest.mark.parametrize("phrase, expected", [
    ("Tomas Rivera", "named_person"),
    ("Rivera", "named_person"),  # named in full earlier in the article
    ("Brandt", "named_person"),
    ("Dr. Anika Vos", "named_person"),
    ("harbor pilot Tomas Rivera of the Marlow Pilots Association", "named_person"),
    ("the Coastland interior minister", "named_person"),  # a unique office, on the record
    ("Coastland's ambassador to Verania", "named_person"),
    ("Kestrel", "named_organization"),  # only seen inside a company name
    ("the Marlow Bay Fire Department", "named_organization"),
    ("NOAA", "named_organization"),
    ("the ministry", "named_organization"),
    ("the Brandt administration", "named_organization"),
    ("Pyongyang", "named_organization"),
    ("the Marren County Sheriff's Office", "named_organization"),
    ("three city officials", "anonymous"),
    ("a senior port official", "anonymous"),
    ("a county commissioner", "anonymous"),
    ("sources familiar with the talks", "anonymous"),
    ("NOAA scientists", "anonymous"),
    ("experts", "unspecified"),
    ("Critics", "unspecified"),
    ("a statement from the ministry", "document"),
    ("the intelligence assessment", "document"),
    ("Data sets gathered by tide gauges", "document"),
    ("a copy of the agreement", "document"),
    ("The Harbor Ledger", "media_outlet"),
    ("the newspaper “Tidewatch”", "media_outlet"),
    ("Reuters", "media_outlet"),
    ("local media", "media_outlet"),
])
def test_classify(phrase, expected):
    assert type_of(phrase) == expected


def test_unknown_single_names_default_to_organisations():
    # a bare capitalised word never seen in a person's full name ("Apple", "Hamas")
    assert type_of("Solvane") == "named_organization"


@pytest.mark.parametrize("source, name", [
    ("the newspaper “Tidewatch”", "Tidewatch"),
    ("a Harbor Ledger article by Lena Ortiz", "Harbor Ledger"),
    ("The New York Times", "The New York Times"),
    ("the paper", None),
])
def test_outlet_name_inside_a_source(source, name):
    assert outlet_name(source) == name


def test_same_outlet_ignores_the_article_and_domain_endings():
    assert same_outlet("The New York Times", "New York Times")
    assert same_outlet("nbcnews.com", "NBC News")
    assert not same_outlet("BBC", "CNN")
    assert not same_outlet("BBC", None)
