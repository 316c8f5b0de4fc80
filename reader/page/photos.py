"""Photos standing alone among an article's captions: the layout that tells them apart.

An article prints its photos' captions with it, as paragraphs (above its heading at the top of the
page, between its byline and its body, or after its body); a photo standing alone is an item of its
own. Words shared between a caption and the text next to it do not tell them apart (measured on
several layouts); where a caption sits and what is printed around it do. The marks set here are
features the labeller weighs (`reader.page.weights`).
"""

from __future__ import annotations

from reader.page.blocks import _NUMBERED_CAPTION, Unit, _headingish


def mark_titled_photos(units: list[Unit]) -> None:
    """A title line right over a caption that its credit closes (at its end, or on the line under
    it), with a new title stack (or the page's end) after the credit, is that photo's own title: an
    article's captions carry no title of their own, and an article's headline stands over its
    byline or body, not over a caption closed by a credit with the next heading under it."""
    n = len(units)
    for i in range(n - 1):
        unit, below = units[i], units[i + 1]
        f, g = unit.features, below.features
        if len(unit.lines) > 1 or unit.byline is not None or unit.lines[0].end:
            continue
        if not f.keys().isdisjoint(_NOT_TITLE):
            continue
        if len(below.lines) > 12 or below.byline is not None or not g.keys().isdisjoint(_NOT_CAPTION):
            continue
        if _NUMBERED_CAPTION.match(below.first):
            continue  # a numbered series is an article's
        k = i + 2
        if "credit_end" not in g:
            if "ends_stop" not in g or k == n or "credit" not in units[k].features:
                continue
            k += 1
        if k < n and not _opens_heading(units[k]):
            continue
        if i == 0 and k < n and "box_title" in units[k].features:
            # the page's first title over its photo and a box (`核心阅读`): the box opens the body
            # under that headline; mid-page the title may close the story above it instead
            continue
        if len(below.lines) > 1 and unit.lines[0].width >= below.lines[0].width - 2:
            continue  # as wide as the caption's lines: its first line, cut off by a column's end
        if _headingish(unit.first):
            f["titles_photo"] = 1
            g["titled_caption"] = 1


def mark_top_photos_over_byline(units: list[Unit]) -> None:
    """Captions opening the page, closed by a credit line of their own, straight over a byline: the
    first article's photos, printed above its byline (a photo standing alone at the top of a page
    carries its credit at its caption's end, `…。  X摄`, or stands over a heading of its own)."""
    k = 0
    while k < len(units) and not units[k].features.keys().isdisjoint(_CLOSED):
        k += 1
    if k < 2 or k == len(units) or "credit" not in units[k - 1].features:
        return
    below = units[k]
    if below.byline is None or "credit" in below.features:
        return
    for unit in units[:k]:
        unit.features["top_over_byline"] = 1


_CLOSED = frozenset({"over_credit", "credit_end", "credit"})
_NOT_TITLE = frozenset({"credit", "credit_end", "trailer", "caption_start", "dateline"})
_NOT_CAPTION = frozenset({"credit", "dateline"})


def _opens_heading(unit: Unit) -> bool:
    """Could the unit be the first line of a title stack: one line, no byline, no finished sentence?"""
    one = len(unit.lines) == 1 and unit.byline is None
    return one and not unit.lines[0].end and "credit" not in unit.features
