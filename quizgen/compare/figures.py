"""Figures in a sentence, read as quantities: what each counts, its qualifier and scope.

A figure is "qualifier number unit" ("about 1,200 residents", "more than $425 million",
"half a million riders"), with the measure its clause names ("2,000 people were
killed" counts deaths, "the death toll rose to 5,100" too) and the place or group it
covers ("in Turkey and Syria"). Years, dates, ages, times of day, ranks, addresses
and model numbers ("F-35", "Flight 370") are not quantities. The word lists are data,
in `measures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.compare.measures import (
    ADDRESS_WORDS,
    DIRECTION_AXES,
    DIRECTION_WORDS,
    IRREGULAR_ROLES,
    MEASURE_WORDS,
    MONEY_MEASURE_WORDS,
    NOT_LABELS,
    NOT_QUANTITY_AFTER,
    NOT_QUANTITY_BEFORE,
    QUALIFIER_OF,
    ROLE_SKIP,
    WHOLE_WORDS,
)
from quizgen.compare.text import MONTHS, NUMBER_WORDS, STOPWORDS, normalize, number_value, word_key

# longest first, so "as many as" wins over "as"
_QUALIFIERS = tuple(sorted(QUALIFIER_OF, key=len, reverse=True))
# (not the "11" of ".11 seconds": a number starts after no digit or point)
_NUMBER = (r"(?<![\d.])[$£€]?\b\d(?:[\d,]*\d)?(?:\.\d+)?%?(?!\d)|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
           + r")\b|\bhalf(?= (?:a |an )?(?:million|billion|thousand|hundred|dozen|hour|day|week|month|year|mile)\b)|\ba(?= (?:million|billion|thousand|hundred|dozen|week|fortnight|month)\b)")
NUMBER_PHRASE = re.compile(
    rf"(?:\b(?P<qual>{'|'.join(_QUALIFIERS)})\s+)?(?:\ba\s+(?=half))?(?P<num>{_NUMBER})"
    r"(?:\s+(?:a |an )?(?P<scale>hundred|thousand|million|billion|trillion|dozen)\b)?"
    r"(?=(?P<unit>(?:(?:-|\s+)[A-Za-z][\w'’-]*){0,3}))",  # looked at, not consumed
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(rf"\d|\b(?:{'|'.join(NUMBER_WORDS)}|half|a (?:million|billion|thousand|hundred|dozen|week|fortnight|month))\b",
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
    whole: bool = False  # it counts a whole made of parts ("the combined company", "in total")
    role: str = ""  # what happened to the things counted: "affect" ("110,000 people affected")
    direction: tuple[str, str] = ("", "")  # (axis, way): ("vote", "against"), ("change", "up")
    added: bool = False  # an increment, not a total: "four more deaths", "another 12 cases"

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


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "fortnight": 1_209_600,
            "month": 2_592_000}
DURATIONS = {form: n for unit, n in _SECONDS.items() for form in (unit, unit + "s")}
CURRENCIES = {"dollars": "$", "dollar": "$", "usd": "$", "euros": "€", "euro": "€", "pounds": "£", "pound": "£"}
CURRENCY_KEY = "currency:"

_COMPOUND_GAP = re.compile(r"[\s-]+(?:hours?|minutes?|days?|weeks?|months?|years?|feet|foot|pounds?|inches)"
                           r"(?:,\s*|\s+and\s+)", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’.-]*|%|\d")
# Words of a figure's own clause: a comma, semicolon or dash ends the window.
_CLAUSE_END = re.compile(r"[,;:()\u2014]|\s-\s|[.!?](?:\s|$)")
_MEASURE_OF = {w: m for m, words in MEASURE_WORDS.items() for w in words}
_MONEY_MEASURE_OF = {w: m for m, words in MONEY_MEASURE_WORDS.items() for w in words}
_DIRECTION_OF = {w: (axis, way) for axis, ways in DIRECTION_AXES.items() for way in ways
                 for w in DIRECTION_WORDS[way]}
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


def _measure(before: str, after: str, num: str, money: bool = False) -> str:
    """What the figure counts, from the nearest measure word in its clause (for a sum of
    money: what it is the value, price, revenue or debt of)."""
    if money:
        return _nearest(before, after, _MONEY_MEASURE_OF) or ""
    if num.endswith("%"):
        return "percent"
    if re.match(r"\s*(?:per cent|percent)\b", after, re.IGNORECASE):
        return "percent"
    return _nearest(before, after, _MEASURE_OF) or ""


_JOINERS = frozenset({"and", "but", "while", "whereas"})


def _nearest(before: str, after: str, meaning_of: dict):
    """The meaning of the word of `meaning_of` nearest the figure in its clause (WINDOW
    words either side; another number after it ends the search there)."""
    best = None
    for distance, word in enumerate(reversed([w.group().lower() for w in _WORDS.finditer(before)][-WINDOW:])):
        if word in _JOINERS:
            break  # "... are dead and four others remain missing": "dead" is the other clause's
        if word in meaning_of:
            best = (distance, meaning_of[word])
            break
    for distance, word in enumerate([w.group().lower() for w in _WORDS.finditer(after)][:WINDOW]):
        if word.isdigit():
            break
        if word in meaning_of and (best is None or distance < best[0]):
            best = (distance, meaning_of[word])
            break
    return best[1] if best else None


def _direction(before: str, after: str) -> tuple[str, str]:
    """Which way the figure counts. A vote: the nearest "for"/"against" in its clause
    ("174 voted against her"). A change only when the figure is its amount ("rose 5%",
    "fell by 12", "a 5% rise"), not a level reached ("the toll rose to 870")."""
    lower_before = [w.group() for w in _WORDS.finditer(before) if w.group().islower()][-WINDOW:]
    lower_after = [w.group() for w in _WORDS.finditer(after) if w.group().islower()][:WINDOW]
    vote = _nearest(" ".join(lower_before), " ".join(lower_after),
                    {w: d for w, d in _DIRECTION_OF.items() if d[0] == "vote"})
    if vote:
        return vote
    last = lower_before[-2:] if lower_before[-1:] == ["by"] else lower_before[-1:]
    near = last[:1] + [w for w in lower_after[:3] if w not in STOPWORDS][:2]
    change = [_DIRECTION_OF[w] for w in near if _DIRECTION_OF.get(w, ("",))[0] == "change"]
    return change[0] if change else ("", "")


def _role(after: str) -> str:
    """What happened to the things counted, from the participle right after them:
    "110,000 people affected", "160,000 residents were served" ("=deaths" for "killed")."""
    for word in [w.group().lower().rstrip(".'’-") for w in _WORDS.finditer(after)][:4]:
        if word in ROLE_SKIP:
            continue
        if word.isdigit() or (word in STOPWORDS and word not in _MEASURE_OF):
            break  # "injured 300 and killed 50": the next figure's words
        if word in _MEASURE_OF:
            return "=" + _MEASURE_OF[word]
        if (word.endswith("ed") and len(word) > 4) or word in IRREGULAR_ROLES:
            return word_key(word)
    return ""


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


# an increment to a count: "four more fatalities", "12 additional cases", "another 30 homes"
_ADDED_AFTER = re.compile(r"\s+(?:more|additional|new|further|extra)\b(?!\s+than\b)", re.IGNORECASE)
# "$203 billion in loans and other securities": one figure for two kinds of thing, a whole
# beside which "$173 billion of loans" is a part, not another count of the same
_KINDS_SUMMED = re.compile(r"\s+(?:in|of|worth\s+of)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+and\s+(?:other\s+)?[a-z]+\b"
                           r"(?!\s+[$£€]?\d)", re.IGNORECASE)  # (not "of loans and roughly $30 billion of ...")
_ADDED_BEFORE = re.compile(r"\b(?:another|an additional|a further)\s+$", re.IGNORECASE)
# "over"/"under" before a span of time or distance may be a bound ("after over six weeks")
# or say where or when ("starts over 26.2 miles", "rain fell over three days"); read as a
# bound only after a preposition, a verb of extent or "be" ("it has been over six weeks"),
# else the figure is not compared
_EXTENT_BEFORE = re.compile(r"\b(?:after|for|in|of|by|to|within|lasted|lasting|lasts|took|takes|taking|"
                            r"been|is|was|are|were)\s+$", re.IGNORECASE)
_DISTANCE_UNITS = frozenset({"mile", "kilometr", "km", "metr", "meter", "yard", "feet", "foot", "lap"})


# "[Five] men and five women", "[12] students and a teacher": one count told in groups
_PARTS_AFTER = re.compile(r"\s+([A-Za-z]+)(?:\s+members)?(?:,?\s+(?:and|plus)|,)\s+[\w,.-]+\s+([A-Za-z]+)")
# groups a count is split into
_PARTS = frozenset("men women boys girls adults children males females passengers crew crewmembers staff "
                   "employees students teachers civilians soldiers man woman boy girl adult child male female "
                   "passenger crewmember employee student teacher civilian soldier".split())



# "200-250 deaths", "between 40 and 60 homes": a range is no single reading of a quantity,
# and neither of its ends is the figure an outlet gives
_RANGE_BEFORE = re.compile(r"(?:\d\s*[-\u2013]|\bbetween\s+[$£€]?\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion))?\s+and)\s*[$£€]?$",
                           re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*[-\u2013]\s*[$£€]?\d")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _in_range(text: str, m: re.Match) -> bool:
    """The number is one end of a range ("200-250", "between 40 and 60")."""
    start = m.start("num")
    before = text[max(0, start - 40):start]
    after_num = text[m.end("num"):m.end("num") + 4]
    return bool(_RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after_num)
                or _BETWEEN.search(text[max(0, m.start() - 10):m.start()]))


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
    # "five men and five women", "238 passengers and five crew": parts of one count, which
    # another outlet may give whole ("10 people"); neither part is that count
    for k, m in enumerate(matches):
        split = _PARTS_AFTER.match(text, m.end())
        if split and split.group(1).lower() in _PARTS and split.group(2).lower() in _PARTS:
            compound |= {n for n in range(k, len(matches)) if matches[n].start() < split.end()}
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
        if _is_label_or_age(text, m) or _in_range(text, m):
            continue
        value *= _SCALE.get(scale, 1)
        units, unit_end = _unit_keys(m.group("unit"))
        first_word = m.group("unit").strip(" -").split(" ")[0].lower()
        if first_word in DURATIONS:
            # "32 minutes" and "a half hour" are both durations: compare them in seconds
            value, units = value * DURATIONS[first_word], frozenset({"duration"})
        elif m.group("num")[:1] in "$£€" or first_word in CURRENCIES:
            # money, and which money: euros and their dollar conversion are no two figures of one sum
            currency = m.group("num")[:1] if m.group("num")[:1] in "$£€" else CURRENCIES[first_word]
            units = units | {"$", CURRENCY_KEY + currency}
        if "duration" in units:
            unit_end = max(unit_end, m.group("unit").lower().find(first_word) + len(first_word))
        window_before, window_after = _clause_window(text, m.start(), m.end())
        measure = "" if "duration" in units else _measure(window_before, window_after, num, "$" in units)
        if measure:
            units = units | {"=" + measure}
        if not units:
            continue
        if measure == "percent" and not m.group("num").endswith("%"):
            unit_end = max(unit_end, len(m.group("unit")) - len(m.group("unit").lstrip()) + len("per cent"))
        phrase = text[m.start():m.start("unit") + unit_end].strip()
        scope, combined = _scope(window_before, _clause_window(text, m.start(), m.start("unit") + unit_end)[1])
        whole = bool(WHOLE_WORDS & {w.lower() for w in re.findall(r"[A-Za-z]+", f"{window_before} {window_after}")}) \
            or bool(_KINDS_SUMMED.match(text, m.end()))
        role = _role(text[m.end("num"):m.end("num") + 60].split(",")[0]) if "duration" not in units else ""
        direction = _direction(window_before, window_after)
        added = bool(_ADDED_AFTER.match(text, m.end("num")) or _ADDED_BEFORE.search(text[max(0, m.start() - 12):m.start()]))
        qualifier = (m.group("qual") or "").lower() or _bound(text[max(0, m.start() - 24):m.start()],
                                                              text[m.end():m.end() + 40])
        lead = text[max(0, m.start() - 12):m.start()]  # (a figure read alone, "over a month", keeps its bound)
        if qualifier in ("over", "under") and units & (_DISTANCE_UNITS | {"duration"}) and lead.strip() \
                and not _EXTENT_BEFORE.search(lead):
            continue
        out.append(Figure(qualifier, value, phrase, units, measure, scope, combined, whole, role, direction, added))
    return out


# "the $250,000 insurance limit", "a cap of 40 passengers": a bound said with a noun is the
# qualifier "up to" ("at least" for a minimum), so "up to $250,000" says the same
_BOUND_AFTER = re.compile(r"\W*(?:[A-Za-z-]+\s+){0,2}?(limit|cap|ceiling|maximum|minimum|floor)\b", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(limit|cap|ceiling|maximum|minimum|floor)\s+(?:of\s+)?\W*$", re.IGNORECASE)


def _bound(before: str, after: str) -> str:
    found = _BOUND_AFTER.match(after) or _BOUND_BEFORE.search(before)
    if not found:
        return ""
    return "at least" if found.group(1).lower() in ("minimum", "floor") else "up to"
