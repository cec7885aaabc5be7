"""Question templates are data: the bundled ones cover the three skills and the seven
question types, and a malformed file is reported with its file, JSON path and problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import TemplateError
from quizgen.generate.catalog import GENERATORS
from quizgen.generate.templates import ENV_DIRS, bundled_dir, check_template_files, load_templates
from quizgen.models import QUESTION_TYPES, SKILLS

GOOD = {"id": "my-template", "skill": "find_source", "type": "multiple_choice", "difficulty": 1,
        "generator": "attribution", "prompt": "In {outlet}'s article, who says \u201c{claim}\u201d?",
        "explanation": "The cue \u201c{cue}\u201d names {source}."}


def _write(folder: Path, name: str, content) -> Path:
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def _problems_for(tmp_path: Path, **changes) -> list[str]:
    template = {k: v for k, v in {**GOOD, **changes}.items() if v is not None}
    path = _write(tmp_path, "t.json", {"templates": [template]})
    return check_template_files([path])[0]


def test_bundled_templates_are_valid_and_cover_skills_and_types():
    problems, count = check_template_files([bundled_dir()])
    assert problems == [] and count >= 15
    templates = load_templates()
    assert {t.skill for t in templates} == set(SKILLS)
    # (ordering questions are read, played and exported, not generated: see test_generate)
    assert {t.type for t in templates} == set(QUESTION_TYPES) - {"ordering"}
    assert {t.generator for t in templates} == set(GENERATORS)  # every documented generator is used
    assert len({t.id for t in templates}) == len(templates)


def test_issue_questions_are_all_asked():
    """Issue 3 lists the questions templates must be able to ask; each maps to a generator."""
    by_generator = {(t.generator, t.type) for t in load_templates()}
    wanted = [("attribution", "multiple_choice"), ("source_kind", "multiple_choice"),
              ("first_reported_by", "multiple_choice"), ("article_sources", "multiple_select"),
              ("claim_source_pairs", "matching"), ("hedge_cue", "multiple_choice"),
              ("verify_set", "multiple_select"), ("source_named", "true_false"),
              ("fact_across_outlets", "multiple_select"),
              # "what only one outlet has" asks which sources only one outlet names (issue 8: certain)
              ("lone_source", "multiple_choice"),
              ("discrepancy", "multiple_choice"), ("discrepancy_pairs", "matching"),
              ("discrepancy", "open_response"), ("first_reported_by", "short_answer")]
    assert [w for w in wanted if w not in by_generator] == []
    reasons = {t.params.get("reason") for t in load_templates() if t.generator == "flagged_sentence"}
    assert {"anonymous_source", "unattributed"} <= reasons


@pytest.mark.parametrize(("changes", "where", "what"), [
    ({"skill": None}, "$.templates[0]", "'skill' is a required property"),
    ({"difficulty": 5}, "$.templates[0].difficulty", "5 is greater than the maximum of 3"),
    ({"type": "essay"}, "$.templates[0].type", "'essay' is not one of"),
    ({"generator": "guess"}, "$.templates[0].generator", "'guess' is not one of"),
    ({"id": "Bad Id"}, "$.templates[0].id", "does not match"),
    ({"prompt": "Who is {nobody} in {outlet}?"}, "$.templates[0].prompt", "unknown slot(s) {nobody}"),
    ({"explanation": "A lone { brace here"}, "$.templates[0].explanation", "literal braces"),
    ({"type": "ordering"}, "$.templates[0].type", "cannot make 'ordering' questions"),
    ({"params": {"reason": "hedged"}}, "$.templates[0].params.reason", "takes no such parameter"),
])
def test_malformed_template_names_file_path_and_problem(tmp_path, changes, where, what):
    problems = _problems_for(tmp_path, **changes)
    assert problems, "the malformed template was accepted"
    assert problems[0].startswith(f"{tmp_path / 't.json'}: at {where}:") and what in problems[0]


def test_flagged_sentence_needs_a_valid_reason(tmp_path):
    base = {"generator": "flagged_sentence", "skill": "spot_unverified", "prompt": "Which sentence of {outlet}?",
            "explanation": "It uses {cue}."}
    assert "missing 'reason'" in _problems_for(tmp_path, **base)[0]
    assert "'maybe' is not one of" in _problems_for(tmp_path, **base, params={"reason": "maybe"})[0]
    assert _problems_for(tmp_path, **base, params={"reason": "hedged"}) == []


def test_broken_json_and_duplicate_ids_are_reported(tmp_path):
    broken = _write(tmp_path, "broken.json", '{"templates": [')
    problems, count = check_template_files([broken])
    assert count == 0 and problems[0].startswith(f"{broken}: at $: not valid JSON (line 1")
    _write(tmp_path, "a.json", {"templates": [GOOD]})
    _write(tmp_path, "b.json", {"templates": [GOOD]})
    problems, count = check_template_files([tmp_path / "a.json", tmp_path / "b.json"])
    assert count == 1 and "id 'my-template' is already used in" in problems[0]


def test_teacher_folder_adds_templates_through_the_environment(tmp_path, monkeypatch):
    _write(tmp_path, "extra.json", {"templates": [GOOD]})
    monkeypatch.setenv(ENV_DIRS, str(tmp_path))
    ids = [t.id for t in load_templates()]
    assert "my-template" in ids and "source-of-claim" in ids
    assert check_template_files(None) == ([], len(ids))


def test_a_malformed_extra_template_raises_template_error(tmp_path, monkeypatch):
    bad = _write(tmp_path, "bad.json", {"templates": [{**GOOD, "difficulty": 0}]})
    monkeypatch.setenv(ENV_DIRS, str(tmp_path))
    with pytest.raises(TemplateError) as caught:
        load_templates()
    assert (caught.value.file, caught.value.path) == (str(bad), "$.templates[0].difficulty")
    assert "0 is less than the minimum of 1" in str(caught.value)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                        max_size=4), max_leaves=20)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(JSON_VALUES, st.fixed_dictionaries({"templates": st.lists(
    st.fixed_dictionaries({}, optional={k: st.one_of(st.just(v), JSON_VALUES) for k, v in GOOD.items()}),
    max_size=3)})))
def test_any_json_is_checked_without_crashing(tmp_path, data):
    path = _write(tmp_path, "fuzz.json", data)
    problems, count = check_template_files([path])
    assert all(p.startswith(f"{path}: at $") for p in problems)
    if not problems:  # accepted: then every template in the file was counted
        assert count == len(data["templates"]) > 0
