"""HTML -> main text and metadata with trafilatura, on the string we already have.

Never `trafilatura.fetch_url`: user URLs are not fetched here. Scripts, styles and
templates never reach the text. When trafilatura finds no main text (or cannot be
imported), the page's visible text from lxml is used instead, and the plain-text
cleaner removes the furniture.
"""

from __future__ import annotations

import logging
import re
from html import unescape
from dataclasses import dataclass

from quizgen.ingest.metadata import parse_date

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|article|section|li|ul|script|style|meta|title)\b[^>]*>",
                  re.IGNORECASE)
# Elements whose text is never article text.
_INVISIBLE = ("script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "footer", "form", "button")
_BLOCKS = frozenset("p div br h1 h2 h3 h4 h5 h6 li article section blockquote figcaption tr header main pre".split())


_QUIET = logging.NullHandler()


@dataclass
class HtmlPage:
    text: str  # main text, one paragraph per line
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    sitename: str | None = None


def looks_like_html(text: str) -> bool:
    """A document that starts like HTML, or text with many block tags in its first 2 kB."""
    head = text[:2000]
    return bool(_HTML_START.match(head)) or len(_TAG.findall(head)) >= 5


def extract_html(html: str) -> HtmlPage:
    page = _with_trafilatura(html)
    if page is None or not page.text.strip():
        fallback = _with_lxml(html)
        if page is None:
            return fallback
        page.text = fallback.text
        page.title = page.title or fallback.title
    return page


def _with_trafilatura(html: str) -> HtmlPage | None:
    try:
        import trafilatura
    except ImportError:  # e.g. lxml without its html-clean part: lxml text still works
        return None
    # trafilatura logs "empty HTML tree" and the like; with no handler Python would print them
    logging.getLogger("trafilatura").addHandler(_QUIET)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                          include_images=False, include_links=False)
    except (ValueError, TypeError, AttributeError, LookupError):  # trafilatura gives up on odd markup
        return None
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return HtmlPage(text=data.get("text") or "", title=_page_title(html, _clean(data.get("title"))), author=_clean(data.get("author")),
                    published=parse_date(data.get("date") or "") if data.get("date") else None,
                    url=_clean(data.get("url")), sitename=_clean(data.get("sitename")))


_TITLE_ELEMENT = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _page_title(html: str, extracted: str | None) -> str | None:
    """trafilatura drops a " | Outlet" suffix from <title>; keep it, the outlet is read from it later."""
    match = _TITLE_ELEMENT.search(html[:20_000])
    raw = _clean(unescape(match.group(1))) if match else None
    if raw and extracted and raw != extracted and raw.startswith(extracted):
        return raw
    return extracted


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _with_lxml(html: str) -> HtmlPage:
    from lxml import etree, html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return HtmlPage(text="")
    title = _clean(root.findtext(".//title"))
    canonical = root.find(".//link[@rel='canonical']")
    url = _clean(canonical.get("href")) if canonical is not None else None
    for element in list(root.iter(*_INVISIBLE)):
        if element.getparent() is not None:
            element.drop_tree()
    lines: list[str] = []
    current: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if event == "start":
            if tag in _BLOCKS:
                _flush(current, lines)
            if element.text:
                current.append(element.text)
        else:
            if tag in _BLOCKS:
                _flush(current, lines)
            if element.tail:
                current.append(element.tail)
    _flush(current, lines)
    return HtmlPage(text="\n".join(lines), title=title, url=url)


def _flush(current: list[str], lines: list[str]) -> None:
    text = " ".join("".join(current).split())
    if text:
        lines.append(text)
    current.clear()
