"""A question's options as rows a teacher edits: add, remove, reorder, mark the right one.

Rows turn back into the question's choices and answer only when they pass `problems`,
so a saved question always has a well-formed key (what the student page, scoring and
every exporter rely on). The posted form is untrusted: row ids are kept only when they
name one of the question's own choices, and the number of rows is capped.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from typing import Any

from quizgen.export.common import FALSE_WORDS, TRUE_WORDS
from quizgen.generate.text import norm
from quizgen.models import Choice, Question

MAX_OPTIONS = 10
MAX_OPTION_CHARS = 1000
SINGLE_RIGHT = ("multiple_choice", "true_false")
CHOICE_TYPES = (*SINGLE_RIGHT, "multiple_select")
FREE_TEXT = ("short_answer", "open_response")
# how many rows each type needs, and whether the teacher may add or remove rows
MIN_ROWS = 2
FIXED_ROWS = {"true_false": 2}

TYPE_LABELS = {
    "multiple_choice": "Multiple choice: one right option",
    "multiple_select": "Select all that apply: one or more right options",
    "true_false": "True or false",
    "matching": "Matching: pairs",
    "ordering": "Ordering: items in the right order",
    "short_answer": "Short answer: typed in",
    "open_response": "Open answer: marked by hand",
}
_ROW_FIELD = re.compile(r"options-(\d{1,4})-(text|match)")
_ACTION = re.compile(r"(add|remove|up|down)(?:-(\d{1,4}))?")


@dataclass
class OptionRow:
    """One option; for matching, one pair (`text` on the left, `match` on the right)."""

    text: str = ""
    match: str = ""
    right: bool = False
    id: str = ""
    match_id: str = ""


@dataclass
class Problem:
    """A reason the question cannot be saved: about row `row` (0-based), or about the
    form field `field` ("options": the options as a whole)."""

    message: str
    row: int | None = None
    field: str = "options"

    @property
    def target(self) -> str:
        """The id of the input to fix it in (the error summary links there)."""
        return f"options-{self.row}-text" if self.row is not None else self.field


def rows_of(question: Question) -> list[OptionRow]:
    """The question's options as the editor shows them."""
    by_id = {c.id: c for c in question.choices}
    if question.type == "matching":
        partner = {str(p[0]): str(p[1]) for p in question.answer if isinstance(p, list) and len(p) == 2}
        rows = []
        for left in (c for c in question.choices if c.side == "left"):
            right = by_id.get(partner.get(left.id, ""))
            rows.append(OptionRow(left.text, right.text if right else "", id=left.id,
                                  match_id=right.id if right else ""))
        matched = {row.match_id for row in rows}
        # an answer on the right that no item matches (a distractor): a pair without an item
        rows += [OptionRow("", c.text, match_id=c.id) for c in question.choices
                 if c.side == "right" and c.id not in matched]
        return rows
    if question.type == "ordering":  # the right order, not the order students see
        ordered = [by_id[a] for a in dict.fromkeys(map(str, question.answer)) if a in by_id]
        ordered += [c for c in question.choices if c not in ordered]
        return [OptionRow(c.text, id=c.id) for c in ordered]
    if question.type in CHOICE_TYPES:
        right = {str(a) for a in question.answer}
        return [OptionRow(c.text, right=c.id in right, id=c.id) for c in question.choices]
    return []


def rows_from_form(form: Any, question_type: str) -> list[OptionRow]:
    """The rows as posted: `options-N-text|match|id|match_id`, the right one(s) as `right`
    (a radio holding N for single-right types, `options-N-right` checkboxes otherwise).
    At most MAX_OPTIONS + 1 rows are read, so `problems` can say there are too many."""
    numbers = sorted({int(m.group(1)) for key in form.keys() if (m := _ROW_FIELD.fullmatch(key))})
    single_right = form.get("right", "")
    rows = []
    for n in numbers[:MAX_OPTIONS + 1]:
        ticked = (single_right == str(n)) if question_type in SINGLE_RIGHT else bool(form.get(f"options-{n}-right"))
        rows.append(OptionRow(_clean(form.get(f"options-{n}-text")), _clean(form.get(f"options-{n}-match")),
                              ticked, _clean(form.get(f"options-{n}-id")), _clean(form.get(f"options-{n}-match_id"))))
    return rows


def _clean(value: Any) -> str:
    """One line of text: an option is shown on one line, whatever was typed or pasted."""
    return " ".join(value.replace("\x00", "").split()) if isinstance(value, str) else ""


def row_noun(question_type: str) -> str:
    return "pair" if question_type == "matching" else "item" if question_type == "ordering" else "option"


def can_add_or_remove(question_type: str) -> bool:
    return question_type not in FIXED_ROWS and question_type not in FREE_TEXT


def change_rows(rows: list[OptionRow], action: str, question_type: str) -> tuple[list[OptionRow], str, int | None]:
    """Rows after an add/remove/up/down button, a note for the teacher ("" when none), and
    the row to put the cursor in (None when none)."""
    match = _ACTION.fullmatch(action)
    if not match:
        return rows, "", None
    verb, index = match.group(1), int(match.group(2)) if match.group(2) else -1
    rows, noun = list(rows), row_noun(question_type).capitalize()
    if verb == "add" and can_add_or_remove(question_type):
        if len(rows) >= MAX_OPTIONS:
            return rows, f"A question can have at most {MAX_OPTIONS} {noun.lower()}s.", None
        rows.append(OptionRow())
        return rows, f"{noun} {len(rows)} added: write it, then save the question.", len(rows) - 1
    if not 0 <= index < len(rows):
        return rows, "", None
    if verb == "remove" and can_add_or_remove(question_type):
        del rows[index]
        return rows, f"{noun} {index + 1} removed. Save the question to keep the change.", None
    target = index - 1 if verb == "up" else index + 1 if verb == "down" else -1
    if 0 <= target < len(rows):
        rows[index], rows[target] = rows[target], rows[index]
        return rows, f"{noun} moved to place {target + 1}. Save the question to keep the change.", target
    return rows, "", None


def problems(rows: list[OptionRow], question_type: str) -> list[Problem]:
    """Everything that keeps the rows from making a well-formed question, in plain words."""
    if question_type in FREE_TEXT:
        return []
    found: list[Problem] = []
    noun = row_noun(question_type)
    wanted = FIXED_ROWS.get(question_type)
    complete = [row for row in rows if row.text and (row.match or question_type != "matching")]
    if wanted and len(rows) != wanted:
        found.append(Problem(f"A true-or-false question has exactly {wanted} options."))
    elif len(complete) < MIN_ROWS:
        found.append(Problem(f"A question needs at least {MIN_ROWS} {'complete ' * (noun == 'pair')}{noun}s."))
    elif len(rows) > MAX_OPTIONS:
        found.append(Problem(f"A question can have at most {MAX_OPTIONS} {noun}s."))
    for index, row in enumerate(rows):
        found.extend(_row_problems(index, row, question_type, noun))
    if question_type == "matching":
        found.extend(_repeats(rows, "text", "Pairs {} and {} have the same left side"))
        found.extend(_repeats(rows, "match", "Pairs {} and {} have the same right side"))
    else:
        found.extend(_repeats(rows, "text", noun.capitalize() + "s {} and {} say the same thing"))
    found.extend(_key_problems(rows, question_type))
    return found


def _row_problems(index: int, row: OptionRow, question_type: str, noun: str) -> list[Problem]:
    label = f"{noun.capitalize()} {index + 1}"
    if question_type == "matching" and not row.match:
        return [Problem(f"{label} needs what it matches, on the right, or remove the pair." if row.text
                        else f"{label} is empty: write it or remove it.", index)]
    if not row.text and question_type != "matching":
        return [Problem(f"{label} is empty: write it or remove it.", index)]
    if max(len(row.text), len(row.match)) > MAX_OPTION_CHARS:
        return [Problem(f"{label} is too long (at most {MAX_OPTION_CHARS} characters).", index)]
    return []


def _repeats(rows: list[OptionRow], attribute: str, message: str) -> list[Problem]:
    seen: dict[str, int] = {}
    found = []
    for index, row in enumerate(rows):
        key = norm(getattr(row, attribute))  # the generator's own test of distinct options
        if key and key in seen:
            found.append(Problem(message.format(seen[key] + 1, index + 1) + ": students could not tell them apart.",
                                 index))
        seen.setdefault(key, index)
    return found


def _key_problems(rows: list[OptionRow], question_type: str) -> list[Problem]:
    right = sum(row.right for row in rows)
    words = [row.text.lower() for row in rows]
    if question_type == "true_false" and not (any(w in TRUE_WORDS for w in words)
                                              and any(w in FALSE_WORDS for w in words)):
        return [Problem("A true-or-false question's options are “True” and “False”.")]  # what exporters read
    if question_type in SINGLE_RIGHT and right != 1:
        return [Problem("Choose the one right option.")]
    if question_type == "multiple_select":
        if right == 0:
            return [Problem("Tick at least one right option.")]
        if right == len(rows):
            return [Problem("Leave at least one option wrong: when every option is right, there is nothing to judge.")]
    return []


def apply_rows(question: Question, rows: list[OptionRow]) -> None:
    """Write rows that passed `problems` into the question's choices and answer.
    Choices keep their ids (students' answers refer to them); new ones take free letters."""
    if question.type in FREE_TEXT:
        return
    ids = _Ids(question)
    if question.type == "matching":  # a row without an item adds a distractor on the right
        pairs = [(Choice(ids.take(row.id), row.text, "left") if row.text else None,
                  Choice(ids.take(row.match_id), row.match, "right")) for row in rows]
        answer = [[left.id, right.id] for left, right in pairs if left]
        question.choices = [left for left, _ in pairs if left] + _shown([right for _, right in pairs], question, answer)
        question.answer = answer
    elif question.type == "ordering":
        items = [Choice(ids.take(row.id), row.text) for row in rows]
        answer = [item.id for item in items]
        question.choices, question.answer = _shown(items, question, answer), answer
    else:
        question.choices = [Choice(ids.take(row.id), row.text) for row in rows]
        question.answer = [choice.id for choice, row in zip(question.choices, rows) if row.right]


class _Ids:
    """Choice ids: a posted id is kept once, and only if the question already has it."""

    def __init__(self, question: Question) -> None:
        self.known = {c.id for c in question.choices}
        self.used: set[str] = set()

    def take(self, wanted: str) -> str:
        if wanted not in self.known or wanted in self.used:
            taken = self.known | self.used
            wanted = next(letter for letter in _letters() if letter not in taken)
        self.used.add(wanted)
        return wanted


def _letters():
    yield from string.ascii_lowercase
    yield from (a + b for a in string.ascii_lowercase for b in string.ascii_lowercase)


def _shown(items: list[Choice], question: Question, answer: list) -> list[Choice]:
    """The order students see: the order they saw before for kept items, new ones after;
    mixed up when that would be the right order itself (it would give the answer away),
    unless the teacher changed nothing there (a question saved as it was stays as it was)."""
    before = [c.id for c in question.choices]
    shown = sorted(items, key=lambda c: before.index(c.id) if c.id in before else len(before))
    if answer == question.answer and [c.id for c in shown] == [c for c in before if c in {i.id for i in items}]:
        return shown
    rng = random.Random(question.id)
    while len(shown) > 1 and [c.id for c in shown] == [c.id for c in items]:
        rng.shuffle(shown)
    return shown
