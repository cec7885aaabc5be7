"""Word lists for reading figures: what a number counts, and what is not a quantity.

Data only (read by `numbers`): generic news English, never one story's words.
"""

from __future__ import annotations

# What a figure measures, from the words around it ("2,000 people were killed", "the
# death toll rose to 5,100", "left 300 injured"). A measure is compared across outlets
# even when the counted noun differs ("2,000 dead" vs "5,100 people").
MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "deaths": ("dead", "death", "deaths", "died", "die", "dies", "killed", "kill", "kills", "killing",
               "fatalities", "fatality", "toll", "lives", "bodies", "perished", "drowned"),
    "injured": ("injured", "injuries", "injuring", "wounded", "wounding", "hurt", "hospitalized",
                "hospitalised"),
    "missing": ("missing", "unaccounted"),
    "displaced": ("displaced", "homeless", "evacuated", "evacuees", "evacuation", "refugees", "fled",
                  "uprooted"),
    "cases": ("cases", "infections", "infected"),
    "arrested": ("arrested", "arrests", "detained", "detentions"),
    "magnitude": ("magnitude", "richter", "earthquake", "quake", "aftershock", "tremor", "temblor"),
    "percent": ("percent", "per cent", "percentage", "%"),
}
# What a sum of money measures: a company's market value, a deal's price, its revenue
# and its debt are different things, however near the figures ("valued at about $12
# billion" / "the takeover will cost $12.8 billion").
MONEY_MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "value": ("value", "values", "valued", "valuing", "valuation", "capitalization", "capitalisation", "cap"),
    # "deal", "offer", "takeover" name the transaction, not which sum of it is meant
    "price": ("price", "priced", "cost", "costs", "costing", "paid", "pay", "paying", "pays", "buy", "buying",
              "bought", "purchase", "sold"),
    "revenue": ("revenue", "revenues", "sales", "turnover"),
    "debt": ("debt", "debts", "borrowing", "borrowings", "loan", "loans", "owes", "owed", "liabilities"),
    "profit": ("profit", "profits", "earnings", "income", "loss", "losses"),
    "budget": ("budget", "budgets", "spending", "funding", "fund", "grant", "aid"),
    "fine": ("fine", "fined", "fines", "penalty", "penalties", "settlement", "damages", "compensation"),
    "salary": ("salary", "salaries", "wage", "wages", "bonus"),
}

# Which way a figure counts: "174 voted against", "117 voted for"; "shares rose 5%",
# "fell 5%". Two figures of opposite directions on one axis (a vote; a change) are two
# quantities, however alike.
DIRECTION_AXES: dict[str, tuple[str, str]] = {"vote": ("for", "against"), "change": ("up", "down")}
DIRECTION_WORDS: dict[str, tuple[str, ...]] = {
    "for": ("for", "favour", "favor", "supported", "backed", "yes", "approve", "approved"),
    "against": ("against", "opposed", "opposing", "rejected", "no"),
    "up": ("up", "rose", "rise", "rises", "risen", "increase", "increased", "gained", "gain", "higher", "grew",
           "jumped", "climbed"),
    "down": ("down", "fell", "fall", "falls", "fallen", "decrease", "decreased", "dropped", "drop", "lower",
             "declined", "shrank", "slid"),
}

# Words between a counted noun and the participle that says what happened to it:
# "2,000 people were killed", "160,000 residents who are served".
ROLE_SKIP = frozenset("""
were was are is be been being have has had who that which they all still now
""".split())
# Past participles not ending in "-ed" that say what happened to the things counted.
IRREGULAR_ROLES = frozenset("""
hurt left lost hit struck stranded taken held kept sent shot won spent sold bought cut
""".split())

# Counts of people: a measure where a wide spread (2,000 vs 11,300 dead) is still one
# quantity reported differently, as tolls rise over days.
TOLL_MEASURES = frozenset({"deaths", "injured", "missing", "displaced", "cases", "arrested"})

# A capitalised label right before a number makes it a name, not a count: "Flight 370",
# "Category 4", "Boeing 737", "Apollo 11". Weekdays and months are not labels.
NOT_LABELS = frozenset("""
a monday tuesday wednesday thursday friday saturday sunday about around nearly almost some over
more less at up as just roughly approximately an estimated only and but the some by in on of to
""".split())

# Words after a number that make it an age, a time of day, a rank or a tally of wins
# ("the nine-time champions", "crowned nine times", "five times more"), not a quantity.
NOT_QUANTITY_AFTER = ("-year-old", " year-old", "-years-old", " years old", " year old", "-month-old",
                      " a.m.", " p.m.", " am ", " pm ", "am,", "pm,", "th ", "st ", "nd ", "rd ",
                      "-time ", "-time,", " times")
# Words before a number that make it an age or an identifier: "aged 35", "No. 5".
NOT_QUANTITY_BEFORE = frozenset({"aged", "age", "ages", "no", "number", "nos", "no.", "#"})

# A number before a name ending in one of these is a street address: "1122 King Road".
ADDRESS_WORDS = frozenset("""
road street avenue lane drive boulevard way court place terrace highway rd st ave blvd
""".split())

# Qualifiers by what they say about the true figure: "about" rounds, "at least" is a
# floor, "up to" a ceiling. Two versions with the same value but qualifiers of other
# groups are a qualifier difference, not a conflict.
QUALIFIER_GROUPS: dict[str, tuple[str, ...]] = {
    "approximate": ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
                    "close to", "closer to"),
    "floor": ("more than", "at least", "over", "just over", "upwards of"),
    "near below": ("nearly", "almost", "just under"),
    "ceiling": ("up to", "as many as", "as much as", "as high as", "at most", "less than", "fewer than",
                "under"),
    "as few as": ("as few as",),
}
QUALIFIER_OF = {word: group for group, words in QUALIFIER_GROUPS.items() for word in words}

# Words in a figure's clause that make it a count of a whole made of parts ("the
# combined company will have 210,000 employees", "40 dead in total"): never the same
# quantity as a figure of one part ("Harlan has about 140,000 employees").
WHOLE_WORDS = frozenset("""
combined together total totals totalling totaling altogether overall merged jointly collectively
""".split())
