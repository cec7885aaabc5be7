"""quizgen's classroom web app: `create_app()` builds it (Flask app factory).

Configuration, by precedence: `test_config` (tests) or `<instance>/config.py`, then
environment: QUIZGEN_DATABASE_URL (PostgreSQL: postgresql+psycopg://user:pw@host/db;
default SQLite in the instance folder), QUIZGEN_SECRET_KEY (default: a random key
generated once into <instance>/secret_key), QUIZGEN_INSTANCE_PATH,
QUIZGEN_RATELIMIT_STORAGE_URI (default: a SQLite file in the instance folder, shared
by all worker processes; e.g. redis://host:6379 for several machines), QUIZGEN_PUBLIC_URL
(the address students reach, for join links and QR codes), QUIZGEN_TRUSTED_PROXIES
(behind a reverse proxy that terminates HTTPS: how many proxies set X-Forwarded-For,
-Proto, -Host and -Prefix; 0, the default, trusts none of these headers), QUIZGEN_ALLOW_FETCH
(1/true/yes/on: teachers may paste links that the server fetches; off by default, for
servers without internet access). The database schema is brought up to date with the
package's Alembic migrations whenever the app is created (AUTO_MIGRATE).
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

import flask_migrate
from flask import Flask
from flask_login import current_user
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.middleware.proxy_fix import ProxyFix

from quizgen.settings import MAX_ARTICLE_BYTES, MAX_UPLOAD_BYTES, SQLITE_POOL_SIZE
from quizgen.web.extensions import csrf, db, limiter, login_manager, migrate
from quizgen.web.highlight import outlet_names
from quizgen.web.idle_ping import ping_when_idle
from quizgen.web.ratelimit_store import store_uri
from quizgen.web.security import init_security
from quizgen.web.session_cookie import SessionInterface
from quizgen.web.student.driver_sql import STATEMENT_SHELF, ConnectionShelf, autocommit_engine
from quizgen.web.text import counted
from quizgen.web.urls import url_for

MIGRATIONS_DIR = str(Path(__file__).resolve().parent / "migrations")


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL + a busy timeout let many students answer at once without "database is locked";
    # synchronous=NORMAL is safe with WAL (no corruption) and skips an fsync per answer.
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def engine_options(uri: str) -> dict[str, Any]:
    if not uri.startswith("sqlite"):
        return {}  # a server connection can drop between requests: see idle_ping
    if uri in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in uri:
        return {}  # one in-memory database: Flask-SQLAlchemy picks its pool
    return {"pool_size": SQLITE_POOL_SIZE}


def _secret_key(instance: Path) -> str:
    if os.environ.get("QUIZGEN_SECRET_KEY"):
        return os.environ["QUIZGEN_SECRET_KEY"]
    key_file = instance / "secret_key"
    if not key_file.exists():
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_hex(32))
    return key_file.read_text().strip()


def _trust_proxies(app: Flask) -> None:
    proxies = int(app.config.get("TRUSTED_PROXIES") or 0)
    if proxies > 0:  # the client's address (rate limits) and scheme (Secure cookie) come from the proxy
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies,  # type: ignore[method-assign]
                                x_prefix=proxies)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=os.environ.get("QUIZGEN_INSTANCE_PATH") or None,
                instance_relative_config=True)
    instance = Path(app.instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=os.environ.get("QUIZGEN_DATABASE_URL") or f"sqlite:///{instance / 'quizgen.sqlite'}",
        MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES,
        # one pasted article (text or HTML) may be as large as an uploaded file
        MAX_FORM_MEMORY_SIZE=MAX_ARTICLE_BYTES,
        # every worker process counts in the same file: a limit is the limit, whatever the worker count
        RATELIMIT_STORAGE_URI=os.environ.get("QUIZGEN_RATELIMIT_STORAGE_URI") or store_uri(instance / "ratelimits.sqlite"),
        RATELIMIT_HEADERS_ENABLED=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # re-sign the cookie only when the session changes, not on every page a student opens
        SESSION_REFRESH_EACH_REQUEST=False,
        # a lesson can outlast Flask-WTF's one-hour default; tokens stay bound to the session
        WTF_CSRF_TIME_LIMIT=None,
        AUTO_MIGRATE=True,
        # base address students use (e.g. http://192.168.1.20:5000) for join links and QR codes;
        # unset: the address the teacher's browser used
        PUBLIC_URL=os.environ.get("QUIZGEN_PUBLIC_URL", ""),
        TRUSTED_PROXIES=os.environ.get("QUIZGEN_TRUSTED_PROXIES", "0"),
        ALLOW_FETCH=os.environ.get("QUIZGEN_ALLOW_FETCH", "").strip().lower() in ("1", "true", "yes", "on"),
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.from_mapping(test_config)
    app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", engine_options(app.config["SQLALCHEMY_DATABASE_URI"]))
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key(instance)

    app.session_interface = SessionInterface()
    _trust_proxies(app)
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS_DIR)
    csrf.init_app(app)
    limiter.init_app(app)
    # templates get `current_user` as a proxy, loaded only by a page that reads it (a teacher's
    # links): Flask-Login's context processor loaded it, hashing the client's address, on every page
    login_manager.init_app(app, add_context_processor=False)
    app.jinja_env.globals["current_user"] = current_user
    app.jinja_env.globals["url_for"] = url_for  # each URL built once per process
    init_security(app)
    app.add_template_filter(outlet_names)
    app.add_template_filter(counted)
    _register_blueprints(app)

    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        with app.app_context():
            ping_when_idle(db.engine)
            # the student pages' statements (quizgen/web/student/driver_sql.py)
            statement_engine = autocommit_engine(db.engine, app.config["SQLALCHEMY_ENGINE_OPTIONS"])
            ping_when_idle(statement_engine)
            app.extensions[STATEMENT_SHELF] = ConnectionShelf(statement_engine)
    if app.config["AUTO_MIGRATE"]:
        with app.app_context():
            flask_migrate.upgrade(directory=MIGRATIONS_DIR)
            # no pooled connection outlives the migration: a server that forks workers
            # after creating the app (gunicorn --preload) must not share one
            db.engine.dispose()
    return app


def _register_blueprints(app: Flask) -> None:
    from quizgen.web import auth, errors, home, practice
    from quizgen.web.student import bp as student_bp
    from quizgen.web.teacher import bp as teacher_bp

    app.register_blueprint(home.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(teacher_bp)
    app.register_blueprint(student_bp)
    app.register_blueprint(practice.bp)
    errors.register(app)
