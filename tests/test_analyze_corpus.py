"""Attributions, source types and cited outlets measured alone on gold-annotated articles.

The end-to-end gate (tests/test_eval_gate.py) runs the CLI; this test calls the library
(ingest + analyze) and scores with the shared scorer's own matching rules, so a drop
points at the analysis. Real articles live in ../shared/corpus (skipped when absent);
the bundled samples are scored with the same scorer.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from eval_scoring import load_floors
from quizgen.analyze import analyze_article
from quizgen.ingest import read_path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "quizgen" / "data" / "samples"
# Floors per set from tests/eval_floors.json (one file for every corpus floor).
METRICS = ("attribution_recall", "attribution_precision", "source_type", "cited_outlets_recall",
           "cited_outlets_precision")


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"{path} is absent: the shared scorer ships beside the repo, not in it")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _measure(cluster_dirs: list[Path]) -> dict[str, float]:
    score = _scorer()
    tally = score.Tally()
    for cdir in cluster_dirs:
        cluster = json.loads((cdir / "cluster.gold.json").read_text(encoding="utf-8"))
        for aid in cluster["articles"]:
            gold = json.loads((cdir / f"{aid}.gold.json").read_text(encoding="utf-8"))
            analysis = analyze_article(read_path(cdir / f"{aid}.txt"))
            score.score_article(gold, analysis.to_dict(), tally)
    return {metric: tally.ratio(metric) for metric in METRICS}


def _clusters(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "cluster.gold.json").is_file()) if root.is_dir() else []


@pytest.mark.parametrize("name, root", [("corpus", SHARED / "corpus"), ("samples", SAMPLES)])
def test_analysis_meets_targets(name, root):
    clusters = _clusters(root)
    if not clusters:
        pytest.skip(f"no gold-annotated clusters under {root}")
    floors = {m: load_floors()[name][m] for m in METRICS}
    measured = _measure(clusters)
    low = {m: v for m, v in measured.items() if v is None or v < floors[m]}
    assert not low, f"{name}: below the floor: {low} (floors {floors})"
