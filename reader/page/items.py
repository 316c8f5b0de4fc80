"""Which units make an item: where the labelling opens one, and the photos standing alone that one
item of the labelling holds (`reader.page.segment` assembles each item into an article or a photo)."""

from __future__ import annotations

from reader.page.blocks import Unit
from reader.page.labels import Labelling, State


def items_of(units: list[Unit], labelling: Labelling) -> list[list[int]]:
    """The page's items (articles, photos) as lists of the indices of their units, in page order. Where
    a photo standing alone is parted from an item (`_photos_apart`), the labelling is changed to read
    so: the photo's units take the photo's states, and an item starts at its caption."""
    items: list[list[int]] = []
    states = labelling.states
    for i, new in enumerate(labelling.starts):
        if not items or (
            (new or _next_photo(units, states, i)) and not _under_titled_photo(units, states, items[-1], i)
        ):
            items.append([])
        else:
            labelling.starts[i] = False  # (the labelling reads as joined, for --explain too)
        items[-1].append(i)
    parts = [part for item in items for part in _photos_apart(units, states, item)]
    for part in parts:
        labelling.starts[part[0]] = True  # (the labelling reads as parted, for --explain too)
    return parts


_CREDITS = ("credit", "photo-credit")
_PHOTO_ITEM = frozenset({"kicker", "headline", "photo-title", "body", "caption", "photo", *_CREDITS})


def _photos_apart(units: list[Unit], states: list[State], item: list[int]) -> list[list[int]]:
    """The item, or the photos standing alone it holds, one item each: where it is photos only (a
    photo's title over captions, each closed by its credit line; no byline and no text of its own),
    an unnumbered caption under a credit and a blank line opens another photo (printed tight under
    it, it is one more photo under the same title: `_under_titled_photo`). A story's photos go with
    its text."""
    roles = [states[k].role for k in item]
    texts = [k for k, role in zip(item, roles, strict=True) if role in ("body", "caption", "photo")]
    if len(texts) < 2 or not all(role in _PHOTO_ITEM for role in roles):
        return [item]
    title = units[item[0]]
    if roles[0] not in ("headline", "photo-title") or "full_line" in title.features or len(title.lines) > 1:
        return [item]  # (a photo's title, short: not a caption's first line broken off at the column)
    if not all(k < item[-1] and states[k + 1].role in _CREDITS for k in texts):
        return [item]
    parts = [[item[0]]]
    for k in item[1:]:
        if (
            k in texts
            and states[k - 1].role in _CREDITS
            and "caption_start" not in units[k].features
            and units[k].lines[0].blank
        ):
            parts.append([])
            # (read as the photo it is: its caption and the credit closing it)
            states[k] = State("photo", states[k].placement)
            states[k + 1] = State("photo-credit", states[k + 1].placement)
        parts[-1].append(k)
    return parts


_PHOTO_ROLES = frozenset({"photo", "photo-credit"})


def _under_titled_photo(units: list[Unit], states: list[State], item: list[int], i: int) -> bool:
    """Does unit `i`, a photo's caption, go on the titled photo `item` right over it: printed tight
    under its last credit, no blank line between? A title set over a run of photos heads them all
    (`某某新春` / a caption and its credit / another caption and its credit: one photo item); a photo
    set apart by a blank line under another stands alone. On the truths of the fifteen helper sets,
    titled photos hold several captions 87 times and stand over an untitled photo 4 times."""
    return (
        states[i].role == "photo"
        and not units[i].lines[0].blank
        and states[item[0]].role == "photo-title"
        and states[i - 1].role == "photo-credit"
        and all(states[k].role in _PHOTO_ROLES for k in item[1:])
    )


def _next_photo(units: list[Unit], states: list[State], i: int) -> bool:
    """Does unit `i` open another photo standing alone? A photo's caption closed by its own credit
    finishes that photo; an unnumbered caption under it is the next photo's (a series of photos
    printed as one item numbers its captions, `图①：…`)."""
    return (
        i > 0
        and states[i].role == "photo"
        and states[i - 1].role == "photo"
        and "credit_end" in units[i - 1].features
        and "caption_start" not in units[i].features
    )
