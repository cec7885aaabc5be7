"""quizgen.outlets: canonical names and outlet names found in sentences."""

from __future__ import annotations

import pytest

from quizgen.outlets import OUTLETS, canonical_outlet, find_outlets, host_of, readable_domain


@pytest.mark.parametrize(("given", "canonical"), [
    ("Nbcnews.com", "NBC News"), ("https://www.nbcnews.com/politics/x", "NBC News"), ("NBC", "NBC News"),
    ("the NYT", "The New York Times"), ("New York Times", "The New York Times"),
    ("news.sky.com", "Sky News"), ("https://www.bbc.co.uk/news/x", "BBC"), ("AP", "The Associated Press"),
    ("quietbaytimes.example", None), ("", None), ("   ", None),
])
def test_canonical_outlet(given: str, canonical: str | None) -> None:
    assert canonical_outlet(given) == canonical


def test_table_is_consistent() -> None:
    names = [o.name for o in OUTLETS]
    assert len(names) == len(set(names))
    for outlet in OUTLETS:
        assert canonical_outlet(outlet.name) == outlet.name
        for domain in outlet.domains:
            assert canonical_outlet(domain) == outlet.name
        assert set(outlet.ambiguous) <= {outlet.name, *outlet.aliases}


def test_host_and_readable_domain() -> None:
    assert host_of("https://www.Example.org/path?q=1") == "example.org"
    assert readable_domain("quietbay.example/news") == "quietbay.example"
    assert readable_domain("") is None


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.outlet) for m in find_outlets(text)]


def test_find_outlets_with_offsets() -> None:
    text = "Three officials told NBC News, and The New York Times first reported the deal."
    mentions = find_outlets(text)
    assert [(m.text, m.outlet) for m in mentions] == [("NBC News", "NBC News"),
                                                      ("The New York Times", "The New York Times")]
    assert all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Associated Press reported that the talks had stalled.", [("The Associated Press", "The Associated Press")]),
    ("He told the Spanish newspapers Marca and Sport on Monday.", [("Marca", "Marca"), ("Sport", "Sport")]),
    ("Earlier, “Goal” reported that the deal was close.", [("Goal", "Goal")]),
    ("A report by the newspaper “Athletic” said the player had agreed.", [("Athletic", "The Athletic")]),
    ("He ranks second on Forbes’ list of the best-paid athletes.", [("Forbes", "Forbes")]),
    # everyday words and people's names are not outlets
    ("It was a great goal. Time will tell whether sport can heal the city.", []),
    ("Michael Bloomberg said he would fund the project.", []),
    ("The sun rose over the times square crowd.", []),
])
def test_find_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_an_article_with_no_outlet_is_numbered_for_quizzes_and_null_in_the_report() -> None:
    from quizgen.ingest import from_text, read_bytes
    from quizgen.pipeline import build_report, labelled_report

    text = "The council said on Monday that the harbor bridge would reopen in May, officials said.\n"

    def articles():
        return [read_bytes(text.encode(), name="article1.txt"), read_bytes(text.encode(), name="harborgazette.txt"),
                from_text(text, article_id="pasted")]

    assert [a.article.outlet for a in build_report(articles()).articles] == [None, "Harbor Gazette", None]
    report = labelled_report(articles())
    assert [a.article.outlet for a in report.articles] == ["Article 1", "Harbor Gazette", "Article 3"]
    assert {p.outlet for p in report.comparison.profiles} <= {"Article 1", "Harbor Gazette", "Article 3"}


@pytest.mark.parametrize("name, outlet", [("LBC", "LBC"), ("LBCI", "LBCI"), ("LBCI TV", "LBCI")])
def test_lbc_and_lbci_are_two_outlets(name, outlet):
    """Thomas Cook (r26): the London radio station LBC was printed as LBCI, a Lebanese broadcaster."""
    from quizgen.outlets import canonical_outlet
    assert canonical_outlet(name) == outlet
