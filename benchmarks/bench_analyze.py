"""Analysis throughput: ingest + analyze + compare (`build_report`) in words per second.

Runs on one core over ../shared/corpus (the bundled samples when it is absent), at 1x,
4x and 16x the corpus size. Copies of an article get distinct ids; they are analyzed in
two layouts, both printed:

- clusters: k copies of every cluster, each copy analyzed as its own cluster of the
  corpus's size (the way the app sees input: one article set at a time);
- merged:   each cluster's k copies analyzed as one k-times-bigger cluster, which
  stresses the cross-article comparison (every copy agrees with every other one).

Times are CPU seconds of this process (time.process_time), so other programs competing
for the core do not count. Prints figures, asserts nothing. Targets (issue 2): >= 20,000 words/s, and time per
word at 16x no more than 1.3 times that at 1x.

    python benchmarks/bench_analyze.py [--repeat 3] [--min-seconds 1] [--scales 1,4,16] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quizgen.ingest import from_text
from quizgen.pipeline import build_report

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "quizgen" / "data" / "samples"
TARGET_WORDS_PER_SECOND = 20_000
TARGET_RATIO_16X = 1.3


@dataclass(frozen=True)
class RawArticle:
    article_id: str
    text: str


Cluster = list[RawArticle]


def load_clusters(root: Path) -> list[Cluster]:
    """Raw texts of every cluster folder under root (file reading is not timed)."""
    clusters = []
    for directory in sorted(p for p in root.iterdir() if p.is_dir()):
        files = sorted(directory.glob("*.txt"))
        if files:
            clusters.append([RawArticle(f.stem, f.read_text(encoding="utf-8")) for f in files])
    return clusters


def copies(cluster: Cluster, k: int) -> list[Cluster]:
    """k copies of a cluster whose articles get distinct ids ("nbc~3")."""
    return [[RawArticle(f"{a.article_id}~{n}", a.text) for a in cluster] for n in range(k)]


def layout(clusters: list[Cluster], k: int, mode: str) -> list[Cluster]:
    if mode == "clusters":
        return [copy for cluster in clusters for copy in copies(cluster, k)]
    return [[a for copy in copies(cluster, k) for a in copy] for cluster in clusters]


def run_once(clusters: list[Cluster]) -> None:
    for cluster in clusters:
        build_report([from_text(a.text, article_id=a.article_id) for a in cluster])


def calls_for(work: Callable[[], None], min_seconds: float) -> int:
    """How many calls of `work` last about `min_seconds`, so that the small 1x workload is
    timed as precisely as the big ones."""
    start = time.process_time()
    work()
    return max(1, math.ceil(min_seconds / max(time.process_time() - start, 1e-9)))


def seconds_per_call(work: Callable[[], None], calls: int) -> float:
    # CPU time of this process, not wall time: helpers and test runs share this machine's
    # cores, and waiting for the core is not analysis cost.
    start = time.process_time()
    for _ in range(calls):
        work()
    return (time.process_time() - start) / calls


def word_count(clusters: list[Cluster]) -> int:
    return sum(len(a.text.split()) for cluster in clusters for a in cluster)


def pin_to_one_core(cpu: int) -> str:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this platform)"


def measure(clusters: list[Cluster], scales: list[int], repeat: int, min_seconds: float) -> dict:
    """Seconds per run at every (layout, scale): the fastest of `repeat` rounds. Each round
    times every workload in turn, so a burst of load from other processes hits all scales
    alike instead of skewing the ratio between them."""
    workloads = {(mode, k): layout(clusters, k, mode) for mode in ("clusters", "merged") for k in scales}
    calls = {key: calls_for(lambda w=w: run_once(w), min_seconds) for key, w in workloads.items()}
    best = {key: math.inf for key in workloads}
    for _ in range(repeat):
        for key, w in workloads.items():
            best[key] = min(best[key], seconds_per_call(lambda: run_once(w), calls[key]))
    results: dict[str, dict[int, dict[str, float]]] = {"clusters": {}, "merged": {}}
    for (mode, k), w in workloads.items():
        words, seconds = word_count(w), best[(mode, k)]
        results[mode][k] = {"articles": sum(map(len, w)), "words": words, "seconds": seconds,
                            "words_per_second": words / seconds, "us_per_word": 1e6 * seconds / words}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the fastest counts")
    parser.add_argument("--min-seconds", type=float, default=1.0, help="shortest timed round (small scales loop)")
    parser.add_argument("--cpu", type=int, default=0, help="the core to pin the process to")
    parser.add_argument("--scales", default="1,4,16", help="corpus multiples, comma-separated")
    parser.add_argument("--corpus", type=Path, default=None, help="folder of cluster folders (default: ../shared/corpus)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()

    root = args.corpus or (CORPUS if CORPUS.is_dir() else SAMPLES)
    clusters = load_clusters(root)
    if not clusters:
        sys.exit(f"no cluster folders with .txt articles under {root}")
    scales = sorted({int(s) for s in args.scales.split(",")})
    pinning = pin_to_one_core(args.cpu)
    run_once(clusters)  # warm-up: imports, lexicons and taggers load on first use
    results = measure(clusters, scales, args.repeat, args.min_seconds)
    base, top = scales[0], scales[-1]
    ratios = {mode: r[top]["us_per_word"] / r[base]["us_per_word"] for mode, r in results.items()}

    if args.json:
        print(json.dumps({"corpus": str(root), "pinning": pinning, "results": results,
                          f"ratio_{top}x_to_{base}x": ratios}))
        return
    print(f"corpus: {root} ({sum(map(len, clusters))} articles, {word_count(clusters):,} words); {pinning}; "
          f"best of {args.repeat} rounds of >= {args.min_seconds:g} s")
    print(f"{'layout':9} {'scale':>5} {'articles':>8} {'words':>9} {'seconds':>8} {'words/s':>9} {'us/word':>8}")
    for mode, by_scale in results.items():
        for k, r in by_scale.items():
            print(f"{mode:9} {k:>4}x {r['articles']:>8} {r['words']:>9,} {r['seconds']:>8.3f} "
                  f"{r['words_per_second']:>9,.0f} {r['us_per_word']:>8.1f}")
    for mode, ratio in ratios.items():
        print(f"{mode}: time per word at {top}x / {base}x = {ratio:.2f} (target <= {TARGET_RATIO_16X})")
    print(f"throughput at {base}x (clusters): {results['clusters'][base]['words_per_second']:,.0f} words/s "
          f"(target >= {TARGET_WORDS_PER_SECOND:,})")


if __name__ == "__main__":
    main()
