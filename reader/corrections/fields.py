"""An article's fields as a correction sets them: the shared steps of the operations
(`reader.corrections.applying`, `reader.corrections.moving`).

A corrected article gets a new id from its new text and is marked corrected (`refresh`); a value put in
the byline is read for its authors as the segmenter reads a byline (`parse_byline`); an article split
in two keeps the segmenter's confidence in both parts (`split_article`).
"""

from __future__ import annotations

from dataclasses import replace

from reader.model import Article, article_id


def refresh(article: Article) -> Article:
    """`article` as corrected: its id made again from its text (`article_id`), marked corrected."""
    article.id = article_id(article.paragraphs, article.headline)
    article.corrected = True
    return article


def parse_byline(text: str) -> tuple[str, list]:
    """A byline put by hand, as the segmenter reads one: its text and authors (a photo credit alone: its
    photographer); text it cannot read is kept whole, with no authors."""
    from reader.page.byline_marked import marked_byline
    from reader.page.credits import split_credit

    found = marked_byline(text)
    if found is None:
        rest, credit = split_credit(text)
        if credit is not None and not rest:
            # a photo credit made the byline: its photographer, named as a credit prints (`林木摄`:
            # the paragraph keeps the name's letter-spacing as printed, a byline does not)
            return credit.text, credit.authors
    return (found.text, found.authors) if found else (text, [])


def set_field(article: Article, role: str, value: str | None) -> str | None:
    """Put `value` in `role`; returns what the role held."""
    old = getattr(article, role)
    if role == "byline":
        if value is None:
            article.byline, article.authors = None, []
        else:
            article.byline, article.authors = parse_byline(value)
    else:
        setattr(article, role, value)
    return old


def split_article(article: Article, at: int) -> list[Article]:
    """`article` cut in two before paragraph `at`: the first part keeps its titles and byline."""
    head = replace(article, paragraphs=article.paragraphs[:at], authors=list(article.authors))
    # The segmenter's confidence in the text split off is the article's it was cut from (never a sure 1.0).
    tail = Article(
        id="",
        kind="article",
        paragraphs=article.paragraphs[at:],
        page=article.page,
        confidence=article.confidence,
    )
    return [refresh(head), refresh(tail)]
