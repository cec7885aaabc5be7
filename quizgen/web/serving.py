"""Run the app in production servers: gunicorn on POSIX (one process per core), else waitress."""

from __future__ import annotations

import os

from quizgen.settings import SERVE_THREADS, SERVE_TIMEOUT_SECONDS, SERVE_WORKERS


def serve(host: str, port: int) -> None:
    if os.name == "posix":
        try:
            from gunicorn.app.base import BaseApplication
        except ImportError:  # gunicorn is a dependency, but a trimmed install still serves
            BaseApplication = None
        if BaseApplication is not None:
            _gunicorn(BaseApplication, host, port)
            return
    from waitress import serve as waitress_serve

    from quizgen.web import create_app

    waitress_serve(create_app(), host=host, port=port, threads=SERVE_THREADS * SERVE_WORKERS)


def _gunicorn(base: type, host: str, port: int) -> None:
    class QuizgenServer(base):  # type: ignore[misc, valid-type]
        def load_config(self) -> None:
            # preload: the app (and its schema migration) is made once, before workers fork
            for key, value in {"bind": f"{host}:{port}", "workers": SERVE_WORKERS, "worker_class": "gthread",
                               "threads": SERVE_THREADS, "timeout": SERVE_TIMEOUT_SECONDS, "preload_app": True,
                               "keepalive": 120, "accesslog": None}.items():
                self.cfg.set(key, value)

        def load(self):
            from quizgen.web import create_app

            return create_app()

    QuizgenServer().run()
