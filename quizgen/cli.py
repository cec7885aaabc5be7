"""The `quizgen` command: a thin click adapter over the library.

Library functions raise QuizgenError subclasses; this module turns them into one-line
messages on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import errno
import json
import re
import socket
import sys
from pathlib import Path

import click

from quizgen.errors import QuizgenError
from quizgen.export import EXPORT_LABELS
from quizgen.models import SKILLS, Quiz
from quizgen.settings import DEFAULT_QUESTION_COUNT, DIFFICULTIES, MAX_QUESTION_COUNT

STDIN = "-"
# "https://outlet.example/story": a web address, not a file (the CLI never fetches pages)
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _fail(err: Exception) -> None:
    click.echo(f"error: {err}", err=True)
    sys.exit(2)


def _sample_files(name: str) -> tuple[str, ...]:
    """The article files of a bundled sample set ('' = the first one)."""
    from quizgen.data import sample_sets

    sets = sample_sets()
    chosen = next((s for s in sets if s.name == name), None) if name else (sets[0] if sets else None)
    if chosen is None:
        raise click.BadParameter(f"no sample set {name!r}; choose one of: {', '.join(s.name for s in sets)}",
                                 param_hint="--sample")
    return tuple(str(p) for p in chosen.paths)


def _load_report(files: tuple[str, ...], sample: str | None = None, *, labelled: bool = False):
    """Analyze FILE... (or stdin for '-', or a bundled sample) into a Report.

    `labelled`: an unknown outlet is called "Article 2" (for quizzes), not null (the report).
    """
    from quizgen.ingest import read_bytes, read_path
    from quizgen.pipeline import build_report, labelled_report, unique_ids

    if sample is not None:
        files = files + _sample_files(sample)
    if not files:
        raise click.UsageError("give article files (or '-' for stdin), or --sample for a bundled sample set")
    articles = []
    for name in files:
        if _URL.match(name):  # quoted as given: Path() would turn "https://" into "https:/"
            raise QuizgenError(f"{name}: the command line does not fetch web pages. Open the page in a browser, "
                               "save it (File > Save Page As..., \"Web Page, HTML only\") and give the saved .html "
                               "file, or paste the article's text into a .txt file.")
        if name == STDIN:
            articles.append(read_bytes(sys.stdin.buffer.read(), name="stdin.txt", article_id="stdin"))
        else:
            articles.append(read_path(name))
    report = (labelled_report if labelled else build_report)(unique_ids(articles))
    if not report.comparison.same_event:
        groups = "; ".join(", ".join(g) for g in report.comparison.event_groups)
        click.echo(f"warning: these articles are not about one event ({groups}); "
                   "they are compared only within each group", err=True)
    return report


class QuizgenGroup(click.Group):
    """Turns library errors into clear messages at the edge."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QuizgenError as err:
            _fail(err)
        except (UnicodeError, OSError, ValueError) as err:  # unexpected input trouble: still no traceback
            _fail(err)


@click.group(cls=QuizgenGroup)
@click.version_option(package_name="quizgen")
def main() -> None:
    """quizgen: media-literacy quizzes from several outlets' coverage of one event."""


SAMPLE_OPTION = click.option(
    "--sample", is_flag=False, flag_value="", default=None, metavar="[NAME]",
    help="Add a bundled sample set (default: the first; see `quizgen samples`).")


@main.command()
@click.argument("files", nargs=-1)
@SAMPLE_OPTION
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True,
              help="json: the analysis report (schema: quizgen/schemas/report.schema.json); text: for people.")
def analyze(files: tuple[str, ...], sample: str | None, fmt: str) -> None:
    """Analyze articles: sources, unverified claims, coverage comparison.

    FILE may be .txt, .md, .html or '-' for stdin.
    """
    from quizgen.report import render_text

    report = _load_report(files, sample)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report))


EXPORT_FORMATS = list(EXPORT_LABELS)
FORMAT_HELP = "; ".join(f"{name}: {label}" for name, label in EXPORT_LABELS.items()) + "."


def _write(data: bytes, output: str | None) -> None:
    if output:
        folder = Path(output).parent
        if not folder.is_dir():
            raise QuizgenError(f"cannot write {output}: the folder {folder} does not exist; create it first "
                               "or choose another --output.")
        try:
            Path(output).write_bytes(data)
        except OSError as err:
            raise QuizgenError(f"cannot write {output}: {err.strerror or err}.") from None
        click.echo(f"wrote {output}", err=True)
    elif sys.stdout.isatty() and data[:2] == b"PK":
        raise click.UsageError("this format is a zip file: pass --output FILE")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@main.command()
@click.argument("files", nargs=-1)
@SAMPLE_OPTION
@click.option("--skills", default=",".join(SKILLS), show_default=True,
              help="Comma-separated: find_source, spot_unverified, compare_coverage.")
@click.option("--count", type=click.IntRange(1, MAX_QUESTION_COUNT), default=DEFAULT_QUESTION_COUNT, show_default=True)
@click.option("--difficulty", type=click.IntRange(min(DIFFICULTIES), max(DIFFICULTIES)), default=None,
              help="1 (easy) to 3 (hard); default: a mix.")
@click.option("--seed", type=int, default=0, show_default=True, help="Same inputs and seed give the same quiz.")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True,
              help=FORMAT_HELP)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
def generate(files, sample, skills, count, difficulty, seed, fmt, output) -> None:
    """Generate a quiz from articles about one event."""
    from quizgen.export import export_quiz
    from quizgen.generate import generate_quiz

    chosen = [s.strip() for s in skills.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SKILLS]
    if unknown or not chosen:
        raise click.BadParameter(f"unknown skill(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(SKILLS)}",
                                 param_hint="--skills")
    report = _load_report(files, sample, labelled=True)
    quiz = generate_quiz(report, skills=chosen, count=count, difficulty=difficulty, seed=seed)
    for note in quiz.notes:  # why the quiz is shorter than asked, or lacks a skill
        click.echo(f"note: {note}", err=True)
    _write(export_quiz(quiz, fmt), output)


@main.command()
def samples() -> None:
    """List the bundled sample sets (invented events covered by invented outlets)."""
    from quizgen.data import sample_sets

    for s in sample_sets():
        click.echo(f"{s.name}: {s.title} ({len(s.paths)} articles)")
        click.echo(f"    {s.description}")
        click.echo(f"    practises: {', '.join(f.skill for f in s.skills)}")


@main.command()
@click.argument("quiz_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help=FORMAT_HELP)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
def export(quiz_file: str, fmt: str, output: str | None) -> None:
    """Export a quiz JSON file (from `generate --format json`) to another format."""
    from quizgen.export import export_quiz
    from quizgen.generate.schema import validate_quiz

    try:
        data = json.loads(Path(quiz_file).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise click.BadParameter(f"{quiz_file} is not a quiz JSON file ({err})", param_hint="QUIZ_FILE") from err
    validate_quiz(data)
    _write(export_quiz(Quiz.from_dict(data), fmt), output)


@main.command("validate-templates")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def validate_templates(paths: tuple[str, ...]) -> None:
    """Check question templates against their JSON Schema (default: the bundled ones)."""
    from quizgen.generate.templates import check_template_files

    problems, count = check_template_files([Path(p) for p in paths] or None)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        sys.exit(1)
    click.echo(f"{count} templates OK")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--dev", is_flag=True, help="Flask's reloading development server instead of gunicorn/waitress.")
def serve(host: str, port: int, dev: bool) -> None:
    """Serve the classroom web app (SQLite in the instance folder unless QUIZGEN_DATABASE_URL is set)."""
    problem = _cannot_listen(host, port)
    if problem:  # said before anything (instance folder, database) is created
        raise QuizgenError(f"cannot serve on {host}:{port}: {problem}")
    click.echo(f"quizgen on http://{host}:{port}/", err=True)
    if dev:
        from quizgen.web import create_app

        create_app().run(host=host, port=port, debug=True)
    else:
        from quizgen.web.serving import serve as serve_app

        serve_app(host, port)


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port (None when it can), tried with a throwaway socket."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn and waitress do
            probe.bind((host, port))
    except socket.gaierror:
        return f"{host} is not an address of this computer; try --host 127.0.0.1 or --host 0.0.0.0."
    except PermissionError:
        return f"port {port} needs administrator rights; choose a port above 1023 with --port."
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            return f"port {port} is in use (is quizgen already running?); choose another with --port {port + 1}."
        return f"{err.strerror or err}."
    return None


if __name__ == "__main__":
    main()
