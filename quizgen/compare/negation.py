"""Does a clause deny something? "received no warning" denies, "has not been
confirmed" only hedges. A claim and its denial are never one point told two ways."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.analyze.hedges import HEDGE

NEGATIONS = frozenset({"no", "not", "never", "neither", "nor", "none", "nobody", "nothing", "without", "cannot"})
_NEGATION = re.compile(r"\b(?:" + "|".join(sorted(NEGATIONS)) + r")\b|n['’]t\b", re.IGNORECASE)


# Negations about the reporting, not the claim: "has not been confirmed", "spoke on
# condition of anonymity because they were not authorized", "did not respond".
NOT_DENIALS = re.compile(
    r"\b(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:immediately\s+)?(?:confirm|verif|authori[sz]|name|identif|"
    r"respond|comment|disclos|say|said|return|reply|repl)\w*", re.IGNORECASE)


# "not only ... but also" and "not just" add a point; they deny nothing.
NOT_ONLY = re.compile(r"(?:\bnot|n['’]t)\s+(?:only|just|merely|simply)\b", re.IGNORECASE)


# An aside denies nothing of the clause around it: "Two other roommates — who police said are
# not suspects — survived", "(not his real name)", ", who was not hurt,". Bounded, so linear.
ASIDE = re.compile(r"\s[\u2014\u2013]\s?[^\u2014\u2013]{1,160}?\s?[\u2014\u2013]\s|\s--\s.{1,160}?\s--\s"
                   r"|\([^()]{1,160}\)|,\s+(?:who|which)\s[^,;]{1,160},")


@lru_cache(maxsize=4096)  # asked of every pair of a fact's clauses: once per clause is enough
def negated(text: str) -> bool:
    """The clause denies something; "not been confirmed" is a hedge, not a denial."""
    told = ASIDE.sub(" ", HEDGE.sub(" ", text))
    return bool(_NEGATION.search(NOT_ONLY.sub(" ", NOT_DENIALS.sub(" ", told))))
