"""Which outlet broke the story: the one the articles credit with the scoop.

Articles credit a scoop with set phrases ("The New York Times was the first to report",
"X, which broke the news first", "first published by X", "according to X, which first
reported"). The credited outlet is the one named closest to the phrase, on the side the
phrase points to; the outlet most articles credit wins. Without such a phrase, the
outlet whose report a lead sentence cites ("according to a report in X") is credited.
None when nobody is credited.
"""

from __future__ import annotations

import re
from collections import Counter

from quizgen.models import ArticleAnalysis
from quizgen.outlets import canonical_outlet, find_outlets, outlet_key

_VERB = r"(?:report(?:ed)?|publish(?:ed)?|break|broke|reveal(?:ed)?|disclose[d]?|carr(?:y|ied))"
# The outlet comes AFTER these: "first published by The New York Times".
CREDIT_AFTER = re.compile(
    rf"\b(?:first|originally|initially) {_VERB} (?:by|in|on)\b|\bscoop (?:by|from|in)\b"
    r"|\b(?:story|news) was (?:first )?broken by\b", re.IGNORECASE)
# The outlet comes BEFORE these: "The New York Times was the first to report".
CREDIT_BEFORE = re.compile(
    rf"\b(?:was|were|is|are|became) (?:the )?first (?:[a-z]+ ){{0,2}}to {_VERB}\b"
    rf"|\b(?:which|who|that)?\s*(?:first {_VERB}|{_VERB} first)\b"
    r"|\bbroke (?:the |this )?(?:news|story)\b|['’]s? scoop\b",
    re.IGNORECASE)
# A weaker credit, for the story's central claim only (a lead sentence): "Russia is
# buying shells, according to a report in The New York Times". Counted when no article
# credits a scoop outright.
CITED_REPORT = re.compile(r"\baccording to (?:a|an|the) (?:new |recent |exclusive )?(?:report|story|article|"
                          r"investigation|interview) (?:in|by|from|on)\b", re.IGNORECASE)
LEAD_SENTENCES = 3
# A capitalised name when the outlet table does not know the outlet.
_NAME = re.compile(r"(?:The )?[A-Z][\w&'’.-]*(?: (?:of |de |the )?[A-Z][\w&'’.-]*){0,4}")
_NOT_OUTLETS = frozenset({"it", "he", "she", "they", "the paper", "the newspaper", "the outlet", "the report",
                          "the agency", "the magazine", "the site", "the website"})


def _name_near(sentence: str, start: int, end: int, after: bool) -> str | None:
    """The outlet named nearest the cue [start, end) on the given side."""
    outlets = find_outlets(sentence)
    side = [o for o in outlets if (o.start >= end if after else o.end <= start)]
    if side:
        best = min(side, key=lambda o: o.start - end if after else start - o.end)
        return best.outlet
    window = sentence[end:end + 80] if after else sentence[max(0, start - 80):start]
    names = [m for m in _NAME.finditer(window)]
    if not names:
        return None
    name = (names[0] if after else names[-1]).group().rstrip(".,'’")
    if name.lower() in _NOT_OUTLETS or name == "The" or len(name) < 2:
        return None
    return canonical_outlet(name) or name


def credited_outlets(text: str, patterns: tuple[tuple[re.Pattern, bool], ...] | None = None) -> list[str]:
    """Names a sentence credits with breaking the story (outlets or unknown names)."""
    found = []
    claimed: list[tuple[int, int]] = []
    for pattern, after in patterns or ((CREDIT_AFTER, True), (CREDIT_BEFORE, False)):
        for m in pattern.finditer(text):
            if not m.group().strip() or any(a < m.end() and m.start() < b for a, b in claimed):
                continue
            claimed.append((m.start(), m.end()))
            name = _name_near(text, m.start(), m.end(), after)
            if name:
                found.append(name)
    return found


def _known_outlet(name: str, outlets_seen: dict[str, str]) -> str | None:
    """The name as an outlet: from the outlet table, or an outlet the articles cite or are."""
    canonical = canonical_outlet(name)
    if canonical:
        return canonical
    return outlets_seen.get(outlet_key(name))


def first_reported_by(analyses: list[ArticleAnalysis]) -> str | None:
    """The outlet credited by the most articles (one vote each); ties go to the earliest.

    An outlet the table does not know counts only when some article cites it (or is it),
    and is spelled as the article cites it: "the Harbor Ledger" -> "Harbor Ledger".
    """
    outlets_seen = {outlet_key(o): o for a in analyses for o in [*a.cited_outlets, a.article.outlet or ""] if o}
    votes: Counter[str] = Counter()
    order: dict[str, int] = {}
    for tier in (_scoop_credits, _lead_citations):
        for analysis in analyses:
            for name in {known for name in tier(analysis) if (known := _known_outlet(name, outlets_seen))}:
                votes[name] += 1
                order.setdefault(name, len(order))
        if votes:
            return max(votes, key=lambda name: (votes[name], -order[name]))
    return None


def _scoop_credits(analysis: ArticleAnalysis) -> list[str]:
    return [name for s in analysis.sentences for name in credited_outlets(s.text)]


def _lead_citations(analysis: ArticleAnalysis) -> list[str]:
    return [name for s in analysis.sentences[:LEAD_SENTENCES]
            for name in credited_outlets(s.text, ((CITED_REPORT, True),))]
