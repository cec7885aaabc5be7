"""Reporting verbs and their subjects: "X said", '"...," said X', "X, a NASA scientist,
said", "the data show that", "X told Reuters", "..., adding that".
"""

from __future__ import annotations

from quizgen.analyze.clauses import (FINITE_TAGS, THAT_REACH, after_quote, bare_clause, clause_before,
                                     clause_starts, ends_sentence, speech_tag_after_quote)
from quizgen.analyze.cues import (JUDGING_VERBS, PASSIVE_AUX, Found, adjectival, citable, coordinated, extend_left, extend_right,
                                  followed_by_that, names_outlet, negated, person_head, prev_index, source_like,
                                  strong_source)
from quizgen.analyze.lexicon import (ABBREVIATIONS, CLAUSE_ONLY_VERBS, DOCUMENT_NOUNS, FINDING_VERBS, INVERTING_VERBS,
                                     NOUN_DETERMINERS, PERFORMATIVE_VERBS, PHRASE_CUES, QUANTIFIERS, SPEECH_VERBS, STANCE_PHRASES,
                                     SUBJECT_PRONOUNS, SUBORDINATORS,
                                     TIME_WORDS, is_title)
from quizgen.analyze.phrases import (Span, head_index, joins_titles, list_comma, main_subject, name_before_title,
                                     name_in_commas, phrase_after, phrase_before, place_before, portfolio_title,
                                     serial_name, skip_back, wraps_name)
from quizgen.analyze.tokens import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, Token, pos
from quizgen.analyze.reporting import all_forms

# Participles that may name a source without a "that" clause or a quotation after them.
_FREE_PARTICIPLES = frozenset("saying adding telling claiming".split())
# Objects that make a reporting verb say nothing: "saying nothing", "claimed victory".
_NO_CLAIM = frozenset("nothing little much goodbye hello sorry thanks victory responsibility credit lives "
                      "life title ownership asylum".split())
# What one claims by winning or taking it: "Finland claimed a shock 1-0 victory", "claimed gold"
_PRIZES = frozenset("victory win wins gold silver bronze medal medals crown trophy title titles seat seats "
                    "prize place spot lead championship cup points honours honors record lives life".split())
_PRIZE_REACH = 8  # "claimed a shock 1-0 Euro 2020 victory": words before the prize
# "all five crew members confirmed dead": a passive participle before a state (the people
# were confirmed dead), not people reporting something
_CONFIRMED_STATES = frozenset("dead alive missing safe killed injured infected positive negative unharmed "
                              "deceased".split())


_CAUSATIVE = frozenset("have has had having get gets got getting".split())
_OWNERS = frozenset("their his her its our my your".split())


def _had_done(tokens: list[Token], j: int) -> bool:
    """"two Nigerians that have their identity confirmed", "had his death reported": a
    thing someone had done to it (passive), no speaker before the participle."""
    return j >= 2 and tokens[j - 1].low in _OWNERS and tokens[j - 2].low in _CAUSATIVE


_UNREAL_MODALS = frozenset("would could might should".split())
# ("had forecast that": a verb after these is the verb, whatever its tag)
_AUXILIARIES = frozenset("had has have having did does do was were is are been be being".split())


def _unreal(tokens: list[Token], i: int) -> bool:
    """"records that would have revealed the names", "she could not have said": what did not
    happen; nothing was said (a modal up to two words before "have")."""
    return i >= 2 and tokens[i - 1].low in ("have", "'ve", "\u2019ve") \
        and any(t.low in _UNREAL_MODALS for t in tokens[max(0, i - 4):i - 1])


_MEANING = frozenset("means meant mean".split())


def _explained(tokens: list[Token], start: int) -> bool:
    """The subject follows "means (that)": the clause is what a fact amounts to."""
    k = start - 1
    if k >= 0 and tokens[k].low == "that":
        k -= 1
    return k >= 0 and tokens[k].low in _MEANING


def _open_question_after(tokens: list[Token], end: int) -> bool:
    """"whether" or "if" right after the cue (times skipped): what is weighed or asked."""
    k = end
    while k < len(tokens) and k - end < 3 and tokens[k].low in TIME_WORDS:
        k += 1
    return k < len(tokens) and tokens[k].low in _QUESTION_WORDS


def _claims_a_thing(tokens: list[Token], end: int) -> bool:
    """"the storm claimed 12 lives", "claimed victory", "claimed a shock 1-0 victory": a
    claim on a thing, not a statement."""
    return end < len(tokens) and (tokens[end].low in _NO_CLAIM or tokens[end].text[0].isdigit()
                                  or _prize_after(tokens, end))


# What follows a company's name after a comma: "Nomura Holdings, Inc said" names Nomura Holdings
_COMPANY_SUFFIXES = frozenset("inc ltd llc plc corp co ag sa nv gmbh limited incorporated".split())


def _company_suffix(tokens: list[Token], span: Span) -> bool:
    words = [t.bare.rstrip(".") for t in tokens[span[0]:span[1]] if t.is_word]
    return len(words) == 1 and words[0] in _COMPANY_SUFFIXES


# Conjunctions that open a clause telling when or why something happened: a reporting verb
# in such a clause that ends with it tells an act ("before Messi replied.").
_EVENT_SUBORDINATORS = SUBORDINATORS - {"as"}


def speech_verb(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'X said', '"...," said X', 'X, a NASA scientist, said', 'the data show that',
    'X is warning that', 'X pointed out that'."""
    verb = tokens[i]
    low = verb.low
    if verb.is_cap:  # "United States" is no verb
        return
    end, phrase = _phrase_end(tokens, i)
    if phrase is None and low not in SPEECH_VERBS and low not in FINDING_VERBS:
        return
    j = prev_index(tokens, i)
    verb_start = i  # the first word of the verb group: "is" in "is warning"
    if low.endswith("ing"):  # "X is warning that"; ", saying that" is a `participle`
        if j < 0 or tokens[j].low not in _PROGRESSIVE_AUX:
            return
        verb_start, j = j, prev_index(tokens, j)
    elif j >= 0 and tokens[j].low in PASSIVE_AUX or adjectival(tokens, j) or _had_done(tokens, j) \
            or _unreal(tokens, i):
        return
    if end < len(tokens) and tokens[end].low == "by":  # "first reported by": handled by `by_phrase`
        return
    if phrase is None and pos(low) in ("NN", "NNS") and end < len(tokens) and (
            pos(tokens[end].low) in FINITE_TAGS or tokens[end].low in SPEECH_VERBS or tokens[end].low in FINDING_VERBS):
        return  # "Court records showed that ...", "the report says": a noun before the verb
    if pos(low) == "NN" and phrase is None and end < len(tokens) and pos(tokens[end].low).startswith("NN") \
            and not tokens[end].is_cap:
        return  # "venture capital clients": a noun before a noun, not a verb
    if low == "state" and end < len(tokens) and pos(tokens[end].low).startswith("NN"):
        return  # "Iranian state TV reported", "state media": a modifier, not a verb
    if j >= 0 and (tokens[j].text[0].isdigit() or tokens[j].low in QUANTIFIERS) and pos(low) in ("NNS", "NN"):
        return  # "across 8 states", "several reports": a counted noun, not a verb
    if i > 0 and tokens[i - 1].low in NOUN_DETERMINERS:
        return  # "raise any questions", "their claims", "no comment": a determiner's noun
    # ("dismissed reports that ...", "citing fears that": judged or voiced, the words are the speaker's)
    if phrase is None and pos(low) in ("NN", "NNS") and i > 0 and not tokens[i - 1].is_cap \
            and pos(tokens[i - 1].low) in ("VBD", "VBN") and tokens[i - 1].low not in SPEECH_VERBS \
            and tokens[i - 1].low not in _AUXILIARIES and not tokens[i - 1].low.startswith(JUDGING_VERBS):
        return  # "employees removed records that ...", "police investigated reports": a verb's object
    if low in _RESPONDING and end < len(tokens) and tokens[end].low == "to":
        return  # "crews have responded to 4,587 fires": answered a call, said nothing
    if j > 0 and pos(tokens[j].low) == "VBG" and tokens[j - 1].low in _PROGRESSIVE_AUX:
        return  # "was asking venture capital clients": the object of another verb
    if negated(tokens, i) or (low in ("told", "tells", "tell") and _instruction(tokens, i)):
        return  # "declined to comment", "told the crew to leave": no claim, no attribution
    if i > 0 and tokens[i - 1].low in _UNTRUE:
        return  # "falsely claimed to be free of drugs": the article tells the lie, it cites no one for it
    if low in ("confirmed", "reported") and end < len(tokens) and tokens[end].low in _CONFIRMED_STATES \
            and not (end + 1 < len(tokens) and pos(tokens[end + 1].low).startswith("NN")):
        return  # "two sailors confirmed dead", "three reported missing"; not "confirmed dead fish had ..."
    if low.startswith("claim") and _claims_a_thing(tokens, end):
        return
    if end + 1 == len(tokens) and tokens[end].text == ":" and sum(t.is_word for t in tokens) <= 3 \
            and pos(low) in ("NN", "NNS"):
        return  # "Key comments:", "Reader reports:": a label over what follows ("Ortiz said:" still speaks)
    if end + 1 < len(tokens) and (tokens[end].low, tokens[end + 1].low) in (("each", "other"), ("one", "another")):
        return  # "Depp and Heard accused each other of abuse": a quarrel told, no claim credited
    if _open_question_after(tokens, end):
        return  # "were considering Tuesday whether to file charges": a question weighed, no claim
    cue = " ".join(t.low for t in tokens[i:end])
    # acts ("declared an emergency") and noun-like forms ("the Jewish state") need a
    # "that" clause or a quotation to be a report
    noun_like = phrase is None and pos(low).startswith("NN")
    needs_clause = (low in PERFORMATIVE_VERBS if phrase is None else
                    phrase[-1] not in _COMPLETE_PHRASE_ENDS and phrase[1:] not in STANCE_PHRASES) or noun_like
    if low in CLAUSE_ONLY_VERBS or phrase is not None:  # "which details the reasons" is no report
        # "stressed on Tuesday that"; not "holds back a reservoir that farmers use"
        has_clause = followed_by_that(tokens, end - 1, that_reach=THAT_REACH) or bare_clause(tokens, end) \
            or after_quote(tokens, j)
    else:
        has_clause = (clause_starts(tokens, end) if noun_like else followed_by_that(tokens, end - 1)) or \
            speech_tag_after_quote(tokens, j) or (low in PERFORMATIVE_VERBS and bare_clause(tokens, end))
    # "The toll rose, the ministry confirmed."; "The ferry would resume, Mbeki added, yet ...";
    # "..., insiders report to Bloomberg."
    tag_end = ends_sentence(tokens, end) or (end < len(tokens) and tokens[end].text == ",") \
        or _outlet_heard(tokens, i, end) is not None
    finding = low in FINDING_VERBS and (low in PERFORMATIVE_VERBS or low not in SPEECH_VERBS)
    if j > 0 and tokens[j].low in SUBJECT_PRONOUNS and tokens[j - 1].low in _QUESTION_WORDS:
        return  # "asked if he thought ...": a question, not a claim
    if j >= 0 and tokens[j].low in SUBJECT_PRONOUNS:
        has_clause = has_clause or (tag_end and clause_before(tokens, j - 1))
        if (has_clause or not needs_clause) and (not finding or has_clause):
            out.append(Found((j, j + 1), cue, pronoun=tokens[j].low))
            _listener(tokens, i, out)
        return
    if needs_clause and not has_clause and not (low.startswith("announc") or finding or tag_end):
        return
    span = _subject(tokens, verb_start, j)
    if span is not None and span[1] + 1 < verb_start and tokens[span[1]].text == "," \
            and tokens[span[1] + 1].low in ("and", "or"):
        return  # "known for its protection, threat intelligence, and response services, confirmed": a list item
    if span is not None and span[0] > 0 and tokens[span[0] - 1].low in _WH_WORDS and (
            span[0] == 1 or tokens[span[0] - 1].low in _QUESTION_WORDS) and (
            end >= len(tokens) or tokens[end].text in ":?" or tokens[span[0] - 1].low in _QUESTION_WORDS):
        return  # "What parents should know:", "whether officials knew": a heading or question, no claim
    if span is not None and not has_clause and tag_end and span[0] > 0 \
            and tokens[span[0] - 1].low in _EVENT_SUBORDINATORS:
        return  # "Mbappe scored before Messi replied": what happened next, nothing said ("as X said" stays)
    if span is not None and _explained(tokens, span[0]):
        return  # "The plea means the bank admits to ...": the writer's reading of a fact, no one's words
    if span is not None and not has_clause and span[0] >= 2 and tokens[span[0] - 1].text in CLOSE_QUOTES \
            and tokens[span[0] - 2].text in ",?!":
        has_clause = True  # '“...,” Frederick Kagan, a scholar at the institute, agreed.'
    has_clause = has_clause or (tag_end and span is not None and clause_before(tokens, span[0] - 1)
                                and not any(t.low in SPEECH_VERBS and pos(t.low).startswith("VB")
                                            for t in tokens[span[0]:span[1]]))
    if finding and (span is None or tokens[head_index(tokens, span)].bare not in DOCUMENT_NOUNS):
        # "Comparison of the measurements, as one eclipses the other, shows ...": the
        # finding's subject opens the sentence
        opening = main_subject(tokens)
        if opening and opening[1] <= i and tokens[head_index(tokens, opening)].bare in DOCUMENT_NOUNS:
            span = opening
    if span is None or not source_like(tokens, span) or _perceived(tokens, span):
        return
    if any(t.low in ("neither", "nor") for t in tokens[max(0, span[0] - 3):span[1]]):
        return  # "Neither Amtrak nor regulators explained why": nobody said anything
    if (low in CLAUSE_ONLY_VERBS or phrase is not None) and (not strong_source(tokens, span) or any(
            t.low in SPEECH_VERBS and pos(t.low) in ("VBD", "VBZ") for t in tokens[span[0]:span[1]])):
        return  # "the levee held": no speaker; a subject never holds a reporting verb of its own
    at = head_index(tokens, span)
    head = tokens[at]
    document = head.bare in DOCUMENT_NOUNS
    # ("Deputies responded shortly before 7:15": a common noun capitalised to open the sentence is no name)
    opening_common = not any(t.is_word for t in tokens[:at]) and pos(head.low) in ("NN", "NNS")
    named_act = head.is_cap and not opening_common and not finding and low not in CLAUSE_ONLY_VERBS and phrase is None
    if needs_clause and not has_clause and not named_act and not (finding and document):
        return  # "the two countries announced agreements"; "NASA announced ..." stays
    if phrase is not None and phrase[-1] == "to" and not has_clause and not document \
            and not any(t.bare in _POINTED_AT for t in tokens[end:end + 8]):
        return  # "Captain Arca pointed to the ruins of a hotel": a gesture; "pointed to data showing" stays
    if finding and not (document or has_clause):
        return  # "the data show", "a survey found that"; not "the outcome demonstrated"
    out.extend(Found(s, cue) for s in coordinated(tokens, span))
    # "He and others cautioned that ...": the one "he" stands for speaks too, so the claim does
    # not rest on the unnamed others alone
    k = span[0] - 2 - (span[0] >= 1 and tokens[span[0] - 1].low in ("his", "her", "their"))  # "and her colleagues"
    if k >= 0 and tokens[k + 1].low == "and" and tokens[k].low in ("he", "she", "they") \
            and (k == 0 or tokens[k - 1].text in ",;:" or not tokens[k - 1].is_word):
        out.append(Found((k, k + 1), cue, pronoun=tokens[k].low))
    _listener(tokens, i, out)


# What one points to in an argument ("pointed to a rise in prices", "points to failures in
# oversight"), unlike a place or a thing pointed at
_POINTED_AT = frozenset("""
evidence data sign signs fact facts figure figures number numbers research study studies report reports survey
failure failures problem problems concern concerns rise increase decline fall drop lack need risk risks cause
causes reason reasons answer conclusion possibility role history record example examples trend trends
shortage shortages cost costs loss losses gap flaw flaws error errors weakness weaknesses success progress
""".split())


# "citing concerns that ...": the subject's own stance, not another source
_STANCE_NOUNS = frozenset("concerns concern fears fear worries doubts belief beliefs evidence".split())
_DASHES = frozenset("—–")
_OBJECT_PREPOSITIONS = frozenset("in on into onto at from with for about against between under over".split())
_QUESTION_WORDS = frozenset("if whether".split())
_WH_WORDS = _QUESTION_WORDS | frozenset("what how why".split())
_PROGRESSIVE_AUX = frozenset("is are was were been be".split())
# A phrase that ends in one of these is a complete cue ("raised concerns that", "pointed to").
_COMPLETE_PHRASE_ENDS = frozenset("that to say add".split())


def _phrase_end(tokens: list[Token], i: int) -> tuple[int, tuple[str, ...] | None]:
    """End of a multi-word cue starting at i ("pointed out", "made it clear") and its words."""
    for rest in PHRASE_CUES.get(tokens[i].low, ()):
        end = i + 1 + len(rest)
        if end <= len(tokens) and all(tokens[i + 1 + k].low == w for k, w in enumerate(rest)):
            return end, (tokens[i].low, *rest)
    return i + 1, None


# "could have seen top executives testify", "let the families speak": the object of a
# verb of perception or causing, doing what they might; no report
_PERCEIVING = all_forms(["see", "watch", "hear", "let", "make", "help"])


def _perceived(tokens: list[Token], span: Span) -> bool:
    """The phrase is the object of a verb of perception or causing just before it, or the
    phrase found runs over that verb ("Nobody heard Mayor Brandt say", not "engineers who
    saw the blast said" or "crews helping the families said")."""
    for k in range(max(0, span[0] - 2), span[1]):
        t = tokens[k]
        if t.low not in _PERCEIVING or t.is_cap:
            continue
        if k <= span[0] and all(w.is_word for w in tokens[k + 1:span[0]]):
            return True
        if k > span[0] and not t.low.endswith("ing") and _opens_noun_phrase(tokens[k + 1:span[1]]) \
                and not any(w.low in ("who", "which", "that") for w in tokens[span[0]:k]):
            return True
    return False


_DETERMINERS = frozenset("the a an his her their its our this these those".split())
_RESPONDING = all_forms(["respond"])


def _opens_noun_phrase(words: list[Token]) -> bool:
    """A name, a determiner, or a word before a name ("top Fox TV hosts"); not "public in May"."""
    return bool(words) and (words[0].is_cap or words[0].low in _DETERMINERS
                            or (len(words) > 1 and words[0].is_word and words[1].is_cap))


def _subject(tokens: list[Token], i: int, j: int) -> Span | None:
    """The source phrase of the reporting verb at i (j: the word before it, adverbs skipped)."""
    if j < 0:
        return None
    if tokens[j].text == "," or (tokens[j].text in CLOSE_QUOTES and not wraps_name(tokens, j)):
        return _inverted_or_parenthetical(tokens, i, j)
    if tokens[j].text in _DASHES:  # "Justice Clarence Thomas — the nation’s second ... — wrote"
        k = next((m for m in range(j - 1, max(-1, j - 40), -1) if tokens[m].text in _DASHES), None)
        return phrase_before(tokens, k, skip_adverbs=False) if k else None
    if tokens[j].low in ("and", "but"):
        return main_subject(tokens)  # "Messi owns a home there, and has said that ..."
    if tokens[j].low in ("who", "which") and j > 0 and tokens[j - 1].text == ",":
        span = phrase_before(tokens, j - 1, skip_adverbs=False)  # "Brandt, who said the levee held, ..."
        if span and tokens[j].low == "who":  # "criticism from opposition leader Marta Kowalski, who called it"
            cut = max((k for k in range(span[0], span[1]) if tokens[k].low in ("from", "by", "of", "to", "with")),
                      default=None)
            if cut is not None and cut + 1 < span[1]:
                span = (cut + 1, span[1])
        return span
    span = phrase_before(tokens, i)
    if span is not None and _company_suffix(tokens, span) and span[0] >= 2 and tokens[span[0] - 1].text == ",":
        named = phrase_before(tokens, span[0] - 1, skip_adverbs=False)  # "Nomura Holdings, Inc said"
        return (named[0], span[1]) if named else None
    if span is not None and (named := name_before_title(tokens, span)):
        return named
    if span is not None:  # "Bed, Bath & Beyond announced", "Minister for Industry, Commerce and ..."
        span = portfolio_title(tokens, serial_name(tokens, span))
    # "by The New York Times", "with the court": the phrase is an object inside a modifier
    agent = span is not None and span[0] > 0 and tokens[span[0] - 1].low in _OBJECT_PREPOSITIONS | {"by"}
    if span is None or not tokens[head_index(tokens, span)].is_cap or agent:
        # "The intelligence finding that was first published by The New York Times added":
        # the name after "by" belongs to a relative clause, the subject comes before it
        # "two people familiar with the investigation", "engineers who inspected the dam"
        wider = extend_left(tokens, span[0] if span else j + 1, j + 1)
        if wider and (span is None or agent or not strong_source(tokens, span) or person_head(tokens, wider)):
            span = wider
    if span is not None and span[0] > 0 and tokens[span[0] - 1].low in _OBJECT_PREPOSITIONS:
        return None  # "messages made available in the public domain had revealed": an object, no subject
    return span


def _outlet_heard(tokens: list[Token], i: int, end: int) -> Span | None:
    """The outlet after 'said to' / 'report to' that ends the sentence ("..., insiders report
    to Bloomberg.")."""
    if end >= len(tokens) or tokens[end].low != "to" or tokens[i].low in ("told", "tells", "tell", "telling"):
        return None
    heard = phrase_after(tokens, end + 1)
    return heard if heard and names_outlet(tokens, heard) and ends_sentence(tokens, heard[1]) else None


def _listener(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'told Reuters', 'told the newspaper “Tidewatch”', 'said to Bloomberg': another outlet
    is a source too."""
    heard = _outlet_heard(tokens, i, i + 1)
    if heard:
        out.extend(Found(s, f"{tokens[i].low} to", type_hint="media_outlet") for s in coordinated(tokens, heard))
        return
    if tokens[i].low not in ("told", "tells", "tell", "telling"):
        return
    listener = phrase_after(tokens, i + 1)
    if listener:
        listener = _name_only(tokens, listener)  # "told Reuters prices rose": the clause starts at "prices"
    if listener and (names_outlet(tokens, listener) or _titled_name(tokens, listener)):
        out.extend(Found(s, "told", type_hint="media_outlet") for s in coordinated(tokens, listener))


def _name_only(tokens: list[Token], span: Span) -> Span:
    """A listener that opens with a name ends where the capitalised words end, unless a
    name follows later."""
    start, end = span
    first = start + (tokens[start].low == "the" and start + 1 < end)
    if not tokens[first].is_cap:
        return span
    k = first
    while k < end and (tokens[k].is_cap or tokens[k].low in ("of", "de", "and", "&") or not tokens[k].is_word
                       or tokens[k].text[0].isdigit()):  # "Channel 4 News"
        k += 1
    if k == first or any(t.is_cap for t in tokens[k:end]):
        return span  # "the French news site Mediapart": the name comes later
    return start, k


def _titled_name(tokens: list[Token], span: Span) -> bool:
    """'told The Information': a capitalised "The" opening a name is a publication's title."""
    words = tokens[span[0]:span[1]]
    return len(words) >= 2 and words[0].text == "The" and all(t.is_cap for t in words if t.is_word)


# "told them they should leave": the listener, as the subject of what they were told
_LISTENER_AS_SUBJECT = {"them": "they", "him": "he", "her": "she", "us": "we", "you": "you", "me": "i"}
_OBLIGATION = frozenset({"should", "must"})
_OBLIGATION_TO = frozenset({"had", "have", "has", "needed", "need", "needs"})  # "had to leave"


def _instruction(tokens: list[Token], i: int) -> bool:
    """'told the crew to leave', 'told them (that) they should leave', 'told residents they
    had to leave': an order to the listener, not a claim about the world."""
    if i + 1 < len(tokens) and tokens[i + 1].low in _LISTENER_AS_SUBJECT:
        k = i + 2 + (i + 2 < len(tokens) and tokens[i + 2].low == "that")
        if k + 2 < len(tokens) and tokens[k].low == _LISTENER_AS_SUBJECT[tokens[i + 1].low] and (
                tokens[k + 1].low in _OBLIGATION or tokens[k + 1].low in _OBLIGATION_TO and tokens[k + 2].low == "to"):
            return True
    for k in range(i + 2, min(len(tokens) - 1, i + 8)):
        if not tokens[k].is_word or tokens[k].low == "that":
            return False
        if tokens[k].low == "to" and pos(tokens[k + 1].low) == "VB":
            return True
    return False


def _inverted_or_parenthetical(tokens: list[Token], i: int, j: int) -> Span | None:
    """'"...," said Lori Glaze' (source after) or 'Tom Statler, a NASA scientist, said' (before)."""
    low = tokens[i].low
    # (an inverted tag has no auxiliary: "..., had reported the order" keeps its subject before)
    if j == i - 1 and (low in INVERTING_VERBS
                       or (_closes_quote(tokens, j) and low in SPEECH_VERBS and pos(low) in ("VBD", "VBZ"))):
        # ('"India is on the Moon," proclaimed ISRO chief S. Somanath': any verb of saying
        # inverts right after a quotation)
        after = phrase_after(tokens, i + 1)
        if after and after[1] < len(tokens) and tokens[after[1]].low == "and" and joins_titles(tokens, after[1]):
            rest = phrase_after(tokens, after[1] + 1)  # '... said Equifax chairman and CEO Richard Smith'
            after = (after[0], rest[1]) if rest else after
        if after and strong_source(tokens, after):
            after = extend_right(tokens, after)
            if not tokens[head_index(tokens, after)].is_cap and (named := _name_set_off(tokens, after[1])):
                return named  # '... said the chief of the port, Ann Roe, after ...': the person
            nxt = tokens[after[1]].text if after[1] < len(tokens) else "."
            if nxt in ",.;:!?—" or nxt in "”’»":  # not an opening '"' (a quote that follows)
                return after
    if tokens[j].text != ",":
        return None
    # a parenthetical between subject and verb: find the comma that opens it
    k = _opening_comma(tokens, j)
    if k is not None and k - 2 >= 0 and _short_aside(tokens[k + 1:j]):
        j, k = k, _opening_comma(tokens, k)  # "Jean Dupont, head of the Bank of France, BdF, notes"
    if k is None:
        return None
    if k >= 2 and _short_aside(tokens[k - 1:k]) and tokens[k - 2].text == ",":
        k -= 2  # "Kenji Watanabe, 54, a fisherman from the island, recalled"
    if (place := place_before(tokens, k)) is not None:
        return _placed_subject(tokens, place)
    if k > 0 and tokens[k - 1].text in _PLACE_NOUNS and not _titled_phrase_before(tokens, k):
        return None  # "who spoke from the country's capital, Port Moresby, said": a place, not the speaker
    inner = tokens[k + 1:j]
    names = [t for t in inner if t.text != "."]  # "Dr. Dan Edney"
    if 2 <= len(names) <= 4 and all(t.is_word and t.is_cap for t in names) and inner[0].text != ".":
        return k + 1, j  # "its spokesperson, Ivan Petrov, said": the name inside the commas
    named = name_in_commas(tokens, k)  # "Ohtani's agent, Nez Balelo of CAA, said"
    return named if named and named[1] < j else phrase_before(tokens, k, skip_adverbs=False)


def _placed_subject(tokens: list[Token], place: int) -> Span | None:
    """The subject before "(based) in Union, New Jersey,": "the company based in ..." or
    "The retailer, headquartered in ...". None when it cannot be told."""
    end = place
    if end > 0 and pos(tokens[end - 1].low) == "VBN":  # "based", "headquartered"
        end -= 1
    if end > 0 and tokens[end - 1].text == ",":
        end -= 1
    return phrase_before(tokens, end, skip_adverbs=False) if end > 0 else None


def _quoted_as(tokens: list[Token], as_at: int, low: str, out: list[Found]) -> bool:
    """'Reuters quoted Ana Silva as saying': Ana Silva speaks, Reuters quotes her (both
    are sources). False when no active "quoted X" comes before "as"."""
    quoted = next((k for k in range(as_at - 1, max(-1, as_at - 14), -1) if tokens[k].low in _QUOTING_VERBS), None)
    if quoted is None:
        return False
    if quoted + 1 >= as_at:  # "was quoted as saying": the verb's own subject speaks
        return _passive_quoted(tokens, quoted, low, out)
    pronoun = _OBJECT_PRONOUNS.get(tokens[quoted + 1].low) if quoted + 2 == as_at else None
    if pronoun:  # "Arthur Aidala, his lawyer, quoted him as saying": "him" is someone named before
        out.append(Found((quoted + 1, quoted + 2), f"quoted as {low}", pronoun=pronoun))
    else:
        speaker = phrase_after(tokens, quoted + 1)
        if speaker is None or speaker[1] > as_at or not source_like(tokens, speaker):
            return False
        speaker = (speaker[0], as_at) if person_head(tokens, speaker) else speaker  # "a source close to the club"
        out.append(Found(speaker, f"quoted as {low}"))
    subject = _subject(tokens, quoted, prev_index(tokens, quoted))  # (an aside: "Aidala, his lawyer, quoted")
    if subject and source_like(tokens, subject):
        out.append(Found(subject, tokens[quoted].low))
    return True


def _aside_after_tag(tokens: list[Token], tag: Found, i: int) -> bool:
    """'..., said Lt. Gen. Osama Rabei, head of the Suez Canal Authority, adding that': the
    speaker's title set off by commas between the tag and the participle at i."""
    assert tag.span is not None
    aside = tokens[tag.span[1]:i]
    return 3 <= len(aside) <= 12 and aside[0].text == "," and aside[-1].text == "," \
        and all(t.text != "," for t in aside[1:-1]) \
        and not any(pos(t.low) in FINITE_TAGS for t in aside if not t.is_cap)


def _tag_before(tokens: list[Token], i: int, tag: Found) -> bool:
    """Does a speech tag ("Fry said", "said Fry", "Fry said Sunday") end right before the
    comma of the participle at i?"""
    assert tag.span is not None
    last = skip_back(tokens, i - 2)
    while last >= i - 4 and last >= 0 and tokens[last].low in TIME_WORDS:  # "said Sunday", "said late Friday"
        last = skip_back(tokens, last - 1)
    return tokens[i - 1].text == "," and last >= 0 and (tokens[last].low in SPEECH_VERBS or tag.span[1] == last + 1)


_QUOTING_VERBS = frozenset("quoted quotes quote cited cites".split())
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_PASSIVE_AUX = frozenset("was were is are been".split())


def _passive_quoted(tokens: list[Token], quoted: int, low: str, out: list[Found]) -> bool:
    """'The toll has risen, Minister Ana Silva was quoted as saying': the phrase before
    "was", not the sentence's first subject. False (the subject speaks) when none is found."""
    aux = quoted - 1
    if aux < 1 or tokens[aux].low not in _PASSIVE_AUX:
        return False
    if tokens[aux].low == "been" and aux > 1 and tokens[aux - 1].low in ("has", "have", "had"):
        aux -= 1
    speaker = phrase_before(tokens, aux)
    if speaker is None or not source_like(tokens, speaker):
        return False
    out.append(Found(speaker, f"quoted as {low}"))
    return True


def _name_set_off(tokens: list[Token], at: int) -> Span | None:
    """The name after the comma at `at` that ends its sentence or clause (", Ann Roe." /
    ", Ann Roe, after ..."): two to four capitalised words."""
    if at >= len(tokens) or tokens[at].text != ",":
        return None
    end = at + 1
    while end < len(tokens) and end - at <= 6 and ((tokens[end].is_word and tokens[end].is_cap) or (
            tokens[end].text == "." and len(tokens[end - 1].text) == 1)):  # "S. Somanath"
        end += 1
    words = [t for t in tokens[at + 1:end] if t.is_word]
    closed = end >= len(tokens) or tokens[end].text in ",.;"
    return (at + 1, end) if closed and 2 <= len(words) <= 4 and all(t.is_cap for t in words) else None


def _closes_quote(tokens: list[Token], j: int) -> bool:
    """Token j ends a quotation: its closing mark, or the comma beside it (',"' / '",')."""
    return tokens[j].text in CLOSE_QUOTES or (
        tokens[j].text == "," and j > 0 and tokens[j - 1].text in CLOSE_QUOTES)


def _opening_comma(tokens: list[Token], j: int) -> int | None:
    """The comma that opens the parenthesis closed by the comma at j."""
    k = j - 1
    while k >= 0 and (tokens[k].text != "," or list_comma(tokens, k)) and j - k < 25:  # "of Salt, Timber and Coal"
        if (tokens[k].text in ".;:" and not (k > 0 and tokens[k - 1].low in ABBREVIATIONS)) \
                or tokens[k].text in QUOTE_CHARS:  # "Dr." does not end the parenthesis
            return None
        k -= 1
    return k if k >= 0 and tokens[k].text == "," and not list_comma(tokens, k) else None


def _short_aside(words: list[Token]) -> bool:
    """', BdF,' / ', IEA,': an organisation's short name; ', 54,': a person's age."""
    if len(words) != 1:
        return False
    text = words[0].text
    return (words[0].is_cap and sum(c.isupper() for c in text) >= 2) or (text.isdigit() and len(text) <= 3)


def _prize_after(tokens: list[Token], end: int) -> bool:
    """A prize ends the object of "claimed", before any clause, quotation or comma."""
    for t in tokens[end:end + _PRIZE_REACH]:
        if t.low == "that" or t.text in QUOTE_CHARS or t.text in ",;:" or (not t.is_cap and pos(t.low) in FINITE_TAGS):
            return False
        if t.low in _PRIZES:
            return True
    return False


# participles that work as "given that" after a comma: the writer's reasoning, nobody's report
_GIVEN_THAT = frozenset({"considering", "assuming", "supposing", "seeing"})


def participle(tokens: list[Token], i: int, out: list[Found]) -> None:
    """'..., adding that ...' / 'by saying that ...': the speaker is the sentence subject."""
    low = tokens[i].low
    if low == "citing":
        span = phrase_after(tokens, i + 1)
        if span and person_head(tokens, span):
            span = extend_right(tokens, span)  # "citing two people familiar with the talks"
        if span and citable(tokens, span):
            out.extend(Found(s, "citing") for s in coordinated(tokens, span))
    if (speaker := _with_speaker(tokens, i)) is not None:
        # (", with Gong calling the reports “false information”": words quoted are words said)
        if low in _FREE_PARTICIPLES or followed_by_that(tokens, i, 2) or bare_clause(tokens, i + 1) \
                or any(t.text in OPEN_QUOTES for t in tokens[i + 1:i + 6]):
            out.append(Found(speaker, low))
        return
    if i == 0 or tokens[i - 1].text != "," and tokens[i - 1].low not in ("by", "as"):
        return  # ", adding that", "by saying that", "was quoted as saying"
    if low in _GIVEN_THAT:
        return  # "isn't strange, considering Amazon is already in the grocery game": a reason
    if tokens[i - 1].low == "by" and low in CLAUSE_ONLY_VERBS and not any(t.low == "that" for t in tokens[i + 1:i + 3]):
        return  # "celebrated his goal by shouting 'Chris, stay strong!'": how he acted, no report
    if low not in _FREE_PARTICIPLES and not (followed_by_that(tokens, i, 2) or bare_clause(tokens, i + 1)):
        return  # ", warning that ...", ", declaring race cannot be a factor"
    if i + 1 < len(tokens) and tokens[i + 1].low in _NO_CLAIM or (low == "claiming" and _claims_a_thing(tokens, i + 1)):
        return  # "saying nothing", "adding little', "claiming 157 lives"
    if low == "citing" and not (i + 2 < len(tokens) and tokens[i + 1].low in _STANCE_NOUNS
                                and tokens[i + 2].low == "that"):
        return  # "citing concerns that ...": the subject voices them
    if tokens[i - 1].low == "as" and _quoted_as(tokens, i - 1, low, out):
        return
    span = main_subject(tokens)
    cue = low if low != "citing" else f"citing {tokens[i + 1].low}"
    # '“...,” Edney said, adding that', 'Five people were hurt, Fry said, adding that': the tag's speaker
    tag = next((f for f in reversed(out) if f.span is not None and f.span[1] <= i), None)
    if tag is not None and (tokens[0].text in OPEN_QUOTES or _tag_before(tokens, i, tag)
                            or _aside_after_tag(tokens, tag, i)):
        out.append(Found(tag.span, cue, pronoun=tag.pronoun))
        return
    if tokens and tokens[0].text in OPEN_QUOTES:
        return
    if span and span[1] <= i:
        span = _participle_subject(tokens, span, i)
    if span and source_like(tokens, span) and span[1] <= i:
        out.append(Found(span, cue))


# Nouns for places, in lower case: the name set off after one is the place's ("the capital, Port
# Moresby,"), not "Central Valley Water District, which ..., added"
_PLACE_NOUNS = frozenset("capital city town village province region state country island port district county "
                         "suburb neighbourhood neighborhood municipality".split())
def _titled_phrase_before(tokens: list[Token], k: int) -> bool:
    """The phrase ending before the comma at k holds a person's title ("The mayor of the town")."""
    span = phrase_before(tokens, k, skip_adverbs=False)
    return span is not None and any(is_title(t.bare) for t in tokens[span[0]:span[1]])


# Adverbs by which the writer calls what was said untrue
_UNTRUE = frozenset("falsely wrongly fraudulently untruthfully baselessly dishonestly".split())


def _with_speaker(tokens: list[Token], i: int) -> Span | None:
    """"..., with a spokesman saying 29 bodies had been found": the phrase between "with" and
    the participle speaks (not the sentence's subject)."""
    at = next((k for k in range(i - 1, max(-1, i - 8), -1) if tokens[k].low == "with"), None)
    # set off by a comma: "He spoke with reporters saying he was sorry" is his speech
    if at is None or at + 1 >= i or at == 0 or tokens[at - 1].text != ",":
        return None
    span = phrase_after(tokens, at + 1)  # (it may run on over the participle)
    if span is None or not span[0] < i <= span[1]:
        return None
    return (span[0], i) if source_like(tokens, (span[0], i)) else None


# Conjunctions that open a clause of its own, whose subject a later participle may follow.
_SUBORDINATORS = frozenset("while whereas where when as after because although though since until".split())


def _participle_subject(tokens: list[Token], subject: Span, i: int) -> Span | None:
    """Who the participle at `i` belongs to: the main subject, unless a clause of its own
    opens in between ("The verdict came ... while the conspiracy theorist showed no
    remorse, ranting that ..."); then that clause's subject, or nobody when it has none."""
    opened = [k for k in range(subject[1], i - 1) if tokens[k].low in _SUBORDINATORS]  # not "quoted as saying"
    if not opened:
        return subject
    inner = phrase_after(tokens, opened[-1] + 1)
    if inner is None or inner[1] >= i or pos(tokens[inner[1]].low) not in FINITE_TAGS:
        return None
    return inner
