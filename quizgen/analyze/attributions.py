"""Attribution patterns inside one sentence: who says, reports, confirms... what.

Each pattern starts from a cue token (a reporting verb, "according", "citing", "by",
"reportedly", ...) and finds the source phrase around it with the phrase scanner
(`speech_verbs` for reporting verbs, `cue_phrases` for the rest). The patterns return
`Found` records; `quizgen.analyze.__init__` turns them into typed Attribution records
and `discourse` links pronouns and continuation quotes.
"""

from __future__ import annotations

from quizgen.analyze.cue_phrases import (according, anonymity, by_phrase, first_to, hearsay, issued_statement,
                                         outlet_product, put_figure, reported, reported_in, speaking_to)
from quizgen.analyze.cues import Found
from quizgen.analyze.lexicon import FINDING_VERBS, PARTICIPLE_CUES, PHRASE_CUES, SPEECH_VERBS
from quizgen.analyze.speech_verbs import participle, speech_verb
from quizgen.analyze.tokens import Token

__all__ = ["Found", "find_in_sentence", "quoted_tokens"]


# cue words that start a pattern other than a plain reporting verb
_TRIGGERS = {
    "according": according, "per": according, "by": by_phrase, "reportedly": hearsay, "said": hearsay,
    "reported": reported, "interview": reported_in, "interviews": reported_in, "first": first_to,
    "broke": first_to, "breaks": first_to, "anonymity": anonymity, "speaking": speaking_to,
    "put": put_figure, "puts": put_figure, "pegged": put_figure, "issued": issued_statement,
    "issues": issued_statement, "released": issued_statement, "shared": issued_statement,
    "shares": issued_statement, "understood": hearsay, "believed": hearsay, "thought": hearsay,
    "rumoured": hearsay, "rumored": hearsay, "alleged": hearsay,
}


def quoted_tokens(tokens: list[Token], starts_inside: bool) -> list[bool]:
    """For each token: is it inside a quotation (curly or straight quotes)?"""
    inside = starts_inside
    flags = []
    for t in tokens:
        text = t.text
        if text in ("“", "«"):
            inside = True
            flags.append(False)
            continue
        if text in ("”", "»"):
            inside = False
        elif text == '"':
            inside = not inside
            flags.append(False)
            continue
        flags.append(inside)
    return flags


def find_in_sentence(tokens: list[Token], starts_inside_quote: bool = False) -> list[Found]:
    """Every source the sentence names, in order of appearance of the cue.

    Cues inside a quotation ("“...Lionel Messi has stated that...,” MLS said") report
    what the speaker says, not the article's sources, so they are skipped.
    """
    out: list[Found] = []
    quoted = quoted_tokens(tokens, starts_inside_quote)
    for i, t in enumerate(tokens):
        if not t.is_word:
            continue
        before = len(out)
        low = t.low
        handler = _TRIGGERS.get(low)
        if handler is not None:
            handler(tokens, i, out)
        if low in SPEECH_VERBS or low in FINDING_VERBS or low in PHRASE_CUES:
            speech_verb(tokens, i, out)
        if low in PARTICIPLE_CUES or low == "citing":
            participle(tokens, i, out)
        if t.is_cap and (t.is_possessive or (i > 0 and tokens[i - 1].low in ("a", "an", "the"))):
            outlet_product(tokens, i, out)
        if quoted[i] and len(out) > before:
            del out[before:]
        for found in out[before:]:
            found.at = i
    return out
