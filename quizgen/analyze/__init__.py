"""analyze: Article -> ArticleAnalysis (sentences, attributions, flags, cited outlets).

NLTK only, with no downloaded data (see PRODUCT.md, "NLP without downloads"). The
stages: `sentences` (Punkt), `attributions` (cue patterns in one sentence), `scope`
(the clause each cue governs; `non_answers` such as "declined to comment" name no source),
`source_types` (classify each source, and whether evidence decided it), `discourse`
(pronouns, continuation quotes), `aliases` (an acronym after its full name),
`cited_outlets`, then `flags` (owned by the flags work). Word lists are data:
`lexicon` and `data/*.txt` (reporting verbs, inflected by `reporting`; given names; non-answers).
Behavioural cases for the attribution rules: tests/behaviour (README there).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.analyze.aliases import acronym_of, expansion, name_runs
from quizgen.analyze.attributions import Found, find_in_sentence, quoted_tokens
from quizgen.analyze.cited_outlets import cited_outlets, mentions_outlet, outlet_name
from quizgen.analyze.discourse import (MENTIONED, continuation, gender_fits, opens_inside_quote, person_mentions,
                                       resolve_pronoun)
from quizgen.analyze.flags import detect_flags
from quizgen.analyze.lexicon import (ANONYMOUS_NOUNS, CLAUSE_ONLY_VERBS, DOCUMENT_NOUNS, LINE_LABELS, NAME_PARTICLES,
                                     OUTLET_NOUNS, PERSON_TITLES,
                                     PLURAL_PRONOUN_NOUNS, SPEECH_VERBS)
from quizgen.analyze.non_answers import non_answer_tokens
from quizgen.analyze.phrases import head_index, main_subject, well_formed
from quizgen.analyze.scope import scopes
from quizgen.analyze.sentences import split_sentences
from quizgen.analyze.source_types import TypeContext, classify, classify_evidence, remember_names
from quizgen.analyze.tokens import OPEN_QUOTES, QUOTE_CHARS, Token, tokenize
from quizgen.ingest import looks_english
from quizgen.models import Article, ArticleAnalysis, Attribution, Sentence
from quizgen.outlets import same_outlet

__all__ = ["analyze_article", "find_attributions"]

_NORM = re.compile(r"[^a-z0-9]+")


def analyze_article(article: Article) -> ArticleAnalysis:
    body = article.body or ""
    sentences = split_sentences(article.id, body)
    attributions = find_attributions(article, sentences)
    _not_outlets_here(attributions, body)
    _speaking_as_i(attributions)
    cited = cited_outlets(attributions, article.outlet)
    # a wire credit ("Reuters | Updated ...") names the copy's source though ingest keeps it out of the body
    if article.wire and not any(same_outlet(article.wire, name) for name in cited):
        cited.append(article.wire)
    analysis = ArticleAnalysis(article=article, sentences=sentences, attributions=attributions,
                               flags=detect_flags(sentences, attributions), cited_outlets=cited)
    if not sentences:
        analysis.notes.append("no sentences found: the article body is empty")
    elif not attributions:
        analysis.notes.append("no sources found: no sentence says who said or reported what")
    if sentences and not looks_english(body):
        analysis.notes.append("the text does not look like English, so sources and flags may be missing")
    return analysis


_QUOTED = re.compile(r"[“\"]([^”\"]{1,2000})[”\"]")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|my|me|myself)\b")


def _speaking_as_i(attributions: list[Attribution]) -> None:
    """A one-word name typed an organization for want of evidence ("Neymar said") is a
    person when its quotes speak as "I" ("I am very happy"): bodies speak as "we"."""
    people = set()
    for attr in attributions:
        if attr.source_type == "named_organization" and not attr.type_certain:
            quoted = [m.group(1) for m in _QUOTED.finditer(attr.text)]
            if attr.cue.startswith("quoted (continuation") and not quoted:
                quoted = [attr.text]  # a sentence inside a quotation opened earlier
            if any(_FIRST_PERSON.search(q) for q in quoted):
                people.add(attr.source)
    for attr in attributions:
        if attr.source in people and attr.source_type == "named_organization" and not attr.type_certain:
            attr.source_type, attr.type_certain = "named_person", True


# "Pakistan Tehreek-e-Insaf (PTI)": the article spells out what an acronym stands for
_DEFINED_ACRONYM = re.compile(r"([A-Z][\w'’]*(?:[ -](?:[A-Z][\w'’]*|e|of|the|and|for|de|al)){0,6})\s+\(([A-Z]{2,6})\)")


def _not_outlets_here(attributions: list[Attribution], body: str) -> None:
    """An acronym the article spells out as something other than an outlet ("PTI", a party
    here, a news agency elsewhere) is no outlet in it; which one a bare "PTI" means is a
    guess."""
    defined = {m.group(2): m.group(1) for m in _DEFINED_ACRONYM.finditer(body) if not mentions_outlet(m.group(1))}
    for attr in attributions:
        if attr.source_type == "media_outlet" and attr.source.strip() in defined:
            attr.source_type, attr.type_certain = "named_organization", False
            attr.refers_to = attr.refers_to or defined[attr.source.strip()]


def find_attributions(article: Article, sentences: list[Sentence]) -> list[Attribution]:
    """Every (source, sentence) pair of the article, in reading order."""
    body = article.body or ""
    ctx = TypeContext(names=remember_names(body), is_outlet=mentions_outlet)
    quoted_start = opens_inside_quote(sentences, body)
    runs = name_runs(body)
    result: list[Attribution] = []
    history: list[tuple[int, Attribution]] = []  # for pronouns; looked at from the end only
    prev: list[Attribution] = []
    for index, sent in enumerate(sentences):
        label = _line_label(sent.text)  # "UPDATE 2-Veltrax said": the name starts after the label
        tokens = tokenize(sent.text[label:], sent.start + label)
        # a sentence that starts inside a quotation opened earlier is quoted speech
        inside = quoted_start[index] and sent.text[:1] not in OPEN_QUOTES
        founds = find_in_sentence(tokens, inside)
        own = _dedupe(_scoped(founds, tokens, inside, sent, ctx, article, history, index))
        for attr in own:
            _link_acronym(attr, runs, result)
        named = [a for a in own if not a.source.startswith("unnamed reports")]
        # a quote tagged "he wrote" whose "he" fits nobody is someone's, not the previous source's
        if not named and quoted_start[index] and prev and not any(f.pronoun for f in founds):
            own = continuation(prev, sent) + own
        result.extend(own)
        history.extend((index, a) for a in own)
        referents = [a.refers_to or a.source for a in own]
        if not own:  # "Mayor Ana Ruiz met the engineers. She said ...": a named subject is a referent too
            mention = _named_subject(tokens, sent, ctx) or _named_list(tokens, sent, ctx)
            if mention is not None:
                history.append((index, mention))
                referents.append(mention.source)
        # "Notre Dame burned behind Mr Macron as he spoke. '...,' he said": not the earlier speaker
        history.extend((index, Attribution(name, "named_person", MENTIONED, sent.id, sent.text))
                       for name in person_mentions(tokens) if not any(name in r for r in referents))
        prev = own
    return result


def _scoped(founds: list[Found], tokens: list[Token], inside: bool, sent: Sentence, ctx: TypeContext,
            article: Article, history: list[tuple[int, Attribution]], index: int) -> list[Attribution]:
    """The sentence's attributions (from its cues `founds`), each with the clause its cue
    governs; a cue inside a non-answer ("had no immediate comment") names no source."""
    refused = non_answer_tokens(tokens, sent.text, sent.start)
    pairs = []
    for found in founds:
        if any(start <= found.at < end for start, end in refused):
            continue
        # "rescue officials said, as they announced ...": "they" may stand for a source before it
        before = [(index, a) for _, a in pairs if a.source_end is not None
                  and a.source_end <= tokens[found.span[0]].start] if found.pronoun and found.span else []
        attr = _to_attribution(found, tokens, sent, ctx, article, history + before, index)
        if attr is not None:
            pairs.append((found, attr))
    spans = scopes(tokens, quoted_tokens(tokens, inside), [(f.at, f.span) for f, _ in pairs], refused)
    for (_, attr), (start, end) in zip(pairs, spans):
        if start < end:
            attr.scope_start, attr.scope_end = tokens[start].start, tokens[end - 1].end
    return [attr for _, attr in pairs]


def _link_acronym(attr: Attribution, runs: list[tuple[int, str]], earlier: list[Attribution]) -> None:
    """'CCTV said' after 'China Central Television': the same source, named in full in
    refers_to and typed as the full name was."""
    acronym = acronym_of(attr.source) if not attr.refers_to and attr.source_start is not None else None
    full = expansion(acronym, runs, attr.source_start) if acronym else None
    if full is None:
        return
    attr.refers_to = full
    typed = next((a.source_type for a in reversed(earlier) if full.lower() in a.source.lower()), None)
    if typed is None and mentions_outlet(full):
        typed = "media_outlet"
    if typed in ("named_organization", "media_outlet") and attr.source_type != "media_outlet":
        attr.source_type, attr.type_certain = typed, True


_LABEL = re.compile(r"([A-Z][A-Z’']+(?: [A-Z][A-Z’']+)?)(?: \d{1,2})?\s?[-:–—]\s?(?=\S)")


def _line_label(text: str) -> int:
    """Length of a wire or live-blog label opening the line ("UPDATE 2-", "BREAKING: "), else 0."""
    found = _LABEL.match(text)
    return found.end() if found and found.group(1).lower() in LINE_LABELS else 0


_REFERENT_TYPES = frozenset({"named_person", "named_organization", "document", "media_outlet", "anonymous"})


def _named_subject(tokens: list[Token], sent: Sentence, ctx: TypeContext) -> Attribution | None:
    """The sentence's subject as a pronoun referent (not a source) when it is named or a document."""
    span = main_subject(tokens)
    if span is None:
        return None
    head = tokens[head_index(tokens, span)]
    if not head.is_cap and head.bare not in DOCUMENT_NOUNS and head.bare not in ANONYMOUS_NOUNS \
            and head.bare.removesuffix("s") not in PERSON_TITLES:  # "Two inspectors visited the site"
        return None
    kind = classify(tokens, span, ctx)
    if kind not in _REFERENT_TYPES:
        return None
    name = sent.text[tokens[span[0]].start - sent.start:tokens[span[1] - 1].end - sent.start]
    return Attribution(name, kind, "", sent.id, sent.text)


_LIST_JOINERS = frozenset({",", "and", "&"})


def _named_list(tokens: list[Token], sent: Sentence, ctx: TypeContext) -> Attribution | None:
    """Two or more names joined by commas and "and" ("upheld by Chief Justice Ann Roe,
    Justice Ben Li and Justice Cy Ode"), a referent for a later "they": they are named,
    never anonymous."""
    names: list[tuple[int, int]] = []  # (first, end) of each run of two or more capitalised words
    k = 0
    while k < len(tokens):
        end = k
        while end < len(tokens) and tokens[end].is_cap and tokens[end].text[:1].isalpha():
            end += 1
        if end - k >= 2 and tokens[k].low not in ("the", "a", "an"):
            names.append((k, end))
        k = max(end, k + 1)
    group: list[tuple[int, int]] = []
    for name in names:
        gap = tokens[group[-1][1]:name[0]] if group else []
        if not (gap and all(t.low in _LIST_JOINERS for t in gap)):
            if len(group) >= 2:
                break
            group = []
        group.append(name)
    if len(group) < 2 or not any(t.low in ("and", "&") for t in tokens[group[-2][1]:group[-1][0]]):
        return None
    kinds = {classify(tokens, name, ctx) for name in group}
    if len(kinds) != 1 or not kinds & {"named_person", "named_organization"}:
        return None  # people and bodies together, or places ("Paris and Lyon")
    first, last = tokens[group[0][0]], tokens[group[-1][1] - 1]
    return Attribution(sent.text[first.start - sent.start:last.end - sent.start], kinds.pop(), "",
                       sent.id, sent.text)


def _to_attribution(found: Found, tokens: list[Token], sent: Sentence, ctx: TypeContext, article: Article,
                    history: list[tuple[int, Attribution]], index: int) -> Attribution | None:
    if found.literal is not None:
        return Attribution(found.literal, found.type_hint or "unspecified", found.cue, sent.id, sent.text)
    assert found.span is not None
    span = found.span if found.pronoun else well_formed(tokens, found.span)
    if span is None:
        return None
    found = replace(found, span=span)
    start, end = found.span
    s_start, s_end = tokens[start].start, tokens[end - 1].end
    text = article.body[s_start:s_end]
    if found.pronoun:
        # an object pronoun is never its own clause's subject ("Aidala quoted him as saying")
        own = tokens[start].low not in ("him", "her", "them")
        subject = _sentence_subject(tokens, start, found.pronoun, ctx) if own else None
        if subject is not None:  # "Fry would not say ..., but he said": the sentence's own subject
            return Attribution(f"{text} ({subject[0]})", subject[1], found.cue, sent.id, sent.text,
                               s_start, s_end, refers_to=subject[0])
        referent = resolve_pronoun(found.pronoun, history, index)
        if referent is None and (found.pronoun in ("it", "he", "she") or found.cue.split()[0] in CLAUSE_ONLY_VERBS):
            # "it" with no organisation or document before it is no source; an unresolved
            # "he"/"she" is someone the writer named, not an anonymous source, and "they knew
            # they had to flee" tells what people thought, not who says so: a wrong
            # "anonymous" tick is worse than none
            return None
        if referent is None:
            return Attribution(text, "anonymous", found.cue, sent.id, sent.text, s_start, s_end)
        name = referent.refers_to or referent.source
        return Attribution(f"{text} ({name})", referent.source_type, found.cue, sent.id, sent.text,
                           s_start, s_end, refers_to=name, type_certain=referent.type_certain)
    classified, certain = classify_evidence(tokens, found.span, ctx)
    source_type = found.type_hint or classified
    if found.type_hint == "anonymous" and classified == "named_person":
        source_type = "named_person"
    certain = certain or source_type != classified
    if source_type == "media_outlet":
        name = outlet_name(text)
        if same_outlet(name or text, article.outlet) or same_outlet(text, article.outlet):
            return None  # "told NBC News" in NBC's own story
        offset = text.find(name) if name else -1
        if name and offset >= 0:
            start = _name_start(text, offset)  # "Corriere della Sera", not "Sera"
            name, offset = text[start:offset + len(name)], start
        if name and offset >= 0 and not _inside_name(text, offset):  # "the newspaper “Athletic”" -> "Athletic"
            tail = text[offset + len(name):].split()
            # "BBC Arabic": an edition keeps its name; "State media" is no outlet called "State"
            if not (tail and all(w[:1].isupper() or w.lower() in OUTLET_NOUNS for w in tail)):
                text = name
                s_start, s_end = s_start + offset, s_start + offset + len(text)
    return Attribution(text, source_type, found.cue, sent.id, sent.text, s_start, s_end, type_certain=certain)


def _sentence_subject(tokens: list[Token], pronoun_at: int, pronoun: str,
                      ctx: TypeContext) -> tuple[str, str] | None:
    """(name, type) of the person ("he", "she") or body ("they", "it") named as the subject
    earlier in the pronoun's own sentence ("Moscow Police are looking for a car they say ...",
    "The NTSB said it determined the speed ...")."""
    span = main_subject(tokens)
    if span is None or span[1] > pronoun_at:
        return None
    # '"Orlan Air has set up a helpline," it tweeted': a subject inside the quotation is what
    # the words are about, not who speaks them (an odd count of quote marks before it)
    if sum(t.text in QUOTE_CHARS for t in tokens[:span[0]]) % 2:
        return None
    head = tokens[head_index(tokens, span)]
    if not head.is_cap and head.bare not in ANONYMOUS_NOUNS and head.bare not in PERSON_TITLES:
        return None
    name = " ".join(t.text for t in tokens[span[0]:span[1]])
    kind = classify(tokens, span, ctx)
    if pronoun == "they":
        return (name, kind) if kind == "named_organization" else None
    if pronoun == "it":
        return (name, kind) if kind in ("named_organization", "document", "media_outlet") else None
    # "An MTN spokesperson declined to comment on what she said was speculation"
    singular = kind == "named_person" or (kind == "anonymous" and not head.bare.endswith("s")
                                          and head.bare not in PLURAL_PRONOUN_NOUNS)  # not "Five people"
    return (name, kind) if singular and gender_fits(pronoun, name) else None




def _name_start(text: str, offset: int) -> int:
    """Move the start of a name found at `offset` back over 'Capitalised particle' pairs."""
    words = text[:offset].split()
    while len(words) >= 2 and words[-1] in NAME_PARTICLES and words[-2][:1].isupper() and words[-2] != "The":
        words = words[:-2]
        offset = text.rfind(" ", 0, text.rfind(" ", 0, offset - 1)) + 1
    return offset


def _inside_name(text: str, offset: int) -> bool:
    """'Channel 4 News': the words before the outlet's name are part of it (capitalised or
    numbers), unlike 'the French news site' or 'Qatar-based'."""
    lead = text[:offset].split()
    return bool(lead) and all((w[:1].isupper() or w[:1].isdigit()) and not w.lower().endswith("-based")
                              and w not in ("The", "A", "An") for w in lead)


_DEDUPE_WINDOW = 16  # sources of one cue sit close together; bounds the work per sentence


def _dedupe(items: list[Attribution]) -> list[Attribution]:
    """One entry per (source, sentence); a phrase inside a longer one of the same kind counts once."""
    kept: dict[str, Attribution] = {}
    recent: list[Attribution] = []
    for attr in items:
        key = _NORM.sub(" ", attr.source.lower()).strip()
        if key in kept:
            if attr.cue in SPEECH_VERBS and kept[key].cue not in SPEECH_VERBS:
                kept[key].cue = attr.cue  # "said" reads better than "speaking to reporters"
            continue
        if any(_inside(attr, other) for other in recent[-_DEDUPE_WINDOW:]):
            continue
        kept[key] = attr
        recent.append(attr)
    return recent


def _inside(attr: Attribution, other: Attribution) -> bool:
    if attr.source_start is None or other.source_start is None or attr.source_end is None \
            or other.source_end is None:
        return False
    same_kind = (attr.source_type == "media_outlet") == (other.source_type == "media_outlet")
    return same_kind and other.source_start <= attr.source_start and attr.source_end <= other.source_end
