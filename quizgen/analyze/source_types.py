"""Classify a source phrase: named_person, named_organization, anonymous, document,
media_outlet or unspecified (rules: ANNOTATION.md in the shared evaluation kit).

Features, in order: outlet names and outlet nouns; document nouns; capitalised name
runs (titles make a person, organisation words, acronyms, places and "the" make an
organisation); unnamed people (anonymous) versus vague crowds (unspecified).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from quizgen.analyze.lexicon import (ANONYMOUS_NOUNS, BROADCAST_WORDS, CROWD_NOUNS, DETERMINERS, DOCUMENT_NOUNS, NAME_PARTICLES,
                                     GIVEN_NAME_PRONOUN, NAME_SUFFIXES, NEWS_BODIES, ORG_NAME_HEADS, ORG_WORDS, OUTLET_LEAD_WORDS,
                                     OUTLET_NAME_WORDS, OUTLET_NOUNS, PERSON_TITLES, PLACES, QUANTIFIERS, SURVEY_TOPICS, TIME_WORDS,
                                     TITLE_ACRONYMS, UNIQUE_OFFICES, ORG_NOUNS, is_title, trade_plural)
from quizgen.analyze.phrases import Span, head_index, joins_titles, shared_head
from quizgen.analyze.tokens import QUOTE_CHARS, Token, pos

# Lower-case heads that stand for an institution ("the ministry said").

# Capitalised words that open a sentence or a name without being part of a name.
_NOT_NAME = DETERMINERS | TIME_WORDS | frozenset("the a an but and so in on at as if when".split())
# Name particles that may sit inside a person's name ("Guillem de la Fuente").
# A run of capitalised words: never across a line break or past a word that ends a
# sentence ("... said CEO Richard F. Smith.\n\nEquifax is" is two runs; "F." and "Jr." go on)
_CAP_RUN = re.compile(r"[A-Z][\w’'.-]*(?:(?<![a-z]{3}\.)[^\S\n]+(?:(?:" + "|".join(sorted(NAME_PARTICLES))
                      + r")[^\S\n]+)*[A-Z][\w’'.-]*)*")


_AGED = re.compile(r"\b([A-Z][a-z’'-]{1,30}), \d{1,3},")


@dataclass
class NameMemory:
    """Which capitalised words the article uses inside person names or organisation names."""

    persons: set[str] = field(default_factory=set)
    # the words that end a person's name: a bare later mention is a surname ("Nelson"), not
    # the first word of a two-word name ("Tottenham" of "Tottenham Hotspur")
    surnames: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)


def _word_key(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.lower()).rstrip(".")


def remember_names(body: str) -> NameMemory:
    """One pass over the body: "Bill Nelson" makes a later bare "Nelson" a person."""
    memory = NameMemory()
    brands = _brand_prefixes(body)
    for m in _CAP_RUN.finditer(body):
        raw = m.group().split()
        words = [_word_key(w) for w in raw]
        acronym = any(w.isupper() and len(w) > 1 for w in raw)
        # a title splits the run: "NASA Administrator Bill Nelson" -> "Bill Nelson"
        titled = [i for i, w in enumerate(words) if w in PERSON_TITLES]
        if titled:
            words = words[titled[-1] + 1:]
        article = False
        while words and (words[0] in _NOT_NAME or words[0].endswith("-based")):  # "Atlanta-based Equifax"
            article = article or words[0] in ("a", "an", "the")
            words = words[1:]
        if not words:
            continue
        if len(words) > 4 and not titled:
            words = words[-2:]  # "State Dam Safety Engineer Priya Raman": the name ends the run
        if (any(w in ORG_WORDS or w in OUTLET_NAME_WORDS for w in words) or " ".join(words) in PLACES
                or (acronym and len(raw) == len(words))):
            memory.orgs.update(words)
        elif titled or (len(words) >= 2 and (words[0] in GIVEN_NAME_PRONOUN or not (
                _attributive(body, m, article) or words[0] in brands))):
            memory.persons.update(w for w in words if w not in NAME_PARTICLES)
            memory.surnames.add(next((w for w in reversed(words) if w not in NAME_SUFFIXES), words[-1]))
    # an age in apposition is said of people only: "Kessler, 54, said"
    aged = {_word_key(m.group(1)) for m in _AGED.finditer(body)} - ORG_WORDS
    memory.persons.update(aged)
    memory.surnames.update(aged)
    return memory


def _brand_prefixes(body: str) -> frozenset[str]:
    """First words of two-word names that go on in more than one way ("Amazon Prime",
    "Amazon Go", "Amazon Fresh"): a brand's family of products, not a person's given name
    (a person's is unlikely to head two surnames in one article); known given names aside."""
    following: dict[str, set[str]] = {}
    for m in _CAP_RUN.finditer(body):
        raw = m.group().split()
        if len(raw) >= 2:
            first = _word_key(raw[0])
            if first not in _NOT_NAME and first not in GIVEN_NAME_PRONOUN:
                following.setdefault(first, set()).add(_word_key(raw[1]))
    return frozenset(first for first, seconds in following.items() if len(seconds) >= 2)


def _attributive(body: str, run: re.Match[str], article: bool) -> bool:
    """'An Amtrak Cascades train', 'the Boeing Starliner capsule': a name that modifies a
    common noun, or stands after an article, is a brand or a place, not a person."""
    before = body[max(0, run.start() - 4):run.start()].lower().split()
    following = body[run.end():run.end() + 30].split()
    # "Claudio Ranieri's side": a possessive owns the noun after it, it does not modify it
    possessive = run.group().endswith(("'s", "’s", "s'", "s’"))
    noun_after = not possessive and bool(following) and following[0].isalpha() and following[0].islower() \
        and pos(following[0]) in ("NN", "NNS")
    return article or (bool(before) and before[-1] in ("a", "an", "the")) or noun_after


@dataclass
class TypeContext:
    names: NameMemory
    is_outlet: Callable[[str], bool]  # does this text name a known news outlet?


def _is_name(t: Token) -> bool:
    """A capitalised word that is a name, not a common noun opening the sentence."""
    if not t.is_word or not t.is_cap:
        return False
    low = t.bare
    return not (low in _NOT_NAME or low in CROWD_NOUNS or low in ANONYMOUS_NOUNS or low in DOCUMENT_NOUNS
                or low in OUTLET_NOUNS)


def classify(tokens: list[Token], span: Span, ctx: TypeContext) -> str:
    return classify_evidence(tokens, span, ctx)[0]


def classify_evidence(tokens: list[Token], span: Span, ctx: TypeContext) -> tuple[str, bool]:
    """(type, certain): certain unless a capitalised name was typed for want of evidence
    (no title, given name, introduced surname or organisation word)."""
    start, end = span
    # type the phrase without its relative clause ("the finding that was published by the Times")
    end = next((k for k in range(start + 1, end) if tokens[k].low in ("that", "which", "who")
                and not tokens[k].is_cap), end)
    span = (start, end)
    joined = next((k for k in range(start + 1, end - 1) if tokens[k].low == "and"), None)
    if joined is not None and not (tokens[joined - 1].is_cap and tokens[joined + 1].is_cap) \
            and not shared_head(tokens, joined) \
            and not (joins_titles(tokens, joined) and joined >= 2
                     and (tokens[joined - 2].is_possessive or tokens[joined - 2].is_cap
                          and tokens[joined - 2].low not in ("the", "a", "an"))):
        # (not "founder and chairman Mara Quill": two titles of one person)
        # "a security source and local media": two sources of two kinds are one of neither
        kinds = {classify_evidence(tokens, part, ctx)[0] for part in ((start, joined), (joined + 1, end))}
        if len(kinds) > 1:
            return ("anonymous" if "anonymous" in kinds else min(kinds)), False
    words = tokens[start:end]
    if _name_withheld(tokens, end):
        return "anonymous", True  # "spectator Doni, who declined to give his last name": not a name to look up
    if _titled_name_last(words):
        return "named_person", True  # "Ministry of Transport spokesman Sindu Rahayu": the name, not the ministry
    if any(t.bare in BODY_HEADS for t in words):
        return "named_organization", True  # "the Directorate General of Shipping": "General" is no officer here
    text = " ".join(t.text for t in words)
    head_at = head_index(tokens, span)
    head = tokens[head_at]
    head_low = head.bare
    owner = next((k for k in range(start, end - 1) if tokens[k].is_possessive), None)
    outlet_owned = ctx.is_outlet(text) or _outlet_owner(words, head, ctx)
    if owner is not None and end - owner > 2 and all(t.is_cap and t.is_word for t in tokens[owner + 1:end]) \
            and head.is_cap:
        # "the Institute for the Study of War’s Mason Clark", "CNBC’s David Faber": the person speaks
        owned = classify_evidence(tokens, (owner + 1, end), ctx)
        if owned[0] == "named_person" or not outlet_owned:
            return owned
    if tokens[end - 1].bare in ("website", "site", "page") and not outlet_owned and (owner is not None or (
            any(t.low not in ("the", "a", "an") for t in words[:-1]) and not any(t.low == "news" for t in words)
            and not outlet_named(words[:-1]))):
        return "document", True  # "the school's website", "the Maui County website": a page, not a news outlet
    if _research_paper(words, head_low) and not outlet_owned:
        return "document", True
    if (outlet_owned or news_body(words) or head_low in OUTLET_NOUNS or outlet_named(words)
            or _quoted_name(tokens, span) or _introduced_title(words) or _broadcaster(words, head_low)):
        return "media_outlet", True  # "the Seoul-based Yonhap news agency", "Radio Free Europe"
    if head_low in ORG_NAME_HEADS and head.is_cap and _capitalised_before(tokens, head_at) \
            and not (head_low.startswith("survey") and any(t.low in SURVEY_TOPICS for t in words)):
        return "named_organization", True  # "the U.S. Geological Survey": a name, not a survey
    if head_low in DOCUMENT_NOUNS:
        return "document", True
    # "Security researchers" opening a sentence: a capitalised common word, not a name
    names = [t for t in words if _is_name(t) and not (t is tokens[0] and t is not head and _common_word(t))]
    first = words[0].low
    definite = first == "the" or words[0].is_possessive or any(t.is_possessive for t in words[:-1])
    if first in QUANTIFIERS and _is_name(head) and head_low.endswith("s"):
        return "anonymous", True  # "Several Democrats": unnamed people of a named group
    # "Leaders from Imran's party alleged": a common noun capitalised to open the sentence
    # ("Investors testified": typed as "investors" is, never as a body's name)
    opening_common = head is tokens[0] and _common_word(head) and head_low.endswith("s") \
        and (head_low in ANONYMOUS_NOUNS or head_low.removesuffix("s") in PERSON_TITLES or pos(head_low) == "NNS")
    if head.is_cap and is_title(head_low) and first not in ("a", "an", "one", "another") \
            and first not in QUANTIFIERS and _office_of_a_body(tokens, head_at, end):
        return "named_person", True  # "Minister of Home Affairs Rabi Lamichhane": one office, named
    if not _is_name(head) or opening_common:
        if head_low in ORG_NOUNS and first in ("a", "an", "another") and not names:
            return "unspecified", True  # "an independent review board": a body the article does not name
        if head_low in ORG_NOUNS:
            return "named_organization", True
        if head_low in UNIQUE_OFFICES and definite and not head_low.endswith("s"):
            return "named_person", True
        if head_low in PERSON_TITLES or head_low in UNIQUE_OFFICES:
            return "anonymous", True  # "a county commissioner", "a federal prosecutor"
        if head_low in CROWD_NOUNS and not names:
            return "unspecified", True
        if head_low.removesuffix("s") in PERSON_TITLES:
            return "anonymous", True  # "two inspectors", "the prosecutors"
        if trade_plural(head_low) and head_low not in ORG_WORDS:
            return "anonymous", True  # "CERN physicists at the Large Hadron Collider": people of a body, unnamed
        if head_low in ANONYMOUS_NOUNS or head_low in CROWD_NOUNS:
            return "anonymous", True
        if head_low in PERSON_TITLES and definite:
            return "named_person", True
        if first in QUANTIFIERS or first[:1].isdigit():
            return "unspecified", True  # "Several Philadelphia-area hospitals": counted, not named
        named = names if not opening_common else [t for t in names if t is not head]
        return ("named_organization" if named else "unspecified"), False  # no list knows the head word
    if head.text in TITLE_ACRONYMS and head is words[-1] and len(words) == 2 and first in ("the", "a", "an"):
        return ("named_person" if first == "the" else "anonymous"), True  # "The CS said": the cabinet secretary
    if head is words[-1] and described_by_nationality(words):
        return "named_person", True  # "the 28-year-old Russian": a person described, named elsewhere
    # a capital "The" inside a sentence opens a title: "..., The Information reports"
    titled = words[0].text == "The" and (
        (start > 0 and tokens[start - 1].text not in QUOTE_CHARS)
        or (len(words) == 2 and pos(words[1].low) in ("NN", "JJ")))  # "The Information reported"
    kind = _classify_name(words, head, ctx, titled)
    if kind == ("named_person", False) and _spoken_of_as_a_body(tokens, end):
        return "named_organization", True  # "Manchester United said they had listened": no person
    return kind


# Words that make "a paper" a newspaper ("a local paper", "a Spanish paper"); without one,
# "a paper" / "papers" is a research paper or a document ("according to a paper here").
_NEWSPAPER_MODIFIERS = frozenset("""
local daily weekly sunday saturday national regional tabloid state-run state-owned state business financial
evening morning student community free leading popular broadsheet news provincial city town
""".split())


def _research_paper(words: list[Token], head_low: str) -> bool:
    """"a paper", "a new paper", "papers": a paper that is no newspaper ("the paper(s)" is)."""
    if head_low not in ("paper", "papers") or words[0].low == "the" or any(t.is_possessive for t in words) \
            or (head_low == "paper" and words[0].low not in ("a", "an")):
        return False
    return not any(t.is_cap or t.low in _NEWSPAPER_MODIFIERS for t in words[:-1] if t.low not in ("a", "an"))


_NATIONALITY_ENDINGS = ("ian", "ean", "ese", "an", "ish", "i")


def described_by_nationality(words: list[Token]) -> bool:
    """"the 28-year-old Russian", "the veteran Brazilian": "the", up to six common words, then
    a nationality; a person named elsewhere in the article."""
    if not 2 <= len(words) <= 8 or words[0].low != "the":
        return False
    head = words[-1]
    # "the Slovenian", "the Pakistani"; not "the Vatican", and "the British" / "the Chinese" are a people
    endings = _NATIONALITY_ENDINGS if len(words) >= 3 else ("ian", "ean", "i")
    return head.is_cap and head.low.endswith(endings) and not head.is_possessive and not head.text.isupper() \
        and all(not t.is_cap and t.is_word or t.low[:1].isdigit() for t in words[1:-1])


def _capitalised_before(tokens: list[Token], at: int) -> bool:
    return at > 0 and tokens[at - 1].is_cap and tokens[at - 1].is_word and tokens[at - 1].low not in _NOT_NAME


def _common_word(t: Token) -> bool:
    tag = pos(t.low)
    return bool(tag) and not tag.startswith("NNP")


_ADJECTIVE_ENDINGS = ("al", "ed", "ern", "ic", "ish", "ese")


def _company_style(run: list[Token]) -> bool:
    """'Delta Air Lines', 'General Motors', 'United Harbor Lines': a name made of common
    words (a plural noun last, or an adjective such as "United", "Southern" first)."""
    if len(run) < 2:
        return False
    tags = [pos(t.low) for t in run]
    common = sum(tag in ("NN", "NNS", "JJ", "VBN") for tag in tags)
    plural_last = tags[-1] == "NNS" and common >= 2
    adjective_first = tags[0] in ("JJ", "VBN") and run[0].low.endswith(_ADJECTIVE_ENDINGS) and common >= 2
    # "Metro Transit", "Standard Chartered": every word common, and no given name first ("Mark Stone")
    all_common = common == len(run) and run[0].low not in GIVEN_NAME_PRONOUN
    return plural_last or adjective_first or all_common


def _office_of_a_body(tokens: list[Token], head_at: int, end: int) -> bool:
    """A capitalised title followed by "of" or "for" and capitalised words only (with the commas
    and "and" of a list): "Minister for Industry, Commerce and Supplies", "Secretary of State"."""
    rest = tokens[head_at + 2:end]
    return head_at + 1 < end and tokens[head_at + 1].low in ("of", "for") and bool(rest) and rest[0].is_cap \
        and all((t.is_word and t.is_cap) or t.text == "," or t.low == "and" for t in rest)


def _initial_stop(words: list[Token], i: int) -> bool:
    """The period of a middle initial: "Ann J. Roe"."""
    return words[i].text == "." and i > 0 and len(words[i - 1].text) == 1 and words[i - 1].text.isupper()


# "..., who declined to give his last name", "..., who gave only her first name",
# "..., who asked that only his first name be used": the reader gets no name to check
_WITHHELD_NAME = re.compile(r"^,?\s*who\s+(?:declined|refused|did\s+not\s+want|would\s+not|asked\s+not|gave\s+only|"
                            r"asked\s+that\s+only|identified\s+(?:himself|herself|themselves)\s+only)\b"
                            r"[^.,;]{0,40}?\b(?:name|names|identified)\b", re.IGNORECASE)


def _name_withheld(tokens: list[Token], end: int) -> bool:
    after = " ".join(t.text for t in tokens[end:end + 14])
    return bool(_WITHHELD_NAME.match(after))


def _titled_name_last(words: list[Token]) -> bool:
    """The phrase ends in a lowercase title and a name of two to four capitalised words,
    after an "of" phrase ("Directorate of Air Transport spokesman Sindu Rahayu")."""
    names = 0
    while names < len(words) and words[-1 - names].is_word and words[-1 - names].is_cap:
        names += 1
    at = len(words) - 1 - names
    # ("Office of Emergency Services official Mark Pazin": a singular word for a person serves too)
    person_word = is_title(words[at].bare) or (words[at].bare in ANONYMOUS_NOUNS and not words[at].bare.endswith("s"))
    return 2 <= names <= 4 and at > 0 and not words[at].is_cap and person_word \
        and any(t.low == "of" for t in words[:at])


_BODY_PRONOUNS = frozenset("it its they their them".split())
_PERSON_PRONOUNS = frozenset("he his him she her".split())


def _spoken_of_as_a_body(tokens: list[Token], end: int) -> bool:
    """The first pronoun after the name, within a few words, is "it" or "they" ("Tottenham
    Hotspur announced that they would withdraw"), not "he" or "she"."""
    for k in range(end, min(len(tokens), end + 6)):
        low = tokens[k].low
        if low in _PERSON_PRONOUNS:
            return False
        if low in _BODY_PRONOUNS:
            # not the "it" of "it was time to act", which stands for no one
            return not (low == "it" and k + 1 < len(tokens) and tokens[k + 1].low in ("is", "was", "'s", "’s"))
    return False


# Articles of other languages opening a capitalised name: a newspaper's or a body's title
# a website's address as its name: "Harbor News.com", "Asia.com"
WEB_DOMAIN = re.compile(r"\w\.(?:com|net|org|co\.uk|co|news|tv|in|info)$")
# Words for a body that a title may follow in its name, never a person's ("the Directorate
# General of Shipping", "Inspectorate General")
BODY_HEADS = frozenset("directorate directorate-general inspectorate inspectorate-general secretariat".split())

_FOREIGN_ARTICLES = frozenset("El La Le Les Il Lo Los Las Der Die Das Het".split())


def _classify_name(words: list[Token], head: Token, ctx: TypeContext, titled: bool = False) -> tuple[str, bool]:
    """A phrase whose head is a capitalised name."""
    idx = next(i for i, t in enumerate(words) if t is head)
    run = [head]
    i = idx - 1
    while i >= 0 and (_is_name(words[i]) or words[i].low in NAME_PARTICLES or _initial_stop(words, i)):
        if words[i].is_word:
            run.insert(0, words[i])
        i -= 1
    while len(run) > 1 and run[0].low.endswith("-based"):
        run.pop(0)  # "Atlanta-based Equifax": where the body is, not a first name
    keys = [t.bare.rstrip(".") for t in run]
    if len(run) >= 2 and run[0].text in _FOREIGN_ARTICLES:
        return "named_organization", True  # "El Grafico", "La Nación", "Le Monde": a title, no person's name
    site = WEB_DOMAIN.search(keys[-1])
    if site:  # "Harbor News.com", "Coastland Asia.com": a website, never a person
        last = keys[-1][:site.start() + 1]
        return ("media_outlet", True) if last in OUTLET_NAME_WORDS and len(run) >= 2 else ("named_organization", False)
    if keys[0] == "air" and len(run) >= 2 and keys[-1] not in BROADCAST_WORDS and not any(is_title(k) for k in keys):
        return "named_organization", True  # "Air Orlan Express", "Air Veltra": an airline, no newspaper or person
    if keys[-1] in OUTLET_NAME_WORDS and len(run) >= 2:
        return "media_outlet", True  # "The Valley Courier", "Fox News"
    if keys[-1] in ORG_WORDS:
        return "named_organization", True  # "the Marren County Sheriff's Office"
    if any(is_title(k) for k in keys) or (i >= 0 and is_title(words[i].bare.rstrip("."))):
        return "named_person", True
    if i >= 0 and words[i].bare in ANONYMOUS_NOUNS and not words[i].bare.endswith("s") \
            and words[i].bare not in ("people", "men", "family"):
        return "named_person", True  # "police official AK Chhetri", "local resident Bishnu Tiwari"
    if i >= 0 and words[i].bare in ORG_NOUNS:
        return "named_organization", True  # "cellphone company Bharti Airtel", "buyout firm Apollo"
    if _company_style(run) or any(t.is_cap and t.low in ("without", "for", "against", "and") for t in words[1:]):
        return "named_organization", True  # "Doctors Without Borders", "Physicians for Peace": no person's name
    if titled and len(run) <= 3 and not any(k in ORG_WORDS for k in keys) and " ".join(keys) not in PLACES:
        return "media_outlet", True
    if (any(k in ORG_WORDS for k in keys) or " ".join(keys) in PLACES or head.text.isupper()
            or (i >= 0 and words[i].low == "the") or (words[0].low == "the" and len(run) == len(words) - 1)):
        return "named_organization", True
    if any(t.text.isupper() and len(t.text) > 1 for t in run):
        return "named_organization", False  # "NHS England": initials belong to bodies, not to people's names
    if len(run) >= 2:
        return "named_person", keys[0] in GIVEN_NAME_PRONOUN  # "Mark Stone" for sure, "Xi Jinping" likely
    if keys[0] in ctx.names.orgs and keys[0] not in ctx.names.persons:
        return "named_organization", True  # "Equifax Inc ... Equifax said"
    if keys[0] in ctx.names.persons:
        # a surname introduced with its first name; the first word of a two-word name may be a
        # person's ("Tedros") or a club's ("Tottenham" of "Tottenham Hotspur")
        return "named_person", keys[0] in ctx.names.surnames
    return "named_organization", False  # "Veltrax said": a company, most likely


def _broadcaster(words: list[Token], head_low: str) -> bool:
    """'Iranian state TV', 'local television stations', 'a radio station'."""
    return head_low in BROADCAST_WORDS or (head_low in ("station", "stations")
                                           and any(t.low in BROADCAST_WORDS for t in words))


def news_body(words: list[Token]) -> bool:
    """'the Yonhap news agency', 'a Kenyan news site': "news" before a word for a body."""
    return any(t.low == "news" and k + 1 < len(words) and words[k + 1].bare in NEWS_BODIES for k, t in enumerate(words))


def outlet_named(words: list[Token]) -> bool:
    """A newspaper-style name: "the Valley Courier", "a Harbor Ledger article", "the Times"."""
    run, airline = 0, False
    for k, t in enumerate(words):
        if not (t.is_word and t.is_cap) and not (run and t.text[0].isdigit()):  # "Channel 4 News"
            run = 0
            continue
        if run == 0 and t.bare in OUTLET_LEAD_WORDS and k + 1 < len(words) and words[k + 1].is_cap:
            return True  # "Radio Free Europe", "Channel 4"
        if run == 0:
            airline = t.bare == "air"  # "Air Orlan Express": an airline
        run += 1
        last = k + 1 == len(words) or not (words[k + 1].is_word and words[k + 1].is_cap)  # not "Post Office"
        if last and t.bare in OUTLET_NAME_WORDS and (run >= 2 or (k > 0 and words[k - 1].low == "the")) \
                and not (airline and t.bare not in BROADCAST_WORDS):
            return True
    return False


def _outlet_owner(words: list[Token], head: Token, ctx: TypeContext) -> bool:
    """"The Harbor Ledger's analysis", "a CNN poll": an outlet's own work speaks for it."""
    for k, t in enumerate(words):
        if t is head:
            return False
        if t.is_cap and (t.is_possessive or k + 1 < len(words) and words[k + 1] is head and not head.is_cap):
            owner = words[:k + 1]
            name = " ".join(w.text for w in owner)
            name = re.sub(r"(?:['’]s|(?<=s)['’])$", "", name)
            if ctx.is_outlet(name) or outlet_named(owner):
                return True
    return False


def _introduced_title(words: list[Token]) -> bool:
    """'the newspaper “Tidewatch”', 'the Spanish publications Mundo and Sport'."""
    for k in range(len(words) - 1):
        if words[k].bare in OUTLET_NOUNS:
            nxt = words[k + 1] if words[k + 1].is_word else (words[k + 2] if k + 2 < len(words) else None)
            if nxt is not None and nxt.is_word and nxt.is_cap:
                return True
    return False


def _quoted_name(tokens: list[Token], span: Span) -> bool:
    """A title in quote marks ("Goal", “SPOX”): publications are quoted, people are not."""
    start, end = span
    return (end - start >= 3 and tokens[start].text in QUOTE_CHARS and tokens[end - 1].text in QUOTE_CHARS
            and all(t.is_cap for t in tokens[start + 1:end - 1] if t.is_word))
