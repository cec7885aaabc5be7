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
# Counts of people: a measure where a wide spread (2,000 vs 11,300 dead) is still one
# quantity reported differently, as tolls rise over days.
TOLL_MEASURES = frozenset({"deaths", "injured", "missing", "displaced", "cases", "arrested"})

# A capitalised label right before a number makes it a name, not a count: "Flight 370",
# "Category 4", "Boeing 737", "Apollo 11". Weekdays and months are not labels.
NOT_LABELS = frozenset("""
a monday tuesday wednesday thursday friday saturday sunday about around nearly almost some over
more less at up as just roughly approximately an estimated only and but the some by in on of to
""".split())

# Words after a number that make it an age, a time of day or a rank, not a quantity.
NOT_QUANTITY_AFTER = ("-year-old", " year-old", "-years-old", " years old", " year old", "-month-old",
                      " a.m.", " p.m.", " am ", " pm ", "am,", "pm,", "th ", "st ", "nd ", "rd ")
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
