"""What generators read: the report with per-sentence lookups, and the Draft they return.

A Draft is a question before it meets its template: slot values, options (which are
right), evidence and a key that names what it asks (for de-duplication).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from quizgen.analyze.discourse import CONTINUATION_CUE
from quizgen.analyze.lexicon import SUBJECT_PRONOUNS
from quizgen.generate.claims import source_span
from quizgen.generate.confidence import SHARED_SENTENCE, kind_confidence, sentence_confidence, sentence_problem, \
    source_role_confidence
from quizgen.generate.plausible import is_referring_phrase, looks_like_source
from quizgen.generate.text import content_stems, display_source, is_pronoun, name_variants, norm
from quizgen.outlets import canonical_outlet, initials, outlet_key, same_outlet
from quizgen.models import ArticleAnalysis, Attribution, Evidence, Flag, Report, Sentence
from quizgen.settings import MAX_SENTENCE_CHARS

_OPENS_SENTENCE = re.compile(r"[\"'\u201c\u2018(]?[A-Z0-9]")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]?$")
_TEASER_END = re.compile(r"(?:\.\.\.|\u2026)[\"'\u201d\u2019]?$")
# Source types a reader can look up by name.
NAMED_TYPES = ("named_person", "named_organization", "media_outlet")
KIND_LABELS = {
    "named_person": "a person identified by name",
    "named_organization": "a named organization",
    "anonymous": "an unnamed (anonymous) person or group",
    "document": "a document or report",
    "media_outlet": "a news organization",
    "unspecified": "a vague group, such as \u201cexperts\u201d",
}
# "National Transportation Safety Board officials", "NASA scientists": people not named, of a
# body that is (capitalised words before a plural noun)
_OF_NAMED_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,6}[a-z]+s")


def kind_label(source: str, source_type: str) -> str:
    """How an explanation names a source's kind."""
    if source_type == "anonymous" and _OF_NAMED_BODY.fullmatch(source.strip()):
        return "a group of unnamed people who speak for a named body"
    return KIND_LABELS.get(source_type, "a source")


KIND_NOTES = {
    "named_person": "A named person can be looked up and held to what they said.",
    "named_organization": "A named organization speaks on the record, so readers know who stands behind the claim.",
    "anonymous": "An unnamed source may know a lot, but readers cannot check who they are or why they know.",
    "document": "A document can, in principle, be found and read, so the claim can be checked against it.",
    "media_outlet": ("A news organization passing on its own reporting gives the claim second-hand, so its "
                     "original sourcing matters; one speaking for itself gives its own side."),
    "unspecified": "A vague group (\u201cexperts\u201d, \u201csome\u201d) cannot be checked at all.",
}


def _short_sentences_only(art: ArticleAnalysis) -> ArticleAnalysis:
    long_ids = {s.id for s in art.sentences if len(s.text) > MAX_SENTENCE_CHARS}
    if not long_ids:
        return art
    return replace(art, sentences=[s for s in art.sentences if s.id not in long_ids],
                   attributions=[a for a in art.attributions if a.sentence not in long_ids],
                   flags=[f for f in art.flags if f.sentence not in long_ids])


def outlet_item(name: str) -> str:
    """A draft item for an outlet a question keys or shows ("which outlet does X cite?" /
    "Yonhap -> Owosso Independent"): two questions sharing one ask one thing twice."""
    return f"outlet:{outlet_key(canonical_outlet(name) or name)}"


def cited_in(article_id: str, name: str) -> str:
    """A draft item for an outlet one article cites: asked about once per article."""
    return f"{outlet_item(name)}@{article_id}"


@dataclass
class Draft:
    """One question's content. `options`/`right` for choice types; `pairs` for matching
    (left text, right text); `order` for ordering; `accepted` for short answers;
    `model_answer` for open responses."""

    slots: dict[str, str]
    evidence: list[Evidence]
    key: str
    options: list[str] = field(default_factory=list)
    right: list[int] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    model_answer: str = ""
    # how sure the analysis is of the parts this question rests on (see confidence.py);
    # the evidence sentences' own shape is scored on top of it by Context.confidence
    confidence: float = 1.0
    # who or what the answer is (a source): one quiz keys the same subject at most twice
    subject: str = ""
    # what the question is about underneath (its sentences, the facts they report): set by
    # the assembler, which never lets two questions share one
    items: frozenset[str] = frozenset()
    # more wrong options of the same kind, to stand in for one that would give another
    # question's answer away
    spare_options: list[str] = field(default_factory=list)


class Context:
    """Read-only view of a report with the lookups generators need."""

    def __init__(self, report: Report, rng: random.Random):
        self.report = report
        self.rng = rng
        # per-quiz caches shared by generators (e.g. the overlap index, the source pool)
        self.memo: dict[str, object] = {}
        # run-on "sentences" (no full stops) are never asked about, and left out before any
        # pass that would read them once per attribution
        self.articles = [a for a in (_short_sentences_only(a) for a in report.articles) if a.sentences]
        self._sentences = {s.id: (a, s) for a in self.articles for s in a.sentences}
        self._attributions: dict[str, list[Attribution]] = {}
        self._flags: dict[str, list[Flag]] = {}
        # a sentence that continues a quote -> the sentence the quote began in
        self._quote_heads: dict[str, str] = {}
        for art in self.articles:
            for att in art.attributions:
                self._attributions.setdefault(att.sentence, []).append(att)
            self._link_quote_runs(art)
            for flag in art.flags:
                self._flags.setdefault(flag.sentence, []).append(flag)

    # --- lookups --------------------------------------------------------------------
    def outlet(self, art: ArticleAnalysis) -> str:
        return art.article.outlet or art.article.title or art.article.id

    def attributions(self, sentence_id: str) -> list[Attribution]:
        return self._attributions.get(sentence_id, [])

    def flags(self, sentence_id: str) -> list[Flag]:
        return self._flags.get(sentence_id, [])

    def flag_reasons(self, sentence_id: str) -> set[str]:
        return {r for f in self.flags(sentence_id) for r in f.reasons}

    def _link_quote_runs(self, art: ArticleAnalysis) -> None:
        continued = {a.sentence for a in art.attributions if a.cue == CONTINUATION_CUE}
        previous = ""
        for sent in art.sentences:
            if sent.id in continued and previous:
                self._quote_heads[sent.id] = self._quote_heads.get(previous, previous)
            previous = sent.id

    def quote_head(self, sentence_id: str) -> str:
        """The first sentence of the quote run a sentence belongs to (itself if none)."""
        return self._quote_heads.get(sentence_id, sentence_id)

    def sentence(self, sentence_id: str) -> tuple[ArticleAnalysis, Sentence] | None:
        return self._sentences.get(sentence_id)

    def source_written(self, sentence_id: str, allow_pronoun: bool = False) -> bool:
        """The sentence itself names who says so, with the cue ("..., the mayor said"): one that
        continues a quote from an earlier sentence shows no source to the student. With
        `allow_pronoun`, "..., he said" counts too (the speaker is named nearby)."""
        found = self.sentence(sentence_id)
        text = found[1].text.lower() if found else ""
        return any((allow_pronoun or not is_pronoun(a.source)) and a.source.lower() in text and a.cue
                   and a.cue.lower() in text for a in self.attributions(sentence_id))

    def source_names(self, sentence_id: str) -> list[str]:
        """Every source the analysis sees in a sentence, pronouns resolved where known."""
        out = []
        for att in self.attributions(sentence_id):
            out.append(att.source)
            if att.refers_to:
                out.append(att.refers_to)
        return out

    def second_hand(self, att: Attribution) -> str:
        """ "The article has it second-hand, through CNN ...", when another outlet in the same
        sentence stands between the article and the source ("Mayor Li said ..., according to
        CNN", "Li told DW"); else ""."""
        relay = next((a for a in self.attributions(att.sentence) if a.source_type == "media_outlet"
                      and att.source_type != "media_outlet" and norm(a.source) != norm(att.source)), None)
        found = self.sentence(att.sentence)
        # "Ebel told Xinhua" in Xinhua's own copy, run by another site: the wire heard it itself
        if relay is None or (found and same_outlet(relay.source, found[0].article.wire)):
            return ""
        return (f"The article has it second-hand, through {display_source(relay.source)} (cue \u201c{relay.cue}\u201d): "
                "that outlet's report is where to check it. ")

    def answer_names(self, name: str) -> list[str]:
        """A name's accepted spellings (`name_variants`), and its initials where an article
        writes them ("told DW" for Deutsche Welle): the answer key shows what is accepted."""
        out = name_variants(name)
        short = initials(name)
        if len(short) >= 2 and short not in out and any(re.search(rf"\b{short}\b", a.article.body)
                                                         for a in self.articles):
            out.append(short)
        return out

    def resolved_names(self, sentence_id: str) -> list[str]:
        """The sentence's sources as a reader knows them: a pronoun by whom it stands for
        ("he" -> "Stefano Zanut"); an unresolved pronoun names no one."""
        return [att.refers_to or att.source for att in self.attributions(sentence_id)
                if att.refers_to or att.source.lower() not in SUBJECT_PRONOUNS]

    def own_outlet(self, art: ArticleAnalysis, name: str) -> bool:
        return bool(art.article.outlet) and same_outlet(art.article.outlet or "", name)

    @cached_property
    def distinct_outlets(self) -> list[ArticleAnalysis]:
        """One article per outlet name (first one wins), so outlet options never repeat."""
        out: list[ArticleAnalysis] = []
        for art in self.articles:
            if not any(same_outlet(self.outlet(art), self.outlet(o)) for o in out):
                out.append(art)
        return out

    @cached_property
    def stems(self) -> dict[str, frozenset[str]]:
        return {sid: content_stems(s.text) for sid, (_, s) in self._sentences.items()}

    @cached_property
    def stem_index(self) -> dict[str, list[str]]:
        """Stem -> sentence ids holding it (for near-linear overlap look-ups)."""
        index: dict[str, list[str]] = {}
        for sid, stems in self.stems.items():
            for stem in stems:
                index.setdefault(stem, []).append(sid)
        return index

    def evidence(self, sentence_id: str) -> Evidence | None:
        """Evidence for a sentence, with offsets checked against the body (None if they do not hold)."""
        found = self.sentence(sentence_id)
        if not found:
            return None
        art, sent = found
        body = art.article.body
        start, end = sent.start, sent.end
        if body[start:end] != sent.text:
            start = body.find(sent.text)
            if start < 0 or not sent.text:
                return None
            end = start + len(sent.text)
        return Evidence(art.article.id, sent.id, sent.text, start, end)

    def sentence_confidence(self, sentence_id: str) -> float:
        """0 for a headline, caption, reporter's question or cut-off fragment; else 1."""
        found = self.sentence(sentence_id)
        return sentence_confidence(found[1].text, found[0].article.title) if found else 0.0

    def confidence(self, draft: Draft) -> float:
        """The draft's own confidence times its weakest evidence sentence's."""
        return draft.confidence * min((self.sentence_confidence(e.sentence) for e in draft.evidence), default=0.0)

    def attribution_confidence(self, att: Attribution, span: tuple[int, int] | None, alone: bool = True) -> float:
        """How sure the analysis is that `att.source` is who stands behind the sentence:
        its role in the sentence (speaker, not the one "told" or the employer), its kind
        agreeing with its words, and (with `alone`) no second source sharing the sentence.
        A wrong option need not be alone: it only has to be a real source of another sentence."""
        role = source_role_confidence(att.text, *span) if span else 0.0
        if not alone:
            return role * kind_confidence(att.source, att.source_type)
        # another phrase the analysis read as a source shares the clause, unless it is only the
        # one told ("X told the Ledger"): that one stands behind nothing
        others = [a for a in self.attributions(att.sentence) if a.source != att.source and not is_pronoun(a.source)
                  and a.source.lower() not in att.source.lower() and att.source.lower() not in a.source.lower()
                  and not _only_told(a) and a.shares_clause(att)]  # "X said A, but Y said B": two claims
        return role * kind_confidence(att.source, att.source_type) * (SHARED_SENTENCE if others else 1.0)

    @staticmethod
    def complete(sent: Sentence) -> bool:
        """A whole sentence, fit to show as an option: capital start, final punctuation,
        not a teaser cut off with an ellipsis, a caption, a question or a cut-off quote."""
        text = sent.text.strip()
        return bool(_OPENS_SENTENCE.match(text)) and bool(_ENDS_SENTENCE.search(text)) \
            and not _TEASER_END.search(text) and not sentence_problem(text)

    def usable_attributions(self, art: ArticleAnalysis) -> list[Attribution]:
        """Attributions whose source is written out in the sentence itself (not "he", not a
        continuation quote), so a question about them is grounded in the quoted sentence."""
        out = []
        for att in art.attributions:
            # "he", "the paper", "the company" stand for a source named elsewhere: as options
            # they could be the same source as another option
            if is_pronoun(att.source) or att.source_type == "unspecified" or is_referring_phrase(att.source):
                continue
            text = att.text.lower()
            # the source and its cue are both written in the sentence ("said", "according to"),
            # so the question can point at them; continuation quotes and guesses are left out
            if self.own_outlet(art, att.source) or att.source.lower() not in text \
                    or not att.cue or att.cue.lower() not in text or not looks_like_source(att.source):
                continue
            if _said_jointly(att, art.attributions):
                continue  # "Australia and New Zealand said": "Australia" alone is half the source
            out.append(att)
        return out


def _said_jointly(att: Attribution, attributions: list[Attribution]) -> bool:
    """Another source of the same sentence and cue is joined to this one by "and"."""
    text = att.text.lower()
    return any(o.sentence == att.sentence and o.cue == att.cue and o.source != att.source
               and (f"{att.source} and {o.source}".lower() in text or f"{o.source} and {att.source}".lower() in text)
               for o in attributions)


def _only_told(att: Attribution) -> bool:
    """The phrase follows "told" in its sentence: the recipient, not a second speaker."""
    span = source_span(att.text, att.source)
    return span is not None and bool(re.search(r"\btold\s+$", att.text[:span[0]], re.IGNORECASE))
