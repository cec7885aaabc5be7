"""Markdown articles (.md): drop the markup that is not text, keep the words as written."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """'# Title' -> 'Title', '[words](url)' -> 'words', '**bold**' -> 'bold'; images and rules go."""
    text = _HEADING.sub(r"\1", text)
    text = _QUOTE_MARK.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _RULE.sub("", text)
