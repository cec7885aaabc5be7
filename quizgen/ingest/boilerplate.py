"""Line features and the per-line classifier for scraped plain text.

`classify(line)` looks at one stripped line on its own and returns a Kind: page
furniture (navigation, share buttons, comment forms, cookie notices, subscription and
newsletter pitches, related links and promotions, bylines, dates, captions and picture
credits, embedded posts, teasers), an END marker that opens the page's closing
furniture ("Leave a Reply", "Recent Posts"), or TEXT. The structure-aware decisions
(title, where the body starts and ends, author boxes, captions shown twice, a pitch's
own sentences) are in `plaintext.py`, which uses these features. The word lists the
patterns are built from are data, in `furniture_words.py`.

Every pattern is linear in its line (article text is untrusted): no adjacent or nested
unbounded quantifiers over the same characters; whitespace runs are matched possessively
or from their start only (a lookbehind for non-space), credit words are bounded.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from quizgen.ingest.furniture_words import (CAPTION_NOTES, CREDIT_OPENERS, NEWS_AGENCIES, PHOTO_AGENCIES,
                                            PITCH_VERBS, READ_ON_OPENERS)
from quizgen.ingest.metadata import credit_outlet, date_line, parse_byline, parse_stamp_line, url_of_line


class Kind(Enum):
    TEXT = "text"
    END = "end"  # opens the closing furniture: "Leave a Reply", "Post navigation"
    LINKS = "links"  # opens a block of links or labels: "You May Also Like", "Recent Posts", "3 Comments"
    JUNK = "junk"  # navigation, buttons, labels, forms, cookie notices
    PITCH = "pitch"  # subscription and newsletter pitches: "Subscribe to The Courier"
    RELATED = "related"  # "Related Article : ...", "Also Read", "Read the full statement here."
    CREDIT = "credit"  # "This article originally belongs to Nbcnews.com"
    BYLINE = "byline"
    DATE = "date"  # a date alone, or "Wire | Updated: ... | Created: ..."
    CAPTION = "caption"
    EMBED = "embed"  # an embedded social-media post
    TEASER = "teaser"  # a truncated dek of another story: "... ends here… Read More"
    URL = "url"




def _norm(line: str) -> str:
    """Lower case, letters/digits/spaces only: for matching labels."""
    return " ".join(re.sub(r"[^\w\s]", " ", line.lower()).split())


# Whole-line labels (after _norm) that are never article text.
_JUNK_LABELS = frozenset("""
keep reading|read more|continue reading|also read|read also|see also|read full story|read full article
show more|load more|see more
advertisement|advertisements|ad|ads|sponsored|sponsored content|paid content|promoted
story continues|story continues below|published|story continues below advertisement|article continues below
scroll to continue
scroll to continue with content|continue reading below|content continues below
share|share this|share this article|share this story|share article|share on|copy link|link copied|print
tweet|email|whatsapp|left menu|right menu|menu|main menu|open menu|close menu|skip to content
skip to main content|skip navigation|home|search|sign in|log in|login|register|sign up|subscribe
subscribe now|my account|account|listen|listen to this article|listen to article|watch|video|photo|image
images|gallery|loading|close|back to top|top|next|previous|prev|follow us|follow|like|reply|report
representative image|file photo|file image|getty images|photo credit|image credit|toggle navigation
enlarge this image|expand|collapse|view comments|comment|add comment|post comment|submit|cancel reply
name|email address|website|save|accept|accept all|reject all|manage preferences|got it|ok|more
breaking|breaking news|live|updated|exclusive|opinion|analysis|news|world|sports|health|science|tech
""".replace("\n", "|").split("|")) - {""}
# Words share bars are made of: a line of only these is a button row.
_SOCIAL = frozenset("facebook twitter x whatsapp email e mail linkedin pinterest reddit telegram print share "
                    "copy link messenger tweet on this article via flipboard tumblr threads bluesky sms".split())
# Markers after which nothing is the article: comment forms, post navigation.
_END = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|"
    r"(?:comments )?powered by disqus|about the authors?|post navigation|previous (?:post|article)|"
    r"next (?:post|article)|comments are closed)$")
# Markers of a block of links or labels, which may also stand in the middle of an article
# (a comment count under the lede, a "Related" box): the body resumes if paragraphs follow.
_LINKS = re.compile(
    r"^(?:\d+ (?:comments?|responses?|replies)|comments?|no comments(?: yet)?|tags?|filed under|categories|"
    r"share this|like this|you (?:may|might) (?:also )?like|"
    r"(?:recent|related|popular|latest|top|more|similar|trending|featured|"
    r"recommended|other) (?:posts|stories|articles|news|reads|videos|headlines)|more from .{1,40}|"
    r"more on this (?:story|topic)|trending now|most (?:popular|read|viewed|shared)|read next|up next|"
    r"what to read next|recommended(?: for you)?|around the web|from the web|you may have missed|related|"
    r"related topics|further reading|in other news|latest|explore more|don ?t miss|must read|editor s picks?|"
    r"trending|popular|most popular|top stories|top news|news in brief)$")
# "2 hours ago", "5 min read", "Updated 3 minutes ago", "hour ago" (its number lost in the scrape)
_TIME_LABEL = re.compile(r"^(?:(?:published|updated|posted|last updated) )?(?:(?:\d+|an?|one) )?"
                         r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) (?:ago|read)$")
# "hour ago - World", "5 min read | Politics": a time label and a short section label
_LABEL_SEPARATOR = re.compile(r"\s[-–—|·•]\s")
# Subscription and account pitches: "Subscribe for $1 a week", "Already a subscriber? Log in"
_PITCH = re.compile(r"^(?:subscribe|sign up|log ?in|sign in|register|become a (?:member|subscriber)|"
                    r"already a (?:subscriber|member)|support (?:our|independent|local) journalism|donate)\b",
                    re.IGNORECASE)
# "Tags: ransomware, transit" closes the article like a comment section does
_TAG_LIST = re.compile(r"^(?:tags?|filed under|categories|topics|tagged)\s*:", re.IGNORECASE)
_AD_LABEL = re.compile(r"^(?:advertisement|advertisements|sponsored|ad)(?: \w+){0,4}$")
_PLAYER_NOTE = re.compile(r"^(?:media playback is (?:unsupported|not supported)|your browser does not support|"
                          r"this video (?:is|can)|please enable javascript|javascript is (?:disabled|required))")
# "(Reporting by Jane Roe; Editing by John Doe)": the wire's staff credits
_WIRE_TRAILER = re.compile(
    r"^\(\s*(?i:(?:additional )?(?:reporting|writing|editing|compiled|produced) by)\b[^()]*\)\.?$|"
    r"^(?i:(?:additional )?(?:reporting|writing|editing) by) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*"
    r"(?:\s*[;,]\s*.*|\s+(?:and|in) .*)?$")
# "Associated Press writer Jane Roe contributed to this report.", "Jane Roe contributed reporting."
_CONTRIBUTED = re.compile(r"^[A-Z][^.]{0,150}?\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b"
                          r"[^.]{0,80}\.?$")
# "Related Article", "Related Stories": a label whose next line is the linked headline
_RELATED_LABEL = re.compile(r"^related (?:articles?|stor(?:y|ies)|content|coverage|videos?|links?|reading)$")
# Editors' notes about the page, not the event.
_PAGE_NOTE = re.compile(
    r"^(?:this (?:is an? )?(?:developing|breaking)(?: news)? story|this (?:story|article|post|page) (?:has been|"
    r"will be|may be|is being|was) updated|check back (?:later )?for (?:more )?updates|(?:more )?details to follow|"
    r"refresh (?:this page )?for (?:the latest )?updates"
    # "This is an archived article and the information in the article may be outdated."
    r"|this (?:is an? )?archived (?:article|story|page)|this (?:article|story) (?:is|was) archived)", re.IGNORECASE)
# (?<!\s): a separator starts where a whitespace run does, so a long run is scanned once
_NAV_SEPARATOR = re.compile(r"(?<!\s)\s+(?:\||»|›|>|/|·|•)\s+")
_NAV_LABEL = re.compile(r"^(?:home|trending(?: now)?|share(?: this)?|menu|sections|topics|tags|follow us|"
                        r"quick links|top stories)\s*[:»|]", re.IGNORECASE)
_COMMENT_FORM = re.compile(
    r"your email address will not be published|required fields are marked|save my name,? email|"
    r"notify me of (?:follow-up comments|new posts)|you must be logged in to post|this site uses akismet|"
    r"comment moderation|be the first to comment|log in to (?:leave|post) a comment|"
    r"^what do you think\?|\b(?:let us know|tell us|share your (?:thoughts|views))\b.{0,40}"
    r"\b(?:in the comments?|comments? (?:below|section)|below)\W*$",
    re.IGNORECASE)
# Pitches of nonprofit and member-funded sites, and republishing notes
_SUPPORT_PITCH = re.compile(
    r"^(?:please\s+)?donate (?:today|now)\b|\bsupported by (?:readers|members|donors)\b|"
    r"\b(?:support|fund) (?:our|independent|local|nonprofit) (?:journalism|newsroom|reporting)\b|"
    r"\bbecome a (?:member|supporter|donor)\b|"
    r"^republish this (?:story|article)\b|\bcreative commons licen[cs]e\b|^(?:sponsored|promoted|partner content|"
    r"paid post|advertisement)\s*[:|–—-]", re.IGNORECASE)
# cookie notices talk about the site, not about baking
_COOKIE = re.compile(r"\bcookies?\b(?=.*\b(?:website|site|browser|brows\w*|experience|consent|accept|policy|"
                     r"preferences|settings|personali[sz]e|analytics|third.party|partners|agree)\b)|"
                     r"\b(?:website|site|we) uses? cookies\b", re.IGNORECASE)
_NEWSLETTER = re.compile(
    r"\b(?:sign up|subscribe|get|receive|join)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:sign up|subscribe|"
    r"inbox|email address)\b|\b(?:briefing|digest|alerts)\b.*\b(?:subscribe|sign up)\b|"
    r"\b(?:sign up|subscribe)\b.*\b(?:inbox|updates|alerts|briefing|digest|email)\b|"
    r"\bdelivered (?:straight )?to your inbox\b|\bget (?:the|our) .{0,30}\b(?:in your inbox|by email)\b",
    re.IGNORECASE)
_RELATED = re.compile(
    r"^(?:related(?: articles?| stor(?:y|ies)| content| news| reading| coverage| posts?| links?| video)?|"
    r"more|also read|read also|also see|see also|must read|recommended|further reading|suggested|"
    r"don'?t miss|do not miss|read next|trending|editor'?s picks?|read more|more news|watch|listen|"
    r"also on [\w .]{1,30}|click here|read here)\s*[:|>»›\-–—]+\s*\S", re.IGNORECASE)
# "Source: Reuters", "Via: AP": credits a wire or site for the copy, not the page's owner
_SOURCE_LINE = re.compile(r"^(?:sources?|via|courtesy(?: of)?|credits?)\s*:\s*\S.{0,60}$", re.IGNORECASE)
_CALL_TO_ACTION = re.compile(
    r"^(?:(?:please\s+)?(?:read|see|view|download|watch|listen to|find|check out)\s+(?:the\s+)?"
    r"(?:full|complete|whole|original|entire|latest|more)\b.*\b(?:here|below|online|at|on)\b|"
    r"click here\b|tap here\b|follow us on\b|follow .{1,30} on (?:twitter|facebook|instagram|x)\b|"
    r"(?:like|follow) us\b|join (?:us|our) on\b|for (?:more|the latest) .{0,40}\b(?:visit|follow|click)\b)",
    re.IGNORECASE)
_EMBED = re.compile(r"pic\.twitter\.com/|\(@\w{1,30}\)\s+\w+\.? \d{1,2},? \d{4}\s*$|^view this post on instagram|"
                    r"^a post shared by|^watch on youtube|^(?:\u2014|--)\s*\w[\w .]*\(@\w+\)", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_TEASER_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*+(?:(?:read more|continue reading|more)\s*+)?"
                         r"[»›→]*$",
                         re.IGNORECASE)
_READ_MORE_END = re.compile(r"\b(?:read more|continue reading|read full story)\s*[»›→]*$", re.IGNORECASE)
# What may close a sentence after its full stop: quotes and brackets
_CLOSERS = "\"'”’)]"

# Captions: a noun phrase around a picture word, with no finite verb.
_PICTURE = (r"(?:image|photo|photograph|picture|view|illustration|micrograph|screenshot|screengrab|rendering|"
            r"graphic|still|frame|handout|footage|map|chart|file photo|artist'?s (?:impression|concept))s?")
_CAPTION_HEAD = re.compile(
    rf"^(?:[\w'’.,-]+\s+){{0,7}}{_PICTURE}(?:\s+(?:of|showing|shows|shown|from|taken|captured|depicting|"
    rf"released|provided|made|obtained|courtesy)\b|\s*[:,(]|\s*$)", re.IGNORECASE)
_CAPTION_LABEL = re.compile(rf"^(?:{_PICTURE}|media|video|credit|source|courtesy)\s*+"
                            rf"(?:(?:credit|copyright|caption|source)\s*+)?"
                            rf"(?:[:,|/©]|by\b|$)", re.IGNORECASE)
# "Image caption," on its own line: the next line is the caption
CAPTION_LEAD = re.compile(r"^(?:image|photo|picture|media|video)\s++caption\s*+[,:]?$|^caption\s*+:?$",
                          re.IGNORECASE)
# "Jane Roe/AP", "AFP via Getty Images", "EPA-EFE/John Doe": a photo credit alone
_PHOTO_CREDIT = re.compile(
    r"^(?:[\w.'’ -]{1,40}/\s*(?:AP|AFP|EPA(?:-EFE)?|REUTERS|Reuters|Getty Images|AP Photo|Shutterstock)|"
    r"(?:AP|AFP|EPA(?:-EFE)?|REUTERS|AP Photo)\s*/\s*[\w.'’ -]{1,40}|"
    r"(?:[\w.'’ -]{1,30} via )?(?i:getty images|shutterstock|alamy|istock(?:photo)?))$")


def _alternatives(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_PHOTO_AGENCY = _alternatives(PHOTO_AGENCIES)
_ANY_AGENCY = _alternatives(PHOTO_AGENCIES + NEWS_AGENCIES)
# What a caption's closing parenthesis holds: "(Jane Roe/AFP via Getty Images)", "(AP Photo/Jane Roe)",
# "(File)", "(Photo: county police)". A bare "(AP)" is not here: it credits the copy, not a picture.
_PAREN_CREDIT = re.compile(
    rf"^(?:(?i:{_alternatives(CAPTION_NOTES)})|(?i:{_alternatives(CREDIT_OPENERS)})\s*+(?:[:/©]|by\b)[^()]{{1,60}}|"
    rf"(?i:courtesy of|photo courtesy of|image courtesy of)\s++[^()]{{1,60}}|"
    rf"[^()/]{{1,50}}/\s*+(?:{_ANY_AGENCY})\b[^()]{{0,40}}|(?:{_ANY_AGENCY})\s*+/[^()/]{{1,50}}|"
    rf"[^()]{{0,50}}\b(?:{_PHOTO_AGENCY})(?:\s++via\s++[^()]{{1,30}})?)$")
_CLOSING_PAREN = re.compile(r"[(\[]([^()\[\]]{1,80})[)\]]\.?$")
# "... on Tuesday | Getty Images", "Jane Roe / Shutterstock", "... outside the plant. | Bloomberg"
_BAR_PHOTO_CREDIT = re.compile(rf"(?<!\s)\s*+[|/]\s*+(?:[\w.'’ -]{{1,40}}(?:/|\bvia\b)\s*+)?(?:{_PHOTO_AGENCY})$")
_BAR_AGENCY_CREDIT = re.compile(rf"[.!?]\s*+\|\s*+(?:{_ANY_AGENCY})$")
# "Elon Musk at an event in Texas | Bloomberg": a caption when it stands below the first paragraph
# (at the top it is a headline and its outlet)
_AGENCY_BAR = re.compile(rf"(?<!\s)\s++\|\s*+(?:{_ANY_AGENCY})$")
# "... in Harlow on Tuesday. Jane Roe/AFP", "... on Tuesday. Jane Roe/AFP via Getty Images"
_SLASH_CREDIT_TAIL = re.compile(rf"[.!?]\s++[\w.'’ -]{{1,40}}/\s*+(?:{_ANY_AGENCY})(?:\s++via\s++[\w ]{{1,30}})?$")
# "... in Pearl on Monday. Jane Roe/The Harbor Gazette": a photographer and their paper
_PHOTOGRAPHER_TAIL = re.compile(r"[.!?]\s++[A-Z][\w.'’-]{0,20}+(?: [A-Z][\w.'’-]{0,20}+){1,3}/\s*+"
                                r"[A-Z][\w.'’&-]{0,20}+(?: [A-Z][\w.'’&-]{0,20}+){0,4}$")
# "Image 1 of 12", "Photo 3/8": a gallery's counter
_GALLERY_COUNTER = re.compile(r"^(?:image|photo|picture|slide)s?\s++\d{1,3}\s*+(?:of|/)\s*+\d{1,3}\b", re.IGNORECASE)
# "Read on for details:", "Scroll down for video": a promise of more, alone or ending a paragraph
_READ_ON = rf"(?i:{_alternatives(READ_ON_OPENERS)})\b[^.!?:\n]{{0,60}}[.:!]?\s*+$"
_READ_ON_LINE = re.compile(rf"^(?:{_READ_ON})")
_READ_ON_TAIL = re.compile(rf"(?<=[.!?\"”’])\s++(?:{_READ_ON})")
# "(More stories about the harbor.)", "(Read more: ...)": a related-link note in parentheses
_PAREN_PROMO = re.compile(r"^\((?i:more|read more|see more|see also|related|also read|more stories|more coverage)\b"
                          r"[^()]{0,100}\)\.?$")
# "READ MORE Ferry timetable changes": an upper-case promo label before a headline
_PROMO_LABEL = re.compile(r"^(?:READ MORE|ALSO READ|READ ALSO|MUST READ|SEE ALSO|RELATED|MORE|WATCH|LISTEN|"
                          r"RECOMMENDED|TRENDING|DON'T MISS)\b\s*+[:|>»›\-–—]*\s*+[A-Z0-9“\"‘']")
# Mastheads and awards: "The Courier International Edition", "Regional newspaper of the year 2023"
_MASTHEAD_NOTE = re.compile(r"\b(?:international|u\.?s\.?|uk|global|asia|europe|digital|print|weekend|online|"
                            r"national|daily) edition$|"
                            r"\b(?:newspaper|paper|website|news ?site|publication|magazine|digital publisher|"
                            r"news brand|title|news provider) of the year\b", re.IGNORECASE)
# A pitch's own sentences: "Escape your echo chamber. Get the facts behind the news."
_PITCH_SENTENCE = re.compile(rf"(?:^|[.!?]\s++)(?i:{_alternatives(PITCH_VERBS)})\b")
# The reader addressed in the outlet's own voice: "Your support makes our journalism possible."
_READER = re.compile(r"\b(?i:you|your|yours|you're|you’re)\b")
_OUTLET_VOICE = re.compile(r"\b(?i:we|our|us|we're|we’re)\b")
_QUOTE_MARKS = re.compile(r"[\"“”]")
# "... virus particles. NIAID", "... on Tuesday. (AP Photo/Jane Roe)", "... | Getty Images"
_CREDIT_TAIL = re.compile(r"[.)]\s*+(?:[A-Z][A-Za-z&/.-]{0,30}+\s?){1,4}\)?$")
_STRONG_CREDIT_TAIL = re.compile(
    r"(?:[.)]|^)\s*+[(\[]?(?i:photo|image|picture|credit|photograph|video)s?\s*+(?:credit\s*+)?"
    r"(?::|by\b|/|©)[^.]{1,60}$|"
    r"[.)]\s*+[(\[]?(?:[A-Z]{2,30}+|AP Photo)/[\w .-]{1,40}[)\]]?$|"
    r"\|\s*+(?i:getty images|shutterstock)\s*$")
# "The stranded ferry seen from the lighthouse": a noun phrase with a picture participle
_CAPTION_PARTICIPLE = re.compile(r"^(?:[\w'’.,-]++\s++){1,8}(?:seen|pictured|shown|photographed|captured|depicted|"
                                 r"filmed)\b")
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_CAPTION_PARTICIPLES = frozenset(
    "seen pictured shown photographed captured depicted filmed taken colored coloured".split())
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def words(line: str) -> list[str]:
    return line.split()


def ends_sentence(line: str) -> bool:
    """Ends like a sentence: '.', '!' or '?' before any closing quotes or brackets, or a quote.

    Looks at the end only, so a paragraph grown line by line is never rescanned."""
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?") or line[-1:] in ("\"", "”")


def is_teaser(line: str) -> bool:
    """A truncated dek of another story: ends in an ellipsis or 'Read More'."""
    return bool(_TEASER_END.search(line) or _READ_MORE_END.search(line))


def is_name_like(line: str, max_words: int = 5) -> bool:
    """'EU Reporter', 'Jane Roe': a short line of capitalized words and no punctuation."""
    parts = line.split()
    return 0 < len(parts) <= max_words and not ends_sentence(line) and all(
        p[:1].isupper() or p[:1].isdigit() or p.lower() in {"of", "the", "and", "de", "van", "&"} for p in parts)


def has_photo_credit(line: str) -> bool:
    """Ends in a picture credit: '(Jane Roe/AFP via Getty Images)', '(File)', '| Getty Images'."""
    paren = _CLOSING_PAREN.search(line)
    if paren and _PAREN_CREDIT.match(paren.group(1).strip()):
        return True
    return bool(_BAR_PHOTO_CREDIT.search(line) or _BAR_AGENCY_CREDIT.search(line) or _SLASH_CREDIT_TAIL.search(line)
                or _PHOTOGRAPHER_TAIL.search(line))


def ends_in_agency_bar(line: str) -> bool:
    """'A worker at the plant in Harlow | Bloomberg': a picture credited after a bar."""
    return len(words(line)) <= 30 and bool(_AGENCY_BAR.search(line))


def read_on_tail(line: str) -> int | None:
    """Where a paragraph's closing promise of more starts ('... platform. Read on for details:'), or None."""
    m = _READ_ON_TAIL.search(line)
    return m.start() if m else None


def is_pitch_sentence(line: str) -> bool:
    """Reads like a subscription pitch when it stands beside one: urges the reader, or speaks to
    them in the outlet's voice. 'If you have information, call police' is not one."""
    return len(words(line)) <= 35 and not _QUOTE_MARKS.search(line) and bool(
        _PITCH_SENTENCE.search(line) or (_READER.search(line) and _OUTLET_VOICE.search(line)))


def is_related_label(line: str) -> bool:
    """'Related Article': the line after it is the linked story's headline."""
    return len(words(line)) <= 3 and bool(_RELATED_LABEL.match(_norm(line)))


def is_caption(line: str) -> bool:
    """A photo caption or credit: a picture noun phrase without a finite verb, or a credit tail."""
    n = len(words(line))
    if n > 60:
        return False
    if _CAPTION_LABEL.match(line) or _STRONG_CREDIT_TAIL.search(line) or _PHOTO_CREDIT.match(line) or \
            has_photo_credit(line) or _GALLERY_COUNTER.match(line):
        return True
    if n > 40:
        return False
    head = _CAPTION_HEAD.match(line)
    tail = _CREDIT_TAIL.search(line) and line.count(". ") <= 1 and not ends_sentence(line)
    posed = len(words(line)) <= 30 and line.count(". ") == 0 and _CAPTION_PARTICIPLE.search(line)
    if not (head or tail or posed):
        return False
    return not has_finite_verb(line)


@lru_cache(maxsize=1)
def _tagger():
    # textblob's PatternTagger ships its lexicon in the wheel: no download needed.
    from textblob.en.taggers import PatternTagger
    return PatternTagger()


def has_finite_verb(line: str) -> bool:
    tags = _tagger().tag(line)
    for i, (_, tag) in enumerate(tags):
        if tag in _FINITE_TAGS:
            return True
        # "NASA released a view", "the tower spread across": the tagger says VBN; after a
        # subject it is finite, unless it is a caption's participle ("the ferry seen from")
        if tag == "VBN" and i and tags[i - 1][1] in _SUBJECT_TAGS and tags[i][0].lower() not in _CAPTION_PARTICIPLES:
            return True
    return False


def _is_time_label(line: str) -> bool:
    first, *rest = _LABEL_SEPARATOR.split(line)
    return bool(_TIME_LABEL.match(_norm(first))) and all(0 < len(seg.split()) <= 2 for seg in rest)


def is_navigation(line: str) -> bool:
    """'Home » Local News » Weather', 'Subscribe | Sign In | E-Edition': a row of short links."""
    segments = _NAV_SEPARATOR.split(line)
    enough = len(segments) >= 3 or (len(segments) == 2 and bool(_NAV_LABEL.match(line)))
    return enough and all(0 < len(seg.split()) <= 3 and not ends_sentence(seg) for seg in segments)


def classify(line: str) -> Kind:
    """The kind of one stripped, non-empty line, judged on its own."""
    n = len(words(line))
    label = _norm(line)
    if not label.strip("_") or _AD_LABEL.match(label) or _PLAYER_NOTE.match(label):
        return Kind.JUNK  # rules like "***", "Advertisement - Scroll to continue"
    if label in _JUNK_LABELS or (n <= 12 and label and all(w in _SOCIAL for w in label.split())):
        return Kind.JUNK
    if (n <= 8 and _END.match(label)) or (n <= 25 and _TAG_LIST.match(line)):
        return Kind.END
    if n <= 8 and _LINKS.match(label):
        return Kind.LINKS
    if n <= 8 and _is_time_label(line):
        return Kind.DATE
    if url_of_line(line):
        return Kind.URL
    if n <= 40 and (_COMMENT_FORM.search(line) or _COOKIE.search(line) or _COPYRIGHT.search(line)
                    or _SUPPORT_PITCH.search(line)):
        return Kind.JUNK
    if (n <= 35 and _NEWSLETTER.search(line)) or (n <= 12 and _PITCH.match(line)):
        return Kind.PITCH
    if n <= 15 and _MASTHEAD_NOTE.search(line) and not ends_sentence(line):
        return Kind.JUNK
    if n <= 30 and _CONTRIBUTED.match(line):  # before credits: "... to this report from Harlow" names no outlet
        return Kind.BYLINE
    if credit_outlet(line):
        return Kind.CREDIT
    if n <= 16 and (parse_byline(line) or (line.lower().startswith(("by ", "by|")) and "|" in line)):
        return Kind.BYLINE
    if n <= 30 and _WIRE_TRAILER.match(line):
        return Kind.BYLINE
    if n <= 3 and _RELATED_LABEL.match(label):
        return Kind.RELATED
    if date_line(line) or parse_stamp_line(line):
        return Kind.DATE
    if _EMBED.search(line):
        return Kind.EMBED
    if n <= 30 and (is_navigation(line) or _PAGE_NOTE.match(line)):
        return Kind.JUNK
    if n <= 30 and (_RELATED.match(line) or _CALL_TO_ACTION.match(line) or _SOURCE_LINE.match(line)
                    or _READ_ON_LINE.match(line) or _PAREN_PROMO.match(line) or _PROMO_LABEL.match(line)):
        return Kind.RELATED
    if n <= 60 and is_teaser(line):
        return Kind.TEASER
    if is_caption(line):
        return Kind.CAPTION
    return Kind.TEXT
