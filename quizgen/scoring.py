"""Score one response to one quiz question (pure; used by the web app and exports).

Responses use the same shapes as `Question.answer` (see quizgen.models.Question):
a list of choice ids, a list of [left, right] pairs for matching, ids in order for
ordering, or a list holding one string for short answers and open responses.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from quizgen.models import Question
from quizgen.outlets import canonical_outlet, is_acronym_of, outlet_core, outlet_key

_PUNCT_OR_SPACE = re.compile(r"[\W_]+", re.UNICODE)


def normalize_text(text: str) -> str:
    """Compare free text loosely: case, accents' composition, spacing and punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _PUNCT_OR_SPACE.sub(" ", folded).strip()


def _pairs(value: Any) -> set[tuple[str, str]]:
    return {(str(p[0]), str(p[1])) for p in value if isinstance(p, (list, tuple)) and len(p) == 2}


def is_correct(question: Question, response: list[Any]) -> bool | None:
    """True/False for auto-gradable types; None for open responses (a teacher grades them)."""
    kind = question.type
    if kind == "open_response":
        return None
    if kind in ("multiple_choice", "true_false"):
        return len(response) == 1 and [str(response[0])] == [str(a) for a in question.answer[:1]]
    if kind == "multiple_select":
        return {str(r) for r in response} == {str(a) for a in question.answer}
    if kind == "matching":
        expected = _pairs(question.answer)
        return bool(expected) and _pairs(response) == expected
    if kind == "ordering":
        return [str(r) for r in response] == [str(a) for a in question.answer]
    if kind == "short_answer":
        given = str(response[0]) if response else ""
        return bool(normalize_text(given)) and any(same_answer(given, str(a)) for a in question.answer)
    return False


# Words around a short answer that a teacher would not hold against a student
# ("expected to" for "expected", "the AP" for "AP").
_EDGE_WORDS = frozenset("the a an to is are was were be".split())


def _core(text: str) -> str:
    words = normalize_text(text).split()
    while len(words) > 1 and words[0] in _EDGE_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1] in _EDGE_WORDS:
        words.pop()
    return " ".join(words)


def same_answer(given: str, accepted: str) -> bool:
    """A typed answer as a teacher would grade it: case, spacing, punctuation and edge words
    ("the", "to") do not count, and an outlet's other names do ("AP" / "The Associated Press",
    "NBC" / "NBC News", "TechTimes" / "Tech Times"), and a body's initials for its name."""
    core = _core(given)
    if not core:
        return False
    if core == _core(accepted) or outlet_key(given) == outlet_key(accepted):
        return True
    # "Xinhua" / "Xinhua News Agency": the name without the words for the kind of outlet
    if _core(outlet_core(given) or given) == _core(outlet_core(accepted) or accepted):
        return True
    # a body written as its initials ("USGS" / "U.S. Geological Survey", "the FAA")
    if is_acronym_of(given, accepted) or is_acronym_of(accepted, given):
        return True
    known = canonical_outlet(given.strip())
    return known is not None and known == canonical_outlet(accepted.strip())
