"""Word lists the plain-text cleaner reads page furniture with: data, not code.

Extend these lists freely; the patterns in `boilerplate.py` are built from them.
"""

from __future__ import annotations

# Agencies and libraries that only ever credit pictures: "(Jane Roe/Getty Images)", "| Shutterstock"
PHOTO_AGENCIES: tuple[str, ...] = (
    "Getty Images", "Getty", "AP Photo", "Shutterstock", "Alamy", "iStock", "iStockphoto", "WireImage",
    "FilmMagic", "SOPA Images", "LightRocket", "NurPhoto", "Sipa USA", "Sipa", "ZUMA Press", "Zuma Press",
    "ZUMA Wire", "Imago", "Redux", "Polaris", "Corbis", "Bettmann", "Pexels", "Unsplash", "Wikimedia Commons",
    "Flickr", "PA Images", "PA Wire", "EPA-EFE", "EPA", "Anadolu Agency", "Anadolu", "Pool", "Handout",
    "Stringer",
)
# News agencies and others that credit pictures as well as copy: after a slash, "via", or in a
# caption's parenthesis they credit a picture; "— AFP" after a paragraph credits the copy.
NEWS_AGENCIES: tuple[str, ...] = (
    "The Associated Press", "Associated Press", "AP", "AFP", "Reuters", "REUTERS", "Bloomberg", "Xinhua",
    "Kyodo", "Yonhap", "TASS", "Sputnik", "UPI", "DPA", "dpa", "ANP", "AAP", "PA", "PTI", "ANI", "IANS", "EFE",
    "NASA",
)
# A caption's own note in parentheses: "Elon Musk at the plant (File)", "(Representational image)"
CAPTION_NOTES: tuple[str, ...] = (
    "file", "file photo", "file image", "file pic", "representational image", "representative image",
    "image for representation", "representational photo", "handout", "handout photo", "screengrab",
    "screenshot", "photo", "image", "picture", "video grab",
)
# Words that open a picture credit: "Photo: Jane Roe", "(Courtesy of the county)"
CREDIT_OPENERS: tuple[str, ...] = (
    "photo", "photos", "image", "images", "picture", "pictures", "photograph", "credit", "credits",
    "photo credit", "image credit", "courtesy", "courtesy of", "photo courtesy", "photo courtesy of",
    "illustration", "video", "source",
)
# Lines (or a paragraph's last sentence) that only promise more: "Read on for details:"
READ_ON_OPENERS: tuple[str, ...] = (
    "read on", "keep reading", "scroll down", "read below", "see below", "find out more below",
    "details below", "more details below", "here are the details", "watch the video below",
    "watch the video", "see the video below", "see the photos below", "view the gallery",
    "click through the gallery", "scroll through the gallery",
)
# Imperatives that open a subscription pitch's sentences: "Escape your echo chamber. Get the facts ..."
PITCH_VERBS: tuple[str, ...] = (
    "get", "join", "try", "enjoy", "discover", "unlock", "escape", "stay", "access", "start", "sign",
    "subscribe", "become", "claim", "save", "support", "download", "grab", "upgrade", "register", "receive",
    "gain", "explore", "don't miss", "never miss",
)
# Section labels a page puts after its headline ("... | World news"): never an outlet's name.
SECTION_LABELS: frozenset[str] = frozenset("""
world|world news|us news|uk news|news|local news|national|national news|international|politics|business|economy
markets|money|opinion|comment|analysis|sport|sports|football|soccer|tech|technology|science|health|environment
climate|culture|arts|entertainment|lifestyle|life|travel|food|education|crime|law|courts|weather|europe|asia
africa|americas|middle east|australia|latest|breaking news|top stories|video|videos|photos|live
""".replace("\n", "|").split("|")) - {""}
# Words mastheads are built of. A site's name ("trueviralnews") is read as words only when
# one of these is among them ("True Viral News"); other words come from a dictionary.
MASTHEAD_WORDS: frozenset[str] = frozenset("""
news times post daily tribune herald journal ledger gazette forum online today star sun mail express chronicle
courier observer report reporter press record review standard telegraph wire digest week weekly call beast
live latest breaking world global nation national independent guardian monitor dispatch bulletin examiner
inquirer sentinel mirror voice enquirer insider current register leader pioneer era hub trends headlines
network media radio tv television channel magazine journalist watch insight story stories update updates desk new now
intelligencer statesman gleaner advertiser citizen globe republic democrat patriot clarion telegram argus spectator
""".split())
# Country codes some sites add to their name: "veonewsng" is Veo News of Nigeria.
SITE_COUNTRY_CODES: frozenset[str] = frozenset(
    "ng ngr gh ke za ug tz zw pk bd lk np in uk us au nz ca ie ph sg my".split())
