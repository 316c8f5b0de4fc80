"""How sure the segmenter is of one article: the labelling's margins and the error kinds it is known to make.

The margins of the best labelling (`labels`) say how far the next best reading of a unit was, but an
article can be wrong with every margin wide: pages laid out by a program the weights never saw fail
in a few known ways. Each is a cheap look at what the article, and the page around it, already hold:

- no title at all (a body cut off its article, a caption read as a story);
- a title line whose role the grammar chose against the line's own evidence (kicker or headline of
  a two-line stack with no dash: a guess), or whose own margin is narrow;
- the upper of two title lines exactly as wide as the column, or a headline printed over two lines
  or more (a title wrapped at the column, a kicker and headline, or a stack of a text's lines);
- no byline or dateline (the title may belong to the neighbouring body);
- a short body, against the page's other articles (a fragment split off, or a caption): a long one
  is seldom wrong;
- a headline that shares few words with the opening of its body (a caption's title, or the
  neighbouring story's headline), or more with the opening of the article before or after it;
- an item opening with a caption or photo, a page whose other items carry no bylines (nothing
  there tells one story from the next);
- a photo printed with a title of its own is seldom wrong.

They are combined into the chance that the article's boundaries and titles are right (a logistic
sum; weights fitted on the tune splits of the outside page sets by `benchmarks/fit_confidence.py`;
`benchmarks/confidence_calibration.py` reports them on the valid splits).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import repeat
from operator import contains

from reader.model import Article
from reader.page import rx
from reader.page.blocks import Unit
from reader.page.labels import Labelling, confidence
from reader.page.weights import ROLES

_TITLE_ROLES = ("kicker", "headline", "subtitle")
_WATCHED = frozenset((*_TITLE_ROLES, "byline", "photo-title"))
_TITLE_INDEX = {role: ROLES.index(role) for role in _TITLE_ROLES}  # (in `Labelling.vectors`)
_K, _H, _S = _TITLE_INDEX.values()

# weights of the logistic sum (fitted on the tune splits of layouts 2–9 by benchmarks/fit_confidence.py,
# rounded)
_BIAS = -0.15
_MARGIN = 0.55  # the weakest margin over the titles and ends, as `labels.confidence` maps it
_MARGIN_ALL = 1.65  # the weakest margin over all the article's units, up to 8, over 8
_MARGIN_TITLE = 2.6  # the weakest margin over the title lines alone, up to 8, over 8
_LENGTH = 0.5  # log(1 + the body's characters) / 8: a long body is seldom a fragment or a caption
_LENGTH_ON_PAGE = 1.15  # log of the body's length over the page's median article's, within ±3, over 3
_UNSIGNED_PAGE = -0.75  # the share of the page's other items with no byline
_NO_TITLE = -2.2
_PHOTO_NO_TITLE = -0.3  # (a photo often has none)
_PHOTO_TITLED = 2.45
_TITLE_AGAINST_EVIDENCE = -0.55
_NO_BYLINE = -0.9
_HEADLINE_APART = -1.45  # (a caption's or the neighbouring story's title: its words are not the body's)
_HEADLINE_NEIGHBOUR = -2.25  # (its words open the article before or after it more than its own)
_UPPER_AS_WIDE = -0.5
_HEADLINE_LINES = -2.0
_OPENS_WITH_PICTURE = -0.25
_APART_BELOW = 0.35  # share of the headline's Chinese characters found in the body's opening
_NEIGHBOUR_ABOVE = 0.2  # how much more of them a neighbour's opening holds
_OPENING = 300  # characters of the body the headline is compared with
# the terms every article has (the rest, the error kinds, are what `doubts` lists)
_ALWAYS = 7


@dataclass(frozen=True, slots=True)
class PageView:
    """What an article's confidence reads from the rest of its page."""

    openings: list[str]
    """Each item's body opening (its first `_OPENING` characters)."""
    median: float
    """The body length of the page's median article (photos aside)."""
    unsigned: int
    """How many of the page's items have no byline."""


def page_view(articles: list[Article]) -> PageView:
    """The page around the articles, read once for all their confidences."""
    lengths = sorted([sum(map(len, a.paragraphs)) for a in articles if a.kind == "article"])
    half = len(lengths) // 2
    return PageView(
        openings=[_opening(a.paragraphs) for a in articles],
        median=(lengths[half] + lengths[~half]) / 2 if lengths else 0.0,
        unsigned=sum(not a.byline for a in articles),
    )


def confidences(
    units: list[Unit], labelling: Labelling, kept: list[list[int]], articles: list[Article]
) -> list[list[tuple[str, float]]]:
    """Set each article's confidence: the chance (0–1) that its boundaries and titles are right.
    Returns each article's terms (`terms`), for `doubts`."""
    page = page_view(articles)
    weighed = []
    for k, (article, idx) in enumerate(zip(articles, kept, strict=True)):
        found = terms(units, labelling, idx, articles, k, page)
        article.confidence = round(1.0 / (1.0 + math.exp(-sum(weight for _, weight in found))), 3)
        weighed.append(found)
    return weighed


def doubts(articles: list[Article], weighed: list[list[tuple[str, float]]]) -> dict[str, list[str]]:
    """Each article's known error kinds, by its id, with what each takes off (`duba segment --explain`),
    from the terms `confidences` weighed."""
    return {
        article.id: [f"{name} {weight:+.2f}" for name, weight in found[_ALWAYS:]]
        for article, found in zip(articles, weighed, strict=True)
    }


def terms(
    units: list[Unit], labelling: Labelling, idx: list[int], articles: list[Article], k: int, page: PageView
) -> list[tuple[str, float]]:
    """The logistic sum's terms for article `k` (made of units `idx`): the bias, the margins, the body's
    length and the page's bylines, then every error kind that applies."""
    article = articles[k]
    states, margins, vectors = labelling.states, labelling.margins, labelling.vectors
    weakest = watched = min(margins[idx[0]], margins[idx[-1]])
    title_margin = 0.0
    top, titles, against, wrapped = -1, 0, False, False
    for i in idx:
        margin = margins[i]
        if margin < weakest:
            weakest = margin
        role = states[i].role
        if role in _WATCHED:
            if margin < watched:
                watched = margin
            k_role = _TITLE_INDEX.get(role)
            if k_role is not None:
                title_margin = margin if not titles or margin < title_margin else title_margin
                titles += 1
                top = i if top < 0 else top
                # a title role its own evidence scores under another title role: the grammar's guess
                row = vectors[i]
                against = against or max(row[_K], row[_H], row[_S]) > row[k_role]
                wrapped = wrapped or (role == "headline" and len(units[i].lines) > 1)
    size = sum(map(len, article.paragraphs))
    on_page = 0.0
    if article.kind == "article":
        on_page = max(min(math.log((size + 1) / (page.median + 1)), 3.0), -3.0) / 3.0
    others = len(articles) - 1
    unsigned = (page.unsigned - (not article.byline)) / others if others else 0.0
    out = [
        ("bias", _BIAS),
        ("title and end margins", _MARGIN * confidence(watched)),
        ("weakest margin", _MARGIN_ALL * min(max(weakest, 0.0), 8.0) / 8.0),
        ("body length", _LENGTH * math.log1p(size) / 8.0),
        ("weakest title margin", _MARGIN_TITLE * min(max(title_margin, 0.0), 8.0) / 8.0),
        ("body length against the page's", _LENGTH_ON_PAGE * on_page),
        ("page's other items without byline", _UNSIGNED_PAGE * unsigned),
    ]
    titled = bool(article.kicker or article.headline or article.subtitle)
    if not titled:
        out.append(("no title", _PHOTO_NO_TITLE if article.kind == "photo" else _NO_TITLE))
    elif article.kind == "photo":
        out.append(("photo with a title", _PHOTO_TITLED))
    if against:
        out.append(("title role against its evidence", _TITLE_AGAINST_EVIDENCE))
    if not article.byline:
        out.append(("no byline", _NO_BYLINE))
    letters = _letters(article.headline) if article.headline else ""
    if letters:
        own = _share(letters, page.openings[k])
        if own < _APART_BELOW:
            out.append(("headline shares few words with the body", _HEADLINE_APART))
        # (no neighbour can hold more of them where the body holds nearly all)
        if own < 1.0 - _NEIGHBOUR_ABOVE and any(
            _share(letters, page.openings[j]) > own + _NEIGHBOUR_ABOVE
            for j in (k - 1, k + 1)
            if 0 <= j < len(articles) and page.openings[j]
        ):
            out.append(("headline shares more words with a neighbour's body", _HEADLINE_NEIGHBOUR))
    if titles >= 2 and _as_wide_as_column(units[top]):
        out.append(("upper title line as wide as the column", _UPPER_AS_WIDE))
    if wrapped:
        out.append(("headline printed over two lines or more", _HEADLINE_LINES))
    if states[idx[0]].role in ("photo", "caption"):
        out.append(("opens with a picture", _OPENS_WITH_PICTURE))
    return out


def _opening(paragraphs: list[str]) -> str:
    """The body's first `_OPENING` characters."""
    opening, size = [], 0
    for paragraph in paragraphs:
        opening.append(paragraph)
        size += len(paragraph)
        if size >= _OPENING:
            break
    return "".join(opening)[:_OPENING]


_NOT_LETTER = rx.compile("[^\u4e00-\u9fff]+")


def _letters(headline: str) -> str:
    """The headline's Chinese characters. (They stand in for words: no word segmentation on the
    segmenter's path.)"""
    return _NOT_LETTER.sub("", headline)  # (in C, not a character at a time)


def _share(letters: str, opening: str) -> float:
    """The share of a headline's Chinese characters (`letters`, not empty) found in a body's opening."""
    # (`contains` takes its arguments as they come: `opening.__contains__` packed each in a tuple)
    return sum(map(contains, repeat(opening), letters)) / len(letters)


def _as_wide_as_column(unit: Unit) -> bool:
    """Is the unit's widest line as wide as its column (within 5 %)?"""
    widest = max(line.width for line in unit.lines)
    return 0.95 * unit.column <= widest <= 1.05 * unit.column
