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

from quizgen.compare.measures import (
    ADDRESS_WORDS,
    MEASURE_WORDS,
    NOT_LABELS,
    NOT_QUANTITY_AFTER,
    NOT_QUANTITY_BEFORE,
    QUALIFIER_OF,
    TOLL_MEASURES,
)
from quizgen.compare.text import (
    MONTHS,
    NUMBER_WORDS,
    STOPWORDS,
    normalize,
    number_value,
    word_key,
)
from quizgen.models import ArticleAnalysis, Mention

# Two reports of one quantity rarely differ by more than this factor...
MAX_RATIO = 2.5
# ...except a toll (deaths, injured, displaced), which grows as days pass.
TOLL_RATIO = 10.0
# Sentences must share this much context (cosine, numbers left out) to be compared.
CONTEXT_THRESHOLD = 0.12

# longest first, so "as many as" wins over "as"
_QUALIFIERS = tuple(sorted(QUALIFIER_OF, key=len, reverse=True))
_NUMBER = (r"\$?\b\d(?:[\d,]*\d)?(?:\.\d+)?%?(?!\d)|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
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
    units: frozenset[str]  # index keys: counted nouns ({"people"}) and "=measure" ({"=deaths"})
    measure: str = ""  # what it counts when the words say so: "deaths", "injured", "magnitude" ...
    scope: frozenset[str] = frozenset()  # the place or group it covers: {"turkey"}
    combined: bool = False  # the scope joins several places or groups ("in Turkey and Syria")

    @property
    def nouns(self) -> frozenset[str]:
        return frozenset(u for u in self.units if not u.startswith("="))


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
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’.-]*|%|\d")
# Words of a figure's own clause: a comma, semicolon or dash ends the window.
_CLAUSE_END = re.compile(r"[,;:()\u2014]|\s-\s|[.!?](?:\s|$)")
_MEASURE_OF = {w: m for m, words in MEASURE_WORDS.items() for w in words}
WINDOW = 8  # words either side of a figure that can say what it counts
_NAMED_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+([A-Z][A-Za-z]*)")
_ORDINAL_OR_TIME = re.compile(r"(?:st|nd|rd|th)\b|\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|:\d", re.IGNORECASE)


def _clause_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the figure's clause before `start` and after `end` (bounded)."""
    before = text[max(0, start - 80):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    before = before[cut[-1]:] if cut else before
    after = text[end:end + 80]
    stop = _CLAUSE_END.search(after)
    return before, after[:stop.start()] if stop else after


def _is_label_or_age(text: str, m: re.Match) -> bool:
    """Model numbers, ages, times, ranks and identifiers are not quantities: "F-35",
    "Flight 370", "a 35-year-old", "3 a.m.", "No. 5", "the 26th"."""
    start, end = m.start("num"), m.end("num")
    if m.group("num").startswith("$"):
        return False
    glued = text[max(0, start - 2):start]
    if glued[-1:].isalnum() or (glued[-1:] == "-" and glued[:1].isalpha()):
        return True
    after = text[end:end + 12].lower()
    if any(after.startswith(marker) for marker in NOT_QUANTITY_AFTER) or _ORDINAL_OR_TIME.match(after):
        return True
    if (street := _NAMED_AFTER.match(text, end)) and street.group(1).lower() in ADDRESS_WORDS:
        return True
    if m.group("qual"):
        return False
    prev = re.search(r"([A-Za-z.#'’]+) $", text[max(0, start - 30):start])
    if not prev:
        return False
    word = prev.group(1)
    lower = word.lower().rstrip(".")
    if lower in NOT_QUANTITY_BEFORE or word == "#":
        return True
    # a capitalised label right before the number: "Flight 370", "Category 4"
    return (word[0].isupper() and not word.endswith(("'s", "’s")) and lower not in NOT_LABELS
            and lower not in MONTHS and lower not in MONTHS.values())


def _measure(before: str, after: str, num: str) -> str:
    """What the figure counts, from the nearest measure word in its clause."""
    if num.endswith("%"):
        return "percent"
    if re.match(r"\s*(?:per cent|percent)\b", after, re.IGNORECASE):
        return "percent"
    best: tuple[int, str] | None = None
    for distance, word in enumerate(reversed([w.group().lower() for w in _WORDS.finditer(before)][-WINDOW:])):
        if word in _MEASURE_OF:
            best = (distance, _MEASURE_OF[word])
            break
    for distance, word in enumerate([w.group().lower() for w in _WORDS.finditer(after)][:WINDOW]):
        if word.isdigit():
            break
        if word in _MEASURE_OF and (best is None or distance < best[0]):
            best = (distance, _MEASURE_OF[word])
            break
    return best[1] if best else ""


_SCOPE = re.compile(r"\b(?:in|across|from|to|near|at|inside|throughout)\s+(?:the\s+)?"
                    r"((?:[A-Z][\w'’-]*(?:\s+and\s+(?:the\s+)?|,\s*|\s+)?){1,6})")
_OWNER = re.compile(r"([A-Z][\w-]*)['’]s?\s+(?:[a-z]+\s+){0,3}$")


def _scope(before: str, after: str) -> tuple[frozenset[str], bool]:
    """Places or groups a figure covers: "in Turkey and Syria" after it or before it in
    its clause ("the toll in Turkey rose to"), "Turkey's" before it."""
    names: list[str] = []
    combined = False
    for m in (_SCOPE.search(after), _SCOPE.search(before)):
        if m:
            phrase = m.group(1).strip(" ,")
            combined = combined or bool(re.search(r"[A-Z][\w'’-]*\s+and\s+(?:the\s+)?[A-Z]", phrase))
            names += re.findall(r"[A-Z][\w'’-]*", phrase)
    if (owner := _OWNER.search(before)):
        names.append(owner.group(1))
    keys = {word_key(w, True) for w in names if w.lower() not in MONTHS.values() and w.lower() not in NOT_LABELS}
    return frozenset(k for k in keys if k), combined


def figures(text: str) -> list[Figure]:
    """The counted figures of a sentence: each with what it counts, its qualifier and
    scope. Dates ("Sept. 26"), years, ages, times and model numbers are skipped."""
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
        if _is_label_or_age(text, m):
            continue
        value *= _SCALE.get(scale, 1)
        units, unit_end = _unit_keys(m.group("unit"))
        first_word = m.group("unit").strip(" -").split(" ")[0].lower()
        if first_word in DURATIONS:
            # "32 minutes" and "a half hour" are both durations: compare them in seconds
            value, units = value * DURATIONS[first_word], frozenset({"duration"})
        elif m.group("num").startswith("$") or first_word in CURRENCIES:
            units = units | {"$"}
        if "duration" in units:
            unit_end = max(unit_end, m.group("unit").lower().find(first_word) + len(first_word))
        window_before, window_after = _clause_window(text, m.start(), m.end())
        measure = "" if "duration" in units or "$" in units else _measure(window_before, window_after, num)
        if measure:
            units = units | {"=" + measure}
        if not units:
            continue
        if measure == "percent" and not m.group("num").endswith("%"):
            unit_end = max(unit_end, len(m.group("unit")) - len(m.group("unit").lstrip()) + len("per cent"))
        phrase = text[m.start():m.start("unit") + unit_end].strip()
        scope, combined = _scope(window_before, _clause_window(text, m.start(), m.start("unit") + unit_end)[1])
        out.append(Figure((m.group("qual") or "").lower(), value, phrase, units, measure, scope, combined))
    return out


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


def same_quantity(a: Figure, b: Figure) -> bool:
    """The two figures can be readings of one measured thing: the same measure (when the
    words say), the same place or group, and values near enough (a toll may grow
    several-fold as days pass; other figures hardly). Only figures that share a counted
    noun or measure are ever paired (`_components` indexes them so)."""
    if a.measure and b.measure and a.measure != b.measure:
        return False
    if a.measure and a.measure == b.measure:
        # "a 7.8 earthquake" and "a 6.7 aftershock" are two things of one measure
        mine, theirs = _counted(a), _counted(b)
        if mine and theirs and not mine & theirs:
            return False
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
        if len({_reading(r) for r in chosen.values()}) < 2:
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
        found.append((versions, details, topic, difference))
    return found


def _reading(record: _Record) -> tuple[str, float]:
    """What a figure claims: "about 90" and "90" claim the same; "over 90" does not."""
    group = QUALIFIER_OF.get(record.figure.qualifier, "")
    return ("" if group == "approximate" else group), record.figure.value


CONFLICT, ROUNDING, QUALIFIER = "conflict", "rounding", "qualifier"
# Values this close, one of them "about", are one figure rounded two ways.
ROUNDING_RATIO = 1.1


def kind_of_difference(figures_: list[Figure]) -> str:
    """QUALIFIER: one value, other qualifiers ("about 19,000" / "over 19,000");
    ROUNDING: near values, some approximate ("about 19,000" / "some 20,000");
    CONFLICT: the figures disagree."""
    values = [f.value for f in figures_]
    if len(set(values)) == 1:
        return QUALIFIER
    low, high = min(values), max(values)
    approximate = any(QUALIFIER_OF.get(f.qualifier) == "approximate" for f in figures_)
    return ROUNDING if approximate and low > 0 and high / low <= ROUNDING_RATIO else CONFLICT


def _own(record: _Record, group: list[_Record]) -> bool:
    """The figure differs from every other article's (it is not one quoted from them)."""
    return all(_reading(record) != _reading(o) for o in group if o.article != record.article)


def _fit(record: _Record, group: list[_Record], sentence_weights: list[list[dict[str, float]]]) -> float:
    mine = sentence_weights[record.article][record.sentence]
    return sum(context_similarity(mine, sentence_weights[r.article][r.sentence])
               for r in group if r.article != record.article)
