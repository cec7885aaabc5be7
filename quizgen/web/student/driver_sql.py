"""SQLAlchemy Core statements run on the database driver's own connection and cursor.

The student pages read a seat and store answers with a statement or two per request.
SQLAlchemy's execution layer around each (compiled-cache lookup, execution context, result
metadata, Row objects, connection wrapper and isolation switch) cost about a fifth of an
answer POST's CPU. Here a statement is compiled once per dialect, its values pass through the column
types' own bind processors (e.g. a datetime for SQLite), and its rows come back as the
driver's tuples, on a pooled connection checked out and returned as usual (checkout events,
such as the idle ping, still run).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.sql import ClauseElement


# app.extensions key of the autocommit engine on a database server (none on SQLite)
STATEMENT_ENGINE = "quizgen_statement_engine"

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
        try:
            cursor.execute(sql, [values[name] for name in positions] if positions else values)
            return result(cursor)
        except connection.dialect.loaded_dbapi.Error as err:
            connection.forget_if_disconnected(err, cursor)
            raise
        finally:
            cursor.close()


def autocommit_engine(engine: Engine, options: dict[str, Any]) -> Engine:
    """For a database server: a second engine on `engine`'s database, with its own pool, whose
    connections are put in autocommit once, when they connect. The student statements then take
    a connection as it is: switching one of the app's pooled connections to autocommit and back
    on every request cost PostgreSQL four driver calls and SQLAlchemy's reset around each."""
    return create_engine(engine.url, isolation_level="AUTOCOMMIT", **options)


class DriverConnection:
    """A pooled driver connection in autocommit mode: each statement is its own transaction.

    PostgreSQL gets no BEGIN, COMMIT or ROLLBACK round trips; its connection comes from the
    autocommit engine (autocommit_engine). SQLite keeps one pool (an in-memory database cannot
    be opened twice) and is switched by its driver's own `isolation_level` attribute, which
    costs nothing (the dialect's isolation level ran a PRAGMA that made the driver prepare its
    statements again), and switched back before it returns to the pool. It commits a write
    inside the statement, so its write lock is never held while this thread waits for the GIL
    between the INSERT and a separate COMMIT (with several threads and worker processes
    writing, the others then slept in SQLite's busy handler, a millisecond or more each).
    """

    def __init__(self, engine: Engine) -> None:
        self.dialect = engine.dialect
        self.raw: PoolProxiedConnection = engine.raw_connection()
        self._sqlite_level: str | None = None
        driver = self.raw.dbapi_connection
        if self.dialect.name == "sqlite":
            self._sqlite_level = driver.isolation_level
            driver.isolation_level = None
        elif not driver.autocommit:  # a statement would open a transaction nobody commits
            self.raw.close()
            raise ValueError("the student statements need the autocommit engine (autocommit_engine)")

    def forget_if_disconnected(self, err: Exception, cursor: Any) -> None:
        """A connection the server dropped is not returned to the pool (as SQLAlchemy does)."""
        if self.raw.is_valid and self.dialect.is_disconnect(err, self.raw.dbapi_connection, cursor):
            self.raw.invalidate(err)

    def close(self) -> None:
        """Back to the pool, in the mode the rest of the app expects."""
        try:
            if self._sqlite_level is not None and self.raw.is_valid:
                self.raw.dbapi_connection.isolation_level = self._sqlite_level
        finally:
            self.raw.close()
