"""Error pages with messages that say what to do next."""

from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from quizgen.settings import MAX_ARTICLE_BYTES, MAX_UPLOAD_BYTES

MESSAGES = {
    400: "The request could not be understood. Go back and try again.",
    403: "You cannot do that here.",
    404: "There is nothing here, or it belongs to someone else.",
    405: "That page cannot be used this way.",
    413: f"What you sent is too large: one article may have at most {MAX_ARTICLE_BYTES // 1_000_000} MB, "
         f"all files together {MAX_UPLOAD_BYTES // 1_000_000} MB. Send fewer or smaller articles.",
    429: "Too many attempts. Wait a minute, then try again.",
}


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        message = "The form expired or was sent from elsewhere. Reload the page and send it again."
        return render_template("error.html", code=400, message=message), 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        code = error.code or 500
        # a view's own abort(code, "message") wins over the generic text for that code
        custom = error.description != type(error).description
        message = error.description if custom else MESSAGES.get(code, error.description or "Something went wrong.")
        return render_template("error.html", code=code, message=message), code
