"""Ingest stays linear on hostile text (issue 10): long whitespace runs, long words, runs of
separators and markup. A regex with adjacent or nested unbounded quantifiers over the same
characters takes quadratic (or worse) time on such lines; an alarm bounds each case
generously, so these tests fail by hanging for seconds, not by a timing threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from guards import deadline

from quizgen import outlets
from quizgen.errors import InputError
from quizgen.settings import MAX_ARTICLE_CHARS
from quizgen.ingest import boilerplate, decode, language, markdown, metadata, plaintext, read_bytes, sitenames

# Linear work on ~180k characters takes well under a second; quadratic work takes minutes.
_ALARM_SECONDS = 20
_RUN = MAX_ARTICLE_CHARS - 20_000  # inside the limit, with room for the article around the run
_WHITESPACE = {"space": " ", "tab": "\t", "nbsp": "\u00a0", "em space": "\u2003", "ideographic": "\u3000"}
_BODY = "The council said on Tuesday that the bridge would reopen after repairs, according to a statement.\n"


def _deadline(seconds: int = _ALARM_SECONDS, what: str = "ingest"):
    return deadline(seconds, what)


def _lines(ws: str, n: int) -> list[str]:
    """Lines shaped like what the classifier's patterns look for, stretched by a long run."""
    run = ws * n
    return ["a" + run + "b", run + "x", "x" + run, "By" + run + "Jane Roe", "By Jane" + run + "| Reuters",
            "Photo" + run + "credit", "Image" + run + "caption", "a." + run + "B", "READ MORE" + run + ":" + run + "x",
            "This article first appeared on" + run + "Example News" + run + ".", "Source" + run + ":" + run + "x",
            "date" + run + "2022-10-12 x", "Storm hits" + run + "|" + run + "Harbor Daily",
            "Home" + run + "»" + run + "News", "end of the story..." + run + "read more" + run + "x",
            "Caption" + run + ":", "# Title" + run + "#" + run]


_OTHER_LINES = {
    "long word": "a" * _RUN, "capital letters": "A" * _RUN, "initials": "A." * (_RUN // 2),
    "names joined by and": "By " + "A and " * (_RUN // 6) + "!", "names joined by commas": "By " + "A, " * (_RUN // 3),
    "hyphens": "a-" * (_RUN // 2), "bars": "a | " * (_RUN // 4), "opening quotes": "“" * _RUN,
    "brackets": "[" * _RUN, "markdown links": "[a](" * (_RUN // 4), "bold marks": "**a " * (_RUN // 4),
    "ellipses": "…" * _RUN, "dots and caps": ". A" * (_RUN // 3), "no full stop": "word " * (_RUN // 5),
    "a long line twice": ("Harbor bridge workers " * 4000 + ".\n") * 2,
    "a caption many times": "From left, Ana Ruiz and Tom Baker.\n" * 5000,
    "pitches many times": "Subscribe to the Harbor Gazette\nGet the facts behind the news.\n" * 3000,
    # hard-wrapped lines that never end a sentence: one logical line grown piece by piece
    "wrapped lines many times": "Storm closes the harbor by Staff | 4 min read\n" * 10_000,
}


@pytest.mark.parametrize("ws", list(_WHITESPACE.values()), ids=list(_WHITESPACE))
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_long_whitespace_runs_are_read_in_linear_time(ws: str, suffix: str) -> None:
    text = _BODY + "\n".join(_lines(ws, 7_500)) + "\n" + _BODY  # ~180k characters: under the size limit
    with _deadline():
        article = read_bytes(text.encode(), name="pasted" + suffix)
    assert "bridge would reopen" in article.body


@pytest.mark.parametrize("ws", list(_WHITESPACE.values()), ids=list(_WHITESPACE))
def test_a_single_run_between_two_letters(ws: str) -> None:
    with _deadline():
        try:
            read_bytes(("a" + ws * _RUN + "b").encode(), name="a.txt")
        except InputError:
            pass  # refusing it is fine; hanging is not


@pytest.mark.parametrize("line", list(_OTHER_LINES.values()), ids=list(_OTHER_LINES))
def test_other_pathological_lines_are_read_in_linear_time(line: str) -> None:
    with _deadline():
        try:
            read_bytes((_BODY + line + "\n" + _BODY).encode(), name="a.md")
        except InputError:
            pass


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for module in (boilerplate, metadata, sitenames, plaintext, markdown, decode, language, outlets):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{module.__name__}.{name}", value


def test_every_ingest_pattern_is_linear_on_hostile_lines() -> None:
    """Each pattern alone, searched and matched, on every hostile line: a static audit that
    also covers patterns the pipeline above happens not to reach."""
    # one kind of whitespace suffices here: every pattern spells whitespace as \s
    hostile = [*_lines(" ", 20_000), *(line[:20_000] for line in _OTHER_LINES.values())]
    for name, pattern in _patterns():
        with _deadline(10, name):
            for line in hostile:
                pattern.search(line)
                pattern.match(line)
