"""Bad input: every case gets a clear one-line message or a report, never a traceback.

Big and binary inputs are generated in tmp_path, never committed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.analyze import analyze_article
from quizgen.cli import main
from quizgen.errors import InputError
from quizgen.ingest import from_text, read_bytes
from quizgen.models import Article
from quizgen.pipeline import build_report

NEWS_TEXT = (
    "Crews reopened the Lindell Bridge on Friday after three weeks of repairs, city engineer Mara Voss said.\n\n"
    "The repairs cost about $2.4 million, according to a city budget report.\n"
)
BOILERPLATE_ONLY = (
    "Leave a Reply\n"
    "Your email address will not be published. Required fields are marked *\n"
    "You May Also Like\n"
    "We use cookies to improve your experience. Accept\n"
    "Sign up for our newsletter\n"
    "Share this: Facebook | X | Email\n"
    "Recent Posts\n"
)
BOILERPLATE_LINES = ("Leave a Reply", "You May Also Like", "Required fields are marked", "Recent Posts")
SPANISH_TEXT = (
    "Las autoridades evacuaron a unas 800 personas el jueves después de que se rompiera una compuerta de la "
    "presa, dijo la alcaldesa Lucía Ferrer. «No hubo heridos», afirmó en una rueda de prensa.\n\n"
    "Según un informe del gobierno regional, la presa tiene más de sesenta años.\n"
)
TEN_MB = 10 * 1024 * 1024
MARKER = "SCRIPT-MARKER-7f3a"
HTML_WITH_SCRIPTS = f"""<!doctype html>
<html><head><title>Lindell Bridge reopens | The Harbor Post</title>
<script>window.tracker = "{MARKER}";</script></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Lindell Bridge reopens</h1>
<p>Crews reopened the Lindell Bridge on Friday after three weeks of repairs, city engineer Mara Voss said.
The work finished two days ahead of schedule, she said.</p>
<script>alert("{MARKER}")</script>
<p>The repairs cost about $2.4 million, according to a city budget report released on Thursday.
Traffic on the bridge is expected to return to normal by Monday, the city's transport office said.</p>
<img src="x" onerror="alert('{MARKER}')">
</article></body></html>
"""


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _assert_no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"unhandled {type(result.exception).__name__}: {result.exception}")


def _assert_one_line_error(result, name: str) -> None:
    """Non-zero exit and one message line on stderr that names the file (or its stem, the article id)."""
    _assert_no_traceback(result)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert Path(name).stem in lines[0], f"the message does not say which file: {lines[0]!r}"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


UNREADABLE = {
    "empty": ("empty.txt", b""),
    "blank lines only": ("blank.txt", b"\n \n\t\n"),
    "binary (an image)": ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64),
    "binary that is valid UTF-8 (NUL bytes)": ("nul.txt", b"\x00\x01\x02\x03" * 4096),
    "10 MB": ("huge.txt", NEWS_TEXT.encode() * (TEN_MB // len(NEWS_TEXT.encode()) + 1)),
}


COMMANDS = {"analyze json": ("analyze", "--format", "json"), "analyze text": ("analyze", "--format", "text"),
            "generate": ("generate", "--format", "json")}


@pytest.mark.parametrize("case", list(UNREADABLE), ids=list(UNREADABLE))
@pytest.mark.parametrize("command", list(COMMANDS), ids=list(COMMANDS))
def test_unreadable_file_gives_one_line_message_and_nonzero_exit(tmp_path, case, command):
    name, data = UNREADABLE[case]
    path = _write(tmp_path, name, data)
    _assert_one_line_error(_run(*COMMANDS[command], str(path)), name)


def test_missing_file_gives_one_line_message(tmp_path):
    _assert_one_line_error(_run("analyze", str(tmp_path / "nowhere.txt")), "nowhere.txt")


def test_too_large_message_names_the_limit(tmp_path):
    name, data = UNREADABLE["10 MB"]
    result = _run("analyze", str(_write(tmp_path, name, data)))
    assert "limit" in result.stderr.lower()


def _report_or_message(result, name: str) -> dict | None:
    """Readable-but-odd input: either a JSON report (returned) or a one-line message."""
    _assert_no_traceback(result)
    if result.exit_code != 0:
        _assert_one_line_error(result, name)
        return None
    return json.loads(result.stdout)


def test_boilerplate_only_file_finds_no_article_body(tmp_path):
    path = _write(tmp_path, "junk.txt", BOILERPLATE_ONLY.encode())
    report = _report_or_message(_run("analyze", "--format", "json", str(path)), "junk.txt")
    if report is not None:
        body = report["articles"][0]["body"]
        assert not any(line in body for line in BOILERPLATE_LINES), f"boilerplate kept as the body: {body!r}"


def test_non_utf8_text_is_decoded_or_refused_clearly(tmp_path):
    text = "Café owners in Lindell said the bridge closure cost them customers, according to Mara Voss."
    path = _write(tmp_path, "latin1.txt", text.encode("cp1252"))
    report = _report_or_message(_run("analyze", "--format", "json", str(path)), "latin1.txt")
    if report is not None:
        assert "Café" in report["articles"][0]["body"], "bytes were decoded into the wrong characters"


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_text_in_another_language_gets_a_report_or_a_message(tmp_path, fmt):
    path = _write(tmp_path, "presa.txt", SPANISH_TEXT.encode())
    result = _run("analyze", "--format", fmt, str(path))
    if fmt == "json":
        report = _report_or_message(result, "presa.txt")
        if report is not None:
            assert "presa" in report["articles"][0]["body"]
    else:
        _assert_no_traceback(result)


def test_html_scripts_never_reach_the_body(tmp_path):
    path = _write(tmp_path, "bridge.html", HTML_WITH_SCRIPTS.encode())
    result = _run("analyze", "--format", "json", str(path))
    _assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["articles"][0]
    assert MARKER not in article["body"] and "<script" not in article["body"]
    assert "Crews reopened the Lindell Bridge" in article["body"]
    assert all(MARKER not in s["text"] for s in article["sentences"])


# --- the library ------------------------------------------------------------------------

@pytest.mark.parametrize("case", list(UNREADABLE), ids=list(UNREADABLE))
def test_read_bytes_raises_input_error_for_unreadable_data(case):
    name, data = UNREADABLE[case]
    with pytest.raises(InputError, match=Path(name).stem):
        read_bytes(data, name=name)


def test_read_bytes_reads_plain_news_text():
    article = read_bytes(NEWS_TEXT.encode(), name="bridge.txt")
    assert article.id == "bridge" and "Lindell Bridge" in article.body


# Text that looks a little like news (quotes, cues, abbreviations, numbers, line breaks)
# reaches far more branches of the analysis than uniformly random characters.
NEWS_PIECES = st.sampled_from([
    " said", " told Reuters", " according to", " a senior official", " reportedly", " is expected to",
    " “", "”", " \"", "'", " U.S.", " Dr.", " Sept.", " 1,200", " 3.5%", " $2 million", ".", "?", "!",
    "\n", "\n\n", " —", " (", ")", " The Times", " he", " she", " who spoke on condition of anonymity",
    " citing", " first reported", " Leave a Reply", " Keep Reading", " <b>", "</p>", " ", "\u00a0", "\t",
])
NEWSY_TEXT = st.lists(st.one_of(NEWS_PIECES, st.text(max_size=12)), max_size=400).map("".join)
MAX_FUZZ_CHARS = 20_000
# Hypothesis rarely draws long strings by itself: one branch repeats newsy text up to
# the limit, so that long inputs (and slow, backtracking patterns) are exercised too.
LONG_NEWSY_TEXT = NEWSY_TEXT.filter(bool).map(lambda t: (t * (MAX_FUZZ_CHARS // len(t) + 1))[:MAX_FUZZ_CHARS])
ANY_TEXT = st.one_of(st.text(max_size=MAX_FUZZ_CHARS), NEWSY_TEXT, LONG_NEWSY_TEXT)
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _check_analysis(article: Article) -> None:
    analysis = analyze_article(article)
    for sentence in analysis.sentences:
        assert article.body[sentence.start:sentence.end] == sentence.text
    json.dumps(analysis.to_dict())


@FUZZ
@given(ANY_TEXT)
def test_analyze_article_never_raises(text):
    _check_analysis(Article(id="fuzz", body=text))


@FUZZ
@given(ANY_TEXT)
def test_ingest_raises_only_input_error(text):
    try:
        article = from_text(text, article_id="fuzz")
    except InputError:
        return
    _check_analysis(article)


@FUZZ
@given(ANY_TEXT, ANY_TEXT)
def test_build_report_never_raises(first, second):
    report = build_report([Article(id="a", body=first), Article(id="b", body=second)])
    assert [a.article.id for a in report.articles] == ["a", "b"]
    json.dumps(report.to_dict())
