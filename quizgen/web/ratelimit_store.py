"""A rate-limit store in a SQLite file, shared by every process of one server.

Flask-Limiter's default store (memory://) lives in one process: with gunicorn's two
workers each kept its own counts, so every limit was twice what settings.py says. This
store needs no extra service: the counters of all workers are rows in one file in the
instance folder, updated in a write transaction. Fixed windows only (Flask-Limiter's
default strategy). Registered with the `limits` library as `quizgen-sqlite:///path`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from urllib.parse import urlsplit

from limits.storage import Storage

SCHEME = "quizgen-sqlite"


def store_uri(path: os.PathLike[str] | str) -> str:
    return f"{SCHEME}://{os.fspath(path)}"


class SQLiteFileStorage(Storage):
    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: float | str | bool):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.path = urlsplit(uri or "").path
        if not self.path:
            raise ValueError(f"{SCHEME} needs a file path: {SCHEME}:///path/to/ratelimits.sqlite")
        self._local = threading.local()
        self._connection().execute("CREATE TABLE IF NOT EXISTS hits "
                                   "(key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires REAL NOT NULL)")

    @property
    def base_exceptions(self) -> type[Exception]:
        return sqlite3.Error

    def _connection(self) -> sqlite3.Connection:
        # one connection per thread and process: a forked worker never reuses its parent's
        pid_and_connection = getattr(self._local, "connection", None)
        if pid_and_connection is None or pid_and_connection[0] != os.getpid():
            connection = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            self._local.connection = pid_and_connection = (os.getpid(), connection)
        return pid_and_connection[1]

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            row = connection.execute("SELECT count, expires FROM hits WHERE key = ?", (key,)).fetchone()
            if row is None or row[1] <= now:  # a new window; drop every window that has ended
                connection.execute("DELETE FROM hits WHERE expires <= ?", (now,))
                count = amount
                connection.execute("INSERT INTO hits (key, count, expires) VALUES (?, ?, ?)",
                                   (key, count, now + expiry))
            else:
                count = row[0] + amount
                connection.execute("UPDATE hits SET count = ? WHERE key = ?", (count, key))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return count

    def _row(self, key: str) -> tuple[int, float] | None:
        row = self._connection().execute("SELECT count, expires FROM hits WHERE key = ? AND expires > ?",
                                         (key, time.time())).fetchone()
        return (row[0], row[1]) if row else None

    def get(self, key: str) -> int:
        row = self._row(key)
        return row[0] if row else 0

    def get_expiry(self, key: str) -> float:
        row = self._row(key)
        return row[1] if row else time.time()

    def check(self) -> bool:
        try:
            self._connection().execute("SELECT 1")
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int | None:
        return self._connection().execute("DELETE FROM hits").rowcount

    def clear(self, key: str) -> None:
        self._connection().execute("DELETE FROM hits WHERE key = ?", (key,))
