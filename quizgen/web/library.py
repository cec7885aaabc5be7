"""Glue between the web records and the library pipeline (ingest -> analyze -> generate).

Library errors (QuizgenError) pass through unchanged: views show their message and
leave stored data as it was.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePath

from quizgen.errors import GenerationError, InputError, QuizgenError
from quizgen.generate import generate_quiz
from quizgen.ingest import from_text, read_bytes
from quizgen.models import Article, Question, Report
from quizgen.models import Quiz as QuizDoc
from quizgen import pipeline
from quizgen.corrections import apply_corrections
from quizgen.pipeline import unique_ids
from quizgen.settings import (CLASS_CODE_ALPHABET, CLASS_CODE_LENGTH, HEAVY_REQUEST_WAIT_SECONDS,
                              HEAVY_REQUESTS_PER_PROCESS, MAX_ARTICLES, MAX_SET_CHARS, MIN_ARTICLES)
from quizgen.web.models import ArticleSet, SetArticle

UPLOAD_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
# How many other seeds to try when looking for a replacement question.
REGENERATE_ATTEMPTS = 8


@dataclass
class PastedArticle:
    body: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    is_html: bool | None = None  # None: look at the text (a fetched page says what it is)


@dataclass
class UploadedFile:
    filename: str
    data: bytes


class ServerBusy(QuizgenError):
    """Every slot for analysis and generation in this process is taken: try again soon."""


BUSY_MESSAGE = "The server is busy analysing other articles. Wait a minute, then try again."
_heavy_slots = threading.BoundedSemaphore(HEAVY_REQUESTS_PER_PROCESS)


@contextmanager
def heavy_work() -> Iterator[None]:
    """Run ingest, analysis or generation in one of the process's few slots, so the other
    threads keep serving students; refuse (ServerBusy) after a short wait, never queue long."""
    if not _heavy_slots.acquire(timeout=HEAVY_REQUEST_WAIT_SECONDS):
        raise ServerBusy(BUSY_MESSAGE)
    try:
        yield
    finally:
        _heavy_slots.release()


def slug(text: str | None, fallback: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")[:40]
    return cleaned or fallback


def ingest_inputs(pasted: Iterable[PastedArticle], uploads: Iterable[UploadedFile],
                  first_number: int = 1) -> list[Article]:
    """Clean every non-empty paste and every upload; raise InputError on the first bad one."""
    with heavy_work():
        articles = _ingest(pasted, uploads, first_number)
    check_set_size(articles)
    return articles


def _ingest(pasted: Iterable[PastedArticle], uploads: Iterable[UploadedFile], first_number: int) -> list[Article]:
    articles: list[Article] = []
    number = first_number
    for item in pasted:
        if not item.body.strip():
            continue
        articles.append(from_text(item.body, article_id=f"article-{number}", outlet=item.outlet or None,
                                  title=item.title or None, url=item.url or None, is_html=item.is_html))
        number += 1
    for upload in uploads:
        name = PurePath(upload.filename or "upload").name
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            raise InputError(f"{name}: only .txt and .html files can be uploaded.")
        if not upload.data:
            raise InputError(f"{name}: the file is empty.")
        articles.append(read_bytes(upload.data, name=name, path=name, article_id=f"article-{number}"))
        number += 1
    return articles


def check_article_count(count: int) -> None:
    if count > MAX_ARTICLES:
        raise InputError(f"A set holds at most {MAX_ARTICLES} articles; you gave {count}. Remove some first.")


def check_set_size(articles: Sequence[Article]) -> None:
    """Refuse, before analysing, a set whose text would take too long to analyse (MAX_SET_CHARS)."""
    total = sum(len(a.body) for a in articles)
    if total > MAX_SET_CHARS:
        raise InputError(f"These articles are too long together to analyse in one go: {total:,} characters of text; "
                         f"the limit is {MAX_SET_CHARS:,}. Remove an article, or paste only the articles' own "
                         "paragraphs.")


def set_articles(records: Sequence[SetArticle]) -> list[Article]:
    """Library Articles for a stored set; ids come from the outlet so questions read well."""
    articles = [Article(id=slug(r.outlet, f"article-{i + 1}"), body=r.body, outlet=r.outlet, title=r.title, url=r.url)
                for i, r in enumerate(records)]
    return unique_ids(articles)


def labelled_report(articles: list[Article]) -> Report:
    """`pipeline.labelled_report` within the web app's limits: the set's size is checked
    first and a process runs one heavy analysis at a time."""
    check_set_size(articles)
    with heavy_work():
        return pipeline.labelled_report(articles)


def report_for(article_set: ArticleSet) -> Report:
    """The set's analysis, computed once and cached until an article changes."""
    if article_set.report_json:
        return Report.from_dict(json.loads(article_set.report_json))
    report = labelled_report(set_articles(article_set.articles))
    article_set.report_json = json.dumps(report.to_dict(), ensure_ascii=False)
    return report


def generation_report(article_set: ArticleSet) -> Report:
    """What quizzes are made from: the set's analysis without what the teacher marked wrong."""
    return apply_corrections(report_for(article_set), article_set.correction_keys)


def build_quiz(report: Report, *, title: str, skills: Sequence[str], count: int, difficulty: int | None,
               seed: int) -> QuizDoc:
    if len(report.articles) < MIN_ARTICLES:
        raise GenerationError(f"A quiz compares outlets: add at least {MIN_ARTICLES} articles "
                              f"(this set has {len(report.articles)}).")
    with heavy_work():
        quiz = generate_quiz(report, skills=list(skills), count=count, difficulty=difficulty, seed=seed)
    if not quiz.questions:
        raise GenerationError("No question could be generated from these articles. Try other skills, "
                              "another difficulty, or articles that quote more sources.")
    quiz.title = title
    return quiz


def replacement_question(report: Report, quiz: QuizDoc, question: Question, difficulty: int | None,
                         seed: int) -> Question:
    """A different question of the same skill, keeping the old id (answers refer to ids)."""
    with heavy_work():
        return _replacement(report, quiz, question, difficulty, seed)


def _replacement(report: Report, quiz: QuizDoc, question: Question, difficulty: int | None, seed: int) -> Question:
    taken = {q.prompt for q in quiz.questions} | {question.prompt}
    for attempt in range(1, REGENERATE_ATTEMPTS + 1):
        candidates = generate_quiz(report, skills=[question.skill], count=len(quiz.questions) + 5,
                                   difficulty=difficulty, seed=seed + attempt * 7919)
        for candidate in candidates.questions:
            if candidate.skill == question.skill and candidate.prompt not in taken:
                candidate.id = question.id
                return candidate
    raise GenerationError("No other question of this skill can be made from these articles; "
                          "edit this one or drop it instead.")


def new_class_code(taken: Callable[[str], bool]) -> str:
    """A random code from the read-aloud alphabet that `taken(code)` says is free."""
    while True:
        code = "".join(secrets.choice(CLASS_CODE_ALPHABET) for _ in range(CLASS_CODE_LENGTH))
        if not taken(code):
            return code


def normalize_code(text: str) -> str:
    return re.sub(r"[\s-]+", "", text).upper()
