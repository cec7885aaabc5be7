"""Flask-WTF forms: every state change is a POST through one of these (CSRF on all)."""

from __future__ import annotations

import re
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from werkzeug.datastructures import CombinedMultiDict, MultiDict
from wtforms import (EmailField, FieldList, Form, FormField, IntegerField, PasswordField, RadioField,
                     SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField)
from wtforms.validators import URL, DataRequired, EqualTo, InputRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from quizgen.models import SKILLS
from quizgen.settings import (CLASS_CODE_LENGTH, DEFAULT_QUESTION_COUNT, MAX_ARTICLE_BYTES, MAX_ARTICLES,
                              MAX_NICKNAME_CHARS, MAX_PASSWORD_CHARS, MAX_QUESTION_COUNT, MIN_PASSWORD_CHARS,
                              RESUME_CODE_LENGTH)

SKILL_LABELS = {
    "find_source": "Find the sources",
    "spot_unverified": "Spot unverified claims",
    "compare_coverage": "Compare coverage",
}
MODE_LABELS = {
    "practice": "Practice: feedback after each answer",
    "assessment": "Assessment: feedback at the end",
}


try:  # WTForms >= 3.3 deprecates (value, label) tuples in favour of SelectChoice
    from wtforms.fields.choices import SelectChoice
except ImportError:  # pragma: no cover - older WTForms
    SelectChoice = None  # type: ignore[assignment,misc]


def options(pairs: list[tuple[str, str]]) -> list:
    return [SelectChoice(value, label) for value, label in pairs] if SelectChoice else list(pairs)


def _strip(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) else value


def without_nul(formdata: Any) -> Any:
    """The submitted fields with NUL characters removed: no text editor types one, and
    PostgreSQL refuses them in text columns (a 500 instead of a page)."""
    if isinstance(formdata, CombinedMultiDict):
        return CombinedMultiDict([without_nul(part) for part in formdata.dicts])
    if formdata is None or not any(isinstance(v, str) and "\x00" in v for _, v in formdata.items(multi=True)):
        return formdata
    return MultiDict([(k, v.replace("\x00", "") if isinstance(v, str) else v) for k, v in formdata.items(multi=True)])


class QuizgenForm(FlaskForm):
    """Every form of the app: Flask-WTF's CSRF, and no NUL in any field."""

    class Meta:
        def wrap_formdata(self, form: Any, formdata: Any) -> Any:
            return without_nul(super().wrap_formdata(form, formdata))  # type: ignore[misc]


_ARTICLE_BODY = re.compile(r"articles-(\d+)-body")
MAX_LINKS_CHARS = MAX_ARTICLES * 2_001  # a web address field holds 2,000 characters


def link_lines(text: str | None) -> list[str]:
    """The web addresses in a "one per line" box, blank lines left out."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def pasted_article_count(formdata: MultiDict[str, Any]) -> int:
    """Non-empty pasted articles in the request, including those past the form's
    MAX_ARTICLES entries (which FieldList drops without a word)."""
    return len({match.group(1) for key, value in formdata.items(multi=True)
                if (match := _ARTICLE_BODY.fullmatch(key)) and isinstance(value, str) and value.strip()})


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ActionForm(QuizgenForm):
    """A button-only POST (delete, drop, move, close, log out): carries the CSRF token."""

    submit = SubmitField("Go")


# Just "something@domain.tld": the address is a login name, never mailed to.
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
PASSWORD_LENGTH_MESSAGE = f"The password needs {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters."



def _new_password(label: str) -> PasswordField:
    """A new password within the length limits (sign-up and password change)."""
    return PasswordField(label, validators=[
        InputRequired(), Length(min=MIN_PASSWORD_CHARS, max=MAX_PASSWORD_CHARS, message=PASSWORD_LENGTH_MESSAGE)],
        description=f"At least {MIN_PASSWORD_CHARS} characters.")


def _repeated_password(label: str) -> PasswordField:
    return PasswordField(label, validators=[InputRequired(), EqualTo("password", message="The two passwords differ.")])

class SignupForm(QuizgenForm):
    email = EmailField("Email", filters=[_strip], validators=[
        InputRequired(), Length(max=254), Regexp(EMAIL_PATTERN, message="Enter an email address.")])
    password = _new_password("Password")
    confirm = _repeated_password("Repeat the password")
    submit = SubmitField("Sign up")


class PasswordChangeForm(QuizgenForm):
    current = PasswordField("Current password", validators=[InputRequired(), Length(max=MAX_PASSWORD_CHARS)])
    password = _new_password("New password")
    confirm = _repeated_password("Repeat the new password")
    submit = SubmitField("Change the password")


class LoginForm(QuizgenForm):
    email = EmailField("Email", filters=[_strip], validators=[InputRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[InputRequired(), Length(max=MAX_PASSWORD_CHARS)])
    submit = SubmitField("Log in")


class ArticleFields(Form):
    """One pasted article inside a bigger form (no CSRF of its own)."""

    outlet = StringField("Outlet (optional)", validators=[Optional(), Length(max=200)])
    title = StringField("Title (optional)", validators=[Optional(), Length(max=500)])
    url = StringField("Web address (optional)", validators=[Optional(), Length(max=2000),
                                                           URL(message="Enter a full web address (https://...).")])
    # pasted HTML may carry markup: the form allows a file's size, ingest checks the text's length
    body = TextAreaField("Article text or HTML", validators=[Optional(), Length(max=MAX_ARTICLE_BYTES)])


class NewSetForm(QuizgenForm):
    title = StringField("Name of the set", validators=[InputRequired(), Length(max=200)])
    links = TextAreaField("Links to the articles (one per line)", validators=[Optional(), Length(max=MAX_LINKS_CHARS)],
                          description="The server fetches each page and keeps the article's text.")
    articles = FieldList(FormField(ArticleFields), min_entries=3, max_entries=MAX_ARTICLES)
    files = MultipleFileField("Or upload .txt or .html files", description="Several files at once are fine.")
    submit = SubmitField("Save the set")


class ArticleForm(ArticleFields, QuizgenForm):
    """Add one article to a set, or edit one: the same fields, plus a file and CSRF."""

    files = MultipleFileField("Or upload a .txt or .html file")
    submit = SubmitField("Save the article")


class QuizBuilderForm(QuizgenForm):
    title = StringField("Quiz title", validators=[InputRequired(), Length(max=200)])
    skills = MultiCheckboxField("Skills", choices=options(list(SKILL_LABELS.items())), default=list(SKILLS),
                                validators=[InputRequired(message="Choose at least one skill.")])
    count = IntegerField("Number of questions", default=DEFAULT_QUESTION_COUNT,
                         validators=[InputRequired(), NumberRange(min=1, max=MAX_QUESTION_COUNT)])
    difficulty = SelectField("Difficulty", default="",
                             choices=options([("", "Mixed"), ("1", "Easy"), ("2", "Medium"), ("3", "Hard")]))
    submit = SubmitField("Generate the quiz")


class QuestionEditForm(QuizgenForm):
    """The question's texts; its options are rows read by quizgen.web.teacher.question_editor."""

    prompt = TextAreaField("Question", filters=[_strip], validators=[
        DataRequired(message="Write the question."), Length(max=2000)])
    accepted = TextAreaField("Accepted answers (one per line)", validators=[Optional(), Length(max=4000)],
                             description="A typed answer counts as right when it matches one of these; "
                                         "case, spacing and punctuation do not matter.")
    model_answer = TextAreaField("Model answer", filters=[_strip], validators=[Optional(), Length(max=4000)],
                                 description="What a good answer says. You mark students' answers by hand.")
    explanation = TextAreaField("Explanation", filters=[_strip], validators=[Optional(), Length(max=4000)],
                                description="Students read it after answering: say why the right answer is right.")
    submit = SubmitField("Save the question")

    def answer_lines(self, question_type: str) -> list[str]:
        """The accepted answers (short answer) or the model answer (open answer) as entered."""
        if question_type == "open_response":
            return [self.model_answer.data] if self.model_answer.data else []
        return list(dict.fromkeys(line.strip() for line in (self.accepted.data or "").splitlines() if line.strip()))


class PublishForm(QuizgenForm):
    mode = RadioField("Mode", choices=options(list(MODE_LABELS.items())), default="practice",
                      validators=[InputRequired()])
    submit = SubmitField("Publish and open")


class JoinForm(QuizgenForm):
    code = StringField("Class code", validators=[InputRequired(), Length(max=CLASS_CODE_LENGTH + 4)],
                       render_kw={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"})
    nickname = StringField("Nickname", validators=[InputRequired(), Length(max=MAX_NICKNAME_CHARS)],
                           description="Your teacher sees this name. No email, no account.",
                           render_kw={"autocomplete": "nickname"})
    # only to take back a seat from another device (quizgen.web.student.seats)
    resume = StringField("Resume code", validators=[Optional(), Length(max=RESUME_CODE_LENGTH + 4)],
                         description="The code you saw when you first joined, like K7P2QM. Leave it empty the first time.",
                         render_kw={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"})
    submit = SubmitField("Join")


class PracticePasteForm(QuizgenForm):
    articles = FieldList(FormField(ArticleFields), min_entries=3, max_entries=MAX_ARTICLES)
    submit = SubmitField("Make a practice quiz")
