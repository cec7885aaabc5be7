"""Behavioural tests of the flag rules (CheckList style): templates x fillers, fixed seed.

Each capability is a list of cases generated from templates and fillers (hedge words,
tenses, positions, subjects, material in between); each case asserts a flag reason with
its cue, or the absence of a reason. Every event, person and outlet is invented.

    python tests/behaviour/test_flags_behaviour.py      # the table of pass rates
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from quizgen.analyze import analyze_article
from quizgen.analyze.cited_outlets import outlet_name
from quizgen.analyze.flags import detect_flags
from quizgen.models import Article, Attribution, Flag, Sentence

SEED = 20260
PASS_RATE = 0.97  # issue 7: every capability passes at least this share of its cases


@dataclass
class Case:
    text: str
    # (source, type, cue) the attribution stage hands over for this sentence
    sources: tuple[tuple[str, str, str], ...] = ()
    reason: str | None = None  # expected among the flag's reasons, with `cue` as its cue
    cue: str | None = None
    absent: tuple[str, ...] = ()  # reasons that must not be given; ("*",) means no flag at all
    cues: tuple[str, ...] = field(default_factory=tuple)  # all expected in Flag.cues
    # read the sentence with the whole analysis (attributions and their clauses), not `sources`
    analyzed: bool = False

    def flag(self) -> Flag | None:
        return _analyzed_flag(self.text) if self.analyzed else _flag(self.text, self.sources)

    def check(self) -> bool:
        flag = self.flag()
        reasons = flag.reasons if flag else []
        if "*" in self.absent and flag is not None:
            return False
        if any(r in reasons for r in self.absent):
            return False
        if self.reason is not None:
            if flag is None or self.reason not in reasons:
                return False
            if self.cue is not None and flag.cue.lower() != self.cue.lower() and self.cue.lower() not in (
                    c.lower() for c in flag.cues):
                return False
        return all(c.lower() in (x.lower() for x in flag.cues) for c in self.cues) if self.cues else True


def _flag(text: str, sources: tuple[tuple[str, str, str], ...]) -> Flag | None:
    sentence = Sentence("b.s1", text, 0, len(text))
    attributions = [Attribution(s, kind, cue, sentence.id, text) for s, kind, cue in sources]
    flags = detect_flags([sentence], attributions)
    return flags[0] if flags else None


def _analyzed_flag(text: str) -> Flag | None:
    analysis = analyze_article(Article(id="b", body=text, outlet="Pellton Ledger"))
    return next((f for f in analysis.flags if f.sentence == analysis.sentences[-1].id), None)


def _sample(rng: random.Random, items: list, k: int) -> list:
    return items if len(items) <= k else rng.sample(items, k)


# --- fillers ---------------------------------------------------------------------------
PEOPLE = ["Ines Brandt", "Tomas Okafor", "Mei Ling Soto", "Rafael Duarte", "Greta Lindqvist", "Omar Haddad"]
ORGS = ["the Harbor Authority", "Veltrax Motors", "the Ministry of Water", "Norvale City Council", "Pellton Airlines"]
SUBJECTS = ["The ferry operator", "The mayor", "The tanker's owner", "Veltrax Motors", "The union", "The regional council"]
PAST_CLAIMS = ["ignored two safety warnings", "paid the contractor twice", "moved the fuel tanks last spring",
               "hid the inspection report", "cut the night shift"]
INF_CLAIMS = ["ignore two safety warnings", "pay the contractor twice", "move the fuel tanks",
              "hide the inspection report", "cut the night shift"]
INBETWEEN = ["", "also ", "later ", "once again "]
TIMES = ["", " on Wednesday", " last month", " in 2021"]


def hedge_adverbs(rng: random.Random) -> Iterator[Case]:
    words = ["reportedly", "allegedly", "apparently", "probably", "possibly", "likely", "purportedly",
             "supposedly", "presumably"]
    for word, subject, claim, extra, when in itertools.product(words, SUBJECTS, PAST_CLAIMS, INBETWEEN, TIMES):
        if rng.random() < 0.12:
            yield Case(f"{subject} {extra}{word} {claim}{when}.", reason="hedged", cue=word)


def hedge_phrases(rng: random.Random) -> Iterator[Case]:
    phrases = ["is said to have", "is believed to have", "was thought to have", "is rumoured to have",
               "appears to have", "seems to have", "is alleged to have", "are understood to have"]
    for opener, subject, claim in itertools.product(["It appears that", "It seems that", "It looks as though"],
                                                    ["the ferry operator", "the union", "Veltrax Motors"], PAST_CLAIMS):
        yield Case(f"{opener} {subject} {claim}.", reason="hedged", cue=opener)
    for club, target in itertools.product(["Norvale United", "The Pellton club", "Three clubs"],
                                          ["the goalkeeper", "a new striker"]):
        yield Case(f"{club} are the latest to be linked with a move for {target}.", reason="hedged",
                   cue="be linked with")
    # "it is / it's / it was not clear whether ...": the writer's own doubt, contracted or not
    for it, doubt, wh, subject in itertools.product(["It is", "It's", "It’s", "It was"], ["not clear", "unclear"],
                                                    ["whether", "how", "why"], ["the ferry operator", "Veltrax Motors"]):
        yield Case(f"{it} {doubt} {wh} {subject} paid the contractor twice.", reason="hedged",
                   cue=f"{it} {doubt} {wh}")
    past = ["ignored two safety warnings", "paid the contractor twice", "hidden the inspection report"]
    for phrase, subject, claim in itertools.product(phrases, SUBJECTS, past):
        text = f"{subject} {phrase} {claim}."
        if subject.startswith(("The union", "The ferry")) and phrase.startswith("are"):
            continue
        yield Case(text, reason="hedged", cue=phrase.rsplit(" ", 1)[0])


def modal_hedges(rng: random.Random) -> Iterator[Case]:
    for modal, subject, verb in itertools.product(["may", "might", "could"], SUBJECTS,
                                                  ["ignore the warnings", "lose its licence", "face a fine"]):
        yield Case(f"{subject} {modal} {verb} after the spill.", reason="hedged", cue=modal)
        yield Case(f"After the spill, {subject.lower() if subject.startswith('The') else subject} {modal} {verb}.",
                   reason="hedged", cue=modal)


def doubt_in_named_quotes(rng: random.Random) -> Iterator[Case]:
    for person, word, claim in itertools.product(PEOPLE, ["very likely", "probably", "most likely", "apparently"],
                                                 ["a sign of a deeper failure", "the start of a long dispute"]):
        text = f"\u201cThis is {word} {claim},\u201d {person} said."
        yield Case(text, sources=((person, "named_person", "said"),), reason="hedged", cue=word)


def weak_reporting(rng: random.Random) -> Iterator[Case]:
    for source, verb in itertools.product(["The report", "The audit", "New data", "The leaked memo", "The survey"],
                                          ["suggests that", "suggested that", "hints that", "hinted that"]):
        text = f"{source} {verb} the contractor was paid twice."
        yield Case(text, sources=((source, "document", verb.split()[0]),), reason="hedged", cue=verb)


def plan_verbs(rng: random.Random) -> Iterator[Case]:
    for subject, verb in itertools.product(["The company", "Officials", "They", "The ferry operator", "Residents"],
                                           ["plan to", "plans to", "intend to", "intends to"]):
        if (verb.endswith("s to")) == (subject in ("Officials", "They", "Residents")):
            continue
        yield Case(f"{subject} {verb} reopen the northern route.", reason="prediction", cue=verb)


def predictions(rng: random.Random) -> Iterator[Case]:
    forms = [("is expected to", "is expected to"), ("are expected to", "are expected to"),
             ("is widely expected to", "is widely expected to"), ("is forecast to", "is forecast to"),
             ("is projected to", "is projected to"), ("is poised to", "is poised to"), ("is set to", "is set to"),
             ("plans to", "plans to"), ("will", "will"), ("will likely", "likely")]
    verbs = ["raise fares", "close the northern route", "cut two hundred jobs"]
    subjects = ["The ferry operator", "Insurers", "The union", "Pellton Airlines", "The regional council"]
    for (form, cue), subject, verb in itertools.product(forms, subjects, verbs):
        if form.startswith("are") != (subject == "Insurers"):
            continue
        yield Case(f"{subject} {form} {verb}.", reason="prediction" if cue != "likely" else "hedged", cue=cue)


def active_forecasts(rng: random.Random) -> Iterator[Case]:
    for subject, verb, obj in itertools.product(["The ministry", "The agency", "The bank", "Pellton Airlines"],
                                                ["expects", "predicts", "anticipates"],
                                                ["fares to rise", "the strike to spread", "demand to double"]):
        noun, infinitive = obj.split(" to ", 1)
        yield Case(f"{subject} {verb} {noun} to {infinitive}.", reason="prediction", cue=verb)
        yield Case(f"{subject} {verb} that {noun} will {infinitive}.", reason="prediction", cue=verb)


def past_expectation_narrative(rng: random.Random) -> Iterator[Case]:
    """ "was expected to" in past narrative reports what happened then, not a forecast."""
    templates = ["The vote {was} expected to pass easily, but it failed by two votes.",
                 "The bridge {was} expected to open in March and opened in May.",
                 "The merger, which {was} expected to close in October, collapsed.",
                 "Turnout {was} anticipated to be low, and only a third of voters came.",
                 "Analysts had expected the bank to cut rates, and it did."]
    for template, was in itertools.product(templates, ["was", "had been"]):
        yield Case(template.format(was=was), absent=("prediction",))


def past_expectation_reported(rng: random.Random) -> Iterator[Case]:
    """ ... but reported speech or a look ahead keeps it a forecast."""
    for speaker, kind, clause in itertools.product(
            [("A senior official", "anonymous"), ("Ines Brandt", "named_person"), ("The ministry", "named_organization")],
            ["said", "told reporters"],
            ["the port was expected to reopen", "fares were expected to rise", "the strike was anticipated to spread"]):
        name, kind_ = speaker
        yield Case(f"{name} {kind} that {clause}.", sources=((name, kind_, kind.split()[0]),), reason="prediction")
    for clause in ["The port was expected to reopen next week.", "Fares were expected to keep rising in the coming months.",
                   "Moscow was expected to continue buying shells.", "Demand was forecast to double by the end of the decade."]:
        yield Case(clause, reason="prediction")


def expected_adjective(rng: random.Random) -> Iterator[Case]:
    for noun, verb in itertools.product(["The long-expected merger", "The expected recount", "An expected ruling"],
                                        ["was completed on Friday", "came two weeks late", "ended the dispute"]):
        yield Case(f"{noun} {verb}.", absent=("prediction", "hedged"))


def schedules(rng: random.Random) -> Iterator[Case]:
    for subject, verb, when in itertools.product(
            ["The council", "The court", "Pellton Airlines", "The ferry operator"],
            ["will vote on the budget", "will hold a news conference", "is set to announce the route"],
            ["on Tuesday", "Friday", "at 3 p.m.", "on March 4", "tomorrow", "at 10:30 a.m. Monday"]):
        yield Case(f"{subject} {verb} {when}.", absent=("prediction",))


def open_questions(rng: random.Random) -> Iterator[Case]:
    for speaker, neg, wh, rest in itertools.product(
            ["The official", "Brandt", "The ministry"], ["did not say", "declined to say", "would not detail"],
            ["how much", "whether", "when"], ["the company will pay", "the port might reopen", "Norvale intends to buy"]):
        yield Case(f"{speaker} {neg} {wh} {rest}.", sources=((speaker, "named_person", neg.split()[-1]),),
                   absent=("prediction", "hedged"))


def reporters_questions(rng: random.Random) -> Iterator[Case]:
    """A question put to a source asserts nothing; the answer after it is the source's."""
    for person, wh, rest in itertools.product(PEOPLE, ["whether", "if", "when"],
                                              ["the plant will close", "fares might rise", "the port could reopen"]):
        text = f"Asked {wh} {rest}, {person} said the board had not decided."
        yield Case(text, sources=((person, "named_person", "said"),), absent=("*",))
        yield Case(f"Reporters asked {person} {wh} {rest}.", absent=("prediction", "hedged"))
    for team, verb, wh, rest in itertools.product(
            ["Investigators", "The inspectors", "Police"], ["are working to determine", "are investigating",
                                                              "are trying to establish"],
            ["what", "whether", "who"], ["group might have leaked the files", "the valve could have failed"]):
        yield Case(f"{team} {verb} {wh} {rest}.", absent=("hedged",))


def anonymous_sources(rng: random.Random) -> Iterator[Case]:
    sources = ["a senior official", "two people familiar with the talks", "three U.S. officials", "a source",
               "officials", "a person briefed on the plan", "an insider"]
    for source, claim, position in itertools.product(sources, PAST_CLAIMS, ["after", "according to", "before"]):
        if position == "after":
            text, cue = f"The ferry operator {claim}, {source} said.", "said"
        elif position == "according to":
            text, cue = f"The ferry operator {claim}, according to {source}.", "according to"
        else:
            text, cue = f"{source[0].upper()}{source[1:]} said the ferry operator {claim}.", "said"
        if rng.random() < 0.6:
            yield Case(text, sources=((source, "anonymous", cue),), reason="anonymous_source", cue=source)


def anonymity_markers(rng: random.Random) -> Iterator[Case]:
    markers = ["who spoke on condition of anonymity", "who was not authorized to speak publicly",
               "who asked not to be named", "who requested anonymity", "who declined to be named"]
    for marker, claim in itertools.product(markers, PAST_CLAIMS):
        text = f"An official, {marker}, said the ferry operator {claim}."
        yield Case(text, reason="anonymous_source")
        # a document cited too does not make the official named
        yield Case(text.replace(" said ", " said, citing the audit, that "),
                   sources=(("An official", "anonymous", "said"), ("the audit", "document", "citing")),
                   reason="anonymous_source")


def separate_claims(rng: random.Random) -> Iterator[Case]:
    """An unnamed source and a document in two clauses: the unnamed one still needs checking."""
    for source, doc, claim in itertools.product(["Police sources", "Two insiders", "Unnamed officials"],
                                                ["photos", "the video", "court records"], PAST_CLAIMS[:3]):
        text = f"{source} said the operator {claim}, and {doc} showed oil on the pier."
        yield Case(text, sources=((source, "anonymous", "said"), (doc, "document", "showed")),
                   reason="anonymous_source", cue=source)


def institutions_speaking(rng: random.Random) -> Iterator[Case]:
    """ "authorities said", "NASA scientists said": an institution on the record, not anonymity."""
    voices = ["authorities", "police", "investigators", "prosecutors", "Norvale police", "Veltrax engineers",
              "Ardent Space Agency scientists", "the county's firefighters"]
    for voice, event in itertools.product(voices, ["A suspect was arrested in Pellton", "The fire was contained by noon",
                                                   "Two men were charged with arson"]):
        if voice == "the county's firefighters":
            continue
        yield Case(f"{event}, {voice} said Friday.", sources=((voice, "anonymous", "said"),), absent=("anonymous_source",))
    # people of a named body by their trade, where they work named after (Higgs, r54: "CERN
    # physicists at the Large Hadron Collider said")
    for org, trade, place in itertools.product(["ARDA", "Veltrax"], ["physicists", "technicians", "engineers"],
                                               ["", " at the Kelso Collider", " of the Norvale Lab"]):
        voice = f"{org} {trade}{place}"
        yield Case(f"The beam was switched off at noon, {voice} said.", sources=((voice, "anonymous", "said"),),
                   absent=("anonymous_source",))
    for org in ["Ardent Space Agency", "Veltrax", "Norvale"]:
        # (Deepwater Horizon, r58: "at an evening press conference" was read as anonymity)
        for venue in ["at a news briefing", "in a statement", "at a news conference", "at an evening press conference",
                      "at a late-night news briefing"]:
            text = f"The probe shortened the orbit by 30 minutes, {org} officials said {venue}."
            yield Case(text, sources=((f"{org} officials", "anonymous", "said"),), absent=("anonymous_source",))


def relatives_of_named(rng: random.Random) -> Iterator[Case]:
    for relation, person in itertools.product(["The family of", "Relatives of", "The lawyers for", "The parents of"],
                                              PEOPLE):
        source = f"{relation} {person}"
        yield Case(f"{source} said they were relieved by the arrest.", sources=((source, "anonymous", "said"),),
                   absent=("anonymous_source",))
    for person, relation in itertools.product(PEOPLE, ["family", "lawyers", "attorney"]):
        source = f"{person.split()[-1]}'s {relation}"
        yield Case(f"{source} said the charges would be contested.", sources=((source, "anonymous", "said"),),
                   absent=("anonymous_source",))


def pronoun_subjects(rng: random.Random) -> Iterator[Case]:
    for pronoun, verb in itertools.product(["He", "She"], ["accused", "told", "thanked"]):
        text = f"{pronoun} {verb} the board of the ferry operator in a long letter."
        yield Case(text, sources=((pronoun, "anonymous", verb),), absent=("anonymous_source",))


def named_sources(rng: random.Random) -> Iterator[Case]:
    """A named source's plain statement, plan or conditional is already attributed."""
    for person, verb, clause in itertools.product(
            PEOPLE, ["said", "told reporters", "announced"],
            ["the ferry will resume service", "the route would reopen", "crews worked through the night",
             "if the pump fails, a backup takes over", "the company has a backup plan"]):
        yield Case(f"{person} {verb} {clause}.", sources=((person, "named_person", verb.split()[0]),), absent=("*",))
        yield Case(f"{clause[0].upper()}{clause[1:]}, {person} {verb}.",
                   sources=((person, "named_person", verb.split()[0]),), absent=("*",))


def vague_sources(rng: random.Random) -> Iterator[Case]:
    crowds = ["Experts say", "Critics argue", "Some analysts believe", "Many residents fear", "Observers note"]
    for crowd, claim in itertools.product(crowds, ["the fares are too high", "the port is unsafe"]):
        yield Case(f"{crowd} {claim}.", reason="vague_source")
    outlets = ["several outlets are reporting that", "local media reported that", "as reported by several news organizations,",
               "according to media reports,"]
    for phrase, claim in itertools.product(outlets, ["the operator sold two ferries", "the mayor resigned"]):
        yield Case(f"{phrase[0].upper()}{phrase[1:]} {claim}.", reason="vague_source")
    for claim in ["The operator sold two ferries", "The mayor resigned"]:
        yield Case(f"{claim}, reported local media.", reason="vague_source")


def definite_bodies(rng: random.Random) -> Iterator[Case]:
    for body, verb in itertools.product(["The majority", "The panel", "The committee", "The court", "The jury"],
                                        ["found", "said", "wrote"]):
        text = f"{body} {verb} that the rules violated the charter."
        yield Case(text, sources=((body, "unspecified", verb),), absent=("vague_source",))


def not_a_crowd(rng: random.Random) -> Iterator[Case]:
    """A singular thing read as a source is no vague crowd; an official notice is a document."""
    for thing, cue in itertools.product(["telephone", "an emergency text alert", "a county bulletin", "video link"],
                                        ["said by", "according to"]):
        text = f"About 2,000 people left their homes, {cue} {thing}."
        yield Case(text, sources=((thing, "unspecified", cue),), absent=("vague_source",))
    for crowd, cue in itertools.product(["the public", "some residents", "critics", "many parents"],
                                        ["believe", "say"]):
        text = f"{crowd[0].upper()}{crowd[1:]} {cue} the bridge is unsafe."
        yield Case(text, sources=((crowd, "unspecified", cue),), reason="vague_source")


def past_perfect_crowds(rng: random.Random) -> Iterator[Case]:
    for crowd, verb in itertools.product(["Scientists", "Engineers", "Forecasters"], ["predicted", "expected", "believed"]):
        text = f"{crowd} had {verb} the probe would shorten the orbit by ten minutes, but it shortened it by 30."
        yield Case(text, sources=((crowd, "unspecified", verb),), absent=("vague_source",))


def not_claims(rng: random.Random) -> Iterator[Case]:
    """Headings, captions, questions and cut-off fragments: no flag even with a hedge inside."""
    for word in ["reportedly", "allegedly", "likely", "may", "will"]:
        yield Case(f"Ferry operator {word} cut safety checks", absent=("*",))
        yield Case(f"Crews work on the pier, which {word} reopen soon. (AP Photo/Lena Ortiz)", absent=("*",))
        yield Case(f"Workers clear oil from the pier that {word} close in May. /AFP", absent=("*",))
        yield Case(f"Does the operator {word} know more than it says?", absent=("*",))
        yield Case(f"\u201cIt {word}", absent=("*",))


def would_be(rng: random.Random) -> Iterator[Case]:
    for noun in ["a would-be buyer", "the would-be student's family", "a would-be rescuer"]:
        yield Case(f"The court ruled that the fee charged to {noun} was lawful.", absent=("hedged",))


def inferences_and_judgments(rng: random.Random) -> Iterator[Case]:
    for lead, ending in itertools.product(["The two leaders met twice in May", "The board replaced the captain"],
                                          ["implying that", "suggesting that", "indicating that"]):
        yield Case(f"{lead}, {ending} the talks had failed.", reason="unattributed")
    for subject, verb, noun in itertools.product(["The ruling", "The vote", "The deal"],
                                                 ["is a major", "marks a significant", "dealt a heavy"],
                                                 ["blow to the union", "victory for the council"]):
        if verb.startswith("dealt") and "victory" in noun:
            continue
        yield Case(f"{subject} {verb} {noun}.", reason="unattributed")


def look_alikes(rng: random.Random) -> Iterator[Case]:
    """Words that look like hedges or forecasts but are not: months, names, nouns, negations."""
    for person, subject in itertools.product(PEOPLE[:4], SUBJECTS[:4]):
        last = person.split()[-1]
        yield Case(f"{subject} sold the ferry in May.", absent=("*",))
        yield Case(f"Will {last} resigned from {subject.lower() if subject.startswith('The') else subject} on Friday.",
                   absent=("*",))
        yield Case(f"{subject} filed insurance claims after the storm.", absent=("*",))
        yield Case(f"{subject} could not reach the pier because of the ice.", absent=("*",))
        yield Case(f"The vote went as expected, and {subject.lower() if subject.startswith('The') else subject} "
                   f"accepted the result.", absent=("*",))
        yield Case(f"\u201cWe will reopen the route,\u201d {person} said.", sources=((person, "named_person", "said"),),
                   absent=("*",))
        # "plan" the noun, a superseded plan, an idiom with "may"
        yield Case(f"{subject} has been working on an expensive plan to rebuild the pier.", absent=("*",))
        yield Case(f"{subject} had planned to sell the ferry, but the deal collapsed.", absent=("*",))
        yield Case(f"While {subject.lower() if subject.startswith('The') else subject} may be best known for its "
                   f"ferries, it started out as a fishing firm.", absent=("*",))


def comparisons(rng: random.Random) -> Iterator[Case]:
    """ "Higher than the company claimed", "faster than expected": the writer's own measured fact."""
    for subject, comparative, who in itertools.product(
            ["The leak", "The number of fake accounts", "The damage", "Turnout"],
            ["was higher than", "was far worse than", "proved smaller than"],
            ["the company claimed", "expected", "officials had predicted", "previously thought", "first reported"]):
        yield Case(f"{subject} {comparative} {who}.", absent=("hedged", "prediction"))


def conditional_facts(rng: random.Random) -> Iterator[Case]:
    """A conditional that states a rule or a reported fact is not a hedge."""
    for condition, result in itertools.product(
            ["If a ferry is more than an hour late", "When the pump fails", "If a driver refuses the test"],
            ["passengers get a full refund", "a backup pump takes over", "the licence is suspended"]):
        yield Case(f"Under the new rules, {condition[0].lower()}{condition[1:]}, {result}.", absent=("*",))
        for person in PEOPLE[:2]:
            yield Case(f"{condition}, {result}, {person} said.", sources=((person, "named_person", "said"),),
                       absent=("*",))


def all_cues(rng: random.Random) -> Iterator[Case]:
    pairs = [("reportedly", "could"), ("likely", "may"), ("allegedly", "might"), ("apparently", "is expected to")]
    for (first, second), subject in itertools.product(pairs, SUBJECTS):
        text = f"{subject} {first} cut the night shift and {second} close the northern route."
        yield Case(text, reason="hedged", cues=(first, second))


def perception_and_nouns(rng: random.Random) -> Iterator[Case]:
    """ "Smoke could still be seen", "the might of the navy", "in May": the form of a hedge, no doubt;
    the same modals before a state of affairs still hedge."""
    things = ["Smoke", "The flames", "Sirens", "The wreck", "A plume of ash"]
    perceived = ["seen", "heard", "spotted", "found", "viewed"]
    for thing, adverb, seen, where in itertools.product(things, ["", "still ", "clearly ", "only "], perceived,
                                                         ["from the hills", "across the harbor", "for miles"]):
        if rng.random() < 0.3:
            yield Case(f"{thing} could {adverb}be {seen} {where} on Tuesday.", absent=("hedged",))
            yield Case(f"{thing} can {adverb}be {seen} {where}.", absent=("hedged",))
    for subject in SUBJECTS:
        low = subject.lower() if subject.startswith("The") else subject
        yield Case(f"{subject} could not be reached for comment on Friday.", absent=("*",))
        for owner, noun in itertools.product(["the", "its", "their"], ["navy", "army", "fleet"]):
            yield Case(f"The parade put {owner} might of {low}'s {noun} on display.", absent=("hedged",))
        for adjective in ["military", "economic", "financial"]:
            yield Case(f"{subject} showed off its {adjective} might at the harbor.", absent=("hedged",))
        yield Case(f"{subject} sold two ferries in May and bought one in June.", absent=("hedged",))
        # "could" with its verb left out tells what was possible then (ability), not doubt
        for done in ["got as close to the tank as it could, given the heat",
                     "moved the cars away as fast as it could.", "did everything it could; the fire spread",
                     "saved what it could: two boats and a crane"]:
            yield Case(f"{subject} {done}.".replace("..", "."), absent=("hedged",))
        # the same words as modals still hedge
        yield Case(f"{subject} could be fined for the spill.", reason="hedged", cue="could")
        yield Case(f"{subject} might be fined for the spill.", reason="hedged", cue="might")
        yield Case(f"The spill could see {low} fined.", reason="hedged", cue="could")
        for outcome in ["be seen as a snub", "be found guilty of negligence", "be found liable for the spill",
                        "be reached by Friday", "be felt for years", "be seen to favour the port"]:
            yield Case(f"{subject} could {outcome}.", reason="hedged", cue="could")


def durations(rng: random.Random) -> Iterator[Case]:
    """ "Quit less than 12 hours after being appointed": a duration tells the event, not a figure
    to verify; an approximate count or sum still is one."""
    for subject, verb, bound, number, unit in itertools.product(
            SUBJECTS[:4], ["resigned", "quit", "reopened the pier"], ["less than", "more than", "about", "nearly"],
            ["12", "48", "3"], ["hours", "days", "weeks", "minutes"]):
        if rng.random() < 0.25:
            yield Case(f"{subject} {verb} {bound} {number} {unit} after the vote.", absent=("*",))
    for subject, bound, number, thing in itertools.product(
            SUBJECTS[:4], ["more than", "about", "at least"], ["120", "4,500"], ["passengers", "tonnes of fuel"]):
        yield Case(f"{subject} stranded {bound} {number} {thing} during the strike.", reason="unattributed",
                   cue=f"{bound} {number}")


# --- clause scope and non-answers (issue 8): read with the whole analysis -------------
UNNAMED = ["a senior official", "two people familiar with the talks", "officials", "a government source",
           "three diplomats", "a person briefed on the plan"]
NAMED = ["Ines Brandt", "Veltrax Motors", "the Harbor Authority", "Rafael Duarte", "the Ministry of Water"]
CONTRASTS = ["but", "while", "whereas", "yet"]
CLAUSES = ["the ferry operator ignored two safety warnings", "the contractor was paid twice",
           "the fuel tanks were moved last spring", "the night shift was cut"]
NON_ANSWERS = ["could not be reached for comment", "couldn't be reached", "could not immediately be reached",
               "would not comment", "won't comment on the case", "will not comment until the inquiry ends",
               "declined to comment", "did not respond to a request for comment", "was not available for comment",
               "did not immediately return calls seeking comment", "had no immediate comment", "cannot comment"]


def unnamed_in_own_clause(rng: random.Random) -> Iterator[Case]:
    """ "A senior official said A, but the company said B": the official's claim stands alone."""
    for unnamed, named, conn, (c1, c2) in itertools.product(UNNAMED, NAMED, CONTRASTS,
                                                            itertools.permutations(CLAUSES[:3], 2)):
        if rng.random() < 0.25:
            cap = unnamed[0].upper() + unnamed[1:]
            yield Case(f"{cap} said {c1}, {conn} {named} said {c2}.", reason="anonymous_source", cue=unnamed,
                       analyzed=True)
            yield Case(f"{named[0].upper() + named[1:]} said {c1}, {conn} {unnamed} said {c2}.",
                       reason="anonymous_source", cue=unnamed, analyzed=True)
    # one clause backed by both stays cleared ("according to officials and court records")
    for unnamed, claim in itertools.product(["officials", "state and local officials"], CLAUSES):
        yield Case(f"{claim[0].upper() + claim[1:]}, according to {unnamed} and court records.",
                   absent=("anonymous_source",), analyzed=True)


def non_answers(rng: random.Random) -> Iterator[Case]:
    """ "could not be reached", "would not comment": no hedge, no prediction, no claim to check."""
    subjects = ["The ferry operator", "Ines Brandt", "Veltrax Motors", "A spokesperson for the port",
                "Representatives for Rafael Duarte", "The Harbor Authority"]
    for subject, refusal, when in itertools.product(subjects, NON_ANSWERS, ["", " on Friday", " late Tuesday"]):
        yield Case(f"{subject} {refusal}{when}.", absent=("*",), analyzed=True)
    for subject, refusal, named in itertools.product(subjects[:3], NON_ANSWERS, NAMED[:3]):
        low = subject if subject[1].isupper() or subject.split()[0] not in ("The", "A") else subject.lower()
        # the other clause is sourced by name: nothing to flag there either
        yield Case(f"{subject} {refusal}, but {named} said {CLAUSES[0]}.", absent=("*",), analyzed=True)
        yield Case(f"{named[0].upper() + named[1:]} said {CLAUSES[1]}, but {low} {refusal}.", absent=("*",),
                   analyzed=True)
        # an unnamed source or a hedge in the other clause is still flagged
        yield Case(f"{subject} {refusal}, but officials said {CLAUSES[2]}.", reason="anonymous_source",
                   cue="officials", analyzed=True)
        yield Case(f"{subject} {refusal}, but the fuel tanks may have been moved.", reason="hedged", cue="may",
                   analyzed=True)
    # an unnamed source that reports a non-answer reports no claim
    for unnamed, topic in itertools.product(["A spokeswoman for Veltrax Motors", "An airline spokesman",
                                             "A port official"], ["rumours", "ongoing investigations", "personnel"]):
        yield Case(f"{unnamed} said the company does not comment on {topic}.", absent=("*",), analyzed=True)


def writers_own_clause(rng: random.Random) -> Iterator[Case]:
    """A "will", a figure or a superlative in the writer's own clause before a source's is
    the writer's claim; in the source's clause (or before its tag) it is the source's."""
    futures = ["fares will rise next year", "the strike will spread to other ports",
               "the ferry operator will lose its licence"]
    for future, named, conn in itertools.product(futures, NAMED, CONTRASTS[:2]):
        cap = future[0].upper() + future[1:]
        yield Case(f"{cap}, {conn} {named} said {CLAUSES[0]}.", reason="prediction", cue="will", analyzed=True)
        yield Case(f"{named[0].upper() + named[1:]} said {future}.", absent=("*",), analyzed=True)
        yield Case(f"{cap}, {named} said.", absent=("*",), analyzed=True)
        # a dated "will" is a schedule
        yield Case(f"The pier will reopen on Friday, {conn} {named} said {CLAUSES[0]}.", absent=("prediction",),
                   analyzed=True)
    claims = [("more than 200 homes were destroyed", "more than 200"), ("about 4,500 people fled", "about 4,500"),
              ("the pier is the longest on the coast", "longest"), ("the flood was the worst in decades", "worst")]
    for (claim, cue), named, conn in itertools.product(claims, NAMED, ["but", "and", "while"]):
        cap, who = claim[0].upper() + claim[1:], named[0].upper() + named[1:]
        yield Case(f"{cap}, {conn} {named} said {CLAUSES[1]}.", reason="unattributed", cue=cue, analyzed=True)
        yield Case(f"{cap}, {named} said.", absent=("unattributed",), analyzed=True)
        yield Case(f"{who} said {claim}.", absent=("unattributed",), analyzed=True)


CAPABILITIES: dict[str, Callable[[random.Random], Iterator[Case]]] = {
    "hedge adverbs (subjects x positions x times)": hedge_adverbs,
    "hedge phrases (is said to, appears to ...)": hedge_phrases,
    "modal hedges (may, might, could)": modal_hedges,
    "doubt adverbs inside a named person's quote": doubt_in_named_quotes,
    "weak reporting verbs (suggests that)": weak_reporting,
    "predictions (present forms)": predictions,
    "active forecasts (expects X to)": active_forecasts,
    "plans and intentions (plan to, intends to)": plan_verbs,
    "past 'was expected to' in narrative: no prediction": past_expectation_narrative,
    "past 'was expected to' reported or looking ahead": past_expectation_reported,
    "'expected' as an adjective: no flag": expected_adjective,
    "schedules (dated 'will'): no prediction": schedules,
    "open questions ('did not say whether'): no flag": open_questions,
    "reporters' questions ('Asked whether ...'): no flag": reporters_questions,
    "anonymous sources (positions)": anonymous_sources,
    "anonymity spelled out": anonymity_markers,
    "unnamed source and a document, two claims": separate_claims,
    "institutions speaking publicly: not anonymous": institutions_speaking,
    "relatives and lawyers of named people: not anonymous": relatives_of_named,
    "bare he/she: not anonymous": pronoun_subjects,
    "named sources, plans and conditionals: no flag": named_sources,
    "vague sources and unnamed outlets": vague_sources,
    "bodies named by role ('the majority found'): not vague": definite_bodies,
    "past-perfect expectations of a crowd: not vague": past_perfect_crowds,
    "a singular thing or a notice is no vague crowd": not_a_crowd,
    "headings, captions, questions, fragments: no flag": not_claims,
    "'would-be' is not a modal": would_be,
    "the writer's inferences and judgments": inferences_and_judgments,
    "look-alikes (May, Will, claims, could not, as expected): no flag": look_alikes,
    "conditionals stating rules or reported facts: no flag": conditional_facts,
    "comparisons with a claim ('higher than X claimed'): no hedge": comparisons,
    "every hedge of the sentence in cues": all_cues,
    "perception and ability ('could be seen'), the noun 'might', the month: no hedge": perception_and_nouns,
    "durations ('quit less than 12 hours after') are narrative; counts are figures": durations,
    "clause scope: an unnamed source in its own clause is flagged": unnamed_in_own_clause,
    "non-answers ('could not be reached', 'would not comment'): no flag": non_answers,
    "clause scope: a 'will', figure or superlative in the writer's own clause": writers_own_clause,
}

# not flags but the same skill: the outlet an article cites, never a nationality
OUTLET_CASES = [
    (f"{adj} media", None) for adj in ["American", "the US", "Russian state", "Turkish", "the British", "local"]
] + [(f"several {adj} news organizations", None) for adj in ["US-based", "European", "foreign"]] + [
    ("BBC Arabic", "BBC Arabic"), ("Sky News Arabia", "Sky News Arabia"), ("the French news site Mediapart", "Mediapart"),
    ("Qatar-based Al Jazeera", "Al Jazeera"), ("The New York Times", "The New York Times"),
]


def cases(capability: str) -> list[Case]:
    return list(CAPABILITIES[capability](random.Random(f"{SEED}:{capability}")))


def pass_rates() -> dict[str, tuple[int, int]]:
    rates = {name: (sum(c.check() for c in cases(name)), len(cases(name))) for name in CAPABILITIES}
    rates["cited outlets: names, editions, never a nationality"] = (
        sum(outlet_name(text) == name for text, name in OUTLET_CASES), len(OUTLET_CASES))
    return rates


def test_enough_cases() -> None:
    assert sum(len(cases(name)) for name in CAPABILITIES) >= 600


@pytest.mark.parametrize("capability", list(CAPABILITIES))
def test_capability(capability: str) -> None:
    generated = cases(capability)
    failed = [c for c in generated if not c.check()]
    rate = 1 - len(failed) / len(generated)
    detail = "\n".join(f"  {c.text!r} -> {c.flag()}" for c in failed[:5])
    assert generated and rate >= PASS_RATE, f"{capability}: {rate:.3f} of {len(generated)}\n{detail}"


@pytest.mark.parametrize(("source", "name"), OUTLET_CASES)
def test_cited_outlet_names(source: str, name: str | None) -> None:
    assert outlet_name(source) == name


def main() -> None:
    print(f"{'capability':<60} {'pass':>6} {'cases':>6}")
    for name, (passed, total) in pass_rates().items():
        print(f"{name:<60} {passed / total:>6.3f} {total:>6}")


if __name__ == "__main__":
    main()
