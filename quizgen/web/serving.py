"""Run the app in production servers: gunicorn on POSIX (one process per core), else waitress."""

from __future__ import annotations

import importlib.util
import os
from typing import Any

from quizgen.settings import SERVE_THREADS, SERVE_TIMEOUT_SECONDS, SERVE_WORKERS

# gunicorn's workers prove they are alive by touching a file on every turn of their loop;
# on a disk file system that is an inode write per request, so gunicorn's docs advise tmpfs
HEARTBEAT_DIR = "/dev/shm"


def serve(host: str, port: int) -> None:
    # gunicorn is a dependency on POSIX, but a trimmed install still serves
    if os.name == "posix" and importlib.util.find_spec("gunicorn") is not None:
        run_gunicorn(gunicorn_settings(f"{host}:{port}"))
        return
    from waitress import serve as waitress_serve

    from quizgen.web import create_app

    waitress_serve(create_app(), host=host, port=port, threads=SERVE_THREADS * SERVE_WORKERS)


def gunicorn_settings(bind: str, workers: int = SERVE_WORKERS, threads: int = SERVE_THREADS) -> dict[str, Any]:
    """gunicorn's settings for quizgen (benchmarks/load_students.py runs the same)."""
    # preload: the app (and its schema migration) is made once, before workers fork
    settings: dict[str, Any] = {"bind": bind, "workers": workers, "worker_class": "gthread", "threads": threads,
                                "timeout": SERVE_TIMEOUT_SECONDS, "preload_app": True, "keepalive": 120,
                                "accesslog": None}
    if os.path.isdir(HEARTBEAT_DIR):
        settings["worker_tmp_dir"] = HEARTBEAT_DIR
    return settings


def run_gunicorn(settings: dict[str, Any]) -> None:
    from gunicorn.app.base import BaseApplication

    class QuizgenServer(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self):
            from quizgen.web import create_app

            return create_app()

    QuizgenServer().run()
