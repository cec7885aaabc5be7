"""Bounds on markup, checked before any HTML parser sees the page.

libxml2 (under lxml, trafilatura and readability) slows down quadratically with the
attributes of one element (10,000 on one <div>: 0.2 s to parse; 50,000: minutes once
the extractors walk it), and the extractors' cost grows with the element count. One
linear scan counts start tags and their attributes, skipping comments and the raw text
of <script>/<style>-like elements (code there is not markup). Nesting depth needs no
bound here: libxml2 nests at most 255 levels and hangs deeper tags at that level.

The limits sit well above real pages: of Mozilla Readability's 130 test pages (news,
blogs, Wikipedia, up to 1.6 MB), the largest has 9,900 elements and 14,000 attributes,
and no element has more than 70 attributes. Pages at the limits are read in about 2 s
of CPU (240 elements of 500 attributes: 1.0 s; 59,000 elements: 1.8 s), and 50,000
attributes on one element are refused in 0.01 s.
"""

from __future__ import annotations

import re

from quizgen.errors import InputError
from quizgen.settings import MAX_ATTRIBUTES, MAX_ELEMENT_ATTRIBUTES, MAX_ELEMENTS

# A comment opener, or a start/end tag up to the next '<' or '>' (never scans past either).
_MARKUP = re.compile(r"<!--|<(/?)([A-Za-z][^\s/<>]*+)([^<>]*)")
# One attribute: name, optionally = and a quoted or bare value (each quote scans to its pair).
_ATTRIBUTE = re.compile(r"[^\s\"'=<>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]*))?")
# Elements whose content is raw text up to their own end tag.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
_TOO_MUCH = ("{name}: the page has too much markup to read safely ({what}; the limit is {limit:,}); "
             "save the article as plain text (.txt), or paste its text, and try again.")


def check_markup(html: str, name: str) -> None:
    """Raise InputError when the page exceeds an element or attribute bound. Linear in len(html)."""
    lowered = html.lower()
    elements = attributes = 0
    pos = 0
    while match := _MARKUP.search(html, pos):
        pos = match.end()
        if match.group(0) == "<!--":
            end = html.find("-->", pos)
            pos = len(html) if end < 0 else end + 3
            continue
        if match.group(1):  # an end tag
            continue
        elements += 1
        count = sum(1 for _ in _ATTRIBUTE.finditer(match.group(3)))
        attributes += count
        if count > MAX_ELEMENT_ATTRIBUTES:
            _refuse(name, f"one <{match.group(2)[:20]}> element has {count:,} attributes", MAX_ELEMENT_ATTRIBUTES)
        tag = match.group(2).lower()
        if tag in _RAW_TEXT:
            end = lowered.find("</" + tag, pos)
            pos = len(html) if end < 0 else end
    if elements > MAX_ELEMENTS:
        _refuse(name, f"{elements:,} elements", MAX_ELEMENTS)
    if attributes > MAX_ATTRIBUTES:
        _refuse(name, f"{attributes:,} attributes", MAX_ATTRIBUTES)


def _refuse(name: str, what: str, limit: int) -> None:
    raise InputError(_TOO_MUCH.format(name=name, what=what, limit=limit))
