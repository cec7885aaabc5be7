"""Links across sentences: pronoun sources and continuation quotes.

- "he said" takes the nearest earlier source that fits ("He (Tedros)"): a person for
  he/she, a group or organisation for they, an organisation, document or outlet for it;
  with no person before it, "he" makes a one-word name ("Kessler said") a person.
- A quoted sentence right after an attributed one, with no source of its own, keeps
  the previous speaker (cue "quoted (continuation of quote)").
"""

from __future__ import annotations

from quizgen.analyze.lexicon import GIVEN_NAME_PRONOUN, ORG_WORDS, PLURAL_PRONOUN_NOUNS
from quizgen.analyze.tokens import OPEN_QUOTES, Token
from quizgen.models import Attribution, Sentence

CONTINUATION_CUE = "quoted (continuation of quote)"
# how far back (in sentences) a pronoun may look for its referent
PRONOUN_REACH = 3
_SINGULAR_TYPES = ("named_person", "anonymous")
_PLURAL_TYPES = ("anonymous", "named_organization", "unspecified")
_THING_TYPES = ("named_organization", "document", "media_outlet")


def is_plural_source(attr: Attribution) -> bool:
    last = attr.source.split()[-1].lower().strip(".,") if attr.source.split() else ""
    # (not "a witness", "the boss": "-ss" ends singular nouns)
    return attr.source_type != "named_person" and (last in PLURAL_PRONOUN_NOUNS
                                                   or (last.endswith("s") and not last.endswith("ss")))


def is_named_list(attr: Attribution) -> bool:
    """Named people counted together ("Ann Roe and Ben Li"): "they" may stand for them."""
    return attr.source_type == "named_person" and " and " in f" {attr.source} ".replace("&", "and")


# cue of a history entry for a person only mentioned ("behind Mr Macron as he spoke"): no
# source, but "he" after it may be them, so it may not skip back to an earlier speaker
MENTIONED = "(mentioned)"


def person_mentions(tokens: list[Token]) -> list[str]:
    """People a sentence names with an honorific or a known given name ("Mr Macron",
    "Emmanuel Macron"), wherever they stand."""
    out = []
    for k in range(len(tokens) - 1):
        t, after = tokens[k], tokens[k + 1]
        if t.is_cap and after.is_cap and after.is_word and after.text[1:2].islower() \
                and (t.low in _HONORIFICS or t.low in GIVEN_NAME_PRONOUN):
            out.append(f"{t.text} {after.text}")
    return out


def resolve_pronoun(pronoun: str, history: list[tuple[int, Attribution]], index: int) -> Attribution | None:
    """The nearest earlier attribution whose source fits the pronoun; none when a person only
    mentioned since then fits it too (a wrong speaker is worse than none)."""
    for sent_index, attr in reversed(history):
        if index - sent_index > PRONOUN_REACH:
            return None
        if attr.cue == MENTIONED:
            if pronoun in ("he", "she") and gender_fits(pronoun, attr.source):
                return None
            continue
        if attr.source.lower() in ("he", "she", "they", "it"):
            continue  # a pronoun nobody was found for
        if pronoun in ("he", "she") and attr.source_type in _SINGULAR_TYPES and not is_plural_source(attr) \
                and gender_fits(pronoun, attr.refers_to or attr.source):
            return attr
        if pronoun == "it" and attr.source_type in _THING_TYPES:
            return attr
        if pronoun == "they" and (attr.source_type == "named_organization" or is_named_list(attr) or
                                  (attr.source_type in _PLURAL_TYPES and is_plural_source(attr))):
            return attr
    return _bare_surname(pronoun, history, index)


def _bare_surname(pronoun: str, history: list[tuple[int, Attribution]], index: int) -> Attribution | None:
    """'Kessler said ... He added': with no person before it, "he" or "she" makes the nearest
    one-word name (typed an organisation for want of evidence) a person's surname."""
    if pronoun not in ("he", "she"):
        return None
    for sent_index, attr in reversed(history):
        if index - sent_index > PRONOUN_REACH:
            return None
        if attr.cue == MENTIONED:
            return None
        word = attr.source
        if attr.source_type == "named_organization" and word.isalpha() and word[:1].isupper() \
                and not word.isupper() and word.lower() not in ORG_WORDS and attr.cue:
            attr.source_type, attr.type_certain = "named_person", True
            return attr
    return None


_HONORIFICS = {"mr": "he", "mr.": "he", "sir": "he", "mrs": "she", "mrs.": "she", "ms": "she", "ms.": "she",
               "miss": "she", "dame": "she", "lady": "she", "lord": "he"}


def gender_fits(pronoun: str, name: str) -> bool:
    """False only when the name's given name or honorific belongs to the other pronoun."""
    for word in name.lower().split():
        known = _HONORIFICS.get(word) or GIVEN_NAME_PRONOUN.get(word.strip(".,()"))
        if known:
            return known == pronoun
    return True


def opens_inside_quote(sentences: list[Sentence], body: str) -> list[bool]:
    """For each sentence: does it start with, or inside, a quotation?"""
    result: list[bool] = []
    depth = 0
    prev_end = 0
    for sent in sentences:
        if "\n" in body[prev_end:sent.start]:
            depth = 0  # quotes do not run across paragraphs in scraped text
        starts_quoted = sent.text[:1] in OPEN_QUOTES or depth > 0
        result.append(starts_quoted)
        for ch in sent.text:
            if ch in "“«":
                depth += 1
            elif ch in "”»":
                depth = max(0, depth - 1)
            elif ch == '"':
                depth = 0 if depth else 1
        prev_end = sent.end
    return result


def continuation(prev: list[Attribution], sent: Sentence) -> list[Attribution]:
    """The previous sentence's speakers, carried over to a quoted sentence."""
    carried = []
    for attr in prev:
        if attr.source_type in ("media_outlet", "unspecified") and attr.cue.startswith("told"):
            continue
        if attr.source_type == "unspecified" and attr.source.startswith("unnamed reports"):
            continue
        carried.append(Attribution(attr.source, attr.source_type, CONTINUATION_CUE, sent.id, sent.text,
                                   attr.source_start, attr.source_end, attr.refers_to))
        break  # the speaker is the first source of the speech tag
    return carried
