"""Cheap sanity checks on what the analysis hands over, so that a shaky source phrase
("Bill Nelson opened the press briefing by", "The latest image") never becomes an
option. The checks only drop material; they never invent any."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.analyze.lexicon import GIVEN_NAME_PRONOUN, TITLE_ACRONYMS
from quizgen.analyze.source_types import described_by_nationality
from quizgen.analyze.tokens import tokenize
from quizgen.generate.confidence import PAGE_LABELS
from quizgen.generate.text import GENERIC_CAPITALS, PRONOUNS, STOPWORDS

PEOPLE_NOUNS = frozenset({
    "official", "officials", "source", "sources", "person", "people", "expert", "experts", "analyst",
    "analysts", "scientist", "scientists", "researcher", "researchers", "spokesperson", "spokesman",
    "spokeswoman", "spokespeople", "member", "members", "resident", "residents", "witness", "witnesses",
    "leader", "leaders", "director", "minister", "president", "secretary", "ambassador", "chief", "head",
    "representative", "representatives", "lawmaker", "lawmakers", "senator", "governor", "mayor", "diplomat",
    "diplomats", "employee", "employees", "staff", "officer", "officers", "commander", "commanders",
    "executive", "executives", "insider", "insiders", "aide", "aides", "adviser", "advisers", "advisor",
    "advisors", "investigator", "investigators", "doctor", "doctors", "professor", "economist", "economists",
    "observers", "critics", "fans", "player", "players", "coach", "manager", "owner", "organizers",
    "organisers", "authorities", "administrator", "administrators", "agent", "agents", "worker", "workers",
})
ORGANIZATION_NOUNS = frozenset({
    "administration", "ministry", "department", "agency", "government", "police", "committee", "panel", "board",
    "court", "team", "office", "council", "commission", "military", "army", "navy", "company", "firm", "club",
    "league", "union", "parliament", "congress", "senate", "embassy", "pentagon", "bureau",
    "service", "brigade",
})
DOCUMENT_NOUNS = frozenset({
    "report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "data",
    "assessment", "assessments", "finding", "findings", "document", "documents", "letter", "letters", "memo",
    "analysis", "investigation", "filing", "filings", "record", "records", "release", "intelligence", "ruling",
    "order", "opinion", "paper", "review", "estimate", "estimates", "figures", "census", "poll", "polls",
    "audit", "briefing", "transcript", "notice", "notices", "announcement", "announcements",
})
ALL_NOUNS = PEOPLE_NOUNS | ORGANIZATION_NOUNS | DOCUMENT_NOUNS
# Nouns that, after "the", point back at a source named elsewhere ("the paper" for The New
# York Times, "the agency", "the company"): never an option of their own.
REFERRING_NOUNS = ALL_NOUNS | frozenset({
    "paper", "newspaper", "outlet", "publication", "broadcaster", "network", "site", "website", "magazine",
    "channel", "station", "wire", "agency", "authority", "authorities", "group", "organization", "organisation",
    "company", "firm", "institute", "body", "engineers", "country", "nation", "regime", "side", "general",
    "senior", "chief", "deputy", "former", "top", "new", "local", "state", "federal", "national", "same",
})
# ("another person", "a second official": one more of people the article has already brought in)
_REFERRING_OPENERS = re.compile(r"^(?:(?:one|some|many|most|all|two|three|several)\s+of\s+)?"
                                r"(?:the\s+other|the|this|that|these|those|its|their|his|her|another|"
                                r"a\s+(?:second|third|further))\s+", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][\w.'-]*")
_NOT_NAMES = GENERIC_CAPITALS | {"a", "an"}
_NATIONALITY_ENDINGS = ("ian", "ese", "ish", "ean", "ic")
PRONOUN_WORDS = PRONOUNS


def _lower_words(source: str) -> list[str]:
    return re.findall(r"[a-z]+", source.lower())


def has_name(source: str) -> bool:
    """A capitalised word that is a name, not just the capital that opens a phrase: any
    capitalised word after the first, or a first word that stands alone ("Bendett") or
    is an acronym ("NASA"). "Comparison of pre" has none."""
    tokens = re.findall(r"[\w.'-]+", source)
    if not tokens:
        return False
    first = tokens[0]
    opener_is_name = first[:1].isupper() and (len(tokens) == 1 or (first.isupper() and len(first) > 1))
    return opener_is_name or any(_CAPITALISED.fullmatch(t) for t in tokens[1:])


def has_person_name(source: str) -> bool:
    """A capitalised word that can be a person's name: not an acronym ("NASA"), a title
    or a nationality ("Norwegian")."""
    tokens = re.findall(r"[\w'-]+", source)
    if any(t[:1].isupper() and t.lower() in GIVEN_NAME_PRONOUN for t in tokens) or (
            len(tokens) == 2 and len(tokens[1]) == 1 and tokens[1].isupper() and tokens[0][:1].isupper()
            and not tokens[0].isupper() and tokens[0].lower() not in _NOT_NAMES):
        return True  # "Mary J", "Sheila E": a given name and an initial
    return any(len(t) >= 3 and t[:1].isupper() and not t.isupper() and t.lower() not in _NOT_NAMES
               and not t.lower().endswith(_NATIONALITY_ENDINGS) for t in tokens[(1 if len(tokens) > 1 else 0):]) \
        or (len(tokens) >= 2 and tokens[0][:1].isupper() and tokens[0].lower() not in _NOT_NAMES
            and tokens[1][:1].isupper() and not tokens[1].isupper())


@lru_cache(maxsize=20000)
def is_referring_phrase(source: str) -> bool:
    """A pronoun or a definite description made only of generic nouns ("the paper", "The
    company", "one of the officials"): it stands for a source named elsewhere, so as an
    option it could be the same source as another option, or nobody in particular."""
    words = _lower_words(source)
    if not words or set(words) <= PRONOUN_WORDS:
        return True
    rest = _lower_words(_REFERRING_OPENERS.sub("", source.strip()))
    definite = len(rest) < len(words) or len(words) == 1
    # ("the 28-year-old Russian"; "The CS": a title) a person named elsewhere
    return definite and (all(w in REFERRING_NOUNS for w in rest) or source.split()[-1] in TITLE_ACRONYMS) \
        or described_by_nationality(tokenize(source))


# "the five-times grand slam champion", "the 28-year-old Russian": someone described, not named
# (common words after "the", a nationality at most capitalised at the end)
_DESCRIBED_PERSON = re.compile(r"^[Tt]he(?:\s+[a-z0-9][\w'-]*){1,6}(?:\s+[A-Z][a-z]+)?$")


def described_person(source: str) -> bool:
    return bool(_DESCRIBED_PERSON.match(source))


# A source option is a noun phrase of at most this many words; longer ones are cut-out clauses
# ("The toll from the massive quake along the northern coast").
MAX_SOURCE_PHRASE_WORDS = 8
# Finite verbs that turn a phrase into a clause ("President Ann Li cut short her trip").
FINITE_VERBS = frozenset("""
is are was were has have had will would can could shall should may might must do does did
said says told tells cut cuts made makes took takes left leaves struck strikes hit hits killed kills
died dies came comes went goes gave gives got gets announced announces ordered orders
""".split())
# "-ed" word followed by an object or particle is a verb ("postponed the vote", "called off"),
# while "an unnamed official", "a person briefed on" stay noun phrases
_VERB_ED_OBJECT = re.compile(r"\b[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|our|my|short|off|up|down|out)\b"
                             # a name and then a past tense is a clause ("Ann Li arrived in Kelso")
                             # (not a possessive: "the Authority's unnamed spokesperson")
                             r"|\b[A-Z][\w.-]*\s+[a-z]{3,}ed\b")
NUMBER_WORDS = frozenset("""
two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
dozen scores
""".split())
# Nouns of a counted crowd that speaks ("two officials", "three diplomats"); "five people",
# "twelve passengers" with nothing after them are the sentence's subject, not a source.
SPEAKING_CROWDS = PEOPLE_NOUNS - {"people", "person", "fans", "players", "workers", "employees", "members",
                                  "residents"}
# Head nouns of a quantity or event, never of a source ("The toll from the quake").
QUANTITY_HEADS = frozenset("toll number total count tally rate share amount majority".split())
# Single words that open sentences and are never a source ("Honestly", "Meanwhile").
SENTENCE_ADVERBS = frozenset("""
meanwhile however still also instead otherwise nonetheless nevertheless yes no well now then today
yesterday tonight overall indeed again
""".split())


@lru_cache(maxsize=20000)
def source_shaped(source: str) -> bool:
    """The phrase is a noun phrase that can name a source: not a clause (a finite verb), not a
    counted crowd that is the sentence's subject ("Five people"), not a quantity ("The toll
    from ..."), not longer than a name with its title, not a lone adverb or page label."""
    tokens = re.findall(r"[\w.'-]+", source)
    ws = _lower_words(source)
    if not tokens or len(tokens) > MAX_SOURCE_PHRASE_WORDS:
        return False
    lower_tokens = [t for t in tokens[1:] if t[:1].islower()]
    if any(t in FINITE_VERBS for t in lower_tokens) or _VERB_ED_OBJECT.search(source):
        return False
    first = ws[0] if ws else ""
    counted = first.isdigit() or first in NUMBER_WORDS or tokens[0][:1].isdigit()
    if counted and (len(ws) < 2 or ws[1] not in SPEAKING_CROWDS and len(ws) <= 2):
        return False
    head = _lower_words(_REFERRING_OPENERS.sub("", source.strip()))[:1]
    if head and head[0] in QUANTITY_HEADS:
        return False
    if len(tokens) == 1:
        word = tokens[0]
        return not (word.lower() in SENTENCE_ADVERBS or word.lower() in STOPWORDS
                    or re.fullmatch(r"[A-Za-z]+ly", word) and not word.isupper()
                    or word.upper() in PAGE_LABELS or word[:1].islower())
    return True


@lru_cache(maxsize=20000)
def looks_like_source(source: str) -> bool:
    """A source phrase: a noun phrase (see source_shaped) that ends on a content word and
    names someone or something that can speak."""
    ws = _lower_words(source)
    last = re.findall(r"[A-Za-z]+", source)[-1:]
    # an acronym is a name even when it spells a function word ("the WHO", "IT")
    if not ws or ws[-1] in STOPWORDS and not (last and last[0].isupper() and len(last[0]) > 1) \
            or not source_shaped(source):
        return False
    return has_name(source) or any(w in ALL_NOUNS for w in ws)


@lru_cache(maxsize=20000)
def looks_like_kind(source: str, kind: str) -> bool:
    """Whether a student reading the phrase could see it as that kind of source."""
    ws = set(_lower_words(source))
    if not looks_like_source(source):
        return False
    if kind == "document":
        return bool(ws & DOCUMENT_NOUNS)
    if kind == "anonymous":
        return bool(ws & PEOPLE_NOUNS) and not ws & DOCUMENT_NOUNS
    # "named": a student must see a name ("The company", "the NASA administrator" have none)
    if kind == "named_person":
        return has_person_name(source) and not ws & DOCUMENT_NOUNS
    if kind == "named_organization" and not ws & DOCUMENT_NOUNS and _body_words(ws) & (ORGANIZATION_NOUNS | {"authority"}):
        return True  # "the presidential office", "fire department officials": a student may see a body
    return kind in ("media_outlet", "named_organization") and has_name(source) and not ws & DOCUMENT_NOUNS


def _body_words(ws: set[str]) -> set[str]:
    """The words and their singulars ("authorities" -> "authority")."""
    return ws | {w[:-3] + "y" for w in ws if w.endswith("ies")} | {w[:-1] for w in ws if w.endswith("s")}
