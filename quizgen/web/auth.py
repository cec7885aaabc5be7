"""Teacher accounts: sign up, log in, log out (Flask-Login; argon2id password hashes)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from quizgen.settings import LOGIN_RATE_LIMIT, SIGNUP_RATE_LIMIT
from quizgen.web.extensions import db, limiter, login_manager
from quizgen.web.forms import ActionForm, LoginForm, SignupForm
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
    return db.session.get(Teacher, int(user_id)) if user_id.isdigit() else None


def _safe_next(target: str | None) -> str:
    # only same-site paths: never redirect to another host after login
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("teacher.dashboard")


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(SIGNUP_RATE_LIMIT, methods=["POST"])
def signup() -> str | Response:
    form = SignupForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        if db.session.scalar(select(Teacher).where(Teacher.email == email)):
            form.email.errors.append("An account with this email exists. Log in instead.")
        else:
            teacher = Teacher(email=email, password_hash=password_hasher.hash(form.password.data))
            db.session.add(teacher)
            db.session.commit()
            login_user(teacher)
            flash("Welcome! Start by pasting a set of articles, or copy a sample set.")
            return redirect(url_for("teacher.dashboard"))
    return render_template("auth/signup.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(LOGIN_RATE_LIMIT, methods=["POST"])
def login() -> str | Response:
    if current_user.is_authenticated:
        return redirect(url_for("teacher.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        teacher = db.session.scalar(select(Teacher).where(Teacher.email == email))
        try:
            password_hasher.verify(teacher.password_hash if teacher else _DUMMY_HASH, form.password.data)
            ok = teacher is not None
        except (VerificationError, InvalidHashError):
            ok = False
        if ok and teacher:
            if password_hasher.check_needs_rehash(teacher.password_hash):
                teacher.password_hash = password_hasher.hash(form.password.data)
                db.session.commit()
            login_user(teacher)
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors.append("Wrong email or password.")
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout() -> Response:
    if ActionForm().validate_on_submit():
        logout_user()
        flash("You are logged out.")
    return redirect(url_for("home.index"))
