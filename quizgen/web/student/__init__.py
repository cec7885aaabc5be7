"""Student pages: join with a class code, answer one question at a time, see a summary.

Students have no account. Joining creates a Participant with a random token, kept in
the signed session cookie; a quiz page only opens for a session holding a token of
that quiz, and only shows that participant's own answers.
"""

from __future__ import annotations

import secrets

from flask import Blueprint, abort, session
from sqlalchemy import bindparam, select
from sqlalchemy.orm import joinedload

from quizgen.web.extensions import db
from quizgen.web.models import Participant, Quiz
from quizgen.web.nicknames import nickname_key

bp = Blueprint("student", __name__)

SESSION_KEY = "participants"  # {quiz id: participant token}
NOT_OPEN_HERE = ("This quiz is not open in this browser. Join it with the class code from your teacher; "
                 "to carry on where you were, type your nickname and resume code too.")


def enrol(quiz: Quiz, nickname: str) -> Participant:
    """A new participant in `quiz`, remembered in this browser's session (not committed)."""
    participant = Participant(quiz=quiz, nickname=nickname, nickname_key=nickname_key(nickname),
                              token=secrets.token_urlsafe(32))
    db.session.add(participant)
    return participant


def remember(quiz_id: int, token: str) -> None:
    """Keep a participant's token in this browser's session."""
    tokens = dict(session.get(SESSION_KEY, {}))
    tokens[str(quiz_id)] = token
    session[SESSION_KEY] = tokens
    session.permanent = True


# One query for the participant, their quiz (its JSON stays unloaded: pages use the
# per-process parsed copy) and their answers; built once, it runs on every student page.
PARTICIPANT_QUERY = (
    select(Participant).where(Participant.token == bindparam("token"), Participant.quiz_id == bindparam("quiz_id"))
    .options(joinedload(Participant.quiz).defer(Quiz.quiz_json), joinedload(Participant.answers)))


def current_participant(quiz_id: int, required: bool = True) -> Participant | None:
    token = session.get(SESSION_KEY, {}).get(str(quiz_id))
    participant = None
    if isinstance(token, str):
        participant = db.session.scalars(PARTICIPANT_QUERY, {"token": token, "quiz_id": quiz_id}).unique().first()
    if participant is None or participant.quiz.state == "draft":
        if required:
            abort(404, NOT_OPEN_HERE)
        return None
    return participant


from quizgen.web.student import join, play  # noqa: E402,F401  (routes register on bp)
from quizgen.web.student.feedback import matching_checks  # noqa: E402
from quizgen.web.student.finishing import unanswered_numbers  # noqa: E402
from quizgen.web.student.glossary import Glossary  # noqa: E402
from quizgen.web.student.next_step import next_step  # noqa: E402
from quizgen.web.student.progress import progress_items  # noqa: E402
from quizgen.web.student.resume import session_resume_code  # noqa: E402

# what the student templates compute for themselves, so the routes stay as they are
for _helper, _name in ((Glossary, "glossary"), (matching_checks, "matching_checks"),
                       (unanswered_numbers, "unanswered_numbers"), (next_step, "next_step"),
                       (session_resume_code, "resume_code"), (progress_items, "progress_items")):
    bp.add_app_template_global(_helper, _name)
