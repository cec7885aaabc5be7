"""Markdown articles (.md): drop the markup that is not text, keep the words as written.

Every pattern is linear in the text: link and image texts stop at the next bracket, link
targets at the next parenthesis, emphasis spans are bounded, and a heading's closing
hashes are stripped in code rather than by a pattern that rescans trailing whitespace.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]++([^\n]*)", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*+\)")
# Emphasis longer than a paragraph's worth of characters is not emphasis.
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1")
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*+){3,}$", re.MULTILINE)


def _heading_text(match: re.Match[str]) -> str:
    """'## Title ##' -> 'Title': closing hashes and trailing spaces go."""
    text = match.group(1).rstrip()
    closed = text.rstrip("#")
    return closed.rstrip() if closed != text and (not closed or closed[-1] in " \t") else text


def markdown_to_text(text: str) -> str:
    """'# Title' -> 'Title', '[words](url)' -> 'words', '**bold**' -> 'bold'; images and rules go."""
    text = _HEADING.sub(_heading_text, text)
    text = _QUOTE_MARK.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _RULE.sub("", text)
