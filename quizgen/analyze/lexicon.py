"""Word lists the analysis rules share: reporting verbs, source nouns, titles.

All entries are lower case; lookups lower-case the token first. The lists describe
English news style in general (wire copy, newspapers, aggregators), not any one article.
"""

from __future__ import annotations

# Abbreviations that end with a period but do not end a sentence (Punkt parameters).
ABBREVIATIONS = frozenset("""
u.s u.k u.n e.u u.s.a w.h.o d.c n.y l.a a.m p.m e.g i.e etc vs v no nos op approx est
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
mr mrs ms dr prof sen rep gov gen col lt capt sgt maj adm cmdr cpl pvt st mt ft rev hon pres
inc corp co ltd llc plc bros dept univ assn intl natl govt jr sr
""".split())

# Words that start sentences, never a name after "Dr." or "Inc.": Punkt ends a sentence
# at an abbreviation ("at 9 a.m. Officials arrived") when one of them follows.
SENTENCE_STARTERS = frozenset("""
the a an he she it they we i this that these those there his her their its our but and
or so yet in on at for after before when while as if however meanwhile officials police
some many most according then still also now no not what who why how where both all each
more other another such since because although though despite during with without by
from to last earlier later today yesterday one two three several experts residents
""".split())

# Reporting verbs whose subject is the source ("X said", "said X"). Each maps to itself;
# the forms are listed explicitly so a lookup is one dict access.
SPEECH_VERBS = frozenset("""
say says said saying tell tells told report reports reported confirm confirms confirmed
claim claims claimed announce announces announced note notes noted add adds added
disclose discloses disclosed insist insists insisted explain explains explained
write writes wrote state states stated argue argues argued arguing warn warns warned
acknowledge acknowledges acknowledged admit admits admitted estimate estimates estimated
predict predicts predicted believe believes believed reveal reveals revealed
allege alleges alleged assert asserts asserted maintain maintains maintained
contend contends contended suggest suggests suggested emphasize emphasizes emphasized
emphasise emphasises emphasised stress stresses stressed recall recalls recalled
describe describes described blame blames blamed accuse accuses accused
criticize criticizes criticized criticise criticises criticised deny denies denied
tweet tweets tweeted posted inform informs informed concede concedes conceded
declare declares declared express expresses expressed indicate indicates indicated
testify testifies testified reply replies replied respond responds responded comment
comments commented remark remarks remarked observe observes observed caution cautions
cautioned counter counters countered complain complains complained speculate speculates
speculated hint hints hinted reiterate reiterates reiterated affirm affirms affirmed
rule rules ruled
""".split())

# Verbs that also name an event or an act, not a report ("WHO declared an emergency",
# "he expressed optimism"): they count only next to a quotation or a "that" clause.
PERFORMATIVE_VERBS = frozenset("""
declare declares declared express expresses expressed describe describes described
indicate indicates indicated criticize criticizes criticized criticise criticises
criticised tweet tweets tweeted posted inform informs informed deny denies denied
maintain maintains maintained stress stresses stressed recall recalls recalled
announce announces announced respond responds responded observe observes observed
complain complains complained hint hints hinted affirm affirms affirmed counter counters
countered comment comments commented rule rules ruled
""".split())

# Verbs of findings ("the data show", "a survey showed"): a source only for documents.
FINDING_VERBS = frozenset("""
show shows showed shown reveal reveals revealed indicate indicates indicated
suggest suggests suggested find finds found demonstrate demonstrates demonstrated
project projects projected forecast forecasts forecasted conclude concludes concluded
""".split())

# Verbs that may come before their subject: '"...," said Lori Glaze'.
INVERTING_VERBS = frozenset("said says writes wrote added adds explained noted asked recalled".split())

# Participles that open a clause whose speaker is the sentence's subject ("..., adding that").
PARTICIPLE_CUES = frozenset("saying adding arguing noting insisting warning explaining stressing "
                            "expressing claiming telling".split())

# Words that may sit between a subject and its reporting verb ("NASA also said").
ADVERBS = frozenset("""
also later previously recently earlier further then publicly repeatedly now again first
initially still separately likewise officially has have had already once quickly
long privately subsequently reportedly yesterday today both would will could can may might
should must
""".split())

# Lower-case words that never belong to a source noun phrase.
NP_BREAKERS = frozenset("""
that which who whom whose while although though because if as but when so than where
and or nor is are was were be been being am do does did will would can could may might
must shall should it its this these those there here what how why not no yet after
before since until unless whether into onto upon over under about against between
during through without within by with on in
i you he she we they me him her us them my your our
""".split()) - {"its"}

# Prepositions allowed inside a source phrase ("director of NASA", "scientist at NASA").
NP_PREPOSITIONS = frozenset("of for at to from".split())

DETERMINERS = frozenset("""
a an the some several many few two three four five six seven eight nine ten dozens
dozen numerous multiple various both all most other another one its his her their our
""".split())

# Third-person subjects that stand for an earlier source ("he said", "it added" for a
# company); the writer's own "I"/"we" is not a source.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})

# Nouns for unnamed people: with no name they make an anonymous source.
ANONYMOUS_NOUNS = frozenset("""
official officials source sources person people spokesperson spokesman spokeswoman
aide aides diplomat diplomats insider insiders representative representatives
employee employees staff staffer staffers member members resident residents witness
witnesses officer officers agent agents executive executives investigator investigators
negotiator negotiators lawmaker lawmakers legislator legislators adviser advisers
advisor advisors minister ministers engineer engineers worker workers someone
authorities spokespeople friend friends relative relatives
scientist scientists doctor doctors nurse nurses teacher teachers student students
mother father brother sister son daughter wife husband family families neighbor neighbors
neighbour neighbours colleague colleagues partner owner owners driver drivers passenger
passengers victim victims survivor survivors parent parents patient patients customer
customers user users eyewitness eyewitnesses man woman men women
""".split())

# Vague crowds: with no qualifier they make an unspecified source ("experts say").
CROWD_NOUNS = frozenset("""
experts expert critics analysts analyst observers commentators scientists researchers
astronomers economists historians pundits skeptics supporters opponents fans many some
others everyone everybody everything rumors rumours reports speculation
""".split())

# Nouns for documents and findings ("a statement from the ministry", "the data show").
DOCUMENT_NOUNS = frozenset("""
report assessment assessments statement statements finding findings study studies
data survey surveys poll polls analysis analyses document documents memo memos letter
filing filings records record release transcript ruling opinion order orders decree
review audit investigation inquiry figures statistics estimate estimates test tests
image images photo photos video footage measurements measurement observations comparison
evidence research paper papers sets set model models projection projections forecast
census tally count summary briefing guidance notice filing complaint lawsuit indictment
declaration communique bulletin chart map satellite intelligence copy agreement contract
email emails message messages minutes proposal filing affidavit testimony calendar
budget policy guidelines
""".split()) - {"paper", "papers"}

# Nouns for news organisations ("the newspaper", "the Spanish publications X and Y").
OUTLET_NOUNS = frozenset("""
newspaper newspapers paper outlet outlets publication publications website site
broadcaster broadcasters channel magazine daily tabloid wire media journal
""".split())

# Words inside a capitalised name that make it an organisation, not a person.
ORG_WORDS = frozenset("""
administration ministry department agency organization organisation committee council
office commission company corporation corp co inc ltd llc plc group foundation institute
institution university college school association union party court government police
army navy military force forces league club fc cf team house pentagon kremlin
bank fund board bureau service services center centre authority parliament congress
senate assembly federation alliance coalition campaign network telescope observatory
laboratory lab program programme mission nasa who un nato eu county city state district
international watch rights nations health partners capital holdings energy motors airlines
airways railways systems technologies labs pharmaceuticals pharma therapeutics industries
networks studios ventures securities insurance trust society initiative project reserve
hospital clinic church museum library electric oil gas petroleum steel bancorp shipping
logistics consulting publishing engineering mining banking
""".split())

# Last words of newspaper and broadcaster names ("The Valley Courier", "Ridgeline Post").
OUTLET_NAME_WORDS = frozenset("""
news times post journal herald tribune gazette daily chronicle observer telegraph guardian
courier standard record star sun mirror express inquirer dispatch examiner review bulletin
register press reporter monitor independent today weekly magazine radio tv television
desk wire digest insider ledger beacon sentinel courant bee globe mail leader citizen voice
""".split())

# Titles that mark a person ("NASA Administrator Bill Nelson", "Dr. Tedros").
PERSON_TITLES = frozenset("""
mr mrs ms dr prof president vice minister secretary senator sen rep representative
governor gov mayor chancellor king queen prince princess pope judge justice general
gen colonel col captain capt admiral director director-general chief head ceo chairman
chairwoman chair spokesperson spokesman spokeswoman ambassador envoy administrator
commissioner coach manager professor scientist lead expert journalist reporter analyst
editor author founder owner leader premier sheriff attorney lawyer officer superintendent
engineer inspector coordinator researcher economist physician doctor adviser advisor
strategist historian consultant commander deputy treasurer auditor prosecutor
""".split())

# Office titles that name one person when used with "the" ("the Norwegian defense minister").
UNIQUE_OFFICES = frozenset("""
minister secretary president prime chancellor governor mayor ambassador administrator
director director-general commissioner chairman chairwoman chair ceo head king queen pope
premier sheriff superintendent coach manager spokesperson spokesman spokeswoman
""".split())

# Plural forms used to tell "the U.S. officials" (group) from "the official" (one person).
PLURAL_PRONOUN_NOUNS = frozenset(n for n in ANONYMOUS_NOUNS | CROWD_NOUNS if n.endswith("s") or n == "people")

# Countries, capitals and blocs that speak as governments ("Pyongyang has blamed ...").
PLACES = frozenset(p.strip() for p in """
us, u.s, u.s., u.s.a, usa, america, united states, united kingdom, britain, uk, u.k,
england, france, germany, italy, spain, russia, china, japan, india, iran, iraq, israel,
ukraine, syria, turkey, egypt, canada, mexico, brazil, argentina, australia, norway,
sweden, finland, denmark, poland, north korea, south korea, saudi arabia, qatar,
pakistan, afghanistan, taiwan, europe, the west, washington, moscow, beijing, kyiv,
kiev, pyongyang, seoul, tehran, london, paris, berlin, tokyo, brussels, jerusalem,
ankara, cairo, new delhi, ottawa, canberra, riyadh, doha, islamabad, kabul, taipei,
damascus, baghdad, minsk, warsaw, rome, madrid, geneva, the kremlin, the white house,
the pentagon, kremlin, white house, pentagon, downing street, whitehall
""".replace("\n", " ").split(","))

# Non-source phrases that look like subjects ("the decision was announced").
NON_SOURCE_HEADS = frozenset("""
it this that there what which who decision news story case deal move plan plans
schedule tradition custom expectations design
""".split())

# Words for when, never part of a source ("said Tuesday", "told reporters on Monday").
TIME_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec today yesterday tonight tomorrow last next week month year morning
evening afternoon night weekend
""".split())
