"""Scraped plain text -> body paragraphs + metadata, using the line classifier.

The page is read as a sequence of non-empty lines in three zones:
- top: until the first sentence-like line; a headline-like line there is the title,
  the rest (kickers, nav, bylines, captions) is furniture. A long sentence-case line
  right under the title is a dek and starts the body.
- body: lines of kind TEXT are kept as written (subheadings too); furniture is dropped.
- end: from an END marker ("Leave a Reply", "Recent Posts") after the body started,
  everything is furniture; an author box right before it (name line + bio) too.
Each kept line is one paragraph; the body joins them with a blank line, so every kept
sentence is a substring of the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.ingest.boilerplate import Kind, classify, ends_sentence, is_name_like, is_teaser, words
from quizgen.ingest.metadata import (LEADING_META, credit_outlet, date_line, parse_byline, parse_date,
                                     parse_stamp_line, split_title_suffix, url_of_line)
from quizgen.outlets import canonical_outlet

# Title: a headline is short and does not end like a sentence.
_TITLE_WORDS = (3, 25)
# A dek under the title reads as a sentence-case line of at least this many words.
_DEK_MIN_WORDS = 8
# First person or a job description: an author bio, not reporting.
_BIO = re.compile(r"(?:^|[^\"“‘\w])(?:I|I'm|I’m|I've|I’ve|my|me)\b(?![\"”’])|"
                  r"\b(?:is|was) an? (?:\w+ ){0,3}(?:journalist|reporter|writer|editor|correspondent|"
                  r"contributor|columnist|author|blogger|freelancer)\b|"
                  r"^\w+(?: \w+)? (?:writes|covers|reports) (?:about|on|for)\b")
# An author bio standing alone at the end: "Jane Roe covers the county for The Courier."
_BIO_ALONE = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2} (?:covers|writes (?:about|for)|reports (?:on|for)|"
    r"is an? (?:\w+ ){0,3}(?:journalist|reporter|writer|editor|correspondent|contributor|columnist)\b)|"
    r"\b(?:reach|contact|email|follow) (?:him|her|them|the author)\b|[\w.+-]+@[\w-]+\.[\w.]+")
# How far back from the end marker an author box may start (name line + bio paragraphs).
_AUTHOR_BOX_LINES = 3


@dataclass
class Hints:
    """Metadata the text itself reveals."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    credit_outlet: str | None = None  # from a credit line: strongest outlet evidence
    masthead_outlet: str | None = None  # a known outlet name standing alone, or a title suffix
    wire: str | None = None  # "Reuters | Updated ...": a cited wire, not the page's outlet
    names: list[str] = field(default_factory=list)


@dataclass
class Cleaned:
    paragraphs: list[str]
    hints: Hints


def _sentence_like(line: str) -> bool:
    return ends_sentence(line) or len(words(line)) >= 25


def _headline_like(line: str) -> bool:
    n = len(words(line))
    return _TITLE_WORDS[0] <= n <= _TITLE_WORDS[1] and not ends_sentence(line) and not line.endswith((":", ","))


def _is_dek(line: str, title: str | None) -> bool:
    """A standfirst under the headline: sentence case (mostly lower-case words), long enough."""
    parts = words(line)
    lower = sum(1 for w in parts if w[:1].islower())
    return title is not None and len(parts) >= _DEK_MIN_WORDS and lower >= len(parts) / 2


def _weak_title(title: str) -> bool:
    """'THE RIDGELINE POST', 'WORLD NEWS': a masthead or kicker that a real headline replaces."""
    return title.isupper() and len(words(title)) <= 5


def _body_follows(lines: list[str], kinds: list[Kind], start: int) -> bool:
    """Only furniture stands between `start` and the next sentence-like line (a dek's context)."""
    for line, kind in zip(lines[start:], kinds[start:]):
        if kind is Kind.TEXT:
            return _sentence_like(line)
    return False


def _note_metadata(line: str, kind: Kind, hints: Hints) -> None:
    if kind is Kind.CREDIT:
        hints.credit_outlet = hints.credit_outlet or credit_outlet(line)
    elif kind is Kind.BYLINE:
        byline = parse_byline(line)
        if byline:
            hints.author = hints.author or byline.author
            hints.published = hints.published or byline.published
        else:
            hints.published = hints.published or parse_date(line)
    elif kind is Kind.DATE:
        stamp = parse_stamp_line(line)
        if stamp:
            hints.wire = hints.wire or stamp[0]
            hints.published = hints.published or stamp[1]
        else:
            hints.published = hints.published or date_line(line)
    elif kind is Kind.URL:
        hints.url = hints.url or url_of_line(line)


def _key(name: str) -> str:
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    return key[3:] if key.startswith("the") and len(key) > 6 else key


def _masthead(line: str, stem_key: str) -> str | None:
    """A short line naming the page's own outlet ('EU Reporter' on eureporter.txt), or a known outlet."""
    if not is_name_like(line, 4):
        return None
    key = _key(line)
    if stem_key and len(key) >= 4 and key == stem_key:
        return line.strip()
    return canonical_outlet(line)


def clean_plain_text(text: str, stem: str = "") -> Cleaned:
    hints = Hints()
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if lines and (m := LEADING_META.match(lines[0])):  # " date 2022-10-12 First sentence..."
        hints.published = parse_date(m.group(1))
        lines[0] = lines[0][m.end():].strip()
        if not lines[0]:
            lines.pop(0)
    stem_key = _key(stem)
    kinds = [classify(ln) for ln in lines]
    start = _body_start(lines, kinds, hints, stem_key)
    end = _body_end(lines, kinds, start)
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        # past the end marker, dates and bylines belong to other stories' teasers
        if i < end or kind is Kind.CREDIT:
            _note_metadata(line, kind, hints)
    kept = _keep_body_lines(lines, kinds, start, end, hints, stem_key)
    if start is None and not kept:  # nothing sentence-like at all: keep any plain text as it is
        kept = [ln for ln, k in zip(lines, kinds) if k is Kind.TEXT and ln != hints.title]
    if hints.title:
        title, suffix = split_title_suffix(hints.title)
        if suffix:
            hints.title, hints.masthead_outlet = title, hints.masthead_outlet or suffix
    return Cleaned(kept, hints)


def _body_start(lines: list[str], kinds: list[Kind], hints: Hints, stem_key: str) -> int | None:
    """Index of the first body line; sets hints.title from a headline above it."""
    in_end_zone = False
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is Kind.END:
            in_end_zone = True  # a sidebar before the article: skip until real text
            continue
        if kind is not Kind.TEXT:
            continue
        if in_end_zone and not (_sentence_like(line) and len(words(line)) >= 15):
            continue
        if i + 1 < len(kinds) and kinds[i + 1] is Kind.TEASER:
            continue  # a teaser's headline
        if _sentence_like(line):
            return i
        if (masthead := _masthead(line, stem_key)) is not None:
            hints.masthead_outlet = hints.masthead_outlet or masthead
        elif (hints.title is None or _weak_title(hints.title)) and _headline_like(line):
            hints.title = line
        elif line != hints.title and _is_dek(line, hints.title) and _body_follows(lines, kinds, i + 1):
            return i
    return None


def _body_end(lines: list[str], kinds: list[Kind], start: int | None) -> int:
    """Index just past the body: the first END marker after the body started."""
    if start is None:
        return len(lines)
    for i in range(start + 1, len(lines)):
        if kinds[i] is Kind.END:
            return i
    return len(lines)


def _keep_body_lines(lines: list[str], kinds: list[Kind], start: int | None, end: int, hints: Hints,
                     stem_key: str) -> list[str]:
    if start is None:
        return []
    kept_idx: list[int] = []
    for i in range(start, end):
        line, kind = lines[i], kinds[i]
        if kind is not Kind.TEXT or line == hints.title:
            continue
        if i + 1 < end and kinds[i + 1] is Kind.TEASER and not _sentence_like(line):
            continue  # headline of a teaser
        kept_idx.append(i)
    _drop_author_box(lines, kept_idx, end, hints)
    for name in hints.names:
        hints.masthead_outlet = hints.masthead_outlet or _masthead(name, stem_key)
    for i in list(kept_idx):
        if (masthead := _masthead(lines[i], stem_key)) is not None:
            hints.masthead_outlet = hints.masthead_outlet or masthead
            kept_idx.remove(i)
    _drop_signature(lines, kept_idx, end)
    return [lines[i] for i in kept_idx]


def _drop_author_box(lines: list[str], kept_idx: list[int], end: int, hints: Hints) -> None:
    """Remove 'Name' + bio paragraph(s) standing right before the end of the body."""
    tail = kept_idx[-_AUTHOR_BOX_LINES:]
    for pos, i in enumerate(tail):
        if is_name_like(lines[i]) and pos + 1 < len(tail):
            bio = [lines[j] for j in tail[pos + 1:]]
            if all(_BIO.search(b) for b in bio) and len(kept_idx) > len(tail) - pos:
                hints.names.append(lines[i])
                del kept_idx[len(kept_idx) - len(tail) + pos:]
                return
    while len(kept_idx) > 1 and _BIO_ALONE.search(lines[kept_idx[-1]]) and len(words(lines[kept_idx[-1]])) <= 60:
        kept_idx.pop()


def _drop_signature(lines: list[str], kept_idx: list[int], end: int) -> None:
    """A name alone after the last paragraph ('Jane Roe', 'Harbor Daily') signs the page."""
    if len(kept_idx) >= 2 and is_name_like(lines[kept_idx[-1]], 4) and not is_teaser(lines[kept_idx[-1]]):
        prev = lines[kept_idx[-2]]
        if _sentence_like(prev):
            kept_idx.pop()
