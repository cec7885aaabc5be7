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
from quizgen.data import sample_dir, sample_set, sample_sets
from quizgen.errors import InputError


def test_every_sample_folder_is_a_listed_set_with_three_outlets():
    sets = sample_sets()
    assert [s.name for s in sets] == [d.name for d in cluster_dirs(SAMPLES)]
    assert sets, "no bundled sample set"
    for s in sets:
        assert s.title.strip()
        assert len(s.paths) >= 3 and all(p.is_file() for p in s.paths), s
        assert sample_dir(s.name) == s.directory
        assert sample_set(s.name) == s


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


@pytest.mark.corpus
def test_sample_analysis_meets_floors():
    floors = metric_items(load_floors()["samples"])
    measured = run_scorer(cluster_dirs(SAMPLES))
    problems = regressions(measured, floors)
    assert not problems, "analysis of the bundled samples fell below tests/eval_floors.json:\n" + "\n".join(problems)
