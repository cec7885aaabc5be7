"""Pages for everyone: the start page and a static health check (for load tests)."""

from __future__ import annotations

from flask import Blueprint, render_template

from quizgen.web.forms import JoinForm
from quizgen.web.samples import samples

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    return render_template("home.html", join_form=JoinForm(), samples=samples())


@bp.get("/healthz")
def health() -> tuple[str, int, dict[str, str]]:
    return "ok", 200, {"Content-Type": "text/plain; charset=utf-8"}
