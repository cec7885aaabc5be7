"""How sure the analysis is of each part a question rests on, as a number in [0, 1].

A question's confidence is the product of its parts' confidences (the evidence
sentences, the source, the cue, the claim cut, the grouping of versions); below
CONFIDENCE_BAR it is not asked. Each check here names a way a question went wrong on
real articles and scores that shape 0 (never asked) or lower (asked only when nothing
else is shaky). The checks only read the text; they never repair the analysis.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.analyze.clauses import relative_fragment
from quizgen.analyze.lexicon import ORG_WORDS, OUTLET_NAME_WORDS, PERSON_TITLES

CONFIDENCE_BAR = 0.6
# Two sources in one sentence: which one stands behind the claim is a reading, not a fact.
SHARED_SENTENCE = 0.5

# Photo credits and captions: a caption describes a picture, it is no claim of the article.
_CAPTION = re.compile(r"\b(?:photo\s+(?:by|courtesy|credit)|(?:AP|AFP|Reuters|file|staff)\s+photo"
                      r"|photograph(?:ed)?\s+by"
                      r"|getty\s+images|courtesy\s+of|pictured|image\s+(?:credit|courtesy))\b|^photos?\s*:"
                      r"|^from\s+(?:top|bottom|left|right)\b|\((?:left|right|center|centre|top|bottom)\)",
                      re.IGNORECASE)
# A reporter's question: what was asked is not what anyone claims.
_QUESTION = re.compile(r"\?[\"'\u201d\u2019]?\s*$|^(?:when\s+)?asked\b|\b(?:was|were)\s+asked\s+(?:if|whether|about)\b"
                       r"|\b(?:asked|asking)\s+(?:by\s+(?:a|the)\s+reporters?\s+)?(?:if|whether)\b", re.IGNORECASE)
# Only who spoke and where, with no claim: "Musk said in an open letter on Thursday." (the
# words were in an earlier sentence or a quote the page lost)
_BARE_ATTRIBUTION = re.compile(r"^[A-Z][\w.'\u2019 -]{0,60}?\s(?:said|says|wrote|writes|added|adds|told\s+\w+)"
                               r"(?:\s+(?:in|on|at|during|via|through|to|at)\b[^\"\u201c\u201d,;:]{0,120})?\.$")
# Cut at a name's initials ("...issues at the O.B." of "the O.B. Curtis plant", "John F."):
# the sentence splitter stopped inside a name. Country and body abbreviations end sentences.
_CUT_AT_INITIALS = re.compile(r"(?:\b(?!(?:U\.S|U\.K|U\.N|E\.U|D\.C)\.$)(?:[A-Z]\.){2,3}|\b[A-Z][a-z]+\s[A-Z]\.)$")
# Words a headline capitalises but a sentence does not.
_SMALL_WORDS = frozenset("a an the and or but of to in on at by for with from as is are was were vs".split())
HEADLINE_CAPITAL_SHARE = 0.6
_FINAL_PUNCTUATION = re.compile(r"[.!?][\"'\u201d\u2019)]?$")
# Words before a source phrase that make it the object of someone else's words or job:
# "told Reuters", "a spokesman for the Ministry", "an analyst at Acme" - not the speaker.
OBJECT_MARKERS = frozenset("told tells telling to for of at with from by asked than and in on".split())
# Labels of a web page that the analysis may read as a speaker ("UPDATE: ..., officials said").
PAGE_LABELS = frozenset("""
UPDATE UPDATED BREAKING EXCLUSIVE WATCH READ MORE EDITOR NOTE CORRECTION ADVERTISEMENT LIVE PHOTOS VIDEO
ANALYSIS OPINION DEVELOPING ALERT
""".split())
# Nouns that a name before them only modifies ("Kremlin officials", "American media").
MODIFIED_NOUNS = frozenset("""
media press outlets newspapers officials official sources source spokesman spokeswoman spokesperson
staff employees workers members leaders authorities investigators officers analysts experts
reports report documents statement data
""".split())
# Past tense before a forecast word: "was expected to" reports an old forecast, no prediction.
_PAST_FORECAST = re.compile(r"\b(?:was|were|had\s+been|had)\s+(?:\w+\s+)?(?:expected|set|scheduled|planned|due|"
                            r"going|forecast|predicted|projected|anticipated|likely)\b"
                            # "it began to look increasingly likely he would": the same, told as it seemed
                            r"|\b(?:looked|seemed|appeared|began\s+to\s+(?:look|seem))\s+(?:\w+\s+)?likely\b"
                            # "it looked like Argentina might stroll to victory until ...": how a
                            # moment seemed, overtaken by events ("might have" still guesses at the past)
                            r"|\b(?:looked|seemed)\s+(?:like|as\s+if|as\s+though)\b[^.;]{0,60}?"
                            r"\b(?:might|would|could)\b(?!\s+have\b)",
                            re.IGNORECASE)


def _caps_share(text: str) -> float:
    tokens = [t for t in re.findall(r"[A-Za-z][\w'-]*", text)]
    content = [t for t in tokens[1:] if t.lower() not in _SMALL_WORDS]
    return sum(1 for t in content if t[0].isupper()) / len(content) if len(content) >= 4 else 0.0


def _opens_unclosed_quote(text: str) -> bool:
    """The sentence opens a quote and never closes it: the speaker comes in a later sentence."""
    opening = text.lstrip("-\u2013\u2014 ")[:1]
    if opening == "\u201c":
        return "\u201d" not in text
    return opening == '"' and text.count('"') == 1


def _inside_quote_only(text: str) -> bool:
    """The sentence ends a quote it never opened, with no speaker after it ("...that
    choice.\u201d"): it continues someone's words from an earlier sentence and names no one.
    (A quote left open is fine: it runs on into the next sentence.)"""
    close = max(text.rfind("\u201d"), text.rfind('"') if text.count('"') % 2 else -1)
    if close == -1 or text[:1] in "\"\u201c" or "\u201c" in text[:close]:
        return False
    return not re.search(r"\w", text[close:])


@lru_cache(maxsize=20000)
def sentence_problem(text: str, title: str | None = None) -> str:
    """Why a sentence cannot stand as a claim ("caption", "question", "headline",
    "fragment"), or "" when it can."""
    stripped = text.strip()
    if title and stripped.rstrip(".") == title.strip().rstrip("."):
        return "headline"
    if _CAPTION.search(stripped):
        return "caption"
    if _QUESTION.search(stripped):
        return "question"
    # no final stop, or title case without a full stop ("Ferry Strike Ends As Talks Succeed!")
    if not _FINAL_PUNCTUATION.search(stripped) or (_caps_share(stripped) >= HEADLINE_CAPITAL_SHARE
                                                   and not stripped.endswith(".")):
        return "headline"
    if _CUT_AT_INITIALS.search(stripped):
        return "fragment"
    if _BARE_ATTRIBUTION.match(stripped) and " that " not in stripped or relative_fragment(stripped):
        return "fragment"
    opening = stripped.lstrip("-\u2013\u2014 ")
    lower_start = not opening[:1].isupper() and not opening[:1].isdigit() and opening[:1] not in "\"'\u201c\u2018("
    if lower_start or _inside_quote_only(stripped) or _opens_unclosed_quote(stripped):
        return "fragment"
    return ""


def sentence_confidence(text: str, title: str | None = None) -> float:
    return 0.0 if sentence_problem(text, title) else 1.0


def source_role_confidence(sentence: str, start: int, end: int) -> float:
    """0 when the source phrase is the object of another's words or job ("told Reuters",
    "a spokesman for the ministry") or only modifies the noun after it ("Ministry
    spokesman Ann Li", "American media"); else 1."""
    # only words of the source's own clause: in "...we asked for,” union leader X told",
    # the "for" ends the quote, it does not govern the source
    window = sentence[max(0, start - 30):start]
    before = re.findall(r"[A-Za-z]+", re.split(r"[,;:\"“”]", window)[-1])
    if before and before[-1].lower() in OBJECT_MARKERS and not (
            before[-1].lower() == "to" and len(before) >= 2 and before[-2].lower() == "according"):
        return 0.0
    # a page label or an interjection read as a speaker: "UPDATE: ...", "Honestly, ..."
    source = sentence[start:end]
    if sentence[end:end + 1] == ":" or source.upper() in PAGE_LABELS or re.fullmatch(r"[A-Za-z]+ly", source):
        return 0.0
    # "Ministry spokesman Ann Li", "American media": the phrase only modifies the noun after it
    after = re.match(r"\s+([A-Za-z][\w-]*)", sentence[end:end + 30])
    if after and after.group(1).lower() in PERSON_TITLES | MODIFIED_NOUNS:
        return 0.0
    return 1.0


# where the head of a described source ends ("the head | of the ambulance service")
_HEAD_END = re.compile(r",|\s(?:of|at|from|for|with|in|who|whose|on)\s", re.IGNORECASE)
# determiners of an unnamed person among many ("a witness", "two officials")
_INDEFINITE = frozenset("a an one two three four five six seven eight nine ten some several many other another any "
                        "each both few dozens".split())
# nouns for a group, with no plural -s ("the harbor police said")
GROUP_NOUNS = frozenset({"police", "staff", "crew", "military", "government", "administration", "people",
                         "personnel", "media", "press", "public", "team", "department", "council", "committee",
                         "board", "company", "agency", "family", "management", "leadership"})


# words after a noun that mark a source unnamed on purpose ("a person familiar with ...")
ANONYMITY_WORDS = frozenset({"familiar", "close", "knowledgeable", "briefed", "aware", "speaking"})


def singular_role(source: str) -> bool:
    """One person known only by a post: "the commander of the Paris fire brigade", "the
    mayor", "Paris fire chief"; not "a witness", "officials", "the police", and not a name
    ("fire chief Ann Li"). Such a person may be the one another sentence names."""
    tokens = source.strip().split()
    if not tokens or tokens[0].lower() in _INDEFINITE:
        return False
    if tokens[0].lower() == "the":
        tokens = tokens[1:]
    head = [t.strip(",.;:") for t in _HEAD_END.split(" ".join(tokens), maxsplit=1)[0].split()]
    # (a capitalised last word is a name; "sources familiar with the matter" is unnamed by design)
    return bool(head) and head[-1].isalpha() and head[-1].islower() and head[-1] not in GROUP_NOUNS \
        and not any(_plural(w.lower()) or w.lower() in ANONYMITY_WORDS for w in head)


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "'s", "us", "is"))


def kind_confidence(source: str, source_type: str) -> float:
    """An anonymous source whose last word is a name ("Minister Ann Li") is named; a named
    person whose last word is a plain noun ("the deputy minister") is not."""
    words = re.findall(r"[A-Za-z][\w'-]*", source)
    if not words:
        return 0.0
    head_is_name = words[-1][0].isupper() and words[-1].lower() not in PERSON_TITLES
    if source_type == "anonymous" and head_is_name:
        return 0.0
    if source_type == "named_person" and not head_is_name:
        return 0.0
    # "the commander of the fire brigade": unnamed, but one person in a public post, whom
    # readers can identify (an annotator may call it named): not surely anonymous
    if source_type == "anonymous" and singular_role(source):
        return 0.0
    return 1.0


def past_forecast(text: str) -> bool:
    """"was expected to", "were set to": a forecast told in the past tense."""
    return bool(_PAST_FORECAST.search(text))


# Capitalised words of an unnamed source that name no one: countries and nationalities
# ("a U.S. official", "two Russian diplomats", "senior American officials").
_PLACE_WORDS = re.compile(r"^(?:U\.?S\.?(?:A\.?)?|U\.?K\.?|E\.?U\.?|U\.?A\.?E\.?)$|^(?:American|British|European|Western|State|Federal|Congressional|"
                          r"Republican|Democratic|White|House)$|\w+(?:ian|ean|ese|ish|ic|i)$")


def names_an_organization(source: str) -> bool:
    """"NASA scientists", "Pentagon officials": the people are unnamed, their body is not,
    so "does the article name the source?" has two defensible answers."""
    words = re.findall(r"[A-Za-z][\w.'-]*", source)
    return any(w[0].isupper() and not _PLACE_WORDS.match(w.rstrip(".")) for w in words[1:]) \
        or bool(words) and words[0].isupper() and len(words[0]) > 1 and not _PLACE_WORDS.match(words[0])



# Head nouns of a document ("a ministry report", "the court filing"); a capitalised one is
# part of a body's name ("the Geological Survey", "the Fed Review Board").
DOCUMENT_HEADS = frozenset("""
report reports statement study survey data assessment finding findings document documents letter memo analysis
filing filings record records release ruling order paper review estimate estimates figures census poll audit
transcript indictment complaint affidavit lawsuit
""".split())
_PRONOUN_AFTER = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)


def kind_certain(source: str, kind: str, following: str = "") -> bool:
    """Whether the words themselves prove the kind, so that "which is a named person?" or an
    explanation saying "X is a document" cannot be wrong whatever the analysis typed:
    a person by a title before a name, a two-word name with no body's word, or a single
    name that "he"/"she" picks up in `following` (the rest of its sentence and the next);
    an organization by a body's word or an acronym; a document by a lower-case document
    noun as its head. "Amtrak" proves no kind; "the U.S. Geological Survey" is no document."""
    words = re.findall(r"[A-Za-z][\w'-]*", source)
    if not words:
        return False
    lower = [w.lower() for w in words]
    body_words = ORG_WORDS | OUTLET_NAME_WORDS
    # a capitalised document noun ends a body's name ("the Geological Survey")
    body_head = lower[-1] in body_words or words[-1].isupper() and len(words[-1]) > 1 \
        or lower[-1] in DOCUMENT_HEADS and words[-1][0].isupper()
    if kind == "document":
        return lower[-1] in DOCUMENT_HEADS and words[-1][0].islower()
    if kind == "named_organization":
        return body_head or bool(set(lower) & body_words) or any(w.isupper() and len(w) > 1 for w in words)
    if kind != "named_person":
        return True  # anonymous and outlet kinds are checked by their own tests
    if body_head or lower[-1] in DOCUMENT_HEADS:
        return False
    # the name after the last title: "NASA Administrator Bill Nelson" -> "Bill Nelson"
    last_title = max((n for n, w in enumerate(lower) if w in PERSON_TITLES), default=-1)
    names = [w for w in words[last_title + 1:] if w[0].isupper() and w.lower() not in body_words]
    titled = last_title >= 0 and bool(names)
    if titled or len(names) >= 2:
        return True
    return len(names) == 1 and bool(_PRONOUN_AFTER.search(following))


# "an agency spokesperson", "a FIFA spokesman": a body's voice, unnamed here but often named
# in another article ("WADA spokesman James Fitzgerald") and speaking on the body's record
_SPOKESPERSON = re.compile(r"\bspokes(?:man|men|woman|women|person|persons|people)\b|\brepresentative\b",
                           re.IGNORECASE)


def spokesperson(source: str) -> bool:
    return bool(_SPOKESPERSON.search(source))
