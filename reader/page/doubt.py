"""How sure the segmenter is of one article: the labelling's margins and the error kinds it is known to make.

The margins of the best labelling (`labels`) say how far the next best reading of a unit was, but an
article can be wrong with every margin wide: pages laid out by a program the weights never saw fail
in a few known ways. Each is a cheap look at what the article already holds:

- no title at all (a body cut off its article, a caption read as a story);
- a title line whose role the grammar chose against the line's own evidence (kicker or headline of
  a two-line stack with no dash: a guess);
- the upper of two title lines exactly as wide as the column (a headline wrapped at the column read
  as kicker + headline);
- no byline or dateline (the title may belong to the neighbouring body);
- a short body (a fragment split off, or a caption): the body's length counts for the article;
- a headline that shares few words with the opening of its body (a caption's title, or the
  neighbouring story's headline);
- a page placing headlines both before and after bodies (a title between two bodies: which
  neighbour?), an item opening with a caption or photo.

They are combined into the chance that the article's boundaries and titles are right (a logistic
sum; weights fitted on the tune splits of the outside page sets by `benchmarks/fit_confidence.py`;
`benchmarks/confidence_calibration.py` reports them on the valid splits).
"""

from __future__ import annotations

import math

from reader.model import Article
from reader.page.blocks import Unit
from reader.page.labels import Labelling, confidence
from reader.page.weights import ROLES

_TITLE_ROLES = ("kicker", "headline", "subtitle")
_WATCHED = frozenset((*_TITLE_ROLES, "byline", "photo-title"))
_TITLE_INDEX = {role: ROLES.index(role) for role in _TITLE_ROLES}  # (in `Labelling.vectors`)

# weights of the logistic sum (fitted on the tune splits of layouts 2–7 by benchmarks/fit_confidence.py,
# rounded)
_BIAS = 0.55
_MARGIN = 1.75  # the weakest margin over the titles and ends, as `labels.confidence` maps it
_MARGIN_ALL = 1.25  # the weakest margin over all the article's units, up to 8, over 8
_LENGTH = 0.85  # log(1 + the body's characters) / 8: a long body is seldom a fragment or a caption
_NO_TITLE = -3.15
_PHOTO_NO_TITLE = -1.6  # (a photo often has none, but half the untitled ones on unseen layouts are wrong)
_TITLE_AGAINST_EVIDENCE = -1.1
_NO_BYLINE = -1.1
_HEADLINE_APART = -1.75  # (a caption's or the neighbouring story's title: its words are not the body's)
_MIXED_PLACEMENT = -0.15
_UPPER_AS_WIDE = -0.35
_OPENS_WITH_PICTURE = -0.3
_APART_BELOW = 0.35  # share of the headline's Chinese characters found in the body's opening
_OPENING = 300  # characters of the body the headline is compared with


def mixed_placement(labelling: Labelling, items: list[list[int]]) -> bool:
    """Does the page place some items' headlines before their bodies and others' after?"""
    return len({labelling.states[idx[0]].placement for idx in items}) > 1


def article_confidence(
    units: list[Unit], labelling: Labelling, idx: list[int], article: Article, mixed: bool
) -> float:
    """The chance (0–1) that the article made of units `idx` has its boundaries and titles right."""
    z = sum(weight for _, weight in _terms(units, labelling, idx, article, mixed))
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def doubts(
    units: list[Unit], labelling: Labelling, idx: list[int], article: Article, mixed: bool
) -> list[str]:
    """The known error kinds the article shows, each with what it takes off (`duba segment --explain`)."""
    return [f"{name} {weight:+.2f}" for name, weight in _terms(units, labelling, idx, article, mixed)[4:]]


def _terms(
    units: list[Unit], labelling: Labelling, idx: list[int], article: Article, mixed: bool
) -> list[tuple[str, float]]:
    """The logistic sum's terms: the bias, the two margins and the body's length, then every error kind
    that applies."""
    states, margins, vectors = labelling.states, labelling.margins, labelling.vectors
    weakest = watched = min(margins[idx[0]], margins[idx[-1]])
    top, titles, against = -1, 0, False
    for i in idx:
        margin = margins[i]
        if margin < weakest:
            weakest = margin
        role = states[i].role
        if role in _WATCHED:
            if margin < watched:
                watched = margin
            k = _TITLE_INDEX.get(role)
            if k is not None:
                titles += 1
                top = i if top < 0 else top
                # a title role its own evidence scores under another title role: the grammar's guess
                row = vectors[i]
                against = against or any(row[j] > row[k] for j in _TITLE_INDEX.values())
    terms = [
        ("bias", _BIAS),
        ("title and end margins", _MARGIN * confidence(watched)),
        ("weakest margin", _MARGIN_ALL * min(max(weakest, 0.0), 8.0) / 8.0),
        ("body length", _LENGTH * math.log1p(sum(map(len, article.paragraphs))) / 8.0),
    ]
    if not (article.kicker or article.headline or article.subtitle):
        terms.append(("no title", _PHOTO_NO_TITLE if article.kind == "photo" else _NO_TITLE))
    if against:
        terms.append(("title role against its evidence", _TITLE_AGAINST_EVIDENCE))
    if not article.byline:
        terms.append(("no byline", _NO_BYLINE))
    if article.headline and _apart(article.headline, article.paragraphs):
        terms.append(("headline shares few words with the body", _HEADLINE_APART))
    if mixed:
        terms.append(("page mixes title placement", _MIXED_PLACEMENT))
    if titles >= 2 and _as_wide_as_column(units[top]):
        terms.append(("upper title line as wide as the column", _UPPER_AS_WIDE))
    if states[idx[0]].role in ("photo", "caption"):
        terms.append(("opens with a picture", _OPENS_WITH_PICTURE))
    return terms


def _apart(headline: str, paragraphs: list[str]) -> bool:
    """Are under `_APART_BELOW` of the headline's Chinese characters in the body's opening?
    (Characters stand in for words: no word segmentation on the segmenter's path.)"""
    letters = [c for c in headline if "\u4e00" <= c <= "\u9fff"]
    if not letters:
        return False
    opening, size = [], 0
    for paragraph in paragraphs:
        opening.append(paragraph)
        size += len(paragraph)
        if size >= _OPENING:
            break
    text = "".join(opening)[:_OPENING]
    return sum(c in text for c in letters) < _APART_BELOW * len(letters)


def _as_wide_as_column(unit: Unit) -> bool:
    """Is the unit's widest line as wide as its column (within 5 %)?"""
    widest = max(line.width for line in unit.lines)
    return 0.95 * unit.column <= widest <= 1.05 * unit.column
