"""Scraped plain text -> body paragraphs + metadata, using the line classifier.

The page is read as a sequence of non-empty lines in three zones:
- top: until the first sentence-like line; a headline-like line there is the title,
  the rest (kickers, nav, bylines, captions) is furniture. A long sentence-case line
  right under the title is a dek and starts the body.
- body: lines of kind TEXT are kept as written (subheadings too); furniture is dropped.
- end: from an END marker ("Leave a Reply", "Post navigation") after the body started,
  everything is furniture; an author box right before it (name line + bio) too. A
  LINKS marker ("You May Also Like", "Recent Posts") opens a block of links that ends
  the body too, unless real paragraphs follow it (an inline "Related stories" box).
Before that, lines are judged in context: a verbless line shown twice below the first
paragraph is a caption (its copy too), a repeated sentence is kept once, a line beside a
subscription pitch that urges the reader belongs to the pitch, a credited line ("... |
Bloomberg") below the first paragraph is a caption, and "Related Article" takes the next
headline with it.
Each kept line is one paragraph; the body joins them with a blank line, so every kept
sentence is text of the input as written (a hard-wrapped paragraph is first joined
into one line with single spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.ingest.boilerplate import (CAPTION_LEAD, Kind, classify, ends_in_agency_bar, ends_sentence,
                                        has_finite_verb, is_name_like, is_pitch_sentence, is_related_label,
                                        read_on_tail, words)
from quizgen.ingest.metadata import (LEADING_META, credit_outlet, date_line, dateline_source, parse_byline,
                                     parse_date, parse_stamp_line, split_glued_byline, split_title_suffix,
                                     url_of_line)
from quizgen.ingest.sitenames import copyright_holder, masthead_name
from quizgen.outlets import WIRE_SERVICES, canonical_outlet, outlet_key

# Title: a headline is short and does not end like a sentence.
_TITLE_WORDS = (3, 25)
# A dek under the title reads as a sentence-case line of at least this many words.
_DEK_MIN_WORDS = 8
# First person or a job description: an author bio, not reporting (quotes are removed first).
_BIO = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me)\b|"
                  r"\b(?:is|was) an? (?:\w+ ){0,3}(?:journalist|reporter|writer|editor|correspondent|"
                  r"contributor|columnist|author|blogger|freelancer)\b|"
                  r"^\w+(?: \w+)? (?:writes|covers|reports) (?:about|on|for)\b")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
# An author bio standing alone at the end: "Jane Roe covers the county for The Courier. Reach her at ..."
_BIO_JOB = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2} (?:covers|writes (?:about|for)|reports (?:on|for)|"
    r"is an? (?:\w+ ){0,3}(?:journalist|reporter|writer|editor|correspondent|contributor|columnist)\b)")
_BIO_CONTACT = re.compile(r"\b(?:reach|contact|email|follow) (?:him|her|them|the author)\b|\bfor (?:the )?[A-Z]")
# What follows a site's own name in its tagline: "... is your guide to", "... brings you"
_SELF_DESCRIPTION = re.compile(r"^(?:is|was|brings|delivers|gives|covers|provides|offers)\b.*\b(?:you|your|our|we)\b",
                               re.IGNORECASE)
# After a LINKS marker, this many long sentence-like lines in a row mean the article goes on.
_RESUME_LINES, _RESUME_WORDS = 2, 15
# Hard-wrapped text: lines of about this length (characters) that mostly end mid-sentence.
_WRAP_MIN, _WRAP_MAX = 45, 100
# How far back from the end marker an author box may start (name line + bio paragraphs).
_AUTHOR_BOX_LINES = 3
# Datelines ("LONDON (AP) —") open one of the first paragraphs; a closing "— AFP" ends the last.
_DATELINE_PARAGRAPHS = 3
# A line repeated within this many lines is a picture's caption shown twice (alt text and caption)
# or a pull quote; shorter lines repeat as labels and are judged on their own.
_REPEAT_WINDOW, _REPEAT_MIN_WORDS, _CAPTION_MAX_WORDS = 3, 5, 40


@dataclass
class Hints:
    """Metadata the text itself reveals."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    credit_outlet: str | None = None  # from a credit line: strongest outlet evidence
    masthead_outlet: str | None = None  # the page's own name standing alone, or a title suffix
    wire: str | None = None  # "Reuters | Updated ...": a cited wire, not the page's outlet


@dataclass
class Cleaned:
    paragraphs: list[str]
    hints: Hints


def _sentence_like(line: str) -> bool:
    """Reads as running text: ends like a sentence, introduces a quote or list, or is long."""
    n = len(words(line))
    return ends_sentence(line) or n >= 25 or (line.endswith(":") and n >= 8)


def _headline_like(line: str) -> bool:
    n = len(words(line))
    return _TITLE_WORDS[0] <= n <= _TITLE_WORDS[1] and not ends_sentence(line) and not line.endswith((":", ","))


def _is_dek(line: str, title: str | None) -> bool:
    """A standfirst under the headline: sentence case (mostly lower-case words), longer than it."""
    parts = words(line)
    lower = sum(1 for w in parts if w[:1].islower())
    return title is not None and len(parts) >= max(_DEK_MIN_WORDS, len(words(title))) and lower >= len(parts) / 2


def _weak_title(title: str) -> bool:
    """'THE RIDGELINE POST', 'WORLD NEWS': a masthead or kicker that a real headline replaces."""
    return title.isupper() and len(words(title)) <= 5


def _body_follows(lines: list[str], kinds: list[Kind], start: int) -> bool:
    """Only furniture stands between `start` and the next sentence-like line (a dek's context)."""
    for line, kind in zip(lines[start:], kinds[start:]):
        if kind is Kind.TEXT:
            return _sentence_like(line)
    return False


class _Page:
    """The non-empty lines of one page, their kinds, and what they reveal."""

    def __init__(self, lines: list[str], stem: str, hints: Hints):
        self.lines = lines
        self.kinds = [classify(line) for line in lines]
        for i in range(1, len(lines)):  # "Image caption," then the caption itself
            if CAPTION_LEAD.match(lines[i - 1]):
                self.kinds[i] = Kind.CAPTION
            # "Related Article" then the linked headline
            elif self.kinds[i] is Kind.TEXT and is_related_label(lines[i - 1]) and not _sentence_like(lines[i]):
                self.kinds[i] = Kind.RELATED
        # the first paragraph: above it, deks and headlines; below it, a credited line is a caption
        self.first_paragraph = next((i for i, (line, kind) in enumerate(zip(lines, self.kinds))
                                     if kind is Kind.TEXT and _sentence_like(line)), len(lines))
        for i in range(self.first_paragraph + 1, len(lines)):
            if self.kinds[i] is Kind.TEXT and ends_in_agency_bar(lines[i]):
                self.kinds[i] = Kind.CAPTION
        self._mark_repeats()
        self._extend_pitches()
        self.stem_key = outlet_key(stem)
        self.hints = hints
        self.title_line: str | None = None  # the title's line as written, when it carried more

    def _mark_repeats(self) -> None:
        """A caption shown twice goes with its copy; a repeated sentence (pull quote) is kept once.

        Only below the first paragraph: a dek above it may be shown twice and is body.
        """
        lines, kinds, first_paragraph = self.lines, self.kinds, self.first_paragraph
        seen: dict[str, int] = {}
        for i, line in enumerate(lines):
            first = seen.setdefault(line, i)
            if first == i or kinds[i] is not Kind.TEXT or len(words(line)) < _REPEAT_MIN_WORDS:
                continue
            if kinds[first] is Kind.CAPTION or (first > first_paragraph and i - first <= _REPEAT_WINDOW
                                                and len(words(line)) <= _CAPTION_MAX_WORDS
                                                and not has_finite_verb(line)):
                kinds[first] = kinds[i] = Kind.CAPTION
            elif _sentence_like(line):  # a headline repeated is left to the title logic
                kinds[i] = Kind.JUNK

    def _extend_pitches(self) -> None:
        """Lines beside a subscription pitch that address or urge the reader belong to it."""
        kinds = self.kinds
        for order in (range(len(kinds)), range(len(kinds) - 1, -1, -1)):
            previous = None
            for i in order:
                if kinds[i] is Kind.TEXT and previous is Kind.PITCH and is_pitch_sentence(self.lines[i]):
                    kinds[i] = Kind.PITCH
                previous = kinds[i]

    def outlet_name(self, line: str) -> str | None:
        """A short line naming an outlet: the page's own ('EU Reporter' in eureporter.txt) or a known one.

        A section label after a bar ('THE SIGNAL DESK | Security') is ignored.
        """
        line = line.split(" | ", 1)[0] if " | " in line else line
        if not is_name_like(line, 4):
            return None
        key = outlet_key(line)
        if self.stem_key and len(key) >= 4 and key == self.stem_key:
            return line.strip()
        return canonical_outlet(line)

    def note_masthead(self, line: str) -> None:
        self.note_name(self.outlet_name(line))

    def note_name(self, name: str | None) -> None:
        """The page names itself, or a wire: a wire's name on another site's page credits the copy."""
        if name in WIRE_SERVICES:
            self.hints.wire = self.hints.wire or name
        elif name:
            self.hints.masthead_outlet = self.hints.masthead_outlet or name

    def body_start(self) -> int | None:
        """Index of the first body line; sets the title from a headline above it."""
        hints, lines, kinds = self.hints, self.lines, self.kinds
        in_links = False
        for i, (line, kind) in enumerate(zip(lines, kinds)):
            if kind in (Kind.END, Kind.LINKS):
                in_links = True  # a sidebar before the article: skip until real text
                continue
            if kind is not Kind.TEXT or (i + 1 < len(kinds) and kinds[i + 1] is Kind.TEASER):
                continue  # furniture, or a teaser's headline
            if in_links and not (_sentence_like(line) and len(words(line)) >= 15):
                continue
            if _sentence_like(line):
                return i
            if self.outlet_name(line):
                self.note_masthead(line)
            elif hints.title is None and (name := masthead_name(line)):
                self.note_name(name)  # 'THE VALLEY COURIER' above the headline
            elif (hints.title is None or _weak_title(hints.title)) and _headline_like(line):
                hints.title = line
                if glued := split_glued_byline(line):  # "Storm hits the coast by Staff | 4 min read"
                    self.title_line, (hints.title, author) = line, glued
                    hints.author = hints.author or author
            elif line != hints.title and _is_dek(line, hints.title) and _body_follows(lines, kinds, i + 1):
                return i
        return None

    def body_lines(self, start: int) -> list[int]:
        """Indexes of the TEXT lines from `start` to the end of the body."""
        kept: list[int] = []
        i = start
        while i < len(self.lines):
            kind = self.kinds[i]
            if kind is Kind.END:
                break
            if kind is Kind.LINKS:
                resume = self._resume_after_links(i + 1)
                if resume is None:
                    break
                i = resume
                continue
            line = self.lines[i]
            teaser_headline = i + 1 < len(self.kinds) and self.kinds[i + 1] is Kind.TEASER and not _sentence_like(line)
            if kind is Kind.TEXT and line not in (self.hints.title, self.title_line) and not teaser_headline:
                kept.append(i)
            i += 1
        return kept

    def _resume_after_links(self, start: int) -> int | None:
        """Where real paragraphs come back after a block of links, or None."""
        run = 0
        for i in range(start, len(self.lines)):
            line, kind = self.lines[i], self.kinds[i]
            if kind is Kind.END:
                return None
            long_text = kind is Kind.TEXT and _sentence_like(line) and len(words(line)) >= _RESUME_WORDS
            run = run + 1 if long_text else 0
            if run == _RESUME_LINES:
                return i - _RESUME_LINES + 1
        return None


def logical_lines(text: str) -> list[str]:
    """Non-empty stripped lines, with hard-wrapped paragraphs joined back into one line.

    Text pasted from e-mail or PDF breaks lines at ~70 characters: when most lines are
    that long and end mid-sentence, lines are joined up to each blank line. Elsewhere a
    long line is joined to the next when that one starts in lower case ('...officials\nsaid').
    """
    raw = [line.strip() for line in text.split("\n")]
    filled = [line for line in raw if line]
    long_lines = [line for line in filled if len(line) >= _WRAP_MIN]
    wrapped = len(long_lines) >= 5 and max(map(len, filled)) <= _WRAP_MAX and \
        sum(not ends_sentence(line) for line in long_lines) >= 0.6 * len(long_lines)
    paragraphs: list[list[str]] = []  # the pieces of each logical line, joined once at the end
    length = 0  # of the logical line so far
    joining = False
    for line in raw:
        if not line:
            joining = False
            continue
        if paragraphs and joining and (wrapped or (line[:1].islower() and length >= _WRAP_MIN)):
            paragraphs[-1].append(line)
            length += 1 + len(line)
        else:
            paragraphs.append([line])
            length = len(line)
        joining = not ends_sentence(line) or wrapped  # a joined line ends as its last piece does
    return [" ".join(pieces) for pieces in paragraphs]


def clean_plain_text(text: str, stem: str = "") -> Cleaned:
    """Body paragraphs and metadata of a scraped page; `stem` is the file name, if any."""
    hints = Hints()
    # "... the platform. Read on for details:": the paragraph without its promise of more
    lines = [line[:cut] if (cut := read_on_tail(line)) is not None else line for line in logical_lines(text)]
    if lines and (m := LEADING_META.match(lines[0])):  # " date 2022-10-12 First sentence..."
        hints.published = parse_date(m.group(1))
        lines[0] = lines[0][m.end():].strip()
        if not lines[0]:
            lines.pop(0)
    page = _Page(lines, stem, hints)
    start = page.body_start()
    kept = page.body_lines(start) if start is not None else []
    end = kept[-1] + 1 if kept else len(lines)
    for i, (line, kind) in enumerate(zip(lines, page.kinds)):
        # past the body, dates and bylines belong to other stories' teasers
        if i < end or kind in (Kind.CREDIT, Kind.BYLINE):
            _note_metadata(line, kind, hints)
        elif kind is Kind.JUNK and (holder := copyright_holder(line)):  # "© 2024 The Valley Courier"
            page.note_name(holder)
    _drop_author_box(page, kept)
    _drop_outlet_lines(page, kept)
    edges = kept[:_DATELINE_PARAGRAPHS] + kept[-1:]
    hints.wire = hints.wire or next((w for w in (dateline_source(lines[i]) for i in edges) if w), None)
    if start is None:  # nothing sentence-like: keep the plain text as it is
        kept = [i for i, kind in enumerate(page.kinds) if kind is Kind.TEXT]
        hints.title = None
    own_names = [name for name in (stem, hints.masthead_outlet, hints.credit_outlet) if name]
    if hints.title:
        body = "\n".join(lines[i] for i in kept)
        hints.title, suffix = split_title_suffix(hints.title, own_names, body)  # a section suffix goes too
        if suffix:
            if not hints.masthead_outlet or hints.masthead_outlet.isupper():  # 'METRO MINUTE' -> 'Metro Minute'
                hints.masthead_outlet = suffix
    if len(kept) > 1 and _is_tagline(lines[kept[-1]], own_names):
        kept.pop()
    return Cleaned([lines[i] for i in kept], hints)


def _is_tagline(line: str, own_names: list[str]) -> bool:
    """'Metro Minute is your quick guide to ...': the site describing itself after the article."""
    parts = words(line)
    if len(parts) > 30:
        return False
    keys = {outlet_key(name) for name in own_names} - {""}
    for n in range(1, min(5, len(parts)) + 1):
        if outlet_key(" ".join(parts[:n])) in keys:
            return bool(_SELF_DESCRIPTION.match(" ".join(parts[n:])))
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


def _drop_author_box(page: _Page, kept: list[int]) -> None:
    """Remove 'Name' + bio paragraph(s), or a bio alone, standing at the end of the body."""
    lines = page.lines
    tail = kept[-_AUTHOR_BOX_LINES:]
    for pos, i in enumerate(tail):
        bio = [lines[j] for j in tail[pos + 1:]]
        if is_name_like(lines[i]) and bio and all(_BIO.search(_QUOTED.sub("", b)) for b in bio) and \
                len(kept) > len(tail) - pos:
            page.note_masthead(lines[i])
            del kept[len(kept) - len(tail) + pos:]
            return
    while len(kept) > 1 and _is_bio(lines[kept[-1]]):
        kept.pop()


def _is_bio(line: str) -> bool:
    return len(words(line)) <= 60 and bool(_BIO_JOB.search(line)) and bool(_BIO_CONTACT.search(line))


def _drop_outlet_lines(page: _Page, kept: list[int]) -> None:
    """Drop lines that only name an outlet (photo credits, mastheads) and a signature at the end.

    Only a name after the last paragraph is the page's masthead; one in the middle credits
    a picture or a wire.
    """
    lines = page.lines
    for pos in range(len(kept) - 1, -1, -1):
        line = lines[kept[pos]]
        if page.outlet_name(line):
            if pos == len(kept) - 1:
                page.note_masthead(line)
            del kept[pos]
    # a name alone after the last paragraph ('Jane Roe') signs the page
    if len(kept) >= 2 and is_name_like(lines[kept[-1]], 4) and _sentence_like(lines[kept[-2]]):
        kept.pop()
