"""Flask-WTF's CSRF protection, with each signed token checked and signed once per process.

Flask-WTF checks a POST's token in full every time (it builds a serializer, derives a key
and computes an HMAC: under load about a tenth of an answer POST's CPU) and signs the
session's token anew for every page with a form, although a student sends the same token
with every answer and every page could carry the same one. The app's tokens never expire
(WTF_CSRF_TIME_LIMIT None), so here a signed token that checked out is remembered with the
session value it carries, and the signed token made for a session value is remembered too
(per process and secret key, bounded). A remembered token is still compared with this
session's value, as Flask-WTF does after the signature; a token not remembered, or any
token when a time limit is set, goes through Flask-WTF's own check.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any

from flask import Flask, current_app, g, request, session
from flask_wtf import csrf as flask_wtf_csrf
from flask_wtf.csrf import generate_csrf, same_origin, validate_csrf
from wtforms import ValidationError

REMEMBERED_TOKENS = 4096  # of each kind, per process; when full, forgotten all at once

logger = logging.getLogger(flask_wtf_csrf.__name__)


class CSRFProtect(flask_wtf_csrf.CSRFProtect):
    def __init__(self) -> None:
        super().__init__()
        # (secret key, {session value: signed token}, {signed token: session value it checked out with})
        self._tokens: tuple[Any, dict[str, str], dict[str, str]] = (None, {}, {})

    def init_app(self, app: Flask) -> None:
        super().init_app(app)
        app.jinja_env.globals["csrf_token"] = self.token
        # Flask-WTF also hands templates its generate_csrf through a context processor, which
        # would win over the global: this one runs after it
        app.context_processor(lambda: {"csrf_token": self.token})

    def _remembered(self) -> tuple[dict[str, str], dict[str, str]] | None:
        """(signed tokens by session value, session values by signed token) for the current
        secret key; None when tokens expire (each one is then signed and checked in full)."""
        app = current_app
        if app.config["WTF_CSRF_TIME_LIMIT"] is not None:
            return None
        tokens = self._tokens
        secret = app.config.get("WTF_CSRF_SECRET_KEY", app.secret_key)
        if tokens[0] != secret:  # the first request, or a new key: nothing remembered counts
            tokens = self._tokens = (secret, {}, {})
        return tokens[1], tokens[2]

    def token(self) -> str:
        """The signed token for this session's forms (`csrf_token()` in templates)."""
        field = current_app.config["WTF_CSRF_FIELD_NAME"]
        remembered = self._remembered()
        if remembered is None or field in g:
            return generate_csrf()
        value = session.get(field)
        signed = remembered[0].get(value) if isinstance(value, str) else None
        if signed is not None:
            setattr(g, field, signed)  # where generate_csrf leaves it, for the rest of the request
            return signed
        signed = generate_csrf()  # gives the session a value if it had none
        return _remember(remembered[0], session[field], signed)

    def _validate(self, data: Any) -> None:
        """validate_csrf(data), its signature check skipped for a token that passed it before."""
        remembered = self._remembered()
        known = remembered[1].get(data) if remembered is not None and isinstance(data, str) else None
        if known is None:
            validate_csrf(data)
            if remembered is not None:
                # it matched this session's value, so that is the value it carries; pages may offer it too
                value = session[current_app.config["WTF_CSRF_FIELD_NAME"]]
                _remember(remembered[1], data, value)
                if value not in remembered[0]:
                    _remember(remembered[0], value, data)
            return
        field = current_app.config["WTF_CSRF_FIELD_NAME"]
        if field not in session:
            raise ValidationError("The CSRF session token is missing.")
        if not hmac.compare_digest(session[field], known):
            raise ValidationError("The CSRF tokens do not match.")

    def protect(self, apply_exemptions: bool = False) -> None:
        """Flask-WTF's (1.2 and 1.3), with _validate for validate_csrf."""
        if apply_exemptions and (not request.endpoint or self._is_exempt()):
            return
        if request.method not in current_app.config["WTF_CSRF_METHODS"]:
            return
        try:
            self._validate(self._get_csrf_token())
        except ValidationError as e:
            logger.info(e.args[0])
            self._error_response(e.args[0])
        if request.is_secure and current_app.config["WTF_CSRF_SSL_STRICT"]:
            if not request.referrer:
                self._error_response("The referrer header is missing.")
            good_referrer = f"https://{request.host}/"
            if not same_origin(request.referrer, good_referrer):
                self._error_response("The referrer does not match the host.")
        g.csrf_valid = True  # mark this request as CSRF valid


def _remember(tokens: dict[str, str], key: str, value: str) -> str:
    if len(tokens) >= REMEMBERED_TOKENS:
        tokens.clear()
    tokens[key] = value
    return value
