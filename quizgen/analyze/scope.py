"""Clause scope: the part of a sentence an attribution's cue governs.

"Officials weren't available for comment, but a spokeswoman said the road would reopen":
the spokeswoman's claim is the clause after "but". The sentence is cut into segments at
clause boundaries (a coordinator or "while"/"whereas" before a new subject, ";", a
quotation opened after a comma, the comma after an opening "Although ..." clause); each
cue owns its segment, a tag after its claim
("..., the mayor said") also owns the free segments before it, and a cue before its
claim ("X said ...") the free segments joined to it by "and" or a quotation. A non-answer
("declined to comment") owns its segment: no other source covers it.

Everything here is one pass over the sentence's tokens with bounded look-ahead.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from quizgen.analyze.lexicon import (ABBREVIATIONS, CLAUSE_AUXILIARIES, CONTRAST_JOINERS, SPEECH_VERBS, SUBORDINATORS,
                                     TIME_WORDS)
from quizgen.analyze.tokens import CLOSE_QUOTES, OPEN_QUOTES, Token, pos

Span = tuple[int, int]

_SUBJECT_REACH = 10  # tokens from a coordinator to the verb of a new clause
_ASIDE_REACH = 14  # tokens of an aside between a subject and its verb ("X, a senior engineer at Y,")
_OPENER_REACH = 30  # tokens from "Although" to the comma that ends its clause
_SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())
_TIME_LINKS = frozenset("on in at late early last this".split())  # "said late on Friday"


@dataclass
class _Segment:
    start: int  # token index, the boundary word or mark included
    end: int
    joined_by: str  # "", "and", "contrast", "quote", "semicolon", "subordinate"
    owners: set[int] = field(default_factory=set)  # cue tokens whose clause this is
    closed: bool = False  # a non-answer: nobody else's claim


def _finite(t: Token) -> bool:
    return t.low in CLAUSE_AUXILIARIES or t.low in SPEECH_VERBS or (not t.is_cap and pos(t.low) in _FINITE)


def new_subject(tokens: list[Token], k: int) -> bool:
    """A clause with a subject of its own starts at k: "a spokeswoman for the agency said",
    "officials weren't available", "he argued"; not "added that" (the same subject)."""
    if k >= len(tokens) or not tokens[k].is_word or _finite(tokens[k]) or tokens[k].low == "that":
        return False  # "but that workers would be paid" goes on with the report
    if tokens[k].low in _SUBJECT_PRONOUNS:
        return k + 1 < len(tokens) and _finite(tokens[k + 1])
    m, aside = k + 1, False
    while m < min(len(tokens), k + _SUBJECT_REACH + _ASIDE_REACH):
        t = tokens[m]
        if t.text == "," and not aside:  # "Pierre Dupont, a senior engineer at the port, said"
            close = next((j for j in range(m + 1, min(len(tokens), m + _ASIDE_REACH)) if not tokens[j].is_word), None)
            if close is None or tokens[close].text != ",":
                return False
            m, aside = close + 1, True
            continue
        if t.text == "." and tokens[m - 1].low in ABBREVIATIONS:  # "Dr. Keiko Tanaka said"
            m += 1
            continue
        if not t.is_word:
            return False  # a quote or a second comma before any verb: a list, not a subject
        if _finite(t):
            return True
        m += 1
    return False


def _boundary(tokens: list[Token], quoted: list[bool], k: int) -> str:
    """The kind of clause boundary that token k starts, or ""."""
    t = tokens[k]
    if quoted[k] or k == 0:
        return ""
    before = tokens[k - 1].text
    if before == ";" and not quoted[k - 1]:
        return "semicolon"
    if tokens[k - 1].low == "that" or before == ":":
        return ""  # "said that while the plant would close, ...": the report itself opens here
    if t.text in OPEN_QUOTES and before == "," and k + 1 < len(tokens) and quoted[k + 1]:
        return "quote"
    if t.low in CONTRAST_JOINERS and new_subject(tokens, k + 1):
        return "contrast"
    if t.low == "and" and before == "," and new_subject(tokens, k + 1):
        return "and"
    return ""


def _subordinate_end(tokens: list[Token], quoted: list[bool]) -> int:
    """Where the main clause starts after an opening subordinate clause ("Although both
    sides denied it, [Musk tweeted ...]"), else -1."""
    first = next((k for k, t in enumerate(tokens) if t.is_word), None)
    if first is None or tokens[first].low not in SUBORDINATORS:
        return -1
    for k in range(first + 1, min(len(tokens) - 1, first + _OPENER_REACH)):
        if tokens[k].text == "," and not quoted[k]:
            return k + 1 if new_subject(tokens, k + 1) else -1
    return -1


def _segments(tokens: list[Token], quoted: list[bool]) -> list[_Segment]:
    segments = [_Segment(0, len(tokens), "")]
    opener = _subordinate_end(tokens, quoted)
    for k in range(1, len(tokens)):
        kind = "subordinate" if k == opener else _boundary(tokens, quoted, k)
        if kind:
            segments[-1].end = k
            segments.append(_Segment(k, len(tokens), kind))
    return segments


def _at(starts: list[int], k: int) -> int:
    """The segment holding token k, from the segments' start tokens."""
    return bisect_right(starts, k) - 1


def _words(tokens: list[Token], start: int, end: int) -> bool:
    return any(t.is_word for t in tokens[start:end])


def scopes(tokens: list[Token], quoted: list[bool], cues: list[tuple[int, Span | None]],
           non_answers: list[Span]) -> list[Span]:
    """The token span each cue governs. `cues`: (cue token, source token span or None) per
    attribution; `non_answers`: token spans of non-answer phrases."""
    if not tokens:
        return [(0, 0) for _ in cues]
    segments = _segments(tokens, quoted)
    starts = [s.start for s in segments]
    homes = [_at(starts, min(max(cue, 0), len(tokens) - 1)) for cue, _ in cues]
    # the attributions of one clause ("X told Reuters") share it: its tag is the tokens from
    # the first source or cue to the last
    tags: dict[int, list[int]] = {}
    for home, (cue, source) in zip(homes, cues):
        lo, hi = (min(cue, source[0]), max(cue, source[1] - 1)) if source else (cue, cue)
        tag = tags.setdefault(home, [lo, hi])
        tag[0], tag[1] = min(tag[0], lo), max(tag[1], hi)
        segments[home].owners.add(cue)
    for start, _ in non_answers:
        segment = segments[_at(starts, start)]
        segment.closed = segment.closed or not segment.owners
    free = [not s.owners and not s.closed for s in segments]
    reach = {h: [h, h] for h in tags}
    for h, (lo, hi) in sorted(tags.items()):  # a tag after its claim takes the free clauses before it
        bare = not _words(tokens, segments[h].start, lo) and not _claim_words(tokens, hi + 1, segments[h].end)
        if not (bare or _after_claim(tokens, segments[h], lo)):
            continue
        # "...; sources told Reuters": a bare tag reaches over a semicolon too
        while reach[h][0] > 0 and free[reach[h][0] - 1] and (
                bare or segments[reach[h][0]].joined_by != "semicolon"):
            reach[h][0] -= 1
            free[reach[h][0]] = False
            bare = False
    for h, (lo, hi) in sorted(tags.items()):  # a cue before its claim takes "and ..." and a quotation after it
        if _after_claim(tokens, segments[h], lo) and _claim_words(tokens, hi + 1, segments[h].end):
            continue
        while reach[h][1] + 1 < len(segments) and free[reach[h][1] + 1] \
                and segments[reach[h][1] + 1].joined_by in ("and", "quote"):
            reach[h][1] += 1
            free[reach[h][1]] = False
    words_before = [0]  # words before each token: counts between two points in constant time
    for t in tokens:
        words_before.append(words_before[-1] + t.is_word)
    refusals = sorted(start for start, _ in non_answers)
    out = []
    for home, (cue, source) in zip(homes, cues):
        first, last = reach[home]
        if source is not None:  # "X, Y, and Z said": the clause holds its source too
            first = min(first, _at(starts, source[0]))
        end = _before_non_answer(words_before, tags[home][1], segments[last].end, refusals)
        out.append(_trim(tokens, segments[first].start, end))
    return out


def _claim_words(tokens: list[Token], start: int, end: int) -> bool:
    """Words after a tag that could be a claim, not a time ("said on Friday", "said late Tuesday")."""
    return any(t.is_word and t.low not in TIME_WORDS and t.low not in _TIME_LINKS for t in tokens[start:end])


def _after_claim(tokens: list[Token], segment: _Segment, lo: int) -> bool:
    """'..., the mayor said', '“...,” said Ruiz', '..., according to X': the tag (from token
    `lo`) follows a claim, after a comma or a closing quote."""
    before = lo - 1
    return before > segment.start and (tokens[before].text == "," or tokens[before].text in CLOSE_QUOTES) \
        and _words(tokens, segment.start, before)


def _before_non_answer(words_before: list[int], last: int, end: int, refusals: list[int]) -> int:
    """'X said the plant was safe and declined to comment further': the claim ends before
    the non-answer when a claim of four words or more stands between the tag and it."""
    n = bisect_right(refusals, last)
    if n < len(refusals) and refusals[n] < end and words_before[refusals[n]] - words_before[last + 1] >= 4:
        return refusals[n]
    return end


_EDGE_WORDS = frozenset({"and", "but"}) | CONTRAST_JOINERS


def _trim(tokens: list[Token], start: int, end: int) -> Span:
    """Without the joining word, commas and semicolons at either edge."""
    while start < end and ((start > 0 and tokens[start].low in _EDGE_WORDS) or tokens[start].text in ",;"):
        start += 1
    while end > start and (tokens[end - 1].low in _EDGE_WORDS or tokens[end - 1].text in ",;:"):
        end -= 1
    return start, end
