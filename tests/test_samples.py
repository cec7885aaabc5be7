"""The bundled sample sets: loadable, gold consistent with the articles, scored above floors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eval_scoring import (CORPUS, SAMPLES, VALIDATOR, cluster_dirs, load_floors, metric_items, regressions,
                          require_shared, run_scorer)
from quizgen.data import ABOUT_FILE, CLUSTER_FILE, sample_dir, sample_set, sample_sets
from quizgen.data import _load as load_folder  # sample_sets() reads only the bundled folder
from quizgen.errors import InputError
from quizgen.models import SKILLS

MIN_SETS = 6  # issue 9: at least six practice sets, each a different kind of event


def test_every_sample_folder_is_a_listed_set_with_three_outlets():
    sets = sample_sets()
    assert [s.name for s in sets] == [d.name for d in cluster_dirs(SAMPLES)]
    assert sets, "no bundled sample set"
    for s in sets:
        assert s.title.strip()
        assert len(s.paths) >= 3 and all(p.is_file() for p in s.paths), s
        assert sample_dir(s.name) == s.directory
        assert sample_set(s.name) == s


def test_there_are_enough_sets_each_with_a_description_and_skills_for_students():
    sets = sample_sets()
    assert len(sets) >= MIN_SETS, [s.name for s in sets]
    descriptions = [s.description for s in sets]
    assert len(set(descriptions)) == len(descriptions), "two sets share a description"
    for s in sets:
        assert s.description.strip() and "\n" not in s.description, s.name
        assert s.skills and {f.skill for f in s.skills} <= set(SKILLS), s.name
        assert len({f.skill for f in s.skills}) == len(s.skills), f"{s.name}: a skill listed twice"
        assert all(f.look_for.strip() for f in s.skills), s.name


def test_the_samples_command_lists_each_set_with_its_description():
    from click.testing import CliRunner

    from quizgen.cli import main

    result = CliRunner().invoke(main, ["samples"])
    assert result.exit_code == 0, result.output
    for s in sample_sets():
        assert f"{s.name}: {s.title}" in result.output and s.description in result.output


@pytest.mark.parametrize("about", [
    {"description": "An invented event.", "skills": {"find_sources": "a typo of find_source"}},
    {"description": "An invented event.", "skills": {}},
    {"description": " ", "skills": {"find_source": "a named official"}},
])
def test_an_about_file_with_a_blank_description_or_unknown_skill_is_refused(tmp_path, about):
    folder = tmp_path / "some-event"
    folder.mkdir()
    (folder / CLUSTER_FILE).write_text(json.dumps({"event": "Some event", "articles": ["a", "b"]}), encoding="utf-8")
    (folder / ABOUT_FILE).write_text(json.dumps(about), encoding="utf-8")
    with pytest.raises(ValueError, match=ABOUT_FILE):
        load_folder(folder)


@pytest.mark.parametrize("name", ["no-such-event", "../corpus", ".", ""])
def test_unknown_sample_names_are_refused_with_the_available_ones(name):
    with pytest.raises(InputError, match="available: .*" + re.escape(sample_sets()[0].name)):
        sample_dir(name)


def _gold(directory: Path) -> tuple[dict, dict[str, dict], dict[str, str]]:
    cluster = json.loads((directory / "cluster.gold.json").read_text(encoding="utf-8"))
    golds = {a: json.loads((directory / f"{a}.gold.json").read_text(encoding="utf-8")) for a in cluster["articles"]}
    texts = {a: (directory / f"{a}.txt").read_text(encoding="utf-8") for a in cluster["articles"]}
    return cluster, golds, texts


@pytest.mark.parametrize("directory", cluster_dirs(SAMPLES), ids=lambda d: d.name)
def test_sample_gold_quotes_are_exact_substrings(directory):
    """The core of validate.py, so that something checks the gold even without ../shared."""
    cluster, golds, texts = _gold(directory)
    for aid, gold in golds.items():
        text = texts[aid]
        quotes = [gold["body_first"], gold["body_last"], *gold["boilerplate"]]
        quotes += [a["quote"] for a in gold["attributions"]] + [u["quote"] for u in gold["unverified"]]
        missing = [q for q in quotes if q not in text]
        assert not missing, f"{aid}: not in the article: {missing}"
    for item in cluster["facts"] + cluster["discrepancies"]:
        for aid, quote in (item.get("in") or item.get("versions")).items():
            assert quote in texts[aid], f"{aid}: {quote!r}"


@pytest.mark.parametrize("directory", cluster_dirs(SAMPLES), ids=lambda d: d.name)
def test_sample_boilerplate_never_occurs_in_the_body(directory):
    """score.py counts a boilerplate string as leaked when the body contains it anywhere
    (case-insensitive): a string that also occurs in the real text ("Email") could never pass."""
    _, golds, texts = _gold(directory)
    for aid, gold in golds.items():
        body = _article_body(texts[aid], gold).lower()
        inside = [b for b in gold["boilerplate"] if b.lower() in body]
        assert not inside, f"{aid}: boilerplate that also occurs in the body: {inside}"


@pytest.mark.parametrize("directory", cluster_dirs(SAMPLES), ids=lambda d: d.name)
def test_sample_sets_exercise_every_skill(directory):
    """What the quiz needs: numbers that differ, one outlet crediting another's scoop,
    a fact only one outlet has, anonymous and hedged claims, and cited outlets."""
    cluster, golds, _ = _gold(directory)
    assert cluster["first_reported_by"]
    assert any(len(f["in"]) == 1 for f in cluster["facts"])
    assert any(re.search(r"\d", " ".join(d["versions"].values())) for d in cluster["discrepancies"])
    types = {a["type"] for g in golds.values() for a in g["attributions"]}
    assert {"named_person", "anonymous", "document", "media_outlet", "unspecified"} <= types
    reasons = {r for g in golds.values() for u in g["unverified"] for r in u["reasons"]}
    assert {"anonymous_source", "hedged", "prediction", "unattributed"} <= reasons
    assert any(g["cited_outlets"] for g in golds.values())


def test_sample_gold_passes_the_shared_validator():
    validator = require_shared(VALIDATOR)
    proc = subprocess.run([sys.executable, str(validator), str(SAMPLES)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "0 errors" in proc.stdout, proc.stdout[-3000:]


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def _article_body(text: str, gold: dict) -> str:
    """The article body by its gold: stock web junk ("Leave a Reply"...) is everywhere."""
    body = text[text.find(gold["body_first"]):text.rfind(gold["body_last"]) + len(gold["body_last"])]
    for junk in gold["boilerplate"]:
        body = body.replace(junk, " ")
    return body


@pytest.mark.parametrize("directory", cluster_dirs(SAMPLES), ids=lambda d: d.name)
def test_samples_share_no_text_with_the_evaluation_corpus(directory):
    """The samples are invented: no run of 8 words of a body may come from a ../shared/corpus article."""
    corpus = require_shared(CORPUS)
    corpus_shingles = set().union(*(_shingles(p.read_text(encoding="utf-8")) for p in corpus.glob("*/*.txt")))
    _, golds, texts = _gold(directory)
    for aid, gold in golds.items():
        shared = _shingles(_article_body(texts[aid], gold)) & corpus_shingles
        assert not shared, f"{aid} repeats corpus text: {' '.join(next(iter(shared)))}"


# Per set, so that one weak set cannot hide behind the others in the pooled floors below.
# Recall and precision of sources and flags, and who broke the story, are what a practice
# quiz asks most; the comparison metrics have small counts per set, hence lower floors.
PER_SET_FLOORS = {"attribution_recall": 0.9, "attribution_precision": 0.9, "source_type": 0.9, "flag_recall": 0.8,
                  "flag_precision": 0.75, "cited_outlets_recall": 1.0, "first_reported_by": 1.0, "title": 1.0,
                  "outlet": 1.0, "fact_alignment": 0.5, "discrepancy_recall": 0.3, "fact_precision": 0.75}


@pytest.mark.corpus
@pytest.mark.parametrize("directory", cluster_dirs(SAMPLES), ids=lambda d: d.name)
def test_each_sample_set_is_analysed_above_its_own_floor(directory):
    problems = regressions(run_scorer([directory]), PER_SET_FLOORS)
    assert not problems, f"{directory.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", [s.name for s in sample_sets()])
def test_each_sample_set_gives_a_full_quiz_on_every_skill(name):
    from quizgen.generate import generate_quiz
    from quizgen.pipeline import analyze_paths
    from quizgen.settings import DEFAULT_QUESTION_COUNT

    quiz = generate_quiz(analyze_paths(sample_set(name).paths), seed=0)
    assert len(quiz.questions) == DEFAULT_QUESTION_COUNT, quiz.notes
    assert {q.skill for q in quiz.questions} == set(SKILLS)
    assert not quiz.notes, quiz.notes


@pytest.mark.corpus
def test_sample_analysis_meets_floors():
    floors = metric_items(load_floors()["samples"])
    measured = run_scorer(cluster_dirs(SAMPLES))
    problems = regressions(measured, floors)
    assert not problems, "analysis of the bundled samples fell below tests/eval_floors.json:\n" + "\n".join(problems)
