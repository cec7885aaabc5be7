"""The practice page presents every bundled sample set with its description and skills."""

from __future__ import annotations

from markupsafe import escape

from quizgen.web.forms import SKILL_LABELS
from quizgen.web.samples import samples


def _section(page: str, name: str) -> str:
    """The list item of one sample set, so that a description cannot pass by sitting under another set."""
    start = page.index(f'id="sample-{name}"')
    end = page.find('<li class="sample-set"', start + 1)
    return page[start:end if end != -1 else len(page)]


def test_practice_page_shows_each_set_with_its_description_and_skills(client):
    page = client.get("/practice/").get_data(as_text=True)
    assert samples(), "no bundled sample set"
    for sample in samples():
        item = _section(page, sample.name)
        assert str(escape(sample.title)) in item
        assert str(escape(sample.description)) in item
        for focus in sample.skills:
            assert str(escape(SKILL_LABELS[focus.skill])) in item and str(escape(focus.look_for)) in item
        assert f'id="practise-{sample.name}"' in item
