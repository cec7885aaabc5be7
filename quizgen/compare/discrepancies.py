"""Discrepancies: the same fact reported differently by different articles.

Each fact's mentions are compared on four things, each giving its own kind:
- number (module `numbers`): the same quantity with another figure or qualifier;
- certainty: stated as fact in one article, hedged in another, or hedged differently;
- source: the sentences rest on different kinds of source (anonymous vs document);
- wording: one article strengthens or weakens the point ("numerous failures" vs "some
  technical problems") or quantifies it differently ("millions of" vs "bulk quantity").
`details` maps article id -> the differing number, cue, source or phrase, so a quiz can
quote exactly what differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.analyze.hedges import FORECAST, HEDGE, MAY_MODAL
from quizgen.compare.facts import FactGroup
from quizgen.compare.numbers import number_discrepancies
from quizgen.compare.text import normalize, word_key
from quizgen.models import ArticleAnalysis, Discrepancy, Mention

STATED = "stated as fact"

# How strongly a phrase states a point. Generic intensity and quantity words only.
STRONG_WORDS = frozenset("""
numerous countless massive huge enormous vast major severe severely serious seriously significant
significantly staggering dramatic dramatically drastic drastically widespread overwhelming
overwhelmingly extensive extensively critical critically heavy heavily sharp sharply rapid rapidly
millions thousands hundreds dozens bulk unprecedented intense devastating catastrophic crippling
strongly sweeping substantial substantially tremendous immense
""".split())
WEAK_WORDS = frozenset("""
some few minor slight slightly limited modest modestly small several partial partially moderate
moderately occasional marginal marginally
""".split())
# Words that say how much of something: a different one on the same noun is a wording change.
QUANTITY_WORDS = frozenset("""
millions thousands hundreds dozens bulk numerous many some few several countless
quantity quantities amount amounts number lot lots plenty
""".split())


@dataclass(frozen=True)
class Strength:
    word: str
    level: str  # "strong" | "weak" | "quantity"
    phrase: str
    targets: frozenset[str]  # feature keys of the (up to two) words it modifies


def _clause(analyses: list[ArticleAnalysis], group: FactGroup, i: int) -> tuple[Mention, str]:
    ref = group.refs[i]
    text = analyses[ref.article].sentences[ref.sentence].text
    start, end = ref.span
    return group.fact.mentions[i], (text[start:end] if end > start else text)


# --- certainty ------------------------------------------------------------------------

def hedge_cue(text: str) -> str | None:
    """The first word or phrase that hedges the clause, or None when it is stated."""
    found = [m for rx in (HEDGE, FORECAST, MAY_MODAL) for m in [rx.search(text)] if m]
    if not found:
        return None
    return min(found, key=lambda m: m.start()).group().lower()


def _certainty_difference(clauses: list[tuple[Mention, str]]) -> tuple[list[Mention], dict[str, str]] | None:
    cues = {m.article: (hedge_cue(text) or STATED) for m, text in clauses}
    if len(set(cues.values())) < 2 or all(c == STATED for c in cues.values()):
        return None
    return [m for m, _ in clauses], cues


# --- source ---------------------------------------------------------------------------

def _source_difference(analyses: list[ArticleAnalysis], clauses: list[tuple[Mention, str]]
                       ) -> tuple[list[Mention], dict[str, str]] | None:
    by_id = {a.article.id: a for a in analyses}
    sourced: list[tuple[Mention, frozenset[str], str]] = []
    for mention, _ in clauses:
        atts = [x for x in by_id[mention.article].attributions if x.sentence == mention.sentence]
        if atts:
            types = frozenset(x.source_type for x in atts)
            label = "; ".join(f"{x.source} ({x.source_type.replace('_', ' ')})" for x in atts)
            sourced.append((mention, types, label))
    if len(sourced) < 2 or len({types for _, types, _ in sourced}) < 2:
        return None
    return [m for m, _, _ in sourced], {m.article: label for m, _, label in sourced}


# --- wording --------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def strength_words(text: str) -> list[Strength]:
    """Intensity and quantity words, each with the content words it modifies."""
    text = normalize(text)
    words = list(_WORD.finditer(text))
    out = []
    for i, m in enumerate(words):
        lower = m.group().lower()
        level = ("quantity" if lower in QUANTITY_WORDS and lower not in STRONG_WORDS | WEAK_WORDS
                 else "strong" if lower in STRONG_WORDS else "weak" if lower in WEAK_WORDS else "")
        if not level:
            continue
        following = words[i + 1:i + 5]
        keys = [word_key(w.group()) for w in following if w.group().lower() not in QUANTITY_WORDS]
        end = following[min(2, len(following) - 1)].end() if following else m.end()
        out.append(Strength(lower, level, text[m.start():end], frozenset([k for k in keys if k][:2])))
    return out


def _wording_difference(clauses: list[tuple[Mention, str]]) -> tuple[list[Mention], dict[str, str]] | None:
    """The same thing said more or less strongly, or quantified with other words.

    Only words that modify the same thing count: "numerous failures" vs "some technical
    problems" (failure ~ problem), "millions of rockets" vs "bulk quantity of rockets".
    """
    by_target: dict[str, dict[str, Strength]] = {}
    for mention, text in clauses:
        for hit in strength_words(text):
            for target in hit.targets:
                by_target.setdefault(target, {}).setdefault(mention.article, hit)
    for target in sorted(by_target):
        per_article = by_target[target]
        levels = {hit.level for hit in per_article.values()}
        graded = {"strong", "weak"} <= levels
        requantified = levels <= {"strong", "quantity"} and len({hit.word for hit in per_article.values()}) >= 2
        if len(per_article) >= 2 and (graded or requantified):
            chosen = [m for m, _ in clauses if m.article in per_article]
            return chosen, {a: hit.phrase for a, hit in per_article.items()}
    return None


def find_discrepancies(analyses: list[ArticleAnalysis], groups: list[FactGroup],
                       sentence_weights: list[list[dict[str, float]]]) -> list[Discrepancy]:
    """Figures that differ (by unit, across all sentences), then the differences found
    in each fact; numbered d1, d2, ..."""
    out: list[Discrepancy] = [Discrepancy(f"d{n}", topic, "number", versions, details) for n, (versions, details, topic)
                              in enumerate(number_discrepancies(analyses, sentence_weights), start=1)]
    for group in groups:
        clauses = [_clause(analyses, group, i) for i in range(len(group.refs))]
        checks = (("certainty", _certainty_difference(clauses)),
                  ("source", _source_difference(analyses, clauses)), ("wording", _wording_difference(clauses)))
        for kind, found in checks:
            if found is None:
                continue
            versions, details = found
            if len(versions) < 2:
                continue
            out.append(Discrepancy(f"d{len(out) + 1}", group.fact.summary, kind, versions, details))
    return out
