"""url_for, each (path prefix, endpoint, arguments) built once per process.

Every page links to the same stylesheets, scripts and menu entries, and a question page
posts to its own address: Werkzeug built each of these URLs anew, nine or ten per page
(a few per cent of a lesson's server CPU). The app's routes are fixed once it is made and
it registers no URL defaults, so a URL is a function of the request's path prefix (the
script root, e.g. behind a proxy) and the arguments. External URLs (`_external`, and every
other `_` option) are built each time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import flask
from flask import has_request_context, request

BUILT_URLS = 4096  # remembered per process


def url_for(endpoint: str, **values: Any) -> str:
    if not has_request_context() or any(name.startswith("_") for name in values):
        return flask.url_for(endpoint, **values)
    try:
        return _built(request.script_root, endpoint, tuple(sorted(values.items())))
    except TypeError:  # an argument that cannot be a key (a list): built each time
        return flask.url_for(endpoint, **values)


@lru_cache(maxsize=BUILT_URLS)
def _built(_script_root: str, endpoint: str, values: tuple[tuple[str, Any], ...]) -> str:
    return flask.url_for(endpoint, **dict(values))
