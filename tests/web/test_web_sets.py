"""Article sets: paste, upload, bad uploads, edit, remove, samples, analysis view, XSS, ownership."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from quizgen.settings import MAX_ARTICLE_BYTES
from quizgen.web.extensions import db
from quizgen.web.models import ArticleSet, SetArticle
from quizgen.web.samples import samples
from webhelpers import ARTICLE_A, ARTICLE_B, make_set

XSS_ARTICLE = ("Officials said the <script>alert('x')</script> river rose. A witness described "
               "<img src=x onerror=alert(1)> damage to the road, the mayor said.")


def _count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def _paste(client, *bodies: str, files=None):
    data = {"title": "Esker Bridge"}
    for i, body in enumerate(bodies):
        data[f"articles-{i}-body"] = body
        data[f"articles-{i}-outlet"] = f"Outlet {i + 1}"
    if files:
        data["files"] = files
    return client.post("/teacher/sets/new", data=data, content_type="multipart/form-data")


def test_paste_articles_creates_a_set(app, client, teacher_a):
    response = _paste(client, ARTICLE_A, ARTICLE_B)
    assert response.status_code == 302
    with app.app_context():
        article_set = db.session.scalar(select(ArticleSet))
        assert article_set.teacher_id == teacher_a and article_set.title == "Esker Bridge"
        assert [a.outlet for a in article_set.articles] == ["Outlet 1", "Outlet 2"]
        assert "Esker Bridge" in article_set.articles[0].body
    page = client.get(response.headers["Location"])
    assert b"Outlet 1" in page.data and b"Build a quiz" in page.data


def test_upload_txt_and_html_files(app, client, teacher_a):
    files = [(io.BytesIO(ARTICLE_A.encode()), "herald.txt"),
             (io.BytesIO(f"<html><body><article><p>{ARTICLE_B}</p></article></body></html>".encode()), "rvn.html")]
    response = _paste(client, files=files)
    assert response.status_code == 302
    with app.app_context():
        stored = db.session.scalars(select(SetArticle).order_by(SetArticle.position)).all()
        assert [a.filename for a in stored] == ["herald.txt", "rvn.html"]
        assert "<article>" not in stored[1].body and "Linden River" in stored[1].body


@pytest.mark.parametrize("name, data, message", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe binary", b"photo.txt:"),
    ("latin1.txt", "Caf\u00e9 cr\u00e8me, the mayor said.".encode("latin-1"), b"latin1.txt:"),
    ("big.txt", b"word " * (MAX_ARTICLE_BYTES // 5 + 10), b"too large"),
    ("empty.txt", b"", b"empty"),
    ("slides.pdf", b"%PDF-1.4", b"only .txt and .html"),
])
def test_bad_upload_gives_a_message_and_stores_nothing(app, client, teacher_a, name, data, message):
    response = _paste(client, ARTICLE_A, files=[(io.BytesIO(data), name)])
    assert response.status_code == 200
    assert message in response.data and b'role="alert"' in response.data
    assert _count(app, ArticleSet) == 0 and _count(app, SetArticle) == 0


def test_request_over_upload_limit_gives_413_page(app, client, teacher_a):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = _paste(client, "x" * 2000)
    assert response.status_code == 413 and b"too large" in response.data
    assert _count(app, ArticleSet) == 0


def test_empty_set_is_refused(app, client, teacher_a):
    response = _paste(client, "   ", "")
    assert b"Paste at least one article" in response.data
    assert _count(app, ArticleSet) == 0


def test_add_edit_and_remove_article(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    base = f"/teacher/sets/{set_id}"
    response = client.post(f"{base}/articles", data={"body": "A third outlet says the bridge reopened, "
                                                              "officials said on Tuesday.", "outlet": "Third"})
    assert response.status_code == 302 and _count(app, SetArticle) == 3
    with app.app_context():
        first = db.session.scalar(select(SetArticle).where(SetArticle.position == 0))
        first_id = first.id
    assert client.get(f"{base}/articles/{first_id}/edit").status_code == 200
    response = client.post(f"{base}/articles/{first_id}/edit",
                           data={"body": "Edited text about the Esker Bridge, the mayor said.", "outlet": "Herald"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(SetArticle, first_id).body.startswith("Edited text")
        assert db.session.get(ArticleSet, set_id).report_json is None
    assert client.post(f"{base}/articles/{first_id}/delete").status_code == 302
    with app.app_context():
        remaining = db.session.get(ArticleSet, set_id).articles
        assert [a.position for a in remaining] == [0, 1] and first_id not in [a.id for a in remaining]


def test_bad_edit_keeps_the_stored_article(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    with app.app_context():
        article_id = db.session.scalar(select(SetArticle.id).where(SetArticle.position == 0))
    response = client.post(f"/teacher/sets/{set_id}/articles/{article_id}/edit", data={"body": "   "})
    assert b"cannot be empty" in response.data
    with app.app_context():
        assert db.session.get(SetArticle, article_id).body == ARTICLE_A


def test_copy_a_sample_set(app, client, teacher_a):
    if not samples():
        pytest.skip("no bundled sample set is installed (quizgen/data/samples)")
    sample = samples()[0]
    response = client.post(f"/teacher/samples/{sample.name}/copy")
    assert response.status_code == 302
    with app.app_context():
        article_set = db.session.scalar(select(ArticleSet))
        assert article_set.title == sample.title and len(article_set.articles) == len(sample.paths)
    assert client.post("/teacher/samples/no-such-sample/copy").status_code == 302
    assert _count(app, ArticleSet) == 1


def test_analysis_view_has_legend_chart_and_fact_table(app, client, teacher_a):
    set_id = make_set(app, teacher_a)
    response = client.get(f"/teacher/sets/{set_id}/analysis")
    assert response.status_code == 200
    html = response.data.decode()
    assert "How to read the articles" in html and "[anonymous]" in html  # legend with text labels
    assert 'role="img"' in html and "<title" in html  # chart with a text alternative
    assert "Which outlet reports what" in html
    assert "Tollbrook Herald" in html and "River Valley News" in html
    with app.app_context():
        assert db.session.get(ArticleSet, set_id).report_json  # cached


def test_article_text_is_always_escaped(app, client, teacher_a):
    set_id = make_set(app, teacher_a, bodies=(XSS_ARTICLE, ARTICLE_B))
    for path in (f"/teacher/sets/{set_id}", f"/teacher/sets/{set_id}/analysis"):
        html = client.get(path).data.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
    html = client.get(f"/teacher/sets/{set_id}/analysis").data.decode()
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_other_teacher_gets_404_everywhere(app, client, teacher_a, other_client):
    set_id = make_set(app, teacher_a)
    with app.app_context():
        article_id = db.session.scalar(select(SetArticle.id))
    base = f"/teacher/sets/{set_id}"
    for path in (base, f"{base}/analysis", f"{base}/articles/{article_id}/edit"):
        assert other_client.get(path).status_code == 404, path
    for path in (f"{base}/articles", f"{base}/articles/{article_id}/edit", f"{base}/articles/{article_id}/delete",
                 f"{base}/delete", f"{base}/quizzes"):
        assert other_client.post(path, data={"body": "x", "title": "x"}).status_code == 404, path
    assert _count(app, SetArticle) == 2 and _count(app, ArticleSet) == 1
    assert b"Esker Bridge flood" not in other_client.get("/teacher/").data


def test_huge_paste_is_refused_with_a_message(app, client, teacher_a):
    # a long paste reaches ingest, which names the limit
    response = _paste(client, "word " * 120_000, ARTICLE_B)
    assert response.status_code == 200 and b'role="alert"' in response.data
    assert _count(app, ArticleSet) == 0
    # a paste larger than any file may be is stopped before parsing
    response = _paste(client, "word " * (MAX_ARTICLE_BYTES // 5 + 10))
    assert response.status_code == 413 and b"one article may have at most" in response.data
    assert _count(app, ArticleSet) == 0


def test_one_article_and_foreign_text_still_show_an_analysis(app, client, teacher_a):
    set_id = make_set(app, teacher_a, bodies=("Der Bürgermeister sagte am Montag, die Brücke bleibe gesperrt.",))
    response = client.get(f"/teacher/sets/{set_id}/analysis")
    assert response.status_code in (200, 302)
    if response.status_code == 302:  # the library refused it: the set page says why
        assert b'role="alert"' in client.get(response.headers["Location"]).data
