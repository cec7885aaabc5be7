"""export: Quiz -> bytes in a format teachers ask for (json, text, html, moodle, gift, qti).

`export_quiz(quiz, fmt)` is the one entry point of the CLI and the web app; `FORMATS`
gives each format's file suffix and media type for downloads. Results of a class go
out through `quizgen.export.results_csv`.
"""

from __future__ import annotations

from collections.abc import Callable

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


def _exporter(fmt: str) -> Callable[[Quiz], bytes]:
    # imported on demand: the CLI loads only the format it writes
    if fmt == "json":
        from quizgen.export.json_format import quiz_to_json
        return quiz_to_json
    if fmt == "text":
        from quizgen.export.text import quiz_to_text
        return lambda quiz: quiz_to_text(quiz).encode("utf-8", errors="replace")
    if fmt == "html":
        from quizgen.export.html import quiz_to_html
        return quiz_to_html
    if fmt == "moodle":
        from quizgen.export.moodle import quiz_to_moodle_xml
        return quiz_to_moodle_xml
    if fmt == "gift":
        from quizgen.export.gift import quiz_to_gift
        return lambda quiz: quiz_to_gift(quiz).encode("utf-8", errors="replace")
    if fmt == "qti":
        from quizgen.export.qti import quiz_to_qti_zip
        return quiz_to_qti_zip
    raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def export_quiz(quiz: Quiz, fmt: str) -> bytes:
    """The quiz in format `fmt`; ExportError names the question that cannot be written."""
    return _exporter(fmt)(quiz)
