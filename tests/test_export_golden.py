"""Golden files: each format's output for the invented sample quiz, byte for byte.

Regenerate after an intended change with `QUIZGEN_REGEN_GOLDEN=1 pytest tests/test_export_golden.py`
and review the diff like code.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from test_export_common import sample_quiz

from quizgen.export import FORMATS, export_quiz

GOLDEN = Path(__file__).parent / "golden" / "export"
REGENERATE = os.environ.get("QUIZGEN_REGEN_GOLDEN") == "1"
FILES = {"json": "quiz.json", "text": "quiz.txt", "html": "quiz.html", "moodle": "quiz.moodle.xml",
         "gift": "quiz.gift.txt"}


def _golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.is_file(), f"missing golden file {path}; run with QUIZGEN_REGEN_GOLDEN=1"
    assert data == path.read_bytes(), f"{name} differs from its golden file; if intended, regenerate it"


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_format_matches_golden_file(fmt: str) -> None:
    _golden(FILES[fmt], export_quiz(sample_quiz(), fmt))


def test_qti_entries_match_golden_files() -> None:
    # compare the entries, not the zip: deflate output may change with the zlib version
    with zipfile.ZipFile(io.BytesIO(export_quiz(sample_quiz(), "qti"))) as archive:
        for name in archive.namelist():
            stable_name = "assessment.xml" if name.endswith(".xml") and "/" in name and \
                not name.endswith("assessment_meta.xml") else name.rsplit("/", 1)[-1]
            _golden(f"qti/{stable_name}", archive.read(name))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_exports_are_deterministic(fmt: str) -> None:
    assert export_quiz(sample_quiz(), fmt) == export_quiz(sample_quiz(), fmt)


def test_every_format_has_a_golden_file() -> None:
    assert set(FILES) | {"qti"} == set(FORMATS)
