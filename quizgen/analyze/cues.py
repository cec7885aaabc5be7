"""Shared pieces of the attribution patterns: the `Found` record and checks on phrases.

A pattern finds a cue token, then a source phrase around it; these helpers decide
whether a phrase can be a source, widen it over relative clauses ("engineers who
inspected the dam"), and split coordinated names ("Goal and SPOX").
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from quizgen.analyze.cited_outlets import mentions_outlet
from quizgen.analyze.lexicon import (ABBREVIATIONS, ANONYMOUS_NOUNS, CROWD_NOUNS, DETERMINERS,
                                     DOCUMENT_NOUNS, EVENT_NOUNS, NON_SOURCE_HEADS, NP_PREPOSITIONS, ORG_NOUNS,
                                     OUTLET_NOUNS, PERSON_TITLES, SPEECH_VERBS, UNIQUE_OFFICES, is_title)
from quizgen.analyze.phrases import Span, head_index, joins_titles, phrase_after, phrase_before, skip_back
from quizgen.analyze.source_types import news_body, outlet_named
from quizgen.analyze.tokens import OPEN_QUOTES, QUOTE_CHARS, Token, is_nounish, pos

PASSIVE_AUX = frozenset("is are was were be been being".split())


@dataclass
class Found:
    span: Span | None  # token span of the source phrase; None for a literal source
    cue: str
    literal: str | None = None  # a source that is not in the text: "unnamed reports (reportedly)"
    pronoun: str | None = None  # "he", "they": resolved by discourse
    type_hint: str | None = None  # a type the pattern itself decides
    at: int = -1  # token index of the cue word (set by find_in_sentence): where its clause is


def prev_index(tokens: list[Token], i: int) -> int:
    """Index of the token before i, skipping adverbs ("also", "has"), times and asides."""
    return skip_back(tokens, i - 1)


# Nouns whose content a "that" clause gives ("the news that ...", "the decision that ..."):
# a clause after one of them belongs to it, not to the verb before
CONTENT_NOUNS = frozenset("""
news decision report reports announcement fact idea claim claims suggestion possibility notion prospect
move assurance assurances allegation allegations confirmation finding findings rumour rumours rumor rumors
belief view hope hopes fear fears word sign signs indication indications contention argument theory
""".split())


# ... unless the verb judges or voices that content: "denied reports that", "citing fears that"
JUDGING_VERBS = ("confirm", "deni", "deny", "dismiss", "reject", "refut", "rebut", "disput", "contest", "downplay",
                  "cit", "express", "voic", "rais", "air")  # ("citing fears that": the fears are voiced)


def _clock(tokens: list[Token], k: int) -> bool:
    """The colon at k is inside a time of day ("7:15 a.m."), not one that opens a quotation."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text.isdigit() and tokens[k + 1].text.isdigit()


def followed_by_that(tokens: list[Token], i: int, reach: int = 8, that_reach: int | None = None) -> bool:
    """A "that" clause (within `that_reach`, default `reach`), a colon or a quotation
    follows within `reach` tokens."""
    that_reach = reach if that_reach is None else that_reach
    for k in range(i + 1, min(len(tokens), i + 1 + reach)):
        text = tokens[k].text
        if text in OPEN_QUOTES and tokens[k - 1].low in ("a", "an", "the"):
            return False  # 'declared monkeypox a "public health emergency"': a quoted name, no speech
        if tokens[k].low == "that" and k - i <= that_reach and tokens[k - 1].bare in CONTENT_NOUNS \
                and (k - i == 2 or tokens[k - 2].low in ("the", "a", "an", "this", "these", "such")) \
                and not tokens[i].low.startswith(JUDGING_VERBS):
            return False  # "welcomed the news that City would withdraw": the clause is the noun's
        colon = text == ":" and not _clock(tokens, k)
        if (tokens[k].low == "that" and k - i <= that_reach) or text in OPEN_QUOTES or colon:
            return True
        if tokens[k - 1].text == "," and tokens[k].low in SPEECH_VERBS:
            return False  # "showed no remorse, ranting that ...": the clause is the second verb's
        if text in ";!?" or (text == "." and tokens[k - 1].low not in ABBREVIATIONS):
            return False
    return False


# tags of words that only a sentence start capitalises: not names
_NOT_NAME_TAGS = frozenset("VBG VBN VBD VBZ VBP VB RB IN DT PDT CC PRP PRP$ MD WDT WP WRB TO EX".split())


def source_like(tokens: list[Token], span: Span | None) -> bool:
    if span is None:
        return False
    first = span[0] + (tokens[span[0]].low in ("the", "a", "an"))
    if first < span[1] - 1 and tokens[first].low in NON_SOURCE_HEADS and not tokens[first].is_cap:
        return False  # "the fact Russia was turning to North Korea demonstrated": a fact, no source
    head = tokens[head_index(tokens, span)]
    low = head.bare
    if low in EVENT_NOUNS:
        return False  # "The pandemic added to its troubles", "Inflation has shown": no speaker
    if head.is_word and head.is_cap and not head.text.isupper():
        if head is tokens[0] and pos(low) in _NOT_NAME_TAGS and low not in CROWD_NOUNS:
            return False  # "Having said that", "All told": capitalised only to open the sentence
        return low not in ("it", "this", "that", "there", "what", "which")
    if head.is_word and head.is_cap:
        return True  # an acronym: "WHO", "NASA"
    if not head.is_word or low in NON_SOURCE_HEADS or low in DETERMINERS and low not in ("many", "some", "others"):
        return False
    return (low in ANONYMOUS_NOUNS or low in CROWD_NOUNS or low in DOCUMENT_NOUNS or low in OUTLET_NOUNS
            or low in UNIQUE_OFFICES or low in PERSON_TITLES or is_nounish(low))


def strong_source(tokens: list[Token], span: Span) -> bool:
    """A head that names a source by itself: a name, or a word for people, documents, bodies."""
    head = tokens[head_index(tokens, span)]
    low = head.bare
    return head.is_cap or any(low in words for words in (ANONYMOUS_NOUNS, CROWD_NOUNS, DOCUMENT_NOUNS,
                                                         OUTLET_NOUNS, UNIQUE_OFFICES, PERSON_TITLES, ORG_NOUNS))


_RELATIVE_ANCHORS = frozenset("who that which familiar close briefed knowledgeable".split())


def extend_left(tokens: list[Token], start: int, end: int) -> Span | None:
    """'Two engineers who have inspected the dam', 'a person familiar with the matter',
    'a report released in November': the source head sits before a clause or modifier."""
    k = start - 1
    while k > 0 and start - k <= 12:
        t = tokens[k]
        if not t.is_word:
            return None
        low = t.low
        knowledge = low == "with" and any(t.low == "knowledge" for t in tokens[k + 1:k + 4])  # "with direct knowledge"
        # "officials with the U.S. Coast Guard", "a spokeswoman with the ministry": people of a body
        knowledge = knowledge or (low == "with" and person_head(tokens, (k - 1, k)))
        participle = not t.is_cap and pos(low) in ("VBN", "VBD") and tokens[k - 1].is_word and is_nounish(
            tokens[k - 1].low) and (low not in SPEECH_VERBS or tokens[k + 1].low == "by")  # not "Benoit said"
        anchor = low in _RELATIVE_ANCHORS or knowledge or participle
        if anchor:
            base = phrase_before(tokens, k, skip_adverbs=False)
            if base and strong_source(tokens, base):
                return base[0], end
        k -= 1
    return None


def person_head(tokens: list[Token], span: Span) -> bool:
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


def negated(tokens: list[Token], i: int) -> bool:
    """'did not say', 'would never confirm', 'declined to say' (adverbs in between skipped)."""
    k = prev_index(tokens, i)
    if k >= 1 and tokens[k].low == "to":
        k -= 1
    return k >= 0 and (tokens[k].low in _NEGATIONS or tokens[k].low.endswith(("n't", "n’t")))


_QUALIFYING = frozenset({"other", "further", "additional", "no"})


def adjectival(tokens: list[Token], j: int) -> bool:
    """'Messi's reported decision', 'the confirmed cases', '5,000 reported cases': an adjective."""
    if j < 0:
        return False
    t = tokens[j]
    if t.text[0].isdigit() and j + 2 < len(tokens) and pos(tokens[j + 2].low).startswith("NN"):
        return True
    # "Other confirmed casualties include ...", "no reported injuries": a participle before a
    # noun (not "as one eclipses the other shows that")
    qualifier = t.low in _QUALIFYING and j + 2 < len(tokens) and tokens[j + 1].low.endswith(("ed", "en", "wn")) \
        and tokens[j + 2].is_word
    return t.is_possessive or t.low in ("the", "a", "an", "its", "his", "her", "their") or qualifier \
        or t.low in NP_PREPOSITIONS


def _owner_word(t: Token) -> bool:
    """A body's name or a possessive before a title ("Amazon founder", "the bank's chairman"),
    not a determiner ("The spokesman")."""
    return t.is_possessive or (t.is_cap and t.low not in DETERMINERS)


def coordinated(tokens: list[Token], span: Span) -> list[Span]:
    """Split "Goal” and “SPOX" / "Mundo Deportiva and Sport" into one span per name."""
    spans = [span]
    start, end = span
    k = start - 1
    while k > 0 and tokens[k].low == "and" and (tokens[k - 1].is_cap or tokens[k - 1].text in QUOTE_CHARS
                                                or is_title(tokens[k - 1].bare)):
        before = phrase_before(tokens, k, skip_adverbs=False)
        if before is not None and joins_titles(tokens, k) and k >= 2 and _owner_word(tokens[k - 2]):
            # "Amazon founder and CEO Jeff Bezos", "the bank's chairman and CEO Ann Roe": two
            # titles of one person, one source; not "the spokesman and Mayor Ann Roe"
            spans[0] = (before[0], spans[0][1])
            break
        if before is None or not (tokens[head_index(tokens, before)].is_cap or is_title(tokens[k - 1].bare)):
            break  # "The spokesman and Mayor Ann Roe": two people
        spans.insert(0, before)
        k = before[0] - 1
    k = end
    while k + 1 < len(tokens) and tokens[k].low == "and" and tokens[k + 1].is_word or (
            k + 1 < len(tokens) and tokens[k].low == "and" and tokens[k + 1].text in OPEN_QUOTES):
        after = phrase_after(tokens, k + 1)
        if after is None:
            break
        if not (tokens[k + 1].is_cap or tokens[k + 1].text in OPEN_QUOTES) and \
                tokens[head_index(tokens, after)].bare not in ANONYMOUS_NOUNS | CROWD_NOUNS | DOCUMENT_NOUNS:
            break  # "officials and court documents" are two sources; "police and fire crews arrived" not
        spans.append(after)
        k = after[1]
    # "both Ortiz and Reyes": "both" belongs to no name
    return [(s + 1, e) if tokens[s].low in ("both", "either") and e - s > 1 else (s, e) for s, e in spans]


# a broadcaster's call sign with its band ("KFOR-TV", "WTOP-FM"); bare letters ("WHO",
# "WADA") are too often an organization's initials
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)")


def names_outlet(tokens: list[Token], span: Span) -> bool:
    """The phrase names a known outlet, a station by its call sign, or a capitalised title
    next to "newspaper", "website"..."""
    words = tokens[span[0]:span[1]]
    return (mentions_outlet(" ".join(t.text for t in words)) or outlet_named(words) or news_body(words)
            or any(_CALL_SIGN.fullmatch(t.text) for t in words)
            or (any(t.bare in OUTLET_NOUNS for t in words) and any(t.is_cap and t.is_word for t in words)))


def citable(tokens: list[Token], span: Span) -> bool:
    """'citing an unnamed US official' names a source; 'citing his country's easing' a reason."""
    head = tokens[head_index(tokens, span)]
    if tokens[span[0]].low in ("his", "her", "its", "their", "our"):
        return False
    return head.is_cap or head.bare in ANONYMOUS_NOUNS | CROWD_NOUNS | DOCUMENT_NOUNS | OUTLET_NOUNS \
        or news_body(tokens[span[0]:span[1]])
