"""Small wording helpers for pages and messages."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """"1 student", "2 students", "0 students" (Jinja filter: `n | counted("student")`)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
