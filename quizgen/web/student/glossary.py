"""Plain words for students: the media-literacy terms a 14-year-old may not know, each
explained in one line where it first appears on a page.

`Glossary` lives for one page render: the first use of a term gets a <dfn> and a short
parenthesis; later uses, and uses the text already explains (the generated questions
often say "a hedge, a word that ..."), stay as they are. Text is escaped piece by piece,
so untrusted article words can never become markup.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

EXPLAINED_TEXTS = 4096  # (text, terms seen before it) pairs remembered per process
# term -> (the forms a student meets, the one-line explanation)
TERMS: dict[str, tuple[str, str]] = {
    "source": (r"sources?", "a source is the person, group or document the information comes from"),
    "cue": (r"cues?", "a cue is the word that ties a claim to its source, like “said” or “according to”"),
    "hedge": (r"hedg(?:e|es|ed|ing)", "a hedge is a word that makes a claim less certain, like “likely” or “may”"),
    "attribution": (r"attributions?", "an attribution tells you who a claim comes from"),
    "unverified": (r"unverified", "unverified means nobody has checked or confirmed it yet"),
    "anonymous": (r"anonymous", "anonymous means the source is not named"),
    "outlet": (r"outlets?", "an outlet is a newspaper, website or channel that publishes news"),
    "coverage": (r"coverage", "coverage is how the news reports a story"),
}
_FORMS = re.compile(r"\b(?:" + "|".join(f"(?P<{term}>{forms})" for term, (forms, _) in TERMS.items()) + r")\b",
                    re.IGNORECASE)
# right after a term: it is being explained already ("a hedge, a word that", "the cue “said”,
# the word that", "sources (who ...)", "a cue is the word", "anonymous sources, that is")
_EXPLAINED_AFTER = re.compile(r"(?:\s*[“‘\"'][^”’\"']{1,40}[”’\"'])?(?:\s*\(|,\s+(?:a|an|the|that is)\b|"
                              r"\s+(?:is|means)\s+(?:a|an|the)\b|\s+\w+,\s+that is\b)")
# "the outlet's name", "the outlets' articles": a parenthesis there would split the possessive,
# so a later use explains
_POSSESSIVE = re.compile(r"['’](?:s\b)?")


class _Depth:
    """How many parentheses and “quotations” are open at a position; positions only grow,
    so one pass over the text answers every match (linear in the text)."""

    def __init__(self, text: str) -> None:
        self.text, self.position, self.parens, self.quotes = text, 0, 0, 0

    def at(self, position: int) -> tuple[int, int]:
        part = self.text[self.position:position]
        self.parens += part.count("(") - part.count(")")
        self.quotes += part.count("“") - part.count("”")
        self.position = position
        return self.parens, self.quotes


class Glossary:
    """The terms one page has explained so far (templates: `{% set words = glossary() %}`)."""

    def __init__(self) -> None:
        self.seen: frozenset[str] = frozenset()

    def explain(self, text: str | None) -> Markup:
        html, self.seen = _explain(text or "", self.seen)
        return html


@lru_cache(maxsize=EXPLAINED_TEXTS, typed=True)  # typed: a Markup text is not escaped, an equal str is
def _explain(text: str, seen: frozenset[str]) -> tuple[Markup, frozenset[str]]:
    """`text` with the terms not in `seen` explained, and the terms seen after it. Pages show
    the same quiz texts in the same order to every student: each is worked out once per process."""
    now_seen = set(seen)
    depth = _Depth(text)
    out: list[str] = []
    done = 0
    for match in _FORMS.finditer(text):
        term = match.lastgroup or ""
        parens, quotes = depth.at(match.start())
        if term in now_seen or quotes > 0 or _POSSESSIVE.match(text, match.end()):
            continue  # article words in “quotes” stay as written
        now_seen.add(term)
        if parens > 0 or _EXPLAINED_AFTER.match(text, match.end()):
            continue
        out += [escape(text[done:match.start()]), Markup("<dfn>%s</dfn> <span class=\"gloss\">(%s)</span>")
                % (match.group(), TERMS[term][1])]
        done = match.end()
    out.append(escape(text[done:]))
    return Markup("").join(out), frozenset(now_seen)
