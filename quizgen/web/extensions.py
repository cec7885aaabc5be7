"""Flask extensions, created unbound and attached to the app in `create_app` (init_app)."""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase

from quizgen.web import ratelimit_store  # noqa: F401  (registers the quizgen-sqlite:// store)
from quizgen.web.csrf_tokens import CSRFProtect


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
# Storage comes from RATELIMIT_STORAGE_URI (by default a SQLite file shared by all workers).
limiter = Limiter(key_func=get_remote_address)
