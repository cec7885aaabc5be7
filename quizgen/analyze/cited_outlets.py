"""Other news outlets an article names as a source of its information.

Names come from the media-outlet attributions (so an outlet merely mentioned, "the
documentary airs on ESPN", is not cited), spelled as in the text, without the
article's own outlet.
"""

from __future__ import annotations

import re

from quizgen.analyze.lexicon import BROADCAST_WORDS, OUTLET_NAME_WORDS
from quizgen.analyze.tokens import pos
from quizgen.models import Attribution

from quizgen.outlets import find_outlets, same_outlet

# capitalised words in a row, with a trailing number ("Channel 9", "France 24") or a
# leading ordinal ("21st Century Business Herald")
_CAP_WORD = r"[\"“‘']?[A-Z][\w.&’'-]*[\"”’']?"
_CAP_RUN = re.compile(rf"(?:\b\d{{1,3}}(?:st|nd|rd|th)\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD})*(?:\s+\d+\b)?")
_QUOTES = "\"“”‘’'"
# nouns for unnamed outlets: "American media", "the US media", "Russian state media" name no outlet
GENERIC_MEDIA_NOUNS = ("media", "press", "outlets", "news outlets", "media outlets", "newspapers", "news sites",
                       "news organizations", "news organisations", "journalists", "reporters", "reports",
                       "stations", "TV stations", "television stations", "broadcasters", "channels", "TV channels",
                       "state TV", "state television", "television", "radio", "websites")
# words that describe an outlet without naming it: "Local TV" (of "Local TV stations") is none
_DESCRIBING_WORDS = frozenset("local state national regional foreign international media press "
                              "public private independent".split()) | BROADCAST_WORDS
# editions of an outlet named after a language or region
EDITION_WORDS = ("Arabic", "Arabia", "Persian", "Urdu", "Hindi", "Bangla", "Turkish", "Russian", "Ukrainian",
                 "Chinese", "Mundo", "Español", "Espanol", "Brasil", "Africa", "Asia", "Europe", "Americas",
                 "International", "World", "English", "Français", "Deutsch")
_EDITION = re.compile(r" (?:" + "|".join(EDITION_WORDS) + r")\b(?! [A-Z])")
_MODIFIER_BEFORE_NOUN = re.compile(r"^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\W*$")
_GENERIC_AFTER = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,2}?\s+(?:" + "|".join(re.escape(n) for n in GENERIC_MEDIA_NOUNS) + r")\W*$")


def mentions_outlet(text: str) -> bool:
    return bool(find_outlets(text))


# "CBS affiliate WTRF": the station that reported, not its network
_AFFILIATE = re.compile(r"\baffiliate\s+((?:[A-Z][\w-]*)(?:\s+[A-Z0-9][\w-]*){0,3})")


def _modifier(run: str, after: str) -> bool:
    return len(run.split()) == 1 and not run.isupper() and run.strip(_QUOTES).lower() not in OUTLET_NAME_WORDS \
        and bool(_MODIFIER_BEFORE_NOUN.match(after))


def outlet_name(source: str) -> str | None:
    """The outlet's name inside a source phrase: 'the newspaper “Athletic”' -> 'Athletic',
    'CBS affiliate WTRF' -> 'WTRF'."""
    affiliate = _AFFILIATE.search(source)
    if affiliate:
        return affiliate.group(1)
    found = find_outlets(source)
    if found:
        # a language or regional edition is the outlet readers saw: "BBC Arabic", "Sky News Arabia"
        edition = _EDITION.match(source, found[0].end)
        return found[0].text + (edition.group() if edition else "")
    # a capitalised word that only qualifies a generic noun ("American media") is no outlet's name
    # ... nor a lone capitalised word before a lowercase noun ("the British business newspaper",
    # "the Swiss daily"), unless an acronym or a paper's word ("the Ledger newspaper")
    runs = [re.sub(r"(?:['’]s|(?<=s)['’])$", "", m.group()) for m in _CAP_RUN.finditer(source)
            if not _GENERIC_AFTER.match(source[m.end():]) and not _modifier(m.group(), source[m.end():])]
    if not runs:
        return None
    # "a Harbor Ledger article by Lena Ortiz": prefer the run that reads like a paper's name
    # a lone "The" or "Local" (from "Local media") is not a name
    # (an outlet in capitals stays, though its letters spell a word: "the Spanish newspapers AS")
    runs = [r for r in runs if len(r.split()) > 1 or (r.strip(_QUOTES).isupper() and len(r.strip(_QUOTES)) > 1)
            or pos(r.strip(_QUOTES).lower()) not in ("DT", "JJ", "CD", "IN")]
    runs = [r for r in runs if not all(w.strip(_QUOTES).lower() in _DESCRIBING_WORDS for w in r.split())]
    if not runs:
        return None
    styled = [r for r in runs if r.split()[-1].strip(_QUOTES).lower() in OUTLET_NAME_WORDS and len(r.split()) >= 2]
    name = (styled or runs)[-1 if not styled else 0].strip(_QUOTES).strip()
    return name or None


def unnamed_media(attribution: Attribution) -> bool:
    """A news source the article describes but does not name ("local media", "Local TV
    stations", "several outlets"): the reader cannot look it up."""
    return attribution.source_type == "media_outlet" and not outlet_name(attribution.source)


def cited_outlets(attributions: list[Attribution], own_outlet: str | None) -> list[str]:
    names: list[str] = []
    for attr in attributions:
        if attr.source_type != "media_outlet":
            continue
        name = outlet_name(attr.source)
        if attr.refers_to and any(same_outlet(attr.refers_to, n) for n in names):
            continue  # "CCTV" after "China Central Television": cited once
        if not name or same_outlet(name, own_outlet) or any(same_outlet(name, n) for n in names):
            continue
        names.append(name)
    return names
