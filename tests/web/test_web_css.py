"""The stylesheet parses as meant: no comment opens inside another (the inner "*/" would
end the outer one early and drop the rule after it, :root with every design token once),
and every custom property a rule reads is defined."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS_DIR = Path(__file__).resolve().parents[2] / "quizgen" / "web" / "static" / "css"
COMMENT = re.compile(r"/\*(.*?)\*/", re.DOTALL)


@pytest.mark.parametrize("sheet", sorted(CSS_DIR.glob("*.css")), ids=lambda p: p.name)
def test_no_comment_opens_inside_another(sheet: Path) -> None:
    nested = [m.group(0)[:60] for m in COMMENT.finditer(sheet.read_text(encoding="utf-8")) if "/*" in m.group(1)]
    assert nested == []


@pytest.mark.parametrize("sheet", sorted(CSS_DIR.glob("*.css")), ids=lambda p: p.name)
def test_every_custom_property_read_is_defined(sheet: Path) -> None:
    text = COMMENT.sub("", sheet.read_text(encoding="utf-8"))
    defined = set(re.findall(r"(--[\w-]+)\s*:", text))
    read = set(re.findall(r"var\(\s*(--[\w-]+)", text))
    assert read - defined == set()
