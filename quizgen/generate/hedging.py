"""Word lists that say how sure a sentence is: hedges, forecasts, and words a student could
defend as signalling doubt. Data, read by the unverified-claims and compare generators."""

from __future__ import annotations

import re

from quizgen.analyze.reporting import all_forms

# Real hedges: words that say the writer or source is not sure. A hedge question's answer
# must be one of these ("plans", "claims", "will" predict or report; they do not hedge).
HEDGE_WORDS = frozenset({
    "likely", "unlikely", "may", "might", "could", "reportedly", "allegedly", "apparently", "possibly",
    "probably", "perhaps", "seemingly", "appears", "appear", "appeared", "seems", "seem", "seemed", "believed",
    "believe", "believes", "expected", "anticipated", "suggests", "suggest", "suggested", "unconfirmed",
    "potentially", "rumored", "rumoured", "supposedly", "presumably", "maybe", "possible", "purportedly",
    "estimated", "unclear", "uncertain", "suspected", "thought", "understood",
})
# Also accepted as typed answers (a student who types "forecast" has seen the doubt), but
# never the answer itself: they predict rather than hedge.
FORECAST_WORDS = frozenset({"forecast", "forecasts", "predicted", "projected", "estimated", "expects"})
# Words that make a claim less than certain (hedges, modals, predictions, estimates).
# Sentences with none of them are the "solid" wrong options of sentence questions.
UNCERTAIN_WORDS = HEDGE_WORDS | frozenset({
    "would", "can", "should", "will", "shall", "expects", "expect", "anticipate", "potential", "estimate",
    "approximately", "roughly", "nearly", "around", "about", "plans", "planned", "plan", "set", "claimed",
    "claims", "alleged", "probable", "predicted", "forecast", "forecasts", "predict", "predicts", "projected",
    "projects", "projection", "projections",
})
# Words of doubt or vagueness that are not hedges of a claim ("there are fears", "somewhere
# near", "it remained unclear"): a student who names one has seen the doubt, so a typed
# hedge answer accepts them, and a sentence holding one is never a "states it as certain"
# wrong option.
DOUBT_WORDS = frozenset({
    "fear", "fears", "feared", "unclear", "uncertain", "unknown", "whether", "doubt", "doubts", "somewhere",
    "somehow", "sometime", "apparent", "suspect", "suspects", "speculation", "speculated", "rumor", "rumors",
    "rumour", "rumours", "chance", "possibility", "risk", "hope", "hopes", "hoped", "feel", "feels", "felt",
    "worry", "worries", "worried", "concern", "concerns", "concerned", "afraid", "anxious", "talk", "unsure",
    "think", "thinks", "guess", "suppose", "reckon",  # "I think we know there's going to be major impacts"
    # evidence that points without proving: "the auditor said it sees signs of criminal behaviour"
    "signs", "indication", "indications", "indicate", "indicates", "indicated", "hints", "hinted",
    # how someone looked beside "seemed": "Lee looked nervous, and he seemed to be amused"
    "looked", "looks", "appeared", "sounded",
    # a condition the claim hangs on: "If the bank insists on the damages, he could ...", "may
    # rise, depending on the appeal"; a rule's letter, not the facts: "technically allows"
    "if", "unless", "depending", "technically",
})
# Not knowing, said in more than one word: "I'm not sure how many of us are", "we don't know",
# "it remains to be seen", "there can be no assurance".
_NOT_KNOWING = re.compile(r"\b(?:not|n't|n’t)\s+(?:\w+ly\s+)?(?:sure|certain|clear|known)\b|\b(?:do|does|did)\s*(?:not|n't|n’t)\s+know\b"
                          r"|\bdon['’]t\s+know\b|\b(?:remains?|remained|remaining)\s+to\s+be\s+seen\b"
                          r"|\bno\s+(?:assurances?|guarantees?)\b", re.IGNORECASE)
# Hedge-list words that say something is not known rather than soften a claim ("it remained
# unclear what led the crowd to surge"): never the keyed hedge of a question.
UNKNOWN_WORDS = frozenset({"unclear", "uncertain"})
# Never a wrong option of "which word is the hedge?": besides uncertain words, words that
# report, doubt or weigh a claim ("reported", "not been confirmed"), which a student
# could defend as signalling uncertainty. Over-inclusion is the safe side.
NOT_WORD_OPTIONS = UNCERTAIN_WORDS | frozenset({
    "claim", "alleges", "allege", "estimates", "reported", "reports", "report", "confirmed", "confirm",
    "unverified", "verified", "according", "sources", "source", "suspect", "suspects", "assume", "assumed",
    "whether", "chance", "possibility", "risk", "hope", "hopes", "hoped", "aims", "intends", "intend",
    "scheduled", "rumor", "rumors", "rumour", "rumours", "speculation", "speculated", "guess", "unknown",
    "clear", "sure", "certain", "doubt", "doubts", "question", "questions", "questioned",
    "warn", "warns", "warned", "warning", "considered", "deemed", "regarded", "viewed",
    # how things look or how likely they are: "was looking increasingly unlikely", "the odds are minimal"
    "look", "looks", "looked", "looking", "seem", "seems", "seemed", "seeming", "odds", "minimal", "slim",
    "chances", "increasingly", "apparently", "seemingly",
    # not knowing: "We don't know if they are alive"
    "know", "knows", "knew", "known",
    # the word the question itself asks about ("the hedge fund Alameda"): never an option
    "hedge", "hedges", "hedged", "hedging",
    # words that limit how far a claim goes: "believed to have been mostly affected"
    "mostly", "largely", "partly", "partially", "mainly", "generally", "usually", "typically", "somewhat",
    "fairly", "relatively", "rather", "almost", "nearly", "virtually", "broadly", "arguably",
    # the halves of "at least" / "at most", and "officially", "supposedly"
    "least", "most", "officially", "supposedly",
}) | DOUBT_WORDS | all_forms(["resemble", "argue"])  # "appeared to resemble ...", "may argue that"
# A prediction's cue must speak of the future ("will", "is expected to", "plans to"); "intended
# to" or "it is not clear whether" describe aims or doubts, not what will happen.
FUTURE_WORDS = frozenset({
    "will", "would", "shall", "expected", "expects", "anticipated", "plans", "planned", "plan", "set", "going",
    "forecast", "forecasts", "predicted", "predicts", "projected", "scheduled", "likely", "could", "may",
    "might", "soon", "future", "next",
})


# Aims and arrangements in any tense ("intended to rest", "has pledged to rebuild"): about the
# future too, so never a wrong option of "which sentence is a prediction?"
INTENT_WORDS = all_forms(["intend", "aim", "hope", "promise", "pledge", "vow", "want", "seek", "plan", "schedule",
                          "prepare", "expect"]) | {"upcoming", "tomorrow"}


def tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+(?:'[a-z]+)?", text)


def uncertain_words(text: str) -> list[str]:
    # "in May": a capital "May" inside a sentence is the month
    return [t for n, t in enumerate(tokens(text)) if t.lower() in UNCERTAIN_WORDS and not (n and t == "May")]


# Wording that speaks of the future as such: "will", "is expected to", "plans to" after a
# subject (not "Musk's plans to back out" or "filed with plans to liquidate", a noun; not
# "was expected to", an old forecast).
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won't)\s+(?!not\b)\w|\w['\u2019]ll\b"
    r"|\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:expected|set|going|scheduled|due|slated|poised|likely)\s+to\b"
    r"|\b(?<!'s\s)(?<!the\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!their\s)(?<!our\s)(?<!with\s)(?<!no\s)"
    r"(?:plans|intends|aims)\s+to\b",
    re.IGNORECASE)


# A fixture, not a forecast: "Saint Petersburg will host four matches", "the final will be
# played on Sunday". Asking students to doubt a timetable teaches nothing.
_SCHEDULED = re.compile(r"\b(?:will|shall)\s+(?:host|hold|stage|be\s+(?:held|hosted|staged|played)|take\s+place|"
                        r"kick\s+off)\b"
                        # a sum awarded: "Heard will receive $2 million for her claims" (a verdict's outcome)
                        r"|\b(?:will|shall)\s+(?:receive|get|collect|be\s+(?:paid|awarded|owed))\s+(?:\w+\s+){0,3}?"
                        r"(?:[$£€]\s?\d|\d[\d,.]*\s+(?:million|billion|dollars|euros|pounds))", re.IGNORECASE)


def scheduled(text: str) -> bool:
    return bool(_SCHEDULED.search(text))


def speaks_of_future(text: str) -> bool:
    return bool(_FUTURE_CUE.search(text.replace("\u2019", "'")))



# A count left open ("at least 35 countries", "up to 40"): a student may fairly read it as uncertain.
_OPEN_COUNT = re.compile(r"\b(?:up\s+to|at\s+least)\b", re.IGNORECASE)


def doubt_words(text: str) -> list[str]:
    """Words of doubt or vagueness in a text, besides hedges ("fears", "somewhere"), and an open count."""
    found = [t.lower() for t in tokens(text) if t.lower() in DOUBT_WORDS]
    found += [" ".join(m.group().split()) for m in _NOT_KNOWING.finditer(text)]
    return found + [" ".join(m.group().lower().split()) for m in _OPEN_COUNT.finditer(text)]




# What each kind of hedge tells a reader, for explanations: "reportedly" passes on reports,
# it does not put a possibility ("allegedly" names an accusation; "appears" how things look).
_HEDGE_MEANINGS = (
    (frozenset({"allegedly", "alleged"}), "it marks an accusation that has not been proved"),
    (frozenset({"reportedly", "purportedly", "supposedly", "rumored", "rumoured"}),
     "the writer passes the claim on from reports or people it does not name, without confirming it"),
    # (White Island, r61: "Commissioner Timms said that tourists were believed to be involved": a
    # named speaker's belief, not unnamed reports)
    (frozenset({"believed", "thought", "understood"}),
     "it tells what someone believes or has been told, not what has been checked"),
    (frozenset({"apparently", "seemingly", "appears", "appear", "appeared", "seems", "seem", "seemed"}),
     "it tells how things look, not what has been checked"),
    (frozenset({"expected", "anticipated", "estimated", "forecast", "forecasts", "predicted", "projected",
                "expects"}),
     "it gives an expectation or an estimate, what someone thinks will happen or how many there may be, "
     "not a settled fact"),
    (frozenset({"suggests", "suggest", "suggested"}), "it points towards a conclusion without stating it"),
    (frozenset({"unconfirmed", "unclear", "uncertain"}), "it says outright that the point is not settled"),
    (frozenset({"suspected"}), "it is a suspicion, not something proved"),
)


def hedge_meaning(cue: str) -> str:
    """What the hedge word `cue` tells the reader, as a clause for an explanation."""
    low = cue.lower()
    return next((meaning for words, meaning in _HEDGE_MEANINGS if low in words),
                "the claim is put as a possibility, not stated as a confirmed fact")
