"""Fuzzing: whatever bytes or text arrive, ingest gives an Article or an InputError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import InputError
from quizgen.ingest import from_text, read_bytes
from quizgen.ingest.decode import clean_text
from quizgen.models import Article

# Lines that look like page furniture and article text, mixed into random documents.
PIECES = st.sampled_from([
    "Leave a Reply", "Recent Posts", "Keep Reading", "By | July 24, 2022", " date 2022-10-12 ",
    "This article originally belongs to Nbcnews.com", "Related Article : Something | Else",
    "The council said on Monday that the bridge would reopen.", "Headline Without A Period",
    "Teaser text that trails off… Read More", "<p>Paragraph in HTML.</p>", "<script>x()</script>",
    "Reuters | Updated: 23-07-2022 20:29 IST", "“Quoted words,” she said.", "\u00a0", "\t", "",
])
DOCUMENTS = st.lists(st.one_of(PIECES, st.text(max_size=80)), max_size=30).map("\n".join)


def _check(result: Article) -> None:
    assert isinstance(result, Article)
    assert result.body.strip()
    assert result.body == result.body.strip()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.binary(max_size=4000), name=st.sampled_from(["a.txt", "b.html", "c.md", "stdin.txt"]))
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    try:
        _check(read_bytes(data, name=name))
    except InputError as err:
        assert str(err).startswith(name)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.one_of(st.text(max_size=3000), DOCUMENTS), is_html=st.sampled_from([None, True, False]))
def test_arbitrary_text(text: str, is_html: bool | None) -> None:
    try:
        article = from_text(text, article_id="fuzz", is_html=is_html)
    except InputError:
        return
    _check(article)
    if not is_html and "<" not in text:
        # plain text: every kept paragraph is text of the input, as written (wrapped lines
        # are joined with a space, so compare with runs of white space made one space)
        normalized = " ".join(clean_text(text, "fuzz").split())
        for paragraph in article.body.split("\n\n"):
            assert " ".join(paragraph.split()) in normalized


@settings(max_examples=100, deadline=None)
@given(text=DOCUMENTS)
def test_text_round_trips_through_utf8_bytes(text: str) -> None:
    try:
        direct = from_text(text, article_id="a")
    except InputError:
        return
    assert read_bytes(text.encode("utf-8"), name="a.txt").body == direct.body
