"""Student nicknames as the teacher reads them: one spelling per look.

NFKC folds compatibility forms (full-width letters, ligatures, superscripts) into the
ordinary ones; control characters and invisible format characters (zero-width spaces
and joiners, bidirectional overrides and isolates, soft hyphens) are removed, because
they make two nicknames look alike or reorder the results table; runs of white space
become one space. Two nicknames are the same when their case-folded forms are.
"""

from __future__ import annotations

import unicodedata

from quizgen.settings import MAX_NICKNAME_CHARS

# Cc: controls (incl. NUL, which PostgreSQL refuses); Cf: zero-width and bidi controls;
# Co/Cs/Cn: private-use, surrogate and unassigned code points, which show as boxes or nothing
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})


def normalize_nickname(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    visible = "".join(" " if ch.isspace() else ch for ch in folded
                      if ch.isspace() or unicodedata.category(ch) not in INVISIBLE_CATEGORIES)
    # NFKC can lengthen a character (one ligature, many letters): cut after normalizing
    return " ".join(visible.split())[:MAX_NICKNAME_CHARS]


# the database column's width; case folding can lengthen a nickname too ("ß" -> "ss")
MAX_KEY_CHARS = 80


def nickname_key(nickname: str) -> str:
    """What makes two (normalized) nicknames the same: case does not count."""
    return unicodedata.normalize("NFKC", nickname.casefold())[:MAX_KEY_CHARS]
