"""Bytes -> text, refusing what is not an article: too large, binary, not UTF-8.

Encoding policy (one rule, tested): UTF-8 (with or without a BOM) is read; other
encodings only when the file says so itself: UTF-16/UTF-32 by a byte-order mark
(Windows "Unicode" saves), an HTML page by its <meta charset> (a browser's "Save page
as" keeps the site's encoding). Anything else is refused with "save it as UTF-8":
guessing cp1252 would silently turn curly quotes into other characters, and quotes
must reach the quiz exactly as written.
"""

from __future__ import annotations

import codecs
import re

from quizgen.errors import InputError
from quizgen.settings import MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS

# Signatures of files people upload by mistake, to say what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a zip archive (e.g. a Word .docx or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="windows-1252"> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*+=\s*+(?:[\"']\s*+)?([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)
# C0 controls other than tab/newline/carriage return/form feed, plus DEL and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A few stray control characters happen in scraped text; more than this share is binary.
_MAX_CONTROL_SHARE = 0.01
SAVE_AS_TEXT = "save the article as plain text (.txt) or a web page (.html) and try again"
_NUL_MESSAGE = "{name}: this looks like a binary file (it contains NUL bytes); " + SAVE_AS_TEXT + "."


def check_size(size: int, limit: int, name: str, unit: str) -> None:
    if size > limit:
        raise InputError(f"{name}: the article is too large ({size:,} {unit}; the limit is {limit:,}); "
                         "paste only the article itself, not the whole site.")


def check_text_size(text: str, name: str) -> None:
    check_size(len(text), MAX_ARTICLE_CHARS, name, "characters of text")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode an uploaded file, or raise InputError saying what to do instead."""
    check_size(len(data), MAX_ARTICLE_BYTES, name, "bytes")
    for signature, kind in _MAGIC:
        if data.startswith(signature):
            raise InputError(f"{name}: this is {kind}, not a text or HTML article; {SAVE_AS_TEXT}.")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in data:
        raise InputError(_NUL_MESSAGE.format(name=name))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        declared = _declared_charset(data)
        if declared is None:
            raise InputError(f"{name}: the file is not UTF-8 text (undecodable byte at position {err.start}); "
                             "open it in a text editor and save it as UTF-8.") from None
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            raise InputError(f"{name}: the page says it is {declared} but is not; save it as UTF-8.") from None
    return clean_text(text, name)


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its head (<meta charset=...>), if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


# "Thailand`s interior minister": a grave accent typed for an apostrophe (else "s interior
# minister" reads as a phrase of its own)
_GRAVE_APOSTROPHE = re.compile(r"(?<=[A-Za-z])`(?=[A-Za-z])")


def clean_text(text: str, name: str) -> str:
    """Normalize line breaks and drop stray control characters; refuse binary-looking text.

    The size checked here is the page's, markup included (the byte limit); the article
    text itself is held to MAX_ARTICLE_CHARS by `check_text_size` once HTML is stripped.
    """
    check_size(len(text), MAX_ARTICLE_BYTES, name, "characters")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    if "\x00" in text:  # no text editor writes NUL: the same rule as for uploaded bytes
        raise InputError(_NUL_MESSAGE.format(name=name))
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates cannot be written out as UTF-8
    text = _GRAVE_APOSTROPHE.sub("\u2019", text)
    controls = len(_CONTROL.findall(text))
    if controls:
        if controls > max(2, len(text) * _MAX_CONTROL_SHARE):
            raise InputError(f"{name}: this looks like a binary file ({controls:,} control characters); "
                             f"{SAVE_AS_TEXT}.")
        text = _CONTROL.sub(" ", text)
    return text
