"""Evaluation gate: the analysis of ../shared/corpus must not fall below recorded floors.

Floors live in tests/eval_floors.json ("corpus" section); how they are set is explained
in its "_comment". The corpus run is skipped, with the reason, when ../shared is absent.
"""

from __future__ import annotations

import pytest

from eval_scoring import (CEILINGS, CORPUS, cluster_dirs, load_floors, meets, metric_items, regressions,
                          require_shared, run_scorer)

SCORER_METRICS = {
    "body_kept", "boilerplate_removed", "outlet", "attribution_recall", "attribution_precision", "source_type",
    "flag_recall", "flag_precision", "flag_rate", "cited_outlets_recall", "cited_outlets_precision",
    "fact_alignment", "discrepancy_recall", "first_reported_by", "title", "fact_precision",
    "discrepancy_precision",
}
SECTIONS = ("corpus", "samples")


@pytest.mark.parametrize("section", SECTIONS)
def test_floors_name_scorer_metrics_with_ratios(section):
    floors = metric_items(load_floors()[section])
    assert set(floors) <= SCORER_METRICS, f"unknown metrics: {set(floors) - SCORER_METRICS}"
    assert all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in floors.values()), floors


def test_targets_cover_every_scorer_metric():
    assert set(metric_items(load_floors()["targets"])) == SCORER_METRICS


@pytest.mark.parametrize("section", SECTIONS)
def test_floors_keep_met_targets(section):
    """A metric that once met its issue target keeps a floor at least at that target."""
    data = load_floors()
    targets, floors = data["targets"], metric_items(data[section])
    for metric in data[f"{section}_targets_met"]:
        assert metric in floors, f"{metric} met its target but has no floor in {section!r}"
        kind = "ceiling" if metric in CEILINGS else "floor"
        assert meets(metric, floors[metric], targets[metric]), (
            f"{section}.{metric}: {kind} {floors[metric]} is looser than the target {targets[metric]} it met")


def test_regressions_reports_worse_and_missing_metrics():
    floors = {"attribution_recall": 0.8, "flag_rate": 0.4, "outlet": 0.9}
    measured = {"attribution_recall": 0.79, "flag_rate": 0.41, "outlet": None}
    problems = regressions(measured, floors)
    assert [p.split(":")[0] for p in problems] == ["attribution_recall", "flag_rate", "outlet"]
    assert regressions({"attribution_recall": 0.8, "flag_rate": 0.2, "outlet": 1.0}, floors) == []


@pytest.mark.corpus
def test_corpus_analysis_meets_floors():
    require_shared(CORPUS)
    floors = metric_items(load_floors()["corpus"])
    measured = run_scorer(cluster_dirs(CORPUS))
    problems = regressions(measured, floors)
    assert not problems, "analysis of ../shared/corpus fell below tests/eval_floors.json:\n" + "\n".join(problems)
