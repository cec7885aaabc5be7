"""Body paragraphs of an HTML page: the plain-text cleaner's, plus what only the markup shows.

The cleaner reads lines without markup, so it must guess where the article starts and
whether a short line is a menu. On a page the extractor already chose the article's
block, and the markup says which lines are list items or table cells. A line the
cleaner dropped comes back when it reads as text (not a label, byline, link or promo,
`classify`), is not the headline, stands before the cleaner's last kept paragraph (past
it are the page's closing furniture), and either
- is a list item or table cell ("+ Added iron doors", "3. Norway"), or
- stands before the first kept paragraph and ends like a sentence of a script written
  without spaces ("。", "！", "？"), which the cleaner does not read as sentences.
"""

from __future__ import annotations

import re

from quizgen.ingest.boilerplate import Kind, classify
from quizgen.ingest.plaintext import logical_lines

# Kinds a list item may have and still be article text ('1. Finland' reads as a caption).
_ITEM_KINDS = frozenset({Kind.TEXT, Kind.CAPTION})
# A sentence end of Chinese or Japanese, closing quotes and brackets after it.
_FULL_WIDTH_END = re.compile(r"[。！？][”’」』)）]*$")


def html_paragraphs(text: str, kept: list[str], items: frozenset[str], headline: str | None) -> list[str]:
    """The cleaner's `kept` paragraphs of `text`, with dropped list items and leading text put back in place."""
    lines = logical_lines(text)
    positions = _positions(lines, kept)
    if not positions:
        return kept
    first, last = positions[0], positions[-1]
    heading = " ".join(headline.split()).casefold() if headline else None
    kept_at = set(positions)
    result: list[str] = []
    for i, line in enumerate(lines):
        if i in kept_at:
            result.append(line)
        elif i < last and line.casefold() != heading and _restorable(line, i < first, line in items):
            result.append(line)
    return result


def _positions(lines: list[str], kept: list[str]) -> list[int]:
    """Indexes of `kept` in `lines`, matched in order (the cleaner keeps lines as written)."""
    positions: list[int] = []
    j = 0
    for i, line in enumerate(lines):
        if j < len(kept) and line == kept[j]:
            positions.append(i)
            j += 1
    return positions if j == len(kept) else []


def _restorable(line: str, leading: bool, item: bool) -> bool:
    kind = classify(line)
    if item:
        return kind in _ITEM_KINDS
    return leading and kind is Kind.TEXT and bool(_FULL_WIDTH_END.search(line))
