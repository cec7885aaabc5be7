"""Fetch the page behind a web address a teacher pasted, without letting it reach inside.

The address is untrusted: fetched naively it could make the server read its own admin
pages, the school network or a cloud metadata service (server-side request forgery).
So: http and https only; every address the host name resolves to must be public (not
loopback, private, link-local, multicast, reserved or unspecified; an IPv6 address that
embeds an IPv4 one is judged by that one); the connection goes to the address that was
checked, never to a second lookup a rebinding DNS server could answer differently, while
TLS still checks the certificate against the host name (SNI). Redirects are followed
here, at most MAX_REDIRECTS, each target checked the same way. The body is read in
chunks and refused past MAX_FETCH_BYTES; FETCH_SECONDS bound everything (name lookups,
connecting, every read, every redirect). Only HTML and plain text are accepted.

Errors are FetchError subclasses whose message says what went wrong in the teacher's words.
"""

from __future__ import annotations

import codecs
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from email.message import Message
from urllib.parse import quote, urljoin, urlsplit

from quizgen import __version__
from quizgen.errors import InputError
from quizgen.ingest.decode import clean_text, decode_bytes
from quizgen.settings import FETCH_SECONDS, MAX_ARTICLE_BYTES, MAX_REDIRECTS

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
MAX_FETCH_BYTES = MAX_ARTICLE_BYTES  # a fetched page may be as large as an uploaded file
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
CHUNK_BYTES = 64 * 1024
URL_SAFE = "/%:@!$&'()*+,;=-._~?"  # left as they are in a request target (RFC 3986); others are encoded
USER_AGENT = f"quizgen/{__version__} (fetches one article a teacher asked for)"
# name lookups run here so that a stalled resolver cannot outlast the deadline
_resolver = ThreadPoolExecutor(max_workers=4, thread_name_prefix="quizgen-fetch-dns")


class FetchError(InputError):
    """A web address could not be turned into an article page; the message says why."""


class UnsupportedAddress(FetchError):
    """Not an http(s) address with a host name."""


class BlockedAddress(FetchError):
    """The address leads inside (this machine, a private network, ...), not to the public web."""


class TooManyRedirects(FetchError):
    pass


class TooLarge(FetchError):
    pass


class TooSlow(FetchError):
    pass


class NotAnArticle(FetchError):
    """The page is not HTML or text (an image, a PDF, a download...)."""


class SiteError(FetchError):
    """The site could not be reached or answered with an error."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the address the page came from, after redirects
    text: str
    is_html: bool


# Special-purpose blocks (IANA registries) that Python's flags miss in some versions; none
# holds a news site. NAT64 addresses are refused whole: they reach any IPv4 address.
SPECIAL_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "198.18.0.0/15",
    "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64",
    "2001::/23", "2001:db8::/32", "fec0::/10"))


def is_public(address: IPAddress) -> bool:
    """True for an address on the public internet; False for anything a fetch must not reach."""
    if any(address in network for network in SPECIAL_NETWORKS):
        return False
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:  # ::ffff:a.b.c.d is a.b.c.d
            return is_public(address.ipv4_mapped)
        # 6to4 and Teredo addresses carry an IPv4 address that relays would reach
        embedded = address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is not None and not is_public(embedded):
            return False
    return address.is_global and not (
        address.is_loopback or address.is_private or address.is_link_local or address.is_multicast
        or address.is_reserved or address.is_unspecified)


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + seconds

    def left(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0:
            raise TooSlow(f"the site took more than {FETCH_SECONDS} seconds to send the page.")
        return left


def _target(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) address, or UnsupportedAddress."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise UnsupportedAddress("this is not a web address; copy it from the browser's address bar.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsupportedAddress("only web addresses starting with http:// or https:// can be fetched.")
    if not parts.hostname:
        raise UnsupportedAddress("the web address has no site name in it.")
    if parts.username is not None or parts.password is not None:
        raise UnsupportedAddress("web addresses with a user name or password in them are not fetched.")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80)


def _resolve(host: str, port: int, deadline: _Deadline, allow: Collection[IPAddress]) -> IPAddress:
    """The address to connect to: every address of `host` must be public (or in `allow`)."""
    try:
        literal: IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        found = [literal]
    else:
        lookup = _resolver.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
        try:
            infos = lookup.result(timeout=deadline.left())
        except FutureTimeout:
            raise TooSlow(f"looking up the site “{host}” took too long.") from None
        except (OSError, UnicodeError):
            raise SiteError(f"the site “{host}” was not found; check the address.") from None
        found = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
    if not found:
        raise SiteError(f"the site “{host}” was not found; check the address.")
    for address in found:
        if address not in allow and not is_public(address):
            raise BlockedAddress(f"“{host}” is not on the public internet (it leads to {address}); "
                                 "only public news sites can be fetched.")
    return found[0]


def _connect(address: IPAddress, port: int, timeout: float | None) -> socket.socket:
    """A TCP connection to exactly `address` (socket.create_connection would resolve again)."""
    sock = socket.socket(socket.AF_INET6 if address.version == 6 else socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect((str(address), port))
    except BaseException:
        sock.close()
        raise
    return sock


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address checked beforehand (no lookup of its own)."""

    def __init__(self, host: str, port: int, address: IPAddress, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = _connect(self.address, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to a checked address; the certificate is verified for the host name."""

    def __init__(self, host: str, port: int, address: IPAddress, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        raw = _connect(self.address, self.port, self.timeout)
        try:
            self.sock = self._context.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise


def _too_large() -> TooLarge:
    return TooLarge(f"the page is larger than {MAX_FETCH_BYTES:,} bytes; paste the article's text instead.")


def _read_body(response: http.client.HTTPResponse, deadline: _Deadline) -> bytes:
    """The body in chunks, stopping as soon as it passes MAX_FETCH_BYTES."""
    declared = response.getheader("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_FETCH_BYTES:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    while deadline.left() and (chunk := response.read1(CHUNK_BYTES)):
        size += len(chunk)
        if size > MAX_FETCH_BYTES:
            raise _too_large()
        chunks.append(chunk)
    deadline.left()  # a body cut short by the watchdog is not the page
    return b"".join(chunks)


def _content_type(response: http.client.HTTPResponse) -> tuple[str, str | None]:
    """(media type, charset) of the response; ("", None) when it names none."""
    header = response.getheader("Content-Type")
    if not header:
        return "", None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def _decode(data: bytes, charset: str | None, name: str) -> str:
    """Text of the page: the charset the server declares, else what the page itself says."""
    if charset:
        try:
            return clean_text(data.decode(codecs.lookup(charset).name), name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common: fall back to the page's own declaration
    return decode_bytes(data, name)


def _shut(connection: http.client.HTTPConnection) -> None:
    try:
        if connection.sock is not None:
            connection.sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # closed meanwhile


def _request_target(url: str) -> str:
    """Path and query for the request line, percent-encoded where the address was not."""
    parts = urlsplit(url)
    target = quote(parts.path or "/", safe=URL_SAFE) + (f"?{quote(parts.query, safe=URL_SAFE)}" if parts.query else "")
    return target


def _get(url: str, deadline: _Deadline, allow: Collection[IPAddress]) -> tuple[int, str | None, FetchedPage | None]:
    """One request: (status, redirect target, page when the status is 200)."""
    scheme, host, port = _target(url)
    address = _resolve(host, port, deadline, allow)
    connection_type = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    connection = connection_type(host, port, address, deadline.left())
    # the deadline also holds while the server drips its headers or body: shut the socket then
    watchdog = threading.Timer(deadline.left(), _shut, (connection,))
    watchdog.daemon = True
    watchdog.start()
    try:
        connection.request("GET", _request_target(url), headers={
            "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
            "Accept-Encoding": "identity"})
        response = connection.getresponse()
        if response.status in REDIRECT_STATUSES:
            return response.status, response.getheader("Location"), None
        if response.status != 200:
            raise SiteError(f"the site answered “{response.status} {response.reason}” instead of the page.")
        kind, charset = _content_type(response)
        if kind not in ACCEPTED_TYPES:
            raise NotAnArticle(f"this address gives {kind or 'a file of unknown type'}, not a web page; "
                               "link to the article's page, or paste its text.")
        if response.getheader("Content-Encoding", "identity").lower() != "identity":
            raise SiteError("the site sent the page compressed although asked not to; paste its text instead.")
        data = _read_body(response, deadline)
        return 200, None, FetchedPage(url, _decode(data, charset, host), kind != "text/plain")
    except ssl.SSLCertVerificationError:
        raise SiteError(f"the site's security certificate is not valid for “{host}”.") from None
    except (OSError, http.client.HTTPException, ValueError) as err:
        deadline.left()  # a socket shut by the watchdog: say it was too slow
        raise SiteError(f"the site could not be reached ({type(err).__name__}).") from None
    finally:
        watchdog.cancel()
        connection.close()


def fetch_page(url: str, *, allow: Collection[IPAddress] = ()) -> FetchedPage:
    """The page at `url`, following at most MAX_REDIRECTS redirects, within FETCH_SECONDS.

    `allow` lists non-public addresses that may be fetched all the same: for tests
    against a local server only; the app never passes it.
    """
    deadline = _Deadline(FETCH_SECONDS)
    current = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        status, location, page = _get(current, deadline, allow)
        if page is not None:
            return page
        if not location:
            raise SiteError(f"the site answered {status} (moved) without saying where to.")
        current = urljoin(current, location.strip())
    raise TooManyRedirects(f"the address redirects more than {MAX_REDIRECTS} times; "
                           "open it in a browser and paste the address you end up at.")


def fetch_pages(urls: Sequence[str], *, allow: Collection[IPAddress] = ()) -> list[FetchedPage]:
    """Every page, fetched side by side (so several slow sites still take FETCH_SECONDS,
    not their sum); the first failure is raised, its message starting with the address."""
    def fetch_one(url: str) -> FetchedPage:
        try:
            return fetch_page(url, allow=allow)
        except FetchError as err:
            raise type(err)(f"{url}: {err}") from None

    if not urls:
        return []
    with ThreadPoolExecutor(max_workers=len(urls), thread_name_prefix="quizgen-fetch") as pool:
        return list(pool.map(fetch_one, urls))
