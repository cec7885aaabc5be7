"""Fixtures for the browser tests: the app on a loopback port, Debian's Chromium, pages.

The app runs in this process (werkzeug's threaded server in a background thread) with a
temporary SQLite database, so tests can seed records through the app's own models.
CSRF stays on (a real browser sends the tokens); rate limits are off because the whole
suite shares one client address (the limits have their own test-client tests).
Playwright cannot download browsers here, so the suite drives /usr/bin/chromium and
skips with a reason when it or playwright is missing.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from browserconfig import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # every test here drives Chromium (browserhelpers skips them when it or playwright is missing)
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


class LiveServer:
    """The app served on 127.0.0.1 at a free port, in a daemon thread."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        from werkzeug.serving import WSGIRequestHandler, make_server

        class QuietHandler(WSGIRequestHandler):
            def log_request(self, *args: object) -> None:  # one line per request drowns test output
                pass

        self.app = app
        self._server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="live-server", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from quizgen.web import create_app
    from quizgen.web.extensions import db

    base = tmp_path_factory.mktemp("browser-app")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUIZGEN_INSTANCE_PATH", str(base / "instance"))
        app = create_app({"SECRET_KEY": "browser test secret", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{base / 'app.sqlite'}",
                          "RATELIMIT_ENABLED": False})
    server = LiveServer(app)
    server.start()
    yield server
    server.stop()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session", autouse=True)
def screenshot_dir() -> Path:
    """Fresh screenshots every run, so a stale picture never passes for a new one."""
    if SCREENSHOTS.exists():
        shutil.rmtree(SCREENSHOTS)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS


class ConsoleWatch:
    """Console errors and uncaught exceptions of one browser context."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def attach(self, page: Page) -> None:
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))

    def csp_violations(self) -> list[str]:
        return [e for e in self.errors if "Content Security Policy" in e]


def open_context(browser: Browser, live_server: LiveServer, width: int = 1280) -> tuple[BrowserContext, ConsoleWatch]:
    context = browser.new_context(base_url=live_server.url, viewport={"width": width, "height": 900},
                                  accept_downloads=True, java_script_enabled=True)
    context.set_default_timeout(15_000)
    watch = ConsoleWatch()
    context.on("page", watch.attach)
    return context, watch


@pytest.fixture
def context(browser: Browser, live_server: LiveServer) -> Iterator[tuple[BrowserContext, ConsoleWatch]]:
    """A fresh browser profile (own cookies); fails the test on a CSP violation of our pages."""
    ctx, watch = open_context(browser, live_server)
    yield ctx, watch
    ctx.close()
    assert not watch.csp_violations(), f"CSP violations on our pages: {watch.csp_violations()}"


@pytest.fixture
def page(context: tuple[BrowserContext, ConsoleWatch]) -> Page:
    ctx, _ = context
    return ctx.new_page()


@pytest.fixture
def second_page(browser: Browser, live_server: LiveServer) -> Iterator[Page]:
    """Another person's browser (e.g. a student while the teacher works)."""
    ctx, watch = open_context(browser, live_server)
    yield ctx.new_page()
    ctx.close()
    assert not watch.csp_violations(), f"CSP violations on our pages: {watch.csp_violations()}"

