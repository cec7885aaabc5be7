"""Generators for the skill "compare coverage": who reports a point, what only one
outlet reports, where outlets differ, and how much each article leans on anonymity."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from quizgen.analyze.tokens import pos
from quizgen.compare.facts import MATCH_THRESHOLD
from quizgen.compare.figures import Figure, figures
from quizgen.compare.measures import QUALIFIER_OF, TOLL_MEASURES
from quizgen.compare.numbers import CONFLICT, QUALIFIER, kind_of_difference
from quizgen.compare.text import number_value, tokenize
from quizgen.generate.confidence import kind_certain, singular_role
from quizgen.generate.context import Context, Draft, kind_label, outlet_item
from quizgen.generate.hedging import uncertain_words
from quizgen.generate.lone_sources import (
    LoneSource,
    fullest_name,
    lone_sources,
    names_outlet,
    naming_outlets,
    shared_sources,
)
from quizgen.generate.nearness import nearness
from quizgen.generate.plausible import described_person
from quizgen.generate.templates import Template
from quizgen.generate.text import (
    STOPWORDS,
    content_stems,
    jaccard,
    join_names,
    mend_quote_start,
    nest_quotes,
    norm,
    related_sources,
    share_specific_word,
    shorten,
    word_count,
)
from quizgen.models import Discrepancy, Evidence, Mention

# a sentence shown as an option (or matched to an outlet) is quoted whole, up to this length
OPTION_WORDS = 32
# Word overlap (Jaccard of content stems) of two versions offered as one claim told two ways
SAME_CLAIM, SAME_CLAIM_NUMBER = 0.3, 0.15
# "relies most on anonymous sources": by at least this many sentences
# a discrepancy's details are shown only when short enough to read as "what differs"
DETAIL_WORDS = 5
# two versions must share this many specific stems to be offered as "the same point"
MIN_SHARED_SPECIFICS = 2
KIND_NOTES = {
    "number": "The versions give different numbers, so at least one may be out of date or come from a different "
              "source.",
    "certainty": "One version states the point as certain while another hedges it, which changes how sure a reader "
                 "should be.",
    "source": "The versions credit different sources, so a reader should check who actually said it.",
    "wording": "The versions use stronger or weaker words for the same point, which changes how serious it sounds.",
}
QUOTE_NOTE = ("The outlets print the same quotation with different words, so at least one of them is not word for "
              "word: a quote is only as exact as the outlet that prints it.")

# a "number" difference where every version gives the same number
# Measures whose recall is trivia in a compare question ("300 feet", "12 percent").
MEASURE = re.compile(r"%|\b(?:percent|per\s+cent|percentage|feet|foot|ft|meters?|metres?|miles?|kilometers?|km|"
                     r"inches|inch|pounds?|lbs?|kilograms?|kg|tons?|tonnes?|degrees?|acres?|hectares?|mph)\b",
                     re.IGNORECASE)
QUALIFIER_NOTE = ("The versions give the same number with different qualifiers (such as \u201cabout\u201d, "
                  "\u201cmore than\u201d or \u201cat least\u201d), which changes how exact or how large it sounds.")

NEAR_FIGURES_NOTE = ("The versions give different figures that can both be right: a figure framed with words such as "
                     "\u201cmore than\u201d or \u201cat least\u201d leaves room for the other. They may come from "
                     "different sources or different times")
# a toll grows as it is counted; a sum of money may be another part or stage of the deal
RISING_COUNT = " (a count often rises while it is being reported)."

_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
# "at least 381" / "more than 380": figures this close are one figure framed two ways
SAME_FIGURE_SHARE = 0.01


@lru_cache(maxsize=20000)
def _figures(text: str) -> tuple[float, ...]:
    """The numbers written in a sentence (read for every pair of sentences compared: cached)."""
    return tuple(float(t.key[1:]) for t in tokenize(text)
                 if t.key[1:2].isdigit() and t.key[1:].replace(".", "", 1).isdigit())


@lru_cache(maxsize=20000)
def read_figures(text: str) -> tuple[Figure, ...]:
    """The counted figures of a sentence (each sentence is read for every pair compared: cached)."""
    return tuple(figures(text))


def _same_figures(a: str, b: str) -> bool:
    """Every figure of each sentence is (nearly) one of the other's."""
    fa, fb = _figures(a), _figures(b)
    return all(any(_close(x, y) for y in fb) for x in fa) and all(any(_close(y, x) for x in fa) for y in fb)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_FIGURE_SHARE * max(abs(a), abs(b), 1.0)


def same_numbers(values: list[str]) -> bool:
    """True when each text gives numbers, and they are the same numbers ("16,000" in each),
    or all but equal ("at least 381" / "more than 380")."""
    found = [_figures(v) for v in values]
    return all(found) and all(len(f) == len(found[0]) and all(_close(x, y) for x, y in zip(sorted(f), sorted(found[0])))
                              for f in found)


class Overlap:
    """Which sentences of other articles say (nearly) the same thing as a given one.

    Stems found in every article (the event's own words: "Russia", "shells") are
    ignored, so two sentences only count as overlapping when they share specifics.
    """

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self._specific: dict[str, frozenset[str]] = {}
        self._predicates: dict[str, frozenset[str]] = {}

    @cached_property
    def article_of(self) -> dict[str, str]:
        return {s.id: a.article.id for a in self.ctx.articles for s in a.sentences}

    @cached_property
    def event_stems(self) -> frozenset[str]:
        n = len(self.ctx.articles)
        return frozenset(stem for stem, sids in self.ctx.stem_index.items()
                         if len({self.article_of[s] for s in sids}) >= max(2, n))

    def specific(self, sentence_id: str) -> frozenset[str]:
        """Stems of what the sentence reports: not the event's own words, and not the words
        of its sources (two quotes of "Tom Statler, DART program scientist" are not one point)."""
        if sentence_id not in self._specific:
            source_stems = frozenset().union(*(content_stems(n) for n in self.ctx.source_names(sentence_id)))
            stems = self.ctx.stems.get(sentence_id, frozenset())
            self._specific[sentence_id] = stems - self.event_stems - source_stems
        return self._specific[sentence_id]

    def same_point(self, a: str, b: str) -> bool:
        """Two sentences share enough specifics to be offered as "the same point": at least
        MIN_SHARED_SPECIFICS stems, one of them from an ordinary word (names alone, like
        "Kim Jong Un", do not make two sentences say the same thing)."""
        shared = self.specific(a) & self.specific(b)
        return len(shared) >= MIN_SHARED_SPECIFICS and bool(shared & self.common_words(a))

    def anchored(self, a: str, b: str) -> bool:
        """The shared specifics pin one point down: a shared name or figure, or most of the
        shorter sentence's specifics. "Pictures of the black box showed its casing mangled and
        twisted" and "pieces of twisted metal smashed into tiny bits" share two ordinary
        words and speak of different things."""
        mine, theirs = self.specific(a), self.specific(b)
        shared = mine & theirs
        # ... and when two ordinary words are all they share, something said of them too: "We
        # hope the black box is not far" and "the black box had not been found" share a topic
        return bool(shared - self.common_words(a)) or (
            len(shared) * 2 >= min(len(mine), len(theirs))
            and (len(shared) > MIN_SHARED_SPECIFICS or bool(shared & self.predicate_words(a))))

    def predicate_words(self, sentence_id: str) -> frozenset[str]:
        """Stems of the sentence's verbs, numbers and adjectives said of something ("is far"),
        not those naming it ("the black box"): what it says of its topic."""
        if sentence_id not in self._predicates:
            found = self.ctx.sentence(sentence_id)
            words = re.findall(r"[A-Za-z]+|\d[\d,.]*", found[1].text) if found else []
            tags = [pos(w.lower()) for w in words]
            self._predicates[sentence_id] = content_stems(" ".join(
                w for w, tag, after in zip(words, tags, [*tags[1:], ""])
                if w[:1].isdigit() or tag.startswith("VB") or (tag.startswith("JJ") and not after.startswith("NN"))))
        return self._predicates[sentence_id]

    def common_words(self, sentence_id: str) -> frozenset[str]:
        found = self.ctx.sentence(sentence_id)
        return content_stems(" ".join(w for w in found[1].text.split() if w[:1].islower())) if found else frozenset()

    def articles_near(self, sentence_id: str, min_jaccard: float, min_shared: int) -> set[str]:
        """Ids of other articles with a sentence sharing specifics with this one."""
        mine = self.specific(sentence_id)
        own = self.article_of.get(sentence_id)
        shared: dict[str, int] = {}
        for stem in mine:
            for sid in self.ctx.stem_index.get(stem, []):
                if self.article_of[sid] != own:
                    shared[sid] = shared.get(sid, 0) + 1
        return {self.article_of[sid] for sid, n in shared.items()
                if n >= min_shared or jaccard(mine, self.specific(sid)) >= min_jaccard}


def same_point_sentences(ctx: Context, sentence_id: str) -> set[str]:
    """Sentences that may report the same point: in other articles, grouped with it as one
    fact or sharing specifics with it (the grouping misses some retellings); in its own
    article, close to it ("investigators say it produced usable data" ... the agency head:
    "we have extracted usable data")."""
    overlap = _overlap(ctx)
    own = overlap.article_of.get(sentence_id)
    mates = _fact_mates(ctx).get(sentence_id, set())
    near = {sid for stem in overlap.specific(sentence_id) for sid in ctx.stem_index.get(stem, [])
            if overlap.article_of[sid] != own}
    return (mates | {sid for sid in near if overlap.same_point(sentence_id, sid)}
            | nearness(ctx).close_in_article(sentence_id)) - {sentence_id}


def _quoted(sentence: str) -> str:
    return f"\u201c{nest_quotes(shorten(sentence, OPTION_WORDS))}\u201d"


def _overlap(ctx: Context) -> Overlap:
    return ctx.memo.setdefault("overlap", Overlap(ctx))


def _outlet_of(ctx: Context, article_id: str) -> str:
    art = ctx.report.article(article_id)
    return ctx.outlet(art) if art else article_id


def _mention_evidence(ctx: Context, mentions: list[Mention]) -> list[Evidence]:
    return [e for e in (ctx.evidence(m.sentence) for m in mentions) if e]


def _shared(overlap: Overlap, a: Mention, b: Mention) -> int:
    return len(overlap.specific(a.sentence) & overlap.specific(b.sentence))


def fact_across_outlets(ctx: Context, tpl: Template) -> Iterator[Draft]:
    overlap, near = _overlap(ctx), nearness(ctx)
    for fact in ctx.report.comparison.facts:
        first = {}
        for m in fact.mentions:
            first.setdefault(m.article, m)
        reporting = [a for a in ctx.distinct_outlets if a.article.id in first]
        silent = [a for a in ctx.distinct_outlets if a.article.id not in first]
        if len(reporting) < 2 or not silent:
            continue
        # a silent outlet with a sentence close to the point may report it in other words:
        # then "which outlets report it?" has no sure answer, so the fact is not asked about
        close = set().union(*(near.close_articles(m.sentence) for m in first.values()))
        if any(a.article.id in close for a in silent):
            continue
        # quote the mention closest to the others; every other must share specifics with it,
        # or the grouping is too unsure to ask "who reports this same point?"
        mentions = [first[a.article.id] for a in reporting]
        quoted = max(mentions, key=lambda m: sum(_shared(overlap, m, o) for o in mentions if o is not m))
        if MEASURE.search(quoted.text):
            continue  # "which outlets give the share of fares?" is trivia, not coverage
        # "X's article reports: '... our recognition ...'" with no speaker: whose words they
        # are, and so whether the outlets repeat one source, cannot be told from the prompt
        if _QUOTE_MARK.search(quoted.text) and not ctx.source_written(quoted.sentence):
            continue
        # the quoting outlet is never an option: named in the prompt, it would be a free tick
        others = [a for a in reporting if a.article.id != quoted.article]
        shown = others[:tpl.options - 1] + silent[:max(1, tpl.options - len(others))]
        mentions = [quoted, *(first[a.article.id] for a in others if a in shown)]
        if not all(overlap.same_point(quoted.sentence, o.sentence) and overlap.anchored(quoted.sentence, o.sentence)
                   for o in mentions if o is not quoted):
            continue
        # "fined $5,000" / "fined about $10,000": one told with another figure reports a
        # different point (a discrepancy), not "this same point"
        if not all(_same_figures(quoted.text, o.text) for o in mentions if o is not quoted):
            continue
        evidence = _mention_evidence(ctx, mentions)
        if len(evidence) != len(mentions):
            continue
        slots = {"quote": shorten(quoted.text, OPTION_WORDS), "quoting_outlet": _outlet_of(ctx, quoted.article),
                 "corroboration": _corroboration(ctx, mentions),
                 "reporting_outlets": join_names([ctx.outlet(a) for a in shown if a in reporting]),
                 "silent_outlets": join_names([ctx.outlet(a) for a in shown if a not in reporting])}
        order = list(shown)
        ctx.rng.shuffle(order)
        yield Draft(slots, evidence, f"fact:{fact.id}", options=[ctx.outlet(a) for a in order],
                    right=[i for i, a in enumerate(order) if a in reporting])


# Two tellings this alike are one text passed on (a wire story, one interview), not two reports.
COPIED_TEXT = 0.6
INDEPENDENT_NOTE = ("A point that several outlets report is easier to trust, especially when they rely on different "
                    "sources.")


_UNSURE_REASONS = {"hedged", "prediction", "anonymous_source", "vague_source"}
UNSURE_NOTE = ("But it is reported as a possibility or a plan, or from unnamed sources: repeating it does not "
               "make it certain.")


def _corroboration(ctx: Context, mentions: list[Mention]) -> str:
    """Whether several outlets reporting a point confirm it, or pass on one source or one text,
    or an unsure claim."""
    # a source one outlet names and another outlet names too ("the fire agency" in one article
    # only is no shared source)
    names = [(m.article, n) for m in mentions for n in ctx.resolved_names(m.sentence)]
    shared = next((a for n, (art_a, a) in enumerate(names) for art_b, b in names[n + 1:]
                   if art_a != art_b and related_sources(a, b)), "")
    unsure = any(ctx.flag_reasons(m.sentence) & _UNSURE_REASONS for m in mentions)
    copied = any(jaccard(content_stems(a.text), content_stems(b.text)) >= COPIED_TEXT
                 for n, a in enumerate(mentions) for b in mentions[n + 1:])
    if shared:
        return (f"But they pass on the same source ({shared}): one source repeated is not several confirming it, so "
                "the point is only as strong as that source.")
    if copied:
        return ("But they word it almost the same way: they may quote one statement or share wire copy or a press "
                "release, rather than report it separately. Repeating is not confirming.")
    return UNSURE_NOTE if unsure else INDEPENDENT_NOTE


def _fact_sentence_ids(ctx: Context) -> set[str]:
    """Sentences of a fact that at least two different outlets report."""
    cached = ctx.memo.get("fact_sentences")
    if isinstance(cached, set):
        return cached
    out: set[str] = set()
    for fact in ctx.report.comparison.facts:
        if len({_outlet_of(ctx, m.article).lower() for m in fact.mentions}) >= 2:
            out.update(m.sentence for m in fact.mentions)
    ctx.memo["fact_sentences"] = out
    return out


def reported_elsewhere(ctx: Context, sentence_id: str) -> bool:
    """Another outlet reports this point too (a fact groups them, or a sentence of another
    article comes close): with no source, it is the news event itself, not a lone claim."""
    if len(ctx.distinct_outlets) < 2:
        return False
    return sentence_id in _fact_sentence_ids(ctx) \
        or bool(nearness(ctx).close_articles(sentence_id, MATCH_THRESHOLD)) \
        or bool(_overlap(ctx).articles_near(sentence_id, 0.2, 3))


def _fact_mates(ctx: Context) -> dict[str, set[str]]:
    """Sentence id -> the sentences a fact groups with it (itself included), built once."""
    cached = ctx.memo.get("fact_mates")
    if isinstance(cached, dict):
        return cached
    mates: dict[str, set[str]] = {}
    for fact in ctx.report.comparison.facts:
        group = {m.sentence for m in fact.mentions}
        for sid in group:
            mates.setdefault(sid, set()).update(group)
    ctx.memo["fact_mates"] = mates
    return mates


def _lone_slots(ctx: Context, lone: LoneSource) -> dict[str, str]:
    att, outlet = lone.attribution, ctx.outlet(lone.article)
    source = fullest_name(ctx, lone.article.attributions, att)
    return {"outlet": outlet, "source": source, "detail": mend_quote_start(lone.sentence.text), "cue": att.cue,
            # ("U.S. Secretary of Labor Hilda Solis" typed an organization: no kind unless its words prove it)
            "kind": kind_label(att.source, att.source_type) if kind_certain(att.source, att.source_type)
            else "a source",
            "others": join_names([ctx.outlet(a) for a in ctx.distinct_outlets if a is not lone.article]),
            "second_hand": ctx.second_hand(att)}


def lone_source(ctx: Context, tpl: Template) -> Iterator[Draft]:
    """A source only one outlet names: type that outlet, or pick the source among sources
    that two or more outlets name."""
    every = [t for a in ctx.articles for t in a.attributions]
    shared = [fullest_name(ctx, every, a) for a in shared_sources(ctx)]  # (never a bare surname)
    for art in ctx.distinct_outlets:
        for lone in lone_sources(ctx, art):
            ev = ctx.evidence(lone.sentence.id)
            if not ev:
                continue
            slots = _lone_slots(ctx, lone)
            key = f"lone:{lone.sentence.id}"
            if tpl.type == "short_answer":
                # "..., Elizabeth Le told KTLA." asks "which outlet?" and answers it
                if not names_outlet(lone.sentence.text, slots["outlet"]):
                    yield Draft(slots, [ev], key, accepted=ctx.answer_names(slots["outlet"]), subject=slots["source"])
                continue
            wrong: list[str] = []
            for name in ctx.rng.sample(shared, len(shared)):
                if len(wrong) < tpl.options - 1 and not any(
                        related_sources(name, o) for o in [slots["source"], *wrong]):
                    wrong.append(name)
            if len(wrong) >= 2:
                yield Draft(slots, [ev], key, options=[slots["source"], *wrong], right=[0], subject=slots["source"])


def source_outlets(ctx: Context, tpl: Template) -> Iterator[Draft]:
    """Which outlets cite a named source: the ones whose articles cite it by name against
    ones that never mention it (certain both ways: a name is in an article or it is not)."""
    for att in shared_sources(ctx):
        found = naming_outlets(ctx, att)
        if not found:
            continue
        citing, silent = found
        if len(citing) < 2 or not silent:
            continue
        shown = [a for a, _ in citing[:tpl.options - 1]] + silent[:max(1, tpl.options - len(citing))]
        evidence = [e for a, cite in citing if a in shown and (e := ctx.evidence(cite.sentence))]
        names = {a.article.id for a, _ in citing}
        order = list(shown)
        ctx.rng.shuffle(order)
        source = fullest_name(ctx, [cite for _, cite in citing], att)
        slots = {"source": source, "cue": citing[0][1].cue, "cue_outlet": ctx.outlet(citing[0][0]),
                 "citing_outlets": join_names([ctx.outlet(a) for a in shown if a.article.id in names]),
                 "silent_outlets": join_names([ctx.outlet(a) for a in shown if a.article.id not in names])}
        yield Draft(slots, evidence, f"cites:{source.lower()}", options=[ctx.outlet(a) for a in order],
                    right=[i for i, a in enumerate(order) if a.article.id in names], subject=source)


def lone_source_pairs(ctx: Context, tpl: Template) -> Iterator[Draft]:
    """Match sources that only one outlet names to their outlets (one per outlet)."""
    picked = [(art, ctx.rng.choice(found)) for art in ctx.distinct_outlets if (found := lone_sources(ctx, art))]
    picked = picked[:tpl.options]
    evidence = [e for e in (ctx.evidence(lone.sentence.id) for _, lone in picked) if e]
    if len(picked) >= 3 and len(evidence) == len(picked):
        names = [fullest_name(ctx, a.attributions, lone.attribution) for a, lone in picked]
        sources = "\n".join(f"{ctx.outlet(a)}: {name} (cue \u201c{lone.attribution.cue}\u201d)"
                             for (a, lone), name in zip(picked, names))
        outlets = frozenset(outlet_item(name) for (_, lone), name in zip(picked, names)
                            if lone.attribution.source_type == "media_outlet")
        yield Draft({"outlets": join_names([ctx.outlet(a) for a, _ in picked]), "sources": sources}, evidence,
                    "lone_pairs", pairs=[(name, ctx.outlet(a)) for (a, _), name in zip(picked, names)], items=outlets)


def _versions(ctx: Context, disc: Discrepancy) -> list[Mention]:
    """One version per outlet, in report order."""
    out: list[Mention] = []
    for m in disc.versions:
        outlet = _outlet_of(ctx, m.article)
        if ctx.evidence(m.sentence) and not any(_outlet_of(ctx, o.article) == outlet for o in out):
            out.append(m)
    return out


def _kind_note(ctx: Context, disc: Discrepancy, versions: list[Mention]) -> str:
    """What kind of difference it is, with the differing bits when they are short and differ."""
    note = KIND_NOTES.get(disc.kind, KIND_NOTES["wording"])
    values = [disc.details.get(m.article, "").strip() for m in versions]
    if disc.kind == "number" and number_difference(disc, versions) == QUALIFIER:
        # "about 90 acres" / "90-acre", "over 4,000" / "nearly 4,000": the number is the same, its framing
        # is not; "more than 2,400" / "at least 2,421": two figures that can both be right
        shown = {f.value for m in versions if (f := _shown_figure(disc.details.get(m.article, "")))}
        counted = all(f.measure in TOLL_MEASURES for m in versions for f in figures(disc.details.get(m.article, "")))
        note = NEAR_FIGURES_NOTE + (RISING_COUNT if counted else ", or count different things.") \
            if len(shown) > 1 else QUALIFIER_NOTE
    if disc.difference == "quote":
        note = QUOTE_NOTE
    if all(values) and all(word_count(v) <= DETAIL_WORDS for v in values) \
            and len({v.lower() for v in values}) == len(values):
        shown = "; ".join(f"{_outlet_of(ctx, m.article)}: \u201c{v}\u201d" for m, v in zip(versions, values))
        return f"{note} ({shown})"
    return note


def number_difference(disc: Discrepancy, versions: list[Mention]) -> str:
    """How a number discrepancy's figures differ: the comparison's own reading ("conflict",
    "rounding", "qualifier") when it gives one, else "qualifier" for the same figures and
    "conflict" for others. Only a conflict may be taught as outlets giving different numbers.
    The versions shown decide when each gives one figure: of "2,122 dead, more than 2,400
    hurt" / "at least 2,421 hurt" / "almost 1,500 hurt", the first two agree."""
    shown = [_shown_figure(disc.details.get(m.article, "")) for m in versions]
    if shown and all(shown):
        return kind_of_difference(shown)
    if disc.difference:
        return disc.difference
    return "qualifier" if same_numbers([disc.details.get(m.article, "").strip() for m in versions]) else "conflict"


@dataclass(frozen=True)
class _ShownFigure:
    qualifier: str
    value: float
    phrase: str = ""  # as written ("$55.8 billion"): how exact it is told


_SHOWN_FIGURE = re.compile(r"^\W*(?:(" + "|".join(sorted(map(re.escape, QUALIFIER_OF), key=len, reverse=True))
                           + r")\s+)?(\$?\d[\d,]*(?:\.\d+)?)(?!\S*\d)", re.IGNORECASE)


def _shown_figure(detail: str) -> _ShownFigure | None:
    """The one figure of a discrepancy's detail ("more than 2,400 people"), with its qualifier."""
    read = figures(detail)  # a figure with what it counts, in words too ("more than two weeks", "18-day")
    if len(read) == 1:
        return _ShownFigure(read[0].qualifier.lower(), read[0].value, detail)
    found = _SHOWN_FIGURE.match(detail)
    if not found or len(_figures(detail)) != 1:
        return None
    value = number_value(found.group(2))
    return _ShownFigure((found.group(1) or "").lower(), value, detail) if value is not None else None


def _same_reading(a: str, b: str) -> bool:
    """Two details giving one value with qualifiers of one kind ("as much as" / "as high as")."""
    fa, fb = _shown_figure(a), _shown_figure(b)
    return bool(fa and fb) and fa.value == fb.value \
        and QUALIFIER_OF.get(fa.qualifier, fa.qualifier) == QUALIFIER_OF.get(fb.qualifier, fb.qualifier)


def _compatible_figures(disc: Discrepancy, versions: list[Mention]) -> bool:
    """"about 19,000" / "some 20,000": figures that agree within their rounding are no
    difference to ask about (a qualifier difference is asked, and named as such)."""
    return disc.kind == "number" and number_difference(disc, versions) == "rounding"


def _closest_pair(ctx: Context, disc: Discrepancy, versions: list[Mention]) -> tuple[Mention, Mention] | None:
    """Of the pairs of versions that visibly differ, the one that shares the most specifics,
    if they share enough to be the same point; None when no pair is sure."""
    overlap = _overlap(ctx)
    scored = [(len(overlap.specific(a.sentence) & overlap.specific(b.sentence)), i, j)
              for i, a in enumerate(versions) for j, b in enumerate(versions) if i < j
              and _shown_difference(ctx, disc, a, b) and _one_claim(disc, a, b)
              and not _gives_both(ctx, disc, a, b) and not _gives_both(ctx, disc, b, a)]
    if not scored:
        return None
    _, i, j = max(scored, key=lambda t: (t[0], -t[1], -t[2]))
    return (versions[i], versions[j]) if overlap.same_point(versions[i].sentence, versions[j].sentence) else None


def _gives_both(ctx: Context, disc: Discrepancy, a: Mention, b: Mention) -> bool:
    """Another sentence of A's article gives B's figure, or one that B's allows ("will close at
    least 142 stores" and, later, "will also close 142 unprofitable stores"; "bidding reached
    $400 million" and, next, "the final figure is $450,312,500" beside "over $450 million"): the
    figures differ inside one article, not between the outlets."""
    if disc.kind != "number" or _same_reading(disc.details.get(a.article, ""), disc.details.get(b.article, "")):
        return False
    read = read_figures(disc.details.get(b.article, ""))
    art = ctx.report.article(a.article)
    if len(read) != 1 or art is None:
        return False
    theirs = read[0]
    group = QUALIFIER_OF.get(theirs.qualifier, theirs.qualifier)
    # a conflict ("at least one may be out of date") is false when A gives a figure B's allows;
    # a qualifier difference is taught as "both can be right" anyway, so only B's own reading counts
    conflict = number_difference(disc, [a, b]) == CONFLICT
    return any((f.units & theirs.units or not theirs.units) and (
        kind_of_difference([f, theirs]) != CONFLICT if conflict
        else f.value == theirs.value and QUALIFIER_OF.get(f.qualifier, f.qualifier) == group)
        for s in art.sentences if s.id != a.sentence for f in read_figures(s.text))


def _one_claim(disc: Discrepancy, a: Mention, b: Mention) -> bool:
    """The two sentences share most of their words, as two tellings of one claim do ("North
    Korea blamed the US..." / "The regime has blamed the US..."); a figure may be worded
    more freely ("cutting the orbit by 32 minutes" / "changing it by about 32 minutes")."""
    bar = SAME_CLAIM_NUMBER if disc.kind == "number" else SAME_CLAIM
    return jaccard(content_stems(a.text), content_stems(b.text)) >= bar


# what a discrepancy's detail says of an unhedged version, and the type note after a source
_AS_FACT = {"stated as fact", "as fact", "stated"}
_KIND_SUFFIX = re.compile(r"\s*\([^()]*\)\s*$")


def _detail(disc: Discrepancy, m: Mention) -> str:
    """The version's differing words as written ("a U.S. official (anonymous)" -> "a us official")."""
    return norm(_KIND_SUFFIX.sub("", disc.details.get(m.article, "")))


_WORD_AFTER = re.compile(r"[A-Za-z][\w'-]*")


def _hedges_shared_point(hedge: str, hedged_text: str, plain_text: str) -> bool:
    """The hedge bears on what the plain version states: the first common word after it
    ("reportedly killed 40" / "killed 40") is in both. "The complaint alleged Musk lied in a
    tweet" hedges the lie, not "Musk tweeted that ...": no certainty difference."""
    at = norm(hedged_text).find(hedge)
    after = norm(hedged_text)[at + len(hedge):] if at >= 0 else ""
    original = {w.lower(): w for w in _WORD_AFTER.findall(hedged_text)}
    for word in _WORD_AFTER.findall(after):
        if word in STOPWORDS or original.get(word, word)[:1].isupper() or len(word) <= 2:
            continue  # a function word or a name: the subject, not what is said of it
        return bool(content_stems(word) & content_stems(plain_text))
    return True


def _shown_difference(ctx: Context, disc: Discrepancy, a: Mention, b: Mention) -> bool:
    """True when the two sentences show the difference the explanation will name: each
    version's differing words are in its own sentence and not in the other's ("stated as
    fact": no hedge at all), or, without details, one hedges and the other does not / they
    credit unrelated sources."""
    text_a, text_b = norm(a.text), norm(b.text)
    if text_a == text_b:
        return False
    va, vb = _detail(disc, a), _detail(disc, b)
    if disc.kind == "certainty" and (va in _AS_FACT) != (vb in _AS_FACT):
        hedge, hedged_text, plain_text = (vb, b.text, a.text) if va in _AS_FACT else (va, a.text, b.text)
        return bool(hedge) and hedge in norm(hedged_text) and not uncertain_words(plain_text) \
            and _hedges_shared_point(hedge, hedged_text, plain_text)
    if disc.kind == "source":  # "Latah County Prosecutor Ann Li" / "Prosecutor Li": one source
        sa, sb = [va] if va else ctx.source_names(a.sentence), [vb] if vb else ctx.source_names(b.sentence)
        # ("sheriff's officials said" / "according to the Sheriff's Department": one body and its people)
        if not sa or not sb or any(related_sources(x, y) or share_specific_word(x, y) for x in sa for y in sb):
            return False
        # "The five-times grand slam champion said" / "Sharapova said": a person described may
        # be the person named
        written = [*ctx.source_names(a.sentence), *ctx.source_names(b.sentence)]  # (details are lower-cased)
        if any(singular_role(x) or described_person(x) for x in written):
            return False
    if disc.kind == "number" and _same_reading(va, vb):
        return False  # "as much as $18 billion" / "as high as $18 billion": one ceiling, one figure
    if va and vb:  # each version's words in its own sentence only ("99 missing" is in both: no difference),
        # unless inside the other's own version ("1,200" / "roughly 1,200": a qualifier differs)
        return va != vb and va in text_a and vb in text_b \
            and not (_has_words(text_b, va) and va not in vb or _has_words(text_a, vb) and vb not in va)
    if disc.kind == "certainty":
        return bool(uncertain_words(a.text)) != bool(uncertain_words(b.text))
    return disc.kind == "source"


def _has_words(text: str, words: str) -> bool:
    """`words` stand in `text` as whole words ("99" is not in "1999")."""
    return re.search(r"(?<![\w.,])" + re.escape(words) + r"(?![\w]|[.,]\d)", text) is not None


def _trivia(ctx: Context, disc: Discrepancy, versions: list[Mention]) -> bool:
    """A number that differs without a source written beside each version, or a measure (a
    height, a share): recalling it trains nothing about sources or coverage."""
    if disc.kind != "number":
        return False
    values = " ".join(disc.details.get(m.article, "") for m in versions) or " ".join(m.text for m in versions)
    # figures compared are a lesson about sources only when each version says whose figure it
    # is, or flags it as unsure ("reportedly")
    return bool(MEASURE.search(values)) or not all(ctx.source_written(m.sentence) or ctx.flags(m.sentence)
                                                   for m in versions)


def discrepancy(ctx: Context, tpl: Template) -> Iterator[Draft]:
    overlap = _overlap(ctx)
    for disc in ctx.report.comparison.discrepancies:
        pair = _closest_pair(ctx, disc, _versions(ctx, disc))
        if pair is None:
            continue
        a, b = pair
        if tpl.type != "open_response" and word_count(b.text) > OPTION_WORDS:
            continue  # cut short, the option might lose the very words that differ
        confidence = 0.0 if _trivia(ctx, disc, [a, b]) or _compatible_figures(disc, [a, b]) else 1.0
        slots = {"outlet_a": _outlet_of(ctx, a.article), "version_a": shorten(a.text, OPTION_WORDS),
                 "outlet_b": _outlet_of(ctx, b.article), "version_b": shorten(b.text, OPTION_WORDS),
                 "kind_note": _kind_note(ctx, disc, [a, b]), "topic": disc.topic or "the same point"}
        evidence = _mention_evidence(ctx, [a, b])
        if tpl.type == "open_response":
            model = (f"{slots['outlet_a']} says \u201c{slots['version_a']}\u201d, while {slots['outlet_b']} says "
                     f"\u201c{slots['version_b']}\u201d. {slots['kind_note']} Outlets may rely on different sources, "
                     "or pass on the same source with more or less caution. A careful reader checks who the source "
                     "is in each article and looks for the original before deciding which version to trust.")
            yield Draft(slots, evidence, f"disc:{disc.id}", model_answer=model, confidence=confidence)
            continue
        art_b = ctx.report.article(b.article)
        a_stems = overlap.specific(a.sentence)
        # wrong options: other points of B's article, sharing nothing specific with A's version
        # and never grouped with it as one fact
        related = {m.sentence for m in disc.versions} | {
            m.sentence for f in ctx.report.comparison.facts if a.sentence in {x.sentence for x in f.mentions}
            for m in f.mentions}
        pool = [s for s in (art_b.sentences if art_b else [])
                if s.id not in related and 10 <= word_count(s.text) <= OPTION_WORDS and ctx.complete(s)
                and not a_stems & overlap.specific(s.id)]
        ctx.rng.shuffle(pool)
        if len(pool) >= 2:
            yield Draft(slots, evidence, f"disc:{disc.id}",
                        options=[slots["version_b"], *(s.text for s in pool[:tpl.options - 1])],
                        right=[0], confidence=confidence)


def discrepancy_pairs(ctx: Context, tpl: Template) -> Iterator[Draft]:
    for disc in ctx.report.comparison.discrepancies:
        versions = [v for v in _versions(ctx, disc) if word_count(v.text) <= OPTION_WORDS][:tpl.options]
        overlap = _overlap(ctx)
        # matching a version to its outlet is right whatever the grouping; still, each
        # version must share something specific with another to read as "the same point"
        linked = all(any(overlap.specific(v.sentence) & overlap.specific(w.sentence)
                         for w in versions if w is not v) for v in versions)
        # every version must differ visibly from every other, or the match has two answers
        shown = all(_shown_difference(ctx, disc, v, w) and _one_claim(disc, v, w)
                    for n, v in enumerate(versions) for w in versions[n + 1:])
        if len(versions) >= 3 and linked and shown and not _trivia(ctx, disc, versions) \
                and not _compatible_figures(disc, versions):
            slots = {"topic": disc.topic or "the same point", "kind_note": _kind_note(ctx, disc, versions)}
            yield Draft(slots, _mention_evidence(ctx, versions), f"disc:{disc.id}",
                        pairs=[(_quoted(m.text), _outlet_of(ctx, m.article))
                               for m in versions])
