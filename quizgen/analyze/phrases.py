"""Noun-phrase spans around a cue word, found by scanning tokens with word lists.

A source phrase is a run of names, determiners, nouns and adjectives, with a few
prepositions inside ("director of NASA"), that stops at punctuation, clause words
("that", "while") and finite verbs. Scanning outward from the cue is linear in the
sentence length, which keeps the whole analysis linear in the article length.
"""

from __future__ import annotations

import re

from quizgen.analyze.lexicon import (ABBREVIATIONS, ADVERBS, ANONYMOUS_NOUNS, CROWD_NOUNS, DETERMINERS, DOCUMENT_NOUNS,
                                     NAME_PARTICLES,
                                     GIVEN_NAME_PRONOUN, NP_BREAKERS, NP_PREPOSITIONS, ORG_NAME_HEADS, ORG_WORDS,
                                     ORG_NOUNS, OUTLET_NOUNS, PERSON_TITLES, TIME_WORDS, is_title)
from quizgen.analyze.tokens import QUOTE_CHARS, Token, is_nounish, pos

MAX_PHRASE_TOKENS = 16
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_GLUE = frozenset("-&/")
# Words that open a sentence with an adverbial, so the subject comes after the first comma.
_ADVERBIAL_OPENERS = frozenset("""
in on at after before since when while as if although though because during despite
following with without for from by meanwhile however today recently earlier later
yesterday still also then under over amid among last this since
""".split())
_NAME_FUNCTION_WORDS = frozenset("without for with on in by and".split())
_ALWAYS_BREAK = frozenset("also then has have had now again still already first".split())
_CLAUSE_OPENERS = frozenset("but and so yet or".split())
# Adverbs that open a sentence without a comma ("Meanwhile police said"): never part of the source
_OPENING_ADVERBS = frozenset("""
meanwhile however also earlier later separately additionally moreover furthermore elsewhere
instead yesterday recently previously likewise similarly
""".split())

Span = tuple[int, int]  # token indices [start, end)


def wraps_name(tokens: list[Token], k: int) -> bool:
    """A quote mark around a short capitalised title: “Athletic”, 'Goal', "The Athletic"."""
    n = len(tokens)
    for direction in (1, -1):
        m = k + direction
        words = 0
        while 0 <= m < n and tokens[m].is_word and tokens[m].is_cap and words < 4:
            m += direction
            words += 1
        if words and 0 <= m < n and tokens[m].text in QUOTE_CHARS:
            return True
    return False


# Last words of a name whose parts a lower-case "and" joins ("the Food and Drug
# Administration", "Pacific Gas and Electric", "the Water and Power Company") ...
_AND_NAME_HEADS = ORG_NAME_HEADS | frozenset("""
department ministry commission company co corporation corp electric power institute association
museum university hospital foundation trust exchange
""".split())
# ... and company heads that do so only after a common word ("Savings and Loan Bank", not
# "Siemens and Deutsche Bank", two companies)
_AND_COMPANY_HEADS = frozenset("bank group partners securities".split())
# a body's own head before "and" ends one name: "the Port Authority and the City Council" are two
_AND_BODY_HEADS = ORG_NAME_HEADS | frozenset("ministry department company corporation university hospital museum "
                                             "foundation association".split())
# "the Department of Health and Human Services", "the Centers for Disease Control and Prevention"
_OF_NAME_HEADS = ORG_WORDS | ORG_NAME_HEADS | frozenset("centers centres departments ministries".split())
_NAME_RUN = 8  # capitalised words and list commas looked at around "and"


def joins_name(tokens: list[Token], k: int) -> bool:
    """Does the "and" or "&" at k join two parts of one proper name ("Procter & Gamble",
    "the Securities and Exchange Commission", "the Bureau of Alcohol, Tobacco, Firearms and
    Explosives") rather than two sources ("Smith and Jones", "the police and fire
    departments")? Bounded scans over the capitalised words around it."""
    n = len(tokens)
    if not 0 < k < n - 1:
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if not (before.is_word and before.is_cap and after.is_word and after.is_cap) or before.text.isupper():
        return False
    if tokens[k].text == "&":
        return True
    if tokens[k].text != "and" or after.low in GIVEN_NAME_PRONOUN or before.is_possessive:
        return False
    m = k + 1
    while m < n and m - k <= 4 and tokens[m].is_word and tokens[m].is_cap:
        m += 1
    right = tokens[k + 1:m]
    last = right[-1].bare
    j = k - 1  # back over the capitalised words (and the commas of a list) before "and"
    listed = False
    while j >= 0 and k - j <= _NAME_RUN and ((tokens[j].is_word and tokens[j].is_cap)
                                             or (tokens[j].text == "," and j > 0 and tokens[j - 1].is_cap)):
        listed = listed or tokens[j].text == ","
        j -= 1
    first = tokens[j + 1]
    if first.low in GIVEN_NAME_PRONOUN or before.bare in _AND_BODY_HEADS or before.bare in PERSON_TITLES:
        return False  # "Maria Okafor and ...", "the Port Authority and ..."
    if j >= 1 and tokens[j].low in ("of", "for") and tokens[j - 1].is_cap and is_title(tokens[j - 1].bare) \
            and not is_title(after.bare):
        return True  # "Minister for Industry, Commerce and Supplies Abdul Khan": the offices of one title
    if j >= 1 and tokens[j].low in ("of", "for") and tokens[j - 1].is_cap and tokens[j - 1].bare in _OF_NAME_HEADS:
        # "the Ministry of Fisheries and Forestry": common words after "and" ("Siemens" is a second body)
        return last in _AND_NAME_HEADS or last in ORG_WORDS or all(pos(t.low) for t in right)
    if listed:
        return False  # "Reuters, Bloomberg and Deutsche Bank"
    if last in _AND_NAME_HEADS:
        return True
    return last in _AND_COMPANY_HEADS and bool(pos(before.low))


def list_comma(tokens: list[Token], k: int) -> bool:
    """A comma inside a name's list: "the Bureau of Alcohol, Tobacco, Firearms and Explosives"."""
    if not (0 < k < len(tokens) - 1 and tokens[k - 1].is_cap and tokens[k + 1].is_cap and tokens[k + 1].is_word):
        return False
    m = k + 1
    while m < len(tokens) and m - k <= _NAME_RUN and (tokens[m].is_cap or tokens[m].text == ","):
        m += 1
    return m < len(tokens) and tokens[m].text == "and" and joins_name(tokens, m)


def _inside_ok(tokens: list[Token], k: int, head_side: bool) -> bool:
    """May token k sit inside a source phrase? `head_side`: it would be the head."""
    t = tokens[k]
    if not t.is_word:
        if t.text == ",":
            return not head_side and list_comma(tokens, k)
        if t.text in QUOTE_CHARS:
            return wraps_name(tokens, k)
        if t.text == ".":  # "Dr.", and a middle initial: "Richard F. Smith"
            return k > 0 and (tokens[k - 1].low in ABBREVIATIONS or (
                len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper() and k + 1 < len(tokens)
                and tokens[k + 1].is_cap and tokens[k + 1].is_word))
        return t.text in _GLUE
    low = t.low
    if t.text.isupper() and len(t.text) > 1:
        return True  # acronyms: "WHO", "US" are names, not pronouns
    if t.is_cap and low in _NAME_FUNCTION_WORDS and 0 < k < len(tokens) - 1 and tokens[k - 1].is_cap \
            and tokens[k + 1].is_cap and tokens[k - 1].is_word:
        return True  # "Doctors Without Borders", "Institute For Fiscal Studies": inside a name
    if low == "and" and not head_side and joins_name(tokens, k):
        return True  # "the Food and Drug Administration": one name
    if t.text in ("I", "Ni") and k + 2 < len(tokens) and all(x.is_word and x.is_cap for x in tokens[k + 1:k + 3]):
        return True  # Balinese names: "I Made Suprateka", "Ni Luh Putu Ayu"
    if low in NP_BREAKERS or low in TIME_WORDS:
        return False
    if t.is_cap:
        return True
    tag = pos(low)
    if (low in DETERMINERS or low in NP_PREPOSITIONS) and not head_side:
        return True
    if tag == "VBD" and not head_side and _modifier_participle(tokens, k):
        return True  # "a newly downgraded finding", "the leaked memo": a participle as adjective
    if tag in _FINITE:
        return False
    if low in DOCUMENT_NOUNS:
        return True  # "finding", "ruling", "filing": nouns that look like participles
    if low in PERSON_TITLES or low in ANONYMOUS_NOUNS:
        return True  # "the chief", "the official": nouns the lexicon tags as adjectives
    if head_side and (tag.startswith("RB") or tag in ("VBN", "VBG", "JJ", "IN") or low in NP_PREPOSITIONS
                      or (low in DETERMINERS and low not in ("some", "many", "others", "both", "all"))):
        return False  # "Needless to said", "the reported": no head
    return True


_TIME_LEADS = frozenset("on in late early last this next since at over during the past previous coming".split())
# "X, in a statement, said", "Jackson in a dissent called": where the words were said
_VENUE_NOUNS = frozenset("statement interview dissent opinion post tweet video speech letter email filing "
                         "briefing message".split())
_ASIDE_REACH = 8  # tokens of a parenthesis "(IEA)", "(pictured)" skipped between subject and verb


def _ly_adverb(t: Token) -> bool:
    """'publicly', 'publically', 'strongly': an adverb by its ending ("family", "ally" are nouns)."""
    return t.low.endswith("ly") and len(t.low) > 5 and pos(t.low) in ("RB", "")


def _modifier_participle(tokens: list[Token], k: int) -> bool:
    """'the leaked memo', 'a newly downgraded finding': a participle after an article or
    an -ly adverb modifies the noun that follows."""
    return k > 0 and (tokens[k - 1].low in ("a", "an", "the") or (tokens[k - 1].low.endswith("ly")
                                                                  and not _after_noun(tokens, k - 1))) \
        and k + 1 < len(tokens) and tokens[k + 1].is_word


def _after_noun(tokens: list[Token], k: int) -> bool:
    """'the ambassador recently met': the adverb follows a noun, so the participle is a verb."""
    before = tokens[k - 1] if k > 0 else None
    return before is not None and before.is_word and before.low not in DETERMINERS \
        and (before.is_cap or pos(before.low) in ("NN", "NNS"))


def skip_back(tokens: list[Token], j: int) -> int:
    """The index at or before j once adverbs ("also", "has"), times ("on Friday", "late
    Tuesday") and a parenthesis ("(IEA)") between a subject and its verb are skipped."""
    while j >= 0:
        t = tokens[j]
        if (t.low in ADVERBS or _ly_adverb(t)) and not t.is_cap:  # "May" is a month
            j -= 1
        elif t.low in TIME_WORDS and j > 0 and (tokens[j - 1].low in _TIME_LEADS or tokens[j - 1].low in TIME_WORDS):
            j -= 1  # "on Friday", "over the past month"
            while j >= 0 and (tokens[j].low in TIME_WORDS or tokens[j].low in _TIME_LEADS) and not (
                    tokens[j].is_cap and tokens[j].low in _TIME_LEADS):
                j -= 1
        elif t.low in _VENUE_NOUNS and j >= 2 and tokens[j - 1].low in ("a", "an", "the", "its", "his", "her") \
                and tokens[j - 2].low == "in":
            j -= 3
        elif t.text == ")":
            k = next((m for m in range(j - 1, max(-1, j - _ASIDE_REACH), -1) if tokens[m].text in "()"), -1)
            if k < 0 or tokens[k].text != "(":
                return j
            j = k - 1
        else:
            return j
    return j


def phrase_before(tokens: list[Token], i: int, skip_adverbs: bool = True) -> Span | None:
    """The noun phrase ending right before token i (adverbs like "also", times and a
    parenthesis skipped)."""
    j = skip_back(tokens, i - 1) if skip_adverbs else i - 1
    end = j + 1
    k = j
    while k >= 0 and end - k <= MAX_PHRASE_TOKENS:
        low = tokens[k].low
        if (low == "and" and k < j and k > 0 and tokens[k - 1].is_word and tokens[k - 1].low not in NP_BREAKERS
                and not tokens[k + 1].is_cap and (not tokens[k - 1].is_cap or (k == 1 and pos(tokens[0].low)))):
            # "optical and radio telescopes"; names ("the Journal and the Times") are split later
            k -= 1
            continue
        if (low == "by" and k > 1 and pos(tokens[k - 1].low) in ("VBN", "VBD") and is_nounish(tokens[k - 2].low)
                and tokens[k - 2].low not in ADVERBS):
            k -= 1  # "data sets gathered by telescopes" (not "was first published by")
            continue
        if low == "in" and k < j and k > 0 and (tokens[k - 1].bare in ANONYMOUS_NOUNS or
                                                 tokens[k - 1].bare in CROWD_NOUNS):
            k -= 1  # "officials in Washington", "residents in the valley"
            continue
        if not _inside_ok(tokens, k, head_side=(k == j)):
            break
        k -= 1
    return _trim(tokens, k + 1, end)


def phrase_after(tokens: list[Token], i: int) -> Span | None:
    """The noun phrase starting at token i."""
    n = len(tokens)
    k = i
    while k < n and k - i < MAX_PHRASE_TOKENS:
        low = tokens[k].low
        if low in ("by", "in") and k > i and tokens[k - 1].low in _BY_NOUNS:
            k += 1  # "a latest finding by U.S. intelligence", "a report in The Guardian"
            continue
        if low == "and" and k > i and shared_head(tokens, k):
            k += 1  # "state and local officials": two modifiers of one head
            continue
        if (low.endswith("ly") and k + 2 < n and pos(tokens[k + 1].low) in ("VBD", "VBN")
                and is_nounish(tokens[k + 2].low) and not tokens[k + 2].is_cap):
            k += 1  # "recently downgraded intelligence": an adverb inside the phrase
            continue
        if low in ADVERBS and not tokens[k].is_cap and (low in _ALWAYS_BREAK or not (k + 1 < n and tokens[k + 1].is_word
                                                          and not tokens[k + 1].is_cap
                                                          and pos(tokens[k + 1].low) not in _FINITE)):
            break  # "also left" ends the phrase; "recently declassified" does not
        if (low in ("the", "a", "an") and k > i and tokens[k - 1].is_word and tokens[k - 1].low not in DETERMINERS
                and tokens[k - 1].low not in NP_PREPOSITIONS and tokens[k - 1].low not in ("by", "in", "and")
                and not (tokens[k].is_cap and tokens[k - 1].low in OUTLET_NOUNS)):  # "the daily The Star"
            break  # "a map the county posted": a relative clause without "that"
        if not _inside_ok(tokens, k, head_side=False):
            break
        k += 1
    end = k
    # drop a trailing modifier that is not a head ("the official who..." keeps "official")
    while end > i and not _head_like(tokens[end - 1]):
        end -= 1
    return _trim(tokens, i, end)


_BY_NOUNS = frozenset("finding findings report reports article story assessment analysis study "
                      "statement review investigation interview piece column op-ed".split())


_SOURCE_HEADS = ANONYMOUS_NOUNS | CROWD_NOUNS | DOCUMENT_NOUNS
_PEOPLE_OR_BODIES = _SOURCE_HEADS | OUTLET_NOUNS | ORG_NOUNS | ORG_NAME_HEADS


def shared_head(tokens: list[Token], k: int) -> bool:
    """'state and local officials': the words around "and" (at k) modify one source noun
    that follows within three words; 'officials and court documents' are two sources."""
    before = tokens[k - 1]
    opening = k == 1  # "State and local officials said": capitalised only to open the sentence
    if not before.is_word or (before.is_cap and not opening) or before.low in _SOURCE_HEADS:
        return False
    for m in range(k + 1, min(len(tokens), k + 4)):
        t = tokens[m]
        if not t.is_word or t.is_cap:
            return False
        if t.low in _SOURCE_HEADS:
            return True
    return False


def _head_like(t: Token) -> bool:
    if not t.is_word:
        return t.text in QUOTE_CHARS or t.text == "."
    if t.is_cap:
        return True
    low = t.low
    if low in DOCUMENT_NOUNS:
        return True  # "finding", "ruling": nouns that look like participles
    if low in DETERMINERS or low in NP_PREPOSITIONS or low == "and":
        return low in ("many", "some", "others", "both", "all", "several")
    tag = pos(low)
    return not (tag.startswith("RB") or tag in ("VBN", "VBG", "JJ", "IN", "DT", "CC"))


_RANK = re.compile(r"no\.?\d{1,3}$")
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)$")


def _trim(tokens: list[Token], start: int, end: int) -> Span | None:
    while start < end and (tokens[start].low in NP_PREPOSITIONS or tokens[start].low == "and"
                           or (not tokens[start].is_word and tokens[start].text not in QUOTE_CHARS)):
        start += 1
    if start == 0 and end > 1 and tokens[1].is_word and (
            tokens[0].low in _OPENING_ADVERBS or tokens[0].low.endswith("ly") and pos(tokens[0].low) == "RB"):
        start = 1  # "Meanwhile Danish federation director Peter Moeller says": the adverb opens the sentence
    elif start == 0 and tokens[0].low in _ADVERBIAL_OPENERS:
        start = _name_after_common_noun(tokens, start, end)  # "Outside the court Arthur Aidala said"
    if start < end and tokens[start].text in QUOTE_CHARS and not wraps_name(tokens, start):
        start += 1
    if start >= end or not any(t.is_word for t in tokens[start:end]):
        return None
    return start, end


_DATELINE_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})


def dateline_end(tokens: list[Token]) -> int:
    """The index of the first token after a dateline ("JAKARTA, Indonesia —", "TOKYO (AP) —",
    "NEW YORK --"), 0 when the sentence opens with none: a place in capitals, then only
    capitalised words, commas and parentheses up to the dash. A dateline is neither the
    subject nor part of a claim."""
    if not tokens or not (tokens[0].is_word and tokens[0].text.isupper() and len(tokens[0].text) > 2):
        return 0
    for k in range(1, min(len(tokens), 10)):
        t = tokens[k]
        if t.text in _DATELINE_DASHES:
            return k + 1
        if not (t.text in ",()" or (t.is_word and t.is_cap)):
            return 0
    return 0


def main_subject(tokens: list[Token]) -> Span | None:
    """The subject at the start of a sentence: after an opening adverbial and its comma."""
    i = dateline_end(tokens)
    while i < len(tokens) and not tokens[i].is_word:
        i += 1
    if i < len(tokens) and tokens[i].low in _CLAUSE_OPENERS:
        i += 1
    for _ in range(3):  # "However, in mid-May, Musk changed ..."
        if i >= len(tokens) or tokens[i].low not in _ADVERBIAL_OPENERS:
            break
        comma = next((k for k in range(i, min(len(tokens), i + 20)) if tokens[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    span = phrase_after(tokens, i)
    if span is None:
        return None
    # "A spokesperson for the port disputed the report": the verb ends the subject
    for k in range(span[0] + 1, span[1]):
        if _verb_in_phrase(tokens, k, span[1], ("VBD", "VBN")):
            return _trim(tokens, span[0], _before_adverbs(tokens, span[0], k))
    return name_in_commas(tokens, span[1]) or span


_AFFILIATIONS = frozenset("of at from".split())
_LOCATIVES = frozenset("in near outside throughout".split())  # not "at"/"from": an employer ("official at GM")


def serial_name(tokens: list[Token], span: Span) -> Span:
    """"Bed, Bath & Beyond", "Skidmore, Owings & Merrill": a name ending "X & Y" may list
    single capitalised words before it, set off by commas; the span grows to hold them."""
    start, end = span
    if not any(t.text == "&" for t in tokens[start:end]) or not all(t.is_cap or t.text == "&" for t in tokens[start:end]):
        return span
    # (a word in capitals opens a dateline instead: "DETROIT, Procter & Gamble said")
    while start >= 2 and tokens[start - 1].text == "," and tokens[start - 2].is_word and tokens[start - 2].is_cap \
            and not tokens[start - 2].text.isupper() and (start == 2 or not tokens[start - 3].is_word):
        start -= 2
    return start, end


def portfolio_title(tokens: list[Token], span: Span) -> Span:
    """"Minister for Industry, Commerce and Supplies Abdul Khan": the offices listed after a
    capitalised title are one title; a span that starts inside the list grows to the title."""
    k = span[0]
    while k >= 2 and tokens[k - 1].text == "," and tokens[k - 2].is_word and tokens[k - 2].is_cap:
        j = k - 2
        while j > 0 and k - j < 5 and tokens[j - 1].is_word and tokens[j - 1].is_cap:
            j -= 1  # an office of several words ("Home Affairs")
        if j >= 2 and tokens[j - 1].low in ("of", "for") and tokens[j - 2].is_cap and is_title(tokens[j - 2].bare):
            return j - 2, span[1]
        k = j
    return span


def place_before(tokens: list[Token], comma: int) -> int | None:
    """Where "in Union" or "near Austin" begins when the comma at `comma` ends it: the names
    set off after such a comma are its region ("based in Union, New Jersey, said"), not a
    person named beside a title. None when no place ends there."""
    after = tokens[comma + 1] if comma + 1 < len(tokens) else None
    if after is None or after.bare in GIVEN_NAME_PRONOUN or is_title(after.bare.rstrip(".")):
        return None  # "The top official in Kelso, Sen. Lena Fischer, said": a person set off
    k = comma - 1
    while k >= 0 and comma - k <= 3 and tokens[k].is_word and tokens[k].is_cap:
        k -= 1
    if not (0 <= k < comma - 1 and tokens[k].low in _LOCATIVES):
        return None
    # "The top official in Kelso, Mara Quill, said": after a person's title, a person is set off
    person = k > 0 and (is_title(tokens[k - 1].bare) or tokens[k - 1].bare in ANONYMOUS_NOUNS)
    return None if person else k


def _name_word(t: Token) -> bool:
    return t.is_word and (t.is_cap or t.low in NAME_PARTICLES)


def name_in_commas(tokens: list[Token], at: int) -> Span | None:
    """The name set between commas from `at` ("Evergrande's executive director, Shawn Siu,
    expressed ...", "Ohtani's agent, Nez Balelo of CAA, said"): two to four name words,
    perhaps with its body after "of"; None when there is none."""
    if at >= len(tokens) or tokens[at].text != "," or place_before(tokens, at) is not None:
        return None
    end = at + 1
    while end < len(tokens) and end - at <= 5 and _name_word(tokens[end]):
        end += 1
    close = end
    if close < len(tokens) and tokens[close].low in _AFFILIATIONS:  # "Nez Balelo of CAA,"
        close += 1
        while close < len(tokens) and close - end <= 6 and tokens[close].is_word and tokens[close].is_cap:
            close += 1
    if close >= len(tokens) or tokens[close].text != "," or not 2 <= end - at - 1 <= 4 \
            or not tokens[at + 1].is_cap or not tokens[end - 1].is_cap:
        return None
    return at + 1, end


def name_before_title(tokens: list[Token], span: Span) -> Span | None:
    """"Lee Jeong-hyeon, chief of the Muan fire station said": a name, a comma and a lowercase
    title phrase whose closing comma is missing; the name is the source."""
    start = span[0]
    if start < 3 or tokens[start - 1].text != "," or tokens[start].is_cap or not is_title(tokens[start].bare):
        return None
    begin = start - 1
    while begin > 0 and _name_word(tokens[begin - 1]) and start - 1 - begin < 4:
        begin -= 1
    opens = begin == 0 or tokens[begin - 1].text in (",", ";", ":") or tokens[begin - 1].text in QUOTE_CHARS
    return (begin, start - 1) if 2 <= start - 1 - begin <= 4 and opens and tokens[begin].is_cap else None


def _verb_in_phrase(tokens: list[Token], k: int, end: int, past_tags: tuple[str, ...]) -> bool:
    """Is tokens[k] the verb after a subject ("disputed", "recently met") rather than a
    participle modifier ("a newly downgraded finding")? "The mayor cut short his trip":
    a present form counts when words follow it that are no verb."""
    t = tokens[k]
    if t.is_cap or not t.is_word:
        return False
    tag = pos(t.low)
    if tag in past_tags:
        return not _modifier_participle(tokens, k)
    after = tokens[k + 1].low if k + 1 < end else ""
    # not "sources close to the mayor", "a price cut angered"
    return (tag == "VB" or tag in ("VBZ", "VBP") and after != "") and after not in NP_PREPOSITIONS \
        and not pos(after).startswith("VB")


def _before_adverbs(tokens: list[Token], start: int, k: int) -> int:
    """The end of a subject before its verb at k, without the adverbs before it ("recently met")."""
    while k - 1 > start and not tokens[k - 1].is_cap and (tokens[k - 1].low in ADVERBS or _ly_adverb(tokens[k - 1])):
        k -= 1
    return k


_QUANTIFIERS = DETERMINERS | frozenset("none each any majority most rest".split())


def head_index(tokens: list[Token], span: Span) -> int:
    """Index of the phrase's head: the last noun of its first chunk.

    The chunk ends before a preposition ("director of NASA"), a participle or a second
    determiner ("a map the county posted"); "one of the officials" has "officials".
    """
    start, end = span
    last = end - 1
    for k in range(start + 1, end):
        t = tokens[k]
        low = t.low
        if low in NP_PREPOSITIONS or (low in ("by", "with", "in", "who", "that", "which") and not t.is_cap) or (
                not t.is_cap and low in ("the", "a", "an", "its", "their") and tokens[k - 1].low != "of") or (
                not t.is_cap and pos(low) in ("VBN", "VBD") and k > start + 1
                and not tokens[k - 1].low.endswith("ly")):  # "a newly downgraded finding"
            if low == "of" and all(x.low in _QUANTIFIERS for x in tokens[start:k] if x.is_word):
                continue  # "one of the officials", "some of the experts"
            last = k - 1
            break
    while last > start and (not tokens[last].is_word or (not tokens[last].is_cap and not is_nounish(tokens[last].low)
                                                         and pos(tokens[last].low) != "VBG"
                                                         and tokens[last].low not in PERSON_TITLES)):
        last -= 1  # "a person familiar" -> "person", "sources close" -> "sources"
    return last


_AUXILIARIES = frozenset("is are was were has have had does did".split())
_NOT = ("n't", "n\u2019t")
MAX_SOURCE_WORDS = 16  # a longer "source" is a clause the cue patterns misread, not a speaker


def joins_titles(tokens: list[Token], k: int) -> bool:
    """The "and" at k joins two titles of one person: "founder and CEO", "chairman and chief executive"."""
    return 0 < k < len(tokens) - 1 and is_title(tokens[k - 1].bare) and is_title(tokens[k + 1].bare)


def _last_joiner(tokens: list[Token], after: int, end: int) -> int | None:
    """The last "and"/"but" after `after` that leaves a word before `end`."""
    return next((c for c in range(end - 2, after, -1) if tokens[c].low in ("and", "but")), None)


def _name_after_common_noun(tokens: list[Token], start: int, end: int) -> int:
    """'After the verdict Arthur Aidala, his lawyer, quoted': a full name right after a
    common noun that is no word for a person or body starts the source; 'the lawyer
    Arthur Aidala', 'the group Hamas Now' keep theirs."""
    # after an opening preposition the noun is its object, whatever it names ("Outside the court Ann Roe said")
    object_of = tokens[start].low in _ADVERBIAL_OPENERS or (start > 0 and tokens[start - 1].low in _ADVERBIAL_OPENERS)
    for k in range(start + 1, end - 1):
        before = tokens[k - 1]
        if tokens[k].is_cap and tokens[k + 1].is_cap and tokens[k].is_word and tokens[k + 1].is_word \
                and before.is_word and not before.is_cap and is_nounish(before.low) and not is_title(before.bare) \
                and (object_of or before.bare not in _PEOPLE_OR_BODIES):
            if _RANK.match(tokens[k].low):
                return k + 1  # "world No.1 Maria Sharapova"
            return k - 1 if _ORDINAL.match(before.low) else k  # "the newspaper 21st Century Business Herald"
    return start


def well_formed(tokens: list[Token], span: Span) -> Span | None:
    """A source phrase without a finite verb ("The envoy recently met officials" -> "The
    envoy"), or None when nothing speaker-like is left or it runs past MAX_SOURCE_WORDS."""
    start, end = span
    if not any(t.text[:1].isalpha() for t in tokens[start:end]):
        return None  # "The world No 1 released": a number alone speaks for nobody
    start = _name_after_common_noun(tokens, start, end)
    span = start, end
    if start > 0 and not tokens[start - 1].is_cap and pos(tokens[start - 1].low) in ("VBD", "VBZ"):
        # "The firm dropped two sailings and officials said": the object of a verb and "and"
        # open a second clause, whose subject is the source
        joined = _last_joiner(tokens, start, end)
        if joined is not None and not joins_titles(tokens, joined):
            return well_formed(tokens, (joined + 1, end))  # (not '..., said Equifax chairman and CEO Ann Roe')
    for k in range(start + 1, end):
        t = tokens[k]
        if t.low in ("who", "that", "which", "whose", "whom") or t.text in ("(", ","):
            break  # a relative clause or an aside may hold verbs ("the official who said")
        passive = k + 1 < len(tokens) and tokens[k + 1].low == "by"  # "Data sets gathered by ..."
        # "has left", "will go", "didn't identify"
        auxiliary = not t.is_cap and (pos(t.low) == "MD" or t.low in _AUXILIARIES or t.low.endswith(_NOT))
        if not passive and (auxiliary or _verb_in_phrase(tokens, k, end, ("VBD",))):
            # "Spurs turned down an offer and the champions suggested": the subject of the
            # reporting verb is the one after the last "and" of a second clause
            joined = _last_joiner(tokens, k, end)
            if joined is not None:
                return well_formed(tokens, (joined + 1, end))
            return _trim(tokens, start, _before_adverbs(tokens, start, k))
    return span if sum(t.is_word for t in tokens[start:end]) <= MAX_SOURCE_WORDS else None
