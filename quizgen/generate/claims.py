"""Cut the claim out of an attributed sentence, so a prompt can quote it without
giving away who said it ("Russia is buying shells, a U.S. official said" ->
"Russia is buying shells")."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from quizgen.analyze.clauses import FINITE_TAGS
from quizgen.analyze.cues import CONTENT_NOUNS
from quizgen.analyze.phrases import dateline_end
from quizgen.analyze.tokens import pos, tokenize
from quizgen.generate.text import mostly_within, shorten, word_count
from quizgen.settings import MAX_SENTENCE_CHARS  # longer: run-on text, no claim cut from it

MIN_CLAIM_WORDS = 5
MAX_CLAIM_WORDS = 25
# words allowed after a sentence-final source ("..., officials said on Tuesday.")
TRAILER_WORDS = 12
REPORTING_VERBS = ("said", "says", "told", "added", "confirmed", "reported", "wrote", "noted", "explained", "stated",
                   "announced", "claimed", "insisted", "warned", "according")
_EDGE = " \t\n,;:.-\u2013\u2014\"'\u201c\u201d\u2018\u2019()"
_SEGMENT_BREAK = re.compile(r",[\"'\u201d\u2019]?\s+|;\s+|\s+[\u2013\u2014-]{1,2}\s+|:\s+")
# a clause like "who asked not to be named" describes the source; it is not the claim
_RELATIVE_START = re.compile(r"(?:who|whom|whose|which)\b", re.IGNORECASE)
# a joiner left at the front of a cut ("..., and CLAIM"); "as" only as a conjunction, not
# the start of "As of 7 p.m.", "As many as 40", "As part of the plan"
_LEADING_JOINER = re.compile(
    r"^(?:and|but|while|that|so|as(?!\s+(?:of|part|many|much|well|soon|long|far|a\s+result|early|late|recently)\b))\s+",
    re.IGNORECASE)


def source_span(sentence: str, source: str) -> tuple[int, int] | None:
    """Where the source phrase sits in the sentence (case and spacing ignored)."""
    parts = [re.escape(p) for p in source.split()]
    if not parts:
        return None
    match = re.search(r"\b" + r"\s+".join(parts) + r"(?!\w)", sentence, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _balance_quotes(text: str) -> str:
    """Close a quotation or parenthesis that the cut left open ("... all of this, \u201cIt's all on the table")."""
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    elif text.count("\u201d") > text.count("\u201c"):
        text = "\u201c" + text
    if text.count('"') % 2:
        text = '"' + text if text.endswith('"') else text + '"'
    if text.count("(") > text.count(")"):  # "... 90 million crowns ($9.26 million"
        text += ")"
    return text


def _tidy(text: str) -> str:
    text = _without_dateline(text.strip(_EDGE)).strip(_EDGE)
    joiner = _LEADING_JOINER.match(text)
    if joiner and not (joiner.group().strip().lower() == "as" and _role_after_as(text[joiner.end():])):
        text = text[joiner.end():]
    return _balance_quotes(text.strip(_EDGE))


def _role_after_as(rest: str) -> bool:
    """"As president, who is responsible ...": "as" names a role (no verb before the comma),
    it joins no clause ("as rescuers searched the rubble")."""
    head = rest.split(",", 1)[0].split()
    return len(head) <= 4 and not any(pos(w.lower()) in FINITE_TAGS for w in head)


def _without_dateline(text: str) -> str:
    """"GAZIANTEP, Turkey — The toll rose": a dateline opens the sentence, not the claim."""
    if not text[:3].isupper():
        return text
    tokens = tokenize(text)
    cut = dateline_end(tokens)
    return text if not cut else text[tokens[cut].start:] if cut < len(tokens) else ""


def _after_that(sentence: str, end: int) -> str | None:
    # "X said on Monday that CLAIM", "X told reporters that CLAIM" - but not "X said, an
    # indication that ...", where what follows "that" is someone's reading of the claim
    match = re.match(r"[^.;]{0,70}?\bthat\s+", sentence[end:])
    if not match or re.search(r",\s+(?:a|an|the)\s", match.group(), re.IGNORECASE):
        return None
    # "said there was not enough evidence to support the contention that ...": the clause is
    # the noun's, which the speaker weighs, not what the speaker says
    before = re.findall(r"[A-Za-z]+", match.group())
    if len(before) >= 2 and before[-2].lower() in CONTENT_NOUNS:
        return None
    return sentence[end + match.end():]


# "X [has] said [on Tuesday] CLAIM": a reporting verb that takes the claim straight after it
_LEADING_CUE = re.compile(r"\s+(?:(?:has|have|had|also)\s+){0,2}(?:said|says|added|adds|warned|warns|insisted|insists|noted|notes|explained|"
                          r"stated|claimed|claims|argued|argues)\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
                          r"friday|saturday|sunday|today|yesterday)\s+)?(?=[a-z])", re.IGNORECASE)


# "..., CBS correspondent David Martin reported.": a tag closing a claim that a source
# opened credits a second source (the outlet passing it on), not part of the claim
_TRAILING_TAG = re.compile(
    r",\s+(?:according\s+to\s+[^,.;]{1,80}|(?:[^,.;]{1,80}\s)?(?:" + "|".join(REPORTING_VERBS[:-1]) +
    r")(?:\s[^,.;]{0,40})?)[.\"\u201d\u2019']*\s*$", re.IGNORECASE)


# "... is 'imminent' when speaking at a press conference on Friday": how the source spoke,
# not part of what it said (not "the firm is talking to investors")
_SPEECH_EVENT = re.compile(r"(?:,\s+|\s+(?:when|while)\s+)(?:speaking|talking|appearing|testifying)\s+"
                           r"(?:to|at|on|in|with|during|before)\b[^.;]{0,80}[.\"\u201d\u2019']*\s*$", re.IGNORECASE)


def _without_trailing_tag(claim: str | None) -> str | None:
    return _SPEECH_EVENT.sub("", _TRAILING_TAG.sub("", claim)) if claim else claim


# "In a late-night press conference," "On Monday," "Speaking to reporters,": where or when,
# set before the source; it says nothing the source claims (bounded: linear)
_SCENE = re.compile(r"(?:In|At|On|During|After|Before|Later|Earlier|Speaking|Meanwhile|Afterwards)\b[^,;.!?\"\u201c]{0,60}")


def _after_leading_cue(sentence: str, start: int, end: int) -> str | None:
    """"Chairman X said fares would not rise.": the source opens the sentence and its
    reporting verb runs straight into the claim (no "that"); not "X said in a statement"."""
    lead = sentence[:start].strip()
    if lead.strip(_EDGE) and not (lead.endswith(",") and _SCENE.fullmatch(lead[:-1])):
        return None
    match = _LEADING_CUE.match(sentence[end:])
    if not match or re.match(r"(?:in|at|on|during|after|before|to|via|through)\b", sentence[end + match.end():]):
        return None
    return sentence[end + match.end():]


def _around_according(sentence: str, start: int, end: int) -> str | None:
    before = sentence[:start]
    if not re.search(r"\b(?:according\s+to|citing|per)\s+$", before, re.IGNORECASE):
        return None
    lead = re.sub(r"\b(?:according\s+to|citing|per)\s+$", "", before, flags=re.IGNORECASE)
    if word_count(lead) >= MIN_CLAIM_WORDS:  # "CLAIM, according to X[, who ...]."
        return lead
    rest = sentence[end:]
    comma = rest.find(",")  # "According to X, CLAIM."
    return rest[comma + 1:] if comma != -1 else None


def _before_trailing_source(sentence: str, start: int, end: int, cue: str) -> str | None:
    # "CLAIM, a senior official said Tuesday." - the source and its reporting verb make up
    # a short last clause (not "..., the manager, X, confirmed the attack")
    breaks = [m for m in _SEGMENT_BREAK.finditer(sentence) if m.end() <= start]
    # "CLAIM, the agency's manager, X, said.": X is an appositive to the title before it,
    # so the claim ends before the title ("On Wednesday, the manager, X, confirmed" has none)
    appositive = sentence[end:].lstrip().startswith(",")
    trailer = sentence[end:].strip(" ,").lower()
    cues = [c for c in (cue.lower().strip(), *REPORTING_VERBS) if c]
    if len(breaks) < 1 + appositive or word_count(trailer) > TRAILER_WORDS or not trailer.startswith(tuple(cues)):
        return None
    if re.match(r"[^,;]{0,40}?\bthat\b", trailer):
        return None  # "Following minutes of treatment, UEFA announced that ...": the claim is the "that" clause
    cue_used = next(c for c in cues if trailer.startswith(c))
    if any(pos(w) in FINITE_TAGS for w in re.findall(r"[a-z]+", trailer[len(cue_used):].split(",")[0])):
        return None  # "In a press conference, X said the fire had burned ...": the claim follows the cue
    head = sentence[:breaks[-1 - appositive].start()]
    # "The risk of employing the term, Ryan said, is 'if people give up'": a source set inside
    # the claim; the claim is both halves
    # (its verb goes on after the tag; not "..., an official said, an indication that ...")
    inside = re.match(r"\s*,?\s*(?:" + "|".join(map(re.escape, cues)) + r")\s*,\s+([a-z]+)", sentence[end:], re.IGNORECASE)
    if inside and not appositive and pos(inside.group(1).lower()) in FINITE_TAGS:
        return f"{head} {sentence[end + inside.start(1):]}"
    # '"The toll will rise" as rescuers searched the rubble, X told reporters': the speaker's
    # words are the quotation; what follows it is the writer's scene
    quoted = _OPENING_QUOTATION.match(head)
    return quoted.group(1) if quoted and re.search(r"[A-Za-z]", head[quoted.end():]) else head


# a quotation that opens the text, and where it closes
_OPENING_QUOTATION = re.compile(r'\s{0,3}[\"\u201c]([^\"\u201c\u201d]{8,400}?)[\"\u201d]')


def claim_without_source(sentence: str, source: str, span: tuple[int, int] | None = None, cue: str = "") -> str | None:
    """The part of `sentence` that states the claim, without the source phrase; None when
    no clean cut exists (a sentence with the source blanked out gives the answer away:
    "President ___ said he ..."), and for overlong sentences."""
    if len(sentence) > MAX_SENTENCE_CHARS:
        return None
    span = span or source_span(sentence, source)
    if span is None:
        return None
    start, end = span
    if re.search(r"\b(?:which|that|who|whom)\s+$", sentence[:start], re.IGNORECASE):
        return None  # "the cladding, which architect X said may have accelerated the blaze": X vouches for the clause only
    for cut in (_without_trailing_tag(_after_that(sentence, end)), _around_according(sentence, start, end),
                _before_trailing_source(sentence, start, end, cue),
                _without_trailing_tag(_after_leading_cue(sentence, start, end))):
        if not cut:
            continue
        claim = _tidy(cut)
        if word_count(claim) >= MIN_CLAIM_WORDS and not mostly_within(source, claim) \
                and not _RELATIVE_START.match(claim) and _has_verb(claim) and not _opens_with_verb(claim):
            return shorten(claim, MAX_CLAIM_WORDS)
    return None


def _opens_with_verb(claim: str) -> bool:
    """"is exactly what has been delivered today": a claim cut from its subject."""
    first = re.match(r"[a-z]+", claim)
    return bool(first) and pos(first.group()) in FINITE_TAGS


def _has_verb(claim: str) -> bool:
    """A claim states something: "In his resignation speech Wednesday" (the words before
    "Karamanlis said ...") does not."""
    # ("rolls", "matters": nouns by the tag list, verbs here; not "the hearing")
    return any(pos(w.lower()).startswith(("VB", "MD")) or (w.islower() and not w.endswith("ing")
                                                           and getAllLemmas(w, upos="VERB"))
               for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", claim))


# Words for what a speaker feels: said of oneself ("I'm so proud", "the best feeling of my
# life"), they report an emotion, not a fact a source could back.
FEELING_WORDS = frozenset("""
feel feeling feelings felt proud pride happy happiest delighted thrilled excited overjoyed ecstatic
sad saddened heartbroken devastated gutted disappointed upset angry furious grateful thankful
honoured honored blessed love loved emotional dream dreams incredible amazing unbelievable
hard difficult painful tough terrible awful
""".split())
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’]re|[Oo]ur|us)\b")


def own_feeling(claim: str) -> bool:
    """The claim tells how the speaker feels: first person and a word of feeling."""
    return bool(_FIRST_PERSON.search(claim)) and any(w.lower() in FEELING_WORDS
                                                      for w in re.findall(r"[A-Za-z]+", claim))
