"""Title lines joined and parted: the `join_titles` and `split_title` operations, and what the title
dialog shows of them before they are made.

The segmenter may read one title printed over two lines (a headline wrapped at the column) as two
title fields, or two titles as one field. `title_pair` says which two lines joining a field joins,
`joined_role` what they make and `joined_title` its text (the dialog's preview reads these three);
`split_problem` says why a field cannot be parted at a point. The operations are recorded by text,
as every operation is (`reader.corrections.ops`).
"""

from __future__ import annotations

from typing import Any

from reader.corrections.ops import (
    STACK,
    TITLE_LINES,
    CorrectionError,
    Role,
    article_key,
    joined_paragraph,
)
from reader.model import Article


def title_pair(article: Article, field: str) -> tuple[str, str] | None:
    """The two title lines (upper field, lower field) that joining `field` of `article` joins: a kicker
    with the title line under it, the headline with the kicker above it (else the line under it), a
    subtitle with the line above it; None when it has no neighbour. (A line wrapped at the column is
    read as two fields: a long kicker as kicker + headline, a long headline as kicker + headline or
    headline + subtitle; the line chosen says which.)"""
    if field not in TITLE_LINES or not getattr(article, field):
        return None
    present = [name for name in TITLE_LINES if getattr(article, name)]
    at = present.index(field)
    above = present[at - 1] if at > 0 else None
    under = present[at + 1] if at + 1 < len(present) else None
    if field == "headline" and above is not None:
        return above, field
    if field != "subtitle" and under is not None:
        return field, under
    return (above, field) if above is not None else None


def joined_role(field: str, space: bool = False) -> Role:
    """What joining title line `field` with its neighbour (`title_pair`) makes: a kicker joined with
    the line under it stays the kicker (a kicker wrapped at the column), any other line the headline.
    Joined with a `space` they are a two-part title: the headline, from the kicker too (a kicker that
    took the headline under it left the article with none)."""
    return "kicker" if field == "kicker" and not space else "headline"


def joined_title(upper: str, lower: str, space: bool) -> str:
    """Two title lines as one: as a line wrapped at the column (no space, but one between two Latin
    words or numbers), or with one `space`, as a two-part title is kept (`村里游客多 村民腰包鼓`)."""
    upper, lower = upper.strip(), lower.strip()
    return f"{upper} {lower}" if space else joined_paragraph(upper, lower)


def join_titles_op(articles: list[Article], index: int, field: Role, space: bool = False) -> dict[str, Any]:
    """The operation joining title field `field` of `articles[index]` with its neighbour (`title_pair`)
    into one title line (`joined_role`: the kicker, or the headline), with a space or without
    (`joined_title`)."""
    article = articles[index]
    pair = title_pair(article, field)
    if pair is None:
        raise CorrectionError(f"the article has no title line next to its {field} to join it with")
    upper, lower = pair
    return {
        "op": "join_titles",
        "article": article_key(article),
        "upper": upper,
        "lower": lower,
        "texts": [getattr(article, upper), getattr(article, lower)],
        "space": space,
        "into": joined_role(field, space),
    }


def split_title_op(articles: list[Article], index: int, field: Role, at: int, role: Role) -> dict[str, Any]:
    """The operation parting title field `field` of `articles[index]` after its first `at` characters:
    when `role` is printed above `field` (a kicker above the headline) the first part becomes `role`
    and the rest stays; when below (a subtitle), the rest becomes `role` and the first part stays."""
    article = articles[index]
    problem = split_problem(article, field, at, role)
    if problem is not None:
        raise CorrectionError(problem)
    return {
        "op": "split_title",
        "article": article_key(article),
        "field": field,
        "text": getattr(article, field),
        "at": at,
        "role": role,
    }


def split_problem(article: Article, field: str, at: int, role: str) -> str | None:
    """Why title field `field` of `article` cannot be parted after its first `at` characters into it
    and `role` (`split_title_op`), or None when it can."""
    text = getattr(article, field) if field in STACK else None
    if not text:
        return f"the article has no {field}"
    if role not in STACK or role == field:
        return f"a {field} is parted into two title fields"
    if getattr(article, role):
        return f"the article has a {role} already: make it something else first"
    if not isinstance(at, int) or not 0 < at < len(text) or not text[:at].strip() or not text[at:].strip():
        return "part the title between two of its characters"
    return None
