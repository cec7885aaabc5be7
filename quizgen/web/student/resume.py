"""A student's seat in a quiz, found again from another browser with a short resume code.

The code is derived, never stored: an HMAC of the quiz id and the participant's random
token under the app's secret key, written in the class-code alphabet (no 0/O, 1/I/L to
confuse). Pages compute it from the token in the session, without a query. Only the
student's own screen shows it; taking the seat back needs the class code, the nickname
and this code, and wrong codes count toward the join rate limit.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

from flask import current_app, session
from sqlalchemy import or_, select

from quizgen.settings import CLASS_CODE_ALPHABET, RESUME_CODE_LENGTH
from quizgen.web.extensions import db
from quizgen.web.library import normalize_code
from quizgen.web.models import Participant
from quizgen.web.nicknames import nickname_key
from quizgen.web.student import SESSION_KEY

RESUME_CODES = 4096  # remembered per process


def resume_code(quiz_id: int, token: str) -> str:
    return _resume_code(current_app.config["SECRET_KEY"], quiz_id, token)


@lru_cache(maxsize=RESUME_CODES)  # every question page shows it: one HMAC per seat and process
def _resume_code(secret_key: str, quiz_id: int, token: str) -> str:
    message = f"quizgen-resume:{quiz_id}:{token}".encode()
    digest = hmac.new(secret_key.encode(), message, hashlib.sha256).digest()
    number = int.from_bytes(digest[:16], "big")
    digits = []
    for _ in range(RESUME_CODE_LENGTH):
        number, digit = divmod(number, len(CLASS_CODE_ALPHABET))
        digits.append(CLASS_CODE_ALPHABET[digit])
    return "".join(digits)


def code_matches(participant: Participant, typed: str) -> bool:
    """Whether `typed` (any case, spaces or dashes allowed) is this participant's code."""
    expected = resume_code(participant.quiz_id, participant.token)
    return hmac.compare_digest(normalize_code(typed).encode(), expected.encode())


def session_resume_code(quiz_id: int) -> str | None:
    """The resume code of this browser's seat in `quiz_id` (pages call this once they have
    checked the seat with `current_participant`)."""
    token = session.get(SESSION_KEY, {}).get(str(quiz_id))
    return resume_code(quiz_id, token) if isinstance(token, str) else None


def find_seat(quiz_id: int, nickname: str) -> Participant | None:
    """The participant of `quiz_id` whose nickname is `nickname` without regard to case.

    Rows made before nicknames had a key (NULL) are compared here, so "maya" never
    becomes a second "Maya" in a quiz that was running during the upgrade.
    """
    key = nickname_key(nickname)
    candidates = db.session.scalars(select(Participant).where(
        Participant.quiz_id == quiz_id,
        or_(Participant.nickname_key == key, Participant.nickname_key.is_(None))))
    return next((p for p in candidates if (p.nickname_key or nickname_key(p.nickname)) == key), None)
