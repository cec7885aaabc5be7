"""Fetching a pasted web address: only public addresses, checked at every redirect, with
size, time and type limits. A local test server (127.0.0.1, allowed by the test-only
`allow` list) plays the news site; the address checks are tested over whole IP ranges."""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from local_site import serving

from quizgen.ingest import fetch
from quizgen.ingest.fetch import (BlockedAddress, NotAnArticle, SiteError, TooLarge, TooManyRedirects, TooSlow,
                                  UnsupportedAddress, fetch_page, fetch_pages, is_public)

LOCAL = frozenset({ipaddress.ip_address("127.0.0.1")})
PAGE = ("<html><head><title>Ferry service resumes in Marrowby - Harbour Gazette</title></head><body>"
        "<article><h1>Ferry service resumes in Marrowby</h1>"
        "<p>The Marrowby ferry ran again on Tuesday after a week of storms, harbour master Ines Caldwell said.</p>"
        "<p>About 40 passengers crossed on the first boat, according to the ferry company.</p></article>"
        "</body></html>")


class Site(BaseHTTPRequestHandler):
    """An invented news site with the paths the tests need."""

    def log_message(self, *_args: object) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path
        if path == "/article":
            self._send(200, PAGE.encode())
        elif path == "/host":
            self._send(200, self.headers["Host"].encode(), "text/plain")
        elif path == "/notes.txt":
            self._send(200, "Ferry notes: the crossing takes 20 minutes.".encode("latin-1"), "text/plain; charset=latin-1")
        elif path == "/photo.png":
            self._send(200, b"\x89PNG\r\n", "image/png")
        elif path == "/untyped":
            self._send(200, b"<p>no type</p>", None)
        elif path == "/missing":
            self._send(404, b"not here")
        elif path.startswith("/hop/"):  # /hop/3 -> /hop/2 -> /hop/1 -> /article: three redirects
            left = int(path.rsplit("/", 1)[1])
            self._send(302, headers={"Location": f"/hop/{left - 1}" if left > 1 else "/article"})
        elif path.startswith("/away"):  # a redirect to the address given in the query
            self._send(301, headers={"Location": unquote(path.split("?to=", 1)[1])})
        elif path == "/declared-huge":
            self._huge_declared()
        elif path == "/endless":
            self._endless()
        elif path == "/drip":
            self._drip()
        else:
            self._send(404)

    def _huge_declared(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(fetch.MAX_FETCH_BYTES + 1))
        self.end_headers()

    def _endless(self) -> None:
        """A page with no length that never ends: the reader must stop past the limit."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            while True:
                self.wfile.write(b"<p>" + b"x" * 65_000 + b"</p>")
        except OSError:
            pass

    def _drip(self) -> None:
        """A byte at a time, slower than the deadline allows overall."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(200):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving(Site) as address:
        yield address


def test_an_article_page_is_fetched(site):
    page = fetch_page(f"{site}/article", allow=LOCAL)
    assert page.url == f"{site}/article" and page.is_html and "Ines Caldwell" in page.text


def test_plain_text_is_decoded_with_the_declared_charset(site):
    page = fetch_page(f"{site}/notes.txt", allow=LOCAL)
    assert not page.is_html and page.text == "Ferry notes: the crossing takes 20 minutes."


def test_local_addresses_are_refused_without_the_test_allow_list(site):
    with pytest.raises(BlockedAddress, match="not on the public internet"):
        fetch_page(f"{site}/article")


def test_redirects_are_followed_up_to_five(site):
    assert fetch_page(f"{site}/hop/5", allow=LOCAL).url == f"{site}/article"
    with pytest.raises(TooManyRedirects, match="more than 5 times"):
        fetch_page(f"{site}/hop/6", allow=LOCAL)


@pytest.mark.parametrize("inside", ["http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/",
                                    "http://[::1]/", "http://[::ffff:192.168.0.1]/", "http://0.0.0.0/"])
def test_a_redirect_to_an_inside_address_is_refused(site, inside):
    with pytest.raises(BlockedAddress):
        fetch_page(f"{site}/away?to={inside}", allow=LOCAL)


def test_a_name_is_looked_up_once_per_hop_and_the_checked_address_is_used(site, monkeypatch):
    """A rebinding DNS server that answers differently the second time is never asked twice;
    the request still names the site's host (as TLS would for SNI and the certificate)."""
    port = int(site.rsplit(":", 1)[1])
    answers = iter(["127.0.0.1", "10.0.0.7"])
    asked: list[str] = []

    def rebinding(host, *_args, **_kwargs):
        asked.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(fetch.socket, "getaddrinfo", rebinding)
    page = fetch_page(f"http://news.example:{port}/host", allow=LOCAL)
    assert asked == ["news.example"] and page.text == f"news.example:{port}"


def test_a_name_with_any_inside_address_is_refused(monkeypatch):
    monkeypatch.setattr(fetch.socket, "getaddrinfo", lambda *_a, **_k: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
        (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("fd00::5", 80, 0, 0))])
    with pytest.raises(BlockedAddress, match="fd00::5"):
        fetch_page("http://mixed.example/article")


@pytest.mark.parametrize("url", ["ftp://news.example/a", "file:///etc/passwd", "javascript:alert(1)",
                                 "news.example/article", "http:///article", "http://a:b@news.example/",
                                 "http://news.example:99999/"])
def test_only_http_addresses_with_a_host_are_fetched(url):
    with pytest.raises(UnsupportedAddress):
        fetch_page(url)


@pytest.mark.parametrize("path", ["/photo.png", "/untyped"])
def test_pages_that_are_not_html_or_text_are_refused(site, path):
    with pytest.raises(NotAnArticle, match="not a web page"):
        fetch_page(f"{site}{path}", allow=LOCAL)


def test_an_error_status_is_reported(site):
    with pytest.raises(SiteError, match="404"):
        fetch_page(f"{site}/missing", allow=LOCAL)


@pytest.mark.parametrize("path", ["/declared-huge", "/endless"])
def test_pages_over_the_size_limit_are_refused(site, path):
    with pytest.raises(TooLarge, match="larger than 2,000,000 bytes"):
        fetch_page(f"{site}{path}", allow=LOCAL)


def test_a_page_slower_than_the_deadline_is_refused(site, monkeypatch):
    monkeypatch.setattr(fetch, "FETCH_SECONDS", 0.5)
    began = time.monotonic()
    with pytest.raises(TooSlow):
        fetch_page(f"{site}/drip", allow=LOCAL)
    assert time.monotonic() - began < 3  # the deadline holds while bytes keep trickling in


def test_https_to_a_server_without_tls_fails_with_a_message(site):
    with pytest.raises(SiteError, match="could not be reached"):
        fetch_page(site.replace("http:", "https:") + "/article", allow=LOCAL)


def test_several_pages_and_the_failing_address_named(site):
    pages = fetch_pages([f"{site}/article", f"{site}/notes.txt"], allow=LOCAL)
    assert [p.is_html for p in pages] == [True, False]
    with pytest.raises(NotAnArticle, match=f"^{site}/photo.png: "):
        fetch_pages([f"{site}/article", f"{site}/photo.png"], allow=LOCAL)


INSIDE_V4 = ["0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
             "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4"]
INSIDE_V6 = ["::1/128", "::/128", "fc00::/7", "fe80::/10", "ff00::/8", "2001:db8::/32", "64:ff9b::/96"]


def addresses_in(networks: list[str]) -> st.SearchStrategy:
    """Any address of any of `networks`."""
    def pick(network: ipaddress.IPv4Network | ipaddress.IPv6Network) -> st.SearchStrategy:
        return st.integers(0, network.num_addresses - 1).map(lambda n: network[n])
    return st.one_of([pick(ipaddress.ip_network(n)) for n in networks])


@given(addresses_in(INSIDE_V4))
def test_inside_ipv4_addresses_are_not_public_nor_their_ipv6_forms(address):
    assert not is_public(address)
    assert not is_public(ipaddress.IPv6Address(f"::ffff:{address}"))  # IPv4-mapped
    assert not is_public(ipaddress.IPv6Address((0x2002 << 112) | (int(address) << 80)))  # 6to4


@given(addresses_in(INSIDE_V6))
def test_inside_ipv6_addresses_are_not_public(address):
    assert not is_public(address)


@given(addresses_in(INSIDE_V4 + INSIDE_V6))
def test_an_inside_address_in_the_url_is_refused_before_connecting(address):
    host = f"[{address}]" if address.version == 6 else str(address)
    with pytest.raises(BlockedAddress):
        fetch_page(f"http://{host}/")


@given(st.integers(0, 2**32 - 1).map(ipaddress.IPv4Address))
def test_a_mapped_ipv4_address_is_judged_as_the_ipv4_address(address):
    assert is_public(ipaddress.IPv6Address(f"::ffff:{address}")) == is_public(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_public(address):
    assert is_public(ipaddress.ip_address(address))
