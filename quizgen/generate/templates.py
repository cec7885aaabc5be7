"""Question templates: JSON data files checked against a schema and the generator catalog.

Bundled templates live in the repo's top-level `templates/` (shipped in the wheel as
`quizgen/question_templates`). A teacher can add a folder of template files through
the environment variable QUIZGEN_TEMPLATES_DIR (several folders: os.pathsep-separated)
without touching code.
"""

from __future__ import annotations

import json
import os
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from quizgen.errors import TemplateError
from quizgen.generate.catalog import GENERATORS
from quizgen.schemas import schema_problems

ENV_DIRS = "QUIZGEN_TEMPLATES_DIR"
DEFAULT_OPTIONS = 4
# Parsed templates by (file, modification time) of every file, so a web server or a
# benchmark does not re-validate unchanged files on every quiz.
_LOADED: dict[tuple[tuple[str, int], ...], tuple[Template, ...]] = {}


@dataclass(frozen=True)
class Template:
    id: str
    skill: str
    type: str
    difficulty: int
    generator: str
    prompt: str
    explanation: str
    options: int = DEFAULT_OPTIONS
    params: dict[str, str] = field(default_factory=dict)
    file: str = ""

    def fill_prompt(self, slots: dict[str, str]) -> str:
        return self.prompt.format_map(slots)

    def fill_explanation(self, slots: dict[str, str]) -> str:
        return self.explanation.format_map(slots)


def bundled_dir() -> Path:
    """`quizgen/question_templates` in a wheel; the repo's `templates/` in an editable install."""
    installed = files("quizgen") / "question_templates"
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parents[2] / "templates"


def env_dirs() -> list[Path]:
    value = os.environ.get(ENV_DIRS, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def _template_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return out


def _slots(text: str) -> list[str]:
    """Slot names used in a prompt/explanation; ValueError on unbalanced braces."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def _semantic_problems(raw: dict[str, Any], where: str) -> list[str]:
    spec = GENERATORS[raw["generator"]]
    problems = []
    if raw["type"] not in spec.types:
        problems.append(f"at {where}.type: generator '{raw['generator']}' cannot make '{raw['type']}' questions; "
                        f"it makes: {', '.join(spec.types)}")
    for key in ("prompt", "explanation"):
        try:
            used = _slots(raw[key])
        except ValueError as err:
            problems.append(f"at {where}.{key}: {err} (write {{{{ and }}}} for literal braces)")
            continue
        unknown = sorted({name for name in used if name not in spec.slots})
        if unknown:
            problems.append(f"at {where}.{key}: unknown slot(s) {', '.join('{' + n + '}' for n in unknown)}; "
                            f"generator '{raw['generator']}' fills: {', '.join(spec.slots)}")
    allowed = spec.params or {}
    params = raw.get("params", {})
    for name, value in sorted(params.items()):
        if name not in allowed:
            problems.append(f"at {where}.params.{name}: generator '{raw['generator']}' takes no such parameter"
                            + (f"; it takes: {', '.join(allowed)}" if allowed else ""))
        elif value not in allowed[name]:
            problems.append(f"at {where}.params.{name}: '{value}' is not one of {', '.join(allowed[name])}")
    for name in sorted(set(allowed) - set(params)):
        problems.append(f"at {where}.params: missing '{name}' (one of {', '.join(allowed[name])})")
    return problems


def _read_file(path: Path) -> tuple[list[Template], list[str]]:
    """Templates of one file and the problems found (problems -> no templates)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        return [], [f"at $: cannot read the file ({err})"]
    except json.JSONDecodeError as err:
        return [], [f"at $: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"]
    problems = schema_problems(data, "template")
    if problems:
        return [], problems
    templates = []
    for n, raw in enumerate(data["templates"]):
        where = f"$.templates[{n}]"
        found = _semantic_problems(raw, where)
        problems.extend(found)
        if not found:
            templates.append(Template(raw["id"], raw["skill"], raw["type"], raw["difficulty"], raw["generator"],
                                      raw["prompt"], raw["explanation"], raw.get("options", DEFAULT_OPTIONS),
                                      dict(raw.get("params", {})), str(path)))
    return templates, problems


def _collect(paths: Iterable[Path]) -> tuple[list[Template], list[tuple[str, str]]]:
    """All templates of the given files/folders and (file, problem) pairs, ids unique."""
    templates: list[Template] = []
    problems: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for path in _template_files(paths):
        found, file_problems = _read_file(path)
        problems.extend((str(path), p) for p in file_problems)
        for n, tpl in enumerate(found):
            if tpl.id in seen:
                problems.append((str(path), f"at $.templates[{n}].id: id '{tpl.id}' is already used in {seen[tpl.id]}"))
                continue
            seen[tpl.id] = str(path)
            templates.append(tpl)
    return templates, problems


def check_template_files(paths: list[Path] | None) -> tuple[list[str], int]:
    """Problems ("file: at $.json.path: what is wrong") and the number of templates checked.

    `None` checks the bundled templates and the folders in QUIZGEN_TEMPLATES_DIR.
    """
    chosen = [bundled_dir(), *env_dirs()] if paths is None else list(paths)
    templates, problems = _collect(chosen)
    return [f"{file}: {problem}" for file, problem in problems], len(templates)


def load_templates(extra_dirs: Iterable[Path] = ()) -> list[Template]:
    """Bundled templates, then QUIZGEN_TEMPLATES_DIR folders, then `extra_dirs`.

    Raises TemplateError (file, JSON path, message) on the first malformed template.
    """
    files = _template_files([bundled_dir(), *env_dirs(), *extra_dirs])
    stamp = tuple((str(f), f.stat().st_mtime_ns if f.exists() else 0) for f in files)
    if stamp in _LOADED:
        return list(_LOADED[stamp])
    templates, problems = _collect(files)
    if problems:
        file, problem = problems[0]
        path, _, message = problem.partition(": ")
        raise TemplateError(file, path.removeprefix("at "), message)
    _LOADED.clear()  # keep only the latest set: a changed file is re-read next time
    _LOADED[stamp] = tuple(templates)
    return templates
