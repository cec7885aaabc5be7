"""Quiz generation speed: a 15-question quiz from N articles, analysis included.

For N = 2, 3, 4 and 8 articles (taken in order from the bundled sample sets, or from
../shared/corpus with --corpus), prints the CPU milliseconds of the analysis alone
(`build_report`: analyze + compare), of generation alone (`generate_quiz`), their sum,
the sum as a ratio to the analysis alone, and ms per article, so that growth with N can
be read off (it should be no faster than linear). Runs on one core when the OS allows
pinning; times are CPU time of this process (time.process_time), the median of
--repeat runs after one warm-up, with the generator's text caches cleared before each
run. Prints figures, asserts nothing.
Target (issues 3 and 8): under 150 ms for 3 articles.

    python benchmarks/bench_generate.py [--repeat 5] [--sizes 2,3,4,8] [--corpus] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from quizgen.generate import generate_quiz
from quizgen.generate.text import clear_caches
from quizgen.ingest import from_text
from quizgen.models import Article
from quizgen.pipeline import build_report

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "quizgen" / "data" / "samples"
CORPUS = REPO.parent / "shared" / "corpus"
TARGET_MS_3_ARTICLES = 150


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity here)"


def article_texts(root: Path) -> list[tuple[str, str]]:
    """(id, raw text) of every article under root's cluster folders, in a stable order."""
    out = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.txt")):
            out.append((f"{folder.name[:12]}-{path.stem}", path.read_text(encoding="utf-8")))
    return out


def fresh_articles(texts: list[tuple[str, str]]) -> list[Article]:
    return [from_text(text, article_id=article_id) for article_id, text in texts]


def measure(texts: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    analysis, generation = [], []
    for run in range(repeat + 1):
        articles = fresh_articles(texts)  # ingest is not timed
        clear_caches()  # a new article set shares no text with the last one
        start = time.process_time()
        report = build_report(articles)
        middle = time.process_time()
        quiz = generate_quiz(report, count=15, seed=run)
        end = time.process_time()
        if run:  # the first run warms caches and lazy imports
            analysis.append((middle - start) * 1000)
            generation.append((end - middle) * 1000)
    a, g = statistics.median(analysis), statistics.median(generation)
    return {"articles": len(texts), "questions": len(quiz.questions), "analysis_ms": a, "generate_ms": g,
            "total_ms": a + g, "ratio_to_analysis": (a + g) / a if a else float("nan"),
            "ms_per_article": (a + g) / len(texts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="2,3,4,8")
    parser.add_argument("--corpus", action="store_true", help="use ../shared/corpus instead of the bundled samples")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pinned = pin_to_one_core()
    root = CORPUS if args.corpus else SAMPLES
    texts = article_texts(root)
    rows = [measure(texts[:n], args.repeat) for n in map(int, args.sizes.split(",")) if n <= len(texts)]
    if args.json:
        print(json.dumps({"source": str(root), "rows": rows}))
        return
    print(f"# quiz generation, {pinned}, articles from {root}, median of {args.repeat} runs (CPU ms)")
    header = ("articles", "questions", "analysis", "generate", "total", "ratio", "ms/article")
    print(" ".join(f"{h:>{w}}" for h, w in zip(header, (8, 9, 9, 9, 8, 6, 10))))
    for r in rows:
        print(f"{r['articles']:>8} {r['questions']:>9} {r['analysis_ms']:>9.1f} {r['generate_ms']:>9.1f} "
              f"{r['total_ms']:>8.1f} {r['ratio_to_analysis']:>6.2f} {r['ms_per_article']:>10.1f}")
    three = next((r for r in rows if r["articles"] == 3), None)
    if three:
        verdict = "meets" if three["total_ms"] < TARGET_MS_3_ARTICLES else "misses"
        print(f"# 3 articles: {three['total_ms']:.0f} ms, {verdict} the {TARGET_MS_3_ARTICLES} ms target")


if __name__ == "__main__":
    main()
