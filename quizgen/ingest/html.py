"""HTML -> main text and metadata, on the string we already have (user URLs are never fetched here).

The markup is first held to linear bounds (`html_limits`). The main text is
readability-lxml's (Mozilla Readability's block scoring): on Mozilla's 130 test pages it
keeps more of the article and less furniture than trafilatura (token-F1 0.97 against
0.93, `benchmarks/bench_readability.py`). When readability keeps only a fragment,
trafilatura (favouring recall) gets a say, and when neither finds text, the page's
visible text is read from lxml and the plain-text cleaner removes the furniture.
Scripts, styles and templates never reach the text. The headline is the page's own
(`html_title`); author, date, URL and site name are trafilatura's metadata reading.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from readability import Document
from trafilatura.metadata import extract_metadata

from quizgen.ingest.html_limits import check_markup
from quizgen.ingest.html_title import page_headline
from quizgen.ingest.metadata import parse_date, split_title_suffix
from quizgen.outlets import canonical_outlet, outlet_key

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|article|section|li|ul|script|style|meta|title)\b[^>]*>",
                  re.IGNORECASE)
# Elements whose text is never article text.
_INVISIBLE = ("script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "footer", "form", "button")
_BLOCKS = frozenset("p div br h1 h2 h3 h4 h5 h6 li dt dd td th article section blockquote figcaption tr header main "
                    "pre".split())
_ITEMS = frozenset("li dt dd td th".split())


# trafilatura logs "empty HTML tree" and the like, readability a traceback before it raises
# Unparseable: with no handler of their own, Python would print them.
for _logger in ("trafilatura", "readability"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())
# Readability's text under this many characters is a fragment when trafilatura finds this many times more.
_SHORT_CHARS, _SHORT_RATIO = 500, 2


@dataclass
class HtmlPage:
    text: str  # main text, one paragraph per line
    items: frozenset[str] = frozenset()  # lines of `text` that are list items or table cells
    title: str | None = None  # the headline as the page declares it
    title_element: str | None = None  # <title> as written: its suffix may name the outlet
    author: str | None = None
    published: str | None = None
    url: str | None = None
    sitename: str | None = None


def looks_like_html(text: str) -> bool:
    """A document that starts like HTML, or text with many block tags in its first 2 kB."""
    head = text[:2000]
    return bool(_HTML_START.match(head)) or len(_TAG.findall(head)) >= 5


def extract_html(html: str, name: str = "page") -> HtmlPage:
    """Main text and metadata of a page; InputError when its markup is beyond the bounds."""
    check_markup(html, name)
    root = _parse(html)
    if root is None:
        return HtmlPage(text="")
    meta = _metadata(root)
    text, items = _with_readability(html)
    if len(text) < _SHORT_CHARS:  # readability kept a fragment: trafilatura may find the article
        other = _with_trafilatura(root)
        if len(other) > _SHORT_RATIO * len(text):
            text, items = other, frozenset()
    if not text.strip():
        text, items = _visible_text(root)
    return HtmlPage(text=text, items=items, title=page_headline(root),
                    title_element=_clean(root.findtext(".//title")), **meta)


def page_title(page: HtmlPage, outlet_names: list[str]) -> str | None:
    """The page's headline without a " | Outlet" suffix that names the page's own outlet."""
    if not page.title:
        return None
    head, suffix = split_title_suffix(page.title, outlet_names)
    names = {outlet_key(name) for name in outlet_names}
    return head if suffix and (outlet_key(suffix) in names or canonical_outlet(suffix)) else page.title


def _parse(html: str) -> HtmlElement | None:
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):  # no element at all, or an encoding declaration in a str
        try:
            return lxml_html.document_fromstring(html.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return None


def _with_readability(html: str) -> tuple[str, frozenset[str]]:
    """Readability's main block (Mozilla's algorithm) as one paragraph per line."""
    try:
        summary = Document(html).summary(html_partial=True)
    except ValueError:  # readability's Unparseable wraps whatever went wrong inside it
        return "", frozenset()
    try:
        return _lines(lxml_html.document_fromstring(f"<html><body>{summary}</body></html>").body)
    except (etree.ParserError, ValueError):
        return "", frozenset()


def _with_trafilatura(root: HtmlElement) -> str:
    try:
        return trafilatura.extract(deepcopy(root), favor_recall=True, include_comments=False,
                                   include_images=False, include_links=False) or ""
    except (ValueError, TypeError, AttributeError, LookupError):  # trafilatura gives up on odd markup
        return ""


def _metadata(root: HtmlElement) -> dict[str, str | None]:
    """Author, date, canonical URL and site name (trafilatura reads meta tags, JSON-LD, bylines)."""
    try:
        data = extract_metadata(deepcopy(root)).as_dict()
    except (ValueError, TypeError, AttributeError, LookupError):
        data = {}
    date = data.get("date")
    return {"author": _clean(data.get("author")), "published": parse_date(date) if date else None,
            "url": _clean(data.get("url")), "sitename": _clean(data.get("sitename"))}


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _visible_text(root: HtmlElement) -> tuple[str, frozenset[str]]:
    root = deepcopy(root)
    for element in list(root.iter(*_INVISIBLE)):
        if element.getparent() is not None:
            element.drop_tree()
    return _lines(root)


def _lines(root: HtmlElement) -> tuple[str, frozenset[str]]:
    """The text of `root`, one line per block element, and its items: lines that are list items,
    table cells, or one of several lines of a block broken by <br> (a list typed by hand)."""
    lines: list[str] = []
    items: set[str] = set()
    current: list[str] = []
    depth = 0  # open list items and cells around the text being read
    broken = False  # a <br> ended the previous line of this block

    def flush(item: bool) -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
            if item:
                items.add(text)
        current.clear()

    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if event == "start":
            if tag in _BLOCKS:
                flush(depth > 0 or broken or tag == "br")
                broken = tag == "br"
            depth += tag in _ITEMS
            if element.text:
                current.append(element.text)
        else:
            if tag in _BLOCKS and tag != "br":
                flush(depth > 0 or broken)
                broken = False
            depth -= tag in _ITEMS
            if element.tail:
                current.append(element.tail)
    flush(broken)
    return "\n".join(lines), frozenset(items)
