"""Corrections a new segmentation has carried out by itself.

Every duba release changes the segmenter, and a user's corrections were made on an older one's reading
of the page. Where the new reading does what a correction did (a line the reader made the byline is
read as the byline, a title run into a paragraph starts its story, a paragraph break put in is there),
the correction's text is no longer where it was: without these checks it was skipped with a warning at
every opening, or worse, its opening was found at the start of another article's paragraph (a name
that also opens a sentence elsewhere) and the correction acted on that article. A join and a split
make the same check where they are carried out (`reader.corrections.applying`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.corrections.ops import QUOTE, CorrectionError, find_article, find_paragraph, opens_with
from reader.model import Article

TITLE_FIELDS = ("kicker", "headline", "subtitle", "byline")

SHORTEST_JOINED = 8
"""Characters a paragraph's opening needs to be taken for joined already when found inside a paragraph."""


def _taken(op: dict[str, Any]) -> str | None:
    """The text a `role` operation on a paragraph makes the title field, where its key tells it whole:
    the paragraph (when its opening is all of it) or the line (its first `length` characters)."""
    key = op.get("paragraph")
    if not isinstance(key, str):
        return None
    first = key.split("\n")[0]
    length = op.get("length")
    if length is None:
        # an opening shorter than QUOTE, or one running on into the next paragraph, holds all of the first
        return first.strip() if "\n" in key or len(key) < QUOTE else None
    if not isinstance(length, int) or not 0 < length <= len(first):
        return None
    return first[:length].strip()


def taken_whole(op: dict[str, Any]) -> str | None:
    """The whole paragraph a `role` operation makes a title field, where its key holds all of it."""
    return _taken(op) if op.get("length") is None else None


def role_done(articles: list[Article], op: dict[str, Any], held: Callable[[str], str] = str) -> bool:
    """Is the paragraph (or line) a `role` operation makes a title field that field already, of the
    article the operation made it (`_tied`), the paragraph no longer there as it was? `held`: the text as
    the field holds it (a byline as `reader.page.byline_marked` reads it).

    Raises `CorrectionError` naming the article whose field it is where that cannot be told to be the
    article it was made for: said, never taken for done, nor looked for at another paragraph's start."""
    taken = _taken(op)
    role = op.get("role")
    if not taken or role not in TITLE_FIELDS:
        return False
    wanted = held(taken).strip()
    holders = [i for i, a in enumerate(articles) if (getattr(a, role) or "").strip() == wanted]
    if not holders:
        return False
    key = str(op["paragraph"])
    if op.get("length") is None:
        if any(p.strip() == taken for a in articles for p in a.paragraphs):
            return False
    elif any(opens_with(a.paragraphs, j, key) for a in articles for j in range(len(a.paragraphs))):
        return False
    if any(_tied(articles, i, op) for i in holders):
        return True
    holder = articles[holders[0]]
    opens = holder.paragraphs[0][:16] if holder.paragraphs else holder.title[:16]
    raise CorrectionError(
        f"the paragraph {taken!r} is read as the {role} of the article opening {opens!r} now, which may"
        " not be the one it was made for: check it"
    )


def _tied(articles: list[Article], holder: int, op: dict[str, Any]) -> bool:
    """Is article `holder` the one a `role` operation gave its field, by the text printed next to the
    paragraph: the rest of a line's paragraph opens its body; the paragraph after it (within the key)
    opens one of its paragraphs; else the end of the paragraph before it (`above`, kept by a duba since
    this check) ends one of its paragraphs, or, a headline or kicker heading the story below, one of the
    article before. A name between two stories, made the first one's byline, read as the second one's
    byline by a new segmenter, is not done already: it is said, as before. Without such text (an op
    kept by an older duba, of an article's last paragraph), not known: said too."""
    key, article = str(op["paragraph"]), articles[holder]
    lines = key.split("\n")
    length = op.get("length")
    if length is not None and (rest := lines[0][length:].strip()):
        return bool(article.paragraphs) and article.paragraphs[0].startswith(rest)
    if len(lines) > 1 and (after := lines[1].strip()):
        return any(p.startswith(after) for p in article.paragraphs)
    above = op.get("above")
    if not isinstance(above, str) or not above.strip():
        return False
    above = above.strip()
    near = [article]
    if op.get("role") in ("headline", "kicker") and holder > 0:
        near.append(articles[holder - 1])
    return any(p.rstrip().endswith(above) for a in near for p in a.paragraphs)


def joined_to(articles: list[Article], i: int, op: dict[str, Any]) -> None:
    """Raise `CorrectionError` where a join of article `i` would join it to another article than the one
    it joined (`to`, kept by a duba since this check): that one (or the article it is part of now: a
    correction, another duba's too, or a new segmentation joined it to the one before) is no longer just
    before it, but for photos a new segmentation set apart between them (a caption), because a new
    segmentation reads the page in another order. An op without `to` is carried out as before."""
    to = op.get("to")
    if not isinstance(to, dict):
        return
    try:
        at = find_article(articles, to)
    except CorrectionError:
        body = to.get("body")
        try:
            at = find_paragraph(articles, body, near=False)[0] if isinstance(body, str) else -1
        except CorrectionError:
            at = -1
    if not 0 <= at < i or any(a.kind != "photo" for a in articles[at + 1 : i]):
        named = str(next(iter(to.values()), ""))[:16]
        raise CorrectionError(f"the article it was joined to ({named!r}…) is no longer just before it")


def _units(articles: list[Article]) -> list[str]:
    """Every title field and paragraph of the page, stripped."""
    units = []
    for article in articles:
        units.extend(value.strip() for name in TITLE_FIELDS if (value := getattr(article, name)))
        units.extend(p.strip() for p in article.paragraphs)
    return units


def break_done(articles: list[Article], before: str, after: str) -> bool:
    """Are the words on either side of a paragraph break a `split_paragraph` put in apart already,
    the first ending a title field or paragraph and the second opening one (a new segmentation read the
    part before the break as a title)?"""
    before, after = before.strip(), after.strip()
    if not before or not after:
        return False
    units = _units(articles)
    return any(u.endswith(before) for u in units) and any(u.startswith(after) for u in units)


def joined_done(articles: list[Article], key: str) -> bool:
    """Is the paragraph a `join_paragraphs` joined to the one before it (its opening `key`) inside a
    paragraph already, letter for letter (a new segmentation ran the two into one)?"""
    first = key.split("\n")[0].strip()
    if len(first) < SHORTEST_JOINED:
        return False
    return any(p.find(first) > 0 for a in articles for p in a.paragraphs)
