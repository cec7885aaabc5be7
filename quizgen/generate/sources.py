"""Generators for the skill "find the sources": who says so, what kind of source,
who had the story first, which sources an article cites."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import replace

from quizgen.analyze.lexicon import DOCUMENT_NOUNS, ORG_NOUNS, ORG_WORDS, OUTLET_NAME_WORDS, is_title
from quizgen.analyze.non_answers import reports_non_answer
from quizgen.analyze.source_types import WEB_DOMAIN
from quizgen.analyze.tokens import pos
from quizgen.generate.affiliation import affiliated
from quizgen.generate.claims import claim_without_source, own_feeling, source_span
from quizgen.generate.confidence import (
    CONFIDENCE_BAR,
    SHARED_SENTENCE,
    kind_certain,
    kind_confidence,
    names_an_organization,
    sentence_problem,
    spokesperson,
    singular_role,
)
from quizgen.generate.coverage import same_point_sentences
from quizgen.generate.nearness import nearness
from quizgen.generate.context import (KIND_LABELS, KIND_NOTES, NAMED_TYPES, Context, Draft, cited_in, kind_label,
                                      outlet_item)
from quizgen.generate.plausible import looks_like_kind
from quizgen.generate.templates import Template
from quizgen.generate.text import (
    GENERIC_CAPITALS,
    display_source,
    echoes,
    join_names,
    mostly_within,
    nest_quotes,
    norm,
    related_sources,
    share_specific_word,
    word_count,
    words,
)
from quizgen.models import SOURCE_TYPES, ArticleAnalysis, Attribution, Sentence
from quizgen.outlets import canonical_outlet, copy_credits, find_outlets, same_outlet

MAX_SOURCE_WORDS = 10
# Phrases with which articles credit another outlet with the scoop.
SCOOP_CUE = re.compile(r"\b(?:first\s+(?:to\s+)?(?:report|reported|published|broke|revealed)\w*"
                       r"|broke\s+the\s+(?:news|story)"
                       r"|(?:first|originally)\s+(?:reported|published)\s+by|was\s+first|scoop)\b", re.IGNORECASE)


# A reporting cue left inside a cut claim: another source speaks in it.
SECOND_CUE = re.compile(r"\b(?:according\s+to|citing|said|says|told|tells|reported|reports)\b", re.IGNORECASE)


def all_sources(ctx: Context) -> list[Attribution]:
    """One attribution per written-out source in the articles (related duplicates dropped)."""
    cached = ctx.memo.get("sources")
    if isinstance(cached, list):
        return cached
    out: list[Attribution] = []
    ctx.memo["sources"] = out
    for art in ctx.articles:
        for att in ctx.usable_attributions(art):
            # (a source cut off with its sentence at the end of a page, "according to Miami-D", is none)
            if word_count(att.source) > MAX_SOURCE_WORDS or not _sure_source(ctx, att) or _cut_off(art, att):
                continue
            # "Widefield" is offered as the article first named him: "Maryland Transportation
            # Secretary Paul Widefield", alike in form to the other options
            fuller = _shown_name(art, att) if att.source_type == "named_person" else ""
            if fuller and fuller != display_source(att.source):
                att = replace(att, source=fuller)
            if not any(related_sources(att.source, o.source) for o in out):
                out.append(att)
    return out


def _cut_off(art: ArticleAnalysis, att: Attribution) -> bool:
    """The page was cut off inside the source's name: the article's last sentence ends with
    it, with no closing stop ("... according to Miami-D")."""
    return bool(art.sentences) and att.sentence == art.sentences[-1].id and att.text.rstrip().endswith(att.source)


def _sure_source(ctx: Context, att: Attribution, alone: bool = False) -> bool:
    return ctx.attribution_confidence(att, source_span(att.text, att.source), alone) >= CONFIDENCE_BAR


def _head(source: str) -> str:
    tokens = re.findall(r"[A-Za-z][\w'-]+", source)
    return tokens[-1].lower() if tokens else ""


COREFERENCE_WINDOW = 4
# wrong options drawn beyond those needed, to replace any that stand too close to another
SPARE_OPTIONS = 3


def _token_positions(ctx: Context) -> dict[str, list[int]]:
    """Lower-cased word -> its positions in the articles (one running count over all
    sentences, with a gap between sentences so that neighbours never span two)."""
    cached = ctx.memo.get("positions")
    if isinstance(cached, dict):
        return cached
    positions: dict[str, list[int]] = {}
    position = 0
    for art in ctx.articles:
        for sent in art.sentences:
            position += COREFERENCE_WINDOW + 1
            for token in re.findall(r"[a-z][\w'-]*", sent.text.lower()):
                position += 1
                positions.setdefault(token, []).append(position)
    ctx.memo["positions"] = positions
    return positions


def coreferent(ctx: Context, a: str, b: str) -> bool:
    """True when the articles write one source's head word right next to the other's, as
    in "NASA Administrator Bill Nelson" or "Nelson, the NASA administrator"."""
    ha, hb = _head(a), _head(b)
    if not ha or not hb or ha == hb:
        return ha == hb and bool(ha)
    positions = _token_positions(ctx)
    near = {p + d for p in positions.get(ha, []) for d in range(-COREFERENCE_WINDOW, COREFERENCE_WINDOW + 1)}
    return any(p in near for p in positions.get(hb, []))


def pick_similar(ctx: Context, pool: list[str], like: str, n: int, sources: bool = True,
                 accept: Callable[[str], bool] = lambda option: True) -> list[str]:
    """n accepted options from pool, seeded, preferring ones of similar length to `like`,
    never one the articles use as another name for `like`. Stops as soon as n are found."""
    pool = list(pool)
    ctx.rng.shuffle(pool)
    pool.sort(key=lambda s: abs(word_count(s) - word_count(like)) > 3)
    out: list[str] = []
    for option in pool:
        if len(out) == n:
            break
        if accept(option) and not (sources and coreferent(ctx, like, option)):
            out.append(option)
    return out


def source_distractors(ctx: Context, art: ArticleAnalysis, sentence_id: str, sentence_text: str, answer: str, n: int,
                       kinds: Collection[str] = SOURCE_TYPES, not_like: str = "") -> list[str]:
    """Wrong sources (of the given kinds): real sources from the articles that are not,
    in other words, a source of this sentence, do not appear in it, and are not the
    outlet whose article is asked about (it stands behind every sentence it prints), nor a
    source another article gives for the same point (it would be a second right answer)."""
    taken = [answer, *ctx.source_names(sentence_id),
             *(name for sid in same_point_sentences(ctx, sentence_id) for name in ctx.source_names(sid))]
    strict = len(kinds) < len(SOURCE_TYPES)  # asking about kinds: each option must clearly be its kind
    # asking who stands behind a claim, a news outlet is no safe wrong option: it may well
    # report the same point (and the articles' own outlets do)
    if not strict:
        kinds = [k for k in kinds if k != "media_outlet"]
    pool = [display_source(a.source) for a in all_sources(ctx) if a.source_type in kinds
            and (not strict or looks_like_kind(a.source, a.source_type))
            and not any(ctx.own_outlet(other, a.source) for other in ctx.articles)]

    people = _named_people(ctx)
    own_sources = {display_source(a.source) for a in art.attributions}

    def maybe_same_source(option: str) -> bool:
        # "commander of the fire brigade" and "Jean-Claude Gallet": a post and a named person
        # may be one person (another article may say so), so never answer and wrong option;
        # "Lee's ministry" and "Lee Gyeong-og" share a name however short; "the mining company"
        # describes a body some other option or the answer may speak for
        # "the press release" may be the FDIC's, which another option names, or the answer's own,
        # and "a company statement" and "the press release" may be one announcement
        return (singular_role(answer) and option in people) or (answer in people and singular_role(option)) \
            or (answer not in people and option in people and _office_of_unnamed_body(option)) \
            or (spokesperson(option) and option not in people) \
            or (not strict and answer not in people and looks_like_kind(answer, "named_organization")
                and described_document(option)) \
            or option.lower() in DOCUMENT_NOUNS or (described_document(answer) and described_document(option)) \
            or bool(_name_tokens(answer) & _name_tokens(option)) or described_body(option) \
            or (not strict and described_document(answer) != described_document(option)
                and answer in own_sources and option in own_sources)

    def accept(option: str) -> bool:
        # asking "which is <kind>?", an option that also looks like that kind is a second answer,
        # whatever the analysis typed it ("University Provost Ann Li" typed an organization)
        return not any(related_sources(t, option) for t in taken) and not echoes(option, sentence_text) \
            and not ctx.own_outlet(art, option) and not (not_like and looks_like_kind(option, not_like)) \
            and not any(affiliated(ctx, t, option) for t in taken) and not maybe_same_source(option)

    # two wrong options may not be one source either (a speaker and the body they speak for)
    out: list[str] = []
    for option in pick_similar(ctx, pool, answer, n + SPARE_OPTIONS, accept=accept):
        if len(out) < n and not any(affiliated(ctx, option, o) for o in out):
            out.append(option)
    return out


# Offices a body's head or voice holds: "chief executive officer Tewolde GebreMariam" may
# head the body that is the answer ("The Management of the Ethiopian Airline")
_BODY_OFFICES = frozenset("""
chief executive officer ceo chairman chairwoman chair president director head spokesman spokeswoman
spokesperson manager managing general secretary vice deputy senior founder owner
""".split())


def _office_of_unnamed_body(option: str) -> bool:
    """A person given only an office of some body the option does not name."""
    parts = option.split()
    titles = list(itertools.takewhile(lambda w: w.lower() in _BODY_OFFICES, parts))
    return bool(titles) and len(parts) - len(titles) <= 3 and not set(w.lower() for w in titles) <= {"senior", "vice"}


def _named_people(ctx: Context) -> frozenset[str]:
    """The named people among the articles' sources, as options write them (built once)."""
    cached = ctx.memo.get("named_people")
    if not isinstance(cached, frozenset):
        cached = ctx.memo["named_people"] = frozenset(
            display_source(a.source) for a in all_sources(ctx) if a.source_type == "named_person")
    return cached


def _name_tokens(source: str) -> frozenset[str]:
    """Capitalised words of a source (two letters or more), titles and generic words left out."""
    tokens = re.findall(r"\b[A-Z][a-zA-Z'-]+", source.replace("\u2019", "'"))
    return frozenset(t.lower().removesuffix("'s") for t in tokens) - GENERIC_CAPITALS


def described_document(source: str) -> bool:
    """"The press release", "a statement": a document described, not named, that may be any
    named body's."""
    words = re.findall(r"[A-Za-z][\w'-]*", source)
    # ("a statement from his team": the statement is the head, whose owner is only described)
    return len(words) >= 2 and words[0].lower() in ("the", "a", "an") and all(w.islower() for w in words[1:]) \
        and (words[-1].lower() in DOCUMENT_NOUNS or words[1].lower() in DOCUMENT_NOUNS)


def described_body(source: str) -> bool:
    """"The mining company", "the ministry", "The UN agency", "Colombia's aviation agency": a
    body described by a common noun, not named (its modifiers may be capitalised)."""
    words = re.findall(r"[A-Za-z][\w'-]*", source.replace("\u2019", "'"))
    return len(words) >= 2 and (words[0].lower() == "the" or words[0].endswith("'s")) and words[-1].islower() \
        and (words[-1] in ORG_WORDS or words[-1] in ORG_NOUNS)


def _claims(ctx: Context, art: ArticleAnalysis) -> Iterator[tuple[Attribution, str, float]]:
    """(attribution, claim without its source, confidence) for each cleanly quotable attribution."""
    seen: set[str] = set()
    for att in ctx.usable_attributions(art):
        # "X was the first to report" credits a scoop; first_reported_by asks about that
        if att.sentence in seen or SCOOP_CUE.search(att.cue):
            continue
        span = None
        found = ctx.sentence(att.sentence)
        if att.source_start is not None and found and found[1].start <= att.source_start < found[1].end:
            span = (att.source_start - found[1].start, (att.source_end or att.source_start) - found[1].start)
        span = span or source_span(att.text, att.source)
        claim = _clause_claim(att, found[1], span) if found else claim_without_source(att.text, att.source, span,
                                                                                        att.cue)
        # "does not comment on rumours" is no claim to ask about, nor is "It's the best feeling of
        # my life": a speaker's own feelings are theirs to tell, nothing a source backs
        if claim and not reports_non_answer(claim) and not own_feeling(claim):
            seen.add(att.sentence)
            # "X is buying shells, according to intelligence" cut from "..., an official said":
            # the claim still credits a source the analysis did not see, so whose it is is unsure
            second = SHARED_SENTENCE if SECOND_CUE.search(claim) else 1.0
            yield att, claim, ctx.attribution_confidence(att, span) * second


def _clause_claim(att: Attribution, sent: Sentence, span: tuple[int, int] | None) -> str | None:
    """The claim cut from the clause the attribution's cue governs ("Officials weren't
    available, but [a spokeswoman said the road would reopen]" -> "the road would reopen")."""
    clause = att.scope(sent)
    offset = att.scope_start - sent.start if att.scope_start is not None and clause != sent.text else 0
    inside = span is not None and offset <= span[0] and span[1] <= offset + len(clause)
    local = (span[0] - offset, span[1] - offset) if span is not None and inside else None
    return claim_without_source(clause, att.source, local, att.cue)


def _following(ctx: Context, art: ArticleAnalysis, att: Attribution) -> str:
    """The attribution's sentence after the source, and the next sentence: where "he" or
    "she" would show that a lone name is a person's."""
    at = next((n for n, s in enumerate(art.sentences) if s.id == att.sentence), None)
    if at is None:
        return ""
    after = att.text[att.text.find(att.source) + len(att.source):] if att.source in att.text else ""
    return " ".join([after, *(s.text for s in art.sentences[at + 1:at + 2])])


def certain_kind(ctx: Context, art: ArticleAnalysis, att: Attribution) -> bool:
    return kind_certain(att.source, att.source_type, _following(ctx, art, att))


# An explanation's word for a source whose kind its words do not prove ("Amtrak").
UNSURE_KIND = "a source named in the article"


def _attr_slots(ctx: Context, art: ArticleAnalysis, att: Attribution, claim: str) -> dict[str, str]:
    # inside an explanation "credits a state report", not "credits A state report"
    source = re.sub(r"^(A|An)\s", lambda m: m.group(1).lower() + " ", display_source(att.source))
    certain = certain_kind(ctx, art, att)
    kind = kind_label(att.source, att.source_type) if certain else UNSURE_KIND
    kind_sentence = f"This source is {kind}. " if certain else ""
    kind_sentence += ctx.second_hand(att)
    return {"outlet": ctx.outlet(art), "claim": claim, "source": source, "cue": att.cue, "source_kind": kind,
            "kind_sentence": kind_sentence, "sentence": att.text}


# "the company 'is cooperating'; we are unable to comment", "the manufacturer was 'deeply
# saddened'": a claim that speaks of its own source as a body points at the one body among the options
_SELF_REFERENCE = re.compile(r"\b(?:we|our|us)\b|\bthe\s+(?:" + "|".join(sorted(ORG_NOUNS)) + r")\b", re.IGNORECASE)


def _points_at_its_source(att: Attribution, claim: str) -> bool:
    # a body, its statement or its unnamed spokesperson ("A statement from Boeing", "a VW spokesman")
    if att.source_type not in ("named_person", "media_outlet") and _SELF_REFERENCE.search(claim):
        return True
    # "all activities of the Confederation are suspended", said the South American Football
    # Confederation: the head of the source's name in the claim leaves one option to pick (a
    # place both name, "Kelso", is no such hint; nor a word capitalised to open the claim)
    names = re.findall(r"[A-Z][\w-]{3,}", att.source)
    return bool(names) and names[-1] in re.findall(r"(?<=\s)[A-Z][\w-]{3,}", claim)


def attribution(ctx: Context, tpl: Template) -> Iterator[Draft]:
    for art in ctx.articles:
        for att, claim, confidence in _claims(ctx, art):
            if _points_at_its_source(att, claim):
                continue
            ev = ctx.evidence(att.sentence)
            # a bare surname is given as the article first named the person ("Widefield" ->
            # "Maryland Transportation Secretary Paul Widefield"), alike in form to the other options
            answer = _shown_name(art, att) or display_source(att.source)
            wrong = source_distractors(ctx, art, att.sentence, att.text, answer, tpl.options - 1)
            if ev and len(wrong) >= min(2, tpl.options - 1):
                yield Draft(_attr_slots(ctx, art, att, claim), [ev], f"claim:{att.sentence}",
                            options=[answer, *wrong], right=[0], confidence=confidence, subject=answer)


def _plainly_organization(att: Attribution) -> bool:
    """"Is a named organization" is beyond dispute for "the Kelso Port Authority" or "NASA",
    not for a country or a capital speaking as its government ("Turkey", "Pyongyang")."""
    if att.source_type != "named_organization":
        return True
    words = re.findall(r"[A-Za-z][\w-]*", att.source)
    return bool({w.lower() for w in words} & ORG_WORDS) or any(w.isupper() and len(w) > 1 for w in words)


# Kinds a student could defend for a source of kind K: an outlet IS an organization, and what it
# "reported" is a report (AirAsia, r56: "BBC" was a wrong option of "which is a document or report?")
CLOSE_KINDS = {"named_organization": {"media_outlet"}, "media_outlet": {"named_organization", "document"},
               "document": {"media_outlet"}}


def source_kind(ctx: Context, tpl: Template) -> Iterator[Draft]:
    """Which of these sources is <kind>? Wrong options are sources of clearly other kinds."""
    for art in ctx.articles:
        for att, claim, confidence in _claims(ctx, art):
            ev = ctx.evidence(att.sentence)
            types = {a.source_type for a in ctx.attributions(att.sentence)}
            if not ev or att.source_type not in KIND_NOTES or types != {att.source_type} \
                    or not looks_like_kind(att.source, att.source_type) or not _plainly_organization(att) \
                    or not certain_kind(ctx, art, att) \
                    or (att.source_type == "anonymous" and (_titled_name_in_article(art, att.source)
                                                            or names_an_organization(att.source))):
                continue  # ("NFL officials reported": the league's own word, arguably a named source)
            other_kinds = set(KIND_LABELS) - {att.source_type, "unspecified"} - CLOSE_KINDS.get(att.source_type, set())
            answer = display_source(att.source)
            wrong = source_distractors(ctx, art, att.sentence, att.text, answer, tpl.options - 1, other_kinds,
                                       not_like=att.source_type)
            if len(wrong) >= 2:
                slots = _attr_slots(ctx, art, att, claim) | {"kind_note": KIND_NOTES[att.source_type]}
                yield Draft(slots, [ev], f"claim:{att.sentence}", options=[answer, *wrong], right=[0],
                            confidence=confidence, subject=answer)


def source_named(ctx: Context, tpl: Template) -> Iterator[Draft]:
    for art in ctx.articles:
        for att, claim, confidence in _claims(ctx, art):
            types = {a.source_type for a in ctx.attributions(att.sentence)}
            # "names the source" is beyond dispute only for a person named by name: "The US" or
            # "the company" count as named organizations, yet a student may fairly call them unnamed
            named = types <= set(NAMED_TYPES) and "named_person" in types
            # "NASA scientists" name their body, "an agency spokesperson" speaks for one: "does the
            # article name the source?" has two answers
            unnamed = types <= {"anonymous"} and "anonymous_source" in ctx.flag_reasons(att.sentence) \
                and not any(names_an_organization(a.source) or spokesperson(a.source)
                            for a in ctx.attributions(att.sentence)) \
                and not _named_elsewhere(ctx, att.sentence) and not _in_introduced_passage(art, att.sentence) \
                and not any(_titled_name_in_article(art, a.source) for a in ctx.attributions(att.sentence))
            # "Minister Ann Li" typed anonymous is a name all the same: both verdicts need every
            # source of the sentence to look like its kind
            confidence *= min(kind_confidence(a.source, a.source_type) for a in ctx.attributions(att.sentence))
            ev = ctx.evidence(att.sentence)
            if ev and (named or unnamed):
                slots = _attr_slots(ctx, art, att, claim) | {"verdict": "names" if named else "does not name"}
                yield Draft(slots, [ev], f"claim:{att.sentence}", options=["True", "False"],
                            right=[0 if named else 1], confidence=confidence, subject=att.source)


# a passage the article introduces as someone else's ("Here's more from the Times on his
# resignation:"): the article names where the passage comes from, so "does not name its
# source" is arguable for the sentences that follow
PASSAGE_REACH = 3


def _in_introduced_passage(art: ArticleAnalysis, sentence_id: str) -> bool:
    at = next((n for n, s in enumerate(art.sentences) if s.id == sentence_id), None)
    return at is not None and any(s.text.rstrip().endswith(":") for s in art.sentences[max(0, at - PASSAGE_REACH):at])


def _titled_name_in_article(art: ArticleAnalysis, source: str) -> bool:
    """"A U.S. judge ruled ..." and, in the same article, "U.S. District Judge Amit Mehta": the
    unnamed one is a person the article names by the title, so "unnamed" is arguable."""
    head = re.findall(r"[A-Za-z]+", source)[-1:] if source else []
    if not head or head[0].lower().endswith("s") or not is_title(head[0].lower()):
        return False
    title = re.compile(rf"\b{re.escape(head[0].capitalize())}\s+[A-Z][\w.'-]+\s+[A-Z][\w'-]+")
    return bool(title.search(art.article.body))


def _named_elsewhere(ctx: Context, sentence_id: str) -> bool:
    """The article credits the same point to a named source in another sentence, so "it
    does not name the source" would be arguable."""
    return any(a.source_type in NAMED_TYPES for sid in nearness(ctx).close_in_article(sentence_id)
               for a in ctx.attributions(sid))


def first_reported_by(ctx: Context, tpl: Template) -> Iterator[Draft]:
    first = ctx.report.comparison.first_reported_by
    if not first:
        return
    credit = []
    for art in ctx.articles:
        for sent in art.sentences:
            cue = SCOOP_CUE.search(sent.text)
            if cue and mostly_within(first, sent.text, 1.0):
                credit.append((art, sent, cue.group()))
    if not credit:
        return
    art, sent, cue = credit[0]
    ev = ctx.evidence(sent.id)
    if not ev:
        return
    slots = {"first_outlet": first, "crediting_outlet": ctx.outlet(art), "sentence": sent.text, "cue": cue}
    items = frozenset({outlet_item(first)})
    if tpl.type == "short_answer":
        yield Draft(slots, [ev], "first_reported", accepted=ctx.answer_names(first), items=items, subject=first)
        return
    outlets: list[str] = []
    for name in [ctx.outlet(a) for a in ctx.distinct_outlets] + [c for a in ctx.articles for c in a.cited_outlets]:
        if not same_outlet(name, first) and not any(same_outlet(name, o) for o in outlets):
            outlets.append(name)
    wrong = pick_similar(ctx, outlets, first, tpl.options - 1, sources=False)
    if len(wrong) >= 2:
        yield Draft(slots, [ev], "first_reported", options=[first, *wrong], right=[0], items=items, subject=first)


def _distinct_usable(ctx: Context, art: ArticleAnalysis) -> list[Attribution]:
    out: list[Attribution] = []
    for att in ctx.usable_attributions(art):
        if word_count(att.source) <= MAX_SOURCE_WORDS and not any(related_sources(att.source, o.source) for o in out):
            out.append(att)
    return out


def _shown_name(art: ArticleAnalysis, att: Attribution) -> str:
    """How an option names the source: a bare surname ("Martin") as the article names the
    person in full ("CBS News correspondent David Martin"), since another article may quote
    another Martin; "" when the article never gives the full name."""
    if word_count(att.source) > 1 or att.source_type != "named_person":
        return display_source(att.source)
    # (not "he (Cahill)": a pronoun with its referent is no fuller name)
    fuller = [n for a in art.attributions for n in (a.source, a.refers_to or "")
              if n and word_count(n) > 1 and words(n)[-1:] == words(att.source) and word_count(n) <= MAX_SOURCE_WORDS
              and "(" not in n]
    return display_source(min(fuller, key=word_count)) if fuller else ""


def _named(att: Attribution) -> bool:
    """A source a student can tell apart by its name ("The New York Times", "Tamara
    Oyelaran"): anonymous or vague ones ("three U.S. officials", "an unnamed official")
    from two articles may be the same people, so they make no safe options; nor does a body
    described, not named ("the Zurich-based lender" may be the Credit Suisse of an option)."""
    return att.source_type in NAMED_TYPES and looks_like_kind(att.source, att.source_type) \
        and not described_body(att.source)


def article_sources(ctx: Context, tpl: Template) -> Iterator[Draft]:
    n_right = max(2, tpl.options // 2)
    for art in ctx.distinct_outlets:
        mine = [a for a in _distinct_usable(ctx, art) if _named(a) and _sure_source(ctx, a, alone=True)
                and _shown_name(art, a)]
        if len(mine) < n_right:
            continue
        cited = [n for a in art.attributions for n in (a.source, a.refers_to or "") if n]
        body = art.article.body

        def absent(option: str, cited: list[str] = cited, body: str = body) -> bool:
            """A source this article neither cites nor mentions, nor may cite in other words
            ("The Taiwanese fire department" / "Fire authorities")."""
            return not any(related_sources(option, c) or share_specific_word(option, c) for c in cited) \
                and not mostly_within(option, body) and not ctx.own_outlet(art, option)

        chosen = list(mine)
        ctx.rng.shuffle(chosen)
        chosen = chosen[:n_right]
        # a bare surname as a wrong option may be a right source in other words: full names only
        pool = [display_source(a.source) for a in all_sources(ctx) if _named(a)
                and (word_count(a.source) > 1 or a.source_type != "named_person")]
        wrong = pick_similar(ctx, pool, chosen[0].source, tpl.options - n_right, accept=absent)
        # no two options may be one source in two wordings ("Nelson" / "NASA chief Bill Nelson")
        options = [_shown_name(art, a) for a in chosen] + wrong
        if any(related_sources(x, y) or coreferent(ctx, x, y) for n, x in enumerate(options) for y in options[n + 1:]):
            continue
        evidence = [e for e in (ctx.evidence(a.sentence) for a in chosen) if e]
        if len(wrong) >= 1 and len(evidence) == len(chosen):
            right = [_shown_name(art, a) for a in chosen]
            cited_as = "; ".join(f"{r} (cue: \u201c{a.cue}\u201d)" for r, a in zip(right, chosen))
            # a cited outlet among them is what "which outlet does X cite?" would ask again
            outlets = frozenset(outlet_item(a.source) for a in chosen if a.source_type == "media_outlet")
            yield Draft({"outlet": ctx.outlet(art), "sources": cited_as}, evidence, f"sources:{art.article.id}",
                        options=[*right, *wrong], right=list(range(len(right))), items=outlets)


def claim_source_pairs(ctx: Context, tpl: Template) -> Iterator[Draft]:
    for art in ctx.distinct_outlets:
        picked: list[tuple[Attribution, str]] = []
        for att, claim, confidence in _claims(ctx, art):
            names = ctx.source_names(att.sentence)
            if confidence < CONFIDENCE_BAR or any(
                    related_sources(att.source, p.source) or any(related_sources(n, p.source) for n in names)
                    or any(related_sources(n, att.source) for n in ctx.source_names(p.sentence)) for p, _ in picked):
                continue
            picked.append((att, claim))
        ctx.rng.shuffle(picked)
        picked = picked[:min(tpl.options, 4)]
        evidence = [e for e in (ctx.evidence(a.sentence) for a, _ in picked) if e]
        if len(picked) >= 3 and len(evidence) == len(picked):
            pairs = [(f"\u201c{nest_quotes(claim)}\u201d", display_source(a.source)) for a, claim in picked]
            shown = "\n".join(f"{c} \u2192 {s} (cue: \u201c{a.cue}\u201d)" for (c, s), (a, _) in zip(pairs, picked))
            yield Draft({"outlet": ctx.outlet(art), "pairs": shown}, evidence, f"pairs:{art.article.id}", pairs=pairs)


# An outlet word before or after a capitalised name: "news agency Adnkronos", "broadcaster
# RAI", "Sky Italia television", "the Kelso Courier newspaper" (bounded: linear).
_OUTLET_WORD = r"(?:news\s+(?:agency|channel|network|site|service)|newspaper|broadcaster|television|TV|radio|channel|" \
               r"tabloid|magazine|daily)"
_NAME = r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}"
_WORD_THEN_NAME = re.compile(rf"\b{_OUTLET_WORD}\s+({_NAME})")
_NAME_THEN_WORD = re.compile(rf"\b({_NAME})\s+{_OUTLET_WORD}\b")
# "Italian news agency ...": a nationality word is no name
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")


# letters that name a place or body, not an outlet ("told US officials")
_PLACE_LETTERS = frozenset({"US", "USA", "UK", "UN", "EU", "NATO"})
# "told YTN", "told KBX": letters only an outlet's name is written in, after "told"
_TOLD_CALL_LETTERS = re.compile(r"\btold\s+([A-Z]{2,5})\b")


def outlet_word_names(text: str) -> list[str]:
    """Names an outlet word stands beside in a sentence (a news outlet the lexicon may not
    know), and capital letters someone "told" (a broadcaster's call letters)."""
    found = [m.group(1).split("'s ")[-1] for pattern in (_WORD_THEN_NAME, _NAME_THEN_WORD, _TOLD_CALL_LETTERS)
             for m in pattern.finditer(text.replace("\u2019", "'"))]
    # ("Local television channel TV Record": "Local" is a common word that opens the sentence)
    return [n for n in found if not _DEMONYM.fullmatch(n) and n not in _PLACE_LETTERS and n.lower() not in PLATFORMS
            and not (" " not in n and pos(n.lower()) in _COMMON_TAGS)]


# Sites where anyone posts: "DeepMind's YouTube channel" is a company's channel, no news outlet
PLATFORMS = frozenset("youtube facebook twitter x instagram tiktok weibo wechat telegram linkedin reddit "
                      "snapchat threads bluesky whatsapp twitch".split())


_COMMON_TAGS = frozenset("JJ JJR JJS RB NN NNS VB VBD VBG VBN VBP VBZ DT IN CC".split())


_REPORTED = frozenset({"reported", "reports", "has reported", "had reported"})


def _maybe_outlet(att: Attribution) -> bool:
    """Letters or a website's address that reported something: "..., CNA reported"."""
    name = att.source.strip()
    return att.cue in _REPORTED and (
        (2 <= len(name) <= 6 and name.isalpha() and name.isupper()) or bool(WEB_DOMAIN.search(name.lower())))


def _capitalised_name(phrase: str) -> bool:
    """A capitalised word other than an opening article: "Sky News", not "The outlet"."""
    words = phrase.split()
    return any(w[:1].isupper() for w in words[1:]) or (bool(words) and words[0][:1].isupper()
                                                       and words[0].lower() not in ("the", "a", "an"))


def looks_like_outlet(name: str) -> bool:
    """A name a student can recognise as a news outlet: a known outlet, or a name ending on
    an outlet word ("Valley Courier", "Radio Kelso"); not "American" or "US" (of "American media")."""
    words = re.findall(r"[A-Za-z]+", name.lower())
    return canonical_outlet(name) is not None or (len(words) >= 2 and bool(set(words) & OUTLET_NAME_WORDS))


_BE_OR_HAVE = frozenset("is was are were be been has had have".split())


def _outlet_acts(text: str, end: int) -> bool:
    """The outlet named before `end` is the subject of a verb of its own: "Forbes ranked",
    "The Times has reported"; not "Sky News was unable to broadcast"."""
    words = re.match(r" ([a-z]+)(?: ([a-z]+))?", text[end:end + 40])
    if not words:
        return False
    if words[1] in ("has", "had"):
        return bool(words[2]) and pos(words[2]) == "VBN"
    return words[1] not in _BE_OR_HAVE and pos(words[1]) in ("VBD", "VBZ", "VBN")


# (bounded gaps: a run of spaces after a name must not be scanned again from every point)
_CREDIT_AFTER = re.compile(r" {0,3}/? {0,3}(?:file )?(?:photo|photograph|picture|image|video|footage)s?\b", re.IGNORECASE)
_CREDIT_BEFORE = re.compile(r"\b(?:photo|photograph|picture|image|video|footage|credit)s? {0,3}(?::|/|by|\() {0,3}$",
                            re.IGNORECASE)


def _credits_material(text: str, start: int, end: int) -> bool:
    """The outlet named at start:end is credited with a picture or footage: "AFP photo",
    "Photo: Reuters", "(Image: AP)"."""
    return bool(_CREDIT_AFTER.match(text, end) or _CREDIT_BEFORE.search(text[max(0, start - 16):start]))


def _shortened(short: str, full: str) -> bool:
    """`short` names the outlet `full` names in full: "The Journal" / "The Wall Street Journal"."""
    a = re.sub(r"^the\s+", "", short.strip(), flags=re.IGNORECASE).lower().split()
    b = re.sub(r"^the\s+", "", full.strip(), flags=re.IGNORECASE).lower().split()
    return bool(a) and len(b) > len(a) and b[-len(a):] == a


def cited_outlet(ctx: Context, tpl: Template) -> Iterator[Draft]:
    first = ctx.report.comparison.first_reported_by or ""
    for art in ctx.distinct_outlets:
        found = []
        for name in art.cited_outlets:
            if not looks_like_outlet(name):
                continue
            sent = next((s for s in art.sentences if norm(name) in norm(s.text)), None)
            if sent and not ctx.own_outlet(art, name) and not any(same_outlet(name, n) for n, _ in found):
                found.append((name, sent))
        # the outlet credited with the scoop is what first_reported_by asks about: the question
        # needs another cited outlet, but a student who names the scoop outlet is right too
        shown = [(n, s) for n, s in found if not (first and same_outlet(first, n))]
        if not shown:
            continue
        ev = ctx.evidence(shown[0][1].id)
        if ev:
            # any other outlet the article names in a sentence that credits someone is a fair
            # answer too: the analysis may have missed that it is cited; not an outlet only
            # mentioned ("Sky News was unable to broadcast"), a picture credit ("Photo:
            # Reuters") or any other line that is no sentence, which cites nothing
            named = [m.text for sent in art.sentences if not sentence_problem(sent.text) and ctx.attributions(sent.id)
                     for m in find_outlets(sent.text) if not ctx.own_outlet(art, m.text)]
            # outlets the question does not show but the article may cite: names the analysis
            # cited that read as no outlet, media sources, and "news agency Adnkronos" /
            # "told Sky Italia television" (an outlet word beside a name)
            # and agencies the copy is credited to ("LONDON (Reuters) -", "rc/jm (AP, dpa)"), and
            # letters or a website that "reported" ("..., CNA reported"): unknown, maybe an outlet
            unshown = [n for n in [*art.cited_outlets, *(a.source for a in art.attributions
                                                       if a.source_type == "media_outlet" or _maybe_outlet(a)),
                                   *(n for sent in art.sentences for n in outlet_word_names(sent.text)),
                                   *filter(None, [art.article.wire]), *copy_credits(art.article.body)]
                       if not ctx.own_outlet(art, n) and not any(same_outlet(n, f) or norm(f) in norm(n)
                                                                 for f, _ in found)]
            # ("The outlet reported": a word for an outlet already named is no name to type)
            unshown = [n for n in unshown if _capitalised_name(n)]
            # an outlet that acts in the article ("Forbes ranked her", "when The Wall Street Journal
            # took a deeper look") is a source of its information too, and so is the full name of
            # one it names short ("The Journal reported" after "The Wall Street Journal")
            mentioned = [m for sent in art.sentences if not sentence_problem(sent.text)
                         for m in find_outlets(sent.text) if not ctx.own_outlet(art, m.text)
                         and (_outlet_acts(sent.text, m.end) or any(_shortened(n, m.text) for n, _ in found))]
            # a picture or video credited to an outlet ("... on April 25. AFP photo") is its material too
            mentioned += [m for m in find_outlets(art.article.body) if not ctx.own_outlet(art, m.text)
                          and _credits_material(art.article.body, m.start, m.end)]
            accepted = [v for name in [*(n for n, _ in found), *named, *unshown, *(m.text for m in mentioned)]
                        for v in ctx.answer_names(name)]
            # an article citing two outlets has two right answers: the prompt says so
            several = len(found) > 1 or bool(unshown)
            slots = {"outlet": ctx.outlet(art), "cited": join_names([n for n, _ in found]),
                     "sentence": shown[0][1].text,
                     "cited_count": "other news outlets" if several else "another news outlet",
                     "which_outlet": "Type the name of one of them." if several else "Which outlet? Type its name."}
            # one cited outlet is one lesson: a second article citing it asks nothing new; its
            # subject keeps "who is the source?" from asking about it again in this article
            yield Draft(slots, [ev], f"cited:{art.article.id}", accepted=accepted,
                        items=frozenset(item for n, _ in found for item in (outlet_item(n), cited_in(art.article.id, n))),
                        subject=shown[0][0])

