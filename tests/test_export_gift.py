"""GIFT: Moodle's escaping, and every exported question read back as Moodle reads it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_export_common import fragment_text, sample_quiz

from quizgen.export.gift import category_path, gift_escape, gift_unescape, quiz_to_gift
from quizgen.export.gift_parser import parse_gift, read_question
from quizgen.models import Choice, Question, Quiz

# text without the control characters the writer drops on purpose
# U+FFFE/U+FFFF are dropped on export (xml_safe: XML cannot carry them), like controls
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff") | st.sampled_from("\n\\{}~=#:%[]->*"))


def _trimmed(text: str) -> str:
    """HTML fields are written trimmed, with one kind of line break."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _read_back(quiz: Quiz):
    categories, questions = parse_gift(quiz_to_gift(quiz))
    return categories, {q.name.split()[0]: q for q in questions}


def test_escaping_is_moodles_repchar() -> None:
    assert gift_escape("a\\b#c=d~e{f}g:h\ni") == "a\\\\b\\#c\\=d\\~e\\{f\\}g\\:h\\ni"
    assert gift_escape("x\r\ny\rz") == "x\\ny\\nz"
    assert gift_unescape("\\\\n") == "\\n"  # an escaped backslash, then a plain n
    assert gift_unescape("C\\:\\\\dir \\q") == "C:\\dir \\q"  # unknown escapes stay as written


@given(TEXT)
def test_escape_then_unescape_gives_the_text_back(text: str) -> None:
    escaped = gift_escape(text)
    assert "\n" not in escaped
    assert gift_unescape(escaped) == text.replace("\r", "")


@given(TEXT)
def test_escaped_text_never_carries_gift_structure(text: str) -> None:
    escaped = gift_escape(text)
    unescaped_specials = escaped.replace("\\\\", "").replace("\\{", "").replace("\\}", "").replace("\\~", "") \
        .replace("\\=", "").replace("\\#", "").replace("\\:", "")
    assert not set("{}~=#:") & set(unescaped_specials)


def test_every_question_reads_back_with_its_type_text_and_answers() -> None:
    quiz = sample_quiz()
    categories, read = _read_back(quiz)
    assert categories == ["$course$/top/Port Velmar bridge: who says so? <&>"]
    assert [q.qtype for q in read.values()] == ["multichoice", "multichoice", "truefalse", "match", "match",
                                                "shortanswer", "essay"]
    for question in quiz.questions:
        parsed = read[question.id]
        assert parsed.text_format == "html"
        assert fragment_text(parsed.text).startswith(question.prompt)
        assert fragment_text(parsed.general_feedback).startswith(question.explanation)
        for evidence in question.evidence:
            assert evidence.text in fragment_text(parsed.general_feedback)

    q1 = read["q1"]
    assert q1.single and [(fragment_text(a.text), a.fraction) for a in q1.answers] == [
        (c.text, 1.0 if c.id == "a" else 0.0) for c in quiz.questions[0].choices]
    q2 = read["q2"]
    assert not q2.single and [a.fraction for a in q2.answers] == [0.5, -0.5, 0.5, -0.5]
    assert [fragment_text(a.text) for a in q2.answers] == [c.text for c in quiz.questions[1].choices]
    assert read["q3"].true_answer is False
    assert [(fragment_text(left), right) for left, right in read["q4"].subquestions] == [
        ("Traffic moves to Route 9", "a city memo"), ("Cracks mean danger", "engineer Ana Ruiz"),
        ("", "C:\\reports\\bridge #2 = {draft}")]
    assert [(fragment_text(left), right) for left, right in read["q5"].subquestions] == [
        ("Coastline Daily {live}", "1st"), ("Nördlicher Kurier", "2nd"), ("The Velmar Ledger", "3rd")]
    # Moodle short answers: "*" is a wildcard, so a literal star is written "\*"
    assert [(a.text, a.fraction) for a in read["q6"].answers] == [
        ("likely", 1.0), ("\\*likely\\*", 1.0), ("\"likely\"", 1.0)]
    assert "Model answer: The Kurier relies" in fragment_text(read["q7"].general_feedback)


@given(prompt=TEXT.filter(str.strip), options=st.lists(TEXT.filter(str.strip), min_size=2, max_size=5, unique=True))
def test_any_text_survives_a_multiple_choice_round_trip(prompt: str, options: list[str]) -> None:
    choices = [Choice(chr(97 + i), text) for i, text in enumerate(options)]
    quiz = Quiz(1, [], [Question("q1", "find_source", "multiple_choice", "t", 1, prompt, choices, ["b"], "", [])])
    _, read = _read_back(quiz)
    parsed = read["q1"]
    assert parsed.qtype == "multichoice" and parsed.single
    assert fragment_text(parsed.text) == _trimmed(prompt)
    assert [fragment_text(a.text) for a in parsed.answers] == [_trimmed(o) for o in options]
    assert [a.fraction for a in parsed.answers] == [1.0 if c.id == "b" else 0.0 for c in choices]


@given(st.lists(TEXT.filter(lambda t: t.strip() and "->" not in t), min_size=1, max_size=4, unique=True))
def test_any_accepted_answer_survives_a_short_answer_round_trip(accepted: list[str]) -> None:
    quiz = Quiz(1, [], [Question("q1", "spot_unverified", "short_answer", "t", 1, "Which word?", [], accepted,
                                 "", [])])
    _, read = _read_back(quiz)
    assert read["q1"].qtype == "shortanswer"
    assert [a.text for a in read["q1"].answers] == [a.replace("\r", "").replace("*", "\\*").strip()
                                                    for a in accepted]


def test_category_path_doubles_slashes_and_flattens_lines() -> None:
    assert category_path("Week 3/4:\nbridge") == "$course$/top/Week 3//4: bridge"


@pytest.mark.parametrize("block", ["// only a comment", "   "])
def test_blocks_without_a_question_are_skipped(block: str) -> None:
    assert read_question(block) is None
