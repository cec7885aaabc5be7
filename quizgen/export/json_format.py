"""JSON export: the full quiz, evidence offsets included, as `quizgen generate` prints it."""

from __future__ import annotations

import json

from quizgen.models import Quiz


def quiz_to_json(quiz: Quiz) -> bytes:
    """Pretty UTF-8 JSON; lossless, so `quizgen export` can read it back."""
    data = quiz.to_dict()
    try:
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (from an edited file) cannot be UTF-8: keep it as a \u escape.
        return (json.dumps(data, indent=2, ensure_ascii=True) + "\n").encode("ascii")
