"""Cheap sanity checks on what the analysis hands over, so that a shaky source phrase
("Bill Nelson opened the press briefing by", "The latest image") never becomes an
option. The checks only drop material; they never invent any."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.generate.text import STOPWORDS

PEOPLE_NOUNS = frozenset(["official", "officials", "source", "sources", "person", "people", "expert", "experts", "analyst", "analysts", "scientist", "scientists", "researcher", "researchers", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "member", "members", "resident", "residents", "witness", "witnesses", "leader", "leaders", "director", "minister", "president", "secretary", "ambassador", "chief", "head", "representative", "representatives", "lawmaker", "lawmakers", "senator", "governor", "mayor", "diplomat", "diplomats", "employee", "employees", "staff", "officer", "officers", "commander", "commanders", "executive", "executives", "insider", "insiders", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "investigator", "investigators", "doctor", "doctors", "professor", "economist", "economists", "observers", "critics", "fans", "player", "players", "coach", "manager", "owner", "organizers", "organisers", "authorities", "administrator", "administrators", "agent", "agents", "worker", "workers"])
ORGANIZATION_NOUNS = frozenset(["administration", "ministry", "department", "agency", "government", "police", "committee", "panel", "board", "court", "team", "office", "council", "commission", "military", "army", "navy", "company", "firm", "club", "league", "union", "parliament", "congress", "senate", "embassy", "pentagon"])
DOCUMENT_NOUNS = frozenset(["report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "data", "assessment", "assessments", "finding", "findings", "document", "documents", "letter", "letters", "memo", "analysis", "investigation", "filing", "filings", "record", "records", "release", "intelligence", "ruling", "order", "opinion", "paper", "review", "estimate", "estimates", "figures", "census", "poll", "polls", "audit", "briefing", "transcript"])
ALL_NOUNS = PEOPLE_NOUNS | ORGANIZATION_NOUNS | DOCUMENT_NOUNS
_CAPITALISED = re.compile(r"\b[A-Z][\w.'-]*")


def _lower_words(source: str) -> list[str]:
    return re.findall(r"[a-z]+", source.lower())


def has_name(source: str) -> bool:
    """A capitalised word other than a leading article ("The", "A")."""
    tokens = _CAPITALISED.findall(source)
    return any(not (i == 0 and t.lower() in ("the", "a", "an") and source.startswith(t)) for i, t in enumerate(tokens))


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
    # "named": a student must see a name ("The company" is not one)
    return kind in ("named_person", "media_outlet", "named_organization") and has_name(source) \
        and not ws & DOCUMENT_NOUNS
