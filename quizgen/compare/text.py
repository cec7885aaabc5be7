"""Sentence features for cross-article matching: stems, numbers and names.

Outlets paraphrase the same point ("buying millions of rockets" / "purchasing bulk
quantity of rockets"), so words are stemmed (Snowball, no downloaded data), common news
verbs and nouns are mapped to one synonym key, demonyms are folded into their country
("Iranian" -> "iran") and numbers are normalised to values ("16,000" -> "#16000").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from lemminflect import getAllLemmas
from nltk.stem.snowball import SnowballStemmer

from quizgen.analyze.tokens import pos

_STEMMER = SnowballStemmer("english")

# Typographic quotes and dashes -> ASCII, so "Dimorphos’" and "Dimorphos'" match.
_TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                             "\u2013": "-", "\u2014": "-", "\u00a0": " "})

# Function words plus reporting verbs: "said" or "according" says nothing about WHAT
# was reported, and every article is full of them.
STOPWORDS = frozenset("""
a about above across after afterwards again against all almost along already also although
am among an and another any anyone anything are around as at be became because become been
before being below between both but by can could did do does doing done down during each
either else enough even ever every few for from further had has have having he her here
hers herself him himself his how however i if in including into is it its itself just
last least less like made make many may me might mine more most much must my myself
near neither never no nor not now of off often on once one only or other others our ours
out over own per perhaps rather same she should since so some still such than that the
their theirs them themselves then there these they this those though through thus to
too under until up upon us very via was we were what whatever when where whether which
while who whom whose why will with within without would yet you your yours yourself
according said say says saying told tell tells telling added adding reported reporting
report reports noted stated stating claimed claims claim announced confirmed wrote
spoke asked explained believe believed think thought want wanted
roughly approximately nearly almost reportedly allegedly apparently likely
mr mrs ms dr new news day week year today yesterday tuesday wednesday thursday friday
saturday sunday monday s t re ve ll d
""".split())


def _paraphrases() -> tuple[list[list[str]], dict[tuple[str, str], str]]:
    """Synonym groups and phrasal verbs from data/paraphrases.txt."""
    groups: list[list[str]] = []
    phrasal: dict[tuple[str, str], str] = {}
    section = ""
    text = resources.files("quizgen.compare").joinpath("data/paraphrases.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line
        elif line and section == "[synonyms]":
            groups.append(line.split())
        elif line and section == "[phrasal verbs]":
            verb, word = (part.split() for part in line.split("="))
            phrasal[(verb[0], verb[1])] = word[0]
    return groups, phrasal


SYNONYM_GROUPS, PHRASAL_VERBS = _paraphrases()
_PARTICLES = frozenset(particle for _, particle in PHRASAL_VERBS)
_SYNONYM_OF: dict[str, str] = {}
for _group in SYNONYM_GROUPS:
    for _word in _group:
        _SYNONYM_OF[_STEMMER.stem(_word)] = _STEMMER.stem(_group[0])

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000}

MONTHS = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
          "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
          "nov": "november", "dec": "december"}

# An amount of money may carry a short scale ("$44bn", "£3.5m"); a bare "5m" is metres.
_TOKEN = re.compile(r"[$£€]\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|tn)?(?![A-Za-z])|\d[\d,]*(?:\.\d+)?%?|[A-Za-z][A-Za-z'\-]*")
CURRENCY = "$£€"
SHORT_SCALES = {"bn": "billion", "mn": "million", "m": "million", "k": "thousand", "tn": "trillion"}


def normalize(text: str) -> str:
    return text.translate(_TYPOGRAPHY)


@dataclass(frozen=True)
class Token:
    """One word or number of a sentence, with its feature key ("" when ignored)."""

    text: str
    start: int
    end: int
    key: str
    is_name: bool = False
    in_source: bool = False  # inside an attribution's source phrase ("a U.S. official")


@dataclass
class SentenceFeatures:
    """The matching features of one sentence: keys (stems, '#number') and names."""

    tokens: list[Token] = field(default_factory=list)

    @property
    def keys(self) -> set[str]:
        return {t.key for t in self.tokens if t.key}


# Longer digit runs are codes or junk, not figures; they would also overflow int().
MAX_DIGITS = 18


def number_value(text: str) -> float | None:
    """'16,000' -> 16000.0, '$9.26' -> 9.26, 'nine' -> 9.0; None when not a number."""
    cleaned = text.lower().rstrip("%").replace(",", "")
    scale = 1
    if cleaned[:1] and cleaned[0] in CURRENCY:
        cleaned = cleaned[1:]
        if short := short_scale(cleaned):
            cleaned, scale = cleaned[:-len(short)], SCALE_WORDS[SHORT_SCALES[short]]
    if cleaned in NUMBER_WORDS:
        return float(NUMBER_WORDS[cleaned])
    if sum(c.isdigit() for c in cleaned) > MAX_DIGITS:
        return None
    try:
        value = float(cleaned) * scale
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def short_scale(amount: str) -> str:
    """The short scale an amount of money ends in ("44bn" -> "bn"), or ""."""
    digits = amount.lower().rstrip("bmnkt")
    short = amount.lower()[len(digits):]
    return short if short in SHORT_SCALES else ""


def format_number(value: float) -> str:
    return f"#{int(value)}" if value == int(value) else f"#{value:g}"


def _verb_lemma(word: str) -> str:
    """The base of an irregular verb form that is nothing else ("taken" -> "take",
    "fled" -> "flee", "sought" -> "seek"): the stemmer leaves such forms apart from
    their verb. A form that can also be a noun or adjective ("left", "saw") stays."""
    lemmas = getAllLemmas(word)
    verbs = lemmas.get("VERB", ())
    if not verbs or lemmas.keys() - {"VERB", "AUX"}:
        return word
    return verbs[0]


@lru_cache(maxsize=65536)
def word_key(word: str, is_name: bool = False) -> str:
    """Stem of a content word, through the synonym groups unless it is part of a name
    ("Lower Harlow" is a place, not "lower"); "" for function words."""
    bare = word.strip("'-")
    acronym = bare[:-1] if bare.endswith("s") and bare[:-1].isupper() else bare
    if len(acronym) >= 2 and acronym.isupper() and acronym.isalpha():
        # "WHO", "UAVs", "NASA": never function words, still synonyms ("UAV" = "drone")
        lower = acronym.lower()
        return _SYNONYM_OF.get(lower, lower)
    lower = word.lower().strip("'-").removesuffix("'s").strip("'")
    if not lower or lower in STOPWORDS or len(lower) < 2:
        return ""
    lower = MONTHS.get(lower, lower)
    stem = _STEMMER.stem(_verb_lemma(lower))
    if stem in STOPWORDS:
        return ""
    return stem if is_name else _SYNONYM_OF.get(stem, stem)


def tokenize(text: str) -> list[Token]:
    """Words and numbers with keys; 'N million' becomes one number token."""
    text = normalize(text)
    tokens: list[Token] = []
    matches = list(_TOKEN.finditer(text))
    skip_next = False
    for i, m in enumerate(matches):
        if skip_next:
            skip_next = False
            continue
        word = m.group()
        money = word[0] in CURRENCY
        value = number_value(word) if (word[0].isdigit() or money or word.lower() in NUMBER_WORDS) else None
        if value is not None:
            end = m.end()
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            scale_word = nxt.group().lower() if nxt is not None and nxt.start() - m.end() <= 1 else ""
            scale_word = SHORT_SCALES.get(scale_word, scale_word) if scale_word in ("bn", "mn", "tn") else scale_word
            if scale_word in SCALE_WORDS:
                value *= SCALE_WORDS[scale_word]
                end = nxt.end()
                skip_next = True
            tokens.append(Token(text[m.start():end], m.start(), end, format_number(value)))
            # "$1.8 million" and "$2.4 million" are both "millions of dollars": say so too
            if skip_next or money:
                scale = scale_word if skip_next else SHORT_SCALES.get(short_scale(word.lstrip(CURRENCY)), "")
                tokens.append(Token(text[m.start():end], m.start(), end, f"#{'$' if money else ''}{scale}"))
            continue
        # Hyphenated words count as their parts too ("Shahed-series", "self-declared").
        parts = [p for p in word.split("-") if p]
        is_name = word[0].isupper() and i > 0
        key = word_key(word, is_name) if len(parts) == 1 else ""
        if key or len(parts) == 1:
            tokens.append(Token(word, m.start(), m.end(), key, is_name))
        else:
            offset = m.start()
            for part in parts:
                at = text.index(part, offset)
                tokens.append(Token(part, at, at + len(part), word_key(part, part[0].isupper()), part[0].isupper()))
                offset = at + len(part)
    return _phrasal(tokens)


def _phrasal(tokens: list[Token]) -> list[Token]:
    """A phrasal verb counts as its one-word meaning ("turned down" = "rejected"); the
    particle is a function word already."""
    for i, (verb, particle) in enumerate(zip(tokens, tokens[1:])):
        if particle.start - verb.end <= 1 and not verb.is_name and (word := _phrasal_word(verb.text.lower(), particle.text.lower())):
            tokens[i] = replace(verb, key=word_key(word))
    return tokens


@lru_cache(maxsize=4096)
def _phrasal_word(verb: str, particle: str) -> str:
    if particle not in _PARTICLES:
        return ""
    lemmas = getAllLemmas(verb).get("VERB", (verb,))
    return next((PHRASAL_VERBS[(lemma, particle)] for lemma in lemmas if (lemma, particle) in PHRASAL_VERBS), "")


def fold_demonyms(features: list[SentenceFeatures]) -> None:
    """Map 'iranian' -> 'iran', 'russian' -> 'russia' when the country also occurs.

    Done over all sentences at once, because the fold is only safe when the shorter
    form really occurs in the articles being compared.
    """
    vocabulary = {t.key for f in features for t in f.tokens if t.key}
    folds: dict[str, str] = {}
    for key in vocabulary:
        if key.endswith("an") and len(key) > 5:
            for root in (key[:-1], key[:-3], key[:-2]):
                if root in vocabulary:
                    folds[key] = root
                    break
    if not folds:
        return
    for f in features:
        f.tokens = [replace(t, key=folds.get(t.key, t.key)) for t in f.tokens]


def features_of(text: str, source_spans: list[tuple[int, int]] = ()) -> SentenceFeatures:
    """Features of a sentence; tokens inside `source_spans` (offsets in the sentence)
    are marked as naming who speaks rather than what is reported."""
    tokens = tokenize(text)
    if source_spans:
        # one sweep over tokens and spans, both by start: a token lies in a span when the
        # furthest end of the spans opened before it reaches past it (linear, not tokens x spans)
        spans, reach, at, marked = sorted(source_spans), -1, 0, []
        for t in tokens:
            while at < len(spans) and spans[at][0] <= t.start:
                reach = max(reach, spans[at][1])
                at += 1
            marked.append(replace(t, in_source=True) if t.end <= reach else t)
        tokens = _widen_sources(marked, text)
    return SentenceFeatures(tokens)


# Clause boundaries: punctuation that joins clauses, and a reporting verb that opens
# a new clause ("... first published by The New York Times added that Russia ...").
_CLAUSE_BREAK = re.compile(
    r"[,;:](?=\s)\s*|\s+-\s+|\s*\u2014\s*|\s+(?=(?:added|said|says|noted|stated|explained|warned|argued|"
    r"reported|claimed|confirmed|announced)\s+that\b)")
# A clause with fewer content words than this is merged into its neighbour.
MIN_CLAUSE_KEYS = 4


# A base or present form is a verb after a subject pronoun, "to" or a modal ("we
# understand"); alone it is a noun as often ("the suspect", "a plan").
_VERB_TAGS = ("VBD", "VBZ", "VBN", "VBG", "MD")
_BARE_VERB_TAGS = ("VB", "VBP")
_BEFORE_BARE_VERB = frozenset("i we you they to will would can could may might must should shall not".split())
_PRESENT_AUXILIARIES = frozenset({"am", "are", "have", "do"})


def _has_verb(tokens: list[Token]) -> bool:
    for before, word in zip([None, *tokens], tokens):
        tag = pos(word.text)
        if tag.startswith(_VERB_TAGS) or word.text.lower() in _PRESENT_AUXILIARIES:
            return True
        if tag in _BARE_VERB_TAGS and before is not None and before.text.lower() in _BEFORE_BARE_VERB:
            return True
    return False


def _break_groups(tokens: list[Token], text: str) -> list[list[Token]]:
    """The sentence's tokens cut at every clause break."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(normalize(text))]
    groups: list[list[Token]] = [[]]
    b = 0
    for token in tokens:
        while b < len(breaks) and breaks[b] <= token.start:
            if groups[-1]:
                groups.append([])
            b += 1
        groups[-1].append(token)
    return groups


def _widen_sources(tokens: list[Token], text: str) -> list[Token]:
    """A run of comma-set parts without a verb that holds part of a source phrase names
    the speaker, all of it ("The contractor, Norvale Fare Systems, said"): its other
    words tell who speaks too."""
    out: list[Token] = []
    run: list[Token] = []

    def flush() -> None:
        out.extend(replace(t, in_source=True) if any(x.in_source for x in run) and not t.in_source else t for t in run)
        run.clear()

    for group in _break_groups(tokens, text):
        if _has_verb(group):
            flush()
            out.extend(group)
        else:
            run.extend(group)
    flush()
    return out


def clause_groups(tokens: list[Token], text: str) -> list[list[Token]]:
    """Split a sentence's tokens into clauses; one sentence can report several points."""
    groups = _break_groups(tokens, text)
    merged: list[list[Token]] = []
    pending: list[Token] = []
    keys, verb = 0, False  # of `pending`, kept as it grows (a long list stays linear)
    for group in groups:
        verb = verb or _has_verb(group)
        keys += sum(1 for t in group if t.key)
        pending.extend(group)
        # a run with no verb ("A 28-year-old man, Bryan Kohberger,") is the subject or an
        # apposition of what follows: it tells nothing until its predicate joins it
        if keys >= MIN_CLAUSE_KEYS and verb:
            merged.append(pending)
            pending, keys, verb = [], 0, False
    if pending:
        if merged:
            merged[-1].extend(pending)
        else:
            merged.append(pending)
    return merged
