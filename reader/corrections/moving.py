"""The `move_title` operation (`reader.corrections.ops.move_title_op`) carried out: a title line
that the segmenter gave the wrong article, found again near the article it goes to."""

from __future__ import annotations

from typing import Any

from reader.corrections.fields import parse_byline, refresh, set_field, split_article
from reader.corrections.ops import ROLES, STACK, CorrectionError, find_article, find_paragraph
from reader.model import Article

NEAR = 2
"""How far from the receiving article (in articles) a moved title is looked for: a new segmentation
moves a line to a neighbour, not across the page, and a short title's words found far away are
more likely another article's."""


def move_title(out: list[Article], op: dict[str, Any]) -> list[Article]:
    """Carry out a `move_title` operation (`reader.corrections.ops.move_title_op`): the title's text,
    found as a title field or a paragraph (or a paragraph's opening) nearest the receiving article,
    becomes that article's role; what the role held takes the place the text left. With `split`, the
    receiving article is split first and its part next to the title takes it (`_split_receiving`)."""
    text, role = str(op["text"]).strip(), op["role"]
    if role not in ROLES or not text:
        raise CorrectionError(f"cannot move {text!r} to be a {role}")
    t = find_article(out, op["to"])
    if "split" in op:
        t = _split_receiving(out, t, op)
    target = out[t]
    held = getattr(target, role)
    if held is not None and held.strip() == (parse_byline(text)[0] if role == "byline" else text):
        return out  # the title is there already (a new segmentation put it there)
    try:
        first: int | None = find_article(out, op["from"]) if isinstance(op.get("from"), dict) else None
    except (CorrectionError, ValueError):
        first = None  # the article it came from is gone (a new segmentation): looked for near `to`
    place = _title_place(out, text, t, first)
    if place is None:
        raise CorrectionError(f"the title {text!r} is not near its article any more")
    i, field, paragraph = place
    if i == t and field == role:
        return out
    source = out[i]
    displaced = set_field(target, role, text)
    if field is not None:
        set_field(source, field, displaced)
    else:
        assert paragraph is not None
        rest = source.paragraphs[paragraph].strip()[len(text) :].strip()
        source.paragraphs[paragraph : paragraph + 1] = [p for p in (displaced, rest) if p]
    out[t] = refresh(target)
    if i != t:
        if source.paragraphs or any(getattr(source, name) for name in STACK):
            out[i] = refresh(source)
        else:  # it held nothing but the title: an article no longer
            del out[i]
    return out


def _split_receiving(out: list[Article], t: int, op: dict[str, Any]) -> int:
    """Split article `t` (two stories run together) at the paragraph opening with `op["split"]` and
    return the index of the part that receives the moved title: the part from that paragraph on
    (`op["part"]` "end", the title printed under it) or the part before it ("start"), the other part
    keeping the article's own titles. A segmentation that split it there already is taken as it is."""
    part = op.get("part")
    if part not in ("start", "end"):
        raise CorrectionError(f"unknown part {part!r}")
    i, j = find_paragraph(out, str(op["split"]))
    if j == 0 and i == t + 1:  # split there already
        return i if part == "end" else t
    if i != t or j == 0:
        raise CorrectionError(f"paragraph {op['split']!r} is not in the article it split any more")
    head, tail = split_article(out[t], j)
    if part == "start":  # the titles were printed over the later story: they stay with it
        for name in STACK:
            setattr(tail, name, getattr(head, name))
            setattr(head, name, None)
        tail.authors, head.authors = head.authors, []
        refresh(tail)
    out[t : t + 1] = [head, tail]
    return t + 1 if part == "end" else t


def _title_place(
    articles: list[Article], text: str, near: int, first: int | None
) -> tuple[int, str | None, int | None] | None:
    """Where `text` is: in article `first` if there, else nearest article `near` (within `NEAR`), as
    (article, title field, None) or (article, None, paragraph) for a paragraph that is or opens with
    it; None when it is nowhere."""
    nearby = range(max(near - NEAR, 0), min(near + NEAR + 1, len(articles)))
    order = sorted(nearby, key=lambda i: (i != first, abs(i - near)))
    for i in order:
        article = articles[i]
        for name in STACK:
            value = getattr(article, name)
            if value and value.strip() == text:
                return i, name, None
        for j, paragraph in enumerate(article.paragraphs):
            if paragraph.strip().startswith(text):
                return i, None, j
    return None
