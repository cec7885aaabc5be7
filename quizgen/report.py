"""The analysis report: schema validation and the human-readable text format."""

from __future__ import annotations

from typing import Any

from quizgen.errors import QuizgenError
from quizgen.models import SOURCE_TYPES, ArticleAnalysis, Report
from quizgen.schemas import schema_problems

TYPE_LABELS = {
    "named_person": "named person",
    "named_organization": "organization",
    "anonymous": "ANONYMOUS",
    "document": "document",
    "media_outlet": "other outlet",
    "unspecified": "vague crowd",
}


class ReportError(QuizgenError):
    """A report does not follow quizgen/schemas/report.schema.json."""


def validate_report(data: dict[str, Any]) -> None:
    problems = schema_problems(data, "report")
    if problems:
        raise ReportError(f"invalid analysis report ({len(problems)} problem(s)); first: {problems[0]}")


def _table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    fmt = "  ".join(f"{{:{w}}}" for w in widths)
    return [fmt.format(*header).rstrip(), fmt.format(*("-" * w for w in widths)).rstrip(),
            *(fmt.format(*r).rstrip() for r in rows)]


def _shorten(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _article_text(art: ArticleAnalysis) -> list[str]:
    a = art.article
    meta = ", ".join(f"{k}: {v}" for k, v in (("title", a.title), ("author", a.author),
                                             ("published", a.published), ("url", a.url)) if v)
    lines = [f"== {a.id}: {a.outlet or '(outlet not found)'}", *([meta] if meta else []),
             f"{len(art.sentences)} sentences, {len(art.attributions)} attributions, {len(art.flags)} flagged"]
    if art.attributions:
        sentence_no = {s.id: s.id.rsplit(".s", 1)[-1] for s in art.sentences}
        rows = [(sentence_no.get(x.sentence, "?"), _shorten(x.source, 45), TYPE_LABELS.get(x.source_type, x.source_type),
                 x.cue) for x in art.attributions]
        lines += ["", "Sources:", *_table(rows, ("#", "source", "type", "cue"))]
    else:
        lines += ["", "Sources: none found."]
    if art.flags:
        lines += ["", "Claims to verify:"]
        for f in art.flags:
            lines.append(f"  - [{', '.join(f.reasons)}; cue: {f.cue}] {_shorten(f.text)}")
    if art.cited_outlets:
        lines += ["", "Other outlets cited: " + ", ".join(art.cited_outlets)]
    lines += [f"Note: {n}" for n in art.notes]
    return lines


def render_text(report: Report) -> str:
    lines: list[str] = []
    for art in report.articles:
        lines += [*_article_text(art), ""]
    comp = report.comparison
    if comp.profiles:
        rows = [(p.outlet or p.article, *(str(p.source_types.get(t, 0)) for t in SOURCE_TYPES), str(p.flagged))
                for p in comp.profiles]
        lines += ["== Sourcing profiles", *_table(rows, ("outlet", *(TYPE_LABELS[t] for t in SOURCE_TYPES), "flagged")), ""]
    if comp.facts:
        lines.append(f"== Facts reported by several outlets ({len(comp.facts)})")
        for f in comp.facts:
            lines.append(f"  {f.id}: {_shorten(f.summary, 80)} [{', '.join(sorted({m.article for m in f.mentions}))}]")
        lines.append("")
    if comp.discrepancies:
        lines.append(f"== Where outlets differ ({len(comp.discrepancies)})")
        for d in comp.discrepancies:
            lines.append(f"  {d.id} ({d.kind}): {_shorten(d.topic, 80)}")
            for m in d.versions:
                lines.append(f"      {m.article}: {_shorten(m.text, 90)}")
        lines.append("")
    lines.append(f"First reported by: {comp.first_reported_by or 'no article credits another outlet with the scoop'}")
    return "\n".join(lines).rstrip() + "\n"
