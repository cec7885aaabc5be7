"""export: Quiz -> bytes in a format teachers ask for (json, text, html, moodle, gift, qti).

`export_quiz(quiz, fmt)` is the one entry point of the CLI and the web app; `FORMATS`
gives each format's file suffix and media type for downloads. Results of a class go
out through `quizgen.export.results_csv`.
"""

from __future__ import annotations

from importlib import import_module

from quizgen.errors import ExportError
from quizgen.models import Quiz

# format name -> (file suffix, media type)
FORMATS: dict[str, tuple[str, str]] = {
    "json": (".json", "application/json"),
    "text": (".txt", "text/plain; charset=utf-8"),
    "html": (".html", "text/html; charset=utf-8"),
    "moodle": (".xml", "application/xml"),
    "gift": (".gift.txt", "text/plain; charset=utf-8"),
    "qti": (".qti.zip", "application/zip"),
}

# format name -> what a teacher reads wherever an export is offered, in the order offered
# (the formats schools import first, then the printable page, then files for other tools)
EXPORT_LABELS: dict[str, str] = {
    "moodle": "Moodle (XML)",
    "gift": "Moodle (GIFT)",
    "qti": "Canvas (QTI 1.2)",
    "html": "Printable worksheet",
    "text": "Plain text",
    "json": "quizgen file (JSON)",
}
RESULTS_LABEL = "Spreadsheet of results (CSV)"


# format name -> (module in this package, function Quiz -> str | bytes); imported on
# demand, so the CLI loads only the format it writes
WRITERS: dict[str, tuple[str, str]] = {
    "json": ("json_format", "quiz_to_json"),
    "text": ("text", "quiz_to_text"),
    "html": ("html", "quiz_to_html"),
    "moodle": ("moodle", "quiz_to_moodle_xml"),
    "gift": ("gift", "quiz_to_gift"),
    "qti": ("qti", "quiz_to_qti_zip"),
}


def export_quiz(quiz: Quiz, fmt: str) -> bytes:
    """The quiz in format `fmt`; ExportError names the question that cannot be written."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    module, function = WRITERS[fmt]
    result = getattr(import_module(f"quizgen.export.{module}"), function)(quiz)
    # errors="replace": a lone surrogate from an edited file must not stop an export
    return result.encode("utf-8", errors="replace") if isinstance(result, str) else result
