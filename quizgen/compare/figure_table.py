"""The figures table: what is counted x outlet x figure x who says so.

Figures are read from each sentence with `figures` (the compare stage's quantity reader)
and grouped by what they count in the articles' own words ("schools", "residents").
Figures told in different words join one group only where the compare stage judged them
one quantity (a number discrepancy names them). Spans of time are left out. Nothing here
changes the analysis; the table only lays out what it found, sentence by sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.compare.figures import NUMBER_PHRASE, Figure, figures
from quizgen.compare.text import word_key
from quizgen.models import Report

@dataclass(frozen=True)
class FigureEntry:
    article: str
    sentence: str  # sentence id: where the figure is written
    figure: str  # the figure as written: "About 1,200 residents"
    sources: tuple[str, ...]  # who the sentence credits, in order; empty when none was found


@dataclass
class CountedThing:
    counted: str  # what is counted, in the articles' words
    entries: list[FigureEntry] = field(default_factory=list)

    @property
    def outlets(self) -> int:
        return len({e.article for e in self.entries})


def counted_words(figure: Figure) -> str:
    """What a figure counts, in the article's words: "residents", "TapCard accounts";
    "money" for a bare sum, the measure ("percent") when no word follows the number."""
    match = NUMBER_PHRASE.match(figure.phrase)
    words = figure.phrase[match.end():].strip(" -").split() if match else []
    if words and figure.role and word_key(words[-1]) == figure.role:
        words = words[:-1]  # "400 people spent": "spent" is what happened to them
    if words:
        return " ".join(words)
    return "money" if "$" in figure.units else figure.measure


def _key(figure: Figure) -> str:
    return ",".join(sorted(figure.nouns)) or "=" + figure.measure


def figure_table(report: Report) -> list[CountedThing]:
    """Every counted figure, grouped by what it counts: things counted by most outlets first."""
    event_of = {a: n for n, group in enumerate(report.comparison.event_groups) for a in group}
    joined = _compared_figures(report)  # (article, sentence id, phrase) -> discrepancy number
    groups: dict[tuple, CountedThing] = {}
    seen: set[tuple[tuple, FigureEntry]] = set()
    for analysis in report.articles:
        article = analysis.article.id
        sources_of: dict[str, list[str]] = {}
        for attribution in analysis.attributions:
            sources_of.setdefault(attribution.sentence, []).append(attribution.refers_to or attribution.source)
        for sentence in analysis.sentences:
            for figure in figures(sentence.text):
                if "duration" in figure.units or not counted_words(figure):
                    continue  # "four-day", "40 minutes": spans of time, not counts to compare
                compared = joined.get((article, sentence.id, figure.phrase.casefold()))
                key = ("compared", compared) if compared is not None else (event_of.get(article, 0), _key(figure))
                group = groups.setdefault(key, CountedThing(""))
                label = counted_words(figure)
                if label not in group.counted.split(" / "):
                    group.counted = f"{group.counted} / {label}" if group.counted else label
                entry = FigureEntry(article, sentence.id, figure.phrase,
                                    tuple(dict.fromkeys(sources_of.get(sentence.id, []))))
                if (key, entry) not in seen:
                    seen.add((key, entry))
                    group.entries.append(entry)
    order = list(groups.values())
    return sorted(order, key=lambda g: -g.outlets)  # stable: first written first among equals


def _compared_figures(report: Report) -> dict[tuple[str, str, str], int]:
    """The figures each number discrepancy compares, by (article, sentence, phrase)."""
    found: dict[tuple[str, str, str], int] = {}
    for n, discrepancy in enumerate(report.comparison.discrepancies):
        if discrepancy.kind != "number":
            continue
        for version in discrepancy.versions:
            phrase = discrepancy.details.get(version.article)
            if phrase:
                found.setdefault((version.article, version.sentence, phrase.casefold()), n)
    return found
