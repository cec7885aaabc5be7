"""The reporting vocabulary (data/reporting_verbs.txt) with every inflected form.

Lemmas are data; their forms (said, says, saying, has said, will say) come from
lemminflect, so a verb added to the list works in every tense without listing forms.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lemminflect import getAllInflections, getAllInflectionsOOV

DATA = Path(__file__).with_name("data")


def read_sections(path: Path = DATA / "reporting_verbs.txt") -> dict[str, list[str]]:
    """{section: [lemma or phrase, ...]} in file order; '#' starts a comment."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif line:
            sections.setdefault(current, []).append(line)
    return sections


@lru_cache(maxsize=None)
def verb_forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """Penn tag -> forms of one verb: {"VBD": ("said",), "VBZ": ("says",), ...}."""
    forms = dict(getAllInflections(lemma, upos="VERB")) or dict(getAllInflectionsOOV(lemma, upos="VERB"))
    forms.setdefault("VB", (lemma,))
    forms.setdefault("VBN", forms.get("VBD", ()))
    # lemminflect gives "forecasted" only; the bare past "forecast" is as common
    if lemma.endswith(("cast", "set", "put", "bid")):
        forms["VBD"] = tuple(dict.fromkeys(forms.get("VBD", ()) + (lemma,)))
        forms["VBN"] = tuple(dict.fromkeys(forms.get("VBN", ()) + (lemma,)))
    return forms


def all_forms(lemmas: list[str]) -> frozenset[str]:
    return frozenset(f for lemma in lemmas for forms in verb_forms(lemma).values() for f in forms)


def phrase_table(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word's forms -> the rest of each phrase: "pointed" -> (("out",), ("to",))."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        head, *rest = phrase.split()
        for form in all_forms([head]):
            table.setdefault(form, []).append(tuple(rest))
    return {form: tuple(sorted(rests, key=len, reverse=True)) for form, rests in table.items()}


SECTIONS = read_sections()
