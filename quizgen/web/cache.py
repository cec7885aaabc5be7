"""Small per-process caches for the student pages: the parsed quiz and its article HTML.

During a lesson every student of a quiz reads the same quiz JSON and the same articles,
so parsing the JSON and escaping/highlighting the articles once per quiz version saves
most of a question page's cost. Entries are keyed by (quiz id, revision): the revision
is a random token that changes whenever the quiz's JSON is written (a teacher's edit),
so an edited quiz is never served from an old entry, in this process or any other.
Cached values are shared between requests and threads: never mutate them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from markupsafe import Markup

from quizgen.models import Quiz as QuizDoc
from quizgen.settings import ARTICLE_HTML_CACHE_SIZE, QUIZ_CACHE_SIZE
from quizgen.web.highlight import evidence_html, render

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

QuizKey = tuple[int, str]  # (quiz id, revision)


class BoundedCache(Generic[K, V]):
    """A thread-safe least-recently-used map holding at most `size` entries."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, make: Callable[[], V]) -> V:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        # built outside the lock: two threads may both build a missing entry, the last one stays
        value = make()
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def discard(self, matches: Callable[[K], bool]) -> None:
        with self._lock:
            for key in [k for k in self._entries if matches(k)]:
                del self._entries[key]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


quiz_docs: BoundedCache[QuizKey, QuizDoc] = BoundedCache(QUIZ_CACHE_SIZE)
article_bodies: BoundedCache[tuple[QuizKey, str, tuple[tuple[int, int], ...], bool], Markup] = \
    BoundedCache(ARTICLE_HTML_CACHE_SIZE)


def shared_doc(key: QuizKey, load: Callable[[], QuizDoc]) -> QuizDoc:
    """The quiz of `key`, parsed once per process (read-only)."""
    return quiz_docs.get(key, load)


def article_body(key: QuizKey | None, article_id: str, body: str, ranges: list[tuple[int, int]],
                 anchor: bool) -> Markup:
    """An article's escaped HTML, with the evidence `ranges` marked (none: plain text).

    With a `key` (quiz id, revision) the HTML is rendered once per process; without, every time.
    """
    spans = tuple(ranges)
    anchor = anchor and bool(spans)

    def make() -> Markup:
        return evidence_html(body, ranges, anchor) if spans else render(body, [])

    return make() if key is None else article_bodies.get((key, article_id, spans, anchor), make)


def forget_quiz(quiz_id: int) -> None:
    """Drop this process's entries of a quiz (its old revisions would only age out otherwise)."""
    quiz_docs.discard(lambda k: k[0] == quiz_id)
    article_bodies.discard(lambda k: k[0][0] == quiz_id)
