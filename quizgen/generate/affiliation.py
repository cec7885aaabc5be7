"""A speaker and the body they speak for are no two sources: "Bruce Ames, vice chair of the
Harbor Board" makes "the Harbor Board" a second right answer to "who is the source?", and
"figures from the agency" is "the agency" once more."""

from __future__ import annotations

import re

from quizgen.generate.context import Context
from quizgen.generate.text import STOPWORDS, words

# how many words after a speaker's name an appositive may name their body ("Ann Li, the
# deputy director of the Kelso Port Authority"), and before it ("Port Authority chief Ann Li")
AFTER_NAME = 12
BEFORE_NAME = 6


def _core(source: str) -> list[str]:
    return [w for w in words(source) if w not in STOPWORDS]


def _acronym(source: str) -> str:
    capitals = [w[0] for w in re.findall(r"[A-Za-z][\w'-]*", source) if w[0].isupper()]
    return "".join(capitals).lower() if len(capitals) >= 2 else ""


def _named_among(name: str, pool: set[str] | frozenset[str]) -> bool:
    """Every content word of `name` (or its acronym) is among the `pool` of words."""
    theirs, acronym = _core(name), _acronym(name)
    return bool(theirs) and set(theirs) <= pool or bool(acronym) and acronym in pool


def _contains(outer: str, inner: str) -> bool:
    return _named_among(inner, set(words(outer)))


def _near_words(ctx: Context, head: str) -> frozenset[str]:
    """The words written just around `head` anywhere in the articles (memoised per head)."""
    memo = ctx.memo.setdefault("near_words", {})
    assert isinstance(memo, dict)
    if head not in memo:
        near: set[str] = set()
        for art in ctx.articles:
            for sent in art.sentences:
                tokens = words(sent.text)
                for at, token in enumerate(tokens):
                    if token == head:
                        near.update(tokens[max(0, at - BEFORE_NAME):at + AFTER_NAME + 1])
        memo[head] = frozenset(near)
    return memo[head]


def _introduced_with(ctx: Context, speaker: str, body: str) -> bool:
    core = _core(speaker)
    return bool(core) and _named_among(body, _near_words(ctx, core[-1]))


def affiliated(ctx: Context, a: str, b: str) -> bool:
    """One source's words hold the other ("the agency" / "figures from the agency"), or the
    articles name one right beside the other (a speaker and their employer)."""
    return _contains(a, b) or _contains(b, a) or _introduced_with(ctx, a, b) or _introduced_with(ctx, b, a)
