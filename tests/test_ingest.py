"""ingest public API: golden fixture pages, metadata precedence, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.errors import InputError
from quizgen.ingest import from_text, looks_english, read_bytes, read_path
from quizgen.settings import MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
GOLDEN = sorted(p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".html"})


@pytest.mark.parametrize("page", GOLDEN, ids=lambda p: p.name)
def test_golden_page(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = read_path(page)
    assert article.body == "\n\n".join(expected["body"])
    for field in ("outlet", "title", "author", "published", "url"):
        assert getattr(article, field) == expected[field], field
    assert article.id == page.stem
    assert article.path == str(page)


@pytest.mark.parametrize("page", GOLDEN, ids=lambda p: p.name)
def test_body_paragraphs_are_verbatim_text_of_the_page(page: Path) -> None:
    source = page.read_text(encoding="utf-8")
    for paragraph in read_path(page).body.split("\n\n"):
        assert paragraph in source


def test_html_scripts_and_styles_never_reach_the_body() -> None:
    article = read_path(FIXTURES / "harbor-daily.html")
    for leaked in ("console.log", "dataLayer", "Tracking pixel", "font-family", "<", "Accept all"):
        assert leaked not in article.body


def test_html_is_sniffed_in_pasted_text() -> None:
    html = (FIXTURES / "harbor-daily.html").read_text(encoding="utf-8")
    article = from_text(html, article_id="pasted")
    assert article.body.startswith("All 40 passengers")
    assert article.outlet == "Harbor Daily"


def test_html_without_main_text_falls_back_to_visible_text() -> None:
    html = ("<html><head><title>Quiet Bay news</title><script>var junk = 1;</script></head><body>"
            "<div>Fishing boats stayed in port on Monday because of the storm, the harbor master said.</div>"
            "</body></html>")
    article = read_bytes(html.encode(), name="bay.html")
    assert "Fishing boats stayed in port" in article.body
    assert "junk" not in article.body


def test_given_metadata_wins_over_detected() -> None:
    page = (FIXTURES / "lakeside-gazette.txt").read_text(encoding="utf-8")
    article = from_text(page, article_id="x", outlet="My Outlet", title="My title", url="https://example.org/a")
    assert (article.outlet, article.title, article.url) == ("My Outlet", "My title", "https://example.org/a")


def test_outlet_from_url_domain_then_file_name() -> None:
    text = "The mayor opened the new bridge on Monday, officials said.\n"
    assert from_text(text, article_id="a", url="https://www.nbcnews.com/x").outlet == "NBC News"
    assert from_text(text, article_id="a", url="https://quietbay.example/x").outlet == "quietbay.example"
    assert read_bytes(text.encode(), name="reuters.txt").outlet == "Reuters"
    assert read_bytes(text.encode(), name="quietbaytimes.txt").outlet == "Quiet Bay Times"  # read as words, never the bare stem
    # names that say nothing about the outlet are not used
    assert read_bytes(text.encode(), name="article1.txt").outlet is None
    assert from_text(text, article_id="stdin").outlet is None
    # pasted text has no file name: its id is not a guess at the outlet
    assert from_text(text, article_id="reuters").outlet is None
    assert from_text(text, article_id="x", path="saved/reuters.txt").outlet == "Reuters"


def test_credit_line_names_the_outlet_and_is_removed() -> None:
    text = ("Officials said the bridge would reopen on Friday after repairs.\n\n"
            "This article originally belongs to Nbcnews.com\n")
    article = from_text(text, article_id="nbc-copy")
    assert article.outlet == "NBC News"
    assert article.wire is None
    assert "belongs to" not in article.body


def test_title_suffix_names_the_outlet() -> None:
    text = ("Bridge reopens after repairs | Quiet Bay Times\n"
            "The bridge reopened on Friday after three weeks of repairs, the city said.\n")
    article = from_text(text, article_id="x")
    assert article.title == "Bridge reopens after repairs"
    assert article.outlet == "Quiet Bay Times"


def test_wire_credit_is_not_the_page_outlet() -> None:
    text = ("Reuters | Updated: 02-03-2024 10:00 IST\n"
            "The bridge reopened on Friday after three weeks of repairs, the city said.\n")
    article = read_bytes(text.encode(), name="quietbaytimes.txt")
    assert article.outlet == "Quiet Bay Times"
    assert article.wire == "Reuters"
    assert article.published == "2024-03-02"
    assert "Reuters" not in article.body


def test_body_offsets_survive_crlf_and_bom() -> None:
    text = "\ufeffFirst paragraph says one thing.\r\n\r\nSecond paragraph says another.\r\n"
    article = read_bytes(text.encode("utf-8"), name="a.txt")
    assert article.body == "First paragraph says one thing.\n\nSecond paragraph says another."


def test_utf16_with_bom_is_read() -> None:
    text = "The council voted on Tuesday to close the pier, officials said."
    assert read_bytes(text.encode("utf-16"), name="a.txt").body == text


# --- bad input -------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"   \n\n\t  \n", "empty"),
    (b"\x00\x01\x02binary\x00data" * 10, "binary"),
    (b"%PDF-1.7 some pdf", "PDF"),
    (b"PK\x03\x04 docx payload", "zip"),
    ("caf\u00e9 cr\u00e8me \u2019quoted\u2019".encode("cp1252"), "UTF-8"),
    (b"Leave a Reply\nYour email address will not be published.\nRecent Posts\nShare this\n", "no article text"),
])
def test_bad_bytes_get_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as err:
        read_bytes(data, name="upload.txt")
    assert str(err.value).startswith("upload.txt: ")
    assert "\n" not in str(err.value)


def test_too_large_input_is_refused_before_any_work() -> None:
    with pytest.raises(InputError, match="too large"):
        read_bytes(b"a" * (MAX_ARTICLE_BYTES + 1), name="huge.txt")
    with pytest.raises(InputError, match="too large"):
        from_text("word " * (MAX_ARTICLE_CHARS // 5 + 1), article_id="huge")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_path(tmp_path)


def test_stray_control_characters_are_dropped_not_fatal() -> None:
    article = from_text("The ferry\x07 left port on time, the operator said.", article_id="a")
    assert article.body == "The ferry  left port on time, the operator said."


def test_looks_english() -> None:
    english = "The council said on Tuesday that the bridge would reopen after repairs, and officials added that " \
              "the work was finished ahead of schedule."
    french = "Le conseil a annoncé mardi que le pont rouvrirait après les travaux, et les responsables ont " \
             "ajouté que le chantier était terminé avant la date prévue par la mairie."
    german = "Der Stadtrat teilte am Dienstag mit, dass die Brücke nach den Reparaturen wieder geöffnet werde " \
             "und die Arbeiten früher als geplant abgeschlossen seien."
    assert looks_english(english)
    assert not looks_english(french)
    assert not looks_english(german)
    assert looks_english("Short note.")  # too short to judge


def test_markdown_markup_is_dropped() -> None:
    md = ("# Bridge reopens after repairs\n\n![pier](pier.jpg)\n\n"
          "The bridge reopened on **Friday** after repairs, [the city said](https://quietbay.example/a).\n\n"
          "> \"It is safe,\" the engineer said.\n\n---\n")
    article = read_bytes(md.encode(), name="quietbay.md")
    assert article.title == "Bridge reopens after repairs"
    assert article.body == ("The bridge reopened on Friday after repairs, the city said.\n\n"
                            "\"It is safe,\" the engineer said.")


def test_markup_does_not_count_against_the_text_limit() -> None:
    html = (FIXTURES / "harbor-daily.html").read_text(encoding="utf-8")
    padded = html.replace("<main>", "<main><div data-x='" + "y" * MAX_ARTICLE_CHARS + "'></div>")
    assert len(padded) > MAX_ARTICLE_CHARS
    assert read_bytes(padded.encode(), name="padded.html").body == read_path(FIXTURES / "harbor-daily.html").body


def test_html_page_in_its_declared_encoding_is_read() -> None:
    html = ("<html><head><meta charset=\"windows-1252\"></head><body><p>The council said the pier\u2019s "
            "repairs would cost \u20ac2 million, officials said on Tuesday.</p></body></html>")
    article = read_bytes(html.encode("cp1252"), name="pier.html")
    assert article.body == ("The council said the pier\u2019s repairs would cost \u20ac2 million, "
                            "officials said on Tuesday.")
    # without a declaration the same bytes are refused, not guessed
    with pytest.raises(InputError, match="save it as UTF-8"):
        read_bytes(html.replace(' charset="windows-1252"', "").encode("cp1252"), name="pier.html")


def test_html_title_suffix_names_the_outlet_before_the_domain() -> None:
    page = ("<html><head><title>Ferry fares rise again | The Gullhaven Echo</title>"
            "<link rel='canonical' href='https://news.gullhaven.example/ferry'></head><body><article>"
            "<h1>Ferry fares rise again</h1>"
            "<p>Ferry fares across the bay will rise by 8 percent in June, the harbour board said on Monday.</p>"
            "<p>Commuters who cross twice a day will pay about 140 dollars more a year, board chair Ines Moura said.</p>"
            "</article></body></html>")
    article = from_text(page, article_id="echo")
    assert article.outlet == "The Gullhaven Echo"
    assert article.title == "Ferry fares rise again"
