"""Flags: sentences a reader cannot verify from the article (owned by the flags work)."""

from __future__ import annotations

from quizgen.models import Attribution, Flag, Sentence


def detect_flags(sentences: list[Sentence], attributions: list[Attribution]) -> list[Flag]:
    """One Flag per unverifiable sentence, with reasons and the cue that triggers it."""
    return []
