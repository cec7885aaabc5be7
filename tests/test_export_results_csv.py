"""Results CSV: readable in a spreadsheet, safe from formula injection."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_export_common import sample_quiz

from quizgen.export.results_csv import (FORMULA_STARTS, RESULT_HEADER, ResultRow, StudentTotals, describe_response,
                                        gradebook_to_csv, results_to_csv, safe_cell, summarize, summary_to_csv)

WHEN = datetime(2026, 3, 4, 9, 30, 15, tzinfo=timezone.utc)


def _read(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_one_line_per_answer_with_header() -> None:
    rows = [ResultRow("Zoë", "q1", "find_source", "engineer Ana Ruiz", True, WHEN),
            ResultRow("Max", "q7", "compare_coverage", "Because,\n\"different\" sources", None,
                      datetime(2026, 3, 4, 10, 0)),
            ResultRow("Ali", "q3", "spot_unverified", "True", False, "2026-03-04T11:00:00Z")]
    assert _read(results_to_csv(rows)) == [
        list(RESULT_HEADER),
        ["Zoë", "q1", "find_source", "engineer Ana Ruiz", "yes", "2026-03-04T09:30:15Z"],
        ["Max", "q7", "compare_coverage", "Because,\n\"different\" sources", "", "2026-03-04T10:00:00Z"],
        ["Ali", "q3", "spot_unverified", "True", "no", "2026-03-04T11:00:00Z"]]


def test_times_are_written_in_utc() -> None:
    local = WHEN.astimezone(timezone(timedelta(hours=2)))
    assert _read(results_to_csv([ResultRow("a", "q1", "s", "x", True, local)]))[1][5] == "2026-03-04T09:30:15Z"


def test_formula_cells_are_neutralised() -> None:
    rows = [ResultRow("=HYPERLINK(\"http://x\")", "q1", "find_source", "+1", True, WHEN),
            ResultRow("@SUM(A1)", "q1", "find_source", "-2", False, WHEN),
            ResultRow("\tTAB", "q1", "find_source", "plain", False, WHEN)]
    read = _read(results_to_csv(rows))
    assert [r[0] for r in read[1:]] == ["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "'\tTAB"]
    assert [r[3] for r in read[1:]] == ["'+1", "'-2", "plain"]


@given(st.text(st.characters(blacklist_categories=("Cs",))))
@example(" \t")
@example("  =1+1")
def test_any_nickname_reads_back_as_text(nickname: str) -> None:
    read = _read(results_to_csv([ResultRow(nickname, "q1", "find_source", nickname, None, WHEN)]))
    cell = read[1][0]
    assert cell == read[1][3] == safe_cell(nickname)
    assert cell.replace("'", "") == nickname.replace("'", "")  # only apostrophes are added
    # however a spreadsheet splits cells (",", ";" or not at all), no piece starts a formula
    for piece in [cell, *re.split(r"[;,]", cell)[1:]]:
        assert not piece.lstrip(" ").startswith(FORMULA_STARTS)


SEPARATORS = [";", ",", "; ", ",  "]
FORMULAS = ["=HYPERLINK(\"http://x.example\")", "+1+2", "-3*4", "@SUM(A1:A9)", "\tTAB", "\r=1"]


@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize("before", ["Robin", "the mayor", "", "x=1"])
def test_formula_starts_after_a_separator_are_neutralised(separator: str, formula: str, before: str) -> None:
    cell = safe_cell(before + separator + formula)
    pieces = re.split(r"[;,]", cell)
    assert pieces[0].startswith(before)
    assert all(not piece.lstrip(" ").startswith(FORMULA_STARTS) for piece in pieces[1:])
    assert cell.endswith(separator + "'" + formula)


@pytest.mark.parametrize("text", ["Smith, Jones; and others", "3,5", "a;b", "well - maybe", "x, y = 2"])
def test_ordinary_separated_text_is_unchanged(text: str) -> None:
    assert safe_cell(text) == text


def test_summary_per_question() -> None:
    rows = [ResultRow("a", "q1", "find_source", "x", True, WHEN),
            ResultRow("b", "q1", "find_source", "y", False, WHEN),
            ResultRow("c", "q1", "find_source", "x", True, WHEN),
            ResultRow("a", "q7", "compare_coverage", "z", None, WHEN)]
    summaries = summarize(rows)
    assert [(s.question_id, s.answers, s.graded, s.correct, s.percent_correct) for s in summaries] == [
        ("q1", 3, 3, 2, 66.7), ("q7", 1, 0, 0, None)]
    assert _read(summary_to_csv(summaries))[1:] == [["q1", "find_source", "3", "3", "2", "66.7"],
                                                   ["q7", "compare_coverage", "1", "0", "0", ""]]


def test_responses_are_described_with_option_texts() -> None:
    quiz = sample_quiz()
    assert describe_response(quiz.questions[1], ["a", "c"]).startswith("Sources say the city knew")
    assert describe_response(quiz.questions[3], [["l1", "r2"]]) == "Traffic moves to Route 9 -> engineer Ana Ruiz"
    assert describe_response(quiz.questions[5], ["likely"]) == "likely"
    assert describe_response(quiz.questions[0], ["zz"]) == "zz"


def test_gradebook_has_one_row_per_student_with_totals_per_skill() -> None:
    students = [StudentTotals("=Ana", {"find_source": (2, 3), "compare_coverage": (0, 1)}, answered=3, to_grade=1),
                StudentTotals("Bo", {}, answered=0, to_grade=0)]
    assert _read(gradebook_to_csv(["find_source", "compare_coverage", "new_skill"], students)) == [
        ["Student", "Right", "Out of", "Percent", "Answered", "To grade",
         "Find the sources: right", "Find the sources: out of", "Find the sources: percent",
         "Compare coverage: right", "Compare coverage: out of", "Compare coverage: percent",
         "new_skill: right", "new_skill: out of", "new_skill: percent"],
        ["'=Ana", "2", "4", "50.0", "3", "1", "2", "3", "66.7", "0", "1", "0.0", "0", "0", ""],
        ["Bo", "0", "0", "", "0", "0", "0", "0", "", "0", "0", "", "0", "0", ""]]
