"""The list of questions beside each question: a link per question, the current one marked,
the answered ones ticked. Written in Python and kept per (current, answered): the list is
most of a question page's markup, and a lesson shows the same few lists again and again."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from markupsafe import Markup

from quizgen.models import Question

PROGRESS_LISTS = 2048  # (current question, answered pattern) pairs kept per process


def progress_items(questions: Sequence[Question], number: int, answered: Collection[str]) -> Markup:
    """The <li> items of the question list (links relative to /play/<quiz>/<number>)."""
    return _items(number, tuple(q.id in answered for q in questions))


@lru_cache(maxsize=PROGRESS_LISTS)
def _items(number: int, done: tuple[bool, ...]) -> Markup:
    items = []
    for n, answered in enumerate(done, start=1):
        current = ' aria-current="step"' if n == number else ""
        state = ("done", "answered") if answered else ("", "not answered")
        items.append(f'<li><a href="{n}"{current} class="{state[0]}">{n}'
                     f'<span class="visually-hidden"> ({state[1]})</span></a></li>')
    return Markup("".join(items))  # numbers and fixed words only: nothing to escape
