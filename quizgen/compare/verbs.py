"""Stronger and weaker verbs for the same act: "struck down" vs "restricted".

Two outlets reporting one claim with verbs of one family but different force ("the
court struck down affirmative action" / "the court restricted how colleges use race")
put it more or less strongly: a wording discrepancy. The families are data; each holds
generic news verbs only.
"""

from __future__ import annotations

import re
from itertools import combinations

# family: (strong forms, weak forms)
VERB_FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "restrict": (("struck down", "strike down", "strikes down", "striking down", "banned", "bans", "banning",
                  "abolished", "abolishes", "abolishing", "outlawed", "outlaws", "prohibited", "prohibits",
                  "prohibiting", "overturned", "overturns", "scrapped", "scraps", "gutted", "eliminated"),
                 ("restricted", "restricts", "restricting", "limited", "limits", "limiting", "curbed", "curbs",
                  "narrowed", "narrows", "trimmed", "tightened", "scaled back")),
    "fall": (("plunged", "plummeted", "collapsed", "crashed", "tumbled", "slumped", "nosedived"),
             ("dipped", "slipped", "eased", "edged down", "edged lower", "inched down")),
    "rise": (("soared", "surged", "skyrocketed", "rocketed", "spiked", "jumped"),
             ("edged up", "edged higher", "inched up", "ticked up", "crept up")),
    "damage": (("destroyed", "wiped out", "flattened", "levelled", "leveled", "razed", "devastated"),
               ("damaged",)),
    "criticize": (("slammed", "blasted", "condemned", "denounced", "lambasted", "excoriated"),
                  ("criticized", "criticised", "questioned", "raised concerns about")),
}


def _pattern(forms: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


_FORCES = {family: (_pattern(strong), _pattern(weak)) for family, (strong, weak) in VERB_FAMILIES.items()}


def verb_forces(text: str) -> dict[str, tuple[str, str]]:
    """family -> ("strong" | "weak", the verb as written) for each family the text uses
    with one force only."""
    out = {}
    for family, (strong, weak) in _FORCES.items():
        s, w = strong.search(text), weak.search(text)
        if bool(s) != bool(w):
            out[family] = ("strong", s.group()) if s else ("weak", w.group())
    return out


def force_differences(clauses: list[str], close: set[tuple[int, int]]) -> dict[int, str]:
    """Clause index -> its verb, for the pairs of close clauses (index pairs in `close`)
    that use one verb family with different force."""
    forces = [verb_forces(text) for text in clauses]
    found: dict[int, str] = {}
    for i, j in combinations(range(len(clauses)), 2):
        if (i, j) not in close:
            continue
        for family in forces[i].keys() & forces[j].keys():
            if forces[i][family][0] != forces[j][family][0]:
                found.setdefault(i, forces[i][family][1])
                found.setdefault(j, forces[j][family][1])
    return found
