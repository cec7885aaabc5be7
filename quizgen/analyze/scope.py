"""Clause scope: the part of a sentence an attribution's cue governs.

"Officials weren't available for comment, but a spokeswoman said the road would reopen":
the spokeswoman's claim is the clause after "but". The sentence is cut into segments at
clause boundaries (a coordinator or "while"/"whereas" before a new subject, ";", a
quotation opened after a comma); each cue owns its segment, a tag after its claim
("..., the mayor said") also owns the free segments before it, and a cue before its
claim ("X said ...") the free segments joined to it by "and" or a quotation. A non-answer
("declined to comment") owns its segment: no other source covers it.

Everything here is one pass over the sentence's tokens with bounded look-ahead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.analyze.lexicon import ADVERBS, CLAUSE_AUXILIARIES, CONTRAST_JOINERS, SPEECH_VERBS
from quizgen.analyze.tokens import CLOSE_QUOTES, OPEN_QUOTES, Token, pos

Span = tuple[int, int]

_SUBJECT_REACH = 10  # tokens from a coordinator to the verb of a new clause
_SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())


@dataclass
class _Segment:
    start: int  # token index, the boundary word or mark included
    end: int
    joined_by: str  # "", "and", "contrast", "quote", "semicolon"
    owners: set[int] = field(default_factory=set)
    closed: bool = False  # a non-answer: nobody else's claim


def _finite(t: Token) -> bool:
    return t.low in CLAUSE_AUXILIARIES or t.low in SPEECH_VERBS or (not t.is_cap and pos(t.low) in _FINITE)


def new_subject(tokens: list[Token], k: int) -> bool:
    """A clause with a subject of its own starts at k: "a spokeswoman for the agency said",
    "officials weren't available", "he argued"; not "added that" (the same subject)."""
    if k >= len(tokens) or not tokens[k].is_word or _finite(tokens[k]):
        return False
    if tokens[k].low in _SUBJECT_PRONOUNS:
        return k + 1 < len(tokens) and _finite(tokens[k + 1])
    for m in range(k + 1, min(len(tokens), k + _SUBJECT_REACH)):
        t = tokens[m]
        if not t.is_word:
            return False  # a comma or a quote before any verb: an aside, a list
        if t.low in ADVERBS and t.low not in CLAUSE_AUXILIARIES:
            continue
        if _finite(t):
            return True
    return False


def _boundary(tokens: list[Token], quoted: list[bool], k: int) -> str:
    """The kind of clause boundary that token k starts, or ""."""
    t = tokens[k]
    if quoted[k] or k == 0:
        return ""
    before = tokens[k - 1].text
    if before == ";" and not quoted[k - 1]:
        return "semicolon"
    if t.text in OPEN_QUOTES and before == "," and k + 1 < len(tokens) and quoted[k + 1]:
        return "quote"
    if t.low in CONTRAST_JOINERS and new_subject(tokens, k + 1):
        return "contrast"
    if t.low == "and" and before == "," and new_subject(tokens, k + 1):
        return "and"
    return ""


def _segments(tokens: list[Token], quoted: list[bool]) -> list[_Segment]:
    segments = [_Segment(0, len(tokens), "")]
    for k in range(1, len(tokens)):
        kind = _boundary(tokens, quoted, k)
        if kind:
            segments[-1].end = k
            segments.append(_Segment(k, len(tokens), kind))
    return segments


def _at(segments: list[_Segment], k: int) -> int:
    return next(n for n, s in enumerate(segments) if s.start <= k < s.end)


def _words(tokens: list[Token], start: int, end: int) -> bool:
    return any(t.is_word for t in tokens[start:end])


def scopes(tokens: list[Token], quoted: list[bool], cues: list[tuple[int, Span | None]],
           non_answers: list[Span]) -> list[Span]:
    """The token span each cue governs. `cues`: (cue token, source token span or None) per
    attribution; `non_answers`: token spans of non-answer phrases."""
    if not tokens:
        return [(0, 0) for _ in cues]
    segments = _segments(tokens, quoted)
    homes = []
    for n, (cue, source) in enumerate(cues):
        home = _at(segments, min(max(cue, 0), len(tokens) - 1))
        segments[home].owners.add(n)
        homes.append(home)
    for start, _ in non_answers:
        segment = segments[_at(segments, start)]
        segment.closed = segment.closed or not segment.owners
    # attributions of one clause ("X told Reuters") share its reach
    first_of = {h: n for n, h in reversed(list(enumerate(homes)))}
    trailing = {h: any(_tag_after_claim(tokens, segments[h], *cues[n]) for n in range(len(cues)) if homes[n] == h)
                for h in first_of}
    leading = {h: any(not _tag_after_claim(tokens, segments[h], *cues[n])
                      or not _words(tokens, _last(*cues[n]) + 1, segments[h].end)
                      for n in range(len(cues)) if homes[n] == h) for h in first_of}
    reach = {h: [h, h] for h in first_of}
    free = [not s.owners and not s.closed for s in segments]
    for h in sorted(first_of):  # a tag after its claim takes the free clauses before it
        while trailing[h] and reach[h][0] > 0 and segments[reach[h][0]].joined_by != "semicolon" \
                and free[reach[h][0] - 1]:
            reach[h][0] -= 1
            free[reach[h][0]] = False
    for h in sorted(first_of):  # a cue before its claim takes "and ..." and a quotation after it
        while leading[h] and reach[h][1] + 1 < len(segments) and free[reach[h][1] + 1] \
                and segments[reach[h][1] + 1].joined_by in ("and", "quote"):
            reach[h][1] += 1
            free[reach[h][1]] = False
    out = []
    for n, (cue, source) in enumerate(cues):
        first, last = reach[homes[n]]
        start, end = segments[first].start, segments[last].end
        out.append(_trim(tokens, start, _before_non_answer(tokens, cue, source, end, non_answers)))
    return out


def _last(cue: int, source: Span | None) -> int:
    return max(cue, source[1] - 1) if source else cue


def _tag_after_claim(tokens: list[Token], segment: _Segment, cue: int, source: Span | None) -> bool:
    """'..., the mayor said', '“...,” said Ruiz', '..., according to X': the source and cue
    follow the claim, after a comma or a closing quote."""
    first = min(cue, source[0]) if source else cue
    before = first - 1
    return before > segment.start and (tokens[before].text == "," or tokens[before].text in CLOSE_QUOTES) \
        and _words(tokens, segment.start, before)


def _before_non_answer(tokens: list[Token], cue: int, source: Span | None, end: int,
                       non_answers: list[Span]) -> int:
    """'X said the plant was safe and declined to comment further': the claim ends before
    the non-answer when a claim of three words or more stands between them."""
    last = _last(cue, source)
    for start, _ in non_answers:
        if last < start < end and sum(t.is_word for t in tokens[last + 1:start]) >= 4:
            return start
    return end


_EDGE_WORDS = frozenset({"and", "but"}) | CONTRAST_JOINERS


def _trim(tokens: list[Token], start: int, end: int) -> Span:
    """Without the joining word, commas and semicolons at either edge."""
    while start < end and (tokens[start].low in _EDGE_WORDS or tokens[start].text in ",;"):
        start += 1
    while end > start and (tokens[end - 1].low in _EDGE_WORDS or tokens[end - 1].text in ",;:"):
        end -= 1
    return start, end
