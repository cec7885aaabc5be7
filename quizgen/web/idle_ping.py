"""Ping a pooled database connection only after it has sat idle, not on every checkout.

SQLAlchemy's `pool_pre_ping` adds a round trip to every request: on PostgreSQL about a
twentieth of a student's answer (three requests) in CPU. A connection returned to the
pool moments ago is alive unless the server went away in between; one idle for
IDLE_PING_SECONDS may have been dropped (a restart, a firewall's idle timeout), so it is
pinged first and replaced when dead. If the server restarts within that window, a request
fails once; SQLAlchemy then sees the disconnect and retires every older pooled connection.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DisconnectionError

IDLE_PING_SECONDS = 5.0
_RETURNED_AT = "quizgen_returned_at"


def ping_when_idle(engine: Engine) -> None:
    """Register the checkout ping on `engine` (made without `pool_pre_ping`)."""

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, record: Any) -> None:
        record.info[_RETURNED_AT] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get(_RETURNED_AT)
        if returned is None or time.monotonic() - returned < IDLE_PING_SECONDS:
            return  # just connected, or back in the pool a moment ago
        if not alive(engine, dbapi_connection):
            raise DisconnectionError()  # the pool replaces it and checks out another


def alive(engine: Engine, dbapi_connection: Any) -> bool:
    """Ping: False when the server dropped the connection; other errors are raised."""
    try:
        engine.dialect.do_ping(dbapi_connection)
    except engine.dialect.loaded_dbapi.Error as err:
        if engine.dialect.is_disconnect(err, dbapi_connection, None):
            return False
        raise
    return True
