"""Flags: sentences a reader cannot verify from the article.

A sentence is flagged when its claim rests only on anonymous sources, when the writer
hedges it ("reportedly", "may", "is said to"), when it predicts the future, when it
leans on a vague crowd ("experts say"), or when it makes a specific or contested claim
(a superlative, a precise figure, a drawn conclusion) with no source in the sentence
or just before it. Plain background facts are not flagged.

The rules read the writer's own words: quoted speech is masked first, because a hedge
or a "will" inside a named person's quote is that person's claim, already attributed
(an adverb of doubt, "very likely", still hedges it). Open questions ("did not say
whether ...", "Asked whether ...") assert nothing and are masked too.

Not claims, never flagged: headings and captions, photo credits, questions, fragments.
Not anonymous: an institution speaking publicly ("authorities said", "NASA scientists
said"), relatives or lawyers of a named person, a bare "he"/"she" pointing back.
Not predictions: a past "was expected to" in narrative, a "will" tied to a date or time.

Clauses, not sentences (each attribution carries the clause its cue governs): an unnamed
source is cleared only by an on-record one in the same clause, and a "will", a figure or a
superlative in the writer's own clause before a source's ("Prices will rise, but the
minister said ...") is the writer's. Non-answers ("could not be reached", "would not
comment") are masked: no hedge, no prediction, no claim.
"""

from __future__ import annotations

import re
from collections import defaultdict

from quizgen.analyze import hedges
from quizgen.analyze.lexicon import trade_plural
from quizgen.analyze.cited_outlets import unnamed_media
from quizgen.analyze.clauses import relative_fragment
from quizgen.analyze.non_answers import non_answer_spans, reports_non_answer
from quizgen.models import Attribution, Flag, Sentence

# sources that stand behind a claim on the record
ON_RECORD = frozenset({"named_person", "named_organization", "document"})
# a "will" from a source the reader can check ("Apple said it will ...", "the report
# said prices will rise") is that source's claim, already attributed
SPEAKS_FOR_ITSELF = frozenset({"named_person", "named_organization"})
CHECKABLE = ON_RECORD | {"media_outlet"}
# a sourced sentence lends its source to the next sentence of its paragraph
# ("..., Bendett said. Iran has been honing its drone force for 20 years.")
# (a vague crowd, "everyone talks about it", sources nothing)
CARRIES_TO_NEXT = frozenset({"named_person", "named_organization", "anonymous"})

_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_QUOTE_CHARS = re.compile(r'["“”«»]')
_MASK = " … "
# first person outside quote marks: the sentence continues someone's quote
# ("us" is left out: "a spokesperson told us" is the outlet speaking)
# "I" counts only before a verb, so "World War I" and "Phase I trials" stay numerals
_FIRST_PERSON = re.compile(
    r"\b(?:I['’](?:m|ve|d|ll)|we|We|we['’]re|my|My|our|Our)\b"
    r"|\bI (?:am|was|wasn['’]t|have|had|do|did|don['’]t|didn['’]t|will|would|could|can|cannot|can['’]t|"
    r"should|must|might|may|think|believe|know|knew|want|say|said|told|tell|feel|felt|see|saw|hope|just|also|"
    r"never|still|really|love|get|got|go|went|make|made|take|took|come|came|thought|met|left|became)\b")
_PARAGRAPH_GAP = 2  # a blank line (or more) between two sentences
# a short line with no closing punctuation is a heading or caption, not a claim
_HEADING = re.compile(r"^[^.!?]{0,120}$")
_HEADING_MAX_WORDS = 12
_CLAUSE_END = re.compile(r"[,;:—–]")
# fewer words than this is a cut-off fragment ("“No a"), not a claim
_MIN_CLAIM_WORDS = 4


def own_words(text: str) -> str:
    """The sentence with quoted speech masked, or "" when the whole sentence is a quote."""
    if not _QUOTE_CHARS.search(text):
        return "" if _FIRST_PERSON.search(text) else text
    kept: list[str] = []
    inside = _starts_inside_quote(text)
    piece_start = 0
    for i, char in enumerate(text):
        if not _QUOTE_CHARS.match(char):
            continue
        if char in _OPEN_QUOTES:
            opening = True
        elif char in _CLOSE_QUOTES:
            opening = False
        else:
            opening = not inside
        if opening and not inside:
            kept.append(text[piece_start:i])
            inside = True
        elif not opening and inside:
            kept.append(_MASK)
            inside = False
            piece_start = i + 1
    if not inside:
        kept.append(text[piece_start:])
    else:
        kept.append(_MASK)
    own = "".join(kept)
    return "" if _FIRST_PERSON.search(own) else own


def _starts_inside_quote(text: str) -> bool:
    """True when the first quote mark closes a quote begun in an earlier sentence."""
    first = _QUOTE_CHARS.search(text)
    if first is None:
        return False
    char, at = first.group(), first.start()
    if char in _CLOSE_QUOTES:
        return True
    if char in _OPEN_QUOTES:
        return False
    # a straight quote: odd count and glued to the preceding word or punctuation means closing
    if text.count('"') % 2 == 0:
        return False
    return at > 0 and not text[at - 1].isspace()


class _Words:
    """A text and its lower-cased twin: lexicons match the twin, cues come from the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        # lower() keeps offsets for nearly all text; if not, show the lower-cased cue
        self._same_offsets = len(self.lower) == len(text)

    def find(self, pattern: re.Pattern[str], *, as_written: bool = False) -> str | None:
        """The cue `pattern` finds: its "cue" group when it has one, else the whole match."""
        found = pattern.search(self.text if as_written else self.lower)
        return self._cue(found, as_written) if found else None

    def find_all(self, pattern: re.Pattern[str], *, as_written: bool = False) -> list[str]:
        """Every cue `pattern` finds, left to right."""
        cues = (self._cue(found, as_written) for found in pattern.finditer(self.text if as_written else self.lower))
        return [cue for cue in cues if cue]

    def _cue(self, found: re.Match[str], as_written: bool) -> str | None:
        group = "cue" if found.re.groupindex.get("cue") and found.group("cue") else 0
        start, end = found.span(group)
        source = self.text if as_written or self._same_offsets else self.lower
        return source[start:end].strip() or None

    def find_first(self, *patterns: re.Pattern[str]) -> str | None:
        for pattern in patterns:
            cue = self.find(pattern)
            if cue:
                return cue
        return None


def _hedge(own: _Words, whole: _Words, types: set[str], sourced: bool) -> str | None:
    # "is expected to" both hedges and predicts (PRODUCT.md lists it among the hedges)
    # a one-word cue whose every use hedges nothing ("could do nothing", "check to see if they
    # have potentially been affected") is passed over for the next kind of cue (looked up in turn)
    cue = None
    for words, pattern, as_written in ((own, hedges.HEDGE, False), (own, hedges.CAN_FUTURE, False),
                                       (own, hedges.FORECAST, False), (own, hedges.MAY_MODAL, True),
                                       (whole, hedges.DOUBT_ADVERB, False)):
        found = words.find(pattern, as_written=as_written)
        if found and (" " in found or hedges.hedging_modal(whole.text, found, strict=False)):
            cue = found
            break
    # "suggests that" hedges a report or a finding; from a named person it is often a proposal
    if cue is None and "named_person" not in types:
        cue = own.find(hedges.WEAK_REPORTING)
    if cue is None and not sourced:
        cue = own.find(hedges.WOULD)
    return cue


def _prediction(own: _Words, types: set[str], sourced: bool, sentence: Sentence,
                attributions: list[Attribution]) -> str | None:
    cue = own.find(hedges.FORECAST) or _past_forecast(own)
    # a plain "will" is someone else's claim when a checkable source (or a reporting
    # verb the attributions missed) stands behind it, and a schedule when dated
    someone_elses = bool(types & CHECKABLE) or (sourced and not types)
    if cue is None and not someone_elses and not own.find(hedges.SCHEDULE):
        cue = _asserted_future(own)
    # ... but not in the writer's own clause before the source's
    # ("Prices will rise next year, but the minister said the budget would be cut")
    writer = _writer_clauses(sentence, attributions) if cue is None and someone_elses else None
    if writer is not None and not writer.find(hedges.SCHEDULE):
        cue = _asserted_future(writer)
    return cue


def _asserted_future(words: _Words) -> str | None:
    """The first plain future that is not inside a question ("unsure of what will happen")."""
    for found in hedges.FUTURE.finditer(words.text):
        if not hedges.EMBEDDED_QUESTION.search(words.text, 0, found.start()):
            return words._cue(found, True)
    return None


def _writer_clauses(sentence: Sentence, attributions: list[Attribution]) -> _Words | None:
    """The writer's own clauses before the first checkable source's clause ("The bridge is the
    longest in the region, but the mayor said ..."); None when there are none or a clause is
    unknown. (What follows a source's clause often goes on with its report, so it is left out.)"""
    checkable = [a for a in attributions if _source_type(a) in CHECKABLE]
    starts = [a.scope_start for a in checkable]
    if not checkable or any(start is None for start in starts):
        return None
    first = min(start for start in starts if start is not None) - sentence.start
    rest = _asserted(own_words(sentence.text[:max(first, 0)]))
    return _Words(rest) if len(re.findall(r"\w+", rest)) >= _MIN_CLAIM_WORDS else None


def _past_forecast(own: _Words) -> str | None:
    """ "was expected to" as reported speech or still pointing ahead; past narrative is not a forecast."""
    found = hedges.PAST_FORECAST.search(own.lower)
    if found is None:
        return None
    reported = hedges.REPORTING.search(own.lower, 0, found.start())
    ahead = hedges.FUTURE_MARKER.search(own.lower, found.end())
    return own.text[found.start():found.end()] if reported or ahead else None


def _anonymous(whole: _Words, attributions: list[Attribution], types: set[str], sentence: Sentence) -> str | None:
    unnamed = [a for a in attributions if a.source_type == "anonymous" and not _speaks_openly(a, whole.lower)
               and not reports_non_answer(a.scope(sentence))]
    # "who spoke on condition of anonymity": the writer says so, whoever else is cited
    marker = whole.find(hedges.ANONYMITY)
    if marker:
        return unnamed[0].source if unnamed else marker
    # an on-record source clears an unnamed one when both back one claim ("according to officials
    # and court documents") or the unnamed one is inside its report ("a survey showed that nine
    # members believed ..."); "sources described ..., and photos showed ..." are two claims
    on_record = [a for a in attributions if _source_type(a) in ON_RECORD]
    alone = [a for a in unnamed if not any(r.shares_clause(a) and _backs(r, a, whole.lower) for r in on_record)]
    if alone:
        return alone[0].source
    # the attributions read the sentence; the wording is a fallback for when they found no one
    if types & ON_RECORD or "anonymous" in types or hedges.CITED_DOCUMENT.search(whole.lower):
        return None
    return whole.find(hedges.ANONYMOUS)


def _backs(on_record: Attribution, unnamed: Attribution, sentence: str) -> bool:
    if on_record.cue == unnamed.cue:
        return True
    cue_at = sentence.find((on_record.cue or "").lower())
    source_at = sentence.find(unnamed.source.lower())
    return 0 <= cue_at < source_at and " that " in sentence[cue_at:source_at]


# words before a noun that do not name a body ("the officials", "senior officials")
_DETERMINER_WORDS = frozenset({"the", "a", "an", "some", "several", "two", "three", "four", "many", "other",
                               "senior", "one", "his", "her", "their", "its", "u.s.", "us"})


def _speaks_openly(attribution: Attribution, sentence: str) -> bool:
    """An "anonymous" source a reader can still pin down: an institution speaking publicly
    ("authorities said", "NASA scientists said", "NASA officials said at a news briefing"),
    a relative or lawyer of a named person, or a bare "he"/"she" that points back to someone."""
    source = attribution.source.strip()
    referent = re.search(r"\(([^()]*)\)", source)
    words = (referent.group(1) if referent else source).strip()
    lower = words.lower()
    if lower in ("he", "she", "him", "her"):
        return True
    bare = re.sub(r"^(?:the|local|state|federal|county|city)\s+", "", lower)
    if bare in hedges.INSTITUTION_VOICES or lower in hedges.INSTITUTION_VOICES:
        return True
    # ("CERN physicists at the Large Hadron Collider": the staff word before where they work)
    parts = re.split(r"\s+(?:at|of|from|with|in)\s+", words, maxsplit=1)[0].split()
    named_body = len(parts) >= 2 and parts[0][:1].isupper() and parts[0].lower() not in _DETERMINER_WORDS
    if named_body and (parts[-1].lower() in hedges.INSTITUTION_STAFF or trade_plural(parts[-1].lower())):
        return True
    if named_body and parts[-1].lower() in ("officials", "official") and hedges.ON_RECORD_VENUE.search(sentence):
        return True
    return bool(hedges.RELATION_OF_NAMED.search(words))


def _vague(own: _Words, whole: _Words, attributions: list[Attribution], types: set[str]) -> str | None:
    crowd = [a for a in attributions if _source_type(a) == "unspecified" and (_is_crowd(a.source) or unnamed_media(a))
             and not _definite_body(a) and not _past_perfect(a.cue, whole.lower)]
    if crowd and not types & SPEAKS_FOR_ITSELF and not hedges.CITED_DOCUMENT.search(whole.lower):
        return crowd[0].cue or crowd[0].source
    if attributions and not crowd and "unspecified" in types:
        return None
    return own.find(hedges.VAGUE)


def _is_crowd(source: str) -> bool:
    """A vague source is a group: a plural ("experts", "critics") or a crowd word ("some",
    "the public"); a singular thing ("telephone" from "said by telephone") is a misreading."""
    words = re.findall(r"[a-z]+", source.lower())
    return bool(words) and (words[-1].endswith("s") or any(w in hedges.CROWD_WORDS for w in words))


def _past_perfect(cue: str, sentence: str) -> bool:
    """ "Scientists had predicted ...": an expectation the story has since overtaken."""
    verb = cue.lower().split()[-1] if cue.strip() else ""
    return bool(verb) and re.search(rf"\bhad (?:\w+ )?{re.escape(verb)}\b", sentence) is not None


def _definite_body(attribution: Attribution) -> bool:
    """ "The majority found", "the panel said": a body named by its role, not a crowd."""
    words = attribution.source.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in hedges.DEFINITE_BODIES


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    return bool(_HEADING.match(stripped)) and not stripped.endswith(('"', "”")) \
        and len(stripped.split()) <= _HEADING_MAX_WORDS


def _unattributed(own: _Words, sourced: bool, writer: _Words | None = None) -> str | None:
    if sourced:  # a specific claim in the writer's own clause still has no source
        return own.find(hedges.VERDICT) or (_unattributed(writer, False) if writer is not None else None)
    return own.find_first(hedges.VERDICT, hedges.SUPERLATIVE, hedges.STATISTIC, hedges.CONCLUSION,
                          hedges.INFERENCE, hedges.JUDGMENT, hedges.MIND_READING) \
        or own.find(hedges.WANTS, as_written=True)


def is_claim(text: str) -> bool:
    """False for what is not a claim: a heading or caption line, a photo credit, a question,
    a cut-off fragment, a noun with only a relative clause."""
    stripped = text.strip()
    if len(stripped.split()) < _MIN_CLAIM_WORDS or _is_heading(stripped):
        return False
    if hedges.PHOTO_CREDIT.search(stripped) or relative_fragment(stripped):
        return False
    return not stripped.rstrip("\"'”’»)").endswith("?")


def _asserted(own: str) -> str:
    """The writer's words without an open question: "did not say how much it intends to buy",
    "Asked whether the plant will close, ..." assert nothing up to the end of that clause; nor
    a non-answer ("declined to comment", "won't comment on the case"); nor a comparison with
    someone's claim ("higher than the company claimed")."""
    own = hedges.COMPARED_CLAIM.sub(_MASK, own) if " than " in own else own
    for start, end in reversed(non_answer_spans(own)):  # "would not comment", "could not be reached"
        clause_end = _CLAUSE_END.search(own, end)
        own = own[:start] + _MASK + (own[clause_end.start():] if clause_end else "")
    found = hedges.OPEN_QUESTION.search(own.lower())
    if found is None:
        return own
    clause_end = _CLAUSE_END.search(own, found.end())
    return own[:found.start()] + (_MASK + own[clause_end.end():] if clause_end else "")


def _source_type(attribution: Attribution) -> str:
    """The attribution's type, reading an "unspecified" record ("a map ...") as a document
    and news media the article does not name ("local media") as a vague source."""
    if attribution.source_type == "unspecified" and hedges.DOCUMENT_SOURCE.search(attribution.source):
        return "document"
    if unnamed_media(attribution):
        return "unspecified"
    return attribution.source_type


def _reasons(whole: _Words, own: _Words, attributions: list[Attribution], carried: bool,
             sentence: Sentence) -> list[tuple[str, str]]:
    """(reason, cue) pairs, most telling first: the hedge word beats the missing source."""
    types = {_source_type(a) for a in attributions}
    # sourced: by an attribution, by the sentence before, or by a reporting verb the
    # attributions may have missed
    sourced = bool(attributions) or carried or bool(whole.find(hedges.REPORTING))
    found = (
        ("hedged", _hedge(own, whole, types, sourced)),
        ("prediction", _prediction(own, types, sourced, sentence, attributions)),
        ("anonymous_source", _anonymous(whole, attributions, types, sentence)),
        ("vague_source", _vague(own, whole, attributions, types)),
        ("unattributed", _unattributed(own, sourced, _writer_clauses(sentence, attributions) if sourced else None)),
    )
    return [(name, cue) for name, cue in found if cue]


def _all_cues(whole: _Words, own: _Words, reasons: list[tuple[str, str]]) -> list[str]:
    """The main cue, the other reasons' cues, then every other word of doubt or forecast in the
    sentence (a superlative or a figure, the cues of "unattributed", signal no doubt)."""
    words = [reasons[0][1]] + [cue for name, cue in reasons[1:] if name != "unattributed"]
    for pattern in (hedges.HEDGE, hedges.FORECAST):
        words += own.find_all(pattern)
    words += own.find_all(hedges.MAY_MODAL, as_written=True) + whole.find_all(hedges.DOUBT_ADVERB)
    out: list[str] = []
    for word in words:
        if word.lower() not in (w.lower() for w in out):
            out.append(word)
    return out


def detect_flags(sentences: list[Sentence], attributions: list[Attribution]) -> list[Flag]:
    """One Flag per unverifiable sentence, with reasons and the cue that triggers it."""
    by_sentence: dict[str, list[Attribution]] = defaultdict(list)
    for attribution in attributions:
        by_sentence[attribution.sentence].append(attribution)
    flags: list[Flag] = []
    previous: Sentence | None = None
    for sentence in sentences:
        own_sources = by_sentence.get(sentence.id, [])
        carried = (
            previous is not None
            and sentence.start - previous.end < _PARAGRAPH_GAP
            and any(a.source_type in CARRIES_TO_NEXT for a in by_sentence.get(previous.id, []))
        )
        previous = sentence
        if not is_claim(sentence.text):
            continue
        whole, own = _Words(sentence.text), _Words(_asserted(own_words(sentence.text)))
        reasons = _reasons(whole, own, own_sources, carried, sentence)
        if reasons:
            flags.append(Flag(sentence=sentence.id, text=sentence.text, reasons=[name for name, _ in reasons],
                              cue=reasons[0][1], cues=_all_cues(whole, own, reasons)))
    return flags
