"""A classroom rush on loopback: many students join one quiz and answer every question.

Starts the app on 127.0.0.1 (a free port, a temporary SQLite database, the rate limits
on), served by gunicorn (the default: --workers processes of --server-threads threads)
or by waitress (one process, as `quizgen serve`). A teacher signs up, copies a bundled
sample set, generates a quiz and publishes it, all through the HTML forms. Then N
simulated students join with the class code and answer every question the way a browser
does: GET the question page, read the CSRF token and the form's controls from it, POST
the answer, follow the redirect (the feedback page in practice mode). Students keep a
pace: the answer to question n is sent at a random moment of the student's n-th slot of
--pace seconds (default: 85% of the time left after joining, shared by the questions),
sooner if slow pages made them late. The run is bounded: students that are not done by
--duration seconds stop.

Then two closed-loop capacity probes with the same number of client threads (--probe-
clients), --probe-seconds each: the static /healthz endpoint, and the answer endpoint
alone (fresh students POST answers back to back, reusing their session's CSRF token,
without fetching pages). They take turns in --probe-rounds slices, so that other programs'
load on the machine falls on both alike. Their ratio is the answer endpoint's throughput
relative to the cheapest request the same server can serve.

Prints figures (answers submitted vs stored in the database, duplicates, errors, p50/p95
latency of the answer POST, throughputs); asserts nothing.

    python benchmarks/load_students.py [--students 300] [--questions 15] [--duration 60]
        [--pace 3.1] [--mode practice|assessment] [--server waitress|gunicorn]
        [--server-threads 8] [--workers 2] [--database-url postgresql+psycopg://...] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import http.client
import json
import math
import os
import random
import resource
import socket
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

SERVER_CODE = """
import sys
from waitress import serve
from quizgen.web import create_app
serve(create_app(), host="127.0.0.1", port=int(sys.argv[1]), threads=int(sys.argv[2]),
      connection_limit=int(sys.argv[3]), channel_timeout=120, backlog=2048)
"""
GUNICORN_CODE = """
import sys
from quizgen.web.serving import gunicorn_settings, run_gunicorn
port, threads, workers, connections = map(int, sys.argv[1:5])
run_gunicorn({**gunicorn_settings(f"127.0.0.1:{port}", workers, threads),
              "worker_connections": connections, "backlog": 2048})
"""
TEACHER_PASSWORD = "load test teacher password"
# By default students aim to be done when 85% of the time after their join has passed:
# the rest is slack for a slow server (answers not sent by the deadline count as missing).
PACE_SHARE = 0.85
# answers a second one client of the answer probe could send at most (16 clients: 1,600/s,
# well above what a 2-core server stores); its students are prepared for that many
ANSWER_PROBE_RATE = 100


class FormNotFound(Exception):
    """The page lacks the form or token a browser would have used."""


@dataclass
class Response:
    status: int
    location: str
    text: str


class Browser:
    """One person's browser: a keep-alive connection and a cookie jar; no redirects followed."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}
        self.requests = 0

    def _send(self, method: str, path: str, body: str | None = None) -> Response:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):  # a kept-alive connection the server closed is reopened once
            try:
                self.connection.request(method, path, body=body, headers=headers)
                raw = self.connection.getresponse()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.connection.close()
                if attempt == 2:
                    raise
        self.requests += 1
        text = raw.read().decode("utf-8", "replace")
        for header in raw.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        location = urlsplit(raw.headers.get("Location", ""))
        return Response(raw.status, location.path + (f"?{location.query}" if location.query else ""), text)

    def get(self, path: str) -> Response:
        return self._send("GET", path)

    def post(self, path: str, fields: dict[str, str | list[str]]) -> Response:
        return self._send("POST", path, urlencode(fields, doseq=True))

    def close(self) -> None:
        self.connection.close()


class AnswerFormParser(HTMLParser):
    """The controls inside <form id="answer-form">: radios/checkboxes, selects, text."""

    def __init__(self) -> None:
        super().__init__()
        self.in_form = False
        self.choices: list[str] = []
        self.selects: dict[str, list[str]] = {}
        self.current_select: str | None = None
        self.has_text = False
        self.token = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        if tag == "form" and attr.get("id") == "answer-form":
            self.in_form = True
        if not self.in_form:
            return
        if tag == "input" and attr.get("name") == "choice":
            self.choices.append(attr.get("value", ""))
        elif tag == "input" and attr.get("name") == "csrf_token":
            self.token = attr.get("value", "")
        elif tag == "select":
            self.current_select = attr.get("name", "")
            self.selects[self.current_select] = []
        elif tag == "option" and self.current_select and attr.get("value"):
            self.selects[self.current_select].append(attr["value"])
        elif tag in ("input", "textarea") and attr.get("name") == "text":
            self.has_text = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self.current_select = None
        elif tag == "form":
            self.in_form = False


def answer_fields(page: str, rng: random.Random) -> dict[str, str | list[str]]:
    """A valid (not necessarily right) answer for the question on `page`, as form fields."""
    start = page.find('id="answer-form"')
    if start < 0:
        raise FormNotFound("no answer form on the question page")
    form = AnswerFormParser()
    # only the form: parsing the whole page (articles included) would cost the client more than the server
    form.feed(page[page.rfind("<", 0, start):page.find("</form>", start) + len("</form>")])
    if form.choices:
        return {"choice": rng.choice(form.choices)}
    if form.selects:
        if all(name.startswith("order-") for name in form.selects):
            positions = [str(n) for n in range(1, len(form.selects) + 1)]
            rng.shuffle(positions)
            return dict(zip(form.selects, positions))
        return {name: rng.choice(values) for name, values in form.selects.items()}
    if form.has_text:
        return {"text": "I would check who the source is."}
    raise FormNotFound("no answer form on the question page")


def csrf_token(page: str | Response) -> str:
    text = page.text if isinstance(page, Response) else page
    marker = 'name="csrf_token"'
    at = text.find(marker)
    if at < 0:
        raise FormNotFound("no CSRF token on the page")
    tag = text[text.rfind("<", 0, at):text.find(">", at)]
    return tag.split('value="', 1)[1].split('"', 1)[0]


def class_code(page: str) -> str:
    marker = 'id="class-code">'
    at = page.find(marker)
    if at < 0:
        raise FormNotFound("the quiz page shows no class code: publishing failed")
    return page[at + len(marker):page.find("<", at)].strip()


@dataclass
class Tally:
    """Shared counters of the run (a lock guards every update)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    joined: int = 0
    submitted: int = 0  # answer POSTs the server accepted (302)
    errors: list[str] = field(default_factory=list)
    answer_latencies: list[float] = field(default_factory=list)
    requests: int = 0

    def error(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_command(server: str, port: int, threads: int, workers: int, connection_limit: int) -> list[str]:
    if server == "waitress":
        return [sys.executable, "-c", SERVER_CODE, str(port), str(threads), str(connection_limit)]
    # the settings of `quizgen serve`, with room for every student's kept-alive connection
    return [sys.executable, "-c", GUNICORN_CODE, str(port), str(threads), str(workers), str(connection_limit)]


def start_server(workdir: Path, command: Callable[[int], list[str]], database_url: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = dict(os.environ, QUIZGEN_INSTANCE_PATH=str(workdir / "instance"),
               QUIZGEN_DATABASE_URL=database_url, QUIZGEN_SECRET_KEY="load-test-secret")
    with open(workdir / "server.log", "wb") as log:  # the server keeps its own copy of the handle
        process = subprocess.Popen(command(port), env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped at start; see {workdir / 'server.log'}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                if response.status == 200:
                    return process, port
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("the server did not answer /healthz within 60 s")


def publish_quiz(port: int, questions: int, mode: str) -> tuple[int, str]:
    """A teacher signs up, copies the first bundled sample, generates and publishes: (quiz id, code)."""
    from quizgen.data import sample_sets

    teacher = Browser(port)
    page = teacher.get("/auth/signup")
    teacher.post("/auth/signup", {"csrf_token": csrf_token(page), "email": f"teacher-{secrets.token_hex(4)}@load.example",
                                  "password": TEACHER_PASSWORD, "confirm": TEACHER_PASSWORD})
    page = teacher.get("/teacher/")
    sample = sample_sets()[0].name
    set_url = teacher.post(f"/teacher/samples/{sample}/copy", {"csrf_token": csrf_token(page)}).location
    page = teacher.get(set_url)
    quiz_url = teacher.post(f"{set_url}/quizzes", {
        "csrf_token": csrf_token(page), "title": "Load test quiz", "count": str(questions), "difficulty": "",
        "skills": ["find_source", "spot_unverified", "compare_coverage"]}).location
    if "/teacher/quizzes/" not in quiz_url:
        raise SystemExit("generating the quiz failed: " + teacher.get(set_url).text[:500])
    quiz_id = int(quiz_url.rstrip("/").rsplit("/", 1)[1])
    page = teacher.get(quiz_url)
    teacher.post(f"/teacher/quizzes/{quiz_id}/publish", {"csrf_token": csrf_token(page), "mode": mode})
    return quiz_id, class_code(teacher.get(quiz_url).text)


def join(port: int, code: str, nickname: str, tally: Tally) -> tuple[Browser, str] | None:
    student = Browser(port)
    page = student.get("/join")
    response = student.post("/join", {"csrf_token": csrf_token(page), "code": code, "nickname": nickname})
    if response.status != 302:
        tally.error(f"join {nickname}: HTTP {response.status}")
        return None
    with tally.lock:
        tally.joined += 1
    return student, response.location


def run_student(port: int, code: str, nickname: str, questions: int, pace: float, start_at: float,
                deadline: float, tally: Tally, rng: random.Random) -> None:
    time.sleep(max(0.0, start_at - time.monotonic()))
    try:
        joined = join(port, code, nickname, tally)
        if joined is None:
            return
        student, url = joined
        quiz_path = url.split("/play/")[1].split("/")[0]
        for number in range(1, questions + 1):
            page = student.get(f"/play/{quiz_path}/{number}")
            # the answer to question n is due at a random moment of the student's n-th slot of
            # `pace` seconds; a student held back by slow pages thinks less to catch up
            due = start_at + (number - 1 + rng.random()) * pace
            if max(due, time.monotonic()) > deadline:
                return
            time.sleep(max(0.0, due - time.monotonic()))
            began = time.perf_counter()
            response = student.post(f"/play/{quiz_path}/{number}",
                                    {"csrf_token": csrf_token(page.text), **answer_fields(page.text, rng)})
            elapsed = time.perf_counter() - began
            if response.status != 302:
                tally.error(f"{nickname} question {number}: HTTP {response.status}")
                continue
            with tally.lock:
                tally.submitted += 1
                tally.answer_latencies.append(elapsed)
            student.get(response.location)  # the feedback page, or the next question
    except (OSError, FormNotFound) as err:
        tally.error(f"{nickname}: {type(err).__name__}: {err}")
    finally:
        if "student" in locals():
            with tally.lock:
                tally.requests += student.requests
            student.close()


def stored_answers(database_url: str, quiz_id: int, prefix: str) -> tuple[int, int]:
    """(answers stored for students whose nickname starts with prefix, distinct (student, question) pairs)."""
    with database(database_url) as conn:
        return tuple(conn.execute(text(
            "SELECT COUNT(*), COUNT(DISTINCT pair) FROM (SELECT a.participant_id || '/' || a.question_id AS pair "
            "FROM answer a JOIN participant p ON p.id = a.participant_id "
            "WHERE p.quiz_id = :quiz AND p.nickname LIKE :prefix) AS answers"),
            {"quiz": quiz_id, "prefix": prefix + "%"}).one())


@contextmanager
def database(url: str) -> Iterator[Connection]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


@dataclass
class ProbeResult:
    steps: int  # completed requests in the timed part
    seconds: float  # length of the timed part
    server_cpu: float | None  # the server's CPU seconds in the timed part

    @property
    def per_second(self) -> float:
        return self.steps / self.seconds if self.seconds else 0.0

    @property
    def server_cpu_ms(self) -> float | None:
        return 1000 * self.server_cpu / self.steps if self.steps and self.server_cpu is not None else None

    def __add__(self, other: ProbeResult) -> ProbeResult:
        cpu = None if self.server_cpu is None or other.server_cpu is None else self.server_cpu + other.server_cpu
        return ProbeResult(self.steps + other.steps, self.seconds + other.seconds, cpu)


def probe(clients: int, seconds: float, work: Callable[[int], Iterator[None]],
          server_cpu: Callable[[], float | None]) -> ProbeResult:
    """Closed loop: `clients` threads step through work(index) until time is up.

    Each work generator prepares (joins, fetches pages) up to its first yield; the clock
    (and the server's CPU count) starts once every client is prepared, and each later
    yield is one completed request.
    """
    done = [0] * clients
    clock: dict[str, float | None] = {}
    barrier = threading.Barrier(clients, timeout=120, action=lambda: clock.update(
        cpu=server_cpu(), began=time.monotonic(), stop_at=time.monotonic() + seconds))

    def loop(index: int) -> None:
        steps = work(index)
        next(steps, None)
        barrier.wait()
        for _ in steps:
            done[index] += 1
            if time.monotonic() >= clock["stop_at"]:
                break
        steps.close()

    threads = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    if "began" not in clock:
        return ProbeResult(0, 0.0, None)
    cpu_after = server_cpu()
    cpu = cpu_after - clock["cpu"] if cpu_after is not None and clock["cpu"] is not None else None
    return ProbeResult(sum(done), time.monotonic() - clock["began"], cpu)


def health_calls(port: int) -> Callable[[int], Iterator[None]]:
    def work(_index: int) -> Iterator[None]:
        client = Browser(port)
        try:
            yield  # prepared
            while True:
                if client.get("/healthz").status == 200:
                    yield
        finally:
            client.close()
    return work


def answer_calls(port: int, code: str, questions: int, students: int) -> Callable[[int], Iterator[None]]:
    """Each client answers every question as `students` fresh students in turn, enough to keep
    it busy for the whole probe. Joining, each student's CSRF token and the answers (read
    once from the question pages) are prepared before the clock starts: only POSTs are timed."""
    def work(index: int) -> Iterator[None]:
        rng = random.Random(index)
        seats: list[tuple[Browser, str, str]] = []  # (browser, quiz path, CSRF token)
        fields: list[dict[str, str | list[str]]] = []
        try:
            for number in range(students):
                joined = join(port, code, f"probe-{index}-{number}", Tally())
                if joined is None:
                    break
                student, url = joined
                quiz_path = url.split("/play/")[1].split("/")[0]
                if not fields:
                    fields = [answer_fields(student.get(f"/play/{quiz_path}/{n}").text, rng)
                              for n in range(1, questions + 1)]
                seats.append((student, quiz_path, csrf_token(student.get(f"/play/{quiz_path}/1"))))
            yield  # prepared
            for student, quiz_path, token in seats:
                for number, answer in enumerate(fields, start=1):
                    if student.post(f"/play/{quiz_path}/{number}", {"csrf_token": token, **answer}).status == 302:
                        yield
        finally:
            for student, _, _ in seats:
                student.close()
    return work


def server_cpu_now(pid: int) -> float | None:
    """CPU seconds used so far by the server process and its worker processes (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # the process ended meanwhile
            if stat.parent.name == str(pid) or fields[1] == str(pid):  # fields[1]: parent pid
                total += (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    except OSError:
        return None
    return total


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--questions", type=int, default=15)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds for joining and answering")
    parser.add_argument("--ramp", type=float, default=5.0, help="students join spread over these seconds")
    parser.add_argument("--pace", type=float, default=None,
                        help="seconds per question a student aims at (default: 85%% of (duration - ramp) / questions)")
    parser.add_argument("--mode", choices=("practice", "assessment"), default="practice")
    parser.add_argument("--server", choices=("waitress", "gunicorn"), default="gunicorn")
    parser.add_argument("--server-threads", type=int, default=None,
                        help="threads per process (default: 4 per gunicorn worker, 8 for waitress)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--probe-clients", type=int, default=16)
    parser.add_argument("--probe-seconds", type=float, default=5.0)
    parser.add_argument("--probe-rounds", type=int, default=5, help="slices in which the two probes take turns")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", default=None,
                        help="the server's database (e.g. postgresql+psycopg://user:pw@127.0.0.1/db, a scratch "
                             "database: runs add rows and never delete); default a temporary SQLite file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    args.server_threads = args.server_threads or (4 if args.server == "gunicorn" else 8)
    if args.server == "gunicorn" and importlib.util.find_spec("gunicorn") is None:
        parser.error("gunicorn is not installed: `pip install gunicorn`, or use --server waitress")

    with tempfile.TemporaryDirectory(prefix="quizgen-load-") as tmp:
        database_url = args.database_url or f"sqlite:///{Path(tmp) / 'load.sqlite'}"
        server, port = start_server(Path(tmp), lambda port: server_command(
            args.server, port, args.server_threads, args.workers, args.students + 100), database_url)
        try:
            quiz_id, code = publish_quiz(port, args.questions, args.mode)
            questions = stored_question_count(database_url, quiz_id)
            pace = args.pace or PACE_SHARE * (args.duration - args.ramp) / questions
            tally = Tally()
            cpu_before = server_cpu_now(server.pid)
            began = time.monotonic()
            deadline = began + args.duration
            threads = [threading.Thread(target=run_student, daemon=True, args=(
                port, code, f"load-{i:04d}", questions, pace, began + args.ramp * i / args.students,
                deadline, tally, random.Random(args.seed * 100_003 + i))) for i in range(args.students)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=max(0.0, deadline - time.monotonic()) + 30)
            run_seconds = time.monotonic() - began
            cpu_after = server_cpu_now(server.pid)
            run_cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
            stored, distinct = stored_answers(database_url, quiz_id, "load-")
            cpu_now = lambda: server_cpu_now(server.pid)  # noqa: E731
            # the two probes take turns in --probe-rounds slices, so that a change in the other
            # programs' load on the machine falls on both alike, not on one probe
            slice_seconds = args.probe_seconds / args.probe_rounds
            # enough students for ANSWER_PROBE_RATE answers a second per client: a slice never runs dry
            students = math.ceil(ANSWER_PROBE_RATE * slice_seconds / questions)
            health = answers = ProbeResult(0, 0.0, 0.0)
            for _ in range(args.probe_rounds):
                health += probe(args.probe_clients, slice_seconds, health_calls(port), cpu_now)
                answers += probe(args.probe_clients, slice_seconds,
                                 answer_calls(port, code, questions, students), cpu_now)
        finally:
            server.terminate()
            server.wait(timeout=30)
    # both sides share the machine's cores: how much CPU each used tells how far to trust the figures
    server_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    client_cpu = resource.getrusage(resource.RUSAGE_SELF)

    figures = {
        "database": database_url.split(":", 1)[0].split("+", 1)[0],
        "students": args.students, "joined": tally.joined, "questions": questions, "mode": args.mode,
        "pace_seconds": round(pace, 2), "server": args.server if args.server == "waitress" else
        f"gunicorn x{args.workers}", "server_threads": args.server_threads,
        "target_answers": args.students * questions, "answers_submitted": tally.submitted,
        "answers_stored": stored, "duplicates": stored - distinct, "errors": len(tally.errors),
        "run_seconds": round(run_seconds, 1), "requests": tally.requests,
        "answer_p50_ms": round(1000 * percentile(tally.answer_latencies, 0.50), 1),
        "answer_p95_ms": round(1000 * percentile(tally.answer_latencies, 0.95), 1),
        "answers_per_second_in_run": round(tally.submitted / run_seconds, 1),
        "health_per_second": round(health.per_second, 1), "answer_capacity_per_second": round(answers.per_second, 1),
        "answer_to_health_ratio": round(answers.per_second / health.per_second, 3) if health.per_second else None,
        # the same comparison by the server's own CPU per request in each probe: what the ratio
        # would be on a machine running nothing else (throughput also counts the client's share)
        "health_server_cpu_ms": round(health.server_cpu_ms, 3) if health.server_cpu_ms else None,
        "answer_server_cpu_ms": round(answers.server_cpu_ms, 3) if answers.server_cpu_ms else None,
        "health_to_answer_cpu_ratio": round(health.server_cpu_ms / answers.server_cpu_ms, 3)
        if health.server_cpu_ms and answers.server_cpu_ms else None,
        "server_cpu_seconds": round(server_cpu.ru_utime + server_cpu.ru_stime, 1),
        # the server's CPU during the students' run per answer (its three requests, joins included):
        # steadier than latencies when other programs share the machine
        "server_cpu_ms_per_answer": round(1000 * run_cpu / tally.submitted, 2) if run_cpu and tally.submitted else None,
        "load_client_cpu_seconds": round(client_cpu.ru_utime + client_cpu.ru_stime, 1),
        "first_errors": tally.errors[:5],
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:28} {value}")
    return 0


def stored_question_count(database_url: str, quiz_id: int) -> int:
    with database(database_url) as conn:
        quiz_json = conn.execute(text("SELECT quiz_json FROM quiz WHERE id = :quiz"), {"quiz": quiz_id}).scalar_one()
    return len(json.loads(quiz_json)["questions"])


if __name__ == "__main__":
    sys.exit(main())
