"""The signed session cookie, its signature checked once per cookie instead of on every request.

Flask builds an itsdangerous serializer for every request and checks the cookie's signature
each time, although a browser sends the same cookie with every page: a student's, with every
question page and answer of a lesson (about a tenth of an answer POST's CPU). Here the
serializer is built once per set of secret keys, and a cookie whose signature checked out
is remembered with its signing time and contents (per process, bounded): the same cookie
again only has its age checked, and its contents are read from that copy. What is accepted,
and the cookie itself, are as in Flask; a cookie not remembered is checked in full.
"""

from __future__ import annotations

import json
import time
from typing import Any

from flask import Flask, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from flask.wrappers import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

VERIFIED_COOKIES = 4096  # remembered per process; when full, forgotten all at once


def _untagged(contents: str) -> bool:
    """Whether the session serializer's JSON holds no tagged value (a tuple, bytes, Markup,
    datetime...), so plain `json.loads` reads it as the serializer would (its object hook
    runs in Python for every object, about a third of opening a remembered session). Every
    tag is an object whose one key starts with a space, written without spaces: `{" t":[...]}`;
    inside a JSON string a quote is escaped, so `{" ` appears nowhere else."""
    return '{" ' not in contents


class SessionInterface(SecureCookieSessionInterface):
    """The session cookie is `Secure` whenever the page was served over HTTPS (directly, or
    behind a proxy trusted with QUIZGEN_TRUSTED_PROXIES), and still works on a plain-HTTP LAN."""

    def __init__(self) -> None:
        self._keys: tuple[Any, ...] = ()
        self._signing_serializer: URLSafeTimedSerializer | None = None
        # cookie -> (when it was signed, its contents as the session serializer's JSON, untagged)
        self._verified: dict[str, tuple[int, str, bool]] = {}

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        keys = (*(app.config.get("SECRET_KEY_FALLBACKS") or ()), app.secret_key)  # fallbacks: Flask 3.1+
        if keys != self._keys:  # the first request, or the keys changed: nothing verified still counts
            self._signing_serializer = super().get_signing_serializer(app)
            self._verified = {}
            self._keys = keys
        return self._signing_serializer

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            return None
        cookie = request.cookies.get(self.get_cookie_name(app))
        if not cookie:
            return self.session_class()
        max_age = int(app.permanent_session_lifetime.total_seconds())
        verified = self._verified
        known = verified.get(cookie)
        if known is not None and 0 <= time.time() - known[0] <= max_age:
            # a fresh copy per request; JSON without tagged values needs no tag lookups (see _untagged)
            return self.session_class(json.loads(known[1]) if known[2] else self.serializer.loads(known[1]))
        try:
            data, signed_at = serializer.loads(cookie, max_age=max_age, return_timestamp=True)
        except BadSignature:
            return self.session_class()
        if len(verified) >= VERIFIED_COOKIES:
            verified.clear()
        contents = self.serializer.dumps(data)
        verified[cookie] = (int(signed_at.timestamp()), contents, _untagged(contents))
        return self.session_class(data)
