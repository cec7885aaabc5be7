"""Pasting links on the new-set page: off unless QUIZGEN_ALLOW_FETCH is set; when on, each
page is fetched (here from a local test server allowed by the test-only allow-list) and
goes through the HTML ingest; every failure is a message on the page, and nothing is saved."""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from local_site import serving
from sqlalchemy import select

from quizgen.ingest.fetch import fetch_pages
from quizgen.web import create_app
from quizgen.web.extensions import db
from quizgen.web.models import ArticleSet
from quizgen.web.teacher import sets

PAGES = {
    "/ferry": ("text/html; charset=utf-8",
               "<html><head><title>Ferry service resumes in Marrowby | Harbour Gazette</title></head><body>"
               "<nav>Home | Sport | Weather</nav><article><h1>Ferry service resumes in Marrowby</h1>"
               "<p>The Marrowby ferry ran again on Tuesday after a week of storms, harbour master Ines "
               "Caldwell said.</p><p>About 40 passengers crossed on the first boat, according to the "
               "ferry company.</p></article></body></html>"),
    "/ferry-notes": ("text/plain; charset=utf-8",
                     "Marrowby ferry back in service\n\nThe ferry resumed on Tuesday, the Coastline Courier "
                     "reported. Some 45 people were on board, a company spokesperson said."),
    "/map.png": ("image/png", "\x89PNG"),
}


class NewsSite(BaseHTTPRequestHandler):
    def log_message(self, *_args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        content_type, body = PAGES.get(self.path, ("text/plain", "not found"))
        data = body.encode("utf-8")
        self.send_response(200 if self.path in PAGES else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def site(monkeypatch) -> Iterator[str]:
    """The local news site, reachable by the app's fetches through the test-only allow-list."""
    local = frozenset({ipaddress.ip_address("127.0.0.1")})
    monkeypatch.setattr(sets, "fetch_pages", functools.partial(fetch_pages, allow=local))
    with serving(NewsSite) as address:
        yield address


def new_set(client, links: str, title: str = "Marrowby ferry"):
    return client.post("/teacher/sets/new", data={"title": title, "links": links}, follow_redirects=True)


def set_titles(app) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(ArticleSet.title)))


def test_links_are_off_by_default_and_the_page_says_so(app, client, teacher_a, site):
    page = client.get("/teacher/sets/new").text
    assert "Pasting links is off on this server" in page and 'name="links"' not in page
    response = new_set(client, f"{site}/ferry")
    assert "Pasting links is off on this server" in response.text and set_titles(app) == []


@pytest.mark.app_config(ALLOW_FETCH=True)
def test_pasted_links_become_articles(app, client, teacher_a, site):
    assert 'name="links"' in client.get("/teacher/sets/new").text
    response = new_set(client, f"{site}/ferry\n\n  {site}/ferry-notes  \n")
    assert response.status_code == 200 and set_titles(app) == ["Marrowby ferry"]
    with app.app_context():
        articles = db.session.scalars(select(ArticleSet)).one().articles
        assert [a.url for a in articles] == [f"{site}/ferry", f"{site}/ferry-notes"]
        assert "Ines Caldwell said" in articles[0].body and "Home | Sport" not in articles[0].body
        assert articles[0].title == "Ferry service resumes in Marrowby"
        assert "Coastline Courier" in articles[1].body


@pytest.mark.app_config(ALLOW_FETCH=True)
@pytest.mark.parametrize(("path", "message"), [
    ("/map.png", "not a web page"),
    ("/gone", "the site answered “404 Not Found”"),
])
def test_a_failing_link_is_named_with_the_reason_and_nothing_is_saved(app, client, teacher_a, site, path, message):
    response = new_set(client, f"{site}/ferry\n{site}{path}")
    assert f"{site}{path}: " in response.text and message in response.text
    assert set_titles(app) == []


@pytest.mark.app_config(ALLOW_FETCH=True)
@pytest.mark.parametrize("link", ["http://127.0.0.1:9/admin", "http://10.0.0.1/", "http://[::1]/",
                                  "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"])
def test_links_inside_the_server_network_are_refused(app, client, teacher_a, link):
    response = new_set(client, link)  # no allow-list here: the app's own rules
    assert link in response.text and set_titles(app) == []
    assert "not on the public internet" in response.text or "only web addresses starting with http" in response.text


@pytest.mark.app_config(ALLOW_FETCH=True)
def test_links_count_toward_the_article_limit(app, client, teacher_a, site):
    response = new_set(client, "\n".join(f"{site}/ferry?copy={n}" for n in range(9)))
    assert "at most 8 articles" in response.text and set_titles(app) == []


@pytest.mark.parametrize(("value", "allowed"), [("", False), ("0", False), ("1", True), ("yes", True), ("ON", True)])
def test_the_setting_comes_from_the_environment(tmp_path, monkeypatch, value, allowed):
    monkeypatch.setenv("QUIZGEN_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("QUIZGEN_ALLOW_FETCH", value)
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "AUTO_MIGRATE": False,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'db.sqlite'}"})
    assert app.config["ALLOW_FETCH"] is allowed
