"""export: Quiz -> bytes in a format teachers ask for (json, moodle, gift, qti, html, text)."""

from __future__ import annotations

import json

from quizgen.errors import ExportError
from quizgen.models import Quiz

# format name -> (file suffix, media type)
FORMATS: dict[str, tuple[str, str]] = {
    "json": (".json", "application/json"),
}


def export_quiz(quiz: Quiz, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps(quiz.to_dict(), indent=2, ensure_ascii=False).encode()
    raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
