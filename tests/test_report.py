"""The analysis report: schema, JSON round trip, text format."""

from __future__ import annotations

import json

import pytest

from quizgen.ingest import from_text
from quizgen.models import Report
from quizgen.pipeline import build_report
from quizgen.report import ReportError, render_text, validate_report

ARTICLE_A = (
    "Floodgates at the Marrow Creek dam were opened on Tuesday, county engineer Dana Okafor said.\n\n"
    "About 1,200 residents were evacuated, according to a statement from the county.\n\n"
    "The reservoir will likely stay high through the weekend, officials said."
)
ARTICLE_B = (
    "Some 1,500 people left their homes near Marrow Creek, a person familiar with the evacuation said.\n\n"
    "The Valley Ledger was the first to report the opening of the floodgates."
)


@pytest.fixture(scope="module")
def report() -> Report:
    return build_report([from_text(ARTICLE_A, article_id="ledger", outlet="Harbor Post"),
                         from_text(ARTICLE_B, article_id="courier", outlet="Tri-County Courier")])


def test_report_follows_its_schema(report):
    validate_report(report.to_dict())


def test_report_round_trips_through_json(report):
    data = json.loads(json.dumps(report.to_dict()))
    assert Report.from_dict(data).to_dict() == data


def test_sentence_offsets_point_into_the_body(report):
    for art in report.articles:
        assert art.sentences, "every article has sentences"
        for s in art.sentences:
            assert art.article.body[s.start:s.end] == s.text


def test_schema_rejects_an_unknown_source_type(report):
    data = report.to_dict()
    data["articles"][0]["attributions"] = [{"source": "x", "source_type": "rumour", "cue": "said",
                                            "sentence": "ledger.s1", "text": "t"}]
    with pytest.raises(ReportError, match=r"\$\.articles\[0\]\.attributions\[0\]\.source_type"):
        validate_report(data)


def test_schema_requires_the_contract_fields(report):
    data = report.to_dict()
    del data["articles"][1]["cited_outlets"]
    with pytest.raises(ReportError, match="cited_outlets"):
        validate_report(data)


def test_text_format_names_each_outlet_and_its_flags(report):
    text = render_text(report)
    assert "== ledger: Harbor Post" in text
    assert "== courier: Tri-County Courier" in text
    assert "First reported by:" in text
    for art in report.articles:
        for flag in art.flags:
            assert ", ".join(flag.reasons) in text
