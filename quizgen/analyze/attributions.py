"""Attribution patterns inside one sentence: who says, reports, confirms... what.

Each pattern starts from a cue token (a reporting verb, "according", "citing", "by",
"reportedly", ...) and finds the source phrase around it with the phrase scanner.
The patterns return `Found` records; `quizgen.analyze.__init__` turns them into typed
Attribution records and `discourse` links pronouns and continuation quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.analyze.lexicon import (ABBREVIATIONS, ADVERBS, ANONYMOUS_NOUNS, PERSON_TITLES, CROWD_NOUNS, DETERMINERS, DOCUMENT_NOUNS,
                                     FINDING_VERBS, INVERTING_VERBS, NON_SOURCE_HEADS, NP_PREPOSITIONS,
                                     OUTLET_NOUNS, PARTICIPLE_CUES, PERFORMATIVE_VERBS, SPEECH_VERBS,
                                     SUBJECT_PRONOUNS, UNIQUE_OFFICES)
from quizgen.analyze.phrases import Span, head_index, main_subject, phrase_after, phrase_before, wraps_name
from quizgen.analyze.tokens import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, Token, is_nounish, pos

_PASSIVE_AUX = frozenset("is are was were be been being".split())
# Nouns of a report whose author follows "by": "confirmation by the Biden administration".
_BY_NOMINALS = frozenset("confirmation announcement report reports article story analysis interview "
                         "column piece op-ed statement".split())
_PASSIVE_BY_VERBS = SPEECH_VERBS | frozenset("published quoted cited broken first".split())
_FIRST_TO = frozenset("report break publish reveal disclose".split())
# Participles that may name a source only with a "that" clause or a quotation after them.
_FREE_PARTICIPLES = frozenset("saying adding telling claiming".split())
_INTERVIEW_NOUNS = frozenset("interview interviews".split())


@dataclass
class Found:
    span: Span | None  # token span of the source phrase; None for a literal source
    cue: str
    literal: str | None = None  # a source that is not in the text: "unnamed reports (reportedly)"
    pronoun: str | None = None  # "he", "they": resolved by discourse
    type_hint: str | None = None  # a type the pattern itself decides
    speaker: bool = True  # False for the listener in "X told <outlet>"


def _prev_index(tokens: list[Token], i: int) -> int:
    """Index of the token before i, skipping adverbs ("also", "later", "has")."""
    j = i - 1
    while j >= 0 and tokens[j].low in ADVERBS:
        j -= 1
    return j


def _followed_by_that(tokens: list[Token], i: int, reach: int = 8) -> bool:
    """A "that" clause, a colon or a quotation follows within `reach` tokens."""
    for k in range(i + 1, min(len(tokens), i + 1 + reach)):
        text = tokens[k].text
        if tokens[k].low == "that" or text in OPEN_QUOTES or text == ":":
            return True
        if text in ";!?" or (text == "." and tokens[k - 1].low not in ABBREVIATIONS):
            return False
    return False


def _quote_before(tokens: list[Token], start: int) -> bool:
    """'"...," X said': a quotation closes right before the speech tag."""
    k = start - 1
    while k >= 0 and tokens[k].text in ",":
        k -= 1
    return k >= 0 and tokens[k].text in CLOSE_QUOTES | {'"', "'"} and k < start


def source_like(tokens: list[Token], span: Span | None) -> bool:
    if span is None:
        return False
    head = tokens[head_index(tokens, span)]
    low = head.bare
    if head.is_word and head.is_cap:
        return low not in ("it", "this", "that", "there", "what", "which")
    if not head.is_word or low in NON_SOURCE_HEADS or low in DETERMINERS and low not in ("many", "some", "others"):
        return False
    return (low in ANONYMOUS_NOUNS or low in CROWD_NOUNS or low in DOCUMENT_NOUNS or low in OUTLET_NOUNS
            or low in UNIQUE_OFFICES or is_nounish(low))


def strong_source(tokens: list[Token], span: Span) -> bool:
    """A head that names a source by itself: a name, or a word for people, documents, bodies."""
    from quizgen.analyze.source_types import ORG_NOUNS

    head = tokens[head_index(tokens, span)]
    low = head.bare
    return head.is_cap or any(low in words for words in (ANONYMOUS_NOUNS, CROWD_NOUNS, DOCUMENT_NOUNS,
                                                         OUTLET_NOUNS, UNIQUE_OFFICES, PERSON_TITLES, ORG_NOUNS))


_RELATIVE_ANCHORS = frozenset("who that which familiar close briefed knowledgeable".split())


def _extend_left(tokens: list[Token], start: int, end: int) -> Span | None:
    """'Two engineers who have inspected the dam', 'a person familiar with the matter',
    'a report released in November': the source head sits before a clause or modifier."""
    k = start - 1
    while k > 0 and start - k <= 12:
        t = tokens[k]
        if not t.is_word:
            return None
        low = t.low
        anchor = (low in _RELATIVE_ANCHORS or (low == "with" and k + 1 < len(tokens) and tokens[k + 1].low == "knowledge")
                  or (not t.is_cap and pos(low) in ("VBN", "VBD") and tokens[k - 1].is_word and is_nounish(tokens[k - 1].low)))
        if anchor:
            base = phrase_before(tokens, k, skip_adverbs=False)
            if base and strong_source(tokens, base):
                return base[0], end
        k -= 1
    return None


def _person_head(tokens: list[Token], span: Span) -> bool:
    low = tokens[head_index(tokens, span)].bare
    return low in ANONYMOUS_NOUNS or low in CROWD_NOUNS or low in PERSON_TITLES


def extend_right(tokens: list[Token], span: Span) -> Span:
    """'one of the people familiar with the investigation': keep the modifier."""
    start, end = span
    if end < len(tokens) and tokens[end].low in ("familiar", "close", "briefed", "who", "with"):
        k = end
        while k < len(tokens) and tokens[k].is_word and k - end < 12:
            k += 1
        return start, k
    return span


_NEGATIONS = frozenset("not never n't didn't don't doesn't won't wouldn't couldn't cannot can't declined "
                       "refused refuses declines decline refuse no".split())


def _negated(tokens: list[Token], i: int) -> bool:
    """'did not say', 'would never confirm', 'declined to say' (adverbs in between skipped)."""
    k = _prev_index(tokens, i)
    if k >= 1 and tokens[k].low == "to":
        k -= 1
    return k >= 0 and (tokens[k].low in _NEGATIONS or tokens[k].low.endswith(("n't", "n’t")))


def _adjectival(tokens: list[Token], j: int) -> bool:
    """'Messi's reported decision', 'the confirmed cases', '5,000 reported cases': an adjective."""
    if j < 0:
        return False
    t = tokens[j]
    if t.text[0].isdigit() and j + 2 < len(tokens) and pos(tokens[j + 2].low).startswith("NN"):
        return True
    return t.is_possessive or t.low in ("the", "a", "an", "its", "his", "her", "their") or t.low in NP_PREPOSITIONS


def _speech_verb(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'X said', '"...," said X', 'X, a NASA scientist, said', 'the data show that'."""
    verb = tokens[i]
    low = verb.low
    if verb.is_cap:  # "United States", "Reports" in a heading: not a verb
        return
    j = _prev_index(tokens, i)
    if j >= 0 and tokens[j].low in _PASSIVE_AUX or _adjectival(tokens, j):
        return
    if i + 1 < len(tokens) and tokens[i + 1].low == "by":  # "first reported by": handled by `_by`
        return
    if _negated(tokens, i) or (low in ("told", "tells", "tell") and _instruction(tokens, i)):
        return  # "declined to comment", "told the crew to leave": no claim, no attribution
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if low in ("point", "points", "pointed") and nxt not in ("to", "out"):
        return
    cue = f"{low} {nxt}" if low in ("point", "points", "pointed") else low
    # acts ("declared an emergency") and noun-like forms ("the Jewish state") need a
    # "that" clause or a quotation to be a report
    noun_like = pos(low).startswith("NN")
    needs_clause = low in PERFORMATIVE_VERBS or noun_like
    has_clause = _followed_by_that(tokens, i, 1 if noun_like else 8) or _speech_tag_after_quote(tokens, j)
    if j >= 0 and tokens[j].low in SUBJECT_PRONOUNS:
        if (has_clause or low not in PERFORMATIVE_VERBS) and low not in FINDING_VERBS:
            out.append(Found((j, j + 1), cue, pronoun=tokens[j].low))
            _listener(tokens, i, out)
        return
    finding = low in FINDING_VERBS and low not in SPEECH_VERBS
    if needs_clause and not has_clause and not (low.startswith("announc") or finding):
        return
    span = _subject(tokens, i, j)
    if span is None or not source_like(tokens, span):
        return
    head = tokens[head_index(tokens, span)]
    document = head.bare in DOCUMENT_NOUNS
    if needs_clause and not has_clause and not (head.is_cap and not finding) and not (finding and document):
        return  # "the two countries announced agreements"; "NASA announced ..." stays
    if finding and not (document or _followed_by_that(tokens, i, 2)):
        return  # "the data show", "a survey found that"; not "the outcome demonstrated"
    out.extend(Found(s, cue) for s in coordinated(tokens, span))
    _listener(tokens, i, out)


def _subject(tokens: list[Token], i: int, j: int) -> Span | None:
    """The source phrase of the reporting verb at i (j: the word before it, adverbs skipped)."""
    if j < 0:
        return None
    if tokens[j].text == "," or (tokens[j].text in CLOSE_QUOTES and not wraps_name(tokens, j)):
        return _inverted_or_parenthetical(tokens, i, j)
    if tokens[j].low in ("and", "but"):
        return main_subject(tokens)  # "Messi owns a home there, and has said that ..."
    span = phrase_before(tokens, i)
    if span is None or not tokens[head_index(tokens, span)].is_cap:
        # "two people familiar with the investigation", "engineers who inspected the dam"
        wider = _extend_left(tokens, span[0] if span else j + 1, j + 1)
        if wider and (span is None or not strong_source(tokens, span) or _person_head(tokens, wider)):
            span = wider
    return span


def _listener(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'told Reuters', 'told the newspaper “Tidewatch”': another outlet is a source too."""
    if tokens[i].low not in ("told", "tells", "tell", "telling"):
        return
    listener = phrase_after(tokens, i + 1)
    if listener and _names_outlet(tokens, listener):
        out.extend(Found(s, "told", type_hint="media_outlet", speaker=False) for s in coordinated(tokens, listener))


def _instruction(tokens: list[Token], i: int) -> bool:
    """'told the crew to leave': "to" and a bare verb follow the listener."""
    for k in range(i + 2, min(len(tokens) - 1, i + 8)):
        if not tokens[k].is_word or tokens[k].low == "that":
            return False
        if tokens[k].low == "to" and pos(tokens[k + 1].low) == "VB":
            return True
    return False


def _speech_tag_after_quote(tokens: list[Token], j: int) -> bool:
    """The verb belongs to a speech tag: '“...,” Tedros declared'."""
    k = j
    while k >= 0 and tokens[k].is_word and k > j - 6:
        k -= 1
    return k >= 0 and (tokens[k].text in CLOSE_QUOTES or (tokens[k].text == "," and k > 0
                                                          and tokens[k - 1].text in QUOTE_CHARS))


def _inverted_or_parenthetical(tokens: list[Token], i: int, j: int) -> Span | None:
    """'"...," said Lori Glaze' (source after) or 'Tom Statler, a NASA scientist, said' (before)."""
    low = tokens[i].low
    if low in INVERTING_VERBS:
        after = phrase_after(tokens, i + 1)
        if after and strong_source(tokens, after):
            after = extend_right(tokens, after)
            nxt = tokens[after[1]].text if after[1] < len(tokens) else "."
            if nxt in ",.;:!?—" or nxt in "”’»":  # not an opening '"' (a quote that follows)
                return after
    if tokens[j].text != ",":
        return None
    # a parenthetical between subject and verb: find the comma that opens it
    k = j - 1
    while k >= 0 and tokens[k].text != "," and j - k < 25:
        if tokens[k].text in ".;:" or tokens[k].text in QUOTE_CHARS:
            return None
        k -= 1
    if k < 0 or tokens[k].text != ",":
        return None
    return phrase_before(tokens, k, skip_adverbs=False)


def coordinated(tokens: list[Token], span: Span) -> list[Span]:
    """Split "Goal” and “SPOX" / "Mundo Deportiva and Sport" into one span per name."""
    spans = [span]
    start, end = span
    k = start - 1
    while k > 0 and tokens[k].low == "and" and (tokens[k - 1].is_cap or tokens[k - 1].text in QUOTE_CHARS):
        before = phrase_before(tokens, k, skip_adverbs=False)
        if before is None or not tokens[head_index(tokens, before)].is_cap:
            break
        spans.insert(0, before)
        k = before[0] - 1
    k = end
    while k + 1 < len(tokens) and tokens[k].low == "and" and (tokens[k + 1].is_cap or
                                                              tokens[k + 1].text in OPEN_QUOTES):
        after = phrase_after(tokens, k + 1)
        if after is None:
            break
        spans.append(after)
        k = after[1]
    return spans


def _names_outlet(tokens: list[Token], span: Span) -> bool:
    """The phrase names a known outlet, or a capitalised title next to "newspaper", "website"..."""
    from quizgen.analyze.cited_outlets import mentions_outlet

    from quizgen.analyze.source_types import outlet_named

    words = tokens[span[0]:span[1]]
    return (mentions_outlet(" ".join(t.text for t in words)) or outlet_named(words)
            or (any(t.bare in OUTLET_NOUNS for t in words) and any(t.is_cap and t.is_word for t in words)))


def _according(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'according to X' (also the slip 'according X'), 'per X'."""
    k = i + 1
    if k < len(tokens) and tokens[k].low == "to":
        k += 1
    span = phrase_after(tokens, k)
    if span and tokens[i].low == "per" and not _citable(tokens, span):
        return  # "$5 per gallon", "per cent"
    if span and source_like(tokens, span):
        out.extend(Found(s, "according to") for s in coordinated(tokens, span))


def _participle(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'..., adding that ...' / 'by saying that ...': the speaker is the sentence subject."""
    low = tokens[i].low
    if low == "citing":
        span = phrase_after(tokens, i + 1)
        if span and _citable(tokens, span):
            out.extend(Found(s, "citing") for s in coordinated(tokens, span))
    if i == 0 or tokens[i - 1].text != "," and tokens[i - 1].low not in ("by", "as"):
        return  # ", adding that", "by saying that", "was quoted as saying"
    if low not in _FREE_PARTICIPLES and not _followed_by_that(tokens, i, 2):
        return
    if low == "citing":
        return
    span = main_subject(tokens)
    if span and source_like(tokens, span) and span[1] <= i:
        out.append(Found(span, low))


def _citable(tokens: list[Token], span: Span) -> bool:
    """'citing an unnamed US official' names a source; 'citing his country's easing' a reason."""
    head = tokens[head_index(tokens, span)]
    if tokens[span[0]].low in ("his", "her", "its", "their", "our"):
        return False
    return head.is_cap or head.bare in ANONYMOUS_NOUNS | CROWD_NOUNS | DOCUMENT_NOUNS | OUTLET_NOUNS


def _by(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'was first published by The New York Times', 'confirmation by X', 'As noted by X'."""
    j = i - 1
    if j < 0:
        return
    prev = tokens[j].low
    if prev == "first" and j > 0:
        prev = tokens[j - 1].low
    if prev not in _PASSIVE_BY_VERBS and prev not in _BY_NOMINALS:
        return
    span = phrase_after(tokens, i + 1)
    if span and source_like(tokens, span):
        cue = f"{prev} by" if prev not in _BY_NOMINALS else prev
        out.extend(Found(s, cue) for s in coordinated(tokens, span))


def _reported_in(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'As reported in a BBC article', 'in an interview with the Spanish publications X and Y'."""
    if i + 1 >= len(tokens) or tokens[i + 1].low not in ("in", "on", "with", "to"):
        return
    span = phrase_after(tokens, i + 2)
    if span:  # "a BBC article by Guillem Balagué": the author is found by `_by`
        cut = next((k for k in range(span[0], span[1]) if tokens[k].low == "by"), span[1])
        span = (span[0], cut) if cut > span[0] else None
    if span and _names_outlet(tokens, span):
        cue = f"{tokens[i].low} {tokens[i + 1].low}"
        out.extend(Found(s, cue, type_hint="media_outlet") for s in coordinated(tokens, span))


def _first_to(tokens: list[Token], i: int, out: list[Found]) -> None:
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
        j = _prev_index(tokens, i)
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


def _anonymity(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'X, who spoke on condition of anonymity, ...'."""
    k = i - 1
    while k >= 0 and tokens[k].low != "who" and i - k < 8:
        k -= 1
    if k > 0 and tokens[k].low == "who" and tokens[k - 1].text == ",":
        span = phrase_before(tokens, k - 1, skip_adverbs=False)
        if span and source_like(tokens, span):
            out.append(Found(span, "spoke on condition of anonymity", type_hint="anonymous"))


def _hearsay(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'reportedly', 'is said to', 'are reported to': nobody named at all."""
    low = tokens[i].low
    if low == "reportedly":
        out.append(Found(None, "reportedly", literal="unnamed reports (reportedly)", type_hint="unspecified"))
        return
    if i + 1 >= len(tokens) or tokens[i + 1].low != "to":
        return
    j = _prev_index(tokens, i)
    if j >= 0 and tokens[j].low in _PASSIVE_AUX and tokens[j].low != "be":
        phrase = f"{tokens[j].low} {low} to"
        out.append(Found(None, phrase, literal=f"unnamed reports ({phrase})", type_hint="unspecified"))


def _speaking_to(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'X, speaking to reporters, ...': the subject before the parenthetical speaks."""
    if i + 1 >= len(tokens) or tokens[i + 1].low not in ("to", "at", "with") or i == 0 or tokens[i - 1].text != ",":
        return
    span = phrase_before(tokens, i - 1, skip_adverbs=False)
    if span and source_like(tokens, span):
        out.append(Found(span, f"speaking {tokens[i + 1].low} {tokens[i + 2].low if i + 2 < len(tokens) else ''}".strip()))


def _outlet_product(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'Forbes’ Highest Paid Athletes list', 'a CNN poll': an outlet's own list or poll."""
    from quizgen.analyze.cited_outlets import mentions_outlet

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


def _reported(tokens: list[Token], i: int, out: list[Found]) -> None:
    _hearsay(tokens, i, out)
    if i + 1 < len(tokens) and tokens[i + 1].low == "in":
        _reported_in(tokens, i, out)


def _issued_statement(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'Barcelona also issued a statement', 'He shared the news': the subject reports."""
    nxt = [t.low for t in tokens[i + 1:i + 4]]
    if not (len(nxt) >= 2 and nxt[0] in ("a", "an", "the") and
            (nxt[1] in ("statement", "news", "communique", "release", "details") or nxt[1:3] == ["press", "release"])):
        return
    j = _prev_index(tokens, i)
    if j >= 0 and tokens[j].low in SUBJECT_PRONOUNS:
        out.append(Found((j, j + 1), f"{tokens[i].low} {nxt[0]} {nxt[1]}", pronoun=tokens[j].low))
        return
    span = phrase_before(tokens, i) if j >= 0 and tokens[j].is_word else None
    if span and source_like(tokens, span):
        out.append(Found(span, f"{tokens[i].low} {nxt[0]} {nxt[1]}"))


_ESTIMATE_NOUNS = frozenset("number figure toll total count cost estimate damage tally price".split())


def _put_figure(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'The Ridgeline Post put the figure at 1,200': an estimate with its source."""
    if i + 3 >= len(tokens) or tokens[i + 1].low != "the" or tokens[i + 2].low not in _ESTIMATE_NOUNS:
        return
    if not any(t.low == "at" for t in tokens[i + 3:i + 9]):
        return
    j = _prev_index(tokens, i)
    if j >= 0 and tokens[j].low in SUBJECT_PRONOUNS:
        out.append(Found((j, j + 1), f"put the {tokens[i + 2].low} at", pronoun=tokens[j].low))
        return
    span = phrase_before(tokens, i) if j >= 0 and tokens[j].is_word else None
    if span and source_like(tokens, span):
        out.append(Found(span, f"put the {tokens[i + 2].low} at"))


_TRIGGERS = {"per": _according, "put": _put_figure, "puts": _put_figure, "pegged": _put_figure, "issued": _issued_statement, "issues": _issued_statement, "released": _issued_statement,
             "shared": _issued_statement, "shares": _issued_statement,"according": _according, "by": _by, "reportedly": _hearsay, "said": _hearsay,
             "reported": _reported, "interview": _reported_in, "interviews": _reported_in,
             "first": _first_to, "broke": _first_to, "breaks": _first_to, "anonymity": _anonymity,
             "speaking": _speaking_to}


def quoted_tokens(tokens: list[Token], starts_inside: bool) -> list[bool]:
    """For each token: is it inside a quotation (curly or straight quotes)?"""
    inside = starts_inside
    flags = []
    for t in tokens:
        text = t.text
        if text in ("“", "«"):
            inside = True
            flags.append(False)
            continue
        if text in ("”", "»"):
            inside = False
        elif text == '"':
            inside = not inside
            flags.append(False)
            continue
        flags.append(inside)
    return flags


def find_in_sentence(tokens: list[Token], starts_inside_quote: bool = False) -> list[Found]:
    """Every source the sentence names, in order of appearance of the cue.

    Cues inside a quotation ("“...Lionel Messi has stated that...,” MLS said") report
    what the speaker says, not the article's sources, so they are skipped.
    """
    out: list[Found] = []
    quoted = quoted_tokens(tokens, starts_inside_quote)
    for i, t in enumerate(tokens):
        if not t.is_word:
            continue
        before = len(out)
        low = t.low
        handler = _TRIGGERS.get(low)
        if handler is not None:
            handler(tokens, i, out)
        if low in SPEECH_VERBS or low in FINDING_VERBS or low in ("point", "points", "pointed"):
            _speech_verb(tokens, i, out)
        if low in PARTICIPLE_CUES or low == "citing":
            _participle(tokens, i, out)
        if t.is_cap and (t.is_possessive or (i > 0 and tokens[i - 1].low in ("a", "an", "the"))):
            _outlet_product(tokens, i, out)
        if quoted[i] and len(out) > before:
            del out[before:]
    return out
