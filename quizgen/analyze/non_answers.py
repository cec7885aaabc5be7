"""Non-answers: clauses where a source gave no answer ("declined to comment", "could not
be reached for comment", "did not respond to a request for comment").

The phrases are data (data/non_answers.txt, its header explains the notation); each line
compiles to one bounded regex (words and optional single slots joined by at most three
spaces: linear in the text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from quizgen.analyze.reporting import verb_forms
from quizgen.analyze.tokens import Token

_PATH = Path(__file__).with_name("data") / "non_answers.txt"
_AUX = "did does do has have had would could can will is are was were"
_NOT = ("(?:(?:" + "|".join(_AUX.split()) + r")\s{1,3}(?:not|never)|(?:"
        + "|".join(w + "n" for w in "did does do has have had would could is are was were".split())
        + r")['’]t|can['’]t|cannot|won['’]t|never)")
_DET = r"(?:\s{1,3}(?:a|an|the|our|his|her|their|its|multiple|several|repeated|two|three|numerous))?"
_GAP = r"\s{1,3}"
_ANCHOR = 4  # letters of a phrase's last word that must occur in a text before it is searched
_OUTCOME_REACH = 20  # characters before a phrase searched for its subject ("a deal could not ...")


def _word(word: str) -> str:
    if word.endswith("~"):
        forms = sorted({f for fs in verb_forms(word[:-1]).values() for f in fs}, key=len, reverse=True)
        return "|".join(re.escape(f) for f in forms)
    return re.escape(word)


def _slot(slot: str) -> str:
    """One slot as a regex that consumes its leading spaces itself."""
    if slot == "NOT":
        return _GAP + _NOT
    if slot == "DET":
        return _DET
    optional = slot.startswith("(") and slot.endswith(")")
    words = (slot[1:-1] if optional else slot).split("|")
    body = _GAP + "(?:" + "|".join(_word(w) for w in words) + ")"
    return f"(?:{body})?" if optional else body


def _all_lines() -> list[list[str]]:
    lines = [raw.split("#", 1)[0].strip() for raw in _PATH.read_text(encoding="utf-8").splitlines()]
    return [line.split() for line in lines if line]


def _lines() -> list[list[str]]:
    return [slots for slots in _all_lines() if slots[0] != "-"]


@lru_cache(maxsize=1)
def _outcome_before() -> re.Pattern[str]:
    """ "a deal could not be reached": a subject that makes the phrase an outcome."""
    words = [w for slots in _all_lines() if slots[0] == "-" for w in slots[1:]]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s{1,3}$")


@lru_cache(maxsize=2)
def _pattern(ignore_case: bool = False) -> re.Pattern[str]:
    """Matched against lower-cased text (about twice as fast as IGNORECASE), or with
    IGNORECASE where lower-casing would move offsets."""
    return re.compile(r"\b(?:" + "|".join(_line(slots) for slots in _lines()) + r")\b",
                      re.IGNORECASE if ignore_case else 0)


@lru_cache(maxsize=1)
def _anchors() -> tuple[str, ...]:
    """The first letters of each phrase's last required word ("comm", "reac", "requ"): a
    sentence with none of them holds no non-answer, and is not searched (speed)."""
    out = set()
    for slots in _lines():
        last = next(s for s in reversed(slots) if s not in ("NOT", "DET") and not s.startswith("("))
        out.update(word.rstrip("~")[:_ANCHOR] for word in last.split("|"))
    return tuple(sorted(out))


def _line(slots: list[str]) -> str:
    """The line's regex, its first slot without the leading spaces the other slots need."""
    first, rest = slots[0], slots[1:]
    lead = _NOT if first == "NOT" else "(?:" + "|".join(_word(w) for w in first.split("|")) + ")"
    return lead + "".join(_slot(slot) for slot in rest)


def non_answer_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-answer phrases in `text`."""
    low = text.lower()
    if not any(anchor in low for anchor in _anchors()):
        return []
    found = _pattern(ignore_case=True).finditer(text) if len(low) != len(text) else _pattern().finditer(low)
    outcome = _outcome_before()
    return [m.span() for m in found if not outcome.search(low, max(0, m.start() - _OUTCOME_REACH), m.start())]


def non_answer_tokens(tokens: list[Token], text: str, offset: int) -> list[tuple[int, int]]:
    """Token spans of the non-answers in `text` (a sentence starting at body `offset`)."""
    starts = [t.start for t in tokens]
    out = []
    for start, end in non_answer_spans(text):
        first, stop = bisect_left(starts, offset + start), bisect_left(starts, offset + end)
        if first < stop:
            out.append((first, stop))
    return out


# "X, who declined to comment on the record, said ...": the non-answer describes the source
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s{1,3}(?:[\w’'-]+\s{1,3})?$", re.IGNORECASE)


def reports_non_answer(clause: str) -> bool:
    """An attribution's clause reports a non-answer, not a claim ("a spokeswoman said the
    company does not comment on rumours"), unless a relative clause says it of the source."""
    return any(not _RELATIVE_BEFORE.search(clause[max(0, start - 40):start]) for start, _ in non_answer_spans(clause))
