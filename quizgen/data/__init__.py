"""Bundled sample sets: invented events covered by invented outlets, with gold annotations.

Each set is a folder `samples/<event-slug>/` in the format of the shared evaluation corpus
(`<id>.txt` articles, `<id>.gold.json`, `cluster.gold.json`), so the same scorer runs on
it, plus `about.json`: a one-line description for students and, per skill the set
practises, what to look for in it. The web app offers these sets for practice; the
README's first command analyzes one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import InputError
from quizgen.models import SKILLS

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
CLUSTER_FILE = "cluster.gold.json"
ABOUT_FILE = "about.json"


@dataclass(frozen=True)
class SkillFocus:
    skill: str  # one of quizgen.models.SKILLS
    look_for: str  # what this set gives to practise the skill on, in a student's words


@dataclass(frozen=True)
class SampleSet:
    name: str  # the folder name, e.g. "harlow-dam-evacuation"
    title: str  # one line for people: the cluster's "event" description
    paths: tuple[Path, ...]  # article files, in the order the cluster file lists them
    description: str  # one line for students: what happened and what makes the coverage interesting
    skills: tuple[SkillFocus, ...]  # the skills it practises, the one it trains best first

    @property
    def directory(self) -> Path:
        return SAMPLES_DIR / self.name


def _about(directory: Path) -> tuple[str, tuple[SkillFocus, ...]]:
    about = json.loads((directory / ABOUT_FILE).read_text(encoding="utf-8"))
    skills = tuple(SkillFocus(skill, look_for) for skill, look_for in about["skills"].items())
    # A typo here would show students a skill no quiz asks about: refuse it when loading.
    unknown = [f.skill for f in skills if f.skill not in SKILLS]
    if unknown or not skills:
        raise ValueError(f"{directory / ABOUT_FILE}: skills must be some of {', '.join(SKILLS)}; got {unknown or 'none'}")
    if not about["description"].strip():
        raise ValueError(f"{directory / ABOUT_FILE}: the description for students is empty")
    return about["description"], skills


def _load(directory: Path) -> SampleSet:
    cluster = json.loads((directory / CLUSTER_FILE).read_text(encoding="utf-8"))
    paths = tuple(directory / f"{article_id}.txt" for article_id in cluster["articles"])
    description, skills = _about(directory)
    return SampleSet(name=directory.name, title=cluster["event"], paths=paths, description=description, skills=skills)


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
