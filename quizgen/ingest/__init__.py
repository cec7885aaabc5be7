"""ingest: files, bytes or text (plain or HTML) -> Article with a clean body.

Public entry points: `read_path`, `read_bytes`, `from_text` (the CLI and the web app
call these) and `looks_english`. Bad input raises InputError with a one-line message a
person can act on; nothing else escapes.

The body keeps the article's sentences exactly as written (same characters), one
paragraph per line of the source (hard-wrapped lines joined with a space), paragraphs
joined by a blank line: offsets computed on `Article.body` are final.

Outlet, strongest evidence first: the explicit argument; a credit line ("This article
originally belongs to Nbcnews.com"); a masthead or " | Outlet" title suffix (or an HTML
page's site name); the URL's domain (known outlets by name, else the bare host); and
last the file name ("nbc.txt"), because a teacher who saved it so named the outlet. A
name is given as readers write it: the table's ("dw" -> "Deutsche Welle"), else as the
page spells it ("The Valley Courier"), else read from the stem ("trueviralnews" -> "True
Viral News", "wfaa" -> "WFAA"). A file named "article1.txt" or pasted text names no
outlet: None, which pages and quizzes call "Article 1".

A wire dateline or credit ("LONDON (AP) —", "(Reuters) -", "... — AFP") records the
copy's source as `Article.wire` when it is not the outlet itself.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from quizgen.errors import InputError
from quizgen.ingest.decode import check_text_size, clean_text, decode_bytes
from quizgen.ingest.html import extract_html, looks_like_html, page_title
from quizgen.ingest.html_body import html_paragraphs
from quizgen.ingest.language import looks_english
from quizgen.ingest.markdown import markdown_to_text
from quizgen.ingest.metadata import split_title_suffix, spelled_out
from quizgen.ingest.sitenames import readable_site_name
from quizgen.ingest.plaintext import Hints, clean_plain_text
from quizgen.models import Article
from quizgen.outlets import canonical_outlet, host_of, readable_domain

__all__ = ["read_path", "read_bytes", "from_text", "looks_english"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
NO_ARTICLE_TEXT = ("no article text found after removing page furniture (menus, links, comments); "
                   "paste the article's own paragraphs")
# File names that say nothing about the outlet ("article1.txt", "stdin", "untitled.html").
_GENERIC_STEM = re.compile(r"^(?:stdin|articles?|texts?|untitled|paste[d]?|documents?|docs?|files?|pages?|index|"
                           r"stor(?:y|ies)|news|samples?|tests?|downloads?|copy|new|draft|input|output|te?mp|"
                           r"upload(?:ed)?|web|webpage|clipboard)?[\W\d_]*$", re.IGNORECASE)


def read_path(path: str | Path) -> Article:
    """Read one article file (.txt, .md, .html/.htm); '-' reads stdin."""
    if str(path) == "-":
        return read_bytes(sys.stdin.buffer.read(), name="stdin.txt", article_id="stdin")
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the article files inside it.")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read the file ({err.strerror or err}).") from None
    return read_bytes(data, name=path.name, path=str(path))


def read_bytes(data: bytes, *, name: str, path: str | None = None, article_id: str | None = None) -> Article:
    """Decode and clean one uploaded or read file. `name` decides HTML vs text by suffix."""
    text = decode_bytes(data, name)
    suffix = Path(name).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
    return _build(text, article_id=article_id or Path(name).stem or "article", path=path, name=name,
                  is_html=True if suffix in HTML_SUFFIXES else None, stem=Path(name).stem)


def from_text(text: str, *, article_id: str, path: str | None = None, outlet: str | None = None,
              title: str | None = None, url: str | None = None, is_html: bool | None = None) -> Article:
    """Clean pasted text or HTML into an Article; given metadata wins over detected.

    `is_html=None` sniffs the text. Raises InputError for empty, binary-looking or
    too-large text, and for text that is nothing but page furniture.
    """
    label = Path(path).name if path else article_id
    return _build(clean_text(text, label), article_id=article_id, path=path, name=label, outlet=outlet,
                  title=title, url=url, is_html=is_html, stem=Path(path).stem if path else "")


def _build(text: str, *, article_id: str, path: str | None, name: str, outlet: str | None = None,
           title: str | None = None, url: str | None = None, is_html: bool | None = None,
           stem: str = "") -> Article:
    """`name` labels messages; `stem` is the file's name without suffix ('' for pasted text)."""
    if not text.strip():
        raise InputError(f"{name}: the article is empty; paste or upload the article's text.")
    page = None
    html_author = html_date = html_url = sitename = None
    if is_html or (is_html is None and looks_like_html(text)):
        page = extract_html(text, name)
        text = page.text
        html_author, html_date, html_url, sitename = page.author, page.published, page.url, page.sitename
    check_text_size(text, name)
    cleaned = clean_plain_text(text, stem)
    hints = cleaned.hints
    own_names = [n for n in (sitename, stem, hints.masthead_outlet) if n]
    paragraphs = cleaned.paragraphs
    if page is not None:
        title_outlet = split_title_suffix(page.title_element, own_names)[1] if page.title_element else None
        found_title = page_title(page, [n for n in (title_outlet, *own_names) if n])
        paragraphs = html_paragraphs(text, paragraphs, page.items, page.title)
    else:
        found_title, title_outlet = hints.title, None
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise InputError(f"{name}: {NO_ARTICLE_TEXT}.")
    page_url = url or html_url or hints.url
    found_outlet = outlet or _detect_outlet(hints, title_outlet or sitename, page_url, stem, text)
    return Article(
        id=article_id, body=body, outlet=found_outlet,
        title=title or found_title or hints.title, author=html_author or hints.author,
        published=html_date or hints.published, url=page_url, path=path,
        wire=hints.wire if hints.wire and hints.wire != canonical_outlet(found_outlet or "") else None)


def _detect_outlet(hints: Hints, page_name: str | None, url: str | None, stem: str, text: str) -> str | None:
    guess = hints.credit_outlet or hints.masthead_outlet or page_name
    if not guess and url:
        guess = readable_domain(url)
    from_stem = not guess and bool(stem) and not _GENERIC_STEM.match(stem)
    if from_stem:
        guess = stem
    if not guess:
        return None
    # a known outlet by its usual name; else as the page itself spells it ("The Valley Courier")
    named = canonical_outlet(guess) or (spelled_out(guess, text) if " " not in guess else None)
    return named or (_read_as_words(guess, from_stem) if " " not in guess else None) or guess


def _read_as_words(name: str, from_stem: bool) -> str | None:
    """'northvalleyherald.com' -> 'North Valley Herald', 'ktla.com' -> 'KTLA'; a domain that
    reads as no words stays a domain ('quietbay.example'), a file stem is capitalised."""
    stem = host_of(name).split(".")[0] if "." in name else name
    read = readable_site_name(stem)
    return read if read and (from_stem or read != stem.capitalize()) else None
