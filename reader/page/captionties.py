"""A photo's caption and the story whose words it shares: whose the caption is, and a photo's title.

A photo's caption says what it shows, and an article printed with photos tells of the same people
and places: a caption printed straight under a text whose words it shares (`TIE` pairs, over twice
those it shares with what follows) is that story's (`mark_caption_ties`). On the caption runs of
seven layout programs under a text of three lines or more, such sharing marked the article above's
captions 36 times and another item's 3 times. Our own layout programs pair an article with photos of
other stories, so on their pages a caption sharing nothing with the text above said nothing of where
it belongs; pages laid out from real papers print an article with its own photos, and on the helper
sets' truths a photo whose caption shares a pair of ideographs at most with the text on either side
stands alone 150 times in 201 (`reader.page.untied`). Words shared with the text below, past a
heading, marked an article's captions about 7 times in 8 but moved nearly as many pages' captions
the wrong way as the right. Captions over a title line are read against the story under it
(`_mark_tells_below`), and a title line under a run's credit against the caption over it
(`_mark_title_under`). A photo printed at the top of the page, over whatever story comes first, is
the story's whose words its caption holds (`reader.page.topphotos`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache, partial

from reader.page import rx
from reader.page.blocks import NUMBERED_CAPTION, PICTURE_MARKS, Unit
from reader.page.bodytext import IDEOGRAPHS, SPAN, side_from
from reader.page.credits import split_credit
from reader.page.grammar import State
from reader.page.photos import CAPTION_RUN, CLOSING, opens_heading, own_captions_ahead, photo_spans
from reader.page.weights import TITLE_ROLES

TIE = 4  # pairs of ideographs a caption shares with the text above it (over twice those below) to be its
# a photo read as standing alone over a story whose title stands under its text is that story's when its
# captions share `TIE_UNDER` pairs or more with the text under them and none with the text over them
TIE_UNDER = 6
_ABOVE_UNITS = 4  # units over a photo whose text it is read against
_TIED_MARKS = PICTURE_MARKS | {"over_credit"}  # what opens a run of captions read against the text above


def mark_caption_ties(units: list[Unit], texts: dict[int, str] | None = None) -> None:
    """Captions printed straight under a text (of two lines or more) whose words are that text's:
    a caption tells what its photo shows, and the story it is printed with tells of the same people
    and places, where a photo standing alone, or the next story's, tells of something else. Where a
    caption (its credit left out) shares `TIE` pairs of ideographs or more with the text above it,
    and over twice as many as with the text below, every unit of the caption is marked
    `tells_above`: the story above's. A note closing the text (`（X参与采写）`, a trailer) is read
    past: it closes the text, not the story, and the story's photos may follow it (on the pages
    with blank lines of all sets, 4 more such captions go to their story and none leaves it).
    A run opens with a numbered caption, a credit, or a caption set over its credit line; the text
    over it may be a paragraph's last two lines, left there by a column break (read on through it).
    A run with a title of its own printed under it (`names_photo`), or set in a frame of its own
    (a wider gap over it than the page sets between paragraphs), is a photo standing alone, and is
    not read. (Against reading only runs opening with a numbered caption or a credit under three
    lines or more: on the pages with blank lines of all sets, 18 more articles pair with their truth
    and none fewer; on their blankless copies 26 more and 5 fewer.)
    Captions printed straight over a title line are read the same
    way against the story under it (`_mark_tells_below`), and a title line printed under a run's
    credit against the caption over it (`_mark_title_under`)."""
    texts = {} if texts is None else texts
    n = len(units)
    told = 0  # where the last run read against the story under it ended
    i = 0
    while i < n:
        f = units[i].features
        if f.keys().isdisjoint(CAPTION_RUN):
            i += 1
            continue
        j = i + 1
        while j < n and not CAPTION_RUN.isdisjoint(units[j].features):
            j += 1
        # (a news photo sent with its own dateline tells a story of its own)
        dated = "dateline" in f or "dated_credit" in f
        if i >= told:
            told = j
            if not dated and j < n and opens_heading(units[j]) and not own_captions_ahead(units, j):
                _mark_tells_below(units, i, j, texts)
            if j < n and not CLOSING.isdisjoint(units[j - 1].features) and opens_heading(units[j]):
                _mark_title_under(units, i, j, texts)
        top = i - 1
        while top > 0 and "trailer" in units[top].features:
            top -= 1  # (a note closing the text, `（X参与采写）`: the text is read over it)
        if f.keys().isdisjoint(_TIED_MARKS) or "credit" in f or not i or len(units[top].lines) < 2:
            i += 1
            continue
        if dated or units[i].lines[0].apart or (j < n and "names_photo" in units[j].features):
            i = j
            continue
        # the run's photos, each closed by its credit; those sharing no word with the text above
        # at the run's end are left to the grammar (the next photo may be another story's)
        above = side_from(units, top, -1, texts)
        own: set[str] = set()
        end = i
        start = i
        for k in range(i, j):
            if "credit" not in units[k].features:
                pairs = _caption_pairs(units[k])
                # (after a photo of the story's, closed by its credit, one common pair, `以来`, ties
                # the next photo to it no more than to any other story)
                ties = shared_pairs(pairs, above) > 1 if start > i else any(map(above.__contains__, pairs))
                if ties:
                    own |= pairs
                    end = k + 1
            if not CLOSING.isdisjoint(units[k].features) and end > start:
                end = k + 1
                start = k + 1
        up = shared_pairs(own, above)
        if up >= TIE and up > 2 * shared_pairs(own, following(units, j)):
            for unit in units[i:end]:
                unit.features["tells_above"] = 1
        i = j


def _mark_tells_below(units: list[Unit], i: int, j: int, texts: dict[int, str]) -> None:
    """In a run of captions `units[i:j]` printed straight over a title line, the first photo (its
    captions down to the credit closing them) whose words are those of the story under the title
    (`TIE_BELOW` pairs or more, `TOLD` of its own pairs or more, and over twice those it shares
    with the text above the run) is that story's, printed above its heading, and so is the rest of the run:
    its first unit is marked `tells_below`. A photo standing alone tells of something else. (An
    article prints its photos in one place: under a heading over captions of their own, the run is
    not read.) A numbered series (`图①`, `图②`) is one story's photos: where any of its photos tells
    the story under it, the series goes down whole, from its first unit (on the pages of all sets,
    one more blind layout13 story reads right so, two on its blankless and column-break copies, and a
    blind layout12 page breaks its paragraphs better; no page reads worse)."""
    # the story's text under its title lines and byline (a photo's own title, printed under its
    # caption, shares the caption's words: it is not read)
    m = j
    while m < len(units) and m - j < _HEADING_LINES and len(units[m].lines) == 1:
        m += 1
    below = side_from(units, m, 1, texts)
    if _PAIR.search(below) is None and m < len(units) and "box" in units[m].features:
        # (a box opening the story under its heading, `编者按：…`, is its text too)
        below = "".join(line.text for line in units[m].lines)[:SPAN]
    above = side_from(units, i - 1, -1, texts) if i else ""
    for start, end in photo_spans(units, i, j):
        own = pairs_of(unit for unit in units[start:end] if "credit" not in unit.features)
        down = shared_pairs(own, below)
        if down >= TIE_BELOW and down >= TOLD * len(own) and down > 2 * shared_pairs(own, above):
            units[i if NUMBERED_CAPTION.match(units[i].first) else start].features["tells_below"] = 1
            return


def _mark_title_under(units: list[Unit], i: int, j: int, texts: dict[int, str]) -> None:
    """A title line printed straight under the credit closing a run of captions `units[i:j]`, whose
    words are those of the photo above it (`TITLE_TIE` pairs or more of its last caption's, over
    twice those it shares with the text above the run or with the text under its own heading), is
    that photo's title, printed under it: a story's heading tells of its own text, and a heading
    closing the story above or opening the next shares that story's words. It is marked
    `names_photo`, and the photo's captions `titled_caption`. A title leading into the line under it
    (`…——`) is a kicker, over its headline; one naming a column (`…（X）`) heads a story.

    A photo's title is a short phrase (`雪夜归舟`); set apart, with a title stack set apart under it,
    it is read so whatever its words: the heading under it is the next story's, and a kicker over a
    headline is a clause of its own (`某地推出新举措`), longer than `PHOTO_TITLE` characters. A
    numbered series of photos (`图①`) is an article's, and a title over its own subtitle (`——访…`)
    heads a story."""
    title = units[j]
    if "dash_tail" in title.features or "column_tag" in title.features:
        return
    start = photo_spans(units, i, j)[-1][0]
    if _short_photo_title(units, j) and not NUMBERED_CAPTION.match(units[start].first):
        _names_photo(units, start, j)
        return
    words = _word_pairs(title.first)
    if len(words) < TITLE_TIE:
        return
    own = pairs_of(unit for unit in units[start:j] if "credit" not in unit.features)
    up = len(words & own)
    if up < TITLE_TIE:
        return
    m = j + 1
    while m < len(units) and m - j < _HEADING_LINES and len(units[m].lines) == 1:
        m += 1
    below = side_from(units, m, 1, texts) if m < len(units) else ""
    above = side_from(units, i - 1, -1, texts) if i else ""
    if _PAIR.search(above) is None and i and "box" in units[i - 1].features:
        # (a box closing the text above, `编者按：…`, is that story's text too)
        boxed = "".join(line.text for line in units[i - 1].lines)
        above = boxed[:SPAN] + "\n" + boxed[-SPAN:]
    if 2 * max(shared_pairs(words, below), shared_pairs(words, above)) >= up:
        return
    _names_photo(units, start, j)


def _names_photo(units: list[Unit], start: int, j: int) -> None:
    """Mark units[j] the title of the photo whose captions are units[start:j]."""
    units[j].features["names_photo"] = 1
    for unit in units[start:j]:
        if "credit" not in unit.features:
            unit.features["titled_caption"] = 1


def _short_photo_title(units: list[Unit], j: int) -> bool:
    """Is units[j] a short title of ideographs alone, set apart, with a title stack set apart under
    it?"""
    title = units[j]
    text = title.first.replace(" ", "")
    if "box_title" in title.features:
        return False  # (a box's title over its text opens the story under it)
    if not MIN_PHOTO_TITLE <= len(text) <= PHOTO_TITLE or not title.lines[0].blank:
        return False
    below = units[j + 1] if j + 1 < len(units) else None
    if below is None or not opens_heading(below) or not below.lines[0].blank:
        return False
    if not below.features.keys().isdisjoint(_OWN_UNDER) or not CAPTION_RUN.isdisjoint(below.features):
        return False  # (its own subtitle, `——访某某`, or a box opening its text, or the next photo's caption)
    return IDEOGRAPHS.fullmatch(text) is not None


TITLE_TIE = 4  # pairs of ideographs a title line under a photo shares with its caption to be its title
# characters of a photo's short title, read as one with a heading under it (a two-character line is a
# section's tag or a place)
MIN_PHOTO_TITLE, PHOTO_TITLE = 4, 7
_OWN_UNDER = frozenset({"dash_lead", "box_title"})  # what a story's heading has right under it
# a long caption shares a few common pairs (发展, 市民) with any story: its share must be a part of it
TOLD = 0.15
TIE_BELOW = 3  # (with that share asked, a short caption's three pairs will do)
_HEADING_LINES = 5  # single lines (titles, a byline) looked past for the text under a heading


def _caption_pairs(unit: Unit) -> frozenset[str]:
    """The pairs of ideographs of a caption unit's text, its credit left out."""
    return _uncredited_pairs(" ".join(line.text for line in unit.lines))


def pairs_of(captions: Iterable[Unit]) -> set[str]:
    """The pairs of ideographs of caption units' texts together (`_caption_pairs`)."""
    return set().union(*map(_caption_pairs, captions))


@lru_cache(maxsize=1024)
def _uncredited_pairs(text: str) -> frozenset[str]:
    # (one caption is read against the text around it by several of the steps above)
    return frozenset(_word_pairs(split_credit(text)[0]))


def _word_pairs(text: str) -> set[str]:
    """Every pair of ideographs in a row inside one run of them (no pair made across a figure or a
    stop: `1月19日` gives no `月日`)."""
    return {run[k : k + 2] for run in IDEOGRAPHS.findall(text) for k in range(len(run) - 1)}


def shared_pairs(pairs: Iterable[str], text: str) -> int:
    """How many of `pairs` (`_word_pairs`) the text holds: `len(pairs & _word_pairs(text))`, read off
    the text itself (two ideographs printed side by side in it are one of its pairs), which costs
    less than making the whole set of a text's pairs to compare a caption's or a title's with."""
    return sum(map(text.__contains__, pairs))


_PAIR = rx.compile(r"[\u3400-\u9fff][\u3400-\u9fff]")  # a text holding any pair (`_word_pairs`) at all


def following(units: list[Unit], k: int) -> str:
    """Up to `SPAN` characters of what is printed from units[k] down, titles and all, captions left
    out."""
    parts: list[str] = []
    got = 0
    while k < len(units) and got < SPAN:
        if units[k].features.keys().isdisjoint(CAPTION_RUN):
            text = "".join(line.text for line in units[k].lines)
            parts.append(text)
            got += len(text)
        k += 1
    return "".join(parts)[:SPAN]


_AS_ARTICLE = {"photo": "caption", "photo-credit": "credit"}  # a photo item's roles, printed in an article
_AS_PHOTO = {printed: role for role, printed in _AS_ARTICLE.items()}  # … and an article's, standing alone


_SHORT_UNIT = 3  # lines: a stand-alone photo's caption runs a line or three a unit (a feature's runs on)


def untold_photos(units: list[Unit], states: list[State], items: list[list[int]]) -> list[tuple[int, int]]:
    """Photos standing alone, told of by no story: where a story closes with its title (placed after
    its text) and the next item opens with a run of captions and credits over its body, the run is
    that story's only if its words are (a caption names the people and places its story tells of).
    An unnumbered run of short units (`_SHORT_UNIT` lines at most) that shares no pair of ideographs
    with the `SPAN` characters below it is a photo of its own. On the truths of 23 splits (the blind
    ones left out) the runs this finds stood alone 16 times (7 layout programs), were the next
    story's twice and another story's 3 times (a wider count, by unit and with no length limit: 38
    alone, 7 the next story's, 5 of them 4 lines or more). The page's first item is asked the same
    (a photo opening the page, over a story headed before or after its text), and so is a run over
    a story's title, byline or text; a run whose caption shares `TIE` pairs or more with any other
    text of the page is left (a page prints a story's photos at its top, that story further on). On
    the helper sets this parts 11 photos standing alone from the story under them, and leaves 3 that
    were later stories'; on ours, articles −.001 to −.003 on layouts 1, 3 and 12 (captions a program
    gave stories at random). Returns (item, how many of its units are the photo's) for each such
    item."""
    found: list[tuple[int, int]] = []
    for k in range(len(items)):
        idx = items[k]
        if k:
            above = states[items[k - 1][-1]]
            if above.role not in TITLE_ROLES or above.placement != "a":
                continue
        run = 0
        while run < len(idx) and states[idx[run]].role in ("caption", "credit"):
            run += 1
        if (
            not run
            or run == len(idx)
            or states[idx[run]].role not in ("body", "byline", "headline", "kicker")
        ):
            continue
        if _untold(units, states, idx[:run], partial(following, units, idx[run]), marked=False):
            found.append((k, run))
    return found


def free_photos(units: list[Unit], states: list[State], items: list[list[int]]) -> list[State]:
    """Part from its item each photo standing alone, told of by no story (`untold_photos`: between two
    head-after stories, or opening the page; `_untold_closing`: closing a story headed before its
    text): its captions and credit become an item of their own (`items` is changed in place).
    Returns the units' states, the photos' roles changed."""
    opening = dict(untold_photos(units, states, items))
    closing = dict(_untold_closing(units, states, items))
    if not opening and not closing:
        return states
    states = list(states)
    # (from the page's end up, so that the items ahead keep their places; an item's photos at its
    # head and at its end part at once)
    for k in sorted(opening.keys() | closing.keys(), reverse=True):
        story = items[k]
        head, tail = opening.get(k, 0), len(story) - closing.get(k, 0)
        for i in story[:head] + story[tail:]:
            states[i] = State(_AS_PHOTO[states[i].role], "b")
        items[k : k + 1] = [part for part in (story[:head], story[head:tail], story[tail:]) if part]
    return states


def _told_elsewhere(units: list[Unit], photo: list[int], own: set[str]) -> bool:
    """Does any text of the page but the photo's units hold `TIE` pairs or more of its caption's
    (`own`)? A story printed elsewhere on the page tells of it (a page prints a story's photos at
    its top, that story further on)."""
    parted = set(photo)
    return shared_pairs(own, "\n".join(unit.text for i, unit in enumerate(units) if i not in parted)) >= TIE


def _untold_closing(units: list[Unit], states: list[State], items: list[list[int]]) -> list[tuple[int, int]]:
    """Photos standing alone at the end of a story headed before its text: a run of short, unnumbered
    captions and credits closing the item that shares no pair of ideographs with the `SPAN`
    characters of its story's text over it, nor `TIE` pairs with any other text of the page. A
    page sets a photo of its own between two stories; a story's photo names its people and places.
    On the helper sets this parts 4 such photos (Apr 15-21, Apr 22-28), each right; on ours,
    headline and authors +.002 to +.007 on ten layouts, articles -.003 on the modern set and
    layouts 4 and 12. Returns (item, how many of its last units are the photo's) for each item."""
    found: list[tuple[int, int]] = []
    for k, idx in enumerate(items):
        run = 0
        while run < len(idx) and states[idx[-1 - run]].role in ("caption", "credit"):
            run += 1
        if (
            not run
            or run == len(idx)
            or states[idx[-1 - run]].role != "body"
            or states[idx[0]].placement != "b"
        ):
            continue
        if _untold(units, states, idx[-run:], partial(_text_end, units, states, idx[:-run]), marked=True):
            found.append((k, run))
    return found


def _text_end(units: list[Unit], states: list[State], story: list[int]) -> str:
    """The last `SPAN` characters of the text of a story's units `story`."""
    return "\n".join(units[i].text for i in story if states[i].role == "body")[-SPAN:]


def _untold(
    units: list[Unit], states: list[State], photo: list[int], near: Callable[[], str], marked: bool
) -> bool:
    """Is the run of captions and credits `photo` a photo told of by no story: its captions short
    (`_SHORT_UNIT` lines at most), unnumbered (nor opening with a caption's mark, `图为…`, unless
    `marked`), sharing no pair of ideographs with the text of the story beside it (`near`, read only
    when asked) nor `TIE` pairs with any other text of the page (`_told_elsewhere`)?"""
    caption = [units[i] for i in photo if states[i].role == "caption"]
    if not caption or any(len(u.lines) > _SHORT_UNIT or NUMBERED_CAPTION.match(u.first) for u in caption):
        return False
    if not marked and any("caption_start" in u.features for u in caption):
        return False
    own = pairs_of(caption)
    return bool(own) and not any(map(near().__contains__, own)) and not _told_elsewhere(units, photo, own)


def photos_over_stories_below(units: list[Unit], states: list[State], items: list[list[int]]) -> list[int]:
    """Photos read as standing alone that are the story's under them: where the item after a photo
    opens a story whose title stands under its text (its byline or text first), the story's text
    is printed right under the photo's captions. When those captions share `TIE_UNDER` pairs of
    ideographs or more with the text under them and none with the `_ABOVE_UNITS` units over them,
    the photo is that story's (a caption names the people and places its story tells of). Counted
    on the truths of 24 splits (the blind ones left out): by run of captions over a head-after
    story's byline or text that we read as standing alone, sharing 6 pairs or more with the text
    under it and none above, the story's 13 times, a photo's own once, the story's above once (at 4
    pairs: 17 / 7 / 1); the rule as built moves 11 photos, all the story's below (l5v l5t l6v l6t
    l9v: three layout programs; at 3 pairs it moved 17, three of them photos standing alone).
    Returns the index of each such photo item."""
    found: list[int] = []
    for k in range(len(items) - 1):
        idx, below = items[k], items[k + 1]
        if not untitled_photo(states, idx):
            continue
        opening = states[below[0]]
        if opening.role not in ("byline", "body") or opening.placement != "a":
            continue
        own = pairs_of(units[i] for i in idx)
        # A pair of ideographs printed in a text is one of its `_word_pairs`: looking each caption pair
        # up in the text costs less than making the text's whole set of pairs. The text over the photo
        # is asked first, as it is the shorter and most often shares a pair.
        above = " ".join(units[i].text for i in range(max(0, idx[0] - _ABOVE_UNITS), idx[0]))
        if any(pair in above for pair in own):
            continue
        under = following(units, below[0])
        if sum(pair in under for pair in own) >= TIE_UNDER:
            found.append(k)
    return found


def tie_photos_below(units: list[Unit], states: list[State], items: list[list[int]]) -> list[State]:
    """Join each photo that is the head-after story's under it (`photos_over_stories_below`) to that
    story: its captions open the story's paragraphs, in page order (`items` is changed in place).
    Returns the units' states, the photos' roles changed."""
    found = photos_over_stories_below(units, states, items)
    return join_photos(states, items, [(k, k + 1) for k in found]) if found else states


def untitled_photo(states: list[State], idx: list[int]) -> bool:
    """Is the item of units `idx` a photo with no title of its own (captions and credits only)?"""
    return all(states[i].role in _AS_ARTICLE for i in idx)


def join_photos(states: list[State], items: list[list[int]], moves: list[tuple[int, int]]) -> list[State]:
    """The units' states with each untitled photo item `k` of `moves` (`(k, target)`, in page order)
    joined to the article item `target` beside it: its captions and credits become that article's,
    placed as it is, in page order (`items` is changed in place)."""
    states = list(states)
    for k, target in reversed(moves):
        placement = states[items[target][0]].placement
        for i in items[k]:
            states[i] = State(_AS_ARTICLE[states[i].role], placement)
        if target < k:
            items[target].extend(items[k])
        else:
            items[target][:0] = items[k]
        del items[k]
    return states


def as_article_role(role: str) -> str:
    """A photo's role as an article prints it (its caption and credit as paragraphs)."""
    return _AS_ARTICLE.get(role, role)
