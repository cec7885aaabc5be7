"""Sources that only one outlet names: the certain form of "only one outlet reports it".

Whether another article tells a point in other words cannot be read from words with
certainty ("the toll was uncertain" / "the toll is likely to climb"), so a question that
says "no other outlet reports this point" may have a second right answer. Whether another
article names a source can be: its name is in that article's text or it is not. So the
compare questions about what only one outlet has ask about its sources: "Which outlet is
the only one to name Dr. Ada Brun?", "Which outlets cite Mayor Li?" Outlets choosing
different sources is a real coverage difference, and what rests on a source only one
article names can be looked up only there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen.analyze.lexicon import NAME_SUFFIXES
from quizgen.analyze.tokens import pos
from quizgen.generate.claims import source_span
from quizgen.generate.confidence import CONFIDENCE_BAR, singular_role
from quizgen.generate.context import NAMED_TYPES, Context
from quizgen.generate.text import (
    GENERIC_CAPITALS,
    content_stems,
    display_source,
    is_pronoun,
    jaccard,
    name_variants,
    name_words,
    near_word,
    same_source,
    word_count,
)
from quizgen.models import ArticleAnalysis, Attribution, Sentence
from quizgen.outlets import find_outlets, same_outlet

# the sentence shown with a lone source is quoted whole, so it must be short enough to read
MAX_SENTENCE_WORDS = 40
MIN_SENTENCE_WORDS = 8
# a source phrase longer than this is a description, not a name to show in a prompt
MAX_NAME_WORDS = 7
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass(frozen=True)
class LoneSource:
    article: ArticleAnalysis
    attribution: Attribution
    sentence: Sentence


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower().removesuffix("'s") for w in _WORD.findall(text.replace("\u2019", "'")))


def _article_words(ctx: Context, art: ArticleAnalysis) -> frozenset[str]:
    key = f"words:{art.article.id}"
    cached = ctx.memo.get(key)
    if not isinstance(cached, frozenset):
        cached = ctx.memo[key] = _words(f"{art.article.title or ''} {art.article.body}")
    return cached


def _outlets_named(ctx: Context, art: ArticleAnalysis) -> list[str]:
    """Every outlet the article names or runs copy from: its wire credit ("PARIS (AP) --"),
    the outlets it cites, and outlet names anywhere in its text ("AP" for "Associated Press")."""
    key = f"outlets:{art.article.id}"
    cached = ctx.memo.get(key)
    if not isinstance(cached, list):
        cached = ctx.memo[key] = [*filter(None, [art.article.wire]), *art.cited_outlets,
                                  *(m.text for m in find_outlets(f"{art.article.title or ''}\n{art.article.body}"))]
    return cached


def _other_outlets(ctx: Context, art: ArticleAnalysis) -> list[ArticleAnalysis]:
    """Every article of another outlet (all of them, not one per outlet: any may name it)."""
    mine = ctx.outlet(art).lower()
    return [o for o in ctx.articles if o is not art and ctx.outlet(o).lower() != mine]


_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z'-]*")
# where a person's name ends and an apposition or affiliation begins
_PERSON_PARTS = re.compile(r",|\s(?:of|at|from|for|with|in)\s")


def _capitalised(phrase: str) -> list[str]:
    tokens = [t.lower().removesuffix("'s") for t in _CAPITALISED.findall(phrase.replace("\u2019", "'"))]
    return [t for t in tokens if t not in NAME_SUFFIXES and len(t) > 1]


def key_names(att: Attribution) -> frozenset[str]:
    """The words any mention of the source must use: a person's surname ("Reyes" for "Velora
    chief executive Anton Reyes": an article naming only the company does not name him), an
    organization's distinctive name words; the same for the person a pronoun refers to."""
    return _key_names(att.source, att.refers_to or "", att.source_type)


@lru_cache(maxsize=20000)
def _key_names(source: str, refers_to: str, source_type: str) -> frozenset[str]:
    out: set[str] = set()
    for phrase in (source, refers_to):
        surname = _surname(phrase) if source_type == "named_person" else ""
        out |= {surname} if surname else name_words(phrase)
    return frozenset(out)


@lru_cache(maxsize=20000)
def _all_names(source: str, refers_to: str, source_type: str) -> frozenset[str]:
    return _key_names(source, refers_to, source_type) | frozenset(_capitalised(source))


def _surname(phrase: str) -> str:
    """The last name word of the first part of a person phrase that holds a name: "Nadia
    Castellano" of "Nadia Castellano of the fire department", "Coleman" of "A passenger,
    Nakia Coleman, on the bus"."""
    for part in _PERSON_PARTS.split(phrase):
        tokens = _capitalised(part)
        if tokens and tokens[-1] not in GENERIC_CAPITALS:
            return tokens[-1]
    return ""


def same_named_source(a: Attribution, b: Attribution) -> bool:
    """Two attributions name one source: one's key name is among the other's name words
    ("Tedros" / "WHO chief Tedros Adhanom Ghebreyesus")."""
    if a.source_type not in NAMED_TYPES or b.source_type not in NAMED_TYPES:
        return False
    words_a = _all_names(a.source, a.refers_to or "", a.source_type)
    words_b = _all_names(b.source, b.refers_to or "", b.source_type)
    return any(near_word(k, w) for k in key_names(a) for w in words_b) \
        or any(near_word(k, w) for k in key_names(b) for w in words_a)


def surely_same_named(ctx: Context, a: Attribution, b: Attribution) -> bool:
    """Two attributions surely name one person or body (see `_same_named`)."""
    return _same_named(ctx, a, b, sure=True)


def maybe_same_named(ctx: Context, a: Attribution, b: Attribution) -> bool:
    return _same_named(ctx, a, b, sure=False)


def _same_named(ctx: Context, a: Attribution, b: Attribution, sure: bool) -> bool:
    """A bare surname is read as the full name its own article gives ("Hassan" after
    "Health Minister Hamad Hassan"); two full names of people must share their surname,
    or one hold all the other's name words: "Hamad Hassan" and "Hassan Diab" share a word
    but are two people. A bare name no full name explains may be anyone with that name
    word, and is surely only someone whose surname it is."""
    if not same_named_source(a, b):
        return False
    a, b = _full_name(ctx, a), _full_name(ctx, b)
    if "media_outlet" in (a.source_type, b.source_type) and a.source_type != b.source_type:
        return not sure  # "Wall Street" and "The Wall Street Journal": a place (or market) and a paper
    if (a.source_type == "named_person") != (b.source_type == "named_person"):
        return not sure  # "Dodgers manager Dave Roberts" and "The Dodgers": a person and the body he works for
    names_a, names_b = name_words(a.source), name_words(b.source)
    nested = names_a <= names_b or names_b <= names_a
    if a.source_type != "named_person" or b.source_type != "named_person":
        # "Japan's Fire and Disaster Management Agency" and "the Japan Coast Guard" share a word
        # but are two bodies: surely one only when one's name words are all the other's
        return nested or not sure
    same_surname = near_word(_surname(a.source), _surname(b.source))
    if _bare(a) or _bare(b):
        return same_surname or not sure
    return same_surname or nested


def _bare(att: Attribution) -> bool:
    return len(_capitalised(att.source)) == 1


def _full_name(ctx: Context, att: Attribution) -> Attribution:
    """The attribution of its own article that gives a bare surname in full, else itself."""
    if att.source_type != "named_person" or not _bare(att):
        return att
    found = ctx.sentence(att.sentence)
    if not found:
        return att
    surname = _surname(att.source)
    return next((t for t in found[0].attributions if t.source_type == "named_person" and not _bare(t)
                 and _surname(t.source) == surname), att)


def named_in(ctx: Context, other: ArticleAnalysis, att: Attribution, sentence: Sentence) -> bool:
    """The other article may name the same source: it runs or names the agency ("(AP)"), one
    of the source's key names (or a near spelling) is anywhere in its text, one of its sources
    is the same in other words, or it cites a described source ("the fire chief", "a company
    spokesperson", "the head of the ambulance service") that may be the same person."""
    names = key_names(att)
    words = _article_words(ctx, other)
    if att.source_type == "media_outlet" and any(same_outlet(att.source, n) for n in _outlets_named(ctx, other)):
        return True
    if names & words or any(len(n) >= 6 and near_word(n, w) for n in names for w in words if w[:2] == n[:2]):
        return True
    here = content_stems(sentence.text)
    for theirs in other.attributions:
        if maybe_same_named(ctx, att, theirs):
            return True
        people = att.source_type == theirs.source_type == "named_person"  # compared by name above
        for name in (theirs.source, theirs.refers_to or ""):
            if not name:
                continue
            if same_source(att.source, name) and not people:
                return True
            described = content_stems(name)
            if not name_words(name) and described and described <= here:
                return True
        if att.source_type == "named_person" and _one_unnamed_person(theirs) \
                and content_stems(theirs.source) & _described_as(ctx, att):
            return True
        # "Lawyers for Ohtani" printing the statement "Berk Brettler LLP" gave: an unnamed
        # source of the same statement may be the named one
        unnamed = theirs.source_type in ("anonymous", "unspecified")
        if unnamed and jaccard(content_stems(theirs.text), here) >= SAME_STATEMENT:
            return True
    return False


# Two sentences sharing this much of their words (Jaccard of content stems) carry one statement.
SAME_STATEMENT = 0.35


def _described_as(ctx: Context, att: Attribution) -> frozenset[str]:
    """Words of the sentences of the source's own article that name the person (their titles,
    their employer: "Francesco Bermano, director of the ambulance service"); built once per
    source and sentence, as every article of another outlet is checked against them."""
    key = f"described:{att.sentence}:{att.source}"
    cached = ctx.memo.get(key)
    if isinstance(cached, frozenset):
        return cached
    found = ctx.sentence(att.sentence)
    if not found:
        return frozenset()
    index = _sentences_by_word(ctx, found[0])
    sentences = {sid for n in key_names(att) for sid in index.get(n, ())}
    ctx.memo[key] = out = frozenset().union(*(ctx.stems.get(sid, frozenset()) for sid in sentences))
    return out


def _sentences_by_word(ctx: Context, art: ArticleAnalysis) -> dict[str, list[str]]:
    """Word -> ids of the article's sentences holding it (built once per article)."""
    key = f"sentences_by_word:{art.article.id}"
    cached = ctx.memo.get(key)
    if isinstance(cached, dict):
        return cached
    index: dict[str, list[str]] = {}
    for sent in art.sentences:
        for word in _words(sent.text):
            index.setdefault(word, []).append(sent.id)
    ctx.memo[key] = index
    return index


def _one_unnamed_person(att: Attribution) -> bool:
    """"The head of the local ambulance service said", "A Red Cross official said": one
    person, not named, who may be the very person another outlet names (when the words
    describing them match)."""
    words = att.source.strip().split(maxsplit=1)
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return False
    return att.source_type in ("anonymous", "named_person") and singular_role(f"the {words[1]}")


def lone_sources(ctx: Context, art: ArticleAnalysis) -> list[LoneSource]:
    """Named sources of this article, written with their cue in a whole sentence, that no
    article of another outlet names (one per source)."""
    key = f"lone:{art.article.id}"
    cached = ctx.memo.get(key)
    if isinstance(cached, list):
        return cached
    out: list[LoneSource] = []
    others = _other_outlets(ctx, art)
    for att in ctx.usable_attributions(art):
        found = ctx.sentence(att.sentence)
        # an outlet of this set ("X was the first to report") is compared, not a source to find
        if not others or not found or att.source_type not in NAMED_TYPES or not key_names(att) \
                or _common_plural(att) or any(ctx.own_outlet(o, att.source) for o in ctx.articles):
            continue
        sent = found[1]
        if word_count(sent.text) < MIN_SENTENCE_WORDS or not _quotable(ctx, att) or _listener_only(ctx, att) \
                or _exclamation_only(sent.text):
            continue
        if any(same_named_source(att, o.attribution) for o in out):
            continue
        if not any(named_in(ctx, other, att, sent) for other in others):
            out.append(LoneSource(art, att, sent))
    ctx.memo[key] = out
    return out


def _common_plural(att: Attribution) -> bool:
    """"Scholars had long believed": a plural common noun capitalised to open the sentence and
    typed a name for want of evidence, a vague group rather than a source to look up."""
    word = att.source.strip()
    return att.type_certain is False and " " not in word and word.endswith("s") and pos(word.lower()) == "NNS"


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{1,300})[\"\u201d]")
MIN_QUOTED_WORDS = 4


def _exclamation_only(text: str) -> bool:
    """'Pylkkänen simply said, "Well done."': all the source says is a few quoted words, no claim
    to ask "how would that source know?" about."""
    quoted = _QUOTED.findall(text)
    return bool(quoted) and all(len(q.split()) < MIN_QUOTED_WORDS for q in quoted) \
        and not re.search(r"\bthat\b", _QUOTED.sub("", text))


def _listener_only(ctx: Context, att: Attribution) -> bool:
    """"The agent told radio station NPO Radio 1 that ...": the station heard the claim from
    the speaker of its sentence; asked about as a source, "what NPO Radio 1 said" is false."""
    heard = att.source_type == "media_outlet" and (att.cue in ("told", "tells", "tell", "telling")
                                                   or att.cue.endswith(" to"))
    return heard and any(a.source != att.source for a in ctx.attributions(att.sentence))


def fullest_name(ctx: Context, atts: list[Attribution], att: Attribution) -> str:
    """The fullest way these attributions write a source ("Sheriff Eric Magrini" for a later
    "Magrini"), so a prompt never names someone by a bare surname, nor by another person's
    name ("Hamad Hassan" is not "Hassan Diab")."""
    # ("she (Elizabeth Le)": the analysis's pronoun with its referent is no name to print)
    names = [a.source for a in atts if surely_same_named(ctx, att, a) and word_count(a.source) <= MAX_NAME_WORDS
             and "(" not in a.source and not is_pronoun(a.source.split()[0])]
    return display_source(max([att.source, *names], key=lambda n: (len(name_words(n)), word_count(n))))


def shared_sources(ctx: Context) -> list[Attribution]:
    """Named sources that articles of at least two outlets cite: "only one outlet names it"
    is false for each, with certainty (the name is in both)."""
    cached = ctx.memo.get("shared_sources")
    if isinstance(cached, list):
        return cached
    out: list[Attribution] = []
    for art in ctx.distinct_outlets:
        for att in ctx.usable_attributions(art):
            if att.source_type not in NAMED_TYPES or not key_names(att) or any(
                    same_named_source(att, o) for o in out):
                continue
            if any(surely_same_named(ctx, att, t) for other in _other_outlets(ctx, art) for t in other.attributions):
                out.append(att)
    ctx.memo["shared_sources"] = out
    return out


def naming_outlets(ctx: Context, att: Attribution) -> tuple[list[tuple[ArticleAnalysis, Attribution]],
                                                            list[ArticleAnalysis]] | None:
    """(articles that cite the source by name, each with its citing attribution; articles that
    never mention it), one per outlet, or None when an article mentions it without citing
    it the way a question can point at (then "which outlets name it?" has no sure answer)."""
    found = ctx.sentence(att.sentence)
    if not found:
        return None
    citing, silent = [], []
    for art in ctx.distinct_outlets:
        cite = next((t for t in art.attributions if surely_same_named(ctx, att, t) and _sure(ctx, t)
                     and ctx.evidence(t.sentence)), None)
        if cite:
            citing.append((art, cite))
        elif named_in(ctx, art, att, found[1]):
            return None
        else:
            silent.append(art)
    return citing, silent


def _quotable(ctx: Context, att: Attribution) -> bool:
    """Sure of the source, in a whole sentence short enough to show in a prompt."""
    found = ctx.sentence(att.sentence)
    return bool(found) and ctx.complete(found[1]) and word_count(found[1].text) <= MAX_SENTENCE_WORDS \
        and ctx.sentence_confidence(att.sentence) >= 1.0 and _sure(ctx, att)


def _sure(ctx: Context, att: Attribution) -> bool:
    """The phrase is the one who says so (not the one told, not an employer) and of its kind;
    another source in the same sentence does not matter here ("according to A and B")."""
    return ctx.attribution_confidence(att, source_span(att.text, att.source), alone=False) >= CONFIDENCE_BAR


def names_outlet(text: str, outlet: str) -> bool:
    """The text names the outlet, in any of its accepted spellings ("KTLA", "The Hill" / "Hill")."""
    lowered = f" {' '.join(_WORD.findall(text.lower()))} "
    return any(f" {' '.join(_WORD.findall(v.lower()))} " in lowered for v in name_variants(outlet) if v.strip())


def clear_caches() -> None:
    for cached in (_key_names, _all_names):
        cached.cache_clear()
