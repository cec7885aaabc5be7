"""JSON Schemas (Draft 2020-12) of quizgen's documents, and one way to check them."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator


@cache
def validator(name: str) -> Draft202012Validator:
    """Validator for `quizgen/schemas/<name>.schema.json` (report, quiz, template)."""
    schema = json.loads(files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_problems(data: Any, name: str) -> list[str]:
    """Every way `data` breaks schema `name`, as "at $.json.path: message", in a stable order."""
    errors = sorted(validator(name).iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    return [f"at {e.json_path}: {e.message}" for e in errors]
