"""Cheap sanity checks on what the analysis hands over, so that a shaky source phrase
("Bill Nelson opened the press briefing by", "The latest image") never becomes an
option. The checks only drop material; they never invent any."""

from __future__ import annotations

import re
from functools import lru_cache

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
    "league", "union", "parliament", "congress", "senate", "embassy", "pentagon",
})
DOCUMENT_NOUNS = frozenset({
    "report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "data",
    "assessment", "assessments", "finding", "findings", "document", "documents", "letter", "letters", "memo",
    "analysis", "investigation", "filing", "filings", "record", "records", "release", "intelligence", "ruling",
    "order", "opinion", "paper", "review", "estimate", "estimates", "figures", "census", "poll", "polls",
    "audit", "briefing", "transcript",
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
_REFERRING_OPENERS = re.compile(r"^(?:(?:one|some|many|most|all|two|three|several)\s+of\s+)?"
                                r"(?:the|this|that|these|those|its|their|his|her)\s+", re.IGNORECASE)
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
    return definite and all(w in REFERRING_NOUNS for w in rest)


@lru_cache(maxsize=20000)
def looks_like_source(source: str) -> bool:
    """A source phrase: ends on a content word and names someone or something that can speak."""
    ws = _lower_words(source)
    if not ws or ws[-1] in STOPWORDS or len(ws) > 12:
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
    return kind in ("media_outlet", "named_organization") and has_name(source) and not ws & DOCUMENT_NOUNS
