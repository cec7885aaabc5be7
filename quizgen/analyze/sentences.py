"""Sentences with exact character offsets into the article body.

Lines are split first (scraped text puts headings, captions and paragraphs on lines of
their own), then NLTK's Punkt splits each line using an abbreviation list built in code:
no trained model and no download.
"""

from __future__ import annotations

import re
from string import ascii_lowercase

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from quizgen.analyze.lexicon import ABBREVIATIONS, SENTENCE_STARTERS
from quizgen.models import Sentence

_LINE = re.compile(r"[^\n]+")


# Two initials ("O.B. Curtis", "J.R. Smith") abbreviate a name: a sentence ends after
# them only where a sentence starter follows, as after any abbreviation.
_INITIAL_PAIRS = {f"{a}.{b}" for a in ascii_lowercase for b in ascii_lowercase}


def _build_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS) | _INITIAL_PAIRS
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


_TOKENIZER = _build_tokenizer()


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence; whitespace is trimmed from both ends."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(body):
        text = line.group()
        if not text.strip():
            continue
        line_spans: list[tuple[int, int]] = []
        for start, end in _TOKENIZER.span_tokenize(text):
            piece = text[start:end]
            stripped = piece.strip()
            if not stripped:
                continue
            start += len(piece) - len(piece.lstrip())
            if line_spans and (_speech_tag(text, line_spans[-1], start) or _after_dateline(text, line_spans[-1], start)):
                line_spans[-1] = (line_spans[-1][0], start + len(stripped))
            else:
                line_spans.append((start, start + len(stripped)))
        spans.extend((line.start() + a, line.start() + b) for a, b in line_spans)
    return spans


def _speech_tag(text: str, previous: tuple[int, int], start: int) -> bool:
    """'“Are you sure?” she asked.': a lower-case tag after a quoted question belongs to it."""
    return text[previous[1] - 2:previous[1]] in _QUESTION_ENDS and text[start:start + 1].islower()


_QUESTION_ENDS = frozenset(a + b for a in "?!" for b in "”\"'’")

# "FAIRFAX, Va. -- A jury sided ...": a dateline ending in an abbreviated state, then its dash
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{1,40},(?: [A-Z][a-z]{0,5}\.)+")
_DASH_OPENING = re.compile(r"(?:\([A-Za-z ]{1,20}\)\s*)?(?:--?|\u2014|\u2013)\s")


def _after_dateline(text: str, previous: tuple[int, int], start: int) -> bool:
    """A piece opening with a dash after a dateline cut at its abbreviation's stop."""
    return bool(_DASH_OPENING.match(text, start)) and bool(_DATELINE.fullmatch(text, previous[0], previous[1]))


def split_sentences(article_id: str, body: str) -> list[Sentence]:
    """The body's sentences, ids "<article id>.s<n>" from 1; body[start:end] == text."""
    return [Sentence(f"{article_id}.s{n}", body[start:end], start, end)
            for n, (start, end) in enumerate(sentence_spans(body), start=1)]
