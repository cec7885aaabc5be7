"""Fixtures for the web app's test-client tests (after Flask's tutorial: app, client, runner).

Every test gets a fresh database: SQLite in tmp_path, and, when QUIZGEN_TEST_POSTGRES_URL
is set (e.g. postgresql+psycopg://quizgen@localhost/quizgen_test), the same tests run a
second time against PostgreSQL with the schema dropped and migrated again.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text

from quizgen.web import create_app
from quizgen.web.extensions import db
from quizgen.web.student.driver_sql import STATEMENT_SHELF
from webhelpers import log_in, make_teacher

POSTGRES_URL = os.environ.get("QUIZGEN_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)] if POSTGRES_URL else ["sqlite"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "app_config(**settings): extra Flask config for the `app` fixture")


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def app(request: pytest.FixtureRequest, tmp_path, monkeypatch) -> Iterator[Flask]:
    monkeypatch.setenv("QUIZGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    if request.param == "postgres":
        assert POSTGRES_URL
        _reset_postgres(POSTGRES_URL)
        uri = POSTGRES_URL
    else:
        uri = f"sqlite:///{tmp_path / 'test.sqlite'}"
    config: dict[str, Any] = {"TESTING": True, "SECRET_KEY": "test secret", "SQLALCHEMY_DATABASE_URI": uri,
                              "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": False}
    marker = request.node.get_closest_marker("app_config")
    if marker:
        config.update(marker.kwargs)
    application = create_app(config)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()
    if STATEMENT_SHELF in application.extensions:
        shelf = application.extensions[STATEMENT_SHELF]
        shelf.clear()
        shelf.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask):
    return app.test_cli_runner()


@pytest.fixture
def teacher_a(app: Flask, client: FlaskClient) -> int:
    """Teacher A, logged in on `client`."""
    teacher_id = make_teacher(app, "a@school.example")
    log_in(client, teacher_id)
    return teacher_id


@pytest.fixture
def other_client(app: Flask) -> FlaskClient:
    """Teacher B, logged in on a second browser."""
    browser = app.test_client()
    log_in(browser, make_teacher(app, "b@school.example"))
    return browser


