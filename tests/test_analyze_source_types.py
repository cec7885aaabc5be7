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


_CLAIM = "the ferry would run on Monday"


@pytest.mark.parametrize("body, source, kind, certain", [
    # a bare capitalised word that speaks: an organisation, but only a best guess
    *[(f"{name} {verb} {_CLAIM}.", name, "named_organization", False)
      for name in ("Veltrax", "Norbix", "Kowalski") for verb in ("said", "confirmed that")],
    # evidence of a person: a title, a known given name, a surname named in full before, he/she
    *[(f"{title} Ines Brandt said {_CLAIM}.", f"{title} Ines Brandt", "named_person", True)
      for title in ("Mayor", "Harbor Chief", "Dr.")],
    *[(f"{name} said {_CLAIM}.", name, "named_person", True) for name in ("Maria Okafor", "Daniel Mbeki")],
    (f"Ines Brandt runs the port. Brandt said {_CLAIM}.", "Brandt", "named_person", True),
    (f"Kessler said {_CLAIM}. She added that the fares would rise.", "Kessler", "named_person", True),
    (f"Kessler, 61, said {_CLAIM}.", "Kessler", "named_person", True),
    # organisation and document words decide by themselves
    (f"The Coastland Geological Survey said {_CLAIM}.", "The Coastland Geological Survey", "named_organization",
     True),
    (f"The survey said {_CLAIM}.", "The survey", "document", True),
    # a head word no list knows ("the conspiracy theorist", "the campaigner"): a guess
    *[(f"The {head} said {_CLAIM}.", f"The {head}", "unspecified", False)
      for head in ("conspiracy theorist", "campaigner", "blogger")],
])
def test_type_certain_says_whether_evidence_decided_the_type(body, source, kind, certain):
    from quizgen.analyze import analyze_article
    from quizgen.models import Article

    found = {a.source: a for a in analyze_article(Article(id="t", body=body)).attributions}
    assert found[source].source_type == kind
    assert found[source].type_certain is certain


@pytest.mark.parametrize("body", ["London Gatwick Airport", "Kessel Regional Airport", "Ostrel State Prison",
                                  "Varna City Zoo", "Harlow Railway"])
def test_an_airport_prison_or_zoo_is_an_organization(body):
    from quizgen.analyze import analyze_article
    from quizgen.models import Article

    found = analyze_article(Article(id="t", body=f"{body} said the flights were delayed.")).attributions
    assert [(a.source, a.source_type) for a in found] == [(body, "named_organization")]


@pytest.mark.parametrize("phrase", ["a paper", "A paper", "a new paper", "a recent paper", "an earlier paper",
                                    "papers", "several papers", "a peer-reviewed paper"])
def test_a_paper_with_no_newspaper_word_is_a_document(phrase):
    # "According to a paper here, the drug ...": a research paper, not a news outlet
    assert type_of(phrase) == "document"


@pytest.mark.parametrize("phrase", ["a local paper", "a Spanish paper", "a daily paper", "the paper",
                                    "the local paper", "a state-run paper", "a Sunday paper"])
def test_a_paper_with_a_newspaper_word_or_the_is_a_news_outlet(phrase):
    assert type_of(phrase) == "media_outlet"


@pytest.mark.parametrize("acronym", ["CS", "PS", "DG", "CEO", "CFO", "PM", "VP", "IGP"])
def test_an_office_in_capital_letters_is_a_person(acronym):
    """'The CS said' (the cabinet secretary, r20): one person, not a body."""
    assert type_of(f"the {acronym}") == "named_person"
    assert type_of(f"a {acronym}") == "anonymous"


@pytest.mark.parametrize("body", ["the SEC", "the FBI", "the UN", "the IMF", "Volkswagen AG"])
def test_a_body_in_capital_letters_stays_a_body(body):
    assert type_of(body) == "named_organization"


@pytest.mark.parametrize("nationality", ["Slovenian", "Pakistani", "Italian", "Brazilian", "Korean"])
def test_the_and_a_nationality_alone_is_a_person(nationality):
    """'"I am delighted," the Slovenian said' (r23): the person named before, not a body."""
    assert type_of(f"the {nationality}") == "named_person"


@pytest.mark.parametrize("phrase", ["the Vatican", "the British", "the Chinese", "the Kremlin"])
def test_a_people_or_a_place_after_the_is_no_person(phrase):
    assert type_of(phrase) != "named_person"


@pytest.mark.parametrize("industry", ["Electronics", "Entertainment", "Media", "Software", "Communications",
                                      "Aerospace"])
@pytest.mark.parametrize("region", [" America", " Europe", ""])
def test_a_company_named_with_its_trade_is_no_persons_name(industry, region):
    """'David Steel, executive vice president for Samsung Electronics America, ...' then
    'Samsung later said in a statement': the company, not a person named Samsung."""
    from quizgen.analyze import analyze_article
    from quizgen.models import Article

    body = (f"Ada Moss, a vice president of strategy for Veltrax {industry}{region}, sat in court to hear the verdict. "
            "Veltrax later said in a statement that it would appeal the ruling.")
    found = analyze_article(Article(id="t", body=body)).attributions
    assert [(a.source, a.source_type) for a in found] == [("Veltrax", "named_organization")]


@pytest.mark.parametrize("noun", ["investors", "shareholders", "employees", "workers", "bystanders", "customers"])
@pytest.mark.parametrize("verb", ["testified", "said", "told the court"])
def test_a_plural_noun_opening_the_sentence_is_typed_as_it_is_mid_sentence(noun, verb):
    """'Investors testified that ...': a common noun capitalised to open the sentence is no
    body's name; it gets the type the same noun gets inside a sentence."""
    from quizgen.analyze import analyze_article
    from quizgen.models import Article

    def kind(body):
        return [a.source_type for a in analyze_article(Article(id="t", body=body)).attributions]

    opening = kind(f"{noun.capitalize()} {verb} that they were misled about the blood tests.")
    inside = kind(f"In the trial, {noun} {verb} that they were misled about the blood tests.")
    assert opening == inside and opening and "named_organization" not in opening
