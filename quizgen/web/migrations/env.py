"""Alembic environment: runs inside the Flask app context (Flask-Migrate).

No logging.fileConfig here: it would reconfigure the host application's loggers.
"""

from alembic import context
from flask import current_app

config = context.config


def _db():
    return current_app.extensions["migrate"].db


def run_migrations_offline() -> None:
    context.configure(url=str(_db().engine.url).replace("%", "%%"), target_metadata=_db().metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    with _db().engine.connect() as connection:
        # batch mode: SQLite cannot ALTER most things in place
        context.configure(connection=connection, target_metadata=_db().metadata,
                          render_as_batch=True, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
