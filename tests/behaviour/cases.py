"""Behavioural cases for the attribution analysis (CheckList style: templates x fillers).

Every case is a short invented article, the sentence it is about (the last one) and the
exact set of (source, type, cue) the analysis must find there: an empty set asserts that
nothing is a source. Generation is seeded, so the cases are the same on every run.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field

from quizgen.analyze import analyze_article
from quizgen.analyze.reporting import SECTIONS, verb_forms
from quizgen.models import Article
from tests.behaviour import fillers as F

SEED = 7


@dataclass(frozen=True)
class Expect:
    source: str  # the source's words (a pronoun's referent for "he said")
    type: str
    cue: str  # words the cue must contain
    full: str = ""  # the longest acceptable source ("Police Chief James Fry" for "James Fry")
    claim: str = ""  # words the clause its cue governs must contain (the attribution's scope)
    not_claim: str = ""  # words that clause must not contain (another source's clause, a non-answer)


@dataclass(frozen=True)
class Case:
    capability: str
    text: str
    expect: tuple[Expect, ...] = ()
    outlet: str = "Marlow Bay Chronicle"  # the article's own outlet, unlike every filler
    name: str = field(default="", compare=False)


_STOP = {"the", "a", "an"}
_PRONOUN = re.compile(r"(?:he|she|they|it)\b", re.I)


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP)


def _same_source(exp: Expect, source: str) -> bool:
    words = _words(source)
    return words == _words(exp.source) or (bool(exp.full) and _words(exp.source) <= words <= _words(exp.full))


def check(case: Case) -> str | None:
    """None when the analysis finds exactly the expected sources, else what went wrong."""
    analysis = analyze_article(Article(id="b", body=case.text, outlet=case.outlet))
    last = analysis.sentences[-1].id if analysis.sentences else None
    got = [a for a in analysis.attributions if a.sentence == last]
    left = list(got)
    problems = []
    for exp in case.expect:
        # a pronoun is checked by its referent, an acronym by itself or its full name
        match = next((a for a in left if _same_source(exp, a.refers_to or a.source)
                      or (a.refers_to and not _PRONOUN.match(a.source) and _same_source(exp, a.source))), None)
        if match is None:
            problems.append(f"missing {exp.source!r}")
            continue
        left.remove(match)
        if match.source_type != exp.type:
            problems.append(f"{exp.source!r} typed {match.source_type}, not {exp.type}")
        if not _words(exp.cue) <= _words(match.cue):
            problems.append(f"{exp.source!r} cue {match.cue!r}, not {exp.cue!r}")
        problems.extend(_scope_problems(exp, match.scope(analysis.sentences[-1])))
    problems.extend(f"extra {a.source!r} ({a.source_type}, {a.cue!r})" for a in left)
    return "; ".join(problems) or None


def _scope_problems(exp: Expect, scope: str) -> list[str]:
    """The clause the cue governs holds the expected claim and nothing of another clause."""
    out = []
    if exp.claim and exp.claim.lower() not in scope.lower():
        out.append(f"{exp.source!r} clause {scope!r} lacks {exp.claim!r}")
    if exp.not_claim and exp.not_claim.lower() in scope.lower():
        out.append(f"{exp.source!r} clause {scope!r} reaches {exp.not_claim!r}")
    return out


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(F.PERSONS)


# --- reporting vocabulary -------------------------------------------------------------

# verbs whose hearer comes before the clause ("told reporters that")
_HEARER_FIRST = frozenset("tell inform assure reassure notify brief update alert advise remind".split())
# verbs that take an object before a quotation ("decried the plan as “...”")
_OBJECT_FIRST = frozenset("""
decry condemn denounce slam blast praise hail welcome applaud laud deplore bemoan lament mourn
describe characterize characterise criticize criticise rebut refute dispute contest
question counter outline detail summarize summarise highlight underline underscore flag record measure
""".split())
# verbs that name what something is: "called the plan “a disaster”"
_NAMING = frozenset("call label dub term".split())
# cues that take no "that": tested with a colon and a quotation
_COLON_PHRASES = frozenset("hit back|weigh in|speak out|chime in|sound the alarm|blame|accuse".split("|"))


def _inflect(lemma: str, tag: str) -> str:
    head, *rest = lemma.split()
    return " ".join([verb_forms(head)[tag][0], *rest])


def _tenses(lemma: str) -> list[tuple[str, str, str]]:
    """(tense name, verb group, cue word) for past, present, perfect, past perfect, future, progressive."""
    vbd, vbz, vbn = _inflect(lemma, "VBD"), _inflect(lemma, "VBZ"), _inflect(lemma, "VBN")
    vbg, vb = _inflect(lemma, "VBG"), lemma
    return [("past", vbd, vbd), ("present", vbz, vbz), ("perfect", f"has {vbn}", vbn),
            ("past-perfect", f"had {vbn}", vbn), ("future", f"will {vb}", vb), ("progressive", f"is {vbg}", vbg)]


def vocabulary(rng: random.Random) -> list[Case]:
    cases = []
    lemmas = SECTIONS["plain"] + SECTIONS["act"] + SECTIONS["clause"] + SECTIONS["phrase"] + SECTIONS["stance"]
    for lemma in dict.fromkeys(lemmas):
        for tense, group, cue in _tenses(lemma):
            name, _ = _person(rng)
            claim, quote = rng.choice(F.CLAIMS), rng.choice(F.QUOTES)
            head = lemma.split()[0]
            if lemma in SECTIONS["stance"]:
                text = f"{name} {group} about the plan."
            elif lemma in _COLON_PHRASES:
                text = f"{name} {group}: “{quote}.”"
            elif head in _NAMING:
                text = f"{name} {group} the plan “{quote.lower()}.”"
            elif head in _OBJECT_FIRST:
                text = f"{name} {group} the plan as “{quote.lower()}.”"
            elif head in _HEARER_FIRST:
                text = f"{name} {group} reporters that {claim}."
            else:
                text = f"{name} {group} that {claim}."
            cases.append(Case("vocabulary", text, (Expect(name, "named_person", cue.split()[0]),),
                              name=f"{lemma}-{tense}"))
        # the tag after a quotation: “...,” Maria Okafor stressed.
        name, _ = _person(rng)
        vbd = _inflect(lemma, "VBD")
        if " " not in lemma and lemma not in SECTIONS["stance"]:
            cases.append(Case("vocabulary", f"“{rng.choice(F.QUOTES)},” {name} {vbd}.",
                              (Expect(name, "named_person", vbd),), name=f"{lemma}-tag"))
    for lemma in SECTIONS["finding"]:
        for tag in ("VBD", "VBZ"):
            form = verb_forms(lemma)[tag][0]
            doc = rng.choice(F.DOCUMENTS)
            text = f"{doc[0].upper()}{doc[1:]} {form} that {rng.choice(F.CLAIMS)}."
            cases.append(Case("vocabulary", text, (Expect(doc, "document", form),), name=f"{lemma}-finding"))
    # cues that are phrases around a figure or a statement
    for verb in ("put", "puts", "has put"):
        for noun in ("the odds", "the death toll", "the figure", "the chance", "the cost"):
            name, _ = _person(rng)
            text = f"{name} {verb} {noun} at {rng.randint(2, 90)} percent."
            cases.append(Case("vocabulary", text, (Expect(name, "named_person", verb.split()[-1]),), name="put-at"))
    for verb in ("has issued", "issued", "issues", "released"):
        for noun in ("an update stating", "a statement saying", "a warning that", "an advisory saying"):
            org = rng.choice(F.ORGANIZATIONS)
            text = f"{org[0].upper()}{org[1:]} {verb} {noun} {rng.choice(F.CLAIMS)}."
            cases.append(Case("vocabulary", text, (Expect(org, "named_organization", verb.split()[-1]),),
                              name="issued-statement"))
    return cases


# --- subject shapes ---------------------------------------------------------------------

def subjects(rng: random.Random) -> list[Case]:
    cases = []
    verbs = ["said", "says", "announced that", "warned that", "stressed that", "confirmed that"]
    for org in F.ORGANIZATIONS:
        for verb in rng.sample(verbs, 3):
            text = f"{org[0].upper()}{org[1:]} {verb} {rng.choice(F.CLAIMS)}."
            cases.append(Case("subjects", text, (Expect(org, "named_organization", verb.split()[0]),)))
    for full, acronym in F.ACRONYM_BODIES:
        for verb in ("said", "warned that", "forecasts that"):
            text = f"{full} ({acronym}) {verb} {rng.choice(F.CLAIMS)}."
            cases.append(Case("subjects", text, (Expect(full, "named_organization", verb.split()[0]),)))
        text = f"{full} ({acronym}) published its outlook. The {acronym} said {rng.choice(F.CLAIMS)}."
        cases.append(Case("subjects", text, (Expect(acronym, "named_organization", "said"),)))
    for title in F.TITLES:
        for _ in range(3):
            name, _ = _person(rng)
            place = rng.choice(["Moscow", "Bellmoor", "Coastland", "Marlow", ""])
            subject = f"{place} {title} {name}".strip()
            when = rng.choice(["", " on Friday"])
            text = f"{subject}{when} said {rng.choice(F.CLAIMS)}."
            cases.append(Case("subjects", text, (Expect(name, "named_person", "said", full=subject),)))
    for name, _ in F.PERSONS:
        surname = name.split()[-1]
        verb = rng.choice(["said", "added", "warned that", "noted that"])
        text = (f"{name} runs the harbor office. The storm closed the port. "
                f"{surname} {verb} {rng.choice(F.CLAIMS)}.")
        cases.append(Case("subjects", text, (Expect(surname, "named_person", verb.split()[0]),)))
        text = f"{name} runs the harbor office. “{rng.choice(F.QUOTES)},” {surname} said."
        cases.append(Case("subjects", text, (Expect(surname, "named_person", "said"),)))
    for title in ("Police Chief", "Fire Chief", "Mayor", "Governor", "Provost", "Sheriff"):
        name, _ = _person(rng)
        later = f"the {title.split()[-1].lower()}"
        text = (f"{rng.choice(['Bellmoor', 'Marlow', 'Coastland'])} {title} {name} spoke to reporters. "
                f"{rng.choice(F.CLAIMS).capitalize()}, {later} said.")
        cases.append(Case("subjects", text, (Expect(later, "named_person", "said"),)))
    for full, _ in F.ACRONYM_BODIES:
        name, _ = _person(rng)
        owner = full[4:]  # without "The"
        text = f"The {owner}'s {name} said {rng.choice(F.CLAIMS)}."
        cases.append(Case("subjects", text, (Expect(name, "named_person", "said", full=f"{owner}'s {name}"),)))
        text = f"{name} is a graduate student at the college, the {owner}'s website shows."
        cases.append(Case("subjects", text, (Expect(f"the {owner}'s website", "document", "shows"),)))
    for body in ("museum", "airport", "charity", "union", "ministry", "hospital", "club", "agency", "weather service"):
        verb = rng.choice(["announced on its website that", "said", "confirmed that"])
        text = f"The {body} {verb} {rng.choice(F.CLAIMS)}."
        cases.append(Case("subjects", text, (Expect(f"the {body}", "named_organization", verb.split()[0]),)))
    for noun in ("Documents", "Emails", "Records", "Filings", "Messages"):
        for modifier in ("filed with the court", "released in the lawsuit", "obtained by reporters", "made public in May"):
            verb = rng.choice(["revealed that", "show that", "suggest that"])
            text = f"{noun} {modifier} {verb} {rng.choice(F.CLAIMS)}."
            cases.append(Case("subjects", text, (Expect(f"{noun} {modifier}", "document", verb.split()[0]),)))
    for doc in F.DOCUMENTS:
        text = f"The port will close, according to {doc}."
        cases.append(Case("subjects", text, (Expect(doc, "document", "according to"),)))
    return cases


# --- speaker versus employer ------------------------------------------------------------

def employers(rng: random.Random) -> list[Case]:
    cases = []
    for employer in F.EMPLOYERS:
        for role in rng.sample(F.ROLES, 4):
            name, _ = _person(rng)
            verb = rng.choice(["said", "notes", "told reporters", "warned", "added"])
            text = f"{name}, {role} with {employer}, {verb} that {rng.choice(F.CLAIMS)}."
            cases.append(Case("speaker_employer", text, (Expect(name, "named_person", verb.split()[0]),)))
        name, _ = _person(rng)
        role = rng.choice(["head", "chair", "director"])
        acronym = "".join(w[0] for w in employer.split() if w[0].isupper())
        if len(acronym) >= 2:
            text = f"{name}, {role} of {employer}, {acronym}, notes that {rng.choice(F.CLAIMS)}."
            cases.append(Case("speaker_employer", text, (Expect(name, "named_person", "notes"),)))
        name, _ = _person(rng)
        text = f"“{rng.choice(F.QUOTES)},” said {name}, {rng.choice(F.ROLES)} at {employer}."
        cases.append(Case("speaker_employer", text, (Expect(name, "named_person", "said"),)))
    for employer in F.EMPLOYERS:
        name, _ = _person(rng)
        honorific = rng.choice(["Dr.", "Prof.", "Gen.", "Sen."])
        text = f"The top official at {employer}, {honorific} {name}, said {rng.choice(F.CLAIMS)}."
        cases.append(Case("speaker_employer", text, (Expect(name, "named_person", "said",
                                                             full=f"{honorific} {name}"),)))
    for shown, outlet in F.OUTLETS:
        if shown == "local media":
            continue
        for verb in ("told", "has told", "told"):
            name, _ = _person(rng)
            text = f"{name} {verb} {shown} that {rng.choice(F.CLAIMS)}."
            cases.append(Case("speaker_employer", text, (Expect(name, "named_person", "told"),
                                                          Expect(outlet, "media_outlet", "told"))))
        (name, _), (hearer, _) = rng.sample(F.PERSONS, 2)
        listener = rng.choice([hearer, "reporters", "the committee", "lawmakers", "the court", "a news conference"])
        text = f"{name} told {listener} that {rng.choice(F.CLAIMS)}."
        cases.append(Case("speaker_employer", text, (Expect(name, "named_person", "told"),)))
        anon = rng.choice(F.ANONYMOUS)
        text = f"{anon[0].upper()}{anon[1:]} told {shown} that {rng.choice(F.CLAIMS)}."
        cases.append(Case("speaker_employer", text, (Expect(anon, "anonymous", "told"),
                                                      Expect(outlet, "media_outlet", "told"))))
    return cases


# --- positions ----------------------------------------------------------------------------

def positions(rng: random.Random) -> list[Case]:
    cases = []
    for _ in range(14):
        name, _ = _person(rng)
        claim, quote = rng.choice(F.CLAIMS), rng.choice(F.QUOTES)
        cap = claim[0].upper() + claim[1:]
        anon, doc = rng.choice(F.ANONYMOUS), rng.choice(F.DOCUMENTS)
        org = rng.choice(F.ORGANIZATIONS)
        shown, outlet = rng.choice([o for o in F.OUTLETS if o[0] != "local media"])
        pair = rng.choice(["state and local", "federal and state", "military and civilian", "senior and junior"])
        outlet_b, outlet_c = rng.sample(["The Wall Street Journal", "the New York Times", "Reuters", "the BBC"], 2)
        if outlet_b[0].islower():
            outlet_b = outlet_b[0].upper() + outlet_b[1:]
        shown_cap = rng.choice(["CNBC", "Bloomberg", "The Harbor Ledger", "Reuters"])
        org_name = rng.choice(["Atlantic Shipping Group", "Bharati Lines", "Ostrava Freight"])
        kind = rng.choice(["company", "firm", "group"])  # "shipping company Atlantic Lines": a body, named
        anon_one = rng.choice(["A company spokesperson", "An agency spokeswoman", "A ministry official"])
        person = Expect(name, "named_person", "said")
        cases += [
            Case("positions", f"{name} said {claim}.", (person,)),
            Case("positions", f"{cap}, {name} said.", (person,)),
            Case("positions", f"“{quote},” said {name}.", (person,)),
            Case("positions", f"“{quote},” {name} said.", (person,)),
            Case("positions", f"{cap}, said {name}.", (person,)),
            Case("positions", f"According to {name}, {claim}.", (Expect(name, "named_person", "according to"),)),
            Case("positions", f"{cap}, according to {anon}.", (Expect(anon, "anonymous", "according to"),)),
            Case("positions", f"{cap}, according to {doc}.", (Expect(doc, "document", "according to"),)),
            Case("positions", f"{cap}, per {shown}.", (Expect(outlet, "media_outlet", "per"),)),
            Case("positions", f"{cap}, {shown} reports.", (Expect(outlet, "media_outlet", "reports"),)),
            Case("positions", f"{cap}, {shown} reported on Tuesday.", (Expect(outlet, "media_outlet", "reported"),)),
            Case("positions", f"{org[0].upper()}{org[1:]} cut jobs, citing {doc}.",
                 (Expect(doc, "document", "citing"),)),
            Case("positions", f"The port closed early, {shown} said, citing {anon}.",
                 (Expect(outlet, "media_outlet", "said"), Expect(anon, "anonymous", "citing"))),
            Case("positions", f"{name} said {claim}, “{quote.lower()},” {rng.choice(['reported', 'wrote', 'added'])} "
                              f"{shown}.", (person, Expect(outlet, "media_outlet", ""))),
            Case("positions", f"“{quote},” {rng.choice(['warned', 'insisted', 'stressed', 'confirmed'])} {name}.",
                 (Expect(name, "named_person", ""),)),
            Case("positions", f"{rng.choice(['However', 'In March', 'Later'])}, {name} dropped the plan, citing "
                              f"{rng.choice(['concerns', 'fears', 'doubts'])} that {claim}.",
                 (Expect(name, "named_person", "citing"),)),
            Case("positions", f"{cap}, according to {pair} officials and {doc}.",
                 (Expect(f"{pair} officials", "anonymous", "according to"), Expect(doc, "document", "according to"))),
            Case("positions", f"{pair.capitalize()} investigators said {claim}.",
                 (Expect(f"{pair} investigators", "anonymous", "said"),)),
            Case("positions", f"{shown[0].upper()}{shown[1:]} quoted {anon} as saying {claim}.",
                 (Expect(anon, "anonymous", "saying"), Expect(outlet, "media_outlet", "quoted"))),
            Case("positions", f"{name} was quoted by {shown} as saying {claim}.",
                 (Expect(name, "named_person", "saying"), Expect(outlet, "media_outlet", "quoted"))),
            Case("positions", f"{outlet_b} and {outlet_c} reported that {claim}.",
                 (Expect(outlet_b, "media_outlet", "reported"), Expect(outlet_c, "media_outlet", "reported"))),
            Case("positions", f"{shown_cap}'s {name} said {claim}.",
                 (Expect(name, "named_person", "said", full=f"{shown_cap}'s {name}"),)),
            Case("positions", f"Shipping {kind} {org_name} denied that {claim}.",
                 (Expect(org_name, "named_organization", "denied", full=f"Shipping {kind} {org_name}"),)),
            Case("positions", f"{anon_one} declined to comment on what {rng.choice(['she', 'he'])} said was speculation.",
                 (Expect(anon_one, "anonymous", "said"),)),
            Case("positions", f"The drones are part of what {org} says is a wider plan.",
                 (Expect(org, "named_organization", "says"),)),
            Case("positions", f"{name} said the fact the port was closing demonstrated that {claim}.", (person,)),
            Case("positions", f"“{quote},” {name} said, adding that {claim}.",
                 (Expect(name, "named_person", "said"),)),
            Case("positions", f"{name} told {shown} {claim}.",
                 (Expect(name, "named_person", "told"), Expect(outlet, "media_outlet", "told"))),
        ]
    return cases


# --- material between subject and cue ---------------------------------------------------

def between(rng: random.Random) -> list[Case]:
    cases = []
    for _ in range(30):
        name, _ = _person(rng)
        claim = rng.choice(F.CLAIMS)
        org = rng.choice(F.ORGANIZATIONS)
        org_cap = org[0].upper() + org[1:]
        verb = rng.choice(["said", "warned", "added", "confirmed"])
        critic = rng.choice(["opposition leader", "council member", "union chief", "party spokesperson"])
        cases += [
            Case("between", f"{name} {rng.choice(F.ADVERBS)} {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{name} {rng.choice(F.TIMES)} {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{name}, {rng.choice(F.ROLES)} at {org}, {verb} {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{name}, {rng.choice(F.RELATIVE_CLAUSES)}, {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{name} {rng.choice(F.PARENTHESES)} {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{org_cap} {rng.choice(F.ADVERBS)} {verb} that {claim}.",
                 (Expect(org, "named_organization", verb),)),
            Case("between", f"{name}, {rng.randint(19, 88)}, {rng.choice(F.ROLES)} at {org}, {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{org_cap}, which employs {rng.randint(2, 90)},{rng.randint(100, 999)} people, {verb} "
                            f"that {claim}.", (Expect(org, "named_organization", verb),)),
            Case("between", f"The plan drew criticism from {critic} {name}, who called it "
                            f"“{rng.choice(F.QUOTES).lower()}.”", (Expect(name, "named_person", "called",
                                                                        full=f"{critic} {name}"),)),
            Case("between", f"{name} {rng.choice(F.VENUES)} {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{name}, {rng.choice(F.VENUES)}, {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{name} {rng.choice(F.LY_ADVERBS)} {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
            Case("between", f"{name} — {rng.choice(F.RELATIVE_CLAUSES)} — {verb} that {claim}.",
                 (Expect(name, "named_person", verb),)),
        ]
    return cases


# --- pronouns -----------------------------------------------------------------------------

def pronouns(rng: random.Random) -> list[Case]:
    cases = []
    for _ in range(25):
        (a, pa), (b, pb) = rng.sample(F.PERSONS, 2)
        claim, quote = rng.choice(F.CLAIMS), rng.choice(F.QUOTES)
        org = rng.choice(F.ORGANIZATIONS)
        # the nearest person of the right gender, not the last one named
        if pa != pb:
            text = f"{a} said {claim}. {b} said the work was slow. “{quote},” {pa} added."
            cases.append(Case("pronouns", text, (Expect(a, "named_person", "added"),)))
        text = f"{a} said {claim}. “{quote},” {pa} added."
        cases.append(Case("pronouns", text, (Expect(a, "named_person", "added"),)))
        text = f"{a} said {claim}. {pa.capitalize()} also warned that {rng.choice(F.CLAIMS)}."
        cases.append(Case("pronouns", text, (Expect(a, "named_person", "warned"),)))
        # "it" is an organisation or a document, never the person named after it
        text = f"{org[0].upper()}{org[1:]} said {claim}. {a} was not reached. It added that {rng.choice(F.CLAIMS)}."
        cases.append(Case("pronouns", text, (Expect(org, "named_organization", "added"),)))
        anon = rng.choice(["officials", "three diplomats", "two senior engineers", "several residents"])
        text = f"{anon.capitalize()} said {claim}. They added that {rng.choice(F.CLAIMS)}."
        cases.append(Case("pronouns", text, (Expect(anon, "anonymous", "added"),)))
        # the subject of the same sentence, not the earlier speaker
        text = (f"{a} said {claim}. {b} would not say when the port reopens, but {pb} said "
                f"the crews were working.")
        cases.append(Case("pronouns", text, (Expect(b, "named_person", "said"),)))
        # a named subject that is no source yet is a referent too
        title = rng.choice(F.TITLES)
        text = f"{title} {a} met the engineers on {rng.choice(['Monday', 'Friday'])}. {pa.capitalize()} said {claim}."
        cases.append(Case("pronouns", text, (Expect(a, "named_person", "said", full=f"{title} {a}"),)))
        doc = rng.choice(F.DOCUMENTS)
        text = f"{doc[0].upper()}{doc[1:]} was released on Monday. It found that {claim}."
        cases.append(Case("pronouns", text, (Expect(doc, "document", "found"),)))
        crew = rng.choice(["Engineers", "Two inspectors", "Several witnesses", "Investigators"])
        text = f"{crew} visited the site. They said {claim}."
        cases.append(Case("pronouns", text, (Expect(crew, "anonymous", "said"),)))
        # "he"/"she" with no person before it is someone the writer named, never an
        # anonymous source: no source at all rather than a wrong "anonymous"
        opener = rng.choice(["The court heard the case on Friday.", "Crews cleared the road overnight.",
                             "The vote was held late on Tuesday."])
        text = f"{opener} “{quote},” {rng.choice(['he', 'she'])} {rng.choice(['told the court', 'said', 'added'])}."
        cases.append(Case("pronouns", text, ()))
        # a name inside the quotation is what the words are about, never the pronoun's speaker
        named = rng.choice([o for o in F.ORGANIZATIONS if o[0].isupper()] + [p for p, _ in F.PERSONS if p != a])
        action = rng.choice(["has set up a helpline", "was told to wait", "will pay for the repairs"])
        for opening, closing in (("“", ",”"), ('"', ',"')):
            text = f"{a} said {claim}. {opening}{named} {action}{closing} {pa} {rng.choice(['added', 'tweeted'])}."
            cases.append(Case("pronouns", text, (Expect(a, "named_person", text.split()[-1].rstrip(".")),)))
            text = f"{org[0].upper()}{org[1:]} said {claim}. {opening}{named} {action}{closing} it added."
            cases.append(Case("pronouns", text, (Expect(org, "named_organization", "added"),)))
        # "He and others cautioned that ...": the person "he" stands for speaks too (Higgs, r54)
        others, kind = rng.choice([("others", "unspecified"), ("his colleagues" if pa == "he" else "her colleagues",
                                                                "anonymous")])
        verb = rng.choice(["cautioned", "warned", "said"])
        text = f"{a} said {claim}. {pa.capitalize()} and {others} {verb} that {rng.choice(F.CLAIMS)}."
        bare = others.split()[-1]  # ("her colleagues" or "colleagues")
        cases.append(Case("pronouns", text, (Expect(a, "named_person", verb), Expect(bare, kind, verb, full=others))))
        # a person only mentioned since the last speaker may be whom "he"/"she" stands for: no
        # source rather than the wrong one (Notre-Dame, r53: "behind Mr Macron as he spoke")
        anon = rng.choice(["a spokesperson", "an official", "a witness"])
        honorific = {"he": "Mr", "she": "Ms"}[pb] if pb in ("he", "she") else "Mr"
        scene = rng.choice([f"The crowd cheered {honorific} {b.split()[-1]} as {pb} arrived.",
                            f"The pier burned behind {b} as {pb} spoke."])
        text = f"The port will close, {anon} said. {scene} “{quote},” {pb} said."
        cases.append(Case("pronouns", text, ()))
        text = f"The port will close, {anon} said. The crowd cheered the crews. “{quote},” {pb} said."
        cases.append(Case("pronouns", text, (Expect(anon, "anonymous", "said"),)))
        body = rng.choice([o for o in F.ORGANIZATIONS if o[0].isupper()])
        text = f"{body} has been looking for a white van {rng.choice(['they', 'it'])} say was near the dock."
        if " it " not in text:
            cases.append(Case("pronouns", text, (Expect(body, "named_organization", "say"),)))
    return cases


# --- outlets ------------------------------------------------------------------------------

def outlets(rng: random.Random) -> list[Case]:
    cases = []
    for shown, outlet in F.OUTLETS:
        cap = shown[0].upper() + shown[1:]
        for verb in ("reported", "reports", "has reported"):
            text = f"{cap} {verb} that {rng.choice(F.CLAIMS)}."
            cases.append(Case("outlets", text, (Expect(outlet, "media_outlet", verb.split()[-1]),)))
        text = f"The port will close, according to {shown}."
        cases.append(Case("outlets", text, (Expect(outlet, "media_outlet", "according to"),)))
        text = f"{rng.choice(F.CLAIMS).capitalize()}, {shown} reported."
        cases.append(Case("outlets", text, (Expect(outlet, "media_outlet", "reported"),)))
        # an outlet never reports in its own story
        text = f"{rng.choice(F.PERSONS)[0]} told {shown} that {rng.choice(F.CLAIMS)}."
        name = text.split(" told ")[0]
        if shown != "local media":
            cases.append(Case("outlets", text, (Expect(name, "named_person", "told"),), outlet=outlet))
    # a station by its call sign and band is an outlet the speaker told ("told KXYZ-TV")
    for letters, band in itertools.product(["KQRV", "WBNL", "KTO", "WMZE"], ["TV", "FM", "AM"]):
        station = f"{letters}-{band}"
        person = rng.choice(F.PERSONS)[0]
        for text in (f"{person} told {station} that {rng.choice(F.CLAIMS)}.",
                     f"Witnesses told {station} they heard the siren twice."):
            speaker = person if text.startswith(person) else "Witnesses"
            kind = "named_person" if speaker == person else "anonymous"
            cases.append(Case("outlets", text, (Expect(speaker, kind, "told"), Expect(station, "media_outlet", "told"))))
    return cases


# --- non-attributions ---------------------------------------------------------------------

_NON_TEMPLATES = [
    "{name} declined to comment.", "{name} did not respond to a request for comment.",
    "{org} declined to comment on the report.", "{name} did not say how many people were hurt.",
    "{org} would not say when the port would reopen.", "A voice could be heard in the background.",
    "Firefighters battled the flames for hours.", "{name} refused to say who was to blame.",
    "{org} did not immediately respond to a request for comment.", "{name} told the crew to leave the dock.",
    "The storm claimed 12 lives.", "{org} recorded a loss of $3 million.", "{name} found the keys in the car.",
    "{org} measured the river at noon.", "{name} appealed the ruling.", "{org} posted a loss.",
    "{name} hopes to win the seat.", "The decision was announced on Friday.",
    "The reported damage was modest.", "{name} asked whether the bridge would reopen.",
    "{org} expects to hire 200 workers.", "{name} answered the phone.",
    "Rescue crews worked through the night.", "{name} questioned the witness for an hour.",
    "{org} declared the outbreak a “public health emergency”.",
    "{name} was asked if she thought the port was safe.", "The affidavit, which details the charges, is sealed.",
    "The fact that the port closed shows how bad the storm was.",
    "What residents should know: the ferry runs on Friday.",
    "{org}, a company founded in 1958, holds back a reservoir that farmers use.",
    "{org} on Saturday declared the outbreak which has spread to five towns an emergency.",
]
# a gesture is no report (Ecuador, r55: "Captain Freddy Arca pointed to the ruins of a hotel")
_NON_TEMPLATES += [f"{{name}} {verb} to the {thing} {rest}" for verb, thing, rest in itertools.product(
    ["pointed", "points"], ["ruins of a hotel", "flooded road", "collapsed roof"],
    ["as the cranes worked.", "near the harbor.", "with a shaking hand."])][::2]
# a report-verb's noun as another verb's object, a report that did not happen, and what a fact
# means (BNP Paribas, r50: "employees removed records that would have revealed ...", "The guilty
# plea means the bank admits to ...")
_NON_TEMPLATES += [f"{subject} {verb} {noun} that {rest}" for subject, verb, noun, rest in itertools.product(
    ["{org}'s employees", "Two clerks", "{name}"], ["removed", "destroyed", "investigated", "shredded"],
    ["records", "reports", "statements", "notes"], ["named the buyers.", "showed the pier was unsafe."])][::7]
_NON_TEMPLATES += [f"{subject} {modal} have {verb} {rest}" for subject, modal, verb, rest in itertools.product(
    ["Records", "{name}", "{org}"], ["would", "could", "might not"], ["revealed", "said", "confirmed", "shown"],
    ["that the buyers were foreign.", "the names of the buyers."])][::5]
_NON_TEMPLATES += [f"The {fact} {means}{that} {subject} {verb} {rest}" for fact, means, that, subject, verb, rest in
                   itertools.product(["guilty plea", "ruling", "settlement"], ["means", "meant"], ["", " that"],
                                     ["{org}", "{name}"], ["admits", "concedes", "acknowledges"],
                                     ["to breaking the rules.", "the port was unsafe."])][::6]


# an order to the listener ("told them they should leave") is an event, not a claim
_ORDERS = ["should leave immediately", "must stay indoors", "had to leave the harbor", "needed to move their cars",
           "should not drink the tap water"]
_LISTENERS = [("them", "they"), ("him", "he"), ("her", "she"), ("us", "we")]


def _order_templates(rng: random.Random) -> list[str]:
    out = []
    for (listener, subject), order, verb in itertools.product(_LISTENERS, _ORDERS, ["told", "tells", "has told"]):
        that = rng.choice(["", "that "])
        out.append(rng.choice([f"{{name}} {verb} {listener} {that}{subject} {order}.",
                               f"Residents were woken by deputies who {verb} {listener} {that}{subject} {order}."]))
    return out


# people "confirmed dead" / "reported missing" are the news, not sources
_STATED = [f"{who} {verb} {state}{after}" for who, verb, state, after in itertools.product(
    ["All five crew members", "Two sailors", "Three hikers", "The pilot and two passengers"],
    ["confirmed", "reported", "were confirmed", "were reported"], ["dead", "missing", "safe", "injured"],
    [".", " after the storm.", " on Tuesday, and the search goes on."])]


def non_attributions(rng: random.Random) -> list[Case]:
    cases = [Case("non_attributions", t.format(name=rng.choice(F.PERSONS)[0]), ()) for t in _order_templates(rng)]
    cases += [Case("non_attributions", text, ()) for text in rng.sample(_STATED, 60)]
    for template in _NON_TEMPLATES:
        for _ in range(5):
            org = rng.choice(F.ORGANIZATIONS)
            text = template.format(name=rng.choice(F.PERSONS)[0], org=org[0].upper() + org[1:])
            cases.append(Case("non_attributions", text, ()))
    return cases


# --- source typing and well-formed sources ---------------------------------------------

def typing(rng: random.Random) -> list[Case]:
    """A person needs evidence (given name, title, introduced surname, he/she); a bare
    capitalised word that speaks is an organisation; 'Survey', 'Office' after a name head one."""
    cases = []
    for brand in F.BRANDS:
        thing = rng.choice(F.BRANDED_THINGS)
        for verb in rng.sample(["said", "said in a statement that", "confirmed that", "announced that"], 2):
            text = f"{brand} {verb} {rng.choice(F.CLAIMS)}."
            cases.append(Case("typing", text, (Expect(brand, "named_organization", verb.split()[0]),)))
            text = f"A {brand} {thing} was stuck for hours. {brand} {verb} {rng.choice(F.CLAIMS)}."
            cases.append(Case("typing", text, (Expect(brand, "named_organization", verb.split()[0]),)))
        text = f"{rng.choice(F.CLAIMS).capitalize()}, {brand} said in a statement."
        cases.append(Case("typing", text, (Expect(brand, "named_organization", "said"),)))
    for name, pronoun in F.PERSONS[:12]:
        surname = name.split()[-1]
        verb = rng.choice(["added", "said", "noted"])
        text = f"{surname} said {rng.choice(F.CLAIMS)}. {pronoun.capitalize()} {verb} that {rng.choice(F.CLAIMS)}."
        cases.append(Case("typing", text, (Expect(surname, "named_person", verb),)))
        text = f"{surname}, {rng.randint(19, 88)}, {verb} {rng.choice(F.CLAIMS)}."  # an age is said of people
        cases.append(Case("typing", text, (Expect(surname, "named_person", verb),)))
    for body in F.NAMED_BODIES:
        for verb in rng.sample(["said", "reported that", "warned that", "estimated that"], 2):
            text = f"{body[0].upper()}{body[1:]} {verb} {rng.choice(F.CLAIMS)}."
            cases.append(Case("typing", text, (Expect(body, "named_organization", verb.split()[0]),)))
    # a body whose name has a title's word in it ("Directorate General"), an airline ("Air ..."),
    # a website named by its address: none is a person, and the airline no newspaper
    for body in ("the Directorate General of Civil Aviation", "the Directorate General of Shipping",
                 "the Inspectorate General of Mines", "Air Orlan Express", "Air Veltra", "Air Coastland Star"):
        verb = rng.choice(["said", "confirmed that", "tweeted that", "announced that"])
        for text, cue in ((f"{body[0].upper()}{body[1:]} {verb} {rng.choice(F.CLAIMS)}.", verb.split()[0]),
                          (f"{rng.choice(F.CLAIMS).capitalize()}, {body} said.", "said")):
            cases.append(Case("typing", text, (Expect(body, "named_organization", cue),)))
    # people named by their trade, of a named body, are unnamed people (Higgs, r54: "CERN
    # physicists at the Large Hadron Collider" was offered as a named organization)
    for org, trade, place in itertools.product(["CERN", "Kelso Port"], ["physicists", "technicians", "historians"],
                                               ["", " at the Large Hadron Collider"]):
        text = f"{org} {trade}{place} said {rng.choice(F.CLAIMS)}."
        cases.append(Case("typing", text, (Expect(f"{org} {trade}{place}", "anonymous", "said"),)))
    # a person named after a body and a word for their job (Camp Fire, r59: "Office of Emergency
    # Services official Mark Pazin" was typed an organization)
    for body, job in itertools.product(["Office of Emergency Services", "Department of Ports"], ["official", "worker"]):
        name = rng.choice(F.PERSONS)[0]
        text = f"{body} {job} {name} said {rng.choice(F.CLAIMS)}."
        cases.append(Case("typing", text, (Expect(name, "named_person", "said", full=f"{body} {job} {name}"),)))
    # a body the article does not name is no named organization (Webb telescope, r55: "an
    # independent review board" was explained as "a named organization")
    for body in ("an independent review board", "a local hospital", "another company", "a regional utility"):
        verb = rng.choice(["said", "found that", "warned that"])
        text = f"{body[0].upper()}{body[1:]} {verb} {rng.choice(F.CLAIMS)}."
        cases.append(Case("typing", text, (Expect(body, "unspecified", verb.split()[0]),)))
    for site, kind in (("Harbor News.com", "media_outlet"), ("Coastland Daily.com", "media_outlet"),
                       ("Orlan Asia.com", "named_organization"), ("Veltrax.com", "named_organization")):
        text = f"{rng.choice(F.CLAIMS).capitalize()}, {site} reported."
        cases.append(Case("typing", text, (Expect(site, kind, "reported"),)))
    for topic, verb in itertools.product(("Household Income", "Labour Force", "Annual Youth", "Coastland Opinion"),
                                         ("found that", "showed that")):
        text = f"The {topic} Survey {verb} {rng.choice(F.CLAIMS)}."
        cases.append(Case("typing", text, (Expect(f"The {topic} Survey", "document", verb.split()[0]),)))
    for doc, by in itertools.product(("survey", "assessment", "study"), F.NAMED_BODIES[1:5]):
        text = f"A new {doc} by {by} found that {rng.choice(F.CLAIMS)}."
        cases.append(Case("typing", text, (Expect(f"A new {doc}", "document", "found", full=f"A new {doc} by {by}"),)))
    return cases


def aliases(rng: random.Random) -> list[Case]:
    """'Coastland Central Television ... CCTV said': the acronym is a source of the full name's type."""
    cases = []
    for full, acronym in F.ALIASES:
        kind = "media_outlet" if full.endswith("Television") else "named_organization"
        lead = f"{full[0].upper()}{full[1:]}"
        for later in (f"{acronym} said", f"Later, {acronym} said", f"The {acronym} also said",
                      f"On Friday, {acronym} warned that", f"{acronym} has since said"):
            text = f"{lead} reported that {rng.choice(F.CLAIMS)}. {later} {rng.choice(F.CLAIMS)}."
            cue = later.split()[-2] if later.endswith("that") else later.split()[-1]
            expect = Expect(full if kind == "named_organization" else acronym, kind, cue, full=full)
            cases.append(Case("aliases", text, (expect,)))
    return cases


def fragments(rng: random.Random) -> list[Case]:
    """Only speakers are sources: never the subject of the reported clause, a clause before
    '..., saying', a quote's first word or a label line."""
    cases = []
    for title in F.TITLES[:10]:
        name, pronoun = _person(rng)
        number = rng.choice(["Five", "Twelve", "Three", "Forty"])
        state = rng.choice(["were still hospitalized in stable condition", "remain missing", "were rescued overnight"])
        text = f"{number} people {state}, {title} {name} said."
        cases.append(Case("fragments", text, (Expect(name, "named_person", "said", full=f"{title} {name}"),)))
        event = rng.choice(F.CUT_SHORT).replace("his", pronoun == "she" and "her" or "his")
        text = f"{title} {name} {event}, saying that {rng.choice(F.CLAIMS)}."
        cases.append(Case("fragments", text, (Expect(name, "named_person", "saying", full=f"{title} {name}"),)))
        shown, outlet = rng.choice(F.OUTLETS[:10])
        disaster = rng.choice(["earthquake", "flood", "landslide", "storm"])
        text = (f"The toll from the {disaster} along the coast has risen to {rng.randint(20, 400)}, "
                f"{shown} quoted {title} {name} as saying.")
        cases.append(Case("fragments", text, (Expect(name, "named_person", "saying", full=f"{title} {name}"),
                                              Expect(outlet, "media_outlet", "quoted"))))
        when = rng.choice(["", " Sunday", " late Friday", " on Tuesday"])
        participle = rng.choice(["adding that", "noting that", "saying"])
        text = f"{number} people {state}, {title} {name} said{when}, {participle} {rng.choice(F.CLAIMS)}."
        cases.append(Case("fragments", text, (Expect(name, "named_person", "said", full=f"{title} {name}"),)))
        text = f"{number} people {state}, {title} {name} was quoted as saying."
        cases.append(Case("fragments", text, (Expect(name, "named_person", "quoted", full=f"{title} {name}"),)))
        text = (f"{title} {name} toured the site. {number} people {state}, {pronoun} said, "
                f"{participle} {rng.choice(F.CLAIMS)}.")
        cases.append(Case("fragments", text, (Expect(name, "named_person", "said", full=f"{title} {name}"),)))
        opener = rng.choice(["Honestly", "Frankly", "Look", "Sadly"])
        text = f"“{opener}, {rng.choice(F.QUOTES).lower()},” {name} said."
        cases.append(Case("fragments", text, (Expect(name, "named_person", "said"),)))
        label = rng.choice(["UPDATE", "BREAKING", "CORRECTION", "EDITOR'S NOTE"])
        text = f"{label}: {rng.choice(F.CLAIMS).capitalize()}, {title} {name} said."
        cases.append(Case("fragments", text, (Expect(name, "named_person", "said", full=f"{title} {name}"),)))
        text = f"{label}: {rng.choice(F.CLAIMS).capitalize()}."
        cases.append(Case("fragments", text, ()))
        brand = rng.choice(F.BRANDS)
        for lead in (f"{label}: ", f"{label} {rng.randint(1, 3)}-", f"{label}-"):
            text = f"{lead}{brand} said {rng.choice(F.CLAIMS)}."
            cases.append(Case("fragments", text, (Expect(brand, "named_organization", "said"),)))
    return cases


def _and_names() -> list[str]:
    """Invented one-body names with a lower-case "and" or "&" inside."""
    names = [f"{left} and {right}" if right == "Electric" else f"the {left} and {right}"
             for left, right in F.AND_NAME_PARTS]
    names += [f"the {head} {left} and {right}" if head.endswith(" for") else f"the {head} of {left} and {right}"
              for head, left, right in F.AND_OF_NAMES]
    return names + F.AMPERSAND_NAMES


def names_with_and(rng: random.Random) -> list[Case]:
    """'the Cybersecurity and Infrastructure Security Agency', 'Pacific Gas and Electric',
    'Procter & Gamble': an "and" inside one name does not cut it into two sources; two
    people or two bodies joined by "and" stay two sources."""
    cap = "names with 'and'"
    cases = []
    for name in _and_names():
        lead = f"{name[0].upper()}{name[1:]}"
        claim = rng.choice(F.CLAIMS)
        org = Expect(name, "named_organization", "said")
        cases += [
            Case(cap, f"{lead} said {claim}.", (org,)),
            Case(cap, f"{claim[0].upper()}{claim[1:]}, {name} said on Tuesday.", (org,)),
            Case(cap, f"According to {name}, {claim}.", (Expect(name, "named_organization", "according to"),)),
            Case(cap, f"{lead}, a {rng.choice(['regional regulator', 'state-run body', 'utility', 'lender'])}, "
                      f"said {claim}.", (org,)),
            Case(cap, f"{lead} told reporters that {claim}.", (Expect(name, "named_organization", "told"),)),
            Case(cap, f"{lead} {rng.choice(['warned', 'confirmed', 'announced'])} that {claim}.",
                 (Expect(name, "named_organization", ""),)),
        ]
        person, _ = _person(rng)
        cases += [
            Case(cap, f"{claim[0].upper()}{claim[1:]}, a spokesperson for {name} told reporters.",
                 (Expect(f"a spokesperson for {name}", "anonymous", "told"),)),
            Case(cap, f"Officials at {name} said {claim}.", (Expect(f"Officials at {name}", "anonymous", "said"),)),
            Case(cap, f"{person}, a spokesperson for {name}, said {claim}.",
                 (Expect(person, "named_person", "said"),)),
            # the body after "told" is the hearer, not a source
            Case(cap, f"{person} told {name} that {claim}.", (Expect(person, "named_person", "told"),)),
        ]
        doc = rng.choice(F.FROM_DOCUMENTS)
        body = name if name[:4] != "the " else f"the federal {name[4:]}"
        cases.append(Case(cap, f"{claim[0].upper()}{claim[1:]}, according to {doc} {body}.",
                          (Expect(f"{doc} {body}", "document", "according to"),)))
    people = rng.sample(F.PERSONS, 12)
    for (a, _), (b, _) in zip(people[::2], people[1::2]):
        claim = rng.choice(F.CLAIMS)
        cases.append(Case(cap, f"{a} and {b} said {claim}.",
                          (Expect(a, "named_person", "said"), Expect(b, "named_person", "said"))))
        text = f"{a} and {b} met on Monday. {b.split()[-1]} and {a.split()[-1]} said {claim}."
        cases.append(Case(cap, text, (Expect(b.split()[-1], "named_person", "said"),
                                      Expect(a.split()[-1], "named_person", "said"))))
    for (a, _), (b, _) in zip(people[::3], people[1::3]):
        ta, tb = rng.sample(F.TITLES[:12], 2)
        claim = rng.choice(F.CLAIMS)
        cases.append(Case(cap, f"{ta} {a} and {tb} {b} said {claim}.",
                          (Expect(a, "named_person", "said", full=f"{ta} {a}"),
                           Expect(b, "named_person", "said", full=f"{tb} {b}"))))
        body = rng.choice(F.NAMED_BODIES)
        cases.append(Case(cap, f"{a} and {body} said {claim}.",
                          (Expect(a, "named_person", "said"), Expect(body, "named_organization", "said"))))
        cases.append(Case(cap, f"{body[0].upper()}{body[1:]} and {a} said {claim}.",
                          (Expect(body, "named_organization", "said"), Expect(a, "named_person", "said"))))
    for one, two in F.PAIRED_BODIES:
        text = f"{one[0].upper()}{one[1:]} and {two} said {rng.choice(F.CLAIMS)}."
        cases.append(Case(cap, text, (Expect(one, "named_organization", "said"),
                                      Expect(two, "named_organization", "said"))))
    return cases


GENERATORS = [vocabulary, subjects, employers, positions, between, pronouns, outlets, non_attributions, typing, aliases,
              fragments, names_with_and]


def all_cases() -> list[Case]:
    from tests.behaviour.scope_cases import SCOPE_GENERATORS  # they build on Case and Expect above

    rng = random.Random(SEED)
    return [case for generate in GENERATORS + SCOPE_GENERATORS for case in generate(rng)]

