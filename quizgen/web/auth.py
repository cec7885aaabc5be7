"""Teacher accounts: sign up, log in, log out (Flask-Login; argon2id password hashes)."""

from __future__ import annotations

from secrets import compare_digest
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from quizgen.settings import LOGIN_RATE_LIMIT, SIGNUP_RATE_LIMIT
from quizgen.web.extensions import db, limiter, login_manager
from quizgen.web.forms import ActionForm, LoginForm, PasswordChangeForm, SignupForm
from quizgen.web.models import Teacher

bp = Blueprint("auth", __name__, url_prefix="/auth")

# argon2id with RFC 9106's second recommended option (64 MiB, 3 passes), set explicitly
# so a library default change never weakens stored hashes silently.
password_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)
# Verified when the email is unknown, so both cases take the same time.
_DUMMY_HASH = password_hasher.hash("not a real password")

login_manager.login_view = "auth.login"
login_manager.login_message = "Log in to see your article sets and quizzes."


@login_manager.user_loader
def load_teacher(user_id: str) -> Teacher | None:
    """The teacher of a session "id:token", while the token is the teacher's current one."""
    teacher_id, _, token = user_id.partition(":")
    teacher = db.session.get(Teacher, int(teacher_id)) if teacher_id.isdigit() and token else None
    if teacher is None or not compare_digest(teacher.session_token, token):
        return None  # logged out since, or the password changed: the session has ended
    return teacher


def is_same_site_path(target: str) -> bool:
    """A path on this site, as a browser reads it: browsers drop tabs and line breaks inside
    URLs and read "\\" as "/", so "/\t/evil.example" and "/\\evil.example" lead away."""
    if not target.startswith("/") or not target.isprintable() or "\\" in target:
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and not target.startswith("//")


def _safe_next(target: str | None) -> str:
    # only same-site paths: never redirect to another host after login
    return target if target and is_same_site_path(target) else url_for("teacher.dashboard")


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(SIGNUP_RATE_LIMIT, methods=["POST"])
def signup() -> str | Response:
    """A new address gets an account; a known one is answered the same way (no page says which
    addresses have accounts): with its own password it is a log-in, else nobody is logged in
    and the dashboard asks to log in. The hash is computed in both cases (same time)."""
    form = SignupForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        new_hash = password_hasher.hash(form.password.data)
        teacher = db.session.scalar(select(Teacher).where(Teacher.email == email))
        matches = _password_matches(teacher, form.password.data)  # a second hash either way: same time
        if teacher is None:
            teacher = Teacher(email=email, password_hash=new_hash)
            db.session.add(teacher)
            db.session.commit()
            login_user(teacher)
            flash(WELCOME)
        elif matches:
            login_user(teacher)
            flash(WELCOME)
        return redirect(url_for("teacher.dashboard"))
    return render_template("auth/signup.html", form=form)


WELCOME = "Welcome! Start by pasting a set of articles, or copy a sample set."


def _password_matches(teacher: Teacher | None, password: str) -> bool:
    """Verify against the teacher's hash (a dummy one when unknown, so both take the same time)."""
    try:
        password_hasher.verify(teacher.password_hash if teacher else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return teacher is not None


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(LOGIN_RATE_LIMIT, methods=["POST"])
def login() -> str | Response:
    if current_user.is_authenticated:
        return redirect(url_for("teacher.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        teacher = db.session.scalar(select(Teacher).where(Teacher.email == email))
        matches = _password_matches(teacher, form.password.data)
        if matches and teacher is not None:
            if password_hasher.check_needs_rehash(teacher.password_hash):
                teacher.password_hash = password_hasher.hash(form.password.data)
                db.session.commit()
            login_user(teacher)
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors.append("Wrong email or password.")
    return render_template("auth/login.html", form=form)


@bp.route("/password", methods=["GET", "POST"])
@login_required
@limiter.limit(LOGIN_RATE_LIMIT, methods=["POST"])
def change_password() -> str | Response:
    """A new password ends every other session (a lost laptop, a shared computer); this one stays."""
    form = PasswordChangeForm()
    if form.validate_on_submit():
        teacher = current_user._get_current_object()
        if _password_matches(teacher, form.current.data):
            teacher.password_hash = password_hasher.hash(form.password.data)
            teacher.end_sessions()
            db.session.commit()
            login_user(teacher)  # this browser carries the new session token
            flash("Password changed. Every other browser is logged out.")
            return redirect(url_for("teacher.dashboard"))
        form.current.errors.append("This is not your current password.")
    return render_template("auth/password.html", form=form)


@bp.post("/logout")
@login_required
def logout() -> Response:
    if ActionForm().validate_on_submit():
        current_user.end_sessions()  # a copy of this cookie, or another browser's, stops working too
        db.session.commit()
        logout_user()
        flash("You are logged out.")
    return redirect(url_for("home.index"))
