"""analyze: Article -> ArticleAnalysis (sentences, attributions, flags, cited outlets).

NLTK only, with no downloaded data (see PRODUCT.md, "NLP without downloads").
"""

from __future__ import annotations

import re

from quizgen.models import Article, ArticleAnalysis, Sentence


def analyze_article(article: Article) -> ArticleAnalysis:
    sentences = []
    for n, m in enumerate(re.finditer(r"[^\n.!?]+[.!?]?", article.body), start=1):
        sentences.append(Sentence(f"{article.id}.s{n}", m.group(), m.start(), m.end()))
    return ArticleAnalysis(article=article, sentences=sentences)
