"""Group sentences of different articles that report the same point into facts.

Sentences are split into clauses, because one sentence often reports two points ("...,
an indication that sanctions are biting"); each clause joins at most one fact, so a
sentence can be in two facts, and a fact holds at most one sentence per article.

Cost stays near-linear in the number of articles: clauses are matched against
*clusters* found through an inverted index (feature -> clusters), never against every
sentence of every other article. A point reported by all articles is one cluster, so
adding an article adds one comparison per candidate cluster, not one per sentence
already seen. Features are IDF-weighted so that shared rare words, names and numbers
count more than words every sentence uses; the words naming a source count less.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from quizgen.compare.claims import (MIN_EVIDENCE, Claim, claim_of, clause_claim, same_claim, same_stance,
                                     sentence_claim)
from quizgen.compare.quotes import quotes
from quizgen.compare.text import (
    SentenceFeatures,
    clause_groups,
    features_of,
    fold_demonyms,
    normalize,
    tokenize,
)
from quizgen.models import ArticleAnalysis, Discrepancy, Fact, Mention

# A sentence joins a cluster when its cosine with the cluster's centroid reaches this.
MATCH_THRESHOLD = 0.18
# Only a sentence's rarest features look up candidates: rare words identify a point.
LOOKUP_FEATURES = 8
# A feature found in more clusters than this is too common to find candidates with;
# this bound is what keeps the comparisons per sentence constant.
MAX_POSTING = 24
# Sentences with fewer content features (headings, bylines, "Read more") never match.
MIN_FEATURES = 3
# A clause needs this many content words outside its source phrase to report a point.
MIN_SAID = 2
# Who says it is not what is said: words of attribution sources count this much.
SOURCE_WEIGHT = 0.6
# Second pass: a lone clause joins a shared cluster at this share of the threshold.
FILL_RATIO = 0.75
# Each member of a fact must match another member this well on its own (cosine of
# clauses; a teacher reads the pair as one point, so closer than a cluster needs)...
PAIR_MATCH = 0.25
# ...and make the same claim as every other member (module `claims`), at a cosine of at
# least this (else the fact is split).
PAIR_FLOOR = 0.05
# Below this cosine, two clauses need one more piece of shared evidence (claims).
LOOSE_PAIR = 0.32
# A clause that concedes ("Although ...", "Even though ...") sets the scene for its
# sentence's point; the point itself is the main clause.
CONCESSION = re.compile(r"[\"'(]?\s*(?:although|though|even\s+though|even\s+if|despite)\b", re.IGNORECASE)
# Numbers and names are strong evidence of the same point: weight them up.
NUMBER_BOOST = 1.5
NAME_BOOST = 1.2


@dataclass
class SentenceRef:
    article: int  # index in the analyses list
    sentence: int  # index in that article's sentences
    weights: dict[str, float]
    norm: float
    span: tuple[int, int] = (0, 0)  # the clause's character offsets in the sentence text
    claim: Claim | None = None  # what the clause says of what (None: judged by weights alone)
    told: frozenset[str] = frozenset()  # keys of its words outside the source phrase, not names


@dataclass
class Cluster:
    members: dict[int, SentenceRef] = field(default_factory=dict)  # article index -> sentence
    centroid: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    told: set[str] = field(default_factory=set)  # the members' `told` keys

    norm: float = 0.0

    def add(self, ref: SentenceRef) -> None:
        self.members[ref.article] = ref
        self.told |= ref.told
        for key, weight in ref.weights.items():
            self.centroid[key] += weight / ref.norm
        self.norm = math.sqrt(sum(v * v for v in self.centroid.values()))

    def similarity(self, ref: SentenceRef) -> float:
        """Cosine between the sentence and the sum of the members' unit vectors."""
        norm = self.norm
        if not norm:
            return 0.0
        dot = sum(w * self.centroid.get(k, 0.0) for k, w in ref.weights.items())
        return dot / (norm * ref.norm)


@dataclass
class Alignment:
    """Result of fact grouping, with the comparison count (for the linearity test)."""

    clusters: list[Cluster]
    comparisons: int
    # IDF-weighted features of each whole sentence, per article (for number checks)
    sentence_weights: list[list[dict[str, float]]] = field(default_factory=list)


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def is_heading(text: str) -> bool:
    """Crossheads and labels ("North Korean Weapons") report no point of their own."""
    words = text.split()
    return len(words) < 4 or (len(words) < 10 and not _SENTENCE_END.search(text))


def _source_spans(analysis: ArticleAnalysis) -> dict[str, list[tuple[int, int]]]:
    """Where each sentence names its sources (offsets in the sentence text)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    starts = {s.id: s.start for s in analysis.sentences}
    for att in analysis.attributions:
        if att.sentence not in starts:
            continue
        if att.source_start is not None and att.source_end is not None:
            spans[att.sentence].append((att.source_start - starts[att.sentence], att.source_end - starts[att.sentence]))
        elif att.source and (at := att.text.find(att.source)) >= 0:
            spans[att.sentence].append((at, at + len(att.source)))
    return spans


def sentence_features(analyses: list[ArticleAnalysis]) -> list[list[SentenceFeatures]]:
    per_article = []
    for analysis in analyses:
        spans = _source_spans(analysis)
        per_article.append([features_of(s.text, spans.get(s.id, [])) for s in analysis.sentences])
    fold_demonyms([f for article in per_article for f in article])
    return per_article


# A clause: feature weights, span in the sentence, how many content words it has outside
# its source phrase ("according to two officials" alone reports nothing), claim, and the
# keys of those words that are not names (what it tells)
Clause = tuple[dict[str, float], tuple[int, int], int, Claim, frozenset[str]]


def _weights(features: list[list[SentenceFeatures]], texts: list[list[str]]
             ) -> tuple[list[list[list[Clause]]], dict[str, int]]:
    """IDF weights of each clause of each sentence (document frequency over sentences)."""
    df: dict[str, int] = defaultdict(int)
    total = 0
    for article in features:
        for sent in article:
            total += 1
            for key in sent.keys:
                df[key] += 1
    out = []
    for article in features:
        rows = []
        for sent, text in zip(article, texts[len(out)]):
            units = []
            # once per sentence, not per clause: a run-on sentence has thousands of clauses
            normal, base = normalize(text), sentence_claim(sent.tokens, bool(quotes(text)))
            for clause in clause_groups(sent.tokens, text):
                span = (clause[0].start, clause[-1].end)
                said = [t for t in clause if t.key and not t.in_source and not t.key.startswith("#")]
                if CONCESSION.match(normal, span[0]):
                    said = []  # "Although I am declaring X, the outbreak is Y": the point is Y
                units.append((clause_weights(clause, df, total), span, len({t.key for t in said}),
                              clause_claim(base, normal[span[0]:span[1]]),
                              frozenset(t.key for t in said if not t.is_name)))
            rows.append(units)
        out.append(rows)
    return out, df


def clause_weights(clause: list, df: dict[str, int], total: int) -> dict[str, float]:
    """A clause's feature weights: IDF, numbers and names boosted, source words damped."""
    names = {t.key for t in clause if t.is_name and t.key}
    spoken = {t.key for t in clause if not t.in_source and t.key}
    sources = {t.key for t in clause if t.in_source and t.key} - spoken
    row = {}
    for key in {t.key for t in clause if t.key}:
        weight = math.log(1 + total / max(1, df[key]))
        if key.startswith("#"):
            weight *= NUMBER_BOOST
        elif key in names:
            weight *= NAME_BOOST
        if key in sources:
            weight *= SOURCE_WEIGHT
        row[key] = weight
    return row


@dataclass
class _Index:
    """Clusters found so far, and feature -> ids of the clusters holding it."""

    clusters: list[Cluster] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    comparisons: int = 0

    def candidates(self, ref: SentenceRef, df: dict[str, int]) -> list[int]:
        """Clusters sharing one of the clause's rarest shared words (posting lists capped)."""
        found: set[int] = set()
        # words of no other sentence cannot find a match: look up the rarest shared ones
        shared = [k for k in ref.weights if df[k] > 1]
        for key in sorted(shared, key=lambda k: (-ref.weights[k], k))[:LOOKUP_FEATURES]:
            posting = self.postings.get(key, ())
            if len(posting) <= MAX_POSTING:
                found.update(posting)
        return sorted(found)

    def scored(self, refs: list[SentenceRef], df: dict[str, int], threshold: float,
               wanted: Callable[[Cluster, SentenceRef], bool]) -> list[tuple[float, int, int]]:
        """(score, ref position, cluster id) for every candidate at or above the threshold."""
        out = []
        for pos, ref in enumerate(refs):
            for cid in self.candidates(ref, df):
                if not wanted(self.clusters[cid], ref):
                    continue
                self.comparisons += 1
                score = self.clusters[cid].similarity(ref)
                if score >= threshold:
                    out.append((score, pos, cid))
        return out

    def assign(self, refs: list[SentenceRef], scored: list[tuple[float, int, int]]) -> set[int]:
        """Best pairs first, one clause per cluster and one cluster per clause; the
        positions of the clauses placed."""
        taken_refs: set[int] = set()
        taken_clusters: set[int] = set()
        for _, pos, cid in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
            if pos in taken_refs or cid in taken_clusters:
                continue
            taken_refs.add(pos)
            taken_clusters.add(cid)
            self.join(cid, refs[pos])
        return taken_refs

    def join(self, cid: int, ref: SentenceRef) -> None:
        cluster = self.clusters[cid]
        new_keys = [k for k in ref.weights if k not in cluster.centroid]
        cluster.add(ref)
        for key in new_keys:
            self.postings[key].append(cid)

    def new_cluster(self, ref: SentenceRef) -> None:
        self.clusters.append(Cluster())
        self.join(len(self.clusters) - 1, ref)


def align(analyses: list[ArticleAnalysis], features: list[list[SentenceFeatures]] | None = None,
          threshold: float = MATCH_THRESHOLD) -> Alignment:
    """Cluster clauses across articles: at most one sentence per article per cluster.

    Articles are taken in order; each clause joins the best cluster it matches or starts
    one. A second pass then offers the clauses left alone to the shared clusters again,
    at a lower threshold, so the order of the articles matters less.
    """
    features = features if features is not None else sentence_features(analyses)
    weights, df = _weights(features, [[s.text for s in a.sentences] for a in analyses])
    index = _Index()
    started: list[tuple[SentenceRef, int]] = []  # clauses that started a cluster, and its id
    for a, rows in enumerate(weights):
        refs = [SentenceRef(a, i, w, math.sqrt(sum(v * v for v in w.values())), span, claim, told)
                for i, units in enumerate(rows) if not is_heading(analyses[a].sentences[i].text)
                for w, span, said, claim, told in units
                if len(w) >= MIN_FEATURES and any(w.values()) and said >= MIN_SAID]
        placed = index.assign(refs, index.scored(refs, df, threshold, lambda c, r: r.article not in c.members
                                                 and _tell_alike(c, r)))
        for pos, ref in enumerate(refs):
            if pos not in placed:
                started.append((ref, len(index.clusters)))
                index.new_cluster(ref)
    # second pass: lone clauses may still fit a cluster that grew after they were seen
    lone = [ref for ref, cid in started if len(index.clusters[cid].members) == 1]
    for a in range(len(weights)):
        refs = [r for r in lone if r.article == a]
        shared = index.scored(refs, df, threshold * FILL_RATIO,
                              lambda c, r: len(c.members) >= 2 and r.article not in c.members and _tell_alike(c, r))
        index.assign(refs, shared)
    sentence_weights = [[{k: w for clause, *_ in units for k, w in clause.items()} for units in rows] for rows in weights]
    return Alignment(index.clusters, index.comparisons, sentence_weights)


def _tell_alike(cluster: Cluster, ref: SentenceRef) -> bool:
    """The clause shares with the cluster a word of what is told, not only who says it
    or a name ("The contractor, Norvale Fare Systems, said ..." / "Norvale Fare Systems
    runs ...")."""
    return not ref.told.isdisjoint(cluster.told)


def summarize(text: str, limit: int = 20) -> str:
    """A short summary: the sentence itself, cut at a clause boundary past `limit` words."""
    words = " ".join(text.split()).split(" ")
    if len(words) <= limit:
        return " ".join(words)
    cut = limit
    for i in range(limit, max(8, limit // 2), -1):
        if words[i - 1].endswith((",", ";", ":")):
            cut = i
            break
    return " ".join(words[:cut]).rstrip(",;:") + " …"


def cohesion(cluster: Cluster) -> float:
    """Mean cosine between the members' clauses: how surely they report one point."""
    groups = _copies(list(cluster.members.values()))
    # copies of one clause are alike (cosine 1): weigh each distinct pair by its copies
    total = sum(len(g) for g in groups)
    pairs = total * (total - 1) / 2
    alike = sum(len(g) * (len(g) - 1) / 2 for g in groups)
    alike += sum(clause_similarity(a[0], b[0]) * len(a) * len(b) for n, a in enumerate(groups) for b in groups[n + 1:])
    return alike / pairs if pairs else 0.0


def clause_similarity(a: SentenceRef, b: SentenceRef) -> float:
    """Cosine between two clauses' weighted features."""
    return sum(w * b.weights.get(k, 0.0) for k, w in a.weights.items()) / (a.norm * b.norm)


@dataclass
class FactGroup:
    """A fact and the clauses behind its mentions (same order), for discrepancy checks."""

    fact: Fact
    refs: list[SentenceRef]


def members_match(a: SentenceRef, b: SentenceRef, floor: float = PAIR_MATCH) -> bool:
    """Two clauses report one point: close enough in words, and the same claim (same
    named things, a shared predicate, the same polarity)."""
    similarity = clause_similarity(a, b)
    if similarity < floor:
        return False
    # clauses told in other words need more shared evidence of one claim
    evidence = MIN_EVIDENCE + (similarity < LOOSE_PAIR)
    return a.claim is None or b.claim is None or same_claim(a.claim, b.claim, evidence)


def _copies(refs: list[SentenceRef]) -> list[list[SentenceRef]]:
    """Members grouped by what they say: copies of one wire sentence in several outlets
    match every other member alike, so each pairwise check is made once per distinct
    clause (many copies stay cheap: pairs grow with distinct clauses, not articles)."""
    groups: dict[tuple, list[SentenceRef]] = {}
    for ref in refs:
        groups.setdefault((frozenset(ref.weights.items()), ref.claim), []).append(ref)
    return list(groups.values())


def _linked(refs: list[SentenceRef]) -> list[SentenceRef]:
    """The members that match some other member on their own: a centroid gathers
    members that each share a little with the rest and nothing with one another. A copy
    matches its own copies."""
    groups = _copies(refs)
    linked = {id(r) for g in groups if len(g) > 1 for r in g}
    for g in groups:
        if len(g) == 1 and any(members_match(g[0], o[0]) for o in groups if o is not g):
            linked.add(id(g[0]))
    return [r for r in refs if id(r) in linked]


def _split(refs: list[SentenceRef]) -> list[list[SentenceRef]]:
    """Every member of a fact must match every other (a teacher sees each pair as "the
    same point"): the distinct clause with the fewest matches is left out, one by one,
    and joins the member it matches best as a fact of its own."""
    core = _copies(refs)
    n = len(core)
    match = [[members_match(core[i][0], core[j][0], PAIR_FLOOR) for j in range(n)] for i in range(n)]
    alike = [[clause_similarity(core[i][0], core[j][0]) for j in range(n)] for i in range(n)]
    left, parts = list(range(n)), []

    def fit(i: int) -> tuple[int, float]:
        return (sum(len(core[j]) for j in left if j != i and match[i][j]),
                sum(alike[i][j] * len(core[j]) for j in left if j != i))

    while len(left) >= 2 and not all(match[i][j] for n_, i in enumerate(left) for j in left[n_ + 1:]):
        loosest = min(left, key=fit)
        left.remove(loosest)
        partner = max(left, key=lambda j: alike[loosest][j])
        if members_match(core[loosest][0], core[partner][0]):
            parts.append(sorted(core[loosest] + core[partner], key=lambda r: r.article))
    return [sorted((r for i in left for r in core[i]), key=lambda r: r.article), *parts]


def facts_from(analyses: list[ArticleAnalysis], alignment: Alignment) -> list[FactGroup]:
    """Clusters reported by at least two articles, most widely reported first.

    Two clauses of one sentence may land in two clusters with the same sentences; such a
    duplicate fact is dropped.
    """
    groups = [c for c in alignment.clusters if len(c.members) >= 2]
    # widest first; among equally wide facts, the most closely matched first
    groups.sort(key=lambda c: (-len(c.members), -round(cohesion(c), 3),
                               min((r.article, r.sentence) for r in c.members.values())))
    out: list[FactGroup] = []
    seen: set[frozenset[tuple[int, int]]] = set()
    for refs in (part for c in groups for part in _split(_linked([c.members[a] for a in sorted(c.members)]))):
        sentences = frozenset((r.article, r.sentence) for r in refs)
        if len(refs) < 2 or sentences in seen:
            continue
        seen.add(sentences)
        mentions = []
        for ref in refs:
            sent = analyses[ref.article].sentences[ref.sentence]
            mentions.append(Mention(analyses[ref.article].article.id, sent.id, sent.text))
        shortest = min(mentions, key=lambda m: len(m.text))
        out.append(FactGroup(Fact(f"f{len(out) + 1}", summarize(shortest.text), mentions), refs))
    return out


def _one_stance(mentions: list[Mention]) -> list[Mention]:
    """The largest set of mentions that report a differing figure or word with one
    stance: none denies it or tells a past aim while another tells the outcome ("was
    intended to shorten the orbit by at least 73 seconds" / "did not think it would
    last 73 seconds")."""
    claims = [claim_of(tokenize(m.text), m.text, bool(quotes(m.text))) for m in mentions]
    best: list[int] = []
    for a in claims:
        agree = [n for n, b in enumerate(claims) if same_stance(a, b)]
        if len(agree) > len(best) and all(same_stance(claims[x], claims[y]) for x in agree for y in agree):
            best = agree
    return [mentions[n] for n in best]


def facts_from_differences(facts: list[Fact], discrepancies: list[Discrepancy]) -> list[Fact]:
    """Points found only through a differing figure or wording ("numerous failures" vs
    "some technical problems") are facts too: the same point, reported differently.

    New facts get the next ids; a discrepancy whose sentences a fact already holds adds
    nothing. Versions give one mention per article (the first, the article's own).
    """
    covered = [{m.sentence for m in f.mentions} for f in facts]
    added: list[Fact] = []
    for discrepancy in discrepancies:
        if discrepancy.kind not in ("number", "wording"):
            continue
        mentions: dict[str, Mention] = {}
        for version in discrepancy.versions:
            mentions.setdefault(version.article, version)
        mentions = {m.article: m for m in _one_stance(list(mentions.values()))}
        sentences = {m.sentence for m in mentions.values()}
        if len(mentions) < 2 or any(sentences <= c for c in covered):
            continue
        covered.append(sentences)
        shortest = min(mentions.values(), key=lambda m: len(m.text))
        added.append(Fact(f"f{len(facts) + len(added) + 1}", summarize(shortest.text), list(mentions.values())))
    return facts + added
