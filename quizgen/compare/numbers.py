"""Number discrepancies: the same quantity given with another figure or qualifier.

Figures are found as "qualifier number unit" ("about 1,200 residents", "more than
$425 million", "half a million riders") and indexed by unit, so only figures with a
common unit are ever compared (cost near-linear). Two figures from different articles
are the same quantity when their sentences share context (cosine of IDF-weighted
words) and the values are within a factor of MAX_RATIO: "820 vs 1,000 dead" is a
disagreement, "10 vs 32 minutes" is two different quantities (expected vs measured).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from quizgen.compare.text import (
    MONTHS,
    NUMBER_WORDS,
    STOPWORDS,
    normalize,
    number_value,
    word_key,
)
from quizgen.models import ArticleAnalysis, Mention

# Two reports of one quantity rarely differ by more than this factor.
MAX_RATIO = 2.5
# Sentences must share this much context (cosine, numbers left out) to be compared.
CONTEXT_THRESHOLD = 0.12

_QUALIFIERS = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as",
    "as few as", "close to", "closer to", "just over", "just under", "upwards of", "an estimated", "estimated",
    "nearly", "almost", "about", "around", "approximately", "roughly", "over", "under", "some",
)
_NUMBER = (r"\$?\b\d[\d,]*(?:\.\d+)?%?(?!\d)|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
           + r")\b|\bhalf(?= (?:a |an )?(?:million|billion|thousand|hundred|dozen|hour|day|week|month|year|mile)\b)|\ba(?= (?:million|billion|thousand|hundred|dozen)\b)")
NUMBER_PHRASE = re.compile(
    rf"(?:\b(?P<qual>{'|'.join(_QUALIFIERS)})\s+)?(?:\ba\s+(?=half))?(?P<num>{_NUMBER})"
    r"(?:\s+(?:a |an )?(?P<scale>hundred|thousand|million|billion|trillion|dozen)\b)?"
    r"(?=(?P<unit>(?:(?:-|\s+)[A-Za-z][\w'’-]*){0,3}))",  # looked at, not consumed
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(rf"\d|\b(?:{'|'.join(NUMBER_WORDS)}|half|a (?:million|billion|thousand|hundred|dozen))\b",
                         re.IGNORECASE)
_SCALE = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12}


@dataclass(frozen=True)
class Figure:
    qualifier: str  # "about", "more than", "" ...
    value: float
    phrase: str  # as written: "About 1,200 residents"
    units: frozenset[str]  # feature keys of the words counted: {"people"}


def _unit_keys(words: str) -> tuple[frozenset[str], int]:
    """Keys of the counted noun(s) right after the number, up to a function word.

    A plural ends the noun phrase: "1,200 residents were", "240,000 TapCard riders".
    """
    keys: list[str] = []
    end = 0
    for m in re.finditer(r"[A-Za-z][\w'’-]*", words):
        lower = m.group().lower()
        if lower in STOPWORDS or lower in MONTHS or lower in MONTHS.values():
            break
        key = word_key(m.group())
        if key:
            keys.append(key)
            end = m.end()
        if lower.endswith("s") and not lower.endswith("ss") or len(keys) == 2:
            break
    return frozenset(keys), end


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
DURATIONS = {form: n for unit, n in _SECONDS.items() for form in (unit, unit + "s")}
CURRENCIES = frozenset({"dollars", "dollar", "euros", "euro", "pounds", "pound", "usd"})

_COMPOUND_GAP = re.compile(r"[\s-]+(?:hours?|minutes?|days?|weeks?|months?|years?|feet|foot|pounds?|inches)"
                           r"(?:,\s*|\s+and\s+)", re.IGNORECASE)


def figures(text: str) -> list[Figure]:
    """The counted figures of a sentence; dates ("Sept. 26") and bare years are skipped."""
    text = normalize(text)
    out: list[Figure] = []
    if not _ANY_NUMBER.search(text):
        return out
    matches = list(NUMBER_PHRASE.finditer(text))
    # "11 hours and 55 minutes" is one reading: its parts are not figures of their own
    compound = {n for k in range(len(matches) - 1) for n in (k, k + 1)
                if _COMPOUND_GAP.fullmatch(text[matches[k].end():matches[k + 1].start()])}
    for n, m in enumerate(matches):
        if n in compound:
            continue
        before = text[max(0, m.start() - 10):m.start()].lower().rstrip(" .").split(" ")[-1]
        if before in MONTHS or before in MONTHS.values():
            continue
        num = m.group("num").lower()
        value = 0.5 if num == "half" else 1.0 if num == "a" else number_value(num)
        scale = (m.group("scale") or "").lower()
        if value is None or (re.fullmatch(r"(?:19|20)\d\d", num) and not scale):  # a year, not "2,000"
            continue
        value *= _SCALE.get(scale, 1)
        units, unit_end = _unit_keys(m.group("unit"))
        first_word = m.group("unit").strip(" -").split(" ")[0].lower()
        if first_word in DURATIONS:
            # "32 minutes" and "a half hour" are both durations: compare them in seconds
            value, units = value * DURATIONS[first_word], frozenset({"duration"})
        elif m.group("num").startswith("$") or first_word in CURRENCIES:
            units = units | {"$"}
        if not units:
            continue
        if "duration" in units:
            unit_end = max(unit_end, m.group("unit").lower().find(first_word) + len(first_word))
        phrase = text[m.start():m.start("unit") + unit_end].strip()
        out.append(Figure((m.group("qual") or "").lower(), value, phrase, units))
    return out


def context_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sentences' weighted words, numbers left out (they are what differs)."""
    dot = sum(w * b[k] for k, w in a.items() if k in b and not k.startswith("#"))
    na = math.sqrt(sum(w * w for k, w in a.items() if not k.startswith("#")))
    nb = math.sqrt(sum(w * w for k, w in b.items() if not k.startswith("#")))
    return dot / (na * nb) if na and nb else 0.0


def same_quantity(a: Figure, b: Figure) -> bool:
    if a.value == b.value:
        return True
    low, high = sorted((a.value, b.value))
    return low > 0 and high / low <= MAX_RATIO


@dataclass
class _Record:
    article: int
    sentence: int
    figure: Figure


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
                if context >= CONTEXT_THRESHOLD:
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
                         ) -> list[tuple[list[Mention], dict[str, str], str]]:
    """(versions, details, topic) for each quantity the articles give different figures for."""
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
        if len({_reading(r) for r in chosen.values()}) < 2:
            continue
        versions, details = [], {}
        for r in sorted(chosen.values(), key=lambda r: r.article) + ranked:
            sent = analyses[r.article].sentences[r.sentence]
            article_id = analyses[r.article].article.id
            if all(v.sentence != sent.id for v in versions):
                versions.append(Mention(article_id, sent.id, sent.text))
            details.setdefault(article_id, r.figure.phrase)
        found.append((versions, details, "how many: " + " vs. ".join(details.values())))
    return found


def _reading(record: _Record) -> tuple[str, float]:
    return record.figure.qualifier, record.figure.value


def _own(record: _Record, group: list[_Record]) -> bool:
    """The figure differs from every other article's (it is not one quoted from them)."""
    return all(_reading(record) != _reading(o) for o in group if o.article != record.article)


def _fit(record: _Record, group: list[_Record], sentence_weights: list[list[dict[str, float]]]) -> float:
    mine = sentence_weights[record.article][record.sentence]
    return sum(context_similarity(mine, sentence_weights[r.article][r.sentence])
               for r in group if r.article != record.article)
