"""Same event or not, and who broke the story: invented events, outlets and phrasings."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_compare import make_analysis

from quizgen.analyze import analyze_article
from quizgen.cli import main
from quizgen.compare import compare
from quizgen.compare.scoop import first_reported_by
from quizgen.ingest import read_path
from quizgen.models import Comparison

FLOOD = [
    "The Tarvin River burst its banks in Ostrel on Friday, flooding 300 homes near the old mill.",
    "Mayor Ilse Varga said the Ostrel flood defences had not been repaired since the spring storms.",
    "Volunteers filled sandbags outside the Ostrel town hall through the night.",
    "The Tarvin River is expected to fall by Monday, the Ostrel water board said.",
]
FLOOD_AGAIN = [
    "Floodwater from the Tarvin River reached 300 homes in Ostrel on Friday.",
    "Ostrel volunteers worked through the night filling sandbags at the town hall.",
    "Mayor Ilse Varga blamed defences that were never repaired after spring storms.",
]
ELECTION = [
    "Voters in Kessel chose Dario Penn as their new governor on Sunday after a tight race.",
    "Penn promised to cut ferry fares and to build a new hospital in the Kessel capital.",
    "Turnout in Kessel rose to its highest level in two decades, election officials said.",
    "His rival, Marta Lenz, conceded late on Sunday night.",
]
ELECTION_AGAIN = [
    "Dario Penn won the Kessel governor race on Sunday, beating Marta Lenz.",
    "Penn's campaign promised cheaper ferry fares and a hospital for the Kessel capital.",
    "Election officials in Kessel said turnout was the highest in twenty years.",
]


def test_articles_on_one_event_are_one_group():
    comparison = compare([make_analysis("a", FLOOD), make_analysis("b", FLOOD_AGAIN)])
    assert comparison.same_event and comparison.event_groups == [["a", "b"]]
    assert comparison.to_dict()["same_event"] is True


@pytest.mark.parametrize("order", list(itertools.permutations(["flood", "flood2", "vote", "vote2"]))[:6])
def test_articles_on_two_events_are_compared_only_within_each(order):
    texts = {"flood": FLOOD, "flood2": FLOOD_AGAIN, "vote": ELECTION, "vote2": ELECTION_AGAIN}
    comparison = compare([make_analysis(name, texts[name]) for name in order])
    assert not comparison.same_event
    assert sorted(sorted(g) for g in comparison.event_groups) == [["flood", "flood2"], ["vote", "vote2"]]
    event_of = {name: name.rstrip("2") for name in order}
    for item in [*comparison.facts, *comparison.discrepancies]:
        mentions = item.mentions if hasattr(item, "mentions") else item.versions
        assert len({event_of[m.article] for m in mentions}) == 1
    assert comparison.facts, "each event keeps its own facts"
    data = comparison.to_dict()
    assert data["same_event"] is False
    assert Comparison.from_dict(data).event_groups == comparison.event_groups


def test_an_article_on_another_event_stands_alone():
    comparison = compare([make_analysis("a", FLOOD), make_analysis("b", FLOOD_AGAIN), make_analysis("c", ELECTION)])
    assert sorted(sorted(g) for g in comparison.event_groups) == [["a", "b"], ["c"]]
    assert all("c" not in {m.article for m in f.mentions} for f in comparison.facts)


def test_cli_warns_on_stderr_when_articles_are_not_about_one_event(tmp_path):
    paths = []
    for name, text in (("flood", FLOOD), ("vote", ELECTION)):
        path = tmp_path / f"{name}.txt"
        path.write_text("\n\n".join(text), encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["analyze", "--format", "json", *paths])
    assert result.exit_code == 0
    assert "not about one event" in result.stderr
    assert '"same_event": false' in result.stdout
    one = CliRunner().invoke(main, ["analyze", "--format", "json", paths[0], paths[0]])
    assert "not about one event" not in one.stderr


# --- who broke the story ------------------------------------------------------------------

OUTLETS = ["Harbor Ledger", "Lakeside Weekly", "The Marren Courier"]
SCOOP_PHRASES = [
    "The closure of the Ostrel mill was first reported by {o}.",
    "{o} was the first to report the closure of the Ostrel mill.",
    "{o} broke the news of the mill closure on Monday.",
    "The Ostrel mill will close, according to {o}, which first reported the plan.",
]


@pytest.mark.parametrize("phrase,outlet", list(itertools.product(SCOOP_PHRASES, OUTLETS)))
def test_scoop_phrasings_credit_the_outlet(phrase, outlet):
    crediting = make_analysis("a", ["The Ostrel mill will close in May, putting 200 jobs at risk.",
                                    phrase.format(o=outlet)], cited=[outlet])
    other = make_analysis("b", ["The Ostrel mill is to close in May."])
    assert first_reported_by([crediting, other]) in {outlet, outlet.removeprefix("The ")}


@pytest.mark.parametrize("outlet", OUTLETS)
def test_a_lead_citing_a_report_credits_it_when_nobody_names_a_scoop(outlet):
    lead = make_analysis("a", [f"The Ostrel mill will close in May, according to a report in {outlet}.",
                               "Workers gathered at the gate on Tuesday."], cited=[outlet])
    assert first_reported_by([lead]) in {outlet, outlet.removeprefix("The ")}
    # a citation deep in the story is not the central claim
    late = make_analysis("b", ["The Ostrel mill will close in May.", "Workers gathered at the gate.",
                               "The union met on Monday.",
                               f"Pay talks failed, according to a report in {outlet}."], cited=[outlet])
    assert first_reported_by([late]) is None
    # an outright scoop credit wins over a cited report
    scoop = make_analysis("c", ["Harbor Wire was the first to report the closure."], cited=["Harbor Wire"])
    assert first_reported_by([lead, scoop]) == "Harbor Wire"


SAMPLES = sorted(p for p in (Path(__file__).parent.parent / "quizgen" / "data" / "samples").iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def sample_analyses():
    return {d.name: [analyze_article(read_path(p)) for p in sorted(d.glob("*.txt"))] for d in SAMPLES}


def test_bundled_sample_events_are_told_apart(sample_analyses):
    for name, analyses in sample_analyses.items():
        assert compare(analyses).same_event, name
    for one, two in itertools.combinations(sample_analyses, 2):
        for k in (1, 3):
            groups = compare(sample_analyses[one][:k] + sample_analyses[two][:k]).event_groups
            assert len(groups) == 2, (one, two, k, groups)


# --- a short article shares few words with long ones on its event ------------------------------

LONG_REPORT = [
    "A powerful {noun} struck {place} early on {day}, flattening homes and cutting roads across the region.",
    "{person}, the regional governor, said rescue teams had been sent from three neighbouring provinces.",
    "Hospitals in {place} were treating hundreds of injured residents, according to health officials.",
    "Aid groups appealed for blankets, tents and clean water as temperatures dropped overnight.",
    "Engineers were inspecting bridges and dams for cracks before traffic could resume.",
    "Schools will stay closed for the rest of the week while buildings are checked.",
    "Many families spent the night in cars or in public parks, afraid to return indoors.",
    "{person} said the government would pay for temporary housing for those who lost their homes.",
    "Power was restored to most districts by the evening, the electricity company said.",
    "Neighbouring countries offered search dogs and field hospitals.",
    "The last comparable disaster in the area happened more than forty years ago.",
    "Seismologists warned that further shocks could follow in the coming days.",
    "Volunteers queued outside blood banks in the provincial capital.",
    "Television footage showed collapsed apartment blocks and crushed cars in the old town.",
    "Mobile networks were overloaded as relatives tried to reach one another.",
    "Officials said a full count of the damage would take weeks.",
]
SHORT_REPORT = [
    "The {noun} in {place} has left a trail of destruction.",
    "Survivors described walls shaking for almost a minute.",
    "Rescuers dug through rubble with bare hands in several villages.",
    "Shops sold out of bottled water within hours.",
    "A stadium was opened as a shelter.",
    "Foreign teams are expected to arrive on Sunday.",
    "The airport remained open.",
    "Insurers have not yet estimated the losses.",
]
EVENTS = [("earthquake", "Varnesh", "Oksana Belir", "Tuesday"), ("flood", "Dunmore Vale", "Piet Hallam", "Friday"),
          ("wildfire", "Sorrel Bay", "Amara Quist", "Monday")]


def _report(sentences, noun, place, person, day, name):
    return make_analysis(name, [s.format(noun=noun, place=place, person=person, day=day) for s in sentences])


@pytest.mark.parametrize("noun,place,person,day", EVENTS)
def test_a_short_article_stays_with_long_ones_on_its_event(noun, place, person, day):
    long_one = _report(LONG_REPORT, noun, place, person, day, "long1")
    long_two = _report(list(reversed(LONG_REPORT)), noun, place, person, day, "long2")
    short = _report(SHORT_REPORT, noun, place, person, day, "short")
    assert compare([long_one, long_two, short]).same_event


@pytest.mark.parametrize("one,two", list(itertools.combinations(EVENTS, 2)))
def test_short_articles_on_unrelated_events_are_split(one, two):
    first, second = _report(SHORT_REPORT, *one, "a"), _report(FLOOD, *two, "b")
    assert not compare([first, second]).same_event
    assert not compare([_report(SHORT_REPORT[:4], *one, "a"), make_analysis("b", ELECTION)]).same_event


@pytest.mark.parametrize("noun,place,person,day", EVENTS)
def test_a_short_article_sharing_two_main_names_stays_with_its_event(noun, place, person, day):
    short = make_analysis("short", [f"{person} toured {place} on {day}.", f"{person} met families in {place}.",
                                    "The visit lasted two hours.", "Reporters were kept at a distance."])
    long_one = _report(LONG_REPORT, noun, place, person, day, "long1")
    assert compare([long_one, short]).same_event
