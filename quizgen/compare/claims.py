"""Do two clauses make the same claim? Same named things, same predicate, same polarity.

Word overlap alone pairs neighbouring points: "the murder weapon has not been recovered"
and "DNA recovered at the house" share a verb; "the suspect is a graduate student at
Ridgeway State" and "a suspect in the killings of four Lakeside University students"
share a noun and a word of two different names. A clause's claim keeps what it says
apart from who says it (words of the source phrase are left out), its names apart
from its other content words, and whether it denies. A shared figure is evidence of one
point; a different one is no evidence against it (that is a number discrepancy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quizgen.compare.negation import negated
from quizgen.compare.text import Token

# Two clauses of one claim share at least one content word (not a name, not a figure:
# the predicate or its object) and this much evidence in all, where a shared content
# word counts one and a shared name or figure one (at most NAME_EVIDENCE in all).
MIN_SHARED_WORDS = 1
MIN_EVIDENCE = 3
NAME_EVIDENCE = 2
# Told in mostly the same words: this share of the shorter one's content words shared.
CLOSE_OVERLAP = 0.6
# A run of this many words, function words included, in both clauses is one more piece
# of evidence ("among men who have sex with men"): outlets that tell one point keep its
# wording. The run must hold two content words that are not names, so that a shared
# name ("the Supreme Court on") is not counted twice.
PHRASE_WORDS = 4
PHRASE_CONTENT = 2


# A past expectation or aim ("had predicted", "was intended to") is another point than
# the outcome: "the probe was intended to shorten the orbit by 73 seconds" / "the probe
# shortened the orbit by 32 minutes". "Was expected to" is left out: reported speech
# backshifts a present forecast into it ("an official said Moscow was expected to
# continue buying"), and a present hedge is a certainty difference.
PAST_EXPECTATION = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:intended|designed|meant|supposed)\s+to\b"
    r"|\bhad\s+(?:predicted|expected|hoped|anticipated|forecast|projected|planned|estimated)\b", re.IGNORECASE)


# "A disagreement on whether to declare an emergency" asks; it does not tell that one
# was declared; nor does "it was unclear how many accounts exceeded the limit".
ASKS = re.compile(r"\bwhether\b|\b(?:unsure|uncertain|unclear|not\s+clear|not\s+sure|unknown|not\s+known)\s+"
                  r"(?:of\s+|about\s+|as\s+to\s+)?(?:how|what|when|if|why|which|who|where)\b", re.IGNORECASE)

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
OPENING_DENIALS = frozenset({"neither", "no", "none", "nobody", "nothing", "never", "not"})


@dataclass(frozen=True)
class Claim:
    names: frozenset[str]  # keys of the named things the clause speaks of
    figures: frozenset[str]  # its figures ("#16000") and days ("@sunday"): shared, evidence of one point
    words: frozenset[str]  # keys of its other content words: the predicate and its objects
    denies: bool  # the clause denies something ("no warning", "has not been found")
    speakers: frozenset[str] = frozenset()  # names in its source phrase ("Mayor Lena Ortiz said")
    quotes: bool = False  # it quotes someone's words directly
    expected: bool = False  # it tells what was expected or planned, not what happened
    asks: bool = False  # it asks whether something is so ("a dispute over whether to declare")
    phrases: frozenset[tuple[str, ...]] = frozenset()  # its word runs that carry content (PHRASE_WORDS)


def claim_of(sentence: list[Token], clause: str, quotes: bool = False) -> Claim:
    """The claim of a clause: the named things and content words of its sentence (a
    clause often leaves its subject to the main one: "..., changing the orbit"), and
    whether the clause itself denies ("but the weapon was not found" denies, the rest
    of its sentence need not)."""
    return clause_claim(sentence_claim(sentence, quotes), clause)


def sentence_claim(sentence: list[Token], quotes: bool = False) -> Claim:
    """The parts of a claim every clause of `sentence` shares; computed once per sentence,
    so a run-on sentence of thousands of clauses stays linear."""
    said = [t for t in sentence if t.key and not t.in_source]
    # "Neither the asteroid nor the probe, ..., posed a threat": a sentence that opens
    # with a negation denies in every clause
    opens_denying = bool(sentence) and sentence[0].text.lower() in OPENING_DENIALS
    words = [t for t in said if not t.key.startswith("#")]
    # a full name is one named thing: "Oksana Belir" counts once, by its last word
    first_names = {t.key for t, after in zip(sentence, sentence[1:])
                   if t.is_name and after.is_name and after.start - t.end <= 1}
    # a day named ("until at least Sunday") is evidence of the point, as a figure is
    days = {"@" + t.text.lower() for t in sentence if not t.in_source and t.text.lower() in WEEKDAYS}
    return Claim(frozenset(t.key for t in words if t.is_name and t.key not in first_names),
                 frozenset(t.key for t in said if t.key.startswith("#")) | days,
                 frozenset(t.key for t in words if not t.is_name), opens_denying,
                 frozenset(t.key for t in sentence if t.key and t.in_source and t.is_name), quotes,
                 phrases=_phrases(sentence))


def _phrases(sentence: list[Token]) -> frozenset[tuple[str, ...]]:
    """Runs of PHRASE_WORDS words outside the source phrase that hold PHRASE_CONTENT
    content words other than names and figures."""
    out = set()
    for at in range(len(sentence) - PHRASE_WORDS + 1):
        run = sentence[at:at + PHRASE_WORDS]
        if any(t.in_source for t in run):
            continue
        if sum(1 for t in run if t.key and not t.is_name and not t.key.startswith("#")) >= PHRASE_CONTENT:
            out.add(tuple(t.text.lower() for t in run))
    return frozenset(out)


def clause_claim(base: Claim, clause: str) -> Claim:
    """`base` (its sentence's claim) with what the clause itself says: denial, expectation."""
    return replace(base, denies=base.denies or negated(clause), expected=bool(PAST_EXPECTATION.search(clause)),
                   asks=bool(ASKS.search(clause)))


def same_subject(a: Claim, b: Claim, evidence: int = MIN_EVIDENCE) -> bool:
    """Both speak of the same thing: a shared content word, and enough shared words and
    names besides (`evidence` pieces; MIN_EVIDENCE shared content words always do)."""
    words = len(_shared_words(a, b))
    names = min(NAME_EVIDENCE, len(a.names & b.names) + len(a.figures & b.figures))
    phrase = int(bool(a.phrases & b.phrases))
    return words >= MIN_SHARED_WORDS and (words + names + phrase >= evidence or words >= MIN_EVIDENCE)


def same_claim(a: Claim, b: Claim, evidence: int = MIN_EVIDENCE) -> bool:
    """Both clauses say the same thing of the same named things, with the same polarity,
    and are not the words of two different people."""
    return same_stance(a, b) and same_subject(a, b, evidence)


def same_stance(a: Claim, b: Claim) -> bool:
    """Neither denies or asks whether about what the other asserts, nor tells a past aim
    where the other tells the outcome, nor are they two people's words."""
    return a.denies == b.denies and a.expected == b.expected and a.asks == b.asks and not two_speakers(a, b)


def two_speakers(a: Claim, b: Claim) -> bool:
    """Both quote someone, and the people named as saying it differ: two people's
    words are two points, however alike ("the vote was a mistake", said Ortiz / Reyes)."""
    return a.quotes and b.quotes and bool(a.speakers) and bool(b.speakers) and not a.speakers & b.speakers


def overlap(a: Claim, b: Claim) -> float:
    """Share of the shorter claim's content words that the other also says (as a word
    or a name: a sentence's first word is never read as a name)."""
    fewer = min(len(a.words), len(b.words))
    return len(_shared_words(a, b)) / fewer if fewer else 0.0


def _shared_words(a: Claim, b: Claim) -> frozenset[str]:
    """Content words both say, as a word or a name (a sentence's first word is never
    read as a name: "Kessel voted" and "in Kessel")."""
    return (a.words & (b.words | b.names)) | ((a.words | a.names) & b.words)


def closely_same_claim(a: Claim, b: Claim) -> bool:
    """The same claim, told in mostly the same words: what a certainty or source
    difference is taught on. "He was linked to a move to Al Nadi as well as going back
    to Corvina" and "he said he wanted to go back to Corvina" share a fact's worth of
    words, but not this."""
    return same_claim(a, b) and overlap(a, b) >= CLOSE_OVERLAP
