"""Behavioural cases for clause scope and non-answers (templates x fillers, seeded).

Clause scope: a cue governs its own clause only. "X said A, but Y argued B" gives two
sources, each with its own claim; "..., the mayor said" takes the clauses before it;
";", a quotation opened after a comma, and "but/while/whereas/yet" or ", and" before a
new subject end a clause. Non-answers ("declined to comment", "could not be reached")
name no source and are nobody's claim.
"""

from __future__ import annotations

import random

from tests.behaviour import fillers as F
from tests.behaviour.cases import Case, Expect

CONTRASTS = ["but", "while", "whereas", "yet"]
# (verb group, cue word): leading cues in several tenses, with and without "that"
LEADING = [("said", "said"), ("says", "says"), ("has said", "said"), ("had said", "said"), ("said that", "said"),
           ("argued that", "argued"), ("insisted that", "insisted"), ("warned that", "warned"),
           ("told reporters that", "told"), ("has argued that", "argued"), ("maintains that", "maintains")]
TRAILING = ["said", "says", "added", "told reporters", "said on Friday", "said late Tuesday", "insisted"]
TIMES = ["", " on Monday", " late Friday", " last week"]
NON_ANSWERS = [
    "declined to comment", "declined to comment on the report", "did not respond to a request for comment",
    "did not immediately respond to requests for comment", "could not be reached for comment",
    "couldn't be reached", "was not available for comment", "were not immediately available for comment",
    "did not return calls seeking comment", "had no immediate comment", "has not responded to emailed questions",
    "would not comment", "won't comment on the case", "refused to comment", "could not immediately be reached",
    "did not reply to a message seeking comment", "declined to say whether the port would reopen",
]
# who gives no answer: a name, a body, a spokesperson, a person's representatives
SILENT = ["Maria Okafor", "Veltrax", "The ministry", "A spokesperson for the port", "Representatives for Tomas Varga",
          "Officials at the Marlow Port Authority", "The White House", "Her lawyer", "Delta Air Lines"]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _two_claims(rng: random.Random) -> tuple[str, str]:
    first, second = rng.sample(F.CLAIMS, 2)
    return first, second


def _speakers(rng: random.Random) -> tuple[tuple[str, str], tuple[str, str]]:
    """Two different sources: (words, type), named people, bodies or unnamed people."""
    pool = [(name, "named_person") for name, _ in F.PERSONS] + [(a, "anonymous") for a in F.ANONYMOUS[:8]] + [
        (o, "named_organization") for o in F.ORGANIZATIONS[:12]]
    first, second = rng.sample(pool, 2)
    while set(first[0].lower().split()) & set(second[0].lower().split()) - {"the", "a", "of", "two", "for"}:
        first, second = rng.sample(pool, 2)
    return first, second


def clause_scope(rng: random.Random) -> list[Case]:
    cases = []
    for n in range(60):
        (a, ta), (b, tb) = _speakers(rng)
        c1, c2 = _two_claims(rng)
        (verb_a, cue_a), (verb_b, cue_b) = rng.sample(LEADING, 2)
        conn = CONTRASTS[n % len(CONTRASTS)]
        when = rng.choice(TIMES)
        # X said A, but Y argued B: two sources, two claims
        cases.append(Case("clause scope", f"{_cap(a)}{when} {verb_a} {c1}, {conn} {b} {verb_b} {c2}.",
                          (Expect(a, ta, cue_a, claim=c1, not_claim=c2), Expect(b, tb, cue_b, claim=c2, not_claim=c1)),
                          name="leading-leading"))
        # ", and" before a new speaker ends the clause too
        cases.append(Case("clause scope", f"{_cap(a)} {verb_a} {c1}, and {b} {verb_b} {c2}.",
                          (Expect(a, ta, cue_a, claim=c1, not_claim=c2), Expect(b, tb, cue_b, claim=c2, not_claim=c1)),
                          name="and-new-speaker"))
        # A, X said, but Y said B: a tag after its claim, then a cue before its claim
        tag = rng.choice(TRAILING)
        cases.append(Case("clause scope", f"{_cap(c1)}, {a} {tag}, {conn} {b} {verb_b} {c2}.",
                          (Expect(a, ta, tag.split()[0], claim=c1, not_claim=c2),
                           Expect(b, tb, cue_b, claim=c2, not_claim=c1)), name="trailing-leading"))
        # X said A; B, Y added: a semicolon ends a clause
        cases.append(Case("clause scope", f"{_cap(a)} {verb_a} {c1}; {c2}, {b} {tag}.",
                          (Expect(a, ta, cue_a, claim=c1, not_claim=c2),
                           Expect(b, tb, tag.split()[0], claim=c2, not_claim=c1)), name="semicolon"))
        # X said A, “Q,” Y added: a quotation opened after a comma belongs to its own tag
        quote = rng.choice(F.QUOTES)
        cases.append(Case("clause scope", f"{_cap(a)} {verb_a} {c1}, “{quote.lower()},” {b} {tag}.",
                          (Expect(a, ta, cue_a, claim=c1, not_claim=quote),
                           Expect(b, tb, tag.split()[0], claim=quote, not_claim=c1)), name="quote"))
        # a tag after two joined clauses takes both
        cases.append(Case("clause scope", f"{_cap(c1)}, {rng.choice(['and', 'but'])} {c2}, {a} {tag}.",
                          (Expect(a, ta, tag.split()[0], claim=c1),), name="tag-takes-both"))
        # an opening "Although ..." clause is not the main clause's claim
        opener = rng.choice(["Although", "While", "Because", "Though"])
        cases.append(Case("clause scope", f"{opener} {c1}, {a}{when} {verb_a} {c2}.",
                          (Expect(a, ta, cue_a, claim=c2, not_claim=c1),), name="opening-clause"))
        # the same speaker going on ("but added that", "but that ...") keeps one clause
        cases.append(Case("clause scope", f"{_cap(a)} {verb_a} {c1}, but added that {c2}.",
                          (Expect(a, ta, cue_a, claim=c2),), name="same-speaker"))
        cases.append(Case("clause scope", f"{_cap(a)} {verb_a} {c1}, {rng.choice(['but', 'and'])} that {c2}.",
                          (Expect(a, ta, cue_a, claim=c2),), name="but-that"))
        # a subordinate clause opening the report is part of it
        cases.append(Case("clause scope", f"{_cap(a)} said that {opener.lower()} {c1}, {c2}.",
                          (Expect(a, ta, "said", claim=c1),), name="report-opens-with-clause"))
        # material between a source and its cue: an appositive, a role
        name = rng.choice([p for p, _ in F.PERSONS if p not in (a, b)])
        role = rng.choice(F.ROLES)
        cases.append(Case("clause scope", f"{_cap(b)} {verb_b} {c1}, {conn} {name}, {role} at "
                                          f"{rng.choice(F.EMPLOYERS)}, {verb_a} {c2}.",
                          (Expect(b, tb, cue_b, claim=c1, not_claim=c2),
                           Expect(name, "named_person", cue_a, claim=c2, not_claim=c1)), name="appositive"))
        # other kinds of source in the second clause: a document, an outlet, "according to"
        doc = rng.choice(F.DOCUMENTS)
        shown, outlet = rng.choice([o for o in F.OUTLETS if o[0] != "local media"])
        cases.append(Case("clause scope", f"{_cap(a)} {verb_a} {c1}, {conn} {doc} found that {c2}.",
                          (Expect(a, ta, cue_a, claim=c1, not_claim=c2),
                           Expect(doc, "document", "found", claim=c2, not_claim=c1)), name="document"))
        cases.append(Case("clause scope", f"{_cap(c1)}, {a} {tag}, {conn} {shown} reported that {c2}.",
                          (Expect(a, ta, tag.split()[0], claim=c1, not_claim=c2),
                           Expect(outlet, "media_outlet", "reported", claim=c2, not_claim=c1)), name="outlet"))
        cases.append(Case("clause scope", f"{_cap(a)} {verb_a} {c1}; according to {doc}, {c2}.",
                          (Expect(a, ta, cue_a, claim=c1, not_claim=c2),
                           Expect(doc, "document", "according to", claim=c2, not_claim=c1)), name="according-to"))
    return cases


def non_answers(rng: random.Random) -> list[Case]:
    cases = []
    for n, refusal in enumerate(NON_ANSWERS * 4):
        silent = SILENT[n % len(SILENT)]
        when = rng.choice(TIMES)
        name, _ = rng.choice(F.PERSONS)
        claim = rng.choice(F.CLAIMS)
        verb, cue = rng.choice(LEADING)
        # alone: no source at all
        cases.append(Case("non-answers", f"{silent} {refusal}{when}.", (), name="alone"))
        # before another source's clause: only that source, and the non-answer is not its claim
        conn = rng.choice(["but", "while", "and"])
        comma = "," if conn != "while" or n % 2 else ""
        cases.append(Case("non-answers", f"{silent} {refusal}{when}{comma} {conn} {name} {verb} {claim}.",
                          (Expect(name, "named_person", cue, claim=claim, not_claim=refusal),),
                          name="then-source"))
        # after another source's clause
        cases.append(Case("non-answers", f"{name} {verb} {claim}, but {silent[0].lower() + silent[1:]} {refusal}.",
                          (Expect(name, "named_person", cue, claim=claim, not_claim=refusal),),
                          name="source-then"))
        # a tag after a claim does not reach back over a non-answer
        cases.append(Case("non-answers", f"{silent} {refusal}, but {claim}, {name} said.",
                          (Expect(name, "named_person", "said", claim=claim, not_claim=refusal),),
                          name="tag-stops"))
    for name, _ in F.PERSONS[:12]:
        claim = rng.choice(F.CLAIMS)
        extra = rng.choice(["declined to comment further", "would not comment on the lawsuit",
                            "did not respond to further questions"])
        # one speaker: the claim ends where the non-answer starts
        cases.append(Case("non-answers", f"{name} said {claim} and {extra}.",
                          (Expect(name, "named_person", "said", claim=claim, not_claim=extra),), name="same-speaker"))
    return cases


SCOPE_GENERATORS = [clause_scope, non_answers]
