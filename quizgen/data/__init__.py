"""Bundled sample sets: invented events covered by invented outlets, with gold annotations.

Each set is a folder `samples/<event-slug>/` in the format of the shared evaluation corpus
(`<id>.txt` articles, `<id>.gold.json`, `cluster.gold.json`), so the same scorer runs on
it. The web app offers these sets for practice; the README's first command analyzes one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import InputError

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
CLUSTER_FILE = "cluster.gold.json"


@dataclass(frozen=True)
class SampleSet:
    name: str  # the folder name, e.g. "harlow-dam-evacuation"
    title: str  # one line for people: the cluster's "event" description
    paths: tuple[Path, ...]  # article files, in the order the cluster file lists them

    @property
    def directory(self) -> Path:
        return SAMPLES_DIR / self.name


def _load(directory: Path) -> SampleSet:
    cluster = json.loads((directory / CLUSTER_FILE).read_text(encoding="utf-8"))
    paths = tuple(directory / f"{article_id}.txt" for article_id in cluster["articles"])
    return SampleSet(name=directory.name, title=cluster["event"], paths=paths)


def sample_sets() -> list[SampleSet]:
    """Every bundled sample set, sorted by name."""
    if not SAMPLES_DIR.is_dir():
        return []
    return [_load(d) for d in sorted(SAMPLES_DIR.iterdir()) if (d / CLUSTER_FILE).is_file()]


def sample_dir(name: str) -> Path:
    """The folder of the sample set `name`; InputError names the available sets otherwise."""
    directory = SAMPLES_DIR / name
    # Only plain folder names: a name from a URL must not walk out of the samples folder.
    if "/" in name or "\\" in name or name.startswith(".") or not (directory / CLUSTER_FILE).is_file():
        available = ", ".join(s.name for s in sample_sets()) or "none"
        raise InputError(f"there is no sample set called {name!r}; available: {available}.")
    return directory


def sample_set(name: str) -> SampleSet:
    """One bundled sample set by name (see `sample_dir` for the error)."""
    return _load(sample_dir(name))
