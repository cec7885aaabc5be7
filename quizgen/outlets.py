"""Well-known news outlets: canonical names, the ways articles write them, their domains.

Two entry points for the rest of quizgen:

- `canonical_outlet("nbcnews.com")` / `canonical_outlet("the NYT")` -> "NBC News" /
  "The New York Times", or None for an outlet the table does not know.
- `find_outlets(sentence)` -> the outlet names written in a sentence, with offsets, for
  "cited outlets" and media-outlet sources. Names that are also common words ("Sport",
  "Goal", "Time") count only where the sentence treats them as a title (see below).

Smaller helpers: `readable_domain("https://www.harbordaily.com/x")` gives
"harbordaily.com" for outlets the table does not know; `outlet_key(name)` compares
spellings ("The Ridgeline Post" ~ "ridgelinepost"); `WIRE_SERVICES` names the news
agencies, whose name on another site's page credits a copy rather than the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Outlet:
    name: str  # canonical, as a reader names it
    aliases: tuple[str, ...] = ()  # other spellings, matched case-sensitively in text
    domains: tuple[str, ...] = ()
    # names that are also everyday words ("Goal", "Sport"): only counted when quoted,
    # listed beside another outlet, or introduced as a publication
    ambiguous: tuple[str, ...] = ()


OUTLETS: tuple[Outlet, ...] = (
    # wires and agencies
    Outlet("Reuters", ("REUTERS", "Thomson Reuters"), ("reuters.com",)),
    Outlet("The Associated Press", ("Associated Press", "AP"), ("apnews.com",)),
    Outlet("Agence France-Presse", ("AFP", "Agence France Presse"), ("afp.com",)),
    Outlet("Bloomberg", ("Bloomberg News",), ("bloomberg.com",)),
    Outlet("Xinhua", ("Xinhua News Agency",), ("xinhuanet.com", "news.cn")),
    Outlet("CCTV", ("China Central Television",), ("cctv.com",)),
    Outlet("TASS", ("Tass",), ("tass.com", "tass.ru")),
    Outlet("RIA Novosti", ("RIA",), ("ria.ru",)),
    Outlet("Interfax", (), ("interfax.ru", "interfax.com")),
    Outlet("Kyodo News", ("Kyodo",), ("kyodonews.net",)),
    Outlet("Yonhap", ("Yonhap News Agency",), ("yna.co.kr", "en.yna.co.kr")),
    Outlet("ANSA", (), ("ansa.it",)),
    Outlet("Press Trust of India", ("PTI",), ("ptinews.com",)),
    Outlet("Deutsche Presse-Agentur", ("dpa", "DPA"), ("dpa.com",)),
    Outlet("EFE", ("Agencia EFE",), ("efe.com",)),
    Outlet("Asian News International", ("ANI",), ("aninews.in",)),
    Outlet("IANS", ("Indo-Asian News Service",), ("ians.in",)),
    Outlet("Australian Associated Press", ("AAP",), ("aap.com.au",)),
    Outlet("PA Media", ("Press Association",), ("pamediagroup.com",)),
    Outlet("Bernama", (), ("bernama.com",)),
    Outlet("Antara", ("Antara News Agency",), ("antaranews.com",), ambiguous=("Antara",)),
    # (not "CNA" alone: also a think tank's name)
    Outlet("Channel NewsAsia", ("Channel News Asia",), ("channelnewsasia.com",)),
    # US broadcasters and papers
    Outlet("NBC News", ("NBC",), ("nbcnews.com", "nbc.com")),
    Outlet("CBS News", ("CBS",), ("cbsnews.com",)),
    Outlet("ABC News", ("ABC",), ("abcnews.go.com", "abcnews.com")),
    Outlet("CNN", (), ("cnn.com", "edition.cnn.com")),
    Outlet("Fox News", ("Fox",), ("foxnews.com",), ambiguous=("Fox",)),
    Outlet("Fox Business", ("Fox Business Network",), ("foxbusiness.com",)),
    Outlet("C-SPAN", (), ("c-span.org",)),
    Outlet("ITV News", ("ITV",), ("itv.com",)),
    Outlet("Channel 4 News", ("Channel 4",), ("channel4.com",)),
    Outlet("NHK", ("NHK World",), ("nhk.or.jp",)),
    Outlet("Al Arabiya", ("Al-Arabiya",), ("alarabiya.net",)),
    Outlet("LBCI", ("LBCI TV",), ("lbcgroup.tv",)),  # (not "LBC": that is also the London radio station)
    Outlet("LBC", (), ("lbc.co.uk",)),
    Outlet("Anadolu Agency", ("Anadolu",), ("aa.com.tr",)),
    Outlet("Punchbowl News", ("Punchbowl",), ("punchbowl.news",), ambiguous=("Punchbowl",)),
    Outlet("Semafor", (), ("semafor.com",)),
    Outlet("The Information", (), ("theinformation.com",), ambiguous=("The Information",)),
    Outlet("The Verge", ("Verge",), ("theverge.com",)),
    Outlet("TechCrunch", (), ("techcrunch.com",)),
    Outlet("TMZ", (), ("tmz.com",)),
    Outlet("Page Six", (), ("pagesix.com",)),
    Outlet("The Daily Beast", ("Daily Beast",), ("thedailybeast.com",)),
    Outlet("Variety", (), ("variety.com",), ambiguous=("Variety",)),
    Outlet("Deadline", (), ("deadline.com",), ambiguous=("Deadline",)),
    Outlet("Chicago Tribune", (), ("chicagotribune.com",)),
    Outlet("The Sacramento Bee", ("Sacramento Bee",), ("sacbee.com",)),
    Outlet("MSNBC", (), ("msnbc.com",)),
    Outlet("NPR", ("National Public Radio",), ("npr.org",)),
    Outlet("PBS", ("PBS NewsHour",), ("pbs.org",)),
    Outlet("CNBC", (), ("cnbc.com",)),
    Outlet("The New York Times", ("New York Times", "NYT", "NY Times"), ("nytimes.com",)),
    Outlet("The Washington Post", ("Washington Post",), ("washingtonpost.com",)),
    Outlet("The Wall Street Journal", ("Wall Street Journal", "WSJ"), ("wsj.com",)),
    Outlet("USA Today", ("USA TODAY",), ("usatoday.com",)),
    Outlet("Los Angeles Times", ("LA Times", "L.A. Times"), ("latimes.com",)),
    Outlet("Politico", ("POLITICO",), ("politico.com", "politico.eu")),
    Outlet("Axios", (), ("axios.com",)),
    Outlet("The Hill", (), ("thehill.com",)),
    Outlet("Forbes", (), ("forbes.com",)),
    Outlet("Business Insider", ("Insider",), ("businessinsider.com", "insider.com"), ambiguous=("Insider",)),
    Outlet("Time", ("TIME",), ("time.com",), ambiguous=("Time", "TIME")),
    Outlet("Newsweek", (), ("newsweek.com",)),
    Outlet("The Atlantic", (), ("theatlantic.com",)),
    Outlet("Vox", (), ("vox.com",)),
    Outlet("Yahoo News", (), ("news.yahoo.com",)),
    Outlet("HuffPost", ("Huffington Post",), ("huffpost.com",)),
    Outlet("BuzzFeed News", (), ("buzzfeednews.com",)),
    Outlet("ProPublica", (), ("propublica.org",)),
    Outlet("The Athletic", ("Athletic",), ("theathletic.com",), ambiguous=("Athletic",)),
    Outlet("ESPN", (), ("espn.com",)),
    Outlet("Space.com", (), ("space.com",)),
    Outlet("Scientific American", (), ("scientificamerican.com",)),
    Outlet("Tech Times", (), ("techtimes.com",)),
    # UK and Europe
    Outlet("BBC", ("BBC News", "BBC Sport", "British Broadcasting Corporation"), ("bbc.com", "bbc.co.uk")),
    Outlet("The Guardian", ("Guardian",), ("theguardian.com",), ambiguous=("Guardian",)),
    Outlet("The Times", (), ("thetimes.co.uk",), ambiguous=("The Times",)),
    Outlet("The Telegraph", ("Daily Telegraph",), ("telegraph.co.uk",)),
    Outlet("The Independent", (), ("independent.co.uk",), ambiguous=("The Independent",)),
    Outlet("Financial Times", ("FT",), ("ft.com",)),
    Outlet("The Economist", (), ("economist.com",)),
    Outlet("Daily Mail", ("Mail Online", "MailOnline"), ("dailymail.co.uk",)),
    Outlet("Sky News", (), ("news.sky.com",)),
    Outlet("Sky Sports", (), ("skysports.com",)),
    Outlet("Euronews", (), ("euronews.com",)),
    Outlet("Deutsche Welle", ("DW",), ("dw.com",)),
    Outlet("Der Spiegel", ("Spiegel",), ("spiegel.de",)),
    Outlet("Le Monde", (), ("lemonde.fr",)),
    Outlet("France 24", ("France24",), ("france24.com",)),
    Outlet("El País", ("El Pais",), ("elpais.com",)),
    Outlet("Marca", (), ("marca.com",)),
    Outlet("Mundo Deportivo", (), ("mundodeportivo.com",)),
    Outlet("Sport", ("SPORT",), ("sport.es",), ambiguous=("Sport",)),
    Outlet("Goal", (), ("goal.com",), ambiguous=("Goal",)),
    Outlet("SPOX", (), ("spox.com",)),
    Outlet("EU Reporter", (), ("eureporter.co",)),
    Outlet("The Moscow Times", ("Moscow Times",), ("themoscowtimes.com",)),
    Outlet("Kyiv Independent", ("The Kyiv Independent",), ("kyivindependent.com",)),
    # elsewhere
    Outlet("Al Jazeera", (), ("aljazeera.com",)),
    Outlet("The Japan Times", ("Japan Times",), ("japantimes.co.jp",)),
    Outlet("South China Morning Post", ("SCMP",), ("scmp.com",)),
    Outlet("The Times of India", ("Times of India",), ("timesofindia.indiatimes.com", "indiatimes.com")),
    Outlet("Hindustan Times", (), ("hindustantimes.com",)),
    Outlet("NDTV", (), ("ndtv.com",)),
    Outlet("bdnews24.com", ("bdnews24",), ("bdnews24.com",)),
    Outlet("ABC (Australia)", ("ABC Australia",), ("abc.net.au",)),
    Outlet("CBC News", ("CBC",), ("cbc.ca",)),
    Outlet("Globe and Mail", ("The Globe and Mail",), ("theglobeandmail.com",)),
    Outlet("Nature", (), ("nature.com",), ambiguous=("Nature",)),
    Outlet("New Scientist", (), ("newscientist.com",)),
)


# News agencies: their name on another site's page credits a copy, not the site itself.
WIRE_SERVICES: frozenset[str] = frozenset({
    "Reuters", "The Associated Press", "Agence France-Presse", "Xinhua", "TASS", "RIA Novosti", "Interfax",
    "Kyodo News", "Yonhap", "ANSA", "Press Trust of India", "Deutsche Presse-Agentur", "EFE", "Asian News International",
    "IANS", "Australian Associated Press", "PA Media", "Bernama", "Antara"})

# "rc/jm (AP, Reuters, dpa, AFP)", "(AFP, Reuters)": a closing line crediting the agencies the
# copy comes from, after the editors' initials (bounded: linear)
_CREDIT_LIST = re.compile(r"(?:[a-z]{1,4}(?:/[a-z]{1,4}){1,3}\s{1,3})?\(([^()\n]{2,80})\)\.?")


def copy_credits(body: str) -> list[str]:
    """The agencies a closing credit line names, when the table knows every one."""
    for line in body.rstrip().splitlines()[-3:]:
        m = _CREDIT_LIST.fullmatch(line.strip())
        if m:
            names = [canonical_outlet(part) for part in re.split(r"\s*(?:[,;/]|\band\b)\s*", m[1].strip())]
            if names and all(names):
                return [n for n in names if n]
    return []


def outlet_key(text: str) -> str:
    """Comparison key for outlet names: lower-case letters and digits only, no leading 'the'.

    'The Ridgeline Post', 'RIDGELINE POST' and 'ridgelinepost' share the key 'ridgelinepost'.
    """
    key = re.sub(r"[^a-z0-9]", "", text.lower())
    return key[3:] if key.startswith("the") and len(key) > 4 else key


def same_outlet(a: str | None, b: str | None) -> bool:
    """One outlet under two spellings: 'The New York Times' / 'New York Times',
    'nbcnews.com' / 'NBC News' (through the table), 'Tech Times' / 'techtimes.com'."""
    if not a or not b:
        return False
    ka, kb = _match_key(a), _match_key(b)
    return bool(ka) and bool(kb) and (ka == kb or (min(len(ka), len(kb)) >= 4 and (ka in kb or kb in ka)))


def known_aliases(a: str, b: str) -> bool:
    """Two names the outlet table lists for one outlet ("CCTV" / "China Central Television")."""
    ca = canonical_outlet(a)
    return ca is not None and ca == canonical_outlet(b)


# Words an acronym skips ("DHS" for "Department of Homeland Security").
_ACRONYM_SKIPS = frozenset({"the", "of", "and", "for", "on", "in", "at", "a", "an"})


# Words after an outlet's name that say what kind of outlet it is: "Xinhua News Agency" is "Xinhua"
_KIND_OF_OUTLET = frozenset("news agency service newspaper television tv network channel wire".split())


def outlet_core(name: str) -> str:
    """The name without trailing words for the kind of outlet, when a name is left."""
    words = name.split()
    end = len(words)
    while end > 1 and words[end - 1].lower() in _KIND_OF_OUTLET:
        end -= 1
    return " ".join(words[:end]) if end < len(words) else ""


def initials(name: str) -> str:
    """Initials of the capitalised words, dotted initials read as words ("U.S. Geological
    Survey" -> "USGS"), hyphenated parts each counted ("Hewlett-Packard" -> "HP")."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z]*", name)
                   if w.lower() not in _ACRONYM_SKIPS and w[0].isupper())


def is_acronym_of(short: str, long: str) -> bool:
    """"HP" / "Hewlett-Packard", "WHO" / "the World Health Organization", "the FAA" /
    "Federal Aviation Administration": the short name is the initials of the long one's
    capitalised words."""
    bare = re.sub(r"^the\s+", "", short.strip(), flags=re.IGNORECASE).strip(".").replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and " " not in bare and initials(long) == bare


def _match_key(name: str) -> str:
    key = outlet_key(canonical_outlet(name) or name)
    return re.sub(r"(com|org|net|couk)$", "", key) or key


def host_of(url_or_domain: str) -> str:
    """'https://www.NBCnews.com/x' -> 'nbcnews.com'; '' when there is no host."""
    text = url_or_domain.strip()
    try:
        host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    except ValueError:  # '[8] Notes' reads as a bracketed IPv6 host that is none
        return ""
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    by_key: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.aliases):
            by_key.setdefault(outlet_key(name), outlet.name)
        for domain in outlet.domains:
            by_domain[domain] = outlet.name
            # "nbcnews.com" also written "Nbcnews" or "NBCNews.com" in credit lines
            by_key.setdefault(outlet_key(domain.split(".")[0]), outlet.name)
    return by_key, by_domain


def canonical_outlet(name_or_domain: str) -> str | None:
    """The canonical name for an outlet name, alias, domain or URL; None if unknown."""
    text = (name_or_domain or "").strip()
    if not text:
        return None
    by_key, by_domain = _tables()
    if "." in text and " " not in text:
        host = host_of(text)
        parts = host.split(".")
        # try "news.sky.com", then "sky.com": the longest known suffix wins
        for i in range(len(parts) - 1):
            found = by_domain.get(".".join(parts[i:]))
            if found:
                return found
    return by_key.get(outlet_key(text))


def readable_domain(url_or_domain: str) -> str | None:
    """A site's host without 'www.', for outlets the table does not know."""
    return host_of(url_or_domain) or None


# --- finding outlet names in a sentence -----------------------------------------------

@dataclass(frozen=True)
class OutletMention:
    text: str  # as written in the sentence
    outlet: str  # canonical name
    start: int
    end: int


# Words that introduce a publication, so an ambiguous title right after them is one.
_INTRO = re.compile(r"(?:newspaper|paper|magazine|outlet|publications?|website|site|daily|broadcaster|"
                    r"told|to|by|according to|per|citing|cited|from|in)\s*+(?:[\"“‘']\s*+)?$", re.IGNORECASE)
# "the Spanish publications Mundo Deportivo and Sport": a title listed after such a noun
_PUBLICATION_NEAR = re.compile(r"\b(?:newspapers?|papers|magazines?|outlets|publications|websites|dailies)\b"
                               r"[^.;:]*(?:\band|\bor|,)\s+$", re.IGNORECASE)
_QUOTES = "\"“”‘’'"


@lru_cache(maxsize=1)
def _mention_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    names: dict[str, tuple[str, bool]] = {}
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.aliases):
            names.setdefault(name, (outlet.name, name in outlet.ambiguous))
    # longest first, so "BBC News" wins over "BBC" and "The New York Times" over "New York Times"
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.@/-])(?:{alternatives})(?![\w@-]|\.\w)"), names


# Capitalized words that may stand right before an outlet name without being part of it.
_FUNCTION_WORDS = frozenset("the a an in on at by from to for with and or but as via per of according citing "
                            "told said says reported while when after before if since".split())


def _part_of_longer_name(text: str, start: int) -> bool:
    """'Michael Bloomberg', 'Steve Forbes': a capitalized word right before a one-word title."""
    before = re.search(r"([A-Z][\w’']*)\s+$", text[max(0, start - 30):start])
    return bool(before) and before.group(1).lower() not in _FUNCTION_WORDS


def find_outlets(text: str) -> list[OutletMention]:
    """Outlet names written in `text` (case-sensitive, whole words), left to right."""
    pattern, names = _mention_pattern()
    found: list[OutletMention] = []
    candidates = list(pattern.finditer(text))
    for i, m in enumerate(candidates):
        name = m.group()
        outlet, ambiguous = names[name]
        if " " not in name and _part_of_longer_name(text, m.start()):
            continue
        if ambiguous and not _looks_like_title(text, m, candidates[:i] + candidates[i + 1:]):
            continue
        found.append(OutletMention(name, outlet, m.start(), m.end()))
    return found


def _looks_like_title(text: str, m: re.Match[str], others: list[re.Match[str]]) -> bool:
    before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 2]
    quoted = before[-1:] in _QUOTES and after[:1] in _QUOTES
    listed = any(abs(o.start() - m.end()) < 8 or abs(m.start() - o.end()) < 8 for o in others)
    return quoted or listed or bool(_INTRO.search(before) or _PUBLICATION_NEAR.search(before))
