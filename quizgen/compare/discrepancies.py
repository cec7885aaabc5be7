"""Discrepancies: the same fact reported differently by different articles.

Each fact's mentions are compared on four things, each giving its own kind:
- number (module `numbers`): the same quantity with another figure or qualifier;
- certainty: stated as fact in one article, hedged in another, or hedged differently;
- source: the sentences rest on different kinds of source (anonymous vs document);
- wording: one article strengthens or weakens the point ("numerous failures" vs "some
  technical problems") or quantifies it differently ("millions of" vs "bulk quantity").
`details` maps article id -> the differing number, cue, source or phrase, so a quiz can
quote exactly what differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from quizgen.analyze.hedges import CAN_FUTURE, FORECAST, HEDGE, MAY_MODAL
from quizgen.compare.claims import closely_same_claim
from quizgen.compare.margins import margin_discrepancies
from quizgen.compare.facts import FactGroup, clause_similarity, members_match
from quizgen.compare.numbers import context_similarity, number_discrepancies
from quizgen.compare.quotes import quote_discrepancies
from quizgen.compare.text import STOPWORDS, normalize, tokenize, word_key
from quizgen.compare.negation import negated
from quizgen.compare.verbs import force_differences
from quizgen.models import ArticleAnalysis, Attribution, Discrepancy, Mention, Sentence

STATED = "stated as fact"
# Certainty, source and wording are compared only between mentions this close (cosine).
CLOSE_MATCH = 0.15
# Certainty and source differences are told of one claim only: its clauses must match
# this closely, or the "difference" is between two neighbouring points. Who said it is
# compared over whole sentences, so it needs the closer match.
SAME_CLAIM = 0.18
SAME_SOURCED_CLAIM = 0.25
# Sentences with a differently-put word must share this much context (see numbers.py).
WORDING_CONTEXT = 0.15
# A modified word found this often is too common to compare by.
MAX_TARGET_RECORDS = 40

# How strongly a phrase states a point. Generic intensity and quantity words only.
STRONG_WORDS = frozenset("""
numerous countless massive huge enormous vast major severe severely serious seriously significant
significantly staggering dramatic dramatically drastic drastically widespread overwhelming
overwhelmingly extensive extensively critical critically heavy heavily sharp sharply rapid rapidly
millions thousands hundreds dozens bulk unprecedented intense devastating catastrophic crippling
strongly sweeping substantial substantially tremendous immense
""".split())
WEAK_WORDS = frozenset("""
some few minor slight slightly limited modest modestly small several partial partially moderate
moderately occasional marginal marginally
""".split())
# Words that say how much of something: a different one on the same noun is a wording change.
QUANTITY_WORDS = frozenset("""
millions thousands hundreds dozens bulk numerous many some few several countless
quantity quantities amount amounts number lot lots plenty
""".split())


@dataclass(frozen=True)
class Strength:
    word: str
    level: str  # "strong" | "weak" | "quantity"
    phrase: str
    targets: frozenset[str]  # feature keys of the (up to two) words it modifies


def _clause(analyses: list[ArticleAnalysis], group: FactGroup, i: int) -> tuple[Mention, str]:
    ref = group.refs[i]
    text = analyses[ref.article].sentences[ref.sentence].text
    start, end = ref.span
    return group.fact.mentions[i], (text[start:end] if end > start else text)


def _close_mentions(group: FactGroup, threshold: float) -> list[int]:
    """Mentions whose clause closely matches another mention's: a loosely joined mention
    may report a neighbouring point, and comparing it would invent a difference."""
    close = set()
    for i, j in combinations(range(len(group.refs)), 2):
        if clause_similarity(group.refs[i], group.refs[j]) >= threshold:
            close.update((i, j))
    return sorted(close)


# --- certainty ------------------------------------------------------------------------

def _first_hedge(text: str) -> re.Match | None:
    found = [m for rx in (HEDGE, FORECAST, MAY_MODAL, CAN_FUTURE) for m in [rx.search(text)] if m]
    return min(found, key=lambda m: m.start()) if found else None


def hedge_cue(text: str) -> str | None:
    """The first word or phrase that hedges the clause, or None when it is stated."""
    first = _first_hedge(text)
    if first is None:
        return None
    # "can ... in future" spans a clause: the modal is the cue
    return "can" if first.re is CAN_FUTURE else first.group().strip().lower()


# The words a hedge bears on: this many content words after it.
HEDGE_SCOPE = 8


def _said_keys(text: str) -> set[str]:
    """Content keys of a text, names left out: what is said, not who is named."""
    return {t.key for t in tokenize(text) if t.key and not t.is_name}


def one_claim(a: str, b: str) -> bool:
    """Two close clauses can still say opposite things ("deputies knocked on every door"
    / "residents received no warning"): a claim and its denial are not one claim told
    with another source or certainty."""
    return negated(a) == negated(b)


def hedges_the_same_thing(hedged: str, other: str) -> bool:
    """The hedge bears on words the other clause also says: "are expected to receive
    letters" hedges the letters of "letters will go out by March 20"; "is reportedly the
    fourth executive fired" hedges nothing of "Edgett joined in 2012"."""
    cue = _first_hedge(hedged)
    if cue is None:
        return True
    scope = [t.key for t in tokenize(hedged[cue.start():]) if t.key and not t.is_name][:HEDGE_SCOPE]
    return bool(set(scope) & _said_keys(other))


# Distancing verbs name who claims a thing: a source matter, not a hedge of the claim.
NOT_CERTAINTY_CUES = frozenset({"claim", "claims", "claimed"})


def certainty_cue(text: str) -> str:
    cue = hedge_cue(text)
    return STATED if cue is None or cue in NOT_CERTAINTY_CUES else cue


def _certainty_difference(group: FactGroup, clauses: list[tuple[Mention, str]]
                          ) -> tuple[list[Mention], dict[str, str]] | None:
    """Stated in one article, hedged in another (or hedged with another word): only
    between two clauses that closely match each other, so the hedge is on the same claim."""
    cues = [certainty_cue(text) for _, text in clauses]
    paired = sorted({n for i, j in combinations(range(len(clauses)), 2) if cues[i] != cues[j]
                     and clause_similarity(group.refs[i], group.refs[j]) >= SAME_CLAIM
                     and members_match(group.refs[i], group.refs[j])
                     and closely_same_claim(group.refs[i].claim, group.refs[j].claim)
                     and one_claim(clauses[i][1], clauses[j][1])
                     and hedges_the_same_thing(clauses[i][1], clauses[j][1])
                     and hedges_the_same_thing(clauses[j][1], clauses[i][1]) for n in (i, j)})
    if not paired:
        return None
    return [clauses[n][0] for n in paired], {clauses[n][0].article: cues[n] for n in paired}


# --- source ---------------------------------------------------------------------------

def _source_names(source: str) -> frozenset[str]:
    """Capitalised words of a source that name it ("Mason Clark"), not short initials
    ("U.S.") that many sources share."""
    return frozenset(k for w in re.findall(r"[A-Z][\w'-]{3,}", normalize(source)) if (k := word_key(w, True)))


# Who stands behind a claim: on the record (a named person or body, a document) or not
# (an unnamed person, a vague crowd). An outlet that passed the claim on stands behind
# nothing: "according to The Signal Desk" relays that outlet's sources.
ON_RECORD = frozenset({"named_person", "named_organization", "document"})
OFF_RECORD = frozenset({"anonymous", "unspecified"})
# Standings that differ. An outlet relaying a claim stands on that outlet's sources,
# often the very unnamed people another article cites: no difference to teach.
DIFFERENT_STANDINGS = ({"on record", "off record"},)


def _standing(types: frozenset[str]) -> str:
    """"on record", "off record", "relayed" (only outlets passing the claim on), or ""."""
    on, off = bool(types & ON_RECORD), bool(types & OFF_RECORD)
    if not on and not off:
        return "relayed" if types else ""
    return "on record" if on and not off else "off record" if off and not on else ""


# Verbs of belief: "scientists believed" hedges the claim, it does not source it.
BELIEF_CUES = frozenset("believe believes believed think thinks thought suspect suspects suspected "
                        "fear fears feared assume assumes assumed".split())


# A source opening with one of these is a group nobody named ("several US-based news
# organizations"): typed as a named one, its standing is unclear.
GROUP_QUANTIFIERS = frozenset("several some many multiple various numerous few".split())


def unnamed_group(attribution: Attribution) -> bool:
    """A source typed as named that is an unnamed group ("multiple news organizations"):
    no one on the record, and no difference to teach on it."""
    words = attribution.source.lower().split()
    return attribution.source_type in ON_RECORD and bool(words) and words[0] in GROUP_QUANTIFIERS


def hedged_source(attribution: Attribution) -> bool:
    """An unnamed source that is a hedge ("reportedly", "is said to", "scientists
    believed"): the certainty check reports it, and a source difference besides would
    tell one difference twice. A vague crowd cited plainly ("according to critics") is
    a source."""
    cue = attribution.cue.lower().strip()
    return attribution.source_type == "unspecified" and (hedge_cue(cue) is not None or cue in BELIEF_CUES)


def _source_difference(analyses: list[ArticleAnalysis], group: FactGroup, clauses: list[tuple[Mention, str]]
                       ) -> tuple[list[Mention], dict[str, str]] | None:
    """The same claim on the record in one article and resting on unnamed sources in
    another ("a city official" vs "a state report"), between two closely matching
    clauses. Sources that share a name are one source, typed two ways."""
    by_id = {a.article.id: a for a in analyses}
    sourced: dict[int, tuple[str, str, frozenset[str]]] = {}
    for n, (mention, _) in enumerate(clauses):
        atts = [x for x in by_id[mention.article].attributions if x.sentence == mention.sentence]
        if any(hedged_source(x) or unnamed_group(x) for x in atts):
            continue
        standing = _standing(frozenset(x.source_type for x in atts))
        if standing:
            label = "; ".join(f"{x.source} ({x.source_type.replace('_', ' ')})" for x in atts)
            names = frozenset().union(*(_source_names(x.source) for x in atts))
            sourced[n] = (standing, label, names)
    paired = sorted({n for i, j in combinations(sorted(sourced), 2)
                     if {sourced[i][0], sourced[j][0]} in DIFFERENT_STANDINGS and not sourced[i][2] & sourced[j][2]
                     and one_claim(clauses[i][1], clauses[j][1]) and members_match(group.refs[i], group.refs[j])
                     and closely_same_claim(group.refs[i].claim, group.refs[j].claim)
                     and clause_similarity(group.refs[i], group.refs[j]) >= SAME_SOURCED_CLAIM for n in (i, j)})
    if not paired:
        return None
    return [clauses[n][0] for n in paired], {clauses[n][0].article: sourced[n][1] for n in paired}


# --- wording --------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def strength_words(text: str) -> list[Strength]:
    """Intensity and quantity words, each with the content words it modifies."""
    text = normalize(text)
    words = list(_WORD.finditer(text))
    out = []
    for i, m in enumerate(words):
        lower = m.group().lower()
        level = ("quantity" if lower in QUANTITY_WORDS and lower not in STRONG_WORDS | WEAK_WORDS
                 else "strong" if lower in STRONG_WORDS else "weak" if lower in WEAK_WORDS else "")
        if not level:
            continue
        # the modified words: the next (up to two) content words before any punctuation
        targets: list[tuple[str, int]] = []
        for w in words[i + 1:i + 5]:
            gap = text[m.end():w.start()]
            if re.search(r"[^\w\s'-]", gap) or len(targets) == 2 or (targets and w.group().lower() in STOPWORDS):
                break
            key = word_key(w.group()) if w.group().lower() not in QUANTITY_WORDS else ""
            if key:
                targets.append((key, w.end()))
        end = targets[-1][1] if targets else m.end()
        out.append(Strength(lower, level, text[m.start():end], frozenset(k for k, _ in targets)))
    return out


def _differ(a: Strength, b: Strength) -> bool:
    """Graded (strong vs weak) or quantified with other words (millions vs bulk)."""
    levels = {a.level, b.level}
    return levels == {"strong", "weak"} or (levels <= {"strong", "quantity"} and a.word != b.word)


def _wording_difference(clauses: list[tuple[Mention, str]]) -> tuple[list[Mention], dict[str, str]] | None:
    """The same thing said more or less strongly, or quantified with other words.

    Only words that modify the same thing count: "numerous failures" vs "some technical
    problems" (failure ~ problem), "millions of rockets" vs "bulk quantity of rockets".
    """
    by_target: dict[str, dict[str, Strength]] = {}
    for mention, text in clauses:
        for hit in strength_words(text):
            for target in hit.targets:
                by_target.setdefault(target, {}).setdefault(mention.article, hit)
    for target in sorted(by_target):
        hits = list(by_target[target].items())
        if any(_differ(a, b) for (_, a), (_, b) in combinations(hits, 2)):
            chosen = [m for m, _ in clauses if m.article in by_target[target]]
            return chosen, {article: hit.phrase for article, hit in hits}
    return None


def _verb_difference(group: FactGroup, clauses: list[tuple[Mention, str]]
                     ) -> tuple[list[Mention], dict[str, str]] | None:
    """One claim told with a stronger or weaker verb of one family: "struck down" vs
    "restricted" (only between two closely matching clauses that both assert it)."""
    close = {(i, j) for i, j in combinations(range(len(clauses)), 2)
             if clause_similarity(group.refs[i], group.refs[j]) >= SAME_CLAIM
             and one_claim(clauses[i][1], clauses[j][1])}
    found = force_differences([text for _, text in clauses], close)
    if not found:
        return None
    return [clauses[n][0] for n in sorted(found)], {clauses[n][0].article: found[n] for n in sorted(found)}


def wording_discrepancies(analyses: list[ArticleAnalysis], sentence_weights: list[list[dict[str, float]]]
                          ) -> list[tuple[list[Mention], dict[str, str], str]]:
    """Wording differences outside the facts: the same thing (same modified word, similar
    sentences) put more or less strongly by two articles. One per modified word, the
    pair with the most similar sentences."""
    by_target: dict[str, list[tuple[int, int, Strength]]] = {}
    for a, analysis in enumerate(analyses):
        for i, sentence in enumerate(analysis.sentences):
            for hit in strength_words(sentence.text):
                for target in hit.targets:
                    by_target.setdefault(target, []).append((a, i, hit))
    found: list[dict[str, tuple[Sentence, Strength]]] = []
    for target in sorted(by_target):
        records = by_target[target]
        if len(records) > MAX_TARGET_RECORDS:
            continue
        best: tuple[float, tuple[int, int, Strength], tuple[int, int, Strength]] | None = None
        for x, y in combinations(records, 2):
            if x[0] == y[0] or not _differ(x[2], y[2]):
                continue
            context = context_similarity(sentence_weights[x[0]][x[1]], sentence_weights[y[0]][y[1]])
            if context >= WORDING_CONTEXT and (best is None or context > best[0]):
                best = (context, x, y)
        if best is None:
            continue
        members = list(best[1:])
        # other articles that put the same thing another way join the pair
        for record in records:
            if record[0] in {m[0] for m in members}:
                continue
            if any(_differ(record[2], m[2]) and context_similarity(
                    sentence_weights[record[0]][record[1]], sentence_weights[m[0]][m[1]]) >= WORDING_CONTEXT
                   for m in members):
                members.append(record)
        pair = {analyses[a].article.id: (analyses[a].sentences[i], hit) for a, i, hit in members}
        # the same sentence in two pairs ("millions of rockets" vs "bulk quantity" and vs
        # "millions of shells"): one discrepancy over the three articles
        home = next((g for g in found if any(g.get(k, (None,))[0] == v[0] for k, v in pair.items())), None)
        if home is None:
            found.append(pair)
        else:
            for article_id, version in pair.items():
                home.setdefault(article_id, version)
    out = []
    for group in found:
        details = {article_id: hit.phrase for article_id, (_, hit) in group.items()}
        versions = [Mention(article_id, sent.id, sent.text) for article_id, (sent, _) in group.items()]
        out.append((versions, details, "how strongly it is put: " + " vs. ".join(details.values())))
    return out


def _merge_wording(out: list[Discrepancy], versions: list[Mention], details: dict[str, str]) -> bool:
    """Add a fact's wording difference to one already found on a shared sentence."""
    sentences = {v.sentence for v in versions}
    home = next((d for d in out if d.kind == "wording" and sentences & {v.sentence for v in d.versions}), None)
    if home is None:
        return False
    for version in versions:
        if version.article not in home.details:
            home.versions.append(version)
            home.details[version.article] = details[version.article]
    return True


def find_discrepancies(analyses: list[ArticleAnalysis], groups: list[FactGroup],
                       sentence_weights: list[list[dict[str, float]]]) -> list[Discrepancy]:
    """Figures that differ (by unit, across all sentences), then the differences found
    in each fact; numbered d1, d2, ..."""
    out = [Discrepancy("", topic, "number", versions, details, difference)
           for versions, details, topic, difference in number_discrepancies(analyses, sentence_weights)]
    out += [Discrepancy("", topic, "wording", versions, details)
            for versions, details, topic in wording_discrepancies(analyses, sentence_weights)]
    out += [Discrepancy("", topic, "wording", versions, details, "quote")
            for versions, details, topic in quote_discrepancies(analyses)]
    out += [Discrepancy("", topic, "wording", versions, details)
            for versions, details, topic in margin_discrepancies(analyses, sentence_weights)]
    seen = {(d.kind, frozenset(v.sentence for v in d.versions)) for d in out}
    for group in groups:
        close = _close_mentions(group, CLOSE_MATCH)
        if len(close) < 2:
            continue
        clauses = [_clause(analyses, group, i) for i in close]
        every = [_clause(analyses, group, i) for i in range(len(group.refs))]
        checks = (("certainty", _certainty_difference(group, every)),
                  ("source", _source_difference(analyses, group, every)),
                  ("wording", _wording_difference(clauses)), ("wording", _verb_difference(group, every)))
        for kind, found in checks:
            if found is None:
                continue
            versions, details = found
            key = (kind, frozenset(v.sentence for v in versions))
            if len(versions) < 2 or key in seen:
                continue
            seen.add(key)
            if kind == "wording" and _merge_wording(out, versions, details):
                continue
            out.append(Discrepancy("", group.fact.summary, kind, versions, details))
    for n, discrepancy in enumerate(out, start=1):
        discrepancy.id = f"d{n}"
    return out
