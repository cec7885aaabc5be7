"""Helpers for the evaluation-gate tests: run the shared scorer, compare with floors.

The scorer (`../shared/eval/score.py`) runs `quizgen analyze --format json` per cluster
through this interpreter, so the tests measure the code in this checkout.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
VALIDATOR = SHARED / "eval" / "validate.py"
CORPUS = SHARED / "corpus"
SAMPLES = REPO / "quizgen" / "data" / "samples"
FLOORS_FILE = Path(__file__).resolve().parent / "eval_floors.json"

# Metrics where lower is better: their recorded value is a ceiling, not a floor.
CEILINGS = {"flag_rate"}
ANALYZE_CMD = f"{shlex.quote(sys.executable)} -m quizgen.cli analyze --format json"


def require_shared(path: Path) -> Path:
    """Skip the calling test, with the reason, when part of ../shared is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the evaluation kit ships beside the repository (../shared), not in it")
    return path


def cluster_dirs(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "cluster.gold.json").is_file())


def run_scorer(clusters: list[Path]) -> dict[str, float | None]:
    """Metrics of `score.py --json` over `clusters` (None: the metric had nothing to count)."""
    scorer = require_shared(SCORER)
    proc = subprocess.run(
        [sys.executable, str(scorer), *map(str, clusters), "--json", "--cmd", ANALYZE_CMD],
        capture_output=True, text=True, timeout=900, cwd=REPO,
    )
    assert proc.returncode == 0, f"score.py failed: {proc.stderr[-2000:]}"
    # score.py reports a failing `quizgen analyze` on stderr and scores it as empty:
    # that is a crash of the analysis, not a low score, so say so.
    assert "command failed" not in proc.stderr, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def load_floors() -> dict:
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


def metric_items(section: dict) -> dict[str, float]:
    """The metric entries of a floors section (keys starting with '_' are comments)."""
    return {k: v for k, v in section.items() if not k.startswith("_")}


def meets(metric: str, value: float, bound: float) -> bool:
    """True when `value` is as good as `bound` (a ceiling for CEILINGS, a floor otherwise)."""
    return value <= bound if metric in CEILINGS else value >= bound


def regressions(measured: dict[str, float | None], floors: dict[str, float]) -> list[str]:
    """One line per metric that is missing or worse than its recorded floor or ceiling."""
    problems = []
    for metric, bound in sorted(floors.items()):
        value = measured.get(metric)
        kind = "ceiling" if metric in CEILINGS else "floor"
        if value is None:
            problems.append(f"{metric}: not measured (nothing to count), {kind} is {bound}")
        elif not meets(metric, value, bound):
            problems.append(f"{metric}: {value:.3f} is worse than the {kind} {bound}")
    return problems


MARGIN = 0.02  # room for harmless churn (one gold item more or less) below the measured value


def propose_floors(measured: dict[str, float | None], targets: dict[str, float],
                   margin: float = MARGIN) -> tuple[dict, list[str]]:
    """Floors from measured values: minus `margin` (ceilings plus), never past the measurement;
    a metric that meets its target keeps at least the target. Returns (floors, targets met)."""
    floors, met = {}, []
    for metric, value in measured.items():
        if value is None:
            continue
        target = targets.get(metric)
        if metric in CEILINGS:
            bound = round(value + margin, 2)
            if target is not None and value <= target:
                met.append(metric)
                bound = min(bound, target)
            floors[metric] = max(bound, round(value, 3))
        else:
            bound = max(0.0, round(value - margin, 2))
            if target is not None and value >= target:
                met.append(metric)
                bound = max(bound, target)
            floors[metric] = min(bound, round(value, 3))
    return floors, met


if __name__ == "__main__":
    # Re-measure and print proposed sections for eval_floors.json (review before pasting).
    # Optional argument: the margin (default MARGIN).
    margin = float(sys.argv[1]) if len(sys.argv) > 1 else MARGIN
    targets = load_floors()["targets"]
    for section, root in (("corpus", CORPUS), ("samples", SAMPLES)):
        measured = run_scorer(cluster_dirs(root))
        # The issue's targets are for the corpus; the samples' small counts follow their measurement.
        floors, met = propose_floors(measured, metric_items(targets) if section == "corpus" else {}, margin)
        print(json.dumps({section: {"_measured": measured, **floors}, f"{section}_targets_met": met}, indent=1))
