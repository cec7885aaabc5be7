"""SQLAlchemy Core statements run on the database driver's own connection and cursor.

The student pages read a seat and store answers with a statement or two per request.
SQLAlchemy's execution layer around each (compiled-cache lookup, execution context, result
metadata, Row objects, connection wrapper and isolation switch) cost about a fifth of an
answer POST's CPU. Here a statement is compiled once per dialect, its values pass through the column
types' own bind processors (e.g. a datetime for SQLite), and its rows come back as the
driver's tuples. On SQLite the connection is checked out of the app's pool for each request;
on a database server it comes from ConnectionShelf.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.sql import ClauseElement

from quizgen.web import idle_ping


# app.extensions key of the ConnectionShelf of a database server (none on SQLite)
STATEMENT_SHELF = "quizgen_statement_shelf"

# SQL text, bind names in order (positional drivers) or None, bind processors, fixed values
Compiled = tuple[str, tuple[str, ...] | None, dict[str, Callable], dict[str, Any]]


class DriverStatement:
    """A Core statement, compiled on first use for each dialect (by name and driver)."""

    def __init__(self, statement: ClauseElement, column_keys: Sequence[str] | None = None) -> None:
        self.statement = statement
        self.column_keys = list(column_keys) if column_keys else None
        self._compiled: dict[tuple[str, str], Compiled] = {}

    def _compile(self, dialect: Dialect) -> Compiled:
        key = (dialect.name, dialect.driver)
        if key not in self._compiled:
            compiled = self.statement.compile(dialect=dialect, column_keys=self.column_keys)
            processors = {name: processor for name, bind in compiled.binds.items()
                          if (processor := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None}
            positions = tuple(compiled.positiontup) if compiled.positiontup else None
            # values written into the statement itself (`quiz.state == "open"`)
            fixed = {name: bind.value for bind, name in compiled.bind_names.items() if not bind.required}
            self._compiled[key] = (str(compiled), positions, processors, fixed)
        return self._compiled[key]

    def execute(self, connection: DriverConnection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Run a query with named `params` (bind names as in the statement); its rows. (No look at
        `cursor.description` first: psycopg builds a column object per column for it.)"""
        return self._run(connection, params, lambda cursor: cursor.fetchall())

    def run(self, connection: DriverConnection, params: dict[str, Any]) -> int:
        """Run a write with named `params`; the number of rows it wrote."""
        return self._run(connection, params, lambda cursor: cursor.rowcount)

    def _run(self, connection: DriverConnection, params: dict[str, Any], result: Callable[[Any], Any]) -> Any:
        sql, positions, processors, fixed = self._compile(connection.dialect)
        values = {name: processors[name](value) if name in processors else value
                  for name, value in (fixed | params).items()}
        cursor = connection.raw.cursor()
        connection.settled = False
        try:
            cursor.execute(sql, [values[name] for name in positions] if positions else values)
            rows = result(cursor)
        except connection.dialect.loaded_dbapi.Error as err:  # the database answered: no statement open
            connection.settled = True
            connection.forget_if_disconnected(err, cursor)
            raise
        finally:
            cursor.close()
        connection.settled = True
        return rows


def autocommit_engine(engine: Engine, options: dict[str, Any]) -> Engine:
    """For a database server: a second engine on `engine`'s database, with its own pool, whose
    connections are put in autocommit once, when they connect. The student statements then take
    a connection as it is: switching one of the app's pooled connections to autocommit and back
    on every request cost PostgreSQL four driver calls and SQLAlchemy's reset around each."""
    return create_engine(engine.url, isolation_level="AUTOCOMMIT", **options)


class ConnectionShelf:
    """Connections of an autocommit engine kept checked out between requests, last in first out.

    A request takes one and puts it back, without the pool's checkout and checkin (SQLAlchemy's
    connection wrapper, queue, reset and events: about half of a one-row query's CPU with
    psycopg, 32 to 16 us). There are never more on the shelf than requests that ran at once.
    As the pool does with idle_ping, a connection that sat for IDLE_PING_SECONDS is pinged
    before use, and one the server dropped is replaced. A connection whose statement did not
    finish (an exception outside the database) goes back to the pool instead, to be reset.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._idle: list[tuple[float, PoolProxiedConnection]] = []  # (put back at, connection)

    def take(self) -> PoolProxiedConnection:
        while True:
            try:
                put_at, raw = self._idle.pop()  # atomic: no lock needed between threads
            except IndexError:
                break
            if (time.monotonic() - put_at < idle_ping.IDLE_PING_SECONDS
                    or idle_ping.alive(self.engine, raw.dbapi_connection)):
                return raw
            raw.invalidate()
            raw.close()
        raw = self.engine.raw_connection()
        if not raw.dbapi_connection.autocommit:  # a statement would open a transaction nobody commits
            raw.close()
            raise ValueError("the student statements need the autocommit engine (autocommit_engine)")
        return raw

    def put(self, raw: PoolProxiedConnection) -> None:
        self._idle.append((time.monotonic(), raw))

    def clear(self) -> None:
        """Every shelved connection back to the pool (before the engine is disposed)."""
        while self._idle:
            self._idle.pop()[1].close()


class DriverConnection:
    """A pooled driver connection in autocommit mode: each statement is its own transaction.

    PostgreSQL gets no BEGIN, COMMIT or ROLLBACK round trips; its connection comes from the
    shelf of the autocommit engine (ConnectionShelf). SQLite keeps one pool (an in-memory
    database cannot be opened twice) and is switched by its driver's own `isolation_level`
    attribute, which costs nothing (the dialect's isolation level ran a PRAGMA that made the
    driver prepare its statements again), and switched back before it returns to the pool. It
    commits a write inside the statement, so its write lock is never held while this thread
    waits for the GIL between the INSERT and a separate COMMIT (with several threads and worker
    processes writing, the others then slept in SQLite's busy handler, a millisecond or more).
    """

    def __init__(self, engine: Engine, shelf: ConnectionShelf | None = None) -> None:
        self.shelf = shelf
        if shelf is not None:
            self.dialect = shelf.engine.dialect
            self.raw: PoolProxiedConnection = shelf.take()
        else:
            if engine.dialect.name != "sqlite":
                raise ValueError("a database server's statements take their connection from its ConnectionShelf")
            self.dialect = engine.dialect
            self.raw = engine.raw_connection()
            driver = self.raw.dbapi_connection
            self._sqlite_level = driver.isolation_level
            driver.isolation_level = None
        self.settled = True  # no statement left unfinished

    def forget_if_disconnected(self, err: Exception, cursor: Any) -> None:
        """A connection the server dropped is not returned to the pool (as SQLAlchemy does)."""
        if self.raw.is_valid and self.dialect.is_disconnect(err, self.raw.dbapi_connection, cursor):
            self.raw.invalidate(err)

    def close(self) -> None:
        """Back to the shelf, or to the pool in the mode the rest of the app expects."""
        if self.shelf is not None and self.settled and self.raw.is_valid:
            self.shelf.put(self.raw)
            return
        try:
            if self.shelf is None and self.raw.is_valid:
                self.raw.dbapi_connection.isolation_level = self._sqlite_level
        finally:
            self.raw.close()
