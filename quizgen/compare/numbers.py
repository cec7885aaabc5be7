"""Number discrepancies: the same measured thing given with another figure or qualifier.

Figures (module `figures`) are indexed by counted noun and measure, so only figures
with a common unit are ever compared (cost near-linear). Two figures from different
articles are the same quantity when they measure the same thing of the same place or
group, their sentences share context (cosine of IDF-weighted words) and the values are
near: "820 vs 1,000 dead" is a disagreement, "10 vs 32 minutes" two quantities
(expected vs measured). A rounding or qualifier difference is named as such.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from dataclasses import dataclass

from quizgen.compare.figures import CURRENCY_KEY, Figure, figures
from quizgen.compare.measures import MEASURE_WORDS, QUALIFIER_OF, TOLL_MEASURES
from quizgen.compare.text import normalize, word_key
from quizgen.models import ArticleAnalysis, Mention

# Two reports of one quantity rarely differ by more than this factor...
MAX_RATIO = 2.5
# ...except a toll (deaths, injured, displaced), which grows as days pass.
TOLL_RATIO = 10.0
# Sentences must share this much context (cosine, numbers left out) to be compared.
CONTEXT_THRESHOLD = 0.12

def context_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sentences' weighted words, numbers left out (they are what differs)."""
    dot = sum(w * b[k] for k, w in a.items() if k in b and not k.startswith("#"))
    na = math.sqrt(sum(w * w for k, w in a.items() if not k.startswith("#")))
    nb = math.sqrt(sum(w * w for k, w in b.items() if not k.startswith("#")))
    return dot / (na * nb) if na and nb else 0.0


# Words that name a measure rather than the thing measured ("dead", "magnitude"), and
# "people": they never tell two counts apart. Events ("earthquake", "aftershock") do.
_MEASURE_KEYS = frozenset(word_key(w) for m, words in MEASURE_WORDS.items() if m != "magnitude" for w in words
                          ) | {word_key("people"), word_key("magnitude"), word_key("richter")}


def _counted(figure: Figure) -> frozenset[str]:
    """The counted nouns that tell apart two things of one measure: not the measure's own
    words ("dead", "magnitude") nor "people"."""
    return frozenset(n for n in figure.nouns if n not in _MEASURE_KEYS)


CASUALTY_MEASURES = frozenset({"deaths", "injured", "missing"})


def _currencies(figure: Figure) -> frozenset[str]:
    return frozenset(u for u in figure.units if u.startswith(CURRENCY_KEY))


def same_quantity(a: Figure, b: Figure) -> bool:
    """The two figures can be readings of one measured thing: the same measure (when the
    words say), the same place or group, and values near enough (a toll may grow
    several-fold as days pass; other figures hardly). Only figures that share a counted
    noun or measure are ever paired (`_components` indexes them so)."""
    if a.measure and b.measure and a.measure != b.measure:
        return False
    money_a, money_b = _currencies(a), _currencies(b)
    if money_a and money_b and not money_a & money_b:
        return False  # "50 billion euros" / "$69 billion": one sum and its conversion, or two sums
    if bool(a.measure) != bool(b.measure) and {a.measure, b.measure} & CASUALTY_MEASURES:
        # "four people" may be dead, missing or rescued: no casualty count to set beside
        # "two missing" ("1,200 residents" / "2,000 residents fled" may still be one count:
        # leaving home has too many wordings to demand one)
        return False
    if a.measure and a.measure == b.measure:
        # "a 7.8 earthquake" and "a 6.7 aftershock" are two things of one measure
        mine, theirs = _counted(a), _counted(b)
        if mine and theirs and not mine & theirs:
            return False
    if a.added != b.added:
        return False  # "four more fatalities" adds to a toll; it is not the toll
    if a.whole != b.whole:
        return False  # a whole and one of its parts: "the combined company" vs one firm
    if a.role and b.role and a.role != b.role and not a.role.startswith("=") and not b.role.startswith("="):
        # "110,000 people affected" / "160,000 residents served" (a role that is a
        # measure, "=displaced", is judged by the measure: "ordered out" may be one)
        return False
    if a.direction[0] and a.direction[0] == b.direction[0] and a.direction != b.direction:
        return False  # "174 voted against" / "117 voted for"
    if a.scope and b.scope and (not a.scope & b.scope or ((a.combined or b.combined) and a.scope != b.scope)):
        return False
    if a.value == b.value:
        return True
    low, high = sorted((a.value, b.value))
    limit = TOLL_RATIO if a.measure in TOLL_MEASURES and a.measure == b.measure else MAX_RATIO
    return low > 0 and high / low <= limit


@dataclass
class _Record:
    article: int
    sentence: int
    figure: Figure


# A thing counted only this often ("tips"), with figures this near, is one count even
# in sentences that share little else ("about 19,000 tips" / "over 19,000 tips").
RARE_UNIT_RECORDS = 4
NEAR_RATIO = 1.25
RARE_CONTEXT_THRESHOLD = 0.05


def _near(a: Figure, b: Figure) -> bool:
    low, high = sorted((a.value, b.value))
    return low > 0 and high / low <= NEAR_RATIO


# A unit counted this often is too generic ("people" in a census story) to compare by.
MAX_UNIT_RECORDS = 60


def _components(records: list[_Record], sentence_weights: list[list[dict[str, float]]]) -> list[list[int]]:
    """Figures of different articles that share a unit and read as one quantity.

    Pairs are merged best context first, and only while every figure of the merged
    group stays within MAX_RATIO of every other (10, 23 and 55 minutes never chain).
    """
    by_unit: dict[str, list[int]] = {}
    for n, record in enumerate(records):
        for unit in record.figure.units:
            by_unit.setdefault(unit, []).append(n)
    pairs: list[tuple[float, int, int]] = []
    for unit in sorted(by_unit):
        members = by_unit[unit]
        if len(members) > MAX_UNIT_RECORDS:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = records[i], records[j]
                if a.article == b.article or not same_quantity(a.figure, b.figure):
                    continue
                context = context_similarity(sentence_weights[a.article][a.sentence], sentence_weights[b.article][b.sentence])
                rare = len(members) <= RARE_UNIT_RECORDS and _near(a.figure, b.figure)
                if context >= (RARE_CONTEXT_THRESHOLD if rare else CONTEXT_THRESHOLD):
                    pairs.append((context, i, j))
    group_of = {n: [n] for n in range(len(records))}
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        gi, gj = group_of[i], group_of[j]
        if gi is gj or not all(same_quantity(records[x].figure, records[y].figure) for x in gi for y in gj):
            continue
        merged = gi + gj
        for n in merged:
            group_of[n] = merged
    unique = {id(g): g for g in group_of.values() if len(g) >= 2}
    return [sorted(g) for g in unique.values()]


def number_discrepancies(analyses: list[ArticleAnalysis], sentence_weights: list[list[dict[str, float]]]
                         ) -> list[tuple[list[Mention], dict[str, str], str, str]]:
    """(versions, details, topic, difference) for each quantity the articles give
    different figures for; difference is CONFLICT, ROUNDING or QUALIFIER."""
    records = [_Record(a, i, figure) for a, analysis in enumerate(analyses)
               for i, sentence in enumerate(analysis.sentences) for figure in figures(sentence.text)]
    found = []
    for component in _components(records, sentence_weights):
        group = [records[n] for n in component]
        # the version shown for an article (listed first): its own figure if it differs
        # from every other article's (not one it quotes from them), else the figure whose
        # sentence best matches the others'; other sentences of the group follow
        ranked = sorted(group, key=lambda r, g=group: (not _own(r, g), -_fit(r, g, sentence_weights),
                                                       r.article, r.sentence))
        chosen: dict[int, _Record] = {}
        for r in ranked:
            chosen.setdefault(r.article, r)
        if len({_reading(r) for r in chosen.values()}) < 2 or _told_together(chosen.values(), records):
            continue
        difference = kind_of_difference([r.figure for r in chosen.values()])
        versions, details = [], {}
        for r in sorted(chosen.values(), key=lambda r: r.article) + ranked:
            sent = analyses[r.article].sentences[r.sentence]
            article_id = analyses[r.article].article.id
            if all(v.sentence != sent.id for v in versions):
                versions.append(Mention(article_id, sent.id, sent.text))
            details.setdefault(article_id, r.figure.phrase)
        topic = "how many: " + " vs. ".join(details.values())
        if difference != CONFLICT:
            topic += f" (a {difference} difference, not a conflict)"
        topic += _behind(analyses, sorted(chosen.values(), key=lambda r: r.article))
        found.append((versions, details, topic, difference))
    return found


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# When a figure was given: "as of Thursday", "by Tuesday night", else the day named.
_AS_OF = re.compile(rf"\b(?:as of|as at|by|on|since)\s+(?:late\s+|early\s+)?({_WEEKDAY}(?:\s+(?:morning|afternoon|"
                    r"evening|night))?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b")


def _behind(analyses: list[ArticleAnalysis], records: list[_Record]) -> str:
    """Who gave each figure and when, where the articles say and it differs:
    " (given by the health ministry; the Red Crescent; as of Tuesday; Thursday)"."""
    sources, times = [], []
    for r in records:
        sentence = analyses[r.article].sentences[r.sentence]
        sources += [a.source for a in analyses[r.article].attributions if a.sentence == sentence.id][:1]
        times += [m.group(1) for m in _AS_OF.finditer(normalize(sentence.text))][:1]
    parts = []
    if len({s.lower() for s in sources}) >= 2:
        parts.append("given by " + "; ".join(dict.fromkeys(sources)))
    if len(set(times)) >= 2:
        parts.append("as of " + "; ".join(dict.fromkeys(times)))
    return f" ({', '.join(parts)})" if parts else ""


def _reading(record: _Record) -> tuple[str, float]:
    """What a figure claims: "about 90" and "90" claim the same; "over 90" does not."""
    group = QUALIFIER_OF.get(record.figure.qualifier, "")
    return ("" if group == "approximate" else group), record.figure.value


def _told_together(chosen, records: list[_Record]) -> bool:
    """One sentence gives every value of the group ("174 voted against her, 117 for"):
    its figures are two quantities, not a conflict with itself."""
    values = {r.figure.value for r in chosen}
    in_sentence: dict[tuple[int, int], set[float]] = {}
    for r in records:
        in_sentence.setdefault((r.article, r.sentence), set()).add(r.figure.value)
    return len(values) >= 2 and any(values <= in_sentence[(r.article, r.sentence)] for r in chosen)


CONFLICT, ROUNDING, QUALIFIER = "conflict", "rounding", "qualifier"
# Values this close, one of them "about", are one figure rounded two ways.
ROUNDING_RATIO = 1.1
# How far from its value an "about" figure may be, either way, read as a range.
APPROXIMATE_SPREAD = 1.05


def _range(figure: Figure) -> tuple[float, float]:
    """The values a figure allows: "more than 380" any above 380, "at least 381" 381
    and above, "nearly 400" a little below 400, "about 400" a little either side."""
    group = QUALIFIER_OF.get(figure.qualifier, "")
    v = figure.value
    if group == "approximate":
        return v / APPROXIMATE_SPREAD, v * APPROXIMATE_SPREAD
    if group == "floor":
        return v, math.inf
    if group == "near below":
        return v / ROUNDING_RATIO, v
    if group in ("ceiling", "as few as"):
        return (0.0, v) if group == "ceiling" else (v, math.inf)
    return v, v


def consistent(figures_: list[Figure]) -> bool:
    """Every figure's range meets every other's: "at least 381" and "more than 380",
    "about a week" and "at least seven days" can all be true at once."""
    ranges = [_range(f) for f in figures_]
    return max(low for low, _ in ranges) <= min(high for _, high in ranges)


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounded(figures_: list[Figure]) -> bool:
    """Two figures of which one is the other rounded to its own precision ("$55.8 billion" /
    "$56 billion", "$179,364,992" / "$179.4 million"): one figure told less exactly."""
    written = []  # (precision of the last written digit, written number, multiplier)
    for f in figures_:
        found = _WRITTEN_NUMBER.search(f.phrase)
        if not found:
            return False
        number = Decimal(found.group().replace(",", ""))
        if not number.is_finite() or not number or number > Decimal("1e15"):
            return False
        multiplier = Decimal(repr(f.value)) / number
        written.append((multiplier.scaleb(-len(found.group(1) or "")), number, multiplier))
    if len({w[1] * w[2] for w in written}) != 2:
        return False
    fine, coarse = sorted(written)[0], sorted(written)[-1]
    if fine[0] >= coarse[0]:
        return False  # as exact as each other: two figures, not one rounded
    # rounded half up or half to even ("$5.65 million" is "$5.6 million" to a banker)
    exact, unit = fine[1] * fine[2] / coarse[2], Decimal(1).scaleb(coarse[0].adjusted() - coarse[2].adjusted())
    return any(exact.quantize(unit, rounding=way) == coarse[1] for way in (ROUND_HALF_UP, ROUND_HALF_EVEN))


def kind_of_difference(figures_: list[Figure]) -> str:
    """QUALIFIER: one value, other qualifiers ("about 19,000" / "over 19,000"), or near
    values whose ranges can all be true ("at least 381" / "more than 380");
    ROUNDING: near values, some approximate ("about 19,000" / "some 20,000");
    CONFLICT: the figures disagree."""
    values = [f.value for f in figures_]
    if len(set(values)) == 1:
        return QUALIFIER
    low, high = min(values), max(values)
    approximate = any(QUALIFIER_OF.get(f.qualifier) == "approximate" for f in figures_)
    if (approximate or _rounded(figures_)) and low > 0 and high / low <= ROUNDING_RATIO:
        return ROUNDING
    # "at least 26" / "at least 37" can both hold, but they are two counts (taken at different
    # times, from different sources), not one figure framed two ways
    near = low > 0 and high / low <= ROUNDING_RATIO
    # ...while "more than two weeks" / "18 days" is one exact figure and a bound that allows it
    exact = {f.value for f in figures_ if not QUALIFIER_OF.get(f.qualifier)}
    bound_and_exact = len(exact) == 1 and len(exact) < len(figures_)
    return QUALIFIER if (near or bound_and_exact) and consistent(figures_) else CONFLICT


def _own(record: _Record, group: list[_Record]) -> bool:
    """The figure differs from every other article's (it is not one quoted from them)."""
    return all(_reading(record) != _reading(o) for o in group if o.article != record.article)


def _fit(record: _Record, group: list[_Record], sentence_weights: list[list[dict[str, float]]]) -> float:
    mine = sentence_weights[record.article][record.sentence]
    return sum(context_similarity(mine, sentence_weights[r.article][r.sentence])
               for r in group if r.article != record.article)
