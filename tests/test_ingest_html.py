"""HTML pages: the headline the page declares, and body text that only the markup shows.

Cases are templates x fillers (invented headlines, outlets and events), so each
behaviour is checked across wordings, not on one page.
"""

from __future__ import annotations

import itertools
import json

import pytest

from quizgen.ingest import from_text

HEADLINES = ["Ferry fares rise again across the bay", "Council delays vote on new bridge tolls",
             "Storm closes three mountain passes overnight", "Rail strike talks collapse in Corvale"]
OUTLETS = ["The Gullhaven Echo", "Corvale Morning Star", "Bayline"]
SEPARATORS = [" | ", " - ", " – ", " — ", " » "]
BODY = ("<p>The harbour board said on Monday that ferry fares would rise by eight percent in June, "
        "and that the increase had been planned since last year.</p>"
        "<p>Commuters who cross twice a day will pay about 140 dollars more a year, board chair Ines Moura said, "
        "adding that discounts for students would stay as they are.</p>")


def page(head: str, body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def ingest(html: str):
    return from_text(html, article_id="page", is_html=True)


@pytest.mark.parametrize("headline,outlet,separator", list(itertools.product(HEADLINES, OUTLETS, SEPARATORS)))
def test_title_element_suffix_is_not_the_headline(headline: str, outlet: str, separator: str) -> None:
    article = ingest(page(f"<title>{headline}{separator}{outlet}</title>",
                          f"<h1>{headline}</h1>" + BODY))
    assert article.title == headline


@pytest.mark.parametrize("headline,outlet", list(itertools.product(HEADLINES, OUTLETS)))
@pytest.mark.parametrize("meta", ['<meta property="og:title" content="{t}">', '<meta name="twitter:title" content="{t}">',
                                  '<meta name="DC.title" content="{t}">', '<meta property="dc:title" content="{t}">'])
def test_declared_title_wins_over_the_title_element(headline: str, outlet: str, meta: str) -> None:
    head = f"<title>Home{' | '}{outlet}</title>" + meta.format(t=headline)
    assert ingest(page(head)).title == headline


@pytest.mark.parametrize("headline,outlet", list(itertools.product(HEADLINES, OUTLETS)))
@pytest.mark.parametrize("kind", ["NewsArticle", "Article", "ReportageNewsArticle", ["NewsArticle", "WebPage"]])
def test_json_ld_headline_wins_over_meta_titles(headline: str, outlet: str, kind: object) -> None:
    data = {"@context": "https://schema.org", "@type": kind, "headline": headline,
            "publisher": {"@type": "Organization", "name": outlet}}
    head = (f'<meta property="og:title" content="Latest news from {outlet}">'
            f'<script type="application/ld+json">{json.dumps(data)}</script>')
    assert ingest(page(head)).title == headline


@pytest.mark.parametrize("headline", HEADLINES)
def test_json_ld_of_other_things_is_no_headline(headline: str) -> None:
    data = {"@context": "https://schema.org", "@type": "Organization", "name": "Bayline Media Group"}
    head = f'<title>{headline}</title><script type="application/ld+json">{json.dumps(data)}</script>'
    assert ingest(page(head)).title == headline


@pytest.mark.parametrize("headline,outlet", list(itertools.product(HEADLINES, OUTLETS)))
def test_declared_title_loses_the_sites_own_name(headline: str, outlet: str) -> None:
    head = (f'<meta property="og:site_name" content="{outlet}">'
            f'<meta property="og:title" content="{headline} | {outlet}">')
    article = ingest(page(head))
    assert (article.title, article.outlet) == (headline, outlet)


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("section", ["Opinion", "Weather", "Local"])
def test_a_headline_with_a_colon_stays_whole_when_the_page_shows_it(headline: str, section: str) -> None:
    full = f"{section}: {headline}"
    assert ingest(page(f"<title>{full}</title>", f"<h1>{full}</h1>" + BODY)).title == full


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("short", ["News", "Home page", "Story"])
def test_a_title_element_too_short_for_a_headline_gives_way_to_the_only_h1(headline: str, short: str) -> None:
    assert ingest(page(f"<title>{short}</title>", f"<h1>{headline}</h1>" + BODY)).title == headline


LIST_ITEMS = [["Free parking at the east terminal", "Two extra sailings on Fridays", "A new cafe on the upper deck"],
              ["Tolls rise to 4 dollars", "Cyclists cross free", "Night closures end in May"]]
LIST_MARKUP = {
    "ul": lambda items: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
    "ol": lambda items: "<ol>" + "".join(f"<li><p>{i}</p></li>" for i in items) + "</ol>",
    "br": lambda items: "<p>" + "<br>".join(f"+ {i}" for i in items) + "</p>",
    "numbered br": lambda items: "<p>" + "<br>".join(f"{n}. {i}" for n, i in enumerate(items, 1)) + "</p>",
    "table": lambda items: "<table>" + "".join(f"<tr><td>{n}</td><td>{i}</td></tr>" for n, i in enumerate(items, 1))
                           + "</table>",
}


@pytest.mark.parametrize("items", LIST_ITEMS)
@pytest.mark.parametrize("shape", list(LIST_MARKUP))
@pytest.mark.parametrize("where", ["before", "between"])
def test_lists_of_the_article_stay_in_the_body(items: list[str], shape: str, where: str) -> None:
    first, second = BODY.split("</p>", 1)
    markup = LIST_MARKUP[shape](items)
    body = markup + BODY if where == "before" else first + "</p>" + markup + second
    article = ingest(page("<title>Ferry changes announced</title>", body))
    for item in items:
        assert item in article.body
    assert "harbour board said on Monday" in article.body


@pytest.mark.parametrize("sentences", [
    ["港务局周一表示，渡轮票价将在六月上涨百分之八。", "每天往返两次的通勤者每年将多付约一百四十元。", "学生折扣将保持不变。"],
    ["港湾局は月曜日、六月にフェリー運賃を八パーセント値上げすると発表した。", "通勤者の負担は年間約百四十ドル増える。",
     "学生割引は変わらないという。"],
])
def test_paragraphs_ending_in_full_width_stops_are_body(sentences: list[str]) -> None:
    body = "".join(f"<p>{s * 3}</p>" for s in sentences)
    article = ingest(page("<title>渡轮票价上涨</title>", body))
    for sentence in sentences:
        assert sentence in article.body


@pytest.mark.parametrize("headline", HEADLINES)
def test_the_headline_is_not_repeated_in_the_body(headline: str) -> None:
    article = ingest(page(f"<title>{headline}</title>", f"<h1>{headline}</h1>" + BODY))
    assert headline not in article.body


@pytest.mark.parametrize("furniture", ["Sign up for our newsletter", "Share this article", "Read more"])
def test_furniture_lines_in_the_article_block_stay_out(furniture: str) -> None:
    first, second = BODY.split("</p>", 1)
    article = ingest(page("<title>Ferry changes announced</title>", f"{first}</p><p>{furniture}</p>{second}"))
    assert furniture not in article.body


@pytest.mark.parametrize("cell", ["0.917[8]", "33.0[7]", "1.6[n 4]", "12[a]", "4.5 [3]"])
@pytest.mark.parametrize("is_html", [True, False])
def test_numbers_with_footnote_marks_are_read(cell: str, is_html: bool) -> None:
    """'0.917[8]' once crashed outlet detection: urlsplit reads '[8]' as a bad IPv6 host."""
    first, second = BODY.split("</p>", 1)
    if is_html:
        text = page("<title>Ferry changes announced</title>", f"{first}</p><table><tr><td>{cell}</td></tr></table>"
                                                               f"{second}")
    else:
        text = "\n\n".join(part.replace("<p>", "") for part in (first, cell, second.replace("</p>", "")))
    assert "harbour board said on Monday" in from_text(text, article_id="page", is_html=is_html).body


@pytest.mark.parametrize("headline", ["Fares rise - and commuters pay", "Bridge tolls | a guide for drivers",
                                      "Storm warning » what closes tonight", "Strike talks: unions walk out again"])
@pytest.mark.parametrize("heading", ["h1", "h2"])
def test_a_title_the_page_shows_whole_is_not_trimmed(headline: str, heading: str) -> None:
    article = ingest(page(f"<title>{headline}</title>", f"<{heading}>{headline}</{heading}>" + BODY))
    assert article.title == headline


def test_trafilatura_reads_the_page_when_readability_keeps_a_fragment(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizgen.ingest import html

    monkeypatch.setattr(html, "_with_readability", lambda source: ("Share this story.", frozenset()))
    article = ingest(page("<title>Ferry changes announced</title>", BODY * 3))
    assert "board chair Ines Moura said" in article.body


def test_trafilatura_is_not_asked_when_readability_finds_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizgen.ingest import html

    def unexpected(root):
        raise AssertionError("trafilatura was asked for the text")

    monkeypatch.setattr(html, "_with_trafilatura", unexpected)
    assert "board chair Ines Moura said" in ingest(page("<title>Ferry changes announced</title>", BODY * 3)).body
