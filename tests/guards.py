"""A guard for tests of linear work: the block is stopped with TimeoutError after
`seconds`. Quadratic work on the inputs these tests use takes minutes, linear work a
second or two, so the guard fails a regression without timing anything (POSIX only)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def deadline(seconds: int, what: str = "the work") -> Iterator[None]:
    def expire(signum, frame):  # noqa: ARG001
        raise TimeoutError(f"{what} took more than {seconds} s: not linear")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
