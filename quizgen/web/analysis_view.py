"""What the teacher's analysis page shows: every source, flag, fact and difference with links
to its sentences, duplicates merged, and whether the teacher marked it wrong.

Rows carry the correction keys (`quizgen.corrections`) of every item they stand for, so
marking a merged row wrong marks each part, and a row is struck once all its parts are.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from quizgen.compare.figure_table import CountedThing, figure_table
from quizgen.corrections import difference_key, fact_key, flag_key, source_key, source_name
from quizgen.models import Mention, Report
from quizgen.web.highlight import FLAG_LABELS, SOURCE_LABELS, outlet_names, sentence_anchor

DIFFERENCE_KINDS = {"number": "number", "certainty": "how certain", "source": "who the source is",
                    "wording": "wording"}


@dataclass(frozen=True)
class SentenceLink:
    article: str
    outlet: str
    sentence: str
    number: int  # the sentence's position in its article, from 1

    @property
    def anchor(self) -> str:
        return sentence_anchor(self.sentence)


@dataclass
class Row:
    """One line of a list or table: the items it stands for and where they are written."""

    keys: list[str]
    links: list[SentenceLink] = field(default_factory=list)
    struck: bool = False

    @property
    def row_id(self) -> str:
        return "item-" + hashlib.sha1(self.keys[0].encode()).hexdigest()[:10]

    @property
    def articles(self) -> set[str]:
        return {link.article for link in self.links}

    def add_links(self, links: Iterable[SentenceLink]) -> None:
        known = {link.sentence for link in self.links}
        for link in links:
            if link.sentence not in known:
                known.add(link.sentence)
                self.links.append(link)


@dataclass
class SourceRow(Row):
    name: str = ""
    kinds: list[str] = field(default_factory=list)


@dataclass
class FlagRow(Row):
    text: str = ""
    reasons: list[str] = field(default_factory=list)
    cue: str = ""


@dataclass
class FactRow(Row):
    summary: str = ""


@dataclass
class DifferenceRow(Row):
    topic: str = ""
    kind: str = ""
    details: dict[str, str] = field(default_factory=dict)  # article id -> what differs there
    texts: dict[str, str] = field(default_factory=dict)  # sentence id -> its text

    @property
    def versions(self) -> list[tuple[SentenceLink, str, str]]:
        """(link, sentence text, what differs) per sentence; what differs only on an
        article's first sentence."""
        seen: set[str] = set()
        out = []
        for link in self.links:
            detail = "" if link.article in seen else self.details.get(link.article, "")
            seen.add(link.article)
            out.append((link, self.texts.get(link.sentence, ""), detail))
        return out


@dataclass
class AnalysisView:
    sources: list[SourceRow]
    flags: dict[str, list[FlagRow]]  # article id -> its flagged sentences
    facts: list[FactRow]
    differences: list[DifferenceRow]
    figures: list[CountedThing]
    links: dict[str, SentenceLink]  # sentence id -> link, for the figures table


def _links(report: Report) -> dict[str, SentenceLink]:
    outlets = outlet_names(report.articles)
    return {s.id: SentenceLink(a.article.id, outlets[a.article.id], s.id, n)
            for a in report.articles for n, s in enumerate(a.sentences, start=1)}


def _mention_links(mentions: Iterable[Mention], links: dict[str, SentenceLink]) -> list[SentenceLink]:
    return [links[m.sentence] for m in mentions if m.sentence in links]


def _sources(report: Report, links: dict[str, SentenceLink]) -> list[SourceRow]:
    rows: dict[str, SourceRow] = {}
    for analysis in report.articles:
        for attribution in analysis.attributions:
            key = source_key(source_name(attribution))
            row = rows.setdefault(key, SourceRow([key], name=source_name(attribution)))
            kind = SOURCE_LABELS.get(attribution.source_type, SOURCE_LABELS["unspecified"])
            if kind not in row.kinds:
                row.kinds.append(kind)
            row.add_links([links[attribution.sentence]] if attribution.sentence in links else [])
    return _merge_people(list(rows.values()))


def _merge_people(rows: list[SourceRow]) -> list[SourceRow]:
    """One row per person: "Victor Amadi", "Transit manager Victor Amadi" (same last two
    words) and a later "Amadi" (the last word of exactly one person's name) are one person;
    two people who share a surname are never merged."""
    hosts: dict[str, SourceRow] = {}  # the last two words of a name -> its row
    folded: set[int] = set()

    def fold(row: SourceRow, host: SourceRow) -> None:
        host.keys += row.keys
        host.add_links(row.links)
        folded.add(id(row))

    people = [r for r in rows if r.kinds == [SOURCE_LABELS["named_person"]]]
    for row in people:
        words = row.name.casefold().split()
        if len(words) >= 2:
            host = hosts.setdefault(" ".join(words[-2:]), row)
            if host is not row:
                fold(row, host)
    by_surname: dict[str, list[SourceRow]] = {}
    for key, host in hosts.items():
        by_surname.setdefault(key.split()[-1], []).append(host)
    for row in people:
        named = by_surname.get(row.name.casefold(), []) if len(row.name.split()) == 1 else []
        if len(named) == 1:
            fold(row, named[0])
    return [row for row in rows if id(row) not in folded]


def _flags(report: Report, links: dict[str, SentenceLink]) -> dict[str, list[FlagRow]]:
    return {a.article.id: [FlagRow([flag_key(a.article.id, f.text)],
                                   [links[f.sentence]] if f.sentence in links else [], text=f.text,
                                   reasons=[FLAG_LABELS.get(r, r) for r in f.reasons], cue=f.cue)
                           for f in a.flags]
            for a in report.articles}


def _merge_contained(rows: list[Row]) -> list[Row]:
    """Rows whose sentences all appear in a larger row are folded into it. Only rows that
    share their first sentence are compared, so the work stays near linear."""
    by_sentence: dict[str, list[Row]] = {}
    for row in rows:
        for link in row.links:
            by_sentence.setdefault(link.sentence, []).append(row)
    kept: set[int] = set()
    for row in sorted(rows, key=lambda r: -len(r.links)):
        mine = {link.sentence for link in row.links}
        candidates = by_sentence.get(row.links[0].sentence, []) if row.links else []
        host = next((other for other in candidates if id(other) in kept and
                     mine <= {link.sentence for link in other.links}), None)
        if host is None:
            kept.add(id(row))
        else:
            host.keys += [k for k in row.keys if k not in host.keys]
    return [row for row in rows if id(row) in kept]  # first found first


def _facts(report: Report, links: dict[str, SentenceLink]) -> list[FactRow]:
    rows: dict[str, FactRow] = {}
    for fact in report.comparison.facts:
        key = fact_key(fact)
        rows.setdefault(key, FactRow([key], summary=fact.summary)).add_links(_mention_links(fact.mentions, links))
    return _merge_contained(list(rows.values()))  # type: ignore[return-value]


def _differences(report: Report, links: dict[str, SentenceLink]) -> list[DifferenceRow]:
    by_kind: dict[str, dict[str, DifferenceRow]] = {}
    for disc in report.comparison.discrepancies:
        key = difference_key(disc)
        row = by_kind.setdefault(disc.kind, {}).setdefault(
            key, DifferenceRow([key], topic=disc.topic, kind=DIFFERENCE_KINDS.get(disc.kind, disc.kind)))
        row.add_links(_mention_links(disc.versions, links))
        row.texts.update({m.sentence: m.text for m in disc.versions})
        for article, detail in disc.details.items():
            row.details.setdefault(article, detail)
    merged = [row for rows in by_kind.values() for row in _merge_contained(list(rows.values()))]
    order = {row.keys[0]: n for n, row in enumerate(r for rows in by_kind.values() for r in rows.values())}
    return sorted(merged, key=lambda r: order[r.keys[0]])  # type: ignore[return-value]


def _strike(rows: Iterable[Row], corrections: Collection[str]) -> None:
    for row in rows:
        row.struck = all(key in corrections for key in row.keys)


def analysis_view(report: Report, corrected: Report, corrections: Collection[str]) -> AnalysisView:
    """The page's rows from the whole report (struck rows stay visible); the figures table
    from `corrected`, the report with the teacher's corrections applied."""
    links = _links(report)
    view = AnalysisView(_sources(report, links), _flags(report, links), _facts(report, links),
                        _differences(report, links), figure_table(corrected), links)
    place = {a.article.id: n for n, a in enumerate(report.articles)}
    for rows in (view.sources, *view.flags.values(), view.facts, view.differences):
        _strike(rows, corrections)
        for row in rows:
            row.links.sort(key=lambda link: (place[link.article], link.number))  # article by article
    return view
