"""Flag rules measured alone: real and bundled articles, with the gold attributions as input.

The end-to-end gate (tests/test_eval_gate.py) measures flags on top of the detected
attributions; here the gold attributions stand in for them, so a drop points at the
flag rules themselves. Scoring follows ../shared/eval/score.py: a flag is right when
its sentence contains a gold `unverified` quote.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quizgen.analyze.flags import detect_flags
from quizgen.analyze.sentences import split_sentences
from quizgen.ingest import read_path
from quizgen.models import Attribution, Sentence

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "quizgen" / "data" / "samples"
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def _contains(sentence: str, quote: str) -> bool:
    return _norm(quote) in _norm(sentence)


def _gold_attributions(gold: dict, sentences: list[Sentence]) -> list[Attribution]:
    out = []
    for item in gold["attributions"]:
        sentence = next((s for s in sentences if _contains(s.text, item["quote"])), None)
        if sentence is not None:
            out.append(Attribution(item["source"], item["type"], item["cue"], sentence.id, sentence.text))
    return out


def measure(root: Path) -> dict[str, float]:
    """Flag recall, precision and rate over every gold-annotated article under root."""
    found = expected = correct = flagged = total = 0
    for gold_file in sorted(root.glob("*/*.gold.json")):
        if gold_file.name == "cluster.gold.json":
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = read_path(gold_file.with_name(f"{gold['id']}.txt"))
        sentences = split_sentences(article.id, article.body)
        flags = detect_flags(sentences, _gold_attributions(gold, sentences))
        quotes = [u["quote"] for u in gold["unverified"]]
        expected += len(quotes)
        found += sum(any(_contains(f.text, q) for f in flags) for q in quotes)
        flagged += len(flags)
        correct += sum(any(_contains(f.text, q) for q in quotes) for f in flags)
        total += len(sentences)
    assert expected and total, f"no gold articles under {root}"
    return {"recall": found / expected, "precision": correct / max(1, flagged), "rate": flagged / total}


def test_flag_rules_reach_the_targets_on_the_real_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the real corpus ships beside the repository (../shared), not in it")
    scores = measure(CORPUS)
    # Measured after the issue 7 flag work (0.880 / 0.888 / 0.239, minus 0.02); from here they
    # only go up. Issue 7's targets: recall >= 0.88, precision >= 0.75.
    assert scores["recall"] >= 0.86, scores
    assert scores["precision"] >= 0.86, scores
    assert scores["rate"] <= 0.40, scores


def test_flag_rules_reach_the_targets_on_the_bundled_samples() -> None:
    scores = measure(SAMPLES)
    assert scores["recall"] >= 0.85, scores
    assert scores["precision"] >= 0.60, scores
    # the samples are written to exercise every skill, so they are denser in flags
    # than real articles: their gold alone flags over a third of the sentences
    assert scores["rate"] <= 0.45, scores
