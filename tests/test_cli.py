"""The click adapter: documented commands, clear errors, no tracebacks."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import main

REPO = Path(__file__).resolve().parents[1]

ARTICLE = (
    "The Harbor Post\n\n"
    "Crews reopened the Lindell Bridge on Friday after three weeks of repairs, city engineer Mara Voss said.\n\n"
    "The repairs cost about $2.4 million, according to a city budget report.\n"
)


def test_every_command_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"quizgen {name}" in readme, f"README does not document `quizgen {name}`"


def test_every_command_has_help():
    runner = CliRunner()
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert main.commands[name].help, f"{name} has no docstring"


def test_analyze_json_from_stdin():
    result = CliRunner().invoke(main, ["analyze", "--format", "json", "-"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [a["id"] for a in report["articles"]] == ["stdin"]


def test_analyze_without_files_explains_what_to_give():
    result = CliRunner().invoke(main, ["analyze"])
    assert result.exit_code == 2
    assert "--sample" in result.output


def test_missing_file_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "nope.txt" in result.output


def test_same_file_twice_gets_distinct_ids(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", "--format", "json", str(path), str(path)])
    assert result.exit_code == 0, result.output
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["post", "post-2"]


def test_unknown_skill_is_rejected(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["generate", "--skills", "guessing", str(path)])
    assert result.exit_code == 2
    assert "guessing" in result.output


@pytest.mark.parametrize("url", ["https://news.example/2026/05/bridge-reopens", "http://local.example//a//b.html",
                                 "HTTPS://Outlet.example/story?id=3"])
def test_a_url_is_not_fetched_and_the_message_says_how_to_save_the_page(url):
    result = CliRunner().invoke(main, ["analyze", url])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert url in result.output  # as typed: "//" is not collapsed into "/"
    assert "does not fetch web pages" in result.output and "Save Page As" in result.output


@pytest.mark.parametrize("command", [["generate", "--sample"], ["generate", "--sample", "--format", "gift"]])
def test_output_into_a_missing_folder_is_a_clear_message(tmp_path, command):
    target = tmp_path / "no" / "such" / "folder" / "quiz.out"
    result = CliRunner().invoke(main, [*command, "-o", str(target)])
    assert result.exit_code == 2 and "Errno" not in result.output and "Traceback" not in result.output
    assert "does not exist" in result.output and str(target.parent) in result.output
    assert not target.parent.exists()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_serve_on_a_busy_port_says_so_in_one_line_before_creating_anything(tmp_path, monkeypatch, host):
    instance = tmp_path / "instance"
    monkeypatch.setenv("QUIZGEN_INSTANCE_PATH", str(instance))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--host", host, "--port", str(port)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and f"port {port} is in use" in lines[0], result.output
    assert "quizgen on" not in result.output and not instance.exists()
