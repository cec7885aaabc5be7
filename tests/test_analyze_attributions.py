"""Attribution patterns on invented sentences (Marlow Bay flood, invented outlets).

Each pattern of ANNOTATION.md gets a positive case; the tricky negatives (performative
acts, refusals, adjectives, quoted speech, an outlet naming itself) get their own.
"""

from __future__ import annotations

import pytest

from quizgen.analyze import analyze_article
from quizgen.models import Article


def analyze(body: str, outlet: str | None = "Bay Evening Star"):
    return analyze_article(Article(id="star", body=body, outlet=outlet))


def sources(body: str, outlet: str | None = "Bay Evening Star") -> list[tuple[str, str]]:
    return [(a.source, a.source_type) for a in analyze(body, outlet).attributions]


@pytest.mark.parametrize("body, expected", [
    # X said / said X / parentheticals between subject and verb
    ("The bridge will reopen on Friday, Mayor Ellen Brandt said.", [("Mayor Ellen Brandt", "named_person")]),
    ("“We were lucky,” said Tomas Rivera, a ferry captain.", [("Tomas Rivera", "named_person")]),
    ("Dana Koh, who has led the harbor board since 2019, said the cranes were safe.", [("Dana Koh", "named_person")]),
    ("Ravi Mehta, a hydrologist at Coastline University, said the water was rising.",
     [("Ravi Mehta", "named_person")]),
    # according to, citing, confirmation by
    ("According to the Marlow Bay Fire Department, 40 homes were damaged.",
     [("the Marlow Bay Fire Department", "named_organization")]),
    ("The news follows confirmation by the county government that two pumps failed.",
     [("the county government", "named_organization")]),
    ("Councilor Mia Santos insisted that the pumps had failed.", [("Councilor Mia Santos", "named_person")]),
    # documents, crowds, unnamed people, unique offices
    ("A state inspection report found that the levee was weak.", [("A state inspection report", "document")]),
    ("The data show that the river rose two meters.", [("The data", "document")]),
    ("According to a map the county posted online, 40 roads were closed.", [("a map", "document")]),
    ("Experts say the flood was predictable.", [("Experts", "unspecified")]),
    ("Some say the wall was weak.", [("Some", "unspecified")]),
    ("City officials said the shelters were full.", [("City officials", "anonymous")]),
    ("The Coastland interior minister said the army would help.",
     [("The Coastland interior minister", "named_person")]),
    ("“This is a disaster,” the mayor declared.", [("the mayor", "named_person")]),
    ("The reservoir was not lowered, a person familiar with the matter said.",
     [("a person familiar with the matter", "anonymous")]),
    ("Two engineers who have inspected the dam said the gate was jammed.",
     [("Two engineers who have inspected the dam", "anonymous")]),
    ("The gate failed at noon, one of the officials said.", [("one of the officials", "anonymous")]),
    # anonymity, hearsay
    ("A port official, who spoke on condition of anonymity, said the cranes had been inspected.",
     [("A port official", "anonymous")]),
    ("The mayor reportedly ignored the warning.", [("unnamed reports (reportedly)", "unspecified")]),
    ("The levee is said to be 80 years old.", [("unnamed reports (is said to)", "unspecified")]),
    ("The agent is understood to have met the buyers.", [("unnamed reports (is understood to)", "unspecified")]),
    ("The Harbor Ledger claims the deal is worth $8 million.", [("The Harbor Ledger", "media_outlet")]),
    # other outlets as sources
    ("The Harbor Ledger was the first to report the evacuation.", [("The Harbor Ledger", "media_outlet")]),
    ("The evacuation order, first reported by The Harbor Ledger, came at noon.",
     [("The Harbor Ledger", "media_outlet")]),
    ("The Harbor Ledger put the figure at 1,200 homes.", [("The Harbor Ledger", "media_outlet")]),
    ("As reported in a Harbor Ledger article by reporter Lena Ortiz, the dam was old.",
     [("Harbor Ledger", "media_outlet"), ("reporter Lena Ortiz", "named_person")]),
    ("The Harbor Ledger reported the closure, citing an unnamed port official.",
     [("The Harbor Ledger", "media_outlet"), ("an unnamed port official", "anonymous")]),
    ("Two sources told Reuters that the port would close.",
     [("Two sources", "anonymous"), ("Reuters", "media_outlet")]),
    ("The Harbor Ledger's analysis found that rents doubled.", [("The Harbor Ledger", "media_outlet")]),
    ("A CNN poll found that most residents wanted a new levee.", [("CNN", "media_outlet")]),
    ("The figure, per ESPN, is $40 million.", [("ESPN", "media_outlet")]),
    ("Ellen Brandt was quoted by The Harbor Ledger as saying the levee would hold.",
     [("The Harbor Ledger", "media_outlet"), ("Ellen Brandt", "named_person")]),
    ("Sources close to the mayor said she would resign.", [("Sources close to the mayor", "anonymous")]),
    ("One resident, who declined to be named, said the water reached the roof.", [("One resident", "anonymous")]),
    ("A budget memo the county released in May projected a $2 million gap.",
     [("A budget memo the county released in May", "document")]),
    ("The company's spokesperson, Ivan Petrov, said the port was safe.", [("Ivan Petrov", "named_person")]),
    ("Ellen Brandt, who said the levee was safe, resigned on Monday.", [("Ellen Brandt", "named_person")]),
    ("According to a report in The Guardian, the port will close.", [("The Guardian", "media_outlet")]),
    ("Speaking to CNN on Monday, Ellen Brandt said the levee held.",
     [("CNN", "media_outlet"), ("Ellen Brandt", "named_person")]),
    ("The audit that was first published by The Harbor Ledger added that two pumps had failed.",
     [("The Harbor Ledger", "media_outlet"),
      ("The audit that was first published by The Harbor Ledger", "document")]),
    ("An analysis of satellite images of the bay, as the water rose, shows the wall was too low.",
     [("An analysis of satellite images of the bay", "document")]),
    ("Officials in Washington said the talks had stalled.", [("Officials in Washington", "anonymous")]),
    ("The Coastland Supreme Court ruled on Friday that the levy was unlawful.",
     [("The Coastland Supreme Court", "named_organization")]),
    ("The Times reported that the deal had collapsed.", [("The Times", "media_outlet")]),
    ("The Post Office said deliveries would resume.", [("The Post Office", "named_organization")]),
    ("“Goal” and “Kickoff” reported that the striker had signed.",
     [("Goal", "media_outlet"), ("Kickoff", "media_outlet")]),
])
def test_pattern_finds_source_and_type(body, expected):
    assert sources(body) == expected


@pytest.mark.parametrize("verb", ["said", "reported", "confirmed", "claimed", "believes", "announced", "noted",
                                  "added", "disclosed", "insisted", "explained", "writes", "warned", "argued"])
def test_reporting_verbs(verb):
    found = analyze(f"Tomas Rivera {verb} that the pumps had failed twice.").attributions
    assert [(a.source, a.cue) for a in found] == [("Tomas Rivera", verb)]


@pytest.mark.parametrize("body", [
    "The governor declared a state of emergency on Sunday.",  # a performative act, not a report
    "The mayor declined to comment.",
    "Officials did not say how many homes were lost.",
    "The mayor declined to say when the bridge would open.",
    "The reported damage was smaller than feared.",
    "Rivera's reported salary is public.",
    "Aid arrived from the United States on Monday.",  # "States" is not a verb
    "The utility has announced plans to raise rates.",
    "The storm destroyed 200 homes and closed the port.",
    "The captain told the crew to leave the ferry.",  # an order, not a report
    "The launch went according to plan.",
    "There were 5,000 reported cases last week.",
    "Needless to say, the bridge closed.",
    "The king ruled the country for 40 years.",
    "All told, 40 homes were lost.",
    "Having said that, the port reopened.",
    "The mayor, saying nothing, left the room.",
    "The storm, which claimed 12 lives, moved north.",  # "ruled that" reports; "ruled the country" does not
    "Prices rose 5 per cent in May.",
    "The outcome demonstrated the value of early warnings.",  # a finding verb needs a document
    "",
])
def test_no_attribution(body):
    assert sources(body) == []


def test_an_outlet_naming_itself_is_neither_source_nor_cited():
    body = "Two city officials told The Harbor Ledger that the levee had cracked."
    own = analyze(body, outlet="The Harbor Ledger")
    assert [(a.source, a.source_type) for a in own.attributions] == [("Two city officials", "anonymous")]
    assert own.cited_outlets == []
    other = analyze(body, outlet="Bay Evening Star")
    assert [(a.source_type, a.cue) for a in other.attributions] == [("anonymous", "told"), ("media_outlet", "told")]
    assert other.cited_outlets == ["The Harbor Ledger"]


def test_a_wire_credit_is_a_cited_outlet_once():
    body = "The ferry resumed service on Monday, the port authority said. Reuters first reported the delay."
    wired = analyze_article(Article(id="star", body=body, outlet="Bay Evening Star", wire="Reuters"))
    assert wired.cited_outlets == ["Reuters"]
    unwired = analyze_article(Article(id="star", body="The ferry resumed service on Monday.", outlet="Bay Evening Star",
                                      wire="Reuters"))
    assert unwired.cited_outlets == ["Reuters"]


def test_speech_quoted_inside_a_quote_is_not_the_articles_source():
    body = "Tomas Rivera runs the ferry. “Officials said it was fine, but it was not,” Rivera said."
    assert sources(body) == [("Rivera", "named_person")]


def test_continuation_quote_keeps_the_speaker():
    body = ("Tomas Rivera runs the ferry. “The water came fast,” Rivera said. “We lost everything.” "
            "The port closed.")
    found = analyze(body).attributions
    assert [(a.source, a.cue, a.sentence) for a in found] == [
        ("Rivera", "said", "star.s2"), ("Rivera", "quoted (continuation of quote)", "star.s3")]


def test_pronoun_takes_the_nearest_fitting_source():
    body = ("Mayor Ellen Brandt said the bridge was safe. She added that inspections would continue. "
            "Three engineers said the wall was weak. They said repairs would take a year.")
    found = analyze(body).attributions
    assert [(a.source, a.source_type, a.refers_to) for a in found] == [
        ("Mayor Ellen Brandt", "named_person", None),
        ("She (Mayor Ellen Brandt)", "named_person", "Mayor Ellen Brandt"),
        ("Three engineers", "anonymous", None),
        ("They (Three engineers)", "anonymous", "Three engineers"),
    ]


def test_it_stands_for_an_organisation_or_nothing():
    body = "Kestrel Shipping Co. said its ships were safe. It added that the port would reopen. It rained."
    found = analyze(body).attributions
    assert [(a.source, a.source_type) for a in found] == [
        ("Kestrel Shipping Co.", "named_organization"), ("It (Kestrel Shipping Co.)", "named_organization")]
    assert analyze("It said nothing about the port.").attributions == []


def test_a_pronoun_without_referent_is_no_source_and_no_flag():
    # the writer means someone named elsewhere: not an anonymous source, not an unsourced claim
    analysis = analyze("The crossing stayed shut. She explained that the cables had snapped.")
    assert analysis.attributions == [] and analysis.flags == []


def test_source_offsets_point_at_the_source_phrase():
    body = "The tide rose fast. The bridge will reopen on Friday, Mayor Ellen Brandt said."
    (attr,) = analyze(body).attributions
    assert body[attr.source_start:attr.source_end] == "Mayor Ellen Brandt"
    assert attr.sentence == "star.s2" and attr.text == "The bridge will reopen on Friday, Mayor Ellen Brandt said."


def test_one_entry_per_source_and_sentence():
    body = "Brandt, speaking to reporters, said the town would rebuild."
    assert len(analyze(body).attributions) == 1


def test_notes_say_what_was_not_found():
    assert analyze("").notes == ["no sentences found: the article body is empty"]
    assert analyze("The storm destroyed 200 homes.").notes == [
        "no sources found: no sentence says who said or reported what"]
    german = ("Der Bürgermeister sagte am Freitag, dass die Brücke über den Fluss nach dem Sturm wieder "
              "geöffnet wird und die Feuerwehr die ganze Nacht im Einsatz war, um die Häuser zu schützen.")
    assert any("does not look like English" in note for note in analyze(german).notes)


@pytest.mark.parametrize("subject", ["The envoy", "Harbor Chief Dana Koh", "The ambassador to Bellmoor"])
@pytest.mark.parametrize("verb", ["met officials", "recently visited the dam", "cut short her trip", "spoke to crews",
                                  "has left the port"])
def test_a_source_phrase_holds_no_finite_verb(subject: str, verb: str) -> None:
    """The analysis-level guard: whatever the cue patterns hand over, a source ends before a
    finite verb ("The envoy recently met officials" -> "The envoy")."""
    from quizgen.analyze.phrases import well_formed
    from quizgen.analyze.tokens import tokenize

    tokens = tokenize(f"{subject} {verb}")
    span = well_formed(tokens, (0, len(tokens)))
    assert span is not None and " ".join(t.text for t in tokens[span[0]:span[1]]) == subject


def test_a_source_phrase_is_bounded_and_keeps_participles_and_relatives() -> None:
    from quizgen.analyze.phrases import MAX_SOURCE_WORDS, well_formed
    from quizgen.analyze.tokens import tokenize

    for kept in ("Data sets gathered by two telescopes", "a newly downgraded intelligence finding",
                 "the official who met the envoy"):
        tokens = tokenize(kept)
        assert well_formed(tokens, (0, len(tokens))) == (0, len(tokens))
    tokens = tokenize(" ".join(["harbor"] * (MAX_SOURCE_WORDS + 1)))
    assert well_formed(tokens, (0, len(tokens))) is None


@pytest.mark.parametrize("full, acronym", [("Coastland Central Television", "CCTV"), ("Bellmoor Public Radio", "BPR"),
                                           ("the Bellmoor News Network", "BNN")])
@pytest.mark.parametrize("later", ["{a} said", "Later, {a} reported that", "The {a} also said"])
def test_an_acronym_after_its_full_name_is_the_same_cited_outlet(full, acronym, later):
    body = (f"{full[0].upper()}{full[1:]} reported that the dam had held. "
            f"{later.format(a=acronym)} ten homes were flooded.")
    analysis = analyze(body)
    short = [a for a in analysis.attributions if a.source.endswith(acronym)]
    assert short and short[0].refers_to == full.removeprefix("the ")
    assert len(analysis.cited_outlets) == 1


def test_an_acronym_without_a_matching_name_links_to_nothing():
    analysis = analyze("Coastland Central Television reported that the dam had held. MBC said ten homes were flooded.")
    assert [a.refers_to for a in analysis.attributions if a.source == "MBC"] == [None]


@pytest.mark.parametrize("network", ["CBS", "NBC", "ABC", "Fox"])
@pytest.mark.parametrize("station", ["WTRF", "KSDK", "Channel 7 News", "WKRC-TV"])
def test_a_network_affiliate_named_is_the_station_that_reported(network, station):
    from quizgen.analyze.cited_outlets import outlet_name

    assert outlet_name(f"{network} affiliate {station}") == station
    assert outlet_name(f"the {network} affiliate {station}") == station


_SUBJECTS = ["The harbor master", "Councilor Mia Santos", "The broadcaster"]
_PARTICIPLES = ["ranting", "insisting", "saying", "adding"]


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("finding", ["showed", "found", "demonstrated"])
@pytest.mark.parametrize("participle", _PARTICIPLES)
def test_a_that_clause_after_a_second_verb_is_that_verbs(subject, finding, participle):
    """'X showed no remorse, ranting that ...': the clause is the participle's, so
    'showed' reports nothing; 'X showed that ...' still does."""
    body = f"{subject} {finding} no remorse, {participle} that the levee had been safe."
    assert (subject, finding) not in [(a.source, a.cue) for a in analyze(body).attributions]
    told = f"{subject} {finding} that the levee had been safe."
    assert subject in [a.source for a in analyze(told).attributions] or finding != "showed"


@pytest.mark.parametrize("main", ["The verdict came after four weeks of testimony", "The hearing ended on Friday",
                                  "The council vote was delayed"])
@pytest.mark.parametrize("conjunction", ["while", "after", "because", "when", "as"])
@pytest.mark.parametrize("speaker", ["the harbor master", "Councilor Mia Santos"])
@pytest.mark.parametrize("participle", _PARTICIPLES)
def test_a_participle_belongs_to_the_clause_it_follows(main, conjunction, speaker, participle):
    """'The verdict came ... while the broadcaster showed no remorse, ranting that ...':
    the speaker is the subject of the clause the participle follows, never the main one."""
    body = f"{main} {conjunction} {speaker} refused to leave, {participle} that the vote was unfair."
    found = [a.source for a in analyze(body).attributions if a.cue == participle]
    assert found in ([speaker], []), found
    assert main.split(" ")[1] not in " ".join(found)


@pytest.mark.parametrize("participle", _PARTICIPLES)
def test_a_participle_with_no_clause_between_belongs_to_the_main_subject(participle):
    body = f"Councilor Mia Santos voted against the plan, {participle} that the vote was unfair."
    assert "Councilor Mia Santos" in [a.source for a in analyze(body).attributions if a.cue == participle]


_UNNAMED_MEDIA = ["Local TV stations", "Local media", "State media", "Lebanese media", "Iranian state TV",
                  "Syrian state television", "A radio station", "Several outlets"]
_CLAIMS = ["a fireworks warehouse was involved", "the port had been evacuated"]


@pytest.mark.parametrize("media", _UNNAMED_MEDIA)
@pytest.mark.parametrize("claim", _CLAIMS)
@pytest.mark.parametrize("order", ["lead", "tag"])
def test_news_media_the_article_does_not_name_are_a_vague_source_and_no_cited_outlet(media, claim, order):
    body = (f"{media} reported that {claim}." if order == "lead"
            else f"{claim[0].upper()}{claim[1:]}, {media[0].lower()}{media[1:]} reported.")
    analysis = analyze(body)
    assert analysis.cited_outlets == []
    assert [a.source_type for a in analysis.attributions] == ["media_outlet"], analysis.attributions
    assert [f.reasons for f in analysis.flags] == [["vague_source"]]


@pytest.mark.parametrize("outlet", ["LBCI TV", "Sky News", "Reuters", "the Harbor Ledger"])
@pytest.mark.parametrize("claim", _CLAIMS)
def test_a_named_outlet_stays_a_cited_outlet_and_a_checkable_source(outlet, claim):
    analysis = analyze(f"{claim[0].upper()}{claim[1:]}, {outlet} reported.")
    assert [o.removeprefix("the ") for o in analysis.cited_outlets] == [outlet.removeprefix("the ")]
    assert analysis.flags == []


@pytest.mark.parametrize("modified", ["state media", "state TV", "state television", "state news agency"])
def test_state_before_a_noun_is_a_modifier_not_a_reporting_verb(modified):
    body = f"Iranian {modified} reported that the port had been evacuated."
    assert [a.cue for a in analyze(body).attributions] == ["reported"]


@pytest.mark.parametrize("unnamed", ["A security source", "An official", "Two police officers"])
@pytest.mark.parametrize("media", ["local media", "state television"])
def test_an_unnamed_person_and_media_together_are_an_anonymous_source_of_unsure_kind(unnamed, media):
    found = analyze(f"{unnamed} and {media} said the fire was started by welding.").attributions
    assert [(a.source_type, a.type_certain) for a in found] == [("anonymous", False)]


@pytest.mark.parametrize("pair", ["State and local officials", "Federal and state investigators"])
def test_two_modifiers_of_one_head_are_one_source(pair):
    found = analyze(f"{pair} said the fire was started by welding.").attributions
    assert [(a.source, a.source_type, a.type_certain) for a in found] == [(pair, "anonymous", True)]


@pytest.mark.parametrize("noun", ["venture", "claim", "report"])
@pytest.mark.parametrize("speaker", ["Councilor Mia Santos", "The harbor master"])
def test_a_noun_before_a_noun_after_a_progressive_verb_is_no_reporting_verb(noun, speaker):
    """'Becker was asking venture capital clients to "keep calm"': the object of 'asking',
    not 'venture' as a reporting verb."""
    body = f"{speaker} was asking {noun} capital clients to “keep calm” on Friday."
    assert noun not in [a.cue for a in analyze(body).attributions]


@pytest.mark.parametrize("tag", ["reports Fox Business", "the Harbor Ledger reported", "according to Reuters"])
@pytest.mark.parametrize("pronoun, verb", [("he", "wrote"), ("she", "said"), ("he", "added")])
def test_a_quote_tagged_with_a_pronoun_nobody_fits_is_not_the_previous_sources(tag, pronoun, verb):
    """'The chairman quit on Friday, reports Fox Business. "I quit," he wrote.': "he" is the
    chairman (no source), never the outlet that reported the first sentence."""
    body = f"The ferry board's chairman resigned on Friday night, {tag}. “I quit today,” {pronoun} {verb}."
    quoted = [a for a in analyze(body).attributions if "I quit" in a.text]
    assert all(a.source_type == "named_person" or a.source.lower().startswith(pronoun) for a in quoted), quoted


@pytest.mark.parametrize("items", [("speed", "comfort", "safety"), ("cloud protection", "threat intelligence",
                                                                      "response services")])
@pytest.mark.parametrize("verb", ["confirmed that", "said"])
def test_an_item_of_a_list_inside_an_apposition_is_never_the_source(items, verb):
    """'CrowdStrike, a firm known for its protection, threat intelligence, and response
    services, confirmed that ...': 'threat intelligence' was the source."""
    body = f"Veltrax, a ferry firm known for its {items[0]}, {items[1]}, and {items[2]}, {verb} the pier had closed."
    assert not any(a.source in items for a in analyze(body).attributions)


@pytest.mark.parametrize("names", [("Chief Judge Ann Roe", "Judge Ben Okafor", "Judge Cy Vance"),
                                   ("Ellen Brandt", "Tomas Rivera"), ("the Harbor Board", "Kestrel Shipping Co.")])
@pytest.mark.parametrize("lead, verb", [("The appeal was rejected by", "found"),
                                        ("The plan was drawn up last year by", "said"),
                                        ("The ferry plan was backed on Sunday by", "warned")])
def test_they_after_named_people_counted_together_is_never_anonymous(names, lead, verb):
    """'The ban was upheld by Chief Justice X, Justice Y and Justice Z. They found that ...':
    "they" are the people just named, not an anonymous source."""
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    body = f"{lead} {listed}. They {verb} that the ferry had no right to dock."
    found = [a for a in analyze(body).attributions if a.source.startswith("They")]
    assert found and all(a.source_type != "anonymous" and a.refers_to.endswith(names[-1].rstrip("."))
                         for a in found), found


@pytest.mark.parametrize("rank", ["The world No 1", "The world No. 2", "The Nos. 3", "The 10"])
@pytest.mark.parametrize("verb", ["released a statement", "said", "told reporters"])
def test_a_number_alone_is_never_a_source(rank, verb):
    """'The world No 1 released a statement': the source is not "1"."""
    assert not any(not any(c.isalpha() for c in a.source)
                   for a in analyze(f"{rank} {verb} after the ruling on Sunday.").attributions)


@pytest.mark.parametrize("frame", ["A trial could have seen {who} {verb} about the ferry contracts.",
                                   "The hearing will let {who} {verb} that the pier was unsafe.",
                                   "Reporters watched {who} {verb} to the committee on Friday.",
                                   "Nobody heard {who} {verb} that the pier was unsafe."])
@pytest.mark.parametrize("who", ["top Harbor TV hosts and network boss Ada Quill", "the ferry's owners",
                                 "Mayor Ellen Brandt"])
@pytest.mark.parametrize("verb", ["testify", "speak", "explain", "say"])
def test_someone_seen_or_let_speak_is_no_report(frame, who, verb):
    """'a trial that could have seen top Fox TV hosts publicly testify': nobody reported anything."""
    body = frame.format(who=who, verb=verb)
    assert analyze(body).attributions == []


@pytest.mark.parametrize("verb", ["help", "see", "watch"])
def test_a_verb_of_perception_before_a_comma_leaves_the_source(verb):
    assert sources(f"Crews came to {verb}, harbor officials said.") == [("harbor officials", "anonymous")]


@pytest.mark.parametrize("owner", ["the Maui County", "the county", "the NASA", "the Harbor Board's", "the official"])
@pytest.mark.parametrize("page", ["website", "site", "page"])
def test_the_website_of_a_body_is_a_document_not_an_outlet(owner, page):
    """'according to the Maui County website': a government page, not a news outlet."""
    found = sources(f"The death toll reached 93, according to {owner} {page}.")
    assert found == [(f"{owner} {page}", "document")]


@pytest.mark.parametrize("outlet", ["the Harbor Ledger", "a local news", "the BBC"])
def test_the_website_of_a_news_outlet_stays_an_outlet(outlet):
    assert sources(f"The death toll reached 93, according to {outlet} website.") == [
        (f"{outlet} website", "media_outlet")]


@pytest.mark.parametrize("verb", ["knew", "thought", "feared", "hoped", "felt"])
@pytest.mark.parametrize("before", ["The flames moved closer on Tuesday.", "The ferry listed badly in the storm."])
def test_they_with_no_referent_thinking_is_no_anonymous_source(verb, before):
    """'As the flames moved closer, they knew they had to flee': what people thought, not a source."""
    assert analyze(f"{before} They {verb} that they had to leave the harbor.").attributions == []
    assert sources(f"{before} They said that they had to leave the harbor.") == [("They", "anonymous")]


@pytest.mark.parametrize("count", ["8", "several", "three", "dozens of"])
@pytest.mark.parametrize("noun", ["states", "reports", "notes"])
def test_a_counted_noun_is_no_reporting_verb(count, noun):
    """'spawned 50 tornadoes across 8 states': "states" is a noun, not a verb."""
    body = f"Governor Ada Quill gave an update on the storm that hit {count} {noun} on Friday night."
    assert analyze(body).attributions == []


@pytest.mark.parametrize("sentence", [
    "Veltrax is recalling {n} ferries and tugboats.", "The ferries have been recalled by the Harbor Safety Board.",
    "The Kelso fire crews have responded to {n} fires this year.", "Prosecutors will suggest a sentence of {n} years.",
    "Quill maintained a steady gaze for {n} minutes."])
@pytest.mark.parametrize("n", ["12", "4,587"])
def test_a_recall_a_response_or_a_suggestion_without_a_clause_is_no_report(sentence, n):
    assert analyze(sentence.format(n=n)).attributions == []


@pytest.mark.parametrize("verb", ["recalled", "maintained", "suggested", "responded"])
def test_the_same_verbs_with_a_clause_still_report(verb):
    assert sources(f"Councilor Mia Santos {verb} that the pier had flooded twice.") == [
        ("Councilor Mia Santos", "named_person")]


@pytest.mark.parametrize("neg", ["didn’t", "didn't", "did not", "wouldn't"])
@pytest.mark.parametrize("who", ["Sumner", "Harbor chief Ada Quill"])
def test_a_negated_verb_before_said_is_not_part_of_the_source(neg, who):
    """'Sumwalt didn't identify the engineer but said ...': the source is "Sumwalt"."""
    found = analyze(f"{who} {neg} identify the pilot but said investigators would talk with him.").attributions
    assert [a.source for a in found] == [who]


@pytest.mark.parametrize("first", ["Spurs turned down an offer on Monday", "The mayor visited the pier",
                                   "The ferry firm dropped two sailings"])
@pytest.mark.parametrize("second, kind", [("the harbor board", "named_organization"), ("officials", "anonymous"),
                                          ("Councilor Mia Santos", "named_person")])
def test_the_subject_of_a_second_clause_is_the_source(first, second, kind):
    """'Spurs turned down an offer and the champions suggested ...': not "Spurs turned down ..."."""
    assert sources(f"{first} and {second} suggested that a new bid would follow.") == [(second, kind)]


@pytest.mark.parametrize("body", [
    "Sumner said the brakes failed. The Harbor Safety Board said it found the speed too high.",
    "Sumner said the brakes failed. The board's report said it found the speed too high."])
def test_it_is_the_subject_of_its_own_sentence_first(body):
    """'The NTSB said it determined the speed': "it" is the NTSB, not the earlier source."""
    found = analyze(body).attributions
    assert all(a.refers_to in (None, found[-1].source) for a in found if a.source.lower().startswith("it"))
    assert not any("Sumner" in (a.refers_to or "") for a in found)


@pytest.mark.parametrize("count", ["Several", "Two", "Many", "Dozens of"])
@pytest.mark.parametrize("group, kind", [("Kelso-area hospitals", "unspecified"), ("harbor ferry firms", "unspecified"),
                                         ("Democrats", "anonymous")])
def test_a_counted_group_is_never_a_named_organization(count, group, kind):
    """'Several Philadelphia-area hospitals reported ...': counted, not named."""
    assert sources(f"{count} {group} reported treating more than 100 patients.") == [(f"{count} {group}", kind)]


@pytest.mark.parametrize("pair", ["Neither Veltrax nor regulators", "Neither the mayor nor the harbor board",
                                  "Neither Councilor Mia Santos nor her staff"])
@pytest.mark.parametrize("verb", ["explained why", "confirmed that", "said whether"])
def test_neither_nor_said_nothing(pair, verb):
    """'Neither Amtrak nor regulators explained why ...': no source, no vague group."""
    assert analyze(f"{pair} {verb} the ferry was sailing above the speed limit.").attributions == []


@pytest.mark.parametrize("full, bare, certain", [
    ("Kelso Rovers", "Kelso", False), ("Ellen Brandt", "Brandt", True), ("John Roberts Jr.", "Roberts", True),
    ("Harbor Wanderers", "Harbor", False)])
def test_a_bare_name_is_surely_a_person_only_when_it_ended_a_persons_name(full, bare, certain):
    """'Tottenham Hotspur' ... 'Tottenham insist that': the first word of a two-word name may
    be a club's, so its kind is a guess; 'Bill Nelson' ... 'Nelson said' is a person."""
    body = f"The striker is leaving {full} this week. {bare} insist that the deal is agreed."
    (found,) = [a for a in analyze(body).attributions if a.source == bare]
    assert (found.source_type == "named_person" and found.type_certain) == certain


@pytest.mark.parametrize("lead", ["Other", "Further", "Additional"])
@pytest.mark.parametrize("verb", ["confirmed", "reported"])
def test_a_participle_before_a_noun_after_other_is_an_adjective(lead, verb):
    """'Other confirmed casualties include a worker ...': no source "Other"."""
    assert analyze(f"{lead} {verb} casualties include a ferry worker who died at the pier.").attributions == []


@pytest.mark.parametrize("nation", ["British", "Swiss", "German", "Kelsovian"])
@pytest.mark.parametrize("kind", ["business newspaper", "daily", "news agency"])
def test_a_nationality_before_a_kind_of_outlet_is_no_outlets_name(nation, kind):
    """'the British business newspaper reported ...': the outlet is described, not named "British"."""
    found = analyze(f"Earlier on Sunday, the {nation} {kind} reported that the bank would be sold.")
    assert nation not in found.cited_outlets and not any(a.source == nation for a in found.attributions)


@pytest.mark.parametrize("who, kind", [("insiders", "anonymous"), ("Harbor chief Ada Quill", "named_person")])
@pytest.mark.parametrize("verb", ["report to", "said to", "confirmed to"])
@pytest.mark.parametrize("outlet", ["Bloomberg", "the Harbor Ledger"])
def test_an_outlet_a_source_spoke_to_is_cited(who, kind, verb, outlet):
    """'The bank pays more than $2 billion, insiders report to Bloomberg': Bloomberg is cited."""
    found = analyze(f"The ferry firm pays more than $2 billion for its rival, {who} {verb} {outlet}.")
    assert (who, kind) in [(a.source, a.source_type) for a in found.attributions]
    assert any(outlet.endswith(c) or c.endswith(outlet.removeprefix("the ")) for c in found.cited_outlets), found


@pytest.mark.parametrize("group", ["Leaders from the Harbor Party", "Leaders from Mara Quill's party",
                                   "Reporters at the pier", "Engineers at Veltrax"])
@pytest.mark.parametrize("verb", ["alleged that", "said"])
def test_unnamed_people_opening_a_sentence_are_anonymous(group, verb):
    """'Leaders from Imran's party alleged ...' was a named organization because "Leaders"
    is capitalised to open the sentence."""
    assert sources(f"{group} {verb} the police had closed the pier.") == [(group, "anonymous")]


@pytest.mark.parametrize("party, acronym", [("Pakistan Tehreek-e-Insaf", "PTI"), ("Alliance for Fair Ports", "AFP"),
                                            ("Associated Pilots", "AP")])
@pytest.mark.parametrize("cue", ["“The pier has shut,” an official confirmed to {a}",
                                 "“Stay home,” police warned as {a} called for supporters to take to the streets"])
def test_an_acronym_the_article_spells_out_as_no_outlet_is_no_cited_outlet(party, acronym, cue):
    """Imran Khan (r13): "Pakistan Tehreek-e-Insaf (PTI)" ... "confirmed to PTI" was a cited
    news agency (Press Trust of India has the same letters): which one is meant is a guess."""
    body = f"Leaders of the {party} ({acronym}) met on Monday. {cue.format(a=acronym)}."
    found = analyze(body)
    assert acronym not in found.cited_outlets
    assert all(a.source_type != "media_outlet" for a in found.attributions if a.source == acronym)


@pytest.mark.parametrize("name", ["Ahmed al-Mosmari", "Omar el-Fakhry", "Salim al-Haddad"])
@pytest.mark.parametrize("post", ["A spokesperson for the eastern-based military forces", "The harbor board's chief"])
@pytest.mark.parametrize("verb", ["informed reporters that", "said"])
def test_a_name_with_a_particle_in_apposition_is_the_named_source(name, post, verb):
    """Derna (r14): "A spokesperson for the eastern-based military forces, Ahmed al-Mosmari,
    informed reporters that ..." was an anonymous source: "al-Mosmari" is a name word."""
    found = analyze(f"{post}, {name}, {verb} 2,000 people had died in the flood.").attributions
    assert [(a.source, a.source_type) for a in found] == [(name, "named_person")]


@pytest.mark.parametrize("subject", ["The COVID-19 pandemic", "The pandemic", "Inflation", "The deadly storms",
                                     "Last year's floods", "The war in the region", "The long drought",
                                     "Repeated outages", "The collapse"])
@pytest.mark.parametrize("rest", ["added to the firm's troubles", "has shown that the port was not ready",
                                  "revealed how fragile the grid is", "highlighted the risks of the plan"])
def test_an_event_or_condition_is_no_source(subject, rest):
    """'The COVID-19 pandemic ... added to its troubles': events and conditions say nothing."""
    assert analyze(f"{subject} {rest}.").attributions == []


@pytest.mark.parametrize("body", ["The fire department", "The Storm Prediction Center", "Flood officials",
                                  "The war ministry", "The Disaster Relief Agency"])
def test_a_body_named_after_an_event_is_a_source(body):
    assert [s for s, _ in sources(f"{body} said the river would crest on Friday.")] == [body]


@pytest.mark.parametrize("subject", ["Mayor Ann Roe", "The agency", "Officials"])
@pytest.mark.parametrize("rest", ["added to the list of closed roads", "added two names to the list",
                                  "added pressure on the council"])
def test_add_with_an_object_is_no_report(subject, rest):
    """'add' reports only before a clause or a quotation, or as a tag: 'X added to the woes' is an act."""
    assert analyze(f"{subject} {rest} on Monday.").attributions == []


@pytest.mark.parametrize("subject", ["Mayor Ann Roe", "The agency", "Officials"])
@pytest.mark.parametrize("rest", ["added that the roads would reopen", "added the roads would reopen",
                                  "added: \u201cThe roads will reopen.\u201d"])
def test_add_before_a_clause_reports(subject, rest):
    assert [s for s, _ in sources(f"{subject} {rest}")] == [subject]


@pytest.mark.parametrize("given", ["Claudio", "Mirela", "Tadeusz", "Oluwaseun"])
@pytest.mark.parametrize("owned", ["side", "team", "company", "lawyers"])
def test_a_name_owning_a_noun_is_a_person(given, owned):
    """"handing Claudio Ranieri's side the prize. Ranieri said": a possessive owns its noun,
    unlike 'the Boeing Starliner capsule', where the name modifies it."""
    body = f"The draw handed {given} Vasquetti's {owned} the title. Vasquetti said: \u201cI am so proud.\u201d"
    assert sources(body) == [("Vasquetti", "named_person")]


@pytest.mark.parametrize("titles", ["Founder and CEO", "Chairman and Chief Executive", "President and CEO",
                                    "co-founder and chairman"])
@pytest.mark.parametrize("name", ["Jeff Bezos", "Mara Quill"])
@pytest.mark.parametrize("body", ["Harborline", "the bank's"])
def test_two_titles_of_one_person_are_one_source(titles, name, body):
    """'Amazon Founder and CEO Jeff Bezos said' is one person, not 'Amazon Founder' and 'CEO Jeff Bezos'."""
    lead = body[0].upper() + body[1:]
    found = sources(f"\u201cWe love the deal,\u201d {body} {titles} {name} said in a statement.")
    assert found == [(f"{body} {titles} {name}", "named_person")] or found == [(f"{lead} {titles} {name}", "named_person")]


@pytest.mark.parametrize("unit", ["share", "cent", "capita", "person", "gallon"])
@pytest.mark.parametrize("after", ["Amazon will be paying", "Harborline agreed to pay", "the buyer offered"])
def test_per_before_a_unit_is_no_source(unit, after):
    """'just below the $42 per share Amazon will be paying': 'per' counts, it does not cite."""
    assert analyze(f"The stock closed just below the $42 per {unit} {after} on Friday.").attributions == []


@pytest.mark.parametrize("source, kind", [("Reuters", "media_outlet"), ("a company filing", "document"),
                                          ("sources familiar with the deal", "anonymous")])
def test_per_before_a_source_cites_it(source, kind):
    assert sources(f"The deal values the chain at $13.7 billion, per {source}.") == [(source, kind)]


@pytest.mark.parametrize("word", ["considering", "assuming", "seeing"])
@pytest.mark.parametrize("subject", ["The fine", "Such a price", "The rise"])
def test_a_participle_meaning_given_that_is_no_report(word, subject):
    """'isn't all that strange, considering Amazon is already in the grocery game'."""
    assert analyze(f"{subject} isn't all that strange, {word} the regulator is already in the market.").attributions == []


@pytest.mark.parametrize("brand", ["Amazon", "Harborline", "Quillsoft"])
def test_a_name_that_heads_several_products_is_no_person(brand):
    """'via Amazon Prime', 'called Amazon Go', 'via Amazon Fresh': a brand family, so a later
    'Amazon says' is an organization, not a person called Amazon Prime."""
    body = (f"Shoppers can order via {brand} Prime. The firm opened a store called {brand} Go. "
            f"It also runs {brand} Fresh. Stores will keep their brand, {brand} says.")
    assert sources(body) == [(brand, "named_organization")]


@pytest.mark.parametrize("titles", ["founder and chief executive", "chairman and co-founder"])
@pytest.mark.parametrize("owner", ["Harborline", "the bank's"])
def test_two_lower_case_titles_of_one_person_are_never_anonymous(titles, owner):
    """'the bank's founder and chairman Mara Quill' typed anonymous: one named person."""
    assert sources(f"\u201cWe love the deal,\u201d {owner} {titles} Mara Quill said.") == [
        (f"{owner} {titles} Mara Quill", "named_person")]


@pytest.mark.parametrize("first", ["The spokesman", "A deputy"])
def test_a_title_with_a_determiner_and_a_titled_name_are_two_people(first):
    found = sources(f"{first} and Mayor Ann Roe said the port was safe.")
    assert ("Mayor Ann Roe", "named_person") in found and all("Roe" not in s or k == "named_person" for s, k in found)


@pytest.mark.parametrize("adverb", ["Meanwhile", "Separately", "Earlier", "Additionally", "Officially"])
@pytest.mark.parametrize("source, kind", [("Danish federation director Peter Moll", "named_person"),
                                          ("Mayor Ann Roe", "named_person"), ("the port authority", "named_organization")])
def test_an_adverb_opening_the_sentence_is_no_part_of_the_source(adverb, source, kind):
    """'Meanwhile Danish soccer federation director Peter Moeller says': the source starts at 'Danish'."""
    assert sources(f"{adverb} {source} says the pier was closed on Monday.") == [(source, kind)]


@pytest.mark.parametrize("name", ["Still Water Media", "Shelly Roe", "Kimberly Voss"])
def test_a_name_that_starts_like_an_adverb_is_kept_whole(name):
    assert [s for s, _ in sources(f"{name} said the pier was closed on Monday.")] == [name]


@pytest.mark.parametrize("prize", ["a shock 1-0 Euro 2020 victory", "gold in the relay", "a surprise win",
                                   "the league title", "their first major trophy", "two seats in the council"])
@pytest.mark.parametrize("who", ["Finland", "The Harbor Hawks", "Norway's relay team"])
def test_claiming_a_prize_is_no_claim(prize, who):
    """'Finland claimed a shock 1-0 Euro 2020 victory over Denmark': won, said nothing."""
    assert analyze(f"{who} claimed {prize} on Saturday.").attributions == []


@pytest.mark.parametrize("verb", ["shouting", "yelling", "chanting", "whispering"])
@pytest.mark.parametrize("quote", ["\u201cChris, stay strong!\u201d", "\u201cCome on, Kelso!\u201d"])
def test_acting_by_shouting_is_no_report(verb, quote):
    """'celebrated his opening goal by shouting "Chris, stay strong!"': how he celebrated."""
    assert analyze(f"Striker Romelu Lukas celebrated his goal by {verb} {quote}").attributions == []


@pytest.mark.parametrize("verb", ["saying", "warning that", "insisting that"])
def test_responding_by_saying_reports(verb):
    found = sources(f"The mayor responded by {verb} \u201cthe pier is safe.\u201d")
    assert [s for s, _ in found] == ["The mayor"]


@pytest.mark.parametrize("body", ["Equifax", "Harborline", "Quillsoft"])
@pytest.mark.parametrize("person", ["CEO Richard F. Smith", "chief executive Ann Roe"])
def test_a_name_never_runs_across_a_sentence_end(body, person):
    """'... said CEO Richard F. Smith.\\n\\nEquifax is one of three ...' made 'Equifax' a surname,
    so every later 'Equifax said' was a person."""
    text = (f"\u201cThis is a disappointing event,\u201d said {body} {person}.\n\n"
            f"{body} is one of three big firms. The breach ended in July, {body} said.")
    assert (body, "named_organization") in sources(text) and (body, "named_person") not in sources(text)


@pytest.mark.parametrize("place", ["Atlanta-based", "Kelso-based"])
@pytest.mark.parametrize("body", ["Equifax", "Harborline"])
def test_a_based_body_is_no_person(place, body):
    text = f"{body} Inc said hackers stole data. {place} {body} said the breach ended in July."
    assert all(kind == "named_organization" for _, kind in sources(text))


@pytest.mark.parametrize("titles", ["chairman and CEO", "chairman and chief executive", "founder and president"])
@pytest.mark.parametrize("owner", ["Equifax", "the bank's"])
@pytest.mark.parametrize("name", ["Richard F. Smith", "Ann J. Roe", "Tomas Erling"])
def test_an_inverted_source_with_two_titles_is_one_named_person(titles, owner, name):
    """'..., said Equifax chairman and CEO Richard F. Smith.' found no source, or 'Richard F'."""
    found = sources(f"\u201cThis is a disappointing event,\u201d said {owner} {titles} {name}.")
    assert found == [(f"{owner} {titles} {name}", "named_person")]


@pytest.mark.parametrize("name", ["Neymar", "Ronaldinho", "Quillo"])
@pytest.mark.parametrize("quote", ["I am very happy to join the club", "My family and I love this city",
                                   "It's a challenge I can't wait to take on"])
def test_a_one_word_name_speaking_as_i_is_a_person(name, quote):
    """'Neymar said: "I am very happy ..."' typed Neymar an organization."""
    found = sources(f"The striker signed a five-year deal on Thursday. {name} said: \u201c{quote}.\u201d")
    assert found == [(name, "named_person")]


@pytest.mark.parametrize("name", ["Harborline", "Quillsoft"])
def test_a_one_word_name_speaking_as_we_stays_a_body(name):
    found = sources(f"The deal closed on Thursday. {name} said: \u201cWe are very happy with the result.\u201d")
    assert found == [(name, "named_organization")]


@pytest.mark.parametrize("lead", ["After the verdict", "Before the hearing", "At the hearing"])
@pytest.mark.parametrize("name", ["Arthur Aidala", "Mara Quill"])
@pytest.mark.parametrize("role", ["his lawyer", "a spokeswoman for the family"])
def test_the_one_quoting_someone_is_the_named_person_not_the_aside(lead, name, role):
    """'After the verdict Arthur Aidala, his lawyer, quoted him as saying': the source was 'his
    lawyer' (anonymous), and 'him' the lawyer himself."""
    body = f"Harlan Voss was convicted on Monday. {lead} {name}, {role}, quoted him as saying, \u201cI am innocent.\u201d"
    found = sources(body)
    assert (name, "named_person") in found
    assert not any(kind == "anonymous" for _, kind in found)


@pytest.mark.parametrize("body", ["London Fire Brigade", "NHS England", "Kelso Coast Guard", "the BBC Trust"])
def test_a_body_with_an_organisation_word_or_initials_is_no_person(body):
    """'London Fire Brigade said', 'NHS England said' were typed people named by name."""
    assert all(kind != "named_person" for _, kind in sources(f"{body} said 40 engines were at the scene."))


@pytest.mark.parametrize("rank", ["No.1", "No.2", "No.14", "No1"])
@pytest.mark.parametrize("before", ["Former tennis world", "Golf world", "Women's tennis world", "The world"])
@pytest.mark.parametrize("name, verb", [("Lena Korvak", "has told reporters"), ("Tomas Rivera", "said"),
                                        ("Ines Baro", "told a news conference")])
def test_a_ranking_before_a_name_is_no_part_of_the_name(rank, before, name, verb):
    """'Former tennis world No.1 Maria Sharapova has told': the source is the person, not 'No.1 Maria ...'."""
    found = sources(f"{before} {rank} {name} {verb} that she would appeal the ban.")
    assert found and found[0][1] == "named_person" and found[0][0].endswith(name) and not found[0][0].startswith(rank)


@pytest.mark.parametrize("age", ["28-year-old", "veteran", "former", "19-year-old rising"])
@pytest.mark.parametrize("nationality", ["Russian", "Brazilian", "Japanese", "Scottish", "Pakistani", "Korean"])
def test_a_person_described_by_age_and_nationality_is_a_person(age, nationality):
    """'"I made a mistake," the 28-year-old Russian said': a person the article named before."""
    found = sources(f"Mira Koval lost the final. \u201cI made a mistake,\u201d the {age} {nationality} said.")
    assert (f"the {age} {nationality}", "named_person") in found


@pytest.mark.parametrize("who", ["Ada Merrin", "The chief executive", "Kelso Ferries", "he"])
@pytest.mark.parametrize("verb", ["knew", "knows", "had known", "must have known"])
@pytest.mark.parametrize("opener", ["", "Regulators alleged that ", "The lawsuit claims "])
def test_knowing_is_no_saying(who, verb, opener):
    """'The SEC alleged that Musk knew the funding was uncertain': Musk says nothing."""
    body = f"{opener}{who} {verb} the funding for the Marlow deal was uncertain."
    found = sources(body[0].upper() + body[1:])
    assert {s for s, _ in found} <= {"Regulators", "The lawsuit"}


@pytest.mark.parametrize("victims", ["157 lives", "the lives of 32 passengers", "12 lives so far", "a life"])
@pytest.mark.parametrize("subject", ["Thirty two Kenyans are among the dead in the crash",
                                     "The storm hit the Marlow coast on Friday"])
def test_claiming_lives_is_no_claim(victims, subject):
    """'Thirty two Kenyans are among the dead in the crash, claiming 157 lives': nobody speaks."""
    assert sources(f"{subject}, claiming {victims}.") == []


@pytest.mark.parametrize("verb", ["have", "had", "got"])
@pytest.mark.parametrize("owner, thing", [("their", "identity"), ("his", "death"), ("her", "appointment")])
@pytest.mark.parametrize("participle", ["confirmed", "reported", "announced"])
def test_having_a_thing_confirmed_names_no_source(verb, owner, thing, participle):
    """'two Nigerians that have their identity confirmed': a passive, nobody confirms here."""
    assert sources(f"Two passengers that {verb} {owner} {thing} {participle} in the crash were from Marlow.") == []


@pytest.mark.parametrize("paper", ["21st Century Business Herald", "3rd Coast Ledger", "1st Harbor Times"])
@pytest.mark.parametrize("frame", ["Ana Roe, the firm's chief executive, told the business newspaper {paper} that "
                                   "the ruling was regrettable.",
                                   "According to the {paper}, the firm will appeal the ruling.",
                                   "The firm will appeal the ruling, the {paper} reported."])
def test_an_ordinal_opening_an_outlets_name_stays_in_it(paper, frame):
    """Evergrande (r21): 'the newspaper 21st Century Business Herald' was cited as 'Century Business Herald'."""
    analysis = analyze(frame.format(paper=paper))
    assert analysis.cited_outlets == [paper]


@pytest.mark.parametrize("subject", ["Ohtani's agent", "The company's founder", "Kelso Ferries' lawyer"])
@pytest.mark.parametrize("name, affiliation", [("Nez Balea", " of CAA"), ("Mara Quill", " from Kelso Legal"),
                                               ("Tomas Erling", "")])
@pytest.mark.parametrize("frame", ["“The deal is unique,” {who}, said in a statement.",
                                   "{who}, said the deal was unique.",
                                   "{who}, left the hearing early but stressed that the deal was unique."])
def test_the_name_set_between_commas_is_the_source(subject, name, affiliation, frame):
    """Ohtani (r21), Evergrande (r21): "Ohtani's agent, Nez Balelo of CAA, said" and "Evergrande's
    executive director, Shawn Siu, expressed ... but emphasized" credited the unnamed role."""
    found = sources(frame.format(who=f"{subject}, {name}{affiliation}"))
    assert (name, "named_person") in found and not any(s.startswith(subject) for s, _ in found)


@pytest.mark.parametrize("name", ["Lee Jeong-hyeon", "Mara Quill", "Tomas de Erling"])
@pytest.mark.parametrize("title", ["chief of the Muan fire station", "director of the Kelso port",
                                   "spokeswoman for the county"])
@pytest.mark.parametrize("opener", ["", "In a TV briefing, "])
def test_a_name_before_a_title_without_its_closing_comma_is_the_source(name, title, opener):
    """Jeju (r21): "Lee Jeong-hyeon, chief of the Muan fire station said" credited the title."""
    found = sources(f"{opener}{name}, {title} said the aircraft had been destroyed.")
    assert found == [(name, "named_person")]


@pytest.mark.parametrize("club", ["Manchester United", "Tottenham Hotspur", "Atletico Kelso", "Marlow Rovers"])
@pytest.mark.parametrize("frame, pronoun", [("{club} said {p} had listened carefully to the fans.", "they"),
                                            ("{club} announced that {p} would withdraw from the league.", "they"),
                                            ("{club} said {p} would leave the competition.", "it")])
def test_a_name_spoken_of_as_it_or_they_is_a_body(club, frame, pronoun):
    """Super League (r23): "Manchester United said they had listened" was typed a person."""
    assert sources(frame.format(club=club, p=pronoun)) == [(club, "named_organization")]


@pytest.mark.parametrize("verb", ["apologised", "criticised", "emphasised", "organised"])
@pytest.mark.parametrize("club", ["Arsenal", "Kelso Rovers"])
def test_a_british_spelling_ends_the_source(verb, club):
    """'Arsenal apologised in an open letter ... and said' gave the source 'Arsenal apologised'."""
    found = sources(f"{club} {verb} in an open letter to its fans on Tuesday and said the club had erred.")
    assert found and all(verb not in s for s, _ in found)


@pytest.mark.parametrize("body", ["Directorate of Air Transport", "Ministry of Ports", "Office of the Mayor of Kelso"])
@pytest.mark.parametrize("title", ["spokesman", "director", "chief"])
def test_a_titled_name_after_a_body_of_something_is_a_person(body, title):
    found = sources(f"{body} {title} Sindu Rahayu said the ferry had asked to return.")
    assert found == [(f"{body} {title} Sindu Rahayu", "named_person")]


@pytest.mark.parametrize("dateline", ["JAKARTA, Indonesia \u2014", "TOKYO (AP) \u2014", "KELSO, Marlow --"])
def test_a_dateline_is_never_what_a_pronoun_stands_for(dateline):
    """Lion Air (r22): 'JAKARTA, Indonesia — ..., rescue officials said, as they announced'
    gave 'they (JAKARTA)'."""
    found = sources(f"{dateline} All 189 passengers are feared dead, rescue officials said on Monday, as they "
                    f"announced that divers had found wreckage.")
    assert found == [("rescue officials", "anonymous"), ("they (rescue officials)", "anonymous")]


@pytest.mark.parametrize("verb", ["contests", "faces", "criticised"])
def test_the_month_may_opens_no_clause(verb):
    """'Erdogan, who contests an election in May, said ...': 'May' is no modal."""
    found = sources(f"Mayor Ann Roe, who {verb} an election in May, said on Wednesday that the pier was safe.")
    assert found == [("Mayor Ann Roe", "named_person")]


@pytest.mark.parametrize("verb", ["were considering", "are weighing", "were deciding", "asked"])
@pytest.mark.parametrize("question", ["whether to file charges", "if the ferry should sail"])
def test_weighing_an_open_question_is_no_claim(verb, question):
    assert sources(f"Kelso prosecutors {verb} on Tuesday {question} against the harbor master.") == []


@pytest.mark.parametrize("verb", ["welcomed", "praised", "criticised", "hailed"])
@pytest.mark.parametrize("noun", ["the news", "the decision", "the announcement", "reports"])
def test_a_clause_of_a_noun_after_the_verb_is_no_report(verb, noun):
    """Super League (r23): 'Ceferin welcomed the news that City had withdrawn' keyed Ceferin
    as the source of City's withdrawal."""
    assert sources(f"Council leader Ann Roe {verb} {noun} that the ferry company had withdrawn its plan.") == []


@pytest.mark.parametrize("verb", ["denied", "confirmed", "dismissed"])
def test_judging_the_content_of_a_report_is_a_report(verb):
    found = sources(f"Council leader Ann Roe {verb} reports that the ferry company had withdrawn its plan.")
    assert found == [("Council leader Ann Roe", "named_person")]


@pytest.mark.parametrize("subject", ["Navigation in the canal", "Traffic on the bridge", "Work at the pier"])
@pytest.mark.parametrize("speaker, aside", [("Lt. Gen. Osama Rabei", "head of the Suez Canal Authority"),
                                            ("Mayor Ann Roe", "who chairs the harbor board"),
                                            ("Tomas Erling", "the port's director")])
def test_a_participle_after_a_tag_and_its_aside_is_the_speakers(subject, speaker, aside):
    """Ever Given (r25): '..., said Lt. Gen. Osama Rabei, head of the Suez Canal Authority,
    adding that ...' made the sentence's subject "Navigation" a source."""
    found = sources(f"{subject} resumed at 6 p.m. on Monday, said {speaker}, {aside}, adding that the first "
                    f"ships carried livestock.")
    assert {s for s, _ in found} == {speaker}


@pytest.mark.parametrize("who", ["43-year-old spectator Doni", "Maria", "a fan named Tomas"])
@pytest.mark.parametrize("withheld", ["who declined to give his last name", "who gave only a first name",
                                      "who asked that only her first name be used",
                                      "who did not want his full name published"])
def test_a_speaker_whose_name_is_withheld_is_unnamed(who, withheld):
    """Kanjuruhan (r25): "spectator Doni, who declined to give his last name" was a named
    person a reader 'can look up'."""
    found = sources(f"\u201cThere was no riot,\u201d {who}, {withheld}, told reporters.")
    assert found == [(who, "anonymous")]


@pytest.mark.parametrize("who", ["Deputies", "Firefighters", "Rescue crews"])
@pytest.mark.parametrize("verb", ["responded", "arrived", "announced"])
@pytest.mark.parametrize("time", ["shortly before 7:15 a.m.", "at 10:07 p.m.", "around 9:30"])
def test_a_time_of_day_opens_no_quotation(who, verb, time):
    """Tiger Woods (r29): "Deputies responded shortly before 7:15 a.m." made "Deputies" a source
    (the colon of the time read as one that opens a quotation)."""
    assert sources(f"{who} {verb} {time} to the crash on the Kelso road.") == []


@pytest.mark.parametrize("place, region", [("Union", "New Jersey"), ("Kelso", "Ontario"), ("Port Amber", "Tasmania")])
@pytest.mark.parametrize("subject, frame", [
    ("the company", "In a statement, {subject} based in {place}, {region}, {verb} the filing was voluntary."),
    ("The retailer", "{subject}, headquartered in {place}, {region}, {verb} that sales fell."),
    ("A firm", "{subject} outside {place}, {region}, {verb} the deal was off."),
])
@pytest.mark.parametrize("verb", ["said", "announced", "told reporters"])
def test_a_region_after_a_place_is_no_name_set_off(place, region, subject, frame, verb):
    """Bed Bath & Beyond (r33): "the company based in Union, New Jersey, said" had the source
    "New Jersey" (read like "its spokesperson, Ivan Petrov, said")."""
    found = sources(frame.format(subject=subject, place=place, region=region, verb=verb))
    assert [s for s, _ in found] == [subject]


@pytest.mark.parametrize("name", ["Bed, Bath & Beyond", "Skidmore, Owings & Merrill", "Crane, Poole & Schmidt",
                                  "Hart, Vale, Moss & Co"])
@pytest.mark.parametrize("opener", ["", "Earlier this year, ", "On Monday, "])
@pytest.mark.parametrize("verb", ["said", "announced", "has said"])
def test_a_name_listing_words_before_an_ampersand_is_one_source(name, opener, verb):
    """Bed Bath & Beyond (r33): "Earlier this year, Bed, Bath & Beyond announced" had the
    source "Bath & Beyond"."""
    assert [s for s, _ in sources(f"{opener}{name} {verb} it would close 87 stores.")] == [name]


def test_a_dateline_in_capitals_is_no_part_of_a_name_with_an_ampersand():
    assert [s for s, _ in sources("DETROIT, Procter & Gamble said sales fell.")] == ["Procter & Gamble"]


@pytest.mark.parametrize("title", ["Minister for Industry, Commerce and Supplies", "Minister of Home Affairs",
                                   "Secretary of Labour, Training and Skills", "Commissioner for Roads and Ports"])
@pytest.mark.parametrize("name", ["Abdul Khan", "Rabi Lamichhane", "Mara Quill"])
@pytest.mark.parametrize("frame", ["The cabinet formed a panel, {who} told Xinhua.", "{who} said the panel would meet."])
def test_a_title_listing_offices_is_one_named_person(title, name, frame):
    """Nepal (r33): "Minister for Industry, Commerce and Supplies Abdul Khan told Xinhua" gave
    the sources "Commerce" and "Supplies Abdul Khan"; "Minister of Home Affairs Rabi
    Lamichhane" was typed anonymous."""
    found = [f for f in sources(frame.format(who=f"{title} {name}")) if f[0] != "Xinhua"]
    assert found == [(f"{title} {name}", "named_person")]


@pytest.mark.parametrize("one, two", [("Minister for Health Ann Roe", "Minister for Transport Bo Li"),
                                      ("Secretary of State Mara Quill", "Minister of Defence Tomas Erling")])
def test_two_titled_people_joined_by_and_stay_two(one, two):
    assert {s for s, _ in sources(f"{one} and {two} said the road was closed.")} == {one, two}


@pytest.mark.parametrize("lead", ["an unnamed", "a", "One"])
def test_an_indefinite_office_stays_unnamed(lead):
    assert sources(f"{lead} Minister of State said the road was closed.") == \
        [(f"{lead} Minister of State", "anonymous")]


@pytest.mark.parametrize("noun", ["police official", "local resident", "passenger", "hospital officer"])
@pytest.mark.parametrize("name", ["AK Chhetri", "JT Roe", "Bishnu Tiwari"])
@pytest.mark.parametrize("frame", ["“We found 31,” {who} told AFP.", "{who} said 31 were found."])
def test_a_name_after_a_word_for_a_person_is_a_person_even_with_initials(noun, name, frame):
    """Nepal (r33): "police official AK Chhetri told AFP" was a named organization (initials
    read as a body's)."""
    found = [f for f in sources(frame.format(who=f"{noun} {name}")) if f[0] != "AFP"]
    assert [t for _, t in found] == ["named_person"] and found[0][0].lower().endswith(name.lower())


@pytest.mark.parametrize("lead", ["The top official in Kelso", "The mayor's deputy in Port Amber"])
@pytest.mark.parametrize("name", ["Sen. Lena Fischer", "Mara Quill", "Dr. Tomas Erling"])
def test_a_person_set_off_after_a_place_is_still_the_source(lead, name):
    found = sources(f"{lead}, {name}, said the vote would go ahead.")
    assert [s for s, _ in found] == [name]


@pytest.mark.parametrize("speaker, kind", [("a spokesman", "anonymous"), ("residents", "anonymous"),
                                           ("Mayor Ann Roe", "named_person"), ("the Kelso Coast Guard", "named_organization")])
@pytest.mark.parametrize("participle", ["saying", "adding that", "noting that", "warning that"])
@pytest.mark.parametrize("clause", ["The toll rose to 40 on Monday", "This was partly confirmed by the Kelso army"])
def test_the_phrase_after_with_speaks_for_its_participle(speaker, kind, participle, clause):
    """Nepal (r33): "..., with a spokesman saying 29 bodies had been retrieved" had no source
    of its own, so the sentence was a named source's only."""
    found = sources(f"{clause}, with {speaker} {participle} more people were missing.")
    assert (speaker, kind) in found


@pytest.mark.parametrize("frame", ["He spoke with reporters saying he was sorry.",
                                   "She left the court with her brother saying nothing."])
def test_with_and_a_participle_not_set_off_is_no_source(frame):
    assert all(s not in ("reporters", "her brother") for s, _ in sources(frame))


@pytest.mark.parametrize("name", ["I Made Suprateka", "I Wayan Koster", "Ni Luh Putu Ayu", "I Gusti Ngurah Rai"])
@pytest.mark.parametrize("frame", ["The ferry left at noon, company spokesman {who} told Reuters.",
                                   "“We were lucky,” {who} said.", "“We were lucky,” said {who}.",
                                   "Governor {who} said the beaches were closed."])
def test_a_balinese_name_keeps_its_first_word(name, frame):
    """Sunda Strait (r32): "company spokesman I Made Suprateka told Reuters" had the source
    "Made Suprateka"."""
    found = [s for s, _ in sources(frame.format(who=name)) if s != "Reuters"]
    assert len(found) == 1 and found[0].endswith(name)


def test_the_pronoun_i_before_a_verb_is_no_name():
    assert [s for s, _ in sources("“I Told them so,” Ann Roe said.")] == ["Ann Roe"]


@pytest.mark.parametrize("title", ["El Grafico", "La Nacion", "Le Figaro", "Il Messaggero", "Die Zeit", "Los Tiempos"])
@pytest.mark.parametrize("frame", ["The crew members survived, reports {t}.", "{t} said the deal was off.",
                                   "The minister resigned, according to {t}."])
def test_a_name_opening_with_a_foreign_article_is_no_person(title, frame):
    """Chapecoense (r34): "reports El Grafico" was "a person identified by name"."""
    found = sources(frame.format(t=title))
    assert [s for s, _ in found] == [title] and found[0][1] != "named_person"


@pytest.mark.parametrize("verb", ["proclaimed", "declared", "conceded", "exclaimed"])
@pytest.mark.parametrize("speaker", ["ISRO chief Ann Roe", "Mayor Tomas Erling", "S. Somanath"])
@pytest.mark.parametrize("close", ["“India is on the Moon,”", "“India is on the Moon”,", '"India is on the Moon",'])
def test_any_verb_of_saying_inverts_after_a_quotation(verb, speaker, close):
    """Chandrayaan (r35): '"... India is on the Moon", proclaimed the Chief of ISRO, S. Somanath'
    had no source (only a short list of verbs inverted, and '",' was no quotation's end)."""
    assert [s for s, _ in sources(f"{close} {verb} {speaker}.")] == [speaker]


@pytest.mark.parametrize("title", ["the chief of the Kelso Space Agency", "the head of the port authority"])
@pytest.mark.parametrize("name, tail", [("Ann Roe", "."), ("Tomas Erling", ", after the landing."),
                                        ("S. Somanath", ".")])
def test_the_name_set_off_after_an_inverted_title_is_the_source(title, name, tail):
    found = sources(f"“We have landed,” said {title}, {name}{tail}")
    assert [s for s, _ in found] == [name]


@pytest.mark.parametrize("frame", ["The company, declared bankrupt in 2019, closed its last store.",
                                   "“Go home,” shouted the crowd at the gate."])
def test_an_inverted_verb_needs_a_quotation_and_a_source(frame):
    assert [s for s, _ in sources(frame) if s not in ("the crowd", "the crowd at the gate")] == []


@pytest.mark.parametrize("document", ["a statement", "a report", "a memo"])
@pytest.mark.parametrize("issued", ["issued", "released", "published"])
@pytest.mark.parametrize("issuer", ["the Prime Minister’s press office", "the Kelso council"])
def test_a_document_keeps_who_issued_it(document, issued, issuer):
    """Pylos (r35): "According to a statement issued by the Prime Minister's press office"
    had the source "a statement": nothing a reader could check."""
    found = sources(f"According to {document} {issued} by {issuer}, the pier will stay shut until June.")
    assert found == [(f"{document} {issued} by {issuer}", "document")]


@pytest.mark.parametrize("adverb", ["falsely", "wrongly", "fraudulently"])
@pytest.mark.parametrize("who, said", [("Hunter Biden", "claimed to be free of illegal drugs when he bought the gun"),
                                       ("The Kelso trader", "stated that the client funds were safe"),
                                       ("Mara Quill", "told investors the ferry line was profitable")])
def test_a_statement_the_writer_calls_untrue_cites_no_source(adverb, who, said):
    """Hunter Biden (r37): "Hunter Biden falsely claimed to be free of illegal drugs" (the crime
    the jury found) made him a source of the article; "claimed" was taught as the cue."""
    assert [s for s, _ in sources(f"{who} {adverb} {said}.")] == []
    assert [s for s, _ in sources(f"{who} {said}.")] == [who]


@pytest.mark.parametrize("speaker", ["Mayor Ann Roe", "fire chief Tomas Erling"])
@pytest.mark.parametrize("participle, words", [("calling", "the reports “false information.”"),
                                               ("describing", "the delay as “a disgrace.”"),
                                               ("labelling", "the plan “reckless.”")])
def test_a_speaker_after_with_whose_words_are_quoted_is_the_source(speaker, participle, words):
    """Tianjin (r36): "..., with Gong calling the reports 'false information'" left the
    sentence to its unnamed officials."""
    found = sources(f"Officials denied reports of an evacuation, with {speaker} {participle} {words}")
    assert (speaker, "named_person") in found
    # no quotation: a naming, not words said
    assert speaker not in [s for s, _ in sources(f"The toll rose, with {speaker} {participle} the delay a disgrace.")]


@pytest.mark.parametrize("outlet", ["The Beijing News", "The Kelso Courier"])
@pytest.mark.parametrize("aux", ["had reported", "has said", "was reporting"])
@pytest.mark.parametrize("thing", ["the evacuation order", "the new timetable"])
def test_a_verb_after_an_auxiliary_is_no_inverted_tag(outlet, aux, thing):
    """Tianjin (r36): "The Beijing News, citing the People's Armed Police Force, had reported the
    evacuation order" made "the evacuation order" the source (read like ", reported X")."""
    found = [s for s, _ in sources(f"{outlet}, citing the Kelso Police Force, {aux} {thing}.")]
    assert outlet in found and thing not in found


@pytest.mark.parametrize("place", ["the country’s capital, Port Moresby,", "the island's main town, Kelso,",
                                   "the province, Enga,"])
def test_a_place_set_off_after_a_place_noun_is_no_speaker(place):
    """PNG landslide (r39): "Mr Aktoprak, who spoke to Associated Press by phone from the Papua New
    Guinea's capital, Port Moresby, said ..." made "Port Moresby" a source (and a wrong option)."""
    found = [s for s, _ in sources(f"Mr Aktoprak, who spoke to reporters by phone from {place} said the toll rose.")]
    assert not any(name in found for name in ("Port Moresby", "Kelso", "Enga"))


@pytest.mark.parametrize("title", ["The mayor of the town", "The governor of the province"])
def test_a_person_set_off_after_a_title_of_a_place_is_still_the_speaker(title):
    assert [s for s, _ in sources(f"{title}, Ann Roe, said the pier is closed.")] == ["Ann Roe"]


@pytest.mark.parametrize("outlets, expected", [("the Spanish newspapers AS and Marca", ["AS", "Marca"]),
                                               ("the Spanish daily AS", ["AS"]), ("the French paper L'Equipe",
                                                                                  ["L'Equipe"])])
def test_an_outlet_in_capitals_is_cited_though_its_letters_spell_a_word(outlets, expected):
    """Mbappe (r39): "according to estimates by the Spanish newspapers AS and Marca" cited
    "Spanish" (and a typed "AS" was marked wrong)."""
    assert analyze(f"His salary is €15 million a year, according to {outlets}.").cited_outlets == expected


@pytest.mark.parametrize("determiner", ["any", "no", "their", "the", "such", "its"])
@pytest.mark.parametrize("noun", ["questions", "claims", "reports", "comments", "warnings"])
def test_a_reporting_verbs_form_after_a_determiner_is_a_noun(determiner, noun):
    """'to allow lawyers to review the verdict and raise any questions they have': no source."""
    body = f"The court went into recess so that lawyers could review the ruling and raise {determiner} {noun} they had."
    assert analyze(body).attributions == []


@pytest.mark.parametrize("conjunction", ["before", "after", "until", "when", "once"])
@pytest.mark.parametrize("speaker, verb", [("Messi", "replied"), ("the visitors", "responded"),
                                           ("Ortiz", "answered"), ("the ministry", "confirmed")])
def test_a_reporting_verb_telling_when_something_happened_reports_nothing(conjunction, speaker, verb):
    """'Mbappe took the first kick, netting his third, before Messi replied': an act, no source."""
    assert analyze(f"The striker scored from the spot {conjunction} {speaker} {verb}.").attributions == []
    assert analyze(f"The toll rose to 40, {speaker} {verb}.").attributions != []


@pytest.mark.parametrize("conjunction", ["although", "because", "after"])
def test_a_reporting_verb_after_a_conjunction_still_reports_its_clause(conjunction):
    """'..., although scientists believed the effect would be closer to 10 minutes': a report."""
    body = f"The probe was meant to shorten the orbit by 73 seconds, {conjunction} scientists believed the effect would be larger."
    assert sources(body) == [("scientists", "unspecified")]


@pytest.mark.parametrize("people", ["officials", "a spokeswoman", "two engineers", "investigators"])
@pytest.mark.parametrize("body", ["the U.S. Coast Guard", "the state transport ministry", "the Kelso Port Authority"])
@pytest.mark.parametrize("opening", ["", "On Tuesday night, "])
def test_people_with_a_body_are_a_source(people, body, opening):
    """'officials with the U.S. Coast Guard said search efforts were shifting': unnamed people of a body."""
    text = f"{opening}{people} with {body} said search efforts were shifting to recovery."
    text = text[0].upper() + text[1:]
    found = sources(text)
    assert len(found) == 1 and found[0][0].lower() == f"{people} with {body}".lower()


@pytest.mark.parametrize("first, second", [("Mayor Ada Quill", "Governor Ben Adler"), ("Ortiz", "Reyes")])
@pytest.mark.parametrize("verb", ["said", "told reporters"])
def test_both_belongs_to_no_name(first, second, verb):
    """Depp v. Heard (r43): "both Depp, 58, and Heard, 36, ..." gave the source "both Depp"."""
    found = sources(f"Both {first} and {second} {verb} that the plan was sound.")
    assert found and all(not name.lower().startswith("both") for name, _ in found)


@pytest.mark.parametrize("pair", ["Depp, 58, and Heard, 36,", "both Ortiz and Reyes", "the two clubs"])
@pytest.mark.parametrize("verb, other", [("accused", "each other"), ("blamed", "one another")])
def test_a_quarrel_told_credits_no_one(pair, verb, other):
    """'... a trial in which both Depp, 58, and Heard, 36, accused each other of abuse'."""
    assert analyze(f"It was a six-week trial in which {pair} {verb} {other} of lying.").attributions == []


@pytest.mark.parametrize("label", ["Key comments:", "Reader reports:", "Staff notes:"])
def test_a_label_line_is_no_attribution(label):
    """FTX (r47): the heading "Key comments:" gave the source "Key" ("comments" read as a verb)."""
    body = f"The exchange filed for bankruptcy on Friday.\n{label}\nThe chief executive resigned on Friday."
    assert analyze(body).attributions == []
    assert analyze("The exchange filed for bankruptcy on Friday.\nOrtiz said:\n\"We will rebuild it.\"").attributions


@pytest.mark.parametrize("company", ["Nomura Holdings", "Kelso Marine", "Harbor Foods"])
@pytest.mark.parametrize("suffix", ["Inc", "Inc.", "Ltd.", "plc"])
@pytest.mark.parametrize("verb", ["said", "confirmed"])
def test_a_company_suffix_after_a_comma_keeps_its_name(company, suffix, verb):
    """Archegos (r49): "In a statement, Nomura Holdings, Inc said ..." gave the source "Inc"."""
    found = sources(f"In a statement, {company}, {suffix} {verb} that it could face a loss of $2 billion.")
    assert found == [(f"{company}, {suffix}", "named_organization")]
