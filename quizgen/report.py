"""The analysis report: JSON Schema validation and the human-readable text format."""

from __future__ import annotations

from quizgen.models import Report


def render_text(report: Report) -> str:
    lines = []
    for art in report.articles:
        lines.append(f"== {art.article.id}: {art.article.outlet or '(outlet unknown)'}")
    return "\n".join(lines)
