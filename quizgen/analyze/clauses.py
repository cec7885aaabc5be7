"""Is there a clause around a reporting cue? A "that" clause or a quotation after it,
a clause of its own with no "that" ("expects prices to rise"), a clause before it
("The toll rose, the ministry said."), or the quotation it tags ('“...,” she said').
"""

from __future__ import annotations

import re

from quizgen.analyze.lexicon import INFINITIVE_CLAUSE_VERBS, TIME_WORDS
from quizgen.analyze.tokens import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, Token, pos, tokenize

THAT_REACH = 3  # tokens from a clause-only verb to its "that": a hearer or a time may sit between
FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
# words that open a relative clause: what follows describes a noun, it reports nothing
_RELATIVES = frozenset("which who whom whose where when".split())
# words that make a clause finite with no "that": "expects the river will crest"
_MODALS = frozenset("will would could can may might must should shall is are was were has have had".split())
# words that open a clause after a verb that looks like a noun ("claims the deal is off")
_CLAUSE_STARTERS = frozenset("that the a an this it he she they his her its their there".split())


def bare_clause(tokens: list[Token], k: int) -> bool:
    """'expects the river will crest', 'forecasts prices to rise' (for verbs that take an
    object and "to"): a clause with no "that" after the cue ending before k."""
    infinitive = k > 0 and tokens[k - 1].low in INFINITIVE_CLAUSE_VERBS
    if k >= len(tokens) or tokens[k].low == "that" or not (clause_starts(tokens, k) or (
            tokens[k].is_word and pos(tokens[k].low) in ("NN", "NNS"))):
        return False
    for m in range(k + 1, min(len(tokens) - 1, k + 8)):
        t = tokens[m]
        if not t.is_word or t.low in _RELATIVES or t.low == "that":
            # "declared the epidemic which has spread ...", "welcomed the news that City had left":
            # a clause of the noun, no report
            return False
        if (t.low in _MODALS and not t.is_cap) or (infinitive and t.low == "to" and pos(tokens[m + 1].low) == "VB"):
            return True  # (not "May", the month: "contests an election in May")
    return False


def clause_before(tokens: list[Token], comma: int) -> bool:
    """A comma at `comma` closes a clause with a verb of its own ('The toll rose to 40,'),
    not an opener like 'According to Maria Okafor,'."""
    if comma <= 0 or tokens[comma].text != ",":
        return False
    return any(not t.is_cap and pos(t.low) in FINITE_TAGS for t in tokens[max(0, comma - 30):comma])


def ends_sentence(tokens: list[Token], end: int) -> bool:
    """The cue ends the sentence, a time aside ('..., CNN reports on Tuesday.')."""
    k = end
    while k < len(tokens) and k - end < 4 and tokens[k].is_word and (tokens[k].low in TIME_WORDS or
                                                                      tokens[k].low in ("on", "in", "late", "early")):
        k += 1
    return k >= len(tokens) or tokens[k].text in ".!"


def clause_starts(tokens: list[Token], k: int) -> bool:
    """'claims that ...', 'claims the deal is ...': a clause follows a verb that looks like a noun."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    return t.low in _CLAUSE_STARTERS or t.text in OPEN_QUOTES or t.text == ":" or (t.is_cap and t.is_word)


def speech_tag_after_quote(tokens: list[Token], j: int) -> bool:
    """The verb belongs to a speech tag: '“...,” Tedros declared'."""
    k = j
    while k >= 0 and tokens[k].is_word and k > j - 6:
        k -= 1
    return k >= 0 and (tokens[k].text in CLOSE_QUOTES or (tokens[k].text == "," and k > 0
                                                          and tokens[k - 1].text in QUOTE_CHARS))


def after_quote(tokens: list[Token], j: int) -> bool:
    """'“...,” the mayor stressed' (or '“...”, the mayor stressed'): a quotation that ends with
    a comma or a mark just before or after its closing mark."""
    k = j
    while k >= 0 and tokens[k].is_word and k > j - 6:
        k -= 1
    return k > 0 and ((tokens[k].text in CLOSE_QUOTES and tokens[k - 1].text in ",?!")
                      or (tokens[k].text == "," and tokens[k - 1].text in CLOSE_QUOTES))


_FRAGMENT_OPENERS = frozenset("and but or plus yet".split())
_FRAGMENT_DETERMINERS = frozenset("a an the one another".split())
_RELATIVE_PRONOUNS = frozenset("that which who".split())
_EARLY_RELATIVE = re.compile(r"\b(?:that|which|who)\b", re.IGNORECASE)


def relative_fragment(text: str) -> bool:
    """'And a celebration that could go on for 108 more.': a noun and its relative clause,
    with no verb of its own, so it asserts nothing (one finite verb at most, the clause's)."""
    if not _EARLY_RELATIVE.search(text, 0, 120):
        return False
    words = [t for t in tokenize(text) if t.is_word]
    k = 1 if words and words[0].low in _FRAGMENT_OPENERS else 0
    if k >= len(words) or words[k].low not in _FRAGMENT_DETERMINERS:
        return False
    relative = next((m for m in range(k + 1, min(len(words), k + 5)) if words[m].low in _RELATIVE_PRONOUNS), None)
    if relative is None or any(pos(t.low) in FINITE_TAGS or t.is_cap for t in words[k + 1:relative]):
        return False
    # "The report hints that ...": a plural-looking word after a singular noun is its verb
    between = words[k + 1:relative]
    if any(t.low.endswith("s") and pos(prev.low) == "NN" for prev, t in zip(between, between[1:])):
        return False
    verbs, before = 0, ""  # verb groups: "could go on" is one, "run ... may stop" two
    for t in words[relative + 1:]:
        tag = pos(t.low)
        if tag in FINITE_TAGS or (tag == "VB" and before not in ("MD", "TO") and t.low != "be"):
            verbs += 1
        if not tag.startswith("RB"):
            before = "TO" if t.low == "to" else tag
    return verbs <= 1
