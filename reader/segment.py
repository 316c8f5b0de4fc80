"""Placeholder segmenter (being replaced): one article per blank-line block group."""

from __future__ import annotations

from reader.model import Article, article_id


def segment_page(text: str, page: str = "") -> list[Article]:
    """Split a raw page into articles."""
    paras = [" ".join(b.split()) for b in text.split("\n\n") if b.strip()]
    if not paras:
        return []
    return [Article(id=article_id(paras), headline=paras[0][:20], paragraphs=paras, page=page)]
