"""HTML ingest against Mozilla Readability's test pages: body token-F1 and exact titles.

    python benchmarks/bench_readability.py PATH [--baseline] [--json] [--worst N]

PATH is a checkout of mozilla/readability, its `test/test-pages` folder, or any folder
whose sub-folders each hold `source.html`, `expected.html` and `expected-metadata.json`.
Every page goes through `quizgen.ingest.from_text(..., is_html=True)`, the path an HTML
upload takes (extraction, then the plain-text cleaner); `--baseline` also scores
trafilatura's `extract` with its defaults, on the same pages.

Body token-F1: the reference is the text of `expected.html` (lxml `text_content`). Both
texts are NFKC-normalised and casefolded; a token is a maximal run of word characters
(`\\w`), except that a character of a script written without spaces (Han, Hiragana,
Katakana) is a token by itself. Precision and recall count tokens as multisets
(a token that occurs twice in the reference is matched at most twice); the F1 of each
page is averaged over all pages (a page whose ingest fails scores 0).

Exact title: the `title` of `expected-metadata.json` against the article's title, both
NFKC-normalised, with curly quotes and apostrophes made straight, dashes (en, em,
minus) made "-", runs of whitespace made one space, trimmed and casefolded. The share
counts only pages whose expected title is not empty.

It asserts nothing; it prints figures (issue 7's targets: F1 >= 0.95, titles >= 0.80).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html

# Scripts written without spaces: each character is one token.
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u4dbf"
                    r"\u4e00-\u9fff\uf900-\ufaff]+")
_TITLE_MAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                            "\u2014": "-", "\u2212": "-"})


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()))


def token_f1(found: str, expected: str) -> float:
    got, want = tokens(found), tokens(expected)
    common = sum((got & want).values())
    if not common:
        return 1.0 if not got and not want else 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def normal_title(title: str | None) -> str:
    text = unicodedata.normalize("NFKC", title or "").translate(_TITLE_MAP)
    return " ".join(text.split()).casefold()


def find_pages(path: Path) -> list[Path]:
    for folder in (path / "test" / "test-pages", path / "test-pages", path):
        pages = sorted(p for p in folder.glob("*") if (p / "source.html").is_file()) if folder.is_dir() else []
        if pages:
            return pages
    return []


def expected_text(page: Path) -> str:
    root = lxml_html.fromstring((page / "expected.html").read_text(encoding="utf-8"))
    for block in root.iter():  # keep words of adjacent blocks apart
        if isinstance(block.tag, str):
            block.tail = " " + (block.tail or "")
    return root.text_content()


def quizgen_extract(source: str, name: str) -> tuple[str, str | None]:
    from quizgen.errors import InputError
    from quizgen.ingest import from_text

    try:
        article = from_text(source, article_id=name, is_html=True)
    except InputError:
        return "", None
    return article.body, article.title


def trafilatura_extract(source: str, name: str) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(source, with_metadata=True)
    if doc is None:
        return "", None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return data.get("text") or "", data.get("title")


def score(pages: list[Path], extract) -> dict:
    rows = []
    for page in pages:
        source = (page / "source.html").read_text(encoding="utf-8", errors="replace")
        body, title = extract(source, page.name)
        want_title = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8")).get("title")
        rows.append({"page": page.name, "f1": token_f1(body, expected_text(page)),
                     "title_ok": normal_title(title) == normal_title(want_title) if want_title else None,
                     "title": title, "expected_title": want_title})
    judged = [r["title_ok"] for r in rows if r["title_ok"] is not None]
    return {"pages": len(rows), "body_f1": round(statistics.fmean(r["f1"] for r in rows), 3),
            "exact_title": round(sum(judged) / len(judged), 3), "titles_judged": len(judged), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="readability checkout or its test/test-pages folder")
    parser.add_argument("--baseline", action="store_true", help="also score trafilatura's defaults")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1 and missed titles")
    args = parser.parse_args(argv)
    pages = find_pages(args.path)
    if not pages:
        print(f"{args.path}: no test pages found (sub-folders with source.html). Give a checkout of "
              "mozilla/readability or its test/test-pages folder.", file=sys.stderr)
        return 2
    results = {"quizgen": score(pages, quizgen_extract)}
    if args.baseline:
        results["trafilatura"] = score(pages, trafilatura_extract)
    if args.json:
        print(json.dumps({k: {m: v for m, v in r.items() if m != "rows"} for k, r in results.items()}))
        return 0
    print(f"{'extractor':<12} {'pages':>5} {'body F1':>8} {'exact title':>12}")
    for name, result in results.items():
        print(f"{name:<12} {result['pages']:>5} {result['body_f1']:>8.3f} "
              f"{result['exact_title']:>11.1%} (of {result['titles_judged']})")
    if args.worst:
        rows = results["quizgen"]["rows"]
        for row in sorted(rows, key=lambda r: r["f1"])[:args.worst]:
            print(f"  F1 {row['f1']:.3f}  {row['page']}")
        for row in rows:
            if row["title_ok"] is False:
                print(f"  title {row['page']}: {row['title']!r} != {row['expected_title']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
