"""Lexicons for flags: words and phrases that make a sentence hard to verify.

Each lexicon is one regex, compiled once, matched against the writer's own words (quoted
speech is masked first, see `flags.own_words`). Patterns are general news language,
not phrases from any particular article. The matched text is the cue shown to readers,
or its group named "cue" when the pattern needs context around the word.

Patterns are written in lower case and matched against the lower-cased text, which is
about twice as fast as IGNORECASE; the few that need letter case (MAY_MODAL, FUTURE,
DOCUMENT_SOURCE) say so and read the text as written.
"""

from __future__ import annotations

import re

from quizgen.analyze.reporting import verb_forms

_I = re.IGNORECASE  # only for the patterns that read the text as written


def _forms(*lemmas: str, tags: tuple[str, ...] = ("VB", "VBP", "VBZ", "VBD", "VBN", "VBG")) -> tuple[str, ...]:
    """The verb forms of each lemma (the shared lemminflect table), British and American spellings as listed."""
    out: list[str] = []
    for lemma in lemmas:
        table = verb_forms(lemma)
        for tag in tags:
            out += [form for form in table.get(tag, ()) if form not in out]
        if lemma not in out and "VB" in tags:
            out.append(lemma)
    return tuple(out)


def _alternatives(forms: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(form) for form in forms) + ")"


# --- word lists (data): verbs whose every form signals doubt or a forecast -------------
# the writer speculates, or reports a rumour or allegation ("critics speculating on motives")
DOUBT_VERBS = ("speculate",)
# weak reporting verbs: a claim suggested or hinted at is not stated ("the report suggests that")
WEAK_REPORTING_VERBS = ("suggest", "hint")
# active forecasts: "the U.S. expects Russia to continue", "analysts predict that prices ..."
FORECAST_VERBS = ("expect", "predict", "forecast", "anticipate", "project")
# words after which a past "was expected to" still points at the future
FUTURE_MARKERS = ("in the future", "in the coming", "in coming", "next week", "next month", "next year",
                  "later this", "later today", "tomorrow", "soon", "going forward", "continue", "by the end of")
# an anonymous-looking source that is an institution speaking publicly ("authorities said",
# "police said"): the standard attribution of an official statement, not anonymity
INSTITUTION_VOICES = ("authorities", "police", "investigators", "prosecutors", "firefighters",
                      "rescuers", "rescue workers", "emergency services", "troopers", "deputies",
                      "the sheriff's office", "the coroner's office")
# staff of a named body who speak for it ("NASA scientists", "Moscow police");
# "officials" and "sources" are left out: "U.S. officials said" is the classic anonymous source
INSTITUTION_STAFF = ("scientists", "researchers", "engineers", "astronomers", "police", "officers",
                     "investigators", "prosecutors", "doctors", "staff", "team", "spokespeople")
# where officials speak on the record: "NASA officials said at a news briefing"
ON_RECORD_VENUES = ("at a news conference", "at a press conference", "at a news briefing", "at a briefing",
                    "at a press briefing", "in a statement", "in a press release", "in a news release",
                    "told reporters", "in a post on", "at a hearing")
# people identified through a named person ("the family of Ana Ruiz", "Ruiz's lawyers")
RELATIONS = ("family", "families", "relatives", "parents", "mother", "father", "widow", "lawyer",
             "lawyers", "attorney", "attorneys", "brother", "sister", "son", "daughter")
# words that make a source a crowd although its head is singular ("the public", "everyone")
CROWD_WORDS = ("some", "many", "several", "most", "others", "everyone", "everybody", "everything", "anyone",
               "nobody", "people", "public", "unnamed", "unspecified", "crowd", "world")
# bodies named by their role, typed as a crowd by mistake ("the majority found", "the panel said")
DEFINITE_BODIES = ("majority", "minority", "dissent", "court", "panel", "committee", "board", "jury",
                   "bench", "council", "commission", "tribunal")


def _words(*alternatives: str) -> str:
    """Whole-word alternatives.

    Speed: every alternative starts with its letters, and context checks (lookbehinds)
    come after the word (see `_after`): the engine then rejects most positions at
    the first letter. A pattern that starts with a lookbehind is tried in full at
    every character.
    """
    return r"\b(?:" + "|".join(alternatives) + r")\b"


def _after(determiners: tuple[str, ...], words: tuple[str, ...], *, negate: bool = False) -> str:
    """Each of `words`, only right after (or with negate, not after) one of `determiners`.

    The lookbehinds come after the word, so they run only where the word is.
    """
    look = "(?<!" if negate else "(?<="
    out = []
    for word in words:
        checks = [f"{look}{det}{word})" for det in determiners]
        out.append(word + ("".join(checks) if negate else "(?:" + "|".join(checks) + ")"))
    return "(?:" + "|".join(out) + ")"


# "the", "a", possessives ("Messi's", "crews'"): the words that make "reported" an adjective
_DETERMINERS = tuple(f"\\b{word} " for word in ("the", "a", "an", "his", "her", "its", "their", "our")) + (
    "'s ", "’s ", "s' ", "s’ ")
# "the claims", "insurance claims": nouns, not the verb "claims"
_NOUN_MAKERS = tuple(f"\\b{word} " for word in (
    "the", "these", "those", "such", "his", "her", "their", "its", "any", "no", "a")) + ("nsurance ",)

# "unlikely" doubts a claim when it is said of one ("is unlikely to", "seems unlikely, given");
# before a noun it means surprising ("an unlikely hero", "most unlikely title triumphs")
_UNLIKELY = r"unlikely(?= (?:to|that|if|given|at|before|until|for|in|now|as)\b|\s*[,.;:!?\"”’)]|\s*$)"

# adverbs of doubt and hearsay
DOUBT_ADVERBS = (
    r"most likely", r"more likely", r"very likely", r"likely", _UNLIKELY, r"probably", r"possibly", r"perhaps",
    r"apparently", r"reportedly", r"allegedly", r"purportedly", r"supposedly",
    r"seemingly", r"presumably", r"ostensibly", r"potentially", r"conceivably",
)
# an adverb of doubt hedges a claim even inside a quote ("This is very likely a failure," she said):
# the speaker is on record, the claim is not settled; only the ones that qualify a whole claim
# ("a potentially hazardous asteroid" names a category)
DOUBT_ADVERB = re.compile(_words(r"most likely", r"more likely", r"very likely", r"likely", r"probably", r"perhaps",
                                 r"apparently", r"reportedly", r"allegedly", r"presumably"))

# words before "might" that make it the noun ("the might of", "military might")
_MIGHT_NOUN = tuple(f"\\b{word} " for word in ("the", "its", "his", "her", "their", "our", "military", "economic",
                                               "naval", "financial", "full", "sheer", "industrial"))

# --- hedged: the writer signals the claim is uncertain or second-hand ----------------
HEDGE = re.compile(
    _words(
        *DOUBT_ADVERBS,
        # "is said to", "are believed to", "was thought to", "is rumoured to"
        r"(?:is|are|was|were|has been|have been|had been)(?: also| widely| now)? "
        r"(?:said|believed|thought|rumou?red|reported|understood|tipped|alleged) to",
        r"(?:appears?|appeared|seems?|seemed) to",
        # "It was initially reported that 368 people had been rescued": reported by no one named
        r"it (?:is|was|has been|had been)(?: initially| first| earlier| widely| also| now)? "
        r"(?:reported|claimed|rumou?red|alleged|suggested) that",
        # "are presumed dead": taken to be so, not known ("presumed innocent" is a rule of law)
        r"(?:is|are|was|were|been|being|remains?|remained) presumed(?! innocent)\b",
        r"it (?:appears|appeared|seems|seemed) (?:that|as though|as if|likely)", r"it (?:looks|looked) as (?:though|if)",
        # transfer and deal talk: "the latest club to be linked with a move for ..."
        r"(?:be|being) linked with",
        r"(?:was|were|has been|have been|had been)(?: also| heavily| strongly)? linked (?:to|with)",
        # uncertainty nouns and adjectives
        r"unconfirmed", r"unverified", r"unsubstantiated",
        r"amid rumou?rs", r"rumou?rs? (?:suggest|say|claim|have it|are)",
        r"speculation", r"speculative", _alternatives(_forms(*DOUBT_VERBS)),
        r"it(?: is|['’]s| was) (?:possible|unclear|not clear|believed|thought|understood) (?:that|whether|if|how|why)",
        r"unclear (?:whether|if|how|why|when|what|who)", r"(?:is|are|was|were) estimated to",
        r"estimates suggest", r"without (?:providing |offering |citing )?(?:any )?evidence",
        r"(?:early|initial|preliminary) indications? that", r"indications? that",
        r"(?:is|are|was|were|be|remains?|seems?) (?:still |also |quite |entirely |very )?possible",
        r"remains? to be seen", r"not yet (?:been )?(?:confirmed|verified)", r"yet to be (?:confirmed|verified)",
        r"(?:necessary|needed|required) to (?:confirm|verify)",
        # "Messi's reported decision", "the alleged plot": second-hand as an adjective
        _after(_DETERMINERS, ("reported", "alleged", "purported", "supposed", "suspected", "so-called")) + r"(?= \w)",
        r"rumou?red",
        # distancing reporting verbs, and "alleged" as an adjective ("the alleged plot");
        # "claims" only as a verb: "the claims", "insurance claims of ..." are nouns
        _after(_NOUN_MAKERS, ("claims", "claimed", "claim", "alleges", "alleged", "allege"), negate=True) +
        r"(?! (?:of|about|were|are|have|had|from|for|against|by|on|in|and|victory|responsibility|credit|"
        r"the (?:title|lives|life|crown|seat|trophy))\b)",
        # speculative modals; "may" only in lower case, so "May 2022" stays a month
        # not the noun ("the might of the army", "military might"), nor "could" of perception or
        # ability ("smoke could still be seen", "could not be reached"); "could see prices rise",
        # "a deal could be reached", "the effects could be felt for years" hedge
        _after(_MIGHT_NOUN, ("might",), negate=True) + r"(?! of\b)",
        # nor "could" with its verb left out ("as close as they could, given the heat": ability)
        r"could(?! not\b| never\b)(?!\s*(?:[,.;:!?)\"\u201d]|$))"
        r"(?! (?:still |also |clearly |easily |only |barely |no longer )?"
        r"be (?:seen|heard|smelled|smelt|spotted|found|viewed|watched)\b"
        # ... but "could be seen as a snub", "could be found guilty" judge, and hedge
        r"(?! as\b| to\b| guilty\b| liable\b| responsible\b| in (?:breach|contempt|violation)\b))",
    ),
)
# (reads the text as written) lower-case "may" is the modal; "May" is the month (or a name) except at sentence start
MAY_MODAL = re.compile(r"\bmay\b(?! \d)(?! (?:be )?(?:best|most|perhaps) (?:be )?(?:known|remembered)\b)|^May (?=(?:be|have|not|also|well|soon|lead|help|take|need)\b)")
# "would" hedges only when the writer speculates; after "X said", it is reported speech
WOULD = re.compile(r"\bwould\b(?!-be\b)|\bwould've\b|’d\b")
# a weak reporting verb: "the report suggests that ...", "officials hinted that ..."
WEAK_REPORTING = re.compile(_words(_alternatives(_forms(*WEAK_REPORTING_VERBS)) + r" that"))
# "can" is a hedge about the future only next to a future marker
CAN_FUTURE = re.compile(
    r"\bcan\b[^.;]{0,60}\b(?:in (?:the )?future|soon|next (?:year|month|week)|later this year)\b")

# --- prediction: claims about the future -----------------------------------------------
# forecasts a named source cannot settle either: flagged even when attributed
FORECAST = re.compile(
    _words(
        r"(?:is|are|be|being|has been|have been)(?: also| widely| now| still)? (?:expected|anticipated|forecast|projected|"
        r"predicted|poised|slated|tipped|on track) to",
        r"(?:is|are) (?:widely )?(?:expected|anticipated)(?! (?:by|from)\b)",
        # "a deal expected to close", not the past "had expected to", "was expected to"
        _after(tuple(rf"\b{word} " for word in ("had", "been", "was", "were", "than", "who", "he", "she", "they", "we",
                                                "i", "it")),
               ("expected", "anticipated", "projected"), negate=True) + r" to",
        r"forecasts? (?:that|to)",
        # active, present: "the U.S. expects Russia to continue", "analysts predict that ..."
        r"(?P<cue>" + _alternatives(_forms("expect", "predict", "anticipate", tags=("VBZ", "VBP")))
        + r")(?: that|(?: [\w.'’-]+){1,4}? to)",
    ),
)
# a past expectation ("the vote was expected to pass") is narrative, not a forecast, unless it is
# reported speech ("an official said Moscow was expected to continue") or still points ahead
PAST_FORECAST = re.compile(
    _words(r"(?:was|were|had been)(?: also| widely)? (?:expected|anticipated|forecast|projected|predicted|poised|tipped) to"),
)
FUTURE_MARKER = re.compile(_words(*(re.escape(marker) for marker in FUTURE_MARKERS)))
# a "will" tied to a date, weekday or clock time is a schedule someone announced, not a forecast
_MONTHS = (r"jan\.?|january|feb\.?|february|march|april|may|june|july|aug\.?|august|sept?\.?|september|oct\.?|"
           r"october|nov\.?|november|dec\.?|december")
SCHEDULE = re.compile(
    r"\b(?:on|by|until|from|starting|beginning|through|in|this|next) (?:" + _MONTHS + r"|\d{1,2}(?:st|nd|rd|th)?\b)"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b"
    r"|\b(?:" + _MONTHS + r") \d{1,2}\b"
    r"|\b\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|am\b|pm\b)"
)
# a comparison with someone's figure asserts the writer's own: "higher than the company claimed",
# "faster than expected", "worse than previously thought"
COMPARED_CLAIM = re.compile(
    r"\bthan (?:[\w.'’-]+ ){0,3}?(?:claimed|alleged|reported|expected|anticipated|forecast|predicted|projected|"
    r"thought|believed|feared|estimated|suggested|hoped)\b")
# an open question is not an assertion: "did not say how much Russia intends to buy"
OPEN_QUESTION = re.compile(
    _words(r"(?:did not|didn't|didn’t|would not|wouldn't|wouldn’t|declined to|refused to|did not immediately|"
           r"has not|have not|had not) (?:yet )?(?:say|said|detail|detailed|specify|specified|disclose|disclosed|"
           r"explain|explained|reveal|revealed|confirm|confirmed|indicate|indicated|elaborate on|comment on) "
           r"(?:exactly )?(?:how|what|when|whether|if|why|which|who|where)",
           r"asked (?:[\w.'’-]+ ){0,3}?(?:how|what|when|whether|if|why|which|who|where)",
           # a question under investigation: "working to determine what group might have ..."
           r"(?:determine|establish|find out|investigate|investigating|examine|examining|looking into|look into) "
           r"(?:how|what|when|whether|if|why|which|who|where)"),
)
# a "will" in a question ("unsure of what will happen", "asked whether the plant will close")
# asks about the future; it predicts nothing
EMBEDDED_QUESTION = re.compile(r"\b(?:how|what|whether|if|why)\s+(?:[\w'’-]+\s+){0,3}$", _I)
# plain future: flagged unless a named source announces its own plans
# (reads the text as written: "Will Harding" is a name)
FUTURE = re.compile(
    _words(
        # not the noun ("free will", "the will of"), nor the name ("Will Harding")
        _after(("the ", "free ", "good ", "own ", "political "), ("will",), negate=True)
        + r"(?-i:(?<!Will)|(?! [A-Z]))(?! of\b)(?! power\b)",
        r"won't", r"won’t", r"shall",
        r"(?:is|are) (?:set|due|scheduled|going|about) to",
        # the verb, not the noun ("an expensive plan to remake itself", "its plans to expand"), nor a
        # superseded past plan ("had planned to sell")
        _after(tuple(rf"\b{word} " for word in ("a", "an", "the", "its", "his", "her", "their", "our", "this", "that",
                                                "no", "any", "new", "these", "those", "such", "had")),
               ("plans", "planned", "intended", "aims"), negate=True) + r" to",
        # "plan" is the verb after a plural subject: "officials plan to", "they plan to"
        r"plan(?:(?<=s plan)(?<!'s plan)(?<!’s plan)(?<!its plan)(?<!his plan)(?<!this plan)(?<!has plan)(?<!was plan)"
        r"|(?<=they plan)|(?<=we plan)|(?<=you plan)|(?<=\bi plan)) to",
        r"intends? to",
    ),
    _I,
)

# --- anonymous and vague sources named in the text itself ------------------------------
# backs up the attributions (which may miss them): the wording alone says "no name"
# the writer says outright that the source is unnamed: flagged whoever else is cited
_ANONYMITY = (
    r"anonymously", r"(?:on|under) (?:the )?condition of anonymity", r"declined to be named",
    r"not authori[sz]ed to (?:speak|discuss|comment)", r"unnamed (?:\w+ ){0,3}(?:officials?|sources?|persons?|people|diplomats?|executives?)",
    r"(?:sources?|people|persons?|insiders?) (?:familiar|close|briefed|with knowledge)",
    r"(?:asked|requested|declined) not to be (?:named|identified)", r"requested anonymity", r"not be (?:named|identified)",
)
ANONYMITY = re.compile(_words(*_ANONYMITY))
ANONYMOUS = re.compile(
    _words(
        *_ANONYMITY,
        r"sources (?:said|say|says|told)",
        # unnamed officials: "officials said", "one of the officials said", "said a senior official"
        r"officials? (?:said|say|says|told|disclosed|confirmed|added)",
        r"(?:said|according to) (?:a|an|one|two|three|four|several|some) (?:[\w.-]+ ){0,4}officials?",
        r"(?:said|according to|told) (?:a|an|one|two|three|several|multiple) (?:[\w.-]+ ){0,3}(?:sources?|insiders?|persons?|people)",
    ),
)
_VAGUE_GROUPS = (r"(?:experts|analysts|critics|observers|scientists|people|fans|commentators|economists|residents|"
                 r"locals|witnesses|users|voters|parents|supporters|opponents)")
_GROUP_SAYS = (r"(?:say|says|said|believe|believes|believed|argue|argued|claim|claimed|suggest|suggested|fear|feared|"
               r"warn|warned|think|thought|expect|expected|predict|predicted|told|tell|note|noted|insist|insisted)")
VAGUE = re.compile(
    _words(
        # a group is a vague source when it speaks ("10 other people are still missing" is a count)
        r"according to (?:some|many|most|several|other) " + _VAGUE_GROUPS,
        r"(?:some|many|most|several|other) " + _VAGUE_GROUPS + r" (?:\w+ ){0,2}?" + _GROUP_SAYS,
        r"(?:experts|analysts|critics|observers|commentators|pundits|insiders|rumou?rs|reports|sources) (?:say|said|believe|believed|argue|argued|claim|claimed|suggest|suggested|fear|feared|warn|warned|think|thought|expect|predict|note|noted)",
        r"some (?:say|believe|argue|claim|suggest|fear)", r"many (?:say|believe|argue|claim|fear)",
        r"according to (?:some |media |local |press |unconfirmed |several |multiple |news )?(?:reports|sources|rumou?rs|media|outlets)",
        r"(?:media|press|news) reports (?:say|said|suggest|suggested|claim|claimed)",
        # unnamed outlets: "several outlets are reporting", "reported local media", "as reported by
        # several U.S.-based news organizations"
        r"(?:several|some|multiple|many|various|other) (?:[\w.-]+ ){0,2}(?:outlets|news organi[sz]ations|publications|"
        r"newspapers|news sites|media)",
        r"(?:\w+ )?media (?:reported|have reported|has reported|are reporting|said|say|says|claimed)",
        r"reported (?:by )?(?:the )?(?:[\w.-]+ ){0,2}media",
        r"(?:everyone|everybody|everything) (?:talks|is talking|are talking|says|knows)",
        r"it is (?:said|widely believed|believed|rumou?red|reported) that",
        r"there (?:are|were|have been) (?:reports|rumou?rs|suggestions)",
        r"(?:scientists|experts|researchers|analysts) (?:believe|believed|think|thought|suspect|suspected)",
        r"(?:is|are|was|were) (?:widely|generally|commonly) (?:regarded|considered|seen|viewed|thought of) as",
        # unnamed research: "studies have found", "research shows"
        r"(?:studies|research|surveys|polls|experiments) (?:have |has )?(?:found|shown|show|shows|suggest|suggests|suggested)",
    ),
)

# a source that is a record, not a crowd: "a map the county posted", "data sets show"
# (reads an attribution's source as written)
DOCUMENT_SOURCE = re.compile(
    _words(r"reports?", r"study", r"studies", r"data", r"maps?", r"statements?", r"surveys?", r"analys[ie]s",
           r"assessments?", r"findings?", r"documents?", r"records?", r"filings?", r"images?", r"footage",
           r"videos?", r"photos?", r"inspections?", r"websites?", r"releases?", r"figures", r"statistics",
           r"calendars?", r"memos?", r"budgets?", r"minutes", r"agendas?", r"letters?", r"emails?", r"orders?",
           r"rulings?", r"lawsuits?", r"complaints?", r"indictments?", r"transcripts?", r"schedules?", r"notices?",
           r"polls?", r"census", r"registry", r"database", r"filing", r"plans?", r"guidelines",
           # official notices: "according to an emergency county text alert"
           r"alerts?", r"bulletins?", r"advisory", r"advisories", r"texts?", r"posts?", r"tweets?"),
    _I,
)

# a document among the sources: "according to officials and court documents"
CITED_DOCUMENT = re.compile(
    r"\baccording to [^.;]{0,80}?\b(?:documents|records|filings|court papers|affidavit|data|report)\b")
# officials on the record: "NASA officials said at a news briefing"
# ("at an evening press conference", "at a late-night news briefing": a word may stand before it)
ON_RECORD_VENUE = re.compile(_words(*(re.escape(venue).replace(r"at\ a\ ", r"at\ an?\ (?:[\w-]+\ )?")
                                      for venue in ON_RECORD_VENUES)))
# "the family of Ana Ruiz", "Ruiz's lawyers", "his lawyers (Ruiz's lawyers)" (reads the source as written)
_RELATIONS = "(?i:" + "|".join(RELATIONS) + ")"
RELATION_OF_NAMED = re.compile(
    rf"\b{_RELATIONS} (?:of|for) (?:the )?[A-Z]|[A-Z][\w-]*(?:'s|’s|'|’) (?:\w+ )?{_RELATIONS}\b")
# a photo credit ends a caption: "(AP Photo/Jane Doe)", "/AFP", "| Getty Images", "Photo: Reuters"
PHOTO_CREDIT = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA|Getty)(?: Photo)?[^()]{0,60}\)|[/|] ?(?:AFP|AP|Reuters|EPA|Getty Images|Bloomberg|"
    r"Shutterstock|Xinhua|Anadolu)(?: via [\w ]{1,30})?|(?:Photo|Image|Credit|File photo)s?: [^.]{0,60})\s*$",
)

# --- unattributed: specific or contested claims that need a source --------------------
SUPERLATIVE = re.compile(
    _words(
        r"(?:the|its|their|his|her|our|'s|’s|'|’) (?:(?:single|very|second|third|world's|world’s) )?"
        r"(?P<cue>top|largest|biggest|best|worst|highest|lowest|greatest|fastest|strongest|richest|deadliest|"
        r"longest|youngest|oldest|most (?!of\b|recent\b|recently\b)\w+|least (?!of\b)\w+|"
        # any other "-est" adjective, minus the common nouns and verbs that end in "est"
        r"(?!(?:latest|interest|west|rest|test|forest|contest|protest|request|harvest|honest|modest|earnest|"
        r"manifest|conquest|arrest|chest|crest|guest|nest|quest|vest|pest|bequest|digest|suggest|invest|"
        r"southwest|northwest|midwest|unrest|nearest|closest)\b)[a-z]{2,}est)",
        r"highest[- ]paid", r"best[- ]selling", r"world[’']s (?:best|biggest|largest|greatest|most \w+)",
        r"(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time", r"the first (?:to|ever)", r"ever recorded",
        r"in history", r"record[- ](?:breaking|high|low|setting)", r"unprecedented",
        # a rank: "is the fourth district to ...", "was the third attack this year"
        r"(?:is|was|are|were|becomes|became|has become|have become|remains) the "
        r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))",
    ),
)
_NUMBER = r"(?:\$|€|£|us\$)?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand|hundred|m|bn|k)\b)?|(?:a |one |two |several )?(?:dozen|hundred|thousand|million|billion)s?\b"
STATISTIC = re.compile(
    r"(?:about|around|roughly|nearly|almost|approximately|some|over|more than|less than|fewer than|"
    r"at least|up to|as many as|as much as|close to|an estimated|estimated|upwards of)\s+(?:" + _NUMBER + r")"
    # a duration is narrative ("quit less than 12 hours after being appointed"), not a figure to check
    r"(?![\d,.]*\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)"
    # large sums of money; a bare percentage ("shares fell 4%") is usually market background
    r"|(?:\$|€|£|us\$)\s?\d[\d,.]*\s?(?:million|billion|trillion|m\b|bn\b)",
)
# the writer draws a conclusion nobody is quoted for
CONCLUSION = re.compile(
    r"^\W*(?:hence|therefore|consequently|thus|as a result|this means|that means|clearly|obviously|undoubtedly)\b",
)
# the writer infers: "..., implying that the two did not get along"
INFERENCE = re.compile(
    _words(r"(?:implying|suggesting|indicating|signalling|signaling|meaning) that",
           r"which (?:means|suggests|implies|indicates|shows|proves) that"),
)
# the writer claims to know what others want or feel
MIND_READING = re.compile(
    _words(r"(?:keen|eager|desperate|itching|determined)(?:ness)? to"),
)
# (reads the text as written) a named subject's present wish: "Apple wants to offer him a share"
WANTS = re.compile(r"\b[A-Z][\w.&’'-]* (?:also |still |now |reportedly )?(?P<cue>wants? to)\b")
# the writer weighs the event: "the ruling is a massive blow to ...", "marks a major victory for ..."
JUDGMENT = re.compile(
    _words(r"(?:is|was|are|were|marks?|marked|represents?|represented|deals?|dealt|delivers?|delivered) an? "
           r"(?:[\w-]+ ){0,2}?(?:blow|setback|victory|win|defeat|boost|triumph|embarrassment|rebuke|"
           r"turning point|milestone|game[- ]changer|coup) (?:to|for)"),
)
# the writer's own verdict: flagged even in a sourced sentence ("..., and he's right")
VERDICT = re.compile(
    _words(
        r"(?:he|she|they|it)(?:'s|’s| is| are| was| were) (?:right|wrong|correct|mistaken)(?: about| to)?",
        r"rightly", r"wrongly", r"undeniably", r"no doubt", r"of course",
    ),
)
# a reporting verb in the sentence: a source is probably there even when the
# attributions missed it, so "would", "will" and bare claims are not the writer's own
REPORTING = re.compile(
    _words(
        # speech verbs only: "announced agreements" or "declared an emergency" is an event
        r"said", r"says", r"told", r"according to", r"added", r"noted", r"stated", r"explained",
        r"wrote", r"writes", r"insisted", r"argued", r"warned", r"acknowledged",
        # other verbs report only with a "that" clause: "announced on Monday that ..."
        r"(?:announced|confirmed|reported|declared|disclosed|revealed|believes?|believed|thinks?|"
        r"estimated|predicted|expects?)(?: [\w.,]+){0,4}? that",
    ),
)


# A modal (or "appear") that does not hedge the writer's claim: a purpose ("so emergency vehicles could
# pass"), someone's hope ("hoping these could help"), a past or present inability ("crews could not reach it", "could do
# nothing", "could only watch"), or a
# time ("until the gases could be cleared"); nor one inside a question or a condition
# ("questioned whether more could have been done", "check to see if they have potentially been
# affected") or someone's grounds for a decision
# ("cancelled on the basis that his presence might stir unrest"), nor what a thing that did not
# happen would have brought ("averted a trial that could have seen executives testify") or
# what would have been had something else been so.
# Bounded gaps keep the scan linear.
_NOT_HEDGING = (
    r"\b(?:so|so\s+that|in\s+order\s+that)\s+(?:[\w'-]+\s+){0,4}?(could|may|might|can)\b"
    r"|\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|pray(?:s|ed|ing)?)\s+(?:that\s+)?(?:[\w'\u2018\u2019\u201c\u201d\"-]+\s+){0,4}?"
    r"(could|may|might|can)\b"
    r"|\b(could|can)(?:\s+not\b|n't\b|not\b)"
    # "there was no way anyone could have survived": a possibility ruled out, said flatly
    r"|\bno\s+way\s+(?:that\s+)?(?:[\w'-]+\s+){0,5}?(could|can|would|might)\b"
    # "a matchup no one could have predicted": nobody at all, said flatly
    r"|\b(?:no\s+one|nobody|none\s+of\s+us|not\s+one)\s+(?:[\w'-]+\s+){0,2}?(could|can|would|might|may)\b"
    # "could barely walk", "can hardly breathe": what someone was (un)able to do
    r"|\b(could|can)\s+(?:barely|hardly|scarcely|no\s+longer)\b"
    # "what could only be a body floating on the water": a conclusion drawn, near certain
    r"|\b(could|can)\s+only\s+(?:be|have\s+[a-z]+)\b"
    # "Barcelona could do nothing", "fans could only watch": what someone was unable to do
    r"|\b(could|can)\s+(?:do|say)\s+(?:nothing|little)\b|\b(could|can)\s+only\s+(?:watch|wait|look|hope|stand)\b"
    # "they could change nothing", "could find no one": an act that was not possible
    r"|\b(could|can)\s+[a-z]+\s+(?:nothing|no\s+one|nobody)\b"
    r"|\b(?:until|before|after|once|when|whenever|as\s+soon\s+as)\s+(?:[\w'-]+\s+){0,4}?(could|can)\b"
    # "to appear in court", "appeared before the judge": to show up, not to seem
    r"|\b(appear|appears|appeared|appearing)\s+(?:in|at|before|on)\b"
    r"|\b(?:whether|if|on\s+the\s+(?:basis|grounds))\s+(?:that\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(could|may|might|would|can|potentially|possibly|probably|likely)\b"
    r"|\b(?:that|which)\s+(could|might|would)\s+have\s+(?!been\b)\w+"
    # "could have been prevented if the track had had brakes": what would have been, not a doubt
    r"|\b(could|might|would)\s+have\s+(?:been\s+)?\w+\s+(?:[\w'-]+\s+){0,6}?if\b"
    # "considering anything that could be relevant": a modal inside what is looked for, no doubt
    r"|\b(?:anything|everything|something|anyone|everyone|whatever|whoever|all\s+that)\s+(?:that\s+|which\s+|who\s+)?"
    r"(could|may|might|can)\b"
    # "could compete as neutrals if they can prove they are clean": what a rule allows on a condition
    r"|\b(could|can|may)\s+(?:[\w'-]+\s+){1,8}?(?:if|provided|as\s+long\s+as)\s+(?:they|he|she|it|we|you)\s+"
    r"(?:can\s+|could\s+)?(?:prove|proves|show|shows|meet|meets|pass|passes|comply|complies|qualify|qualifies|"
    r"demonstrate|demonstrates|satisfy|satisfies|fulfil|fulfill|fulfils|fulfills)\b")
# perceiving ("the heat could be felt", "you can see"): also "could be seen as a snub", "could
# see the operator fined", which doubt; so only a quiz key, which must be beyond dispute, avoids it
_PERCEIVING = (r"|\b(could|can)\s+(?:(?:\w+ly|still|even|also|just)\s+)?(?:be\s+)?(?:see|seen|hear|heard|feel|felt|smell|smelled|smelt|"
               r"watch|watched|notice|noticed|spot|spotted)\b")
# ... and a modal that defines a thing by what can be done with it ("money in the bank that
# could be lent elsewhere"): the sentence states the rest as fact; "a deal that could be signed
# next week" doubts, so again only a quiz key avoids it
_DEFINING = r"|(?<!,)\s(?:that|which)\s+(could|can)\s+be\s+[a-z]+(?:ed|en|t)\b"
# "anything other than a soft landing could have sent the probe bouncing", "without the wall
# the storm could have flooded ...": what did not happen ("the gunman could have fled" guesses)
_COUNTERFACTUAL = (r"|\b(?:anything\s+(?:other|else)|without|otherwise|or\s+else|but\s+for)\b[^.;]{0,80}?"
                   r"\b(could)\s+(?:\w+\s+)?have\s+[a-z]+")
# "why anyone would choose to live there": a modal inside a question someone asks or a writer
# wonders about; the doubt, if any, is the question's, not the modal's
# ... and in an indirect question ("could not say when the flames might die out", "no estimate of
# how long the repairs may take"): the sentence tells what is not known, its modal guesses nothing
_ASKED = (r"|\b(?:why|how\s+come|what\s+makes)\s+(?:[\w'\u2019-]+\s+){0,4}?(would|could|might)\b"
          r"|\b(?:when|where|how\s+(?:long|soon|many|much|far))\s+(?:[\w'\u2019-]+\s+){0,5}?(would|could|might|may)\b")
# "potentially fatal explosions", "a potentially deadly storm": a kind of danger named before its
# noun, not a claim in doubt ("the gas is potentially fatal" still doubts)
_KIND_OF_RISK = (r"|\b(potentially)\s+(?:fatal|deadly|lethal|dangerous|hazardous|catastrophic|devastating|harmful|"
                 r"toxic|life-threatening)\s+(?!and\b|or\b|to\b|for\b|if\b)[a-z]+")
# "The feeling that this could be a once-in-a-lifetime chance drove fans to ...": a modal inside
# a feeling or belief the sentence describes; its claim is what the feeling did ("officials
# believe the toll could rise" and "there are fears that ... may" still doubt, so only a quiz key
# avoids the clause of a noun the sentence is about)
_HELD_VIEW = (r"|\b(?:the|a|this|that|their|his|her|its|our)\s+(?:[\w-]+\s+)?(?:feeling|sense|belief|fear|worry|"
              r"perception|impression|notion|thought|idea|suspicion|conviction)s?\s+that\s+(?:[\w'\u2019-]+\s+){0,5}?"
              r"(could|may|might|would|can)\b")
# "Johnson was never warned it could cause cancer": a warning that was not given; its modal is
# nobody's claim ("officials warned the dam could burst" still doubts)
_UNTOLD = (r"|\b(?:never|not|n't|n’t)\s+(?:been\s+|being\s+)?(?:warned|told|informed|advised|notified|cautioned)\b"
           r"[^.;]{0,60}?\b(could|might|may|would|can)\b")
# "the judge ruled that Cosby could be released on bail": what a ruling allows, not a doubt
_PERMITTED = (r"|\b(?:ruled|decided|agreed|allowed|permitted|authori[sz]ed|ordered|granted)\s+(?:that\s+)?"
              r"(?:[\w'\u2019-]+\s+){0,4}?(could|may|might|can)\b")
_NOT_HEDGING_MODAL = re.compile(_NOT_HEDGING + _PERCEIVING + _DEFINING + _COUNTERFACTUAL + _ASKED + _KIND_OF_RISK
                                + _HELD_VIEW + _UNTOLD + _PERMITTED, re.IGNORECASE)
_NOT_HEDGING_CLAIM = re.compile(_NOT_HEDGING, re.IGNORECASE)


def hedging_modal(text: str, word: str, strict: bool = True) -> bool:
    """False when every use of the modal `word` in the text is one that does not hedge; `strict`
    (a quiz key, which must be beyond dispute) also counts the uses that may or may not doubt
    ("could be seen", "money that could be lent")."""
    word = word.lower()
    uses = sum(1 for t in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", text) if t.lower() in (word, word + "n't"))
    pattern = _NOT_HEDGING_MODAL if strict else _NOT_HEDGING_CLAIM
    plain = {m.start(i) for m in pattern.finditer(text.replace("\u2019", "'"))
             for i, found in enumerate(m.groups(), 1) if found and found.lower() == word}
    return len(plain) < uses or uses == 0
