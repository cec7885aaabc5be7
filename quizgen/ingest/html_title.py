"""The headline of an HTML page, as the page itself declares it.

Strongest evidence first (the order Mozilla Readability uses): the schema.org
JSON-LD of an article (`headline`/`name`); the title meta tags (Dublin Core, Open
Graph, `title`, Twitter, Parse.ly); else <title>. A <title> that an <h1>/<h2> shows
whole is kept whole ("Fares rise - and commuters pay"); otherwise its hierarchy is
trimmed: the part before the last " | ", " - ", " – ", " » " ... separator ("Storm hits
coast | Harbor Daily"), the part after a colon ("Harbor Daily: Storm hits coast"), or
the only <h1> when <title> is too short or too long to be a headline. Whether a
remaining suffix names the outlet is decided later, with the outlet table
(`split_title_suffix`).
"""

from __future__ import annotations

import json
import re

from lxml.html import HtmlElement

# Meta tags carrying a title, by priority; keys are normalised as "prefix:title".
_META_PRIORITY = ("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
                  "twitter:title", "parsely-title")
_META_PROPERTY = re.compile(r"^\s*(?:dc|dcterm|og|twitter)\s*:\s*title\s*$", re.IGNORECASE)
_META_NAME = re.compile(r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\s*[-.:]\s*)?title\s*$",
                        re.IGNORECASE)
_ARTICLE_TYPES = frozenset(
    "Article AdvertiserContentArticle NewsArticle AnalysisNewsArticle AskPublicNewsArticle BackgroundNewsArticle "
    "OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle Report SatiricalArticle ScholarlyArticle "
    "MedicalScholarlyArticle SocialMediaPosting BlogPosting LiveBlogPosting DiscussionForumPosting TechArticle "
    "APIReference".split())
_SEPARATOR = re.compile(r" [|\-\\/>»–—] ")
_HIERARCHY = re.compile(r" [\\/>»] ")
_SEPARATOR_CHARS = re.compile(r"[|\-\\/>»–—]+")
# A <title> shorter or longer than this (characters) is no headline; the only <h1> is.
_TITLE_CHARS = (15, 150)
# Below this many words a trimmed title lost too much: keep the whole <title>.
_MIN_WORDS = 3
_MAX_JSON_LD_CHARS = 200_000


def page_headline(root: HtmlElement) -> str | None:
    """The page's headline, or None when it declares none."""
    document_title = _trimmed_title(root)
    return _json_ld_title(root, document_title) or _meta_title(root) or document_title


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if isinstance(value, str) else ""
    return text or None


def _meta_title(root: HtmlElement) -> str | None:
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = _clean(meta.get("content"))
        if not content:
            continue
        for prop in (meta.get("property") or "").split():
            if _META_PROPERTY.match(prop):
                values[re.sub(r"\s+", "", prop.lower())] = content
        name = meta.get("name") or ""
        if match := _META_NAME.match(name):
            prefix = (match.group(1) or "").lower()
            values[re.sub(r"\s+", "", prefix) + ":title" if prefix and prefix != "parsely" else
                   ("parsely-title" if prefix else "title")] = content
    return next((values[key] for key in _META_PRIORITY if key in values), None)


def _json_ld_title(root: HtmlElement, document_title: str | None) -> str | None:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text[:_MAX_JSON_LD_CHARS].strip().removeprefix("<![CDATA[").removesuffix("]]>"))
        except ValueError:
            continue
        article = _article_object(data)
        if article is None:
            continue
        name, headline = _clean(article.get("name")), _clean(article.get("headline"))
        if name and headline and name != headline and document_title:
            # both given: the one that reads like the page's <title>
            if _similarity(headline, document_title) > 0.75 >= _similarity(name, document_title):
                return headline
        if name or headline:
            return name or headline
    return None


def _article_object(data: object) -> dict | None:
    """The first schema.org article in a JSON-LD value (a list, a @graph, or one object)."""
    candidates = data if isinstance(data, list) else [data]
    for item in candidates:
        if not isinstance(item, dict) or "schema.org" not in str(item.get("@context", "schema.org")):
            continue
        graph = item.get("@graph")
        for node in ([item] + (graph if isinstance(graph, list) else [])):
            kinds = node.get("@type") if isinstance(node, dict) else None
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(kind, str) and kind in _ARTICLE_TYPES for kind in kinds):
                return node
    return None


def _similarity(text_a: str, text_b: str) -> float:
    """Share of b's word characters that a also has (1.0 = every word of b is in a)."""
    tokens_a = set(re.findall(r"\w+", text_a.lower()))
    tokens_b = re.findall(r"\w+", text_b.lower())
    if not tokens_a or not tokens_b:
        return 0.0
    missing = " ".join(token for token in tokens_b if token not in tokens_a)
    return 1 - len(missing) / len(" ".join(tokens_b))


def _trimmed_title(root: HtmlElement) -> str | None:
    title_element = root.find(".//title")
    original = _clean(title_element.text_content()) if title_element is not None else None
    if not original:
        return _only_h1(root)
    headings = {_clean(h.text_content()) for h in root.iter("h1", "h2")}
    if original in headings:  # the page shows the whole title as its heading: nothing to trim
        return original
    title = original
    hierarchical = False
    separators = list(_SEPARATOR.finditer(original))
    if separators:
        hierarchical = bool(_HIERARCHY.search(original))
        title = original[:separators[-1].start()]
        if len(title.split()) < _MIN_WORDS:
            title = original[separators[0].end():]
    elif ": " in original:
        title = original[original.rindex(":") + 1:]
        if len(title.split()) < _MIN_WORDS:
            title = original[original.index(":") + 1:]
        elif len(original[:original.index(":")].split()) > 5:
            title = original
    elif not _TITLE_CHARS[0] <= len(original) <= _TITLE_CHARS[1]:
        title = _only_h1(root) or original
    title = " ".join(title.split())
    words = len(title.split())
    if words <= 4 and (not hierarchical or words != len(_SEPARATOR_CHARS.sub("", original).split()) - 1):
        return original
    return title


def _only_h1(root: HtmlElement) -> str | None:
    headings = list(root.iter("h1"))
    return _clean(headings[0].text_content()) if len(headings) == 1 else None
