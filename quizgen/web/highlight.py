"""Turn an article body plus character-offset spans into safe HTML.

Article text is untrusted: every piece between span boundaries is escaped on its own,
and only our fixed tags/classes wrap them. Spans must nest or be disjoint; a span
that crosses another is dropped rather than producing broken markup.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from quizgen.corrections import flag_key, source_key, source_name
from quizgen.models import ArticleAnalysis, Report

# Source type -> short text label shown after the source phrase (never colour alone).
SOURCE_LABELS = {
    "named_person": "named person",
    "named_organization": "organization",
    "anonymous": "anonymous",
    "document": "document",
    "media_outlet": "other outlet",
    "unspecified": "unspecified",
}
FLAG_LABELS = {
    "anonymous_source": "anonymous source",
    "hedged": "hedged",
    "unattributed": "no source",
    "prediction": "prediction",
    "vague_source": "vague source",
}
MARKED_WRONG = " · marked wrong"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    tag: str  # "span" or "mark"
    css_class: str
    label: str = ""  # visible text label appended inside the span
    element_id: str = ""


def render(text: str, spans: list[Span]) -> Markup:
    ordered = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)), key=lambda s: (s.start, -s.end))
    out: list[str] = []
    stack: list[Span] = []
    pos = 0

    def close_top() -> None:
        nonlocal pos
        top = stack.pop()
        out.append(str(escape(text[pos:top.end])))
        pos = top.end
        if top.label:
            out.append(f'<span class="tag"> [{escape(top.label)}]</span>')
        out.append(f"</{top.tag}>")

    for span in ordered:
        while stack and stack[-1].end <= span.start:
            close_top()
        if stack and span.end > stack[-1].end:
            continue  # crosses an open span
        out.append(str(escape(text[pos:span.start])))
        pos = span.start
        ident = f' id="{escape(span.element_id)}"' if span.element_id else ""
        out.append(f'<{span.tag}{ident} class="{escape(span.css_class)}">')
        stack.append(span)
    while stack:
        close_top()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def article_label(outlet: str | None, number: int) -> str:
    """What pages call an article: its outlet, else "Article 2" (never an internal id)."""
    return outlet or f"Article {number}"


def outlet_names(articles: list[Any]) -> dict[str, str]:
    """Article id -> label, for QuizArticles or ArticleAnalyses in their order (Jinja filter)."""
    names = {}
    for number, item in enumerate(articles, start=1):
        article = getattr(item, "article", item)
        names[article.id] = article_label(article.outlet, number)
    return names


def sentence_anchor(sentence_id: str) -> str:
    """The id of a sentence on the analysis page: links point at it, :target highlights it."""
    return f"sent-{sentence_id}"


def analysis_spans(analysis: ArticleAnalysis, struck: Collection[str] = ()) -> list[Span]:
    """Every sentence as a link target (id from `sentence_anchor`); flagged sentences as
    <mark> with their reasons; source phrases labelled by type. What the teacher marked
    wrong (`struck` correction keys) keeps its place, labelled "marked wrong"."""
    spans = [Span(s.start, s.end, "span", "sentence", element_id=sentence_anchor(s.id)) for s in analysis.sentences]
    for flag in analysis.flags:
        sentence = analysis.sentence(flag.sentence)
        if sentence:
            reasons = ", ".join(FLAG_LABELS.get(r, r) for r in flag.reasons)
            wrong = flag_key(analysis.article.id, flag.text) in struck
            spans.append(Span(sentence.start, sentence.end, "mark", "flagged struck" if wrong else "flagged",
                              f"check: {reasons}{MARKED_WRONG if wrong else ''}"))
    for attribution in analysis.attributions:
        if attribution.source_start is not None and attribution.source_end is not None:
            kind = attribution.source_type if attribution.source_type in SOURCE_LABELS else "unspecified"
            wrong = source_key(source_name(attribution)) in struck
            spans.append(Span(attribution.source_start, attribution.source_end, "span",
                              f"source source-{kind}{' struck' if wrong else ''}",
                              SOURCE_LABELS[kind] + (MARKED_WRONG if wrong else "")))
    return spans


def analysis_html(report: Report, struck: Collection[str] = ()) -> dict[str, Markup]:
    return {a.article.id: render(a.article.body, analysis_spans(a, struck)) for a in report.articles}


def evidence_html(body: str, ranges: list[tuple[int, int]], anchor: bool = True) -> Markup:
    """The article with the evidence sentence(s) marked; with `anchor`, the first gets id="evidence"."""
    spans = [Span(start, end, "mark", "evidence", "evidence", "evidence" if anchor and i == 0 else "")
             for i, (start, end) in enumerate(ranges)]
    return render(body, spans)
