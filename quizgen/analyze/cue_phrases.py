"""Attribution cues that are not a plain reporting verb: "according to X", "first
published by X", "as reported in a BBC article", "X was the first to report",
"X, who spoke on condition of anonymity", "reportedly", "X put the figure at".
"""

from __future__ import annotations

import re

from quizgen.analyze.cited_outlets import mentions_outlet
from quizgen.analyze.cues import (PASSIVE_AUX, Found, citable, coordinated, extend_right, names_outlet, person_head,
                                  prev_index, source_like)
from quizgen.analyze.lexicon import (ANONYMOUS_NOUNS, CLAUSE_ONLY_VERBS, CROWD_NOUNS, DETERMINERS, DOCUMENT_NOUNS,
                                     OUTLET_NOUNS, SPEECH_VERBS, SUBJECT_PRONOUNS)
from quizgen.analyze.phrases import Span, phrase_after, phrase_before
from quizgen.analyze.tokens import Token

# Nouns of a report whose author follows "by": "confirmation by the Biden administration".
_BY_NOMINALS = frozenset("confirmation announcement report reports article story analysis interview "
                         "column piece op-ed statement".split())
_PASSIVE_BY_VERBS = (SPEECH_VERBS - CLAUSE_ONLY_VERBS) | frozenset("published quoted cited broken first".split())
_FIRST_TO = frozenset("report break publish reveal disclose".split())


def _unit_after_per(first: Token) -> bool:
    """'per share', 'per person': a bare singular noun after "per" is a unit; a source after
    it is a name, a determiner's phrase or a plural word for sources ("per Reuters", "per
    the filing", "per sources")."""
    return not first.is_cap and first.low not in DETERMINERS and not (first.bare.endswith("s") and first.bare in (
        ANONYMOUS_NOUNS | CROWD_NOUNS | DOCUMENT_NOUNS | OUTLET_NOUNS))  # "per person" counts


def according(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'according to X' (also the slip 'according X'), 'per X'."""
    k = i + 1
    if k < len(tokens) and tokens[k].low == "to":
        k += 1
    span = phrase_after(tokens, k)
    if span and tokens[i].low == "per" and (not citable(tokens, span) or _unit_after_per(tokens[span[0]])):
        return  # "$5 per gallon", "per cent", "$42 per share Amazon will pay"
    if span and source_like(tokens, span):
        if person_head(tokens, span):
            span = extend_right(tokens, span)  # "according to a person briefed on the plan"
        span = _with_issuer(tokens, span)
        cue = "per" if tokens[i].low == "per" else "according to"
        out.extend(Found(s, cue) for s in coordinated(tokens, span))


_ISSUED = frozenset("issued released published posted sent filed signed".split())


def _with_issuer(tokens: list[Token], span: Span) -> Span:
    """"a statement issued by the Prime Minister's press office": the document keeps who
    issued it ("a statement" alone tells a reader nothing to check)."""
    end = span[1]
    if end + 1 < len(tokens) and tokens[end].low in _ISSUED and tokens[end + 1].low == "by":
        issuer = phrase_after(tokens, end + 2)
        if issuer is not None:
            return span[0], issuer[1]
    return span


def by_phrase(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'was first published by The New York Times', 'confirmation by X', 'As noted by X'."""
    j = i - 1
    if j < 0:
        return
    prev = tokens[j].low
    if prev == "first" and j > 0:
        prev = tokens[j - 1].low
    if prev not in _PASSIVE_BY_VERBS and prev not in _BY_NOMINALS:
        return
    if i + 1 < len(tokens) and not tokens[i + 1].is_cap and tokens[i + 1].low.endswith("ing"):
        return  # "responded by warning that ...": how, not who
    span = phrase_after(tokens, i + 1)
    if span and source_like(tokens, span):
        cue = f"{prev} by"
        out.extend(Found(s, cue) for s in coordinated(tokens, span))


def reported_in(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'As reported in a BBC article', 'in an interview with the Spanish publications X and Y'."""
    if i + 1 >= len(tokens) or tokens[i + 1].low not in ("in", "on", "with", "to"):
        return
    span = phrase_after(tokens, i + 2)
    if span:  # "a BBC article by Guillem Balagué": the author is found by `by_phrase`
        cut = next((k for k in range(span[0], span[1]) if tokens[k].low == "by"), span[1])
        span = (span[0], cut) if cut > span[0] else None
    if span and names_outlet(tokens, span):
        cue = f"{tokens[i].low} {tokens[i + 1].low}"
        out.extend(Found(s, cue, type_hint="media_outlet") for s in coordinated(tokens, span))


def first_to(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'X was the first to report', 'X, which broke the news first'."""
    low = tokens[i].low
    if low == "first":
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        nxt2 = tokens[i + 2].low if i + 2 < len(tokens) else ""
        if nxt != "to" or nxt2 not in _FIRST_TO:
            return
        k = i - 1
        if k >= 0 and tokens[k].low == "the":
            k -= 1
        if k < 0 or tokens[k].low not in ("was", "were", "is"):
            return
        span = phrase_before(tokens, k)
        if span and source_like(tokens, span):
            out.append(Found(span, f"was the first to {nxt2}"))
    elif low in ("broke", "breaks") and i + 2 < len(tokens) and tokens[i + 2].low in ("news", "story"):
        j = prev_index(tokens, i)
        if j >= 0 and tokens[j].low in ("which", "who"):
            k = j - 1
            if k >= 0 and tokens[k].text == ",":
                span = phrase_before(tokens, k, skip_adverbs=False)
                if span and source_like(tokens, span):
                    out.append(Found(span, "broke the news"))
        else:
            span = phrase_before(tokens, i)
            if span and source_like(tokens, span):
                out.append(Found(span, "broke the news"))


def anonymity(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'X, who spoke on condition of anonymity, ...'."""
    k = i - 1
    while k >= 0 and tokens[k].low != "who" and i - k < 8:
        k -= 1
    if k > 0 and tokens[k].low == "who" and tokens[k - 1].text == ",":
        span = phrase_before(tokens, k - 1, skip_adverbs=False)
        if span and source_like(tokens, span):
            out.append(Found(span, "spoke on condition of anonymity", type_hint="anonymous"))


# "is said to", "is understood to", "are believed to": a claim passed on by nobody named
_HEARSAY_PARTICIPLES = frozenset("said reported understood believed thought rumoured rumored alleged".split())


def hearsay(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'reportedly', 'is said to', 'are reported to': nobody named at all."""
    low = tokens[i].low
    if low == "reportedly":
        out.append(Found(None, "reportedly", literal="unnamed reports (reportedly)", type_hint="unspecified"))
        return
    if i + 1 >= len(tokens) or tokens[i + 1].low != "to" or low not in _HEARSAY_PARTICIPLES:
        return
    j = prev_index(tokens, i)
    if j >= 0 and tokens[j].low in PASSIVE_AUX and tokens[j].low != "be":
        phrase = f"{tokens[j].low} {low} to"
        out.append(Found(None, phrase, literal=f"unnamed reports ({phrase})", type_hint="unspecified"))


def speaking_to(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'X, speaking to reporters, ...' (X speaks); 'speaking to CNN' (CNN is a source too)."""
    if i + 1 >= len(tokens) or tokens[i + 1].low not in ("to", "at", "with"):
        return
    listener = phrase_after(tokens, i + 2)
    if listener and names_outlet(tokens, listener):
        out.extend(Found(s, f"speaking {tokens[i + 1].low}", type_hint="media_outlet")
                   for s in coordinated(tokens, listener))
    if i == 0 or tokens[i - 1].text != ",":
        return
    span = phrase_before(tokens, i - 1, skip_adverbs=False)
    if span and source_like(tokens, span):
        heard = tokens[i + 2].low if i + 2 < len(tokens) else ""
        out.append(Found(span, f"speaking {tokens[i + 1].low} {heard}".strip()))


def outlet_product(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'Forbes’ Highest Paid Athletes list', 'a CNN poll': an outlet's own list or poll."""
    if not tokens[i].is_possessive and not (i > 0 and tokens[i - 1].low in ("a", "an", "the")):
        return
    text = tokens[i].text
    name = re.sub(r"(?:['’]s|(?<=s)['’])$", "", text)
    if not mentions_outlet(name):
        return
    for k in range(i + 1, min(len(tokens), i + 6)):
        if not tokens[k].is_word:
            return
        if tokens[k].low in ("list", "ranking", "rankings", "poll", "survey", "analysis", "estimate", "estimates",
                             "tally", "count", "investigation", "data"):
            out.append(Found((i, i + 1), f"{tokens[i].text} {tokens[k].low}", type_hint="media_outlet"))
            return


def reported(tokens: list[Token], i: int, out: list[Found]) -> None:
    hearsay(tokens, i, out)
    if i + 1 < len(tokens) and tokens[i + 1].low == "in":
        reported_in(tokens, i, out)


def _subject_of_phrase_verb(tokens: list[Token], i: int, cue: str, out: list[Found]) -> None:
    """The subject (a pronoun or a phrase) of the verb at i, for verb phrases like "put the figure at"."""
    j = prev_index(tokens, i)
    if j >= 0 and tokens[j].low in SUBJECT_PRONOUNS:
        out.append(Found((j, j + 1), cue, pronoun=tokens[j].low))
        return
    span = phrase_before(tokens, i) if j >= 0 and tokens[j].is_word else None
    if span and source_like(tokens, span):
        out.append(Found(span, cue))


# what a body issues or shares to say something: "issued an update stating", "shared the news"
_STATEMENT_NOUNS = frozenset("statement news communique release details update warning advisory alert notice "
                             "bulletin".split())


def issued_statement(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'Barcelona also issued a statement', 'He shared the news': the subject reports."""
    nxt = [t.low for t in tokens[i + 1:i + 4]]
    if len(nxt) >= 2 and nxt[0] in ("a", "an", "the") and (
            nxt[1] in _STATEMENT_NOUNS or nxt[1:3] == ["press", "release"]):
        _subject_of_phrase_verb(tokens, i, f"{tokens[i].low} {nxt[0]} {nxt[1]}", out)


_ESTIMATE_NOUNS = frozenset("number figure toll total count cost estimate damage tally price odds chance chances "
                            "probability likelihood risk".split())


def put_figure(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'The Ridgeline Post put the figure at 1,200': an estimate with its source."""
    if i + 3 >= len(tokens) or tokens[i + 1].low != "the":
        return
    noun = next((t.low for t in tokens[i + 2:i + 4] if t.low in _ESTIMATE_NOUNS), None)  # "the death toll"
    if noun and any(t.low == "at" for t in tokens[i + 3:i + 9]):
        _subject_of_phrase_verb(tokens, i, f"{tokens[i].low} the {noun} at", out)
