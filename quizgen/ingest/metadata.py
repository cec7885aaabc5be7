"""Metadata written into scraped text: dates, bylines, credit lines, title suffixes, URLs.

Each parser takes one line (already stripped) and returns what it found, or None; the
line classifier uses them both to drop the line and to fill the Article's fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from quizgen.ingest.furniture_words import SECTION_LABELS
from quizgen.outlets import canonical_outlet, host_of, outlet_key

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()} | {"sept": 9}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_SLASHED = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")
_DAY_FIRST_NUM = re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")  # 23-07-2022 (day first outside the US)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{4}})\b", re.IGNORECASE)
# Words a dated metadata line may hold besides the date: "Posted by admin on Mon, July 24, 2022 | 10:45 a.m. EST"
_DATE_LINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|created|modified|last|first|on|at|date|by|admin|am|pm|a\.m|p\.m|"
    r"ist|gmt|utc|edt|est|cet|cest|bst|pdt|pst|et|pt|ct|mt|"
    r"mon|tues?|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december|st|nd|rd|th)\b\.?", re.IGNORECASE)
_DATE_LINE_MARKS = re.compile(r"[\d\s|,·•:/()+\-–—.]+")
# " date 2022-10-12 " and similar scraper prefixes on the first line
LEADING_META = re.compile(r"^\s*+(?:date|published|updated|posted)(?:\s*+:)?\s++(\d{4}-\d{1,2}-\d{1,2})"
                          r"(?:[T ][\d:]+Z?)?\s+",
                          re.IGNORECASE)


def _iso(year: int, month: int, day: int) -> str | None:
    if 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or _MONTH_ABBR.get(word[:4] if word.startswith("sept") else word[:3], 0)


def parse_date(text: str) -> str | None:
    """The first date written in `text`, as ISO 'YYYY-MM-DD', or None."""
    for pattern in (_ISO, _SLASHED):
        if m := pattern.search(text):
            return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := _MONTH_DAY.search(text):
        return _iso(int(m[3]), _month_number(m[1]), int(m[2]))
    if m := _DAY_MONTH.search(text):
        return _iso(int(m[3]), _month_number(m[2]), int(m[1]))
    if m := _DAY_FIRST_NUM.search(text):
        day, month = int(m[1]), int(m[2])
        if month > 12 >= day:  # 07/23/2022: clearly month first
            day, month = month, day
        return _iso(int(m[3]), month, day)
    return None


# --- credit lines: who owns the text --------------------------------------------------

CREDIT = re.compile(
    r"(?:this (?:article|story|post|content|report|piece)\s+(?:was\s+)?(?:originally\s+|first\s+)?"
    r"(?:belongs to|is owned by|is the property of|published (?:by|on|in)|appeared (?:first\s+)?(?:on|in)|"
    r"(?:is\s+)?(?:republished|reproduced|syndicated|reprinted) (?:from|with permission (?:from|of))|"
    r"(?:is\s+)?(?:from|courtesy of)|(?:is\s+)?provided by)|"
    r"(?:originally|first) (?:published|appeared|posted) (?:by|on|in|at)|appeared first on|"
    r"(?:republished|reproduced|reprinted) (?:from|with permission (?:from|of)))"
    r"\s*+(?:[|:]\s*+)?(?P<outlet>[^|]{2,60}?)\s*+(?:[.!]\s*+)?$",
    re.IGNORECASE)
# "Harbor Gazette (c) 2024 ...": the year and what follows are not the name
_YEAR_TAIL = re.compile(r"(?<!\s)\s*+(?:(?:\(c\)|©)\s*+)?(?:19|20)\d\d\b.*$")
_NOT_AN_OUTLET = re.compile(r"^(?:the\s+)?(?:author|authors|original|this|our|his|her|their|us|here|link|website|"
                            r"site|page)\b"
                            # "This story is from April 28, 2013": a date, not who owns the text
                            r"|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|^\d",
                            re.IGNORECASE)


def credit_outlet(line: str) -> str | None:
    """'This article originally belongs to Nbcnews.com' -> 'NBC News'."""
    if len(line.split()) > 25:
        return None
    for segment in reversed(line.split("|")):  # "Source: | This article ... belongs to X"
        m = CREDIT.search(segment.strip())
        if not m:
            continue
        name = _YEAR_TAIL.sub("", m["outlet"]).strip(" .,:;\"“”'‘’")
        if name and not _NOT_AN_OUTLET.match(name) and re.search(r"[A-Za-z]", name):
            return canonical_outlet(name) or name
    return None


# --- bylines and dated metadata lines -------------------------------------------------

_NAME = r"[A-Z][\w.'’-]*+(?:\s++(?:[A-Z][\w.'’-]*+|(?:de|van|von|da|del|bin|al|la|le)\b))*+"
BYLINE = re.compile(
    rf"^(?i:by|written by|words by|reporting by|reported by|story by|author|posted by)\s*+(?:[:|]\s*+)?"
    rf"(?P<author>{_NAME}(?:(?:\s*+[,&]|\s++and\b)\s*+{_NAME})*)?\s*+(?:[|,·•–—-]\s*+(?P<rest>.*))?$")
_ROLE = re.compile(r"\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|desk|newsdesk)\b",
                   re.IGNORECASE)
# "Jane Roe, Staff Writer", "Jane Roe | Senior Correspondent": a byline without "By"
_NAME_AND_ROLE = re.compile(
    r"^(?P<author>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*[,|–—-]\s*(?:[A-Z][a-z]+ ){0,2}"
    r"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]ontributor|[Cc]olumnist|[Jj]ournalist)s?$")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
_SHORT_NAME = re.compile(r"^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$")


@dataclass
class Byline:
    author: str | None
    published: str | None


def parse_byline(line: str) -> Byline | None:
    """'By Jane Roe | July 24, 2022', 'Written by Joe Doe', 'By | July 24, 2022', 'Jane Roe, Staff Writer'."""
    line = line.strip()
    if role := _NAME_AND_ROLE.match(line):
        return Byline(role["author"], None)
    m = BYLINE.match(line) if len(line.split()) <= 16 else None
    if not m or not (m["author"] or m["rest"]):
        return None
    date = None
    for part in (p.strip() for p in (m["rest"] or "").split("|")):
        part_date = parse_date(part) if part else None
        names_someone = _SHORT_NAME.match(part) or canonical_outlet(part) or _EMAIL.fullmatch(part)
        if part and part_date is None and not names_someone:
            return None  # "By Tuesday, officials said ...": a sentence, not a byline
        date = date or part_date
    if not m["rest"] and line.endswith((".", "!", "?", ",", ";")):
        return None
    author = m["author"]
    if author and "," in author:
        last = author.rsplit(",", 1)[1]
        if canonical_outlet(last) or _ROLE.search(last):
            author = author.rsplit(",", 1)[0]  # "Jane Roe, Reuters", "Jane Roe, Staff Writer"
    return Byline(author.strip() if author else None, date)


# What may follow a byline glued to a headline: "4 min read", a date, a role
_READ_TIME = re.compile(r"^\d{1,3}[ -](?:min|mins|minutes?)(?: read)?$", re.IGNORECASE)
_STAFF = re.compile(r"^(?:[A-Z][\w.'’-]*\s)?(?:staff|desk|news ?desk|staff (?:writer|reporter)|correspondents?|"
                    r"bureau|editors?|reporters?)$", re.IGNORECASE)
_GLUED_AUTHOR = re.compile(rf"^(?P<author>{_NAME}(?:(?:\s*+,|\s++and\b)\s*+{_NAME})*)\s*+(?:\|(?P<rest>.*))?$")


def split_glued_byline(line: str) -> tuple[str, str] | None:
    """'Storm closes the harbor by Staff | 4 min read' -> ('Storm closes the harbor', 'Staff').

    Only when what follows the name is a read time or a date, or the name is a desk
    ('Staff', 'News Desk'): 'Bridge closed by Storm Ida' stays a headline.
    """
    cut = line.lower().rfind(" by ")
    if cut <= 0:
        return None
    m = _GLUED_AUTHOR.match(line[cut + 4:].strip())
    if not m:
        return None
    rest = [seg.strip() for seg in (m["rest"] or "").split("|") if seg.strip()]
    dated = rest and all(_READ_TIME.match(seg) or parse_date(seg) or date_line(seg) for seg in rest)
    if not (dated or (_STAFF.match(m["author"]) and (rest or m["rest"] is None))):
        return None
    return line[:cut].rstrip(" ,|-–—"), m["author"].strip()


# "Reuters | Updated: 23-07-2022 20:29 IST | Created: ...": a wire credit and timestamps
_STAMP = re.compile(r"^\s*(?:published|updated|last updated|created|posted|modified|first published)\b",
                    re.IGNORECASE)


def parse_stamp_line(line: str) -> tuple[str | None, str | None] | None:
    """(wire outlet or None, date or None) for a 'Wire | Updated: date' line, else None."""
    segments = [s.strip() for s in line.split("|")]
    if not any(_STAMP.match(s) for s in segments) or len(line.split()) > 30:
        return None
    wire = canonical_outlet(segments[0]) if len(segments) > 1 and not _STAMP.match(segments[0]) else None
    return wire, parse_date(line)


def date_line(line: str) -> str | None:
    """The date of a line that is nothing but a date, time and stamp words, else None."""
    if len(line) > 90 or line.rstrip().endswith((".", "!", "?")) and not line.rstrip().endswith(("a.m.", "p.m.")):
        return None
    rest = _DATE_LINE_MARKS.sub("", _DATE_LINE_WORDS.sub("", _ISO.sub("", line)))
    return parse_date(line) if not rest else None


# --- titles and URLs -------------------------------------------------------------------

_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+(?:\||[-–—•·»]|::)\s+")  # (?<!\s): each whitespace run scanned once


def split_title_suffix(title: str, own_names: Iterable[str] = (), body: str = "") -> tuple[str, str | None]:
    """'Storm hits coast | Harbor Daily' -> ('Storm hits coast', 'Harbor Daily') when the
    last part names a known outlet or one of `own_names` (the page's masthead, file
    name), or, after ' | ', looks like a short name. A section label goes without naming
    the outlet: a known one, or a topic the headline or the `body` (twice) names."""
    title = title.strip()
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title, None
    last = separators[-1]
    head, suffix = title[:last.start()].strip(), title[last.end():].strip()
    known = canonical_outlet(suffix) or next((n for n in own_names if outlet_key(n) == outlet_key(suffix)), None)
    if head and not known and _section_label(suffix, head, body):
        return head, None  # "... | World news", "Russia buys shells | Russia": the page's section
    short_name = "|" in last.group() and 0 < len(suffix.split()) <= 4 and suffix[:1].isupper() and not re.search(
        r"[.!?]$", suffix)
    if head and (known or short_name):
        return head, suffix if suffix[:1].isupper() and not suffix.isupper() else known or suffix
    return title, None


def _section_label(suffix: str, head: str, body: str) -> bool:
    """A section name after the headline: a known label, or a topic word the headline itself uses."""
    if suffix.lower() in SECTION_LABELS:
        return True
    if len(suffix.split()) <= 2 and len(re.findall(rf"(?<!\w){re.escape(suffix)}(?!\w)", body)) >= 2:
        return True  # "... | Valoria" over an article about Valoria
    head_words = {w.lower() for w in re.findall(r"[^\W\d_]+", head)}
    return len(suffix.split()) <= 2 and all(w.lower() in head_words for w in re.findall(r"[^\W\d_]+", suffix))


# "WASHINGTON (AP) —", "LONDON, Sept 6 (Reuters) -", "(CNN) —": the wire or network that wrote the copy
_DATELINE = re.compile(r"^(?:[A-Z][^()\n]{0,60}?\s)?\(([^()\n]{2,30})\)\s*+[—–-]{1,2}\s")
# "... said on Monday. — AFP": a wire credit closing a paragraph
_WIRE_TRAILER = re.compile(r"[.!?\"”]\s*+[—–-]{1,2}\s*+([A-Z][\w .-]{1,30})$")


def dateline_source(line: str) -> str | None:
    """The outlet a dateline or closing credit names as the copy's source, if the table knows it."""
    m = _DATELINE.match(line) or _WIRE_TRAILER.search(line)
    return canonical_outlet(m.group(1).strip()) if m else None


URL_LINE = re.compile(r"^(?:(?:source|url|link|read more|originally published at)\s*+(?::\s*+)?)?"
                      r"(?P<url>(?:https?://|www\.)[^\s<>\"]+)\s*$", re.IGNORECASE)


def url_of_line(line: str) -> str | None:
    m = URL_LINE.match(line.strip())
    if not m:
        return None
    url = m["url"].rstrip(".,;)")
    return url if host_of(url) else None


def spelled_out(name: str, text: str) -> str | None:
    """How the text writes a squashed name: 'Valleycourier.com' -> 'The Valley Courier'.

    Looks for capitalized words whose letters, run together, are the name's (domain
    endings and a leading 'the' aside). None when the text never spells it out.
    """
    key = re.sub(r"[^a-z0-9]", "", host_of(name).split(".")[0] if "." in name and " " not in name else name.lower())
    if len(key) < 4:
        return None
    letters = r"[\s.&'’-]*".join(re.escape(c) for c in key)
    pattern = re.compile(rf"(?<![\w.@/])(?:[Tt]he\s+)?({letters})(?![\w@]|\.\w)", re.IGNORECASE)
    for m in pattern.finditer(text):
        found = m.group(0)
        parts = found.split()
        if len(parts) > 1 and all(p[:1].isupper() or p.lower() in {"of", "and", "&"} for p in parts):
            return found
    return None
