"""Worst inputs allowed: time and peak memory of analysis and generation, one case per process.

Each case is a set of pasted articles at today's limits (quizgen/settings.py): long runs
of whitespace, text with no full stop, 100k quote marks, a long run of capitalised words,
deeply nested and many-attribute HTML, 400-digit numbers, and the largest sets allowed
(the largest articles, and the most articles, within MAX_SET_CHARS). Every case runs in its own child process, pinned to one core, under a
wall-clock timeout (a stall is reported as TIMEOUT, the benchmark never hangs) and an
address-space cap (a blow-up is reported as MemoryError instead of swapping the machine).

    analyse  = ingest + analyze + compare of the whole set (`from_text`, `labelled_report`:
               what the web app does when a teacher saves a set and opens its analysis;
               a set refused by a limit, with InputError, counts as handled)
    generate = `generate_quiz` of MAX_QUESTION_COUNT questions on that report

Times are CPU seconds of the child (time.process_time: other programs sharing the core do
not count); memory is the child's peak resident size (ru_maxrss) at the end of the stage,
i.e. what a server worker would hold, interpreter and lexicons included. Target (issue 10):
every stage <= 5 s and <= 300 MB. Prints a table (or JSON with --json); exit status 1 when
a case misses the target, so it can gate a release by hand. Not part of the test suite.

    python benchmarks/bench_pathological.py [--timeout 30] [--cases a,b] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "quizgen" / "data" / "samples"
TARGET_SECONDS = 5.0
TARGET_MB = 300
MEMORY_CAP_MB = 2_000  # a runaway case fails with MemoryError instead of swapping the shared machine
STAGES = ("analyse", "generate")


def _limits() -> tuple[int, int, int, int]:
    from quizgen.settings import MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS, MAX_ARTICLES, MAX_SET_CHARS

    return MAX_ARTICLE_CHARS, MAX_ARTICLE_BYTES, MAX_ARTICLES, MAX_SET_CHARS


def _news_sentences() -> list[str]:
    """Sentences of the bundled (invented) sample articles, page furniture removed."""
    from quizgen.ingest import read_path

    text = " ".join(read_path(p).body for p in sorted(SAMPLES.glob("*/*.txt")))
    return [s for s in re.split(r"(?<=[.!?\u201d])\s+", text) if len(s.split()) >= 6]


def _news_text(size: int, seed: int = 0) -> str:
    """`size` characters of news-like paragraphs: sample sentences three at a time, shuffled,
    so that no two paragraphs repeat (ingest drops repeated paragraphs as page furniture)."""
    sentences, pick = _news_sentences(), random.Random(seed)
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(pick.sample(sentences, 3))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _with_normal(pathological: str) -> list[str]:
    """The pathological article beside an ordinary one: a quiz compares at least two."""
    return [pathological, _news_text(3000, seed=99)]


def _whitespace(char: str) -> Callable[[], list[str]]:
    def case() -> list[str]:
        chars, *_ = _limits()
        return _with_normal("Officials said " + char * (chars - 40) + " the bridge is open.")
    return case


def no_full_stop() -> list[str]:
    chars, *_ = _limits()
    return _with_normal(_news_text(chars).replace(".", "").replace("\n\n", " "))


def quotes_100k() -> list[str]:
    return _with_normal('The mayor said ' + '"a"' * 50_000 + " and left.")  # 100k quote marks in 150k characters


def capitalised_run() -> list[str]:
    chars, *_ = _limits()
    unit = "Alder Birch Cedar Council Department Emergency Federal Harbor Island Jetty Kestrel River "
    return _with_normal(_fill(unit, chars))


def deep_nesting() -> list[str]:
    _, size, *_ = _limits()
    depth = (size - 200) // len("<div></div>")
    return _with_normal("<html><body>" + "<div>" * depth + "<p>The bridge reopened, officials said.</p>"
                        + "</div>" * depth + "</body></html>")


def many_attributes() -> list[str]:
    _, size, *_ = _limits()
    attributes, length, i = [], 0, 0
    while length < size - 200:
        attributes.append(f' a{i}="x"')
        length, i = length + len(attributes[-1]), i + 1
    attributes = "".join(attributes[:-1])
    return _with_normal(f"<html><body><p{attributes}>The bridge reopened, officials said.</p></body></html>")


def huge_numbers() -> list[str]:
    chars, _, _, set_chars = _limits()
    budget = min(chars, set_chars // 2 - 1000)
    sentence = f"The county counted {'9' * 400} homes without power, officials said. "
    other = f"The county counted {'8' * 400} homes without power, a spokesperson said. "
    return [_fill(sentence, budget), _fill(other, budget)]


def max_size_articles() -> list[str]:
    """As many articles of the largest size as a set may hold together (at least two)."""
    chars, _, count, set_chars = _limits()
    return [_news_text(chars, seed=i) for i in range(min(count, max(2, set_chars // chars)))]


def max_count_articles() -> list[str]:
    """The most articles, sharing the set's character budget."""
    chars, _, count, set_chars = _limits()
    return [_news_text(min(chars, set_chars // count), seed=i) for i in range(count)]


CASES: dict[str, Callable[[], list[str]]] = {
    "spaces": _whitespace(" "),
    "tabs": _whitespace("\t"),
    "nbsp": _whitespace("\u00a0"),
    "em-spaces": _whitespace("\u2003"),
    "no-full-stop": no_full_stop,
    "quotes-100k": quotes_100k,
    "capitalised-run": capitalised_run,
    "deep-nesting": deep_nesting,
    "many-attributes": many_attributes,
    "400-digit-numbers": huge_numbers,
    "max-size-articles": max_size_articles,
    "max-count-articles": max_count_articles,
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run_case(name: str) -> None:
    """Child process: one JSON line per finished stage on stdout."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    cap = MEMORY_CAP_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    from quizgen.generate import generate_quiz
    from quizgen.ingest import from_text
    from quizgen.settings import MAX_QUESTION_COUNT
    from quizgen.web.library import labelled_report

    texts = CASES[name]()
    chars = sum(len(t) for t in texts)
    start = time.process_time()
    try:
        articles = [from_text(t, article_id=f"article-{i + 1}") for i, t in enumerate(texts)]
        report = labelled_report(articles)
    except Exception as err:  # noqa: BLE001 - a refusal (InputError) is a result too
        _emit(name, "analyse", start, chars, error=f"{type(err).__name__}: {str(err)[:120]}")
        return
    _emit(name, "analyse", start, chars)
    start = time.process_time()
    try:
        quiz = generate_quiz(report, count=MAX_QUESTION_COUNT, seed=1)
    except Exception as err:  # noqa: BLE001
        _emit(name, "generate", start, chars, error=f"{type(err).__name__}: {str(err)[:120]}")
        return
    _emit(name, "generate", start, chars, questions=len(quiz.questions))


def _emit(name: str, stage: str, start: float, chars: int, **extra: object) -> None:
    row = {"case": name, "stage": stage, "chars": chars, "cpu_s": round(time.process_time() - start, 2),
           "peak_mb": round(_peak_mb()), **extra}
    print(json.dumps(row), flush=True)


def measure(name: str, timeout: float) -> list[dict]:
    """Run one case in a child; stages it did not finish in `timeout` wall seconds are TIMEOUT."""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, __file__, "--child", name], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        out, err = child.communicate(timeout=timeout)
        status = None if child.returncode == 0 else f"exit {child.returncode}: {err.strip().splitlines()[-1:]}"
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        status = f"TIMEOUT (> {timeout:g} s wall)"
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    done = {r["stage"] for r in rows}
    for stage in STAGES:
        if stage not in done and not any("error" in r for r in rows):
            rows.append({"case": name, "stage": stage, "error": status or "did not run"})
    for row in rows:
        row["wall_s"] = round(time.monotonic() - started, 1)
        row["ok"] = ("error" not in row or row["error"].startswith("InputError")) and \
            row.get("cpu_s", 0) <= TARGET_SECONDS and row.get("peak_mb", 0) <= TARGET_MB
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=30, help="wall seconds per case (default 30)")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated, of: " + ", ".join(CASES))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_case(args.child)
        return
    chosen = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in chosen if c not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}")
    chars, size, count, set_chars = _limits()
    rows = []
    if not args.json:
        print(f"limits: {count} articles x {chars:,} characters ({size:,} bytes of HTML), {set_chars:,} per set; "
              f"target <= {TARGET_SECONDS:g} s CPU and <= {TARGET_MB} MB peak per stage")
        print(f"{'case':20} {'stage':9} {'chars':>10} {'cpu_s':>7} {'peak_mb':>8}  result")
    for name in chosen:
        for row in measure(name, args.timeout):
            rows.append(row)
            if not args.json:
                verdict = "ok" if row["ok"] else "MISS"
                note = f"  {row['error']}" if "error" in row else ""
                print(f"{name:20} {row['stage']:9} {row.get('chars', ''):>10} {row.get('cpu_s', '-'):>7} "
                      f"{row.get('peak_mb', '-'):>8}  {verdict}{note}", flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    sys.exit(0 if all(r["ok"] for r in rows) else 1)


if __name__ == "__main__":
    main()
