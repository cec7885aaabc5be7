"""App factory, configuration, migrations, security headers, error pages, static files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from quizgen.web import create_app
from quizgen.web.extensions import db

TEMPLATES = Path(__file__).resolve().parents[2] / "quizgen" / "web" / "templates"


def test_default_database_is_sqlite_in_instance_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_INSTANCE_PATH", str(tmp_path / "inst"))
    monkeypatch.delenv("QUIZGEN_DATABASE_URL", raising=False)
    monkeypatch.delenv("QUIZGEN_SECRET_KEY", raising=False)
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'inst' / 'quizgen.sqlite'}"
    assert (tmp_path / "inst" / "quizgen.sqlite").exists()
    # the generated secret key is stored once and reused by the next start
    key_file = tmp_path / "inst" / "secret_key"
    assert key_file.stat().st_mode & 0o077 == 0
    assert create_app().config["SECRET_KEY"] == app.config["SECRET_KEY"] == key_file.read_text().strip()
    with app.app_context():
        db.engine.dispose()


def test_database_url_and_secret_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_INSTANCE_PATH", str(tmp_path / "inst"))
    monkeypatch.setenv("QUIZGEN_DATABASE_URL", f"sqlite:///{tmp_path / 'other.sqlite'}")
    monkeypatch.setenv("QUIZGEN_SECRET_KEY", "from-env")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-env"
    assert (tmp_path / "other.sqlite").exists()
    assert not (tmp_path / "inst" / "secret_key").exists()
    with app.app_context():
        db.engine.dispose()


def test_migrations_create_exactly_the_models_schema(app):
    with app.app_context():
        tables = set(inspect(db.engine).get_table_names())
        assert {"teacher", "article_set", "set_article", "quiz", "participant", "answer", "alembic_version"} <= tables
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
        assert diff == [], f"models and migrations differ; add a migration: {diff}"


@pytest.mark.parametrize("path", ["/", "/join", "/practice/", "/auth/login", "/auth/signup"])
def test_public_pages_have_security_headers_and_landmarks(client, path):
    response = client.get(path)
    assert response.status_code == 200
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    html = response.data.decode()
    assert '<html lang="en">' in html and '<main id="main"' in html and 'href="#main"' in html
    assert "<script>" not in html and " style=" not in html  # no inline script or style


def test_health_endpoint(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.data == b"ok"


def test_unknown_page_gives_friendly_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert b"belongs to someone else" in response.data


def test_static_files_are_served(client):
    for name in ("css/app.css", "css/print.css", "js/app.js"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200, name
        response.close()


def test_templates_load_nothing_from_other_hosts():
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        assert not re.search(r'(src|href)="(https?:)?//', text), template.name
        assert "<style" not in text and "<script>" not in text and " style=" not in text, template.name
