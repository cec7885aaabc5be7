"""Generators for the skill "spot unverified claims": anonymous sources, hedges,
predictions, claims with no source at all."""

from __future__ import annotations

import re

from collections.abc import Iterator

from quizgen.analyze.hedges import hedging_modal
from quizgen.analyze.tokens import pos
from quizgen.generate.claims import own_feeling
from quizgen.generate.confidence import kind_certain, kind_confidence, past_forecast
from quizgen.generate.context import NAMED_TYPES, Context, Draft
from quizgen.generate.coverage import reported_elsewhere
from quizgen.generate.hedging import (
    FORECAST_WORDS,
    FUTURE_WORDS,
    HEDGE_WORDS,
    INTENT_WORDS,
    NOT_WORD_OPTIONS,
    UNCERTAIN_WORDS,
    UNKNOWN_WORDS,
    doubt_words,
    hedge_meaning,
    scheduled,
    speaks_of_future,
    tokens,
    uncertain_words,
)
from quizgen.generate.templates import Template
from quizgen.generate.text import STOPWORDS, content_stems, shorten, word_count
from quizgen.models import ArticleAnalysis, Sentence

# Wrong options of "which sentence should you check?" name someone readers can look up; a
# document may be an internal memo "seen by" the outlet, so it is never offered as solid.
SOLID_SOURCE_TYPES = NAMED_TYPES
MIN_WORDS, MAX_WORDS = 8, 45
# a sentence shown as an option stays short enough for a 14-year-old to weigh four of them
MAX_OPTION_WORDS = 32
REASON_NOTES = {
    "anonymous_source": "it rests only on a source the article does not name",
    "unattributed": "it states a specific claim without saying who says so",
    "hedged": "it uses a hedge, a word that shows the claim is not certain",
    "prediction": "it predicts what will happen, which no one can know for sure yet",
    "vague_source": "it rests on a vague group (such as \u201cexperts\u201d) rather than a named source",
}


def _fits(sent: Sentence, max_words: int = MAX_WORDS) -> bool:
    return MIN_WORDS <= word_count(sent.text) <= max_words and Context.complete(sent)


def _solid(ctx: Context, sent: Sentence) -> bool:
    """Names a source that can be checked (its words prove its kind: "Mourners at the
    funerals" typed an organization is no named source), is not flagged, and does not hedge
    or doubt ("'I suspect all the passengers are dead,' said ..." needs checking too)."""
    atts = ctx.attributions(sent.id)
    types = {a.source_type for a in atts}
    return bool(types) and types <= set(SOLID_SOURCE_TYPES) and not ctx.flags(sent.id) \
        and all(kind_certain(a.source, a.source_type) for a in atts) \
        and not uncertain_words(sent.text) and not doubt_words(sent.text) and ctx.source_written(sent.id)


def _right_for(ctx: Context, sent: Sentence, reason: str) -> bool:
    if not _fits(sent, MAX_OPTION_WORDS) or reason not in ctx.flag_reasons(sent.id):
        return False
    types = {a.source_type for a in ctx.attributions(sent.id)}
    if reason == "hedged":
        return bool(_hedge_cue(ctx, sent))
    if reason == "prediction":  # "was expected to" tells an old forecast; it predicts nothing
        cue = _flag_cue(ctx, sent, reason)
        return bool(FUTURE_WORDS & {w.lower() for w in tokens(cue)}) and speaks_of_future(sent.text) \
            and not past_forecast(sent.text) and not scheduled(sent.text)
    if reason == "anonymous_source":  # "Minister Ann Li" typed anonymous is a named person
        return bool(types) and types <= {"anonymous"} \
            and all(kind_confidence(a.source, a.source_type) for a in ctx.attributions(sent.id))
    if reason == "unattributed":
        return not types and not _lede(ctx, sent) and not reported_elsewhere(ctx, sent.id) \
            and not BACKGROUND.search(sent.text)
    return True


# Standing background a reader looks up on a map or in a reference, not a news claim resting
# on the writer's word: "Ontario is located about 35 miles east of Los Angeles", "the town of
# 4,000 people lies on the river", "the bridge, built in 1967, ...".
BACKGROUND = re.compile(
    r"\b(?:is|are|was|were)\s+(?:located|situated)\b|\b(?:lies|lie)\s+(?:on|in|at|along|about|some|roughly|"
    r"nearly|\d)|\b(?:miles?|kilometers?|kilometres?|km)\s+(?:\(\S+\)\s+)?(?:north|south|east|west|"
    r"northeast|northwest|southeast|southwest|inland|outside|from|away)\b|\bhas\s+a\s+population\s+of\b"
    r"|\b(?:built|opened|founded|completed|inaugurated)\s+in\s+(?:the\s+)?\d{4}s?\b", re.IGNORECASE)


def _lede(ctx: Context, sent: Sentence) -> bool:
    """The article's first sentence reports the news event itself, not a claim to check."""
    found = ctx.sentence(sent.id)
    return bool(found) and found[0].sentences[0].id == sent.id


def _wrong_for(ctx: Context, sent: Sentence, reason: str) -> bool:
    if not _fits(sent, MAX_OPTION_WORDS):
        return False
    if reason in ("hedged", "prediction"):
        if doubt_words(sent.text):  # "feared an immense tragedy" hedges too, in other words
            return False
        if reason == "prediction" and {w.lower() for w in tokens(sent.text)} & (FUTURE_WORDS | INTENT_WORDS):
            return False  # "he intended to rest before commenting": a plan, also about the future
        return _solid(ctx, sent) or (not ctx.flags(sent.id) and not uncertain_words(sent.text)
                                     and ctx.source_written(sent.id))
    return _solid(ctx, sent)


def _by_length(ctx: Context, pool: list[Sentence], like: Sentence, n: int) -> list[Sentence]:
    """Wrong options of about the length of `like`; a sentence crediting an outlet ("According
    to The Signal Desk, ...") last: shown, it could answer "who is the source?" or "which
    outlet broke the story?" in another question."""
    pool = list(pool)
    ctx.rng.shuffle(pool)
    pool.sort(key=lambda s: (any(a.source_type == "media_outlet" for a in ctx.attributions(s.id)),
                             abs(word_count(s.text) - word_count(like.text)) // 8))
    return pool[:n]


def _flag_cue(ctx: Context, sent: Sentence, reason: str) -> str:
    return next((f.cue for f in ctx.flags(sent.id) if reason in f.reasons and f.cue), "")


def flagged_sentence(ctx: Context, tpl: Template) -> Iterator[Draft]:
    reason = tpl.params["reason"]
    for art in ctx.articles:
        wrong_pool = [s for s in art.sentences if _wrong_for(ctx, s, reason)]
        for sent in art.sentences:
            if not _right_for(ctx, sent, reason):
                continue
            ranked = _by_length(ctx, wrong_pool, sent, len(wrong_pool))
            wrong, spare = ranked[:tpl.options - 1], ranked[tpl.options - 1:tpl.options + 2]
            ev = ctx.evidence(sent.id)
            if ev and len(wrong) >= 2:
                anonymous = [a.source for a in ctx.attributions(sent.id) if a.source_type == "anonymous"]
                cue = anonymous[0] if reason == "anonymous_source" and anonymous else _flag_cue(ctx, sent, reason)
                cue = cue or "(no source given)"
                slots = {"outlet": ctx.outlet(art), "cue": cue, **cue_grammar(cue),
                         "sentence": sent.text, "reason_note": REASON_NOTES[reason]}
                yield Draft(slots, [ev], f"flag:{sent.id}", options=[sent.text, *(w.text for w in wrong)], right=[0],
                            spare_options=[w.text for w in spare])


def _word_class(word: str) -> str:
    """verb (modals too), adverb, adjective or other, from the word's commonest tag."""
    tag = pos(word)
    return next((name for prefix, name in _WORD_CLASSES if tag.startswith(prefix)), "other")


_WORD_CLASSES = (("MD", "verb"), ("VB", "verb"), ("RB", "adverb"), ("JJ", "adjective"))


def _word_distractors(ctx: Context, sent: Sentence, cue: str, n: int) -> list[str]:
    """Other words of the same sentence that say nothing about certainty (no names),
    words of the hedge's own class first ("could": verbs; "likely": adverbs and
    adjectives), so that no option stands out by its grammar."""
    seen: set[str] = set(content_stems(cue))  # one word in two forms ("join", "joining") is one option
    pool = []
    words = tokens(sent.text)
    for at, tok in enumerate(words):
        low = tok.lower()
        if tok[0].isupper() or len(tok) < 4 or low in STOPWORDS or low in NOT_WORD_OPTIONS or low == cue.lower():
            continue
        if 0 < at < len(words) - 1 and words[at - 1].lower() == words[at + 1].lower() == "as":
            continue  # "well" of "as well as", "soon" of "as soon as": part of a set phrase
        stem = next(iter(content_stems(low)), low)
        if stem not in seen:
            seen.add(stem)
            pool.append(low)
    ctx.rng.shuffle(pool)
    wanted = _word_class(cue)
    pool.sort(key=lambda word: 0 if _word_class(word) == wanted else 2 if _word_class(word) == "other" else 1)
    return pool[:n]


def _hedge_cue(ctx: Context, sent: Sentence) -> str:
    """The hedge word of the sentence's `hedged` flag, as one word ("is expected to" ->
    "expected"); "" when the flag's cue is not a real hedge ("plans", "claims"), or when the
    sentence tells an old expectation ("at halfway he was projected to finish ... it began to
    look increasingly likely he would"): the story has overtaken it, no claim is in doubt."""
    # ("probably, more important, incredibly hard on my family": a speaker weighing their own feelings)
    if past_forecast(sent.text) or own_feeling(sent.text):
        return ""
    found = ctx.sentence(sent.id)
    settled = bool(found) and bool(_VERDICT.search(found[0].article.body))
    for flag in ctx.flags(sent.id):
        if "hedged" in flag.reasons:
            words = [w.lower() for w in tokens(flag.cue) if w.lower() in HEDGE_WORDS - UNKNOWN_WORDS
                     and hedging_modal(sent.text, w)]
            # "allegedly illegal trades" in an article that reports the verdict: the accusation
            # is history, proved or thrown out, no longer a claim in doubt
            if words and words[0] in _hedges_in(sent.text) and not (settled and words[0] in _ACCUSING):
                return words[0]
    return ""


_ACCUSING = frozenset({"allegedly", "alleged", "accused", "purportedly", "suspected"})
# a court's or a plea's answer to an accusation (bounded: linear)
_VERDICT = re.compile(r"\b(?:found|pleaded|pled|declared)\s+(?:[\w'-]+\s+){0,4}?(?:not\s+)?guilty\b|"
                      r"\b(?:was|were|been|is|are)\s+(?:convicted|acquitted)\b|\bguilty\s+(?:verdict|plea)\b",
                      re.IGNORECASE)


def cue_grammar(cue: str) -> dict[str, str]:
    """Slots for 'The word “may” shows' / 'The words “is expected to” show'."""
    one = word_count(cue) == 1
    return {"cue_noun": "word" if one else "words", "cue_verb": "shows" if one else "show"}


def _hedges_in(text: str) -> list[str]:
    """Hedge words of a sentence, lower-cased, in order; a capitalised word inside the
    sentence is a name ("in May"), not a hedge."""
    out = []
    for n, tok in enumerate(tokens(text)):
        low = tok.lower()
        if low in HEDGE_WORDS | FORECAST_WORDS and (n == 0 or not tok[0].isupper()) and low not in out:
            out.append(low)
    return out


def hedge_cue(ctx: Context, tpl: Template) -> Iterator[Draft]:
    for art in ctx.articles:
        for sent in art.sentences:
            answer = _hedge_cue(ctx, sent) if _fits(sent) else ""
            ev = ctx.evidence(sent.id) if answer else None
            if not ev:
                continue
            slots = {"outlet": ctx.outlet(art), "sentence": sent.text, "cue": answer, "cue_meaning": hedge_meaning(answer)}
            # one speaker's hedge quoted by two outlets ("most likely", Governor Zema) is one question
            items = frozenset(f"hedge:{answer.lower()}:{name.split()[-1].lower()}" for name in ctx.source_names(sent.id)
                              if name.split()) | {f"hedge:{answer.lower()}@{art.article.id}"}  # one word once an article
            if tpl.type == "short_answer":  # any real hedge of the sentence counts, not "can" or "will"
                others = [h for h in _hedges_in(sent.text) + doubt_words(sent.text) + _softeners_in(sent.text)
                          if h != answer and hedging_modal(sent.text, h)  # not "could" of "could be seen"
                          and not _named_thing(sent.text, h) and not _in_compound(sent.text, h)]
                yield Draft(slots, [ev], f"hedge:{sent.id}", accepted=list(dict.fromkeys([answer, *others])),
                            items=items)
                continue
            wrong = _word_distractors(ctx, sent, answer, tpl.options - 1)
            if len(wrong) == tpl.options - 1:
                yield Draft(slots, [ev], f"hedge:{sent.id}", options=[answer, *wrong], right=[0], items=items)


# Uncertain words that say nothing is sure yet without being the keyed kind of hedge ("a
# potential clash", "roughly 300"): a student who types one has seen the doubt. Words of
# plain future or ability ("will", "can", "plans") are not.
_NOT_SOFTENERS = frozenset({"will", "would", "shall", "can", "should", "set", "plan", "plans", "planned"})


# Nouns of doubt that doubt a claim only before "that" ("there are fears that ..."); "because
# of the risk of infection" names a reason, and typing "risk" there shows no doubt seen
_THAT_NOUNS = frozenset({"risk", "risks", "chance", "chances", "possibility", "fear", "fears", "hope", "hopes",
                         "talk", "concern", "concerns", "worry", "worries"})


def _in_compound(text: str, word: str) -> bool:
    """"The long-expected punishment": the word only inside a hyphenated compound, no hedge."""
    uses = re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
    return not uses and bool(re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))


def _named_thing(text: str, word: str) -> bool:
    return word in _THAT_NOUNS and not re.search(rf"\b{word}\s+that\b", text, re.IGNORECASE)


def _softeners_in(text: str) -> list[str]:
    # a capitalised word inside the sentence is a name ("Will Roe"), not a softener
    return [w.lower() for n, w in enumerate(tokens(text))
            if w.lower() in UNCERTAIN_WORDS - _NOT_SOFTENERS and (n == 0 or w[:1].islower())]


def _flagged_any(ctx: Context, art: ArticleAnalysis) -> list[tuple[Sentence, str]]:
    """Sentences to verify, each with the first reason that really holds (a "hedge" flag on
    "claims" or "plans" is no reason to doubt a sentence)."""
    out = []
    for sent in art.sentences:
        reasons = [r for r in REASON_NOTES if _right_for(ctx, sent, r)]
        if reasons:
            out.append((sent, reasons[0]))
    return out


def _reason_cue(ctx: Context, sent: Sentence, reason: str) -> str:
    """The words that show the reason: the unnamed source, the hedge, the future wording."""
    kind = {"anonymous_source": "anonymous", "vague_source": "unspecified"}.get(reason)
    if kind:
        return next((a.source for a in ctx.attributions(sent.id) if a.source_type == kind), "")
    if reason == "hedged":
        return _hedge_cue(ctx, sent)
    return "" if reason == "unattributed" else _flag_cue(ctx, sent, reason)


def _verify_note(ctx: Context, sent: Sentence, reason: str) -> str:
    cue = _reason_cue(ctx, sent, reason)
    note = f"\u201c{shorten(sent.text, 8)}\u201d: {REASON_NOTES[reason]}"
    return f"{note} (look at \u201c{cue}\u201d)" if cue else note


def verify_set(ctx: Context, tpl: Template) -> Iterator[Draft]:
    n_right = max(2, tpl.options // 2)
    for art in ctx.distinct_outlets:
        flagged = _flagged_any(ctx, art)
        solid = [s for s in art.sentences if _fits(s, MAX_OPTION_WORDS) and _solid(ctx, s)]
        if len(flagged) < n_right or len(solid) < tpl.options - n_right:
            continue
        ctx.rng.shuffle(flagged)
        right = flagged[:n_right]
        ranked = _by_length(ctx, solid, right[0][0], len(solid))
        wrong, spare = ranked[:tpl.options - n_right], ranked[tpl.options - n_right:]
        evidence = [e for e in (ctx.evidence(s.id) for s, _ in right) if e]
        if len(evidence) == len(right):
            reasons = "; ".join(_verify_note(ctx, s, r) for s, r in right)
            yield Draft({"outlet": ctx.outlet(art), "reasons": reasons}, evidence, f"verify:{art.article.id}",
                        options=[s.text for s, _ in right] + [s.text for s in wrong], right=list(range(n_right)),
                        spare_options=[s.text for s in spare[:3]])
