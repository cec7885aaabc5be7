"""Fillers for the behavioural templates: invented people, bodies, claims and quotes,
plus real outlet names. Nothing here comes from an evaluation article.
"""

from __future__ import annotations

# (name, pronoun); the surname is the last word
PERSONS = [
    ("Maria Okafor", "she"), ("Pierre Dupont", "he"), ("Tomas Varga", "he"), ("Priya Raman", "she"),
    ("Lena Fischer", "she"), ("Daniel Mbeki", "he"), ("Sofia Lindqvist", "she"), ("Omar Haddad", "he"),
    ("Keiko Tanaka", "she"), ("Rafael Moreno", "he"), ("Ingrid Nilsen", "she"), ("Samuel Adeyemi", "he"),
    ("Clara Benoit", "she"), ("Viktor Horvath", "he"), ("Amara Nwosu", "she"), ("Felix Brandt", "he"),
    ("Chidi Okonkwo", "he"), ("Anneliese Bauer", "she"), ("Mateus Costa", "he"), ("Grace Mensah", "she"),
    ("Yusuf Demir", "he"), ("Hana Novak", "she"), ("Luis Herrera", "he"), ("Siobhan Keane", "she"),
]

# titles that stand before a name ("Harbor Police Chief James Fry")
TITLES = [
    "Police Chief", "Harbor Police Chief", "Fire Commissioner", "Health Minister", "Defense Secretary",
    "Governor", "Mayor", "Senator", "State Epidemiologist", "Deputy Director", "Chief Executive",
    "Foreign Minister", "Professor", "Dr.", "Judge", "County Sheriff",
]

# named organisations, many opening with a common word
ORGANIZATIONS = [
    "United Harbor Lines", "General Motors", "National Weather Service", "Delta Air Lines",
    "American Red Cross", "First Coastal Bank", "Central Valley Water District", "Southern Rail Company",
    "Northern Grid Authority", "Global Relief Alliance", "the Marlow County Sheriff's Office",
    "the Coastland Ministry of Health", "Royal Tidewater Society", "the Bellmoor City Council",
    "New Harbor University", "Continental Freight Union", "Metro Transit", "Standard Chartered",
    "Doctors Without Borders", "Atlantic Shipping Group", "Greenfield Mining", "the Lisbon Port Authority",
    "Siemens", "the Federal Aviation Administration",
]

# (full name, acronym)
ACRONYM_BODIES = [
    ("The International Energy Agency", "IEA"), ("The Coastal Safety Board", "CSB"),
    ("The World Water Council", "WWC"), ("The National Transit Authority", "NTA"),
    ("The European Grain Federation", "EGF"), ("The Pacific Fisheries Commission", "PFC"),
    ("The Bank of Coastland", "BoC"), ("The Marlow Port Authority", "MPA"),
]

# employers in "X, director of ... with the U.S. Coast Guard"
EMPLOYERS = [
    "the U.S. Coast Guard", "the Bank of France", "the Marlow Port Authority", "General Motors",
    "the National Weather Service", "the Coastland Ministry of Health", "New Harbor University",
    "the World Water Council", "the American Red Cross", "Delta Air Lines",
]
ROLES = [
    "director of rescue operations", "head", "a spokesperson", "chief economist", "a senior engineer",
    "deputy head of research", "a lawyer", "the press secretary", "a senior fellow", "chair of the board",
]

ANONYMOUS = [
    "a senior official", "two people familiar with the talks", "officials", "three diplomats",
    "a person briefed on the plan", "a spokesperson for the ministry", "a government source",
    "two senior engineers", "a witness", "several residents", "two people with direct knowledge of the talks",
    "a person with knowledge of the deal",
]

DOCUMENTS = [
    "a newly downgraded U.S. intelligence finding", "the report", "a court filing", "a leaked memo",
    "a recently declassified assessment", "the latest survey", "an internal audit",
    "a new study", "the ministry's statement", "a draft agreement", "court records", "an internal review",
]

# (text in the sentence, name expected as the source)
OUTLETS = [
    ("Reuters", "Reuters"), ("The Wall Street Journal", "The Wall Street Journal"), ("BBC Arabic", "BBC Arabic"),
    ("Sky News Arabia", "Sky News Arabia"), ("The Information", "The Information"),
    ("the French news site Mediapart", "Mediapart"), ("Qatar-based Al Jazeera", "Al Jazeera"),
    ("CNN", "CNN"), ("Bloomberg", "Bloomberg"), ("The Associated Press", "The Associated Press"),
    ("the Harbor Ledger", "the Harbor Ledger"), ("local media", "local media"),
    ("Deutsche Welle", "Deutsche Welle"), ("the Valley Courier", "the Valley Courier"),
    ("Le Monde", "Le Monde"), ("Der Spiegel", "Der Spiegel"), ("Radio Free Europe", "Radio Free Europe"),
    ("Channel 4 News", "Channel 4 News"), ("the Seoul-based Yonhap news agency", "Yonhap"),
    ("Politico", "Politico"), ("the Italian newspaper Corriere della Sera", "Corriere della Sera"),
    ("the Nairobi daily The Star", "The Star"), ("Kyodo News", "Kyodo News"),
]

CLAIMS = [
    "the bridge would reopen in March", "the river had crested overnight", "prices are likely to rise",
    "the talks had stalled", "the plant was safe", "the vote would go ahead",
    "the ferry service would resume on Monday", "the water was not safe to drink",
    "the budget would be cut", "the levee had held", "the shipment had been delayed",
    "the tunnel would stay closed",
]

QUOTES = [
    "We are not done yet", "This was avoidable", "The water is still rising", "Nobody saw this coming",
    "We will rebuild", "The numbers speak for themselves", "It is too early to tell",
    "We did everything we could",
]

# words and groups of words that may sit between a subject and its cue
ADVERBS = ["also", "later", "previously", "repeatedly", "separately", "again"]
LY_ADVERBS = ["publicly", "strongly", "openly", "angrily", "flatly", "firmly", "privately", "quietly"]
TIMES = ["on Wednesday", "on Tuesday night", "late Friday", "last week", "in March", "this morning",
         "over the past month", "during the weekend"]
VENUES = ["in a statement", "in an interview", "in a dissent", "in a letter", "in a video", "in a speech"]
RELATIVE_CLAUSES = [
    "who has led the agency since 2019", "who visited the site", "who was appointed in May",
    "who oversees the port",
]
PARENTHESES = ["(pictured)", "(left)", "(in 2019)", "(right)"]

# one-word company names with no word that says "organisation" (invented)
BRANDS = ["Veltrax", "Norbix", "Quelmar", "Sorvane", "Brightel", "Kaldora", "Pellwick", "Zantrel"]
# common nouns a brand may modify ("a Veltrax train")
BRANDED_THINGS = ["train", "jet", "tanker", "store", "truck", "ferry"]
# organisation names whose head is also a document word or a plain noun ("Geological Survey")
NAMED_BODIES = [
    "the Coastland Geological Survey", "the Marlow Budget Office", "the Harbor Safety Commission",
    "the Bellmoor Water Board", "the National Tide Service", "the Federal Rail Administration",
    "the Coastal Energy Agency", "the Pacific Fisheries Council", "the State Housing Authority",
    "the Bellmoor Statistics Bureau", "the Marlow Climate Institute", "the Northern Flood Center",
]
# (full name, acronym) of bodies and outlets named in full first
ALIASES = [
    ("Coastland Central Television", "CCTV"), ("the Marlow Broadcasting Service", "MBS"),
    ("the National Tide Service", "NTS"), ("the Bank of Bellmoor", "BoB"),
    ("the Harbor Safety Commission", "HSC"), ("Pacific Rail Networks", "PRN"),
    ("Bellmoor Public Television", "BPTV"), ("the Coastal Energy Agency", "CEA"),
    ("the International Grain Council", "IGC"), ("the Office of Port Safety", "OPS"),
    ("the Northern Water Federation", "NWF"), ("Marlow Transit Company", "MTC"),
]
# events a person may cut short before saying why
CUT_SHORT = ["cut short his trip to Lisbon", "cut short her visit to the coast", "called off his tour of the dam",
             "put off her trip abroad", "ended his holiday early", "quit her post on Monday"]

# invented names whose parts are joined by a lower-case "and" or "&": (left part, right part)
# around the "and"; the right part ends in an organisation head word, or the whole run is one
# name ("Department of ... and ...", "Pellwick & Sorvane")
AND_NAME_PARTS = [
    ("Coastal Safety", "Rescue Agency"), ("Tidewater Gas", "Electric"), ("Harbor Food", "Drug Administration"),
    ("Bellmoor Water", "Power Company"), ("Marlow Fish", "Wildlife Service"), ("Northern Ports", "Customs Authority"),
    ("Cyberdefense", "Grid Security Agency"), ("Coastland Transport", "Housing Commission"),
    ("Valley Arts", "Science Museum"), ("Harbor Savings", "Loan Bank"), ("Pacific Rail", "Freight Council"),
    ("Island Maritime", "Trade Institute"),
]
# (head, left list, right part): "the Department of Tides and Coastal Services"
AND_OF_NAMES = [
    ("Department", "Tides", "Coastal Services"), ("Ministry", "Fisheries", "Forestry"),
    ("Centers for", "Flood Control", "Prevention"), ("Bureau", "Salt, Timber, Coal", "Explosives"),
    ("Office", "Ports", "Waterways"), ("Department", "Housing", "Urban Renewal"),
]
# "&" between capitalised words: one company
AMPERSAND_NAMES = ["Pellwick & Sorvane", "Quelmar & Brandt", "Norbix & Kaldora", "Halden & Marsh",
                   "Brightel & Sons", "Zantrel & Company"]
# "Northern Ports and Customs Authority", "the Lisbon Port Authority": two bodies, each named in full
PAIRED_BODIES = [("the Marlow Port Authority", "the Bellmoor City Council"),
                 ("the National Tide Service", "the Coastal Energy Agency"),
                 ("the Harbor Safety Commission", "the State Housing Authority"),
                 ("Siemens", "the Federal Aviation Administration"), ("Norbix", "Harbor Bank"),
                 ("Northern Grid Authority", "Metro Transit"), ("the Coastland Ministry of Health", "Siemens"),
                 ("the Marlow Budget Office", "New Harbor University")]
# documents that come from a body: "a memo from ..."
FROM_DOCUMENTS = ["an unclassified memo from", "a report from", "a letter from", "an internal memo from"]
