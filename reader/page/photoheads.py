"""Photos read as standing alone whose captions name a neighbouring story's title: that story's.

A photo printed with a story shows what the story's title names (`冰雪乐园迎来小游客` over a caption
`小游客在冰雪乐园里堆雪人`), while a photo standing alone tells of something else. After the
labelling, a photo item with no title of its own whose captions (their credits left out) share
`HEAD_TIE` pairs of ideographs or more with the titles (kicker, headline, subtitle) of the story
printed right above it or right under it, and none with the other's, joins that story: its captions
and credit become the story's paragraphs, in page order (`reader.page.captionties` ties captions to
a story's text before the labelling; this reads the titles the labelling found). A pair counts
only where no other item's text prints it: a word the page's stories share (the city a local paper
serves) names none of them. Not where that story's title is printed right against the photo (the
story above's headline printed after its text, the one below's before it): a photo's own title is
printed there too, and the labelling may have read it as a story's (without this, the non-blind
sets gained 20 articles more and lost 9).

On the pages with blank lines of all 16 page sets, 38 more articles and photos pair with their
truth and none fewer; on their blankless copies, 39 more and 1 fewer.
"""

from __future__ import annotations

from collections import Counter

from reader.page.blocks import Unit
from reader.page.bodytext import ideograph_pairs
from reader.page.captionties import join_photos, untitled_photo
from reader.page.grammar import State

HEAD_TIE = 2  # pairs of ideographs a photo's captions share with a story's titles to be its
_TITLE_ROLES = frozenset({"kicker", "headline", "subtitle"})


class _Page:
    """The items of a page as `_target` reads them: each one's title pairs, and in how many items'
    texts each pair stands, made when first asked."""

    def __init__(self, units: list[Unit], states: list[State], items: list[list[int]]) -> None:
        self.units, self.states, self.items = units, states, items
        self._titles: dict[int, set[int] | None] = {}
        self._texts: list[set[int]] | None = None
        self._counts: Counter[int] = Counter()

    def titles(self, k: int) -> set[int] | None:
        """The pairs of ideographs (`ideograph_pairs`) of item `k`'s titles, or None where it has no
        headline."""
        if k not in self._titles:
            idx, states = self.items[k], self.states
            if any(states[i].role == "headline" for i in idx):
                printed = " ".join(self.units[i].text for i in idx if states[i].role in _TITLE_ROLES)
                self._titles[k] = ideograph_pairs(printed)
            else:
                self._titles[k] = None
        return self._titles[k]

    def elsewhere(self, pair: int, *skip: int) -> bool:
        """Does the text of an item other than those in `skip` print `pair`? (Each item's pairs are
        counted once for the page: asked of every photo of a large page, it stays linear.)"""
        if self._texts is None:
            self._texts = [ideograph_pairs(" ".join(self.units[i].text for i in idx)) for idx in self.items]
            for pairs in self._texts:
                self._counts.update(pairs)
        return self._counts[pair] > sum(pair in self._texts[m] for m in skip)


def _named(own: set[int], page: _Page, k: int, m: int) -> int:
    """How many of photo item `k`'s caption pairs `own` the titles of item `m` print, and the text of
    no other item: a word the page's other stories print too (the city a local paper serves) names
    none of them."""
    titles = page.titles(m)
    if not titles:
        return 0
    return sum(not page.elsewhere(pair, k, m) for pair in own & titles)


def _target(page: _Page, k: int) -> int | None:
    """The item next to photo item `k` whose titles its captions name (`HEAD_TIE`), or None."""
    units, states, items = page.units, page.states, page.items
    own = ideograph_pairs(" ".join(units[i].text for i in items[k] if states[i].role == "photo"))
    up = _named(own, page, k, k - 1) if k else 0
    down = _named(own, page, k, k + 1) if k + 1 < len(items) else 0
    # (a title printed right against the photo may be its own, read as a story's by the labelling)
    if up and states[items[k - 1][-1]].role in _TITLE_ROLES:
        return None
    if down and states[items[k + 1][0]].role in _TITLE_ROLES:
        return None
    if up >= HEAD_TIE and not down:
        return k - 1
    if down >= HEAD_TIE and not up:
        return k + 1
    return None


def tie_photos_to_titles(units: list[Unit], states: list[State], items: list[list[int]]) -> list[State]:
    """Join each untitled photo item whose captions name the titles of the story above or under it
    to that story (`items` is changed in place). Returns the units' states, the photos' roles
    changed to an article's (caption, credit)."""
    page = _Page(units, states, items)
    found = []
    for k, idx in enumerate(items):
        if untitled_photo(states, idx) and (target := _target(page, k)) is not None:
            units[idx[0]].features["names_title"] = 1  # (for --explain: why the photo joined)
            found.append((k, target))
    return join_photos(states, items, found) if found else states
