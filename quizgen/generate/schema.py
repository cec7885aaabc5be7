"""Check a quiz document (e.g. a JSON file given to `quizgen export`) before using it:
the JSON Schema (quizgen/schemas/quiz.schema.json), then what a schema cannot say -
answers that name existing choices, evidence that quotes the article exactly."""

from __future__ import annotations

from typing import Any

from quizgen.errors import InputError
from quizgen.schemas import schema_problems

MAX_LISTED = 5


def _question_problems(n: int, q: dict[str, Any], bodies: dict[str, str]) -> list[str]:
    where = f"$.questions[{n}]"
    ids = [c["id"] for c in q["choices"]]
    problems = []
    if len(set(ids)) != len(ids):
        problems.append(f"at {where}.choices: choice ids repeat")
    if q["type"] == "matching":
        sides = {c["id"]: c.get("side") for c in q["choices"]}
        for k, pair in enumerate(q["answer"]):
            if sides.get(pair[0]) != "left" or sides.get(pair[1]) != "right":
                problems.append(f"at {where}.answer[{k}]: a pair must join a left choice to a right choice")
    elif q["type"] in ("multiple_choice", "multiple_select", "true_false", "ordering"):
        for k, answer in enumerate(q["answer"]):
            if answer not in ids:
                problems.append(f"at {where}.answer[{k}]: '{answer}' is not one of the choice ids")
    for k, ev in enumerate(q["evidence"]):
        body = bodies.get(ev["article"])
        if body is None:
            problems.append(f"at {where}.evidence[{k}].article: no article with id '{ev['article']}'")
        elif body[ev["start"]:ev["end"]] != ev["text"]:
            problems.append(f"at {where}.evidence[{k}]: text is not the article body between start and end")
    return problems


def quiz_problems(data: Any) -> list[str]:
    """Every problem found, as "at $.json.path: what is wrong"; [] for a good quiz."""
    problems = schema_problems(data, "quiz")
    if problems:
        return problems
    bodies = {a["id"]: a["body"] for a in data["articles"]}
    for n, question in enumerate(data["questions"]):
        problems.extend(_question_problems(n, question, bodies))
    return problems


def validate_quiz(data: Any) -> None:
    """Raise InputError naming the first problems when `data` is not a usable quiz."""
    problems = quiz_problems(data)
    if problems:
        more = f" (and {len(problems) - MAX_LISTED} more)" if len(problems) > MAX_LISTED else ""
        raise InputError("this is not a valid quizgen quiz: " + "; ".join(problems[:MAX_LISTED]) + more
                         + ". Generate it again with `quizgen generate --format json`.")
