"""Photos printed at the top of the page, over whatever story comes first: whose they are.

A page may print an article's photo at its top, over the first story, and only the words tell whose
it is: a caption names the people and places of its own story (`story_of_top_photo`). A page may
also print several stories' photos in a row there; each then goes to the story its caption tells
of (`_split_top_photos`). `move_top_photo` moves them, its captions opening that story's paragraphs.
"""

from __future__ import annotations

from reader.page.blocks import Unit
from reader.page.captionties import as_article_role, pairs_of, shared_pairs
from reader.page.credits import split_credit
from reader.page.grammar import State
from reader.page.labels import Labelling
from reader.page.photos import CAPTION_RUN

_TOP_ROLES = frozenset({"photo", "photo-credit", "caption", "credit"})  # a photo's units, opening the page
# a photo printed at the top of the page is the story's whose text holds `TOP_TIE` pairs of its caption
# or more, and `TOP_SHARE` of them at least, over twice those any other story holds
TOP_TIE, TOP_SHARE = 4, 0.4
TOP_SHARE_UNDER = 0.1  # … of the story printed right under it (the photo printed over its heading)


def story_of_top_photo(units: list[Unit], roles: list[str], items: list[list[int]]) -> tuple[int, int] | None:
    """The story whose photo opens the page: a page may print an article's photo at its top, over
    whatever story comes first, and only the words tell whose it is. The photo's caption (its
    credit left out) names the people and places of its own story: where one story's text holds
    `TOP_TIE` pairs of the caption's ideographs or more, `TOP_SHARE` of them at least
    (`TOP_SHARE_UNDER` for the story printed right under it), and over twice as many as any other
    story's, the photo is that story's. Returns (the item it goes to, how many units open the first
    item that are the photo's), or None where it stays (it is the first item's already, or no story
    tells). A photo with a title of its own stands alone, as does one credited with a marker
    (`marked_photo`) or one whose story prints captions of its own elsewhere."""
    first = items[0]
    run = 0
    while run < len(first) and roles[first[run]] in _TOP_ROLES:
        run += 1
    if not run or CAPTION_RUN.isdisjoint(units[first[0]].features):
        return None
    if run < len(first) and roles[first[run]] == "photo-title":
        return None
    if any("marked_photo" in units[i].features for i in first[:run]):
        return None  # (a credit opening with a marker, `■ 本报记者 X`, is a photo's standing alone)
    own = pairs_of(units[i] for i in first[:run] if roles[i] not in ("credit", "photo-credit"))
    if len(own) < TOP_TIE:
        return None
    # each story's share of the caption's words (the first item's rest is the story under the photo)
    shares: list[tuple[int, int]] = []
    for k, idx in enumerate(items):
        rest = idx[run:] if k == 0 else idx
        if not rest or all(roles[i].startswith("photo") for i in rest):
            continue
        # (a line break parts the units' texts: no pair is read across two units)
        shares.append((shared_pairs(own, "\n".join([units[i].text for i in rest])), k))
    if not shares:
        return None
    shares.sort(reverse=True)
    best, k = shares[0]
    runner_up = shares[1][0] if len(shares) > 1 else 0
    share = TOP_SHARE_UNDER if k == 1 and run == len(first) else TOP_SHARE
    if not k or best < TOP_TIE or best < share * len(own) or best <= 2 * runner_up:
        return None
    if any(roles[i] == "caption" for i in items[k]):
        return None  # an article prints its photos in one place: these stand alone
    return k, run


def move_top_photo(units: list[Unit], labelling: Labelling, items: list[list[int]]) -> None:
    """Move the photo opening the page into the story whose words its caption shares
    (`story_of_top_photo`): its captions open that story's paragraphs, in page order."""
    states = labelling.states
    found = story_of_top_photo(units, [s.role for s in states], items)
    if found is None:
        _split_top_photos(units, labelling, items)
        return
    k, run = found
    photo = items[0][:run]
    placement = states[items[k][0]].placement
    labelling.states = states = list(states)
    for i in photo:
        states[i] = State(as_article_role(states[i].role), placement)
    items[k][:0] = photo
    del items[0][:run]
    if not items[0]:
        del items[0]


def _top_photos(units: list[Unit], roles: list[str], run: list[int]) -> list[list[int]]:
    """The photos of a run of captions and credits: each its captions and the credit closing them."""
    photos: list[list[int]] = [[]]
    for i in run:
        if "series_opens" in units[i].features:
            photos.append([])  # (`图①：…` opens a photo series of its own)
        photos[-1].append(i)
        if roles[i] in ("credit", "photo-credit") or split_credit(units[i].text)[1]:
            photos.append([])
    return [photo for photo in photos if photo]


def _split_top_photos(units: list[Unit], labelling: Labelling, items: list[list[int]]) -> None:
    """Where the photos opening the page are no one story's as a whole (`story_of_top_photo`), each
    photo (its captions and the credit closing them) is the story's whose words its captions share, by
    the same test: a page may print several stories' photos in a row at its top. A photo no story
    tells stays with the first item, and so does a story's that prints captions elsewhere."""
    states = labelling.states
    roles = [s.role for s in states]
    first = items[0]
    run = 0
    while run < len(first) and roles[first[run]] in _TOP_ROLES:
        run += 1
    photos = _top_photos(units, roles, first[:run])
    if len(photos) < 2 or (run < len(first) and roles[first[run]] == "photo-title"):
        return
    texts = [
        (k, "\n".join(units[i].text for i in (idx[run:] if k == 0 else idx)))
        for k, idx in enumerate(items)
        if not all(roles[i].startswith("photo") for i in (idx[run:] if k == 0 else idx))
    ]
    moved: dict[int, list[int]] = {}
    for photo in photos:
        own = pairs_of(units[i] for i in photo if roles[i] not in ("credit", "photo-credit"))
        if len(own) < TOP_TIE or any("marked_photo" in units[i].features for i in photo):
            continue
        shares = sorted(((shared_pairs(own, text), k) for k, text in texts), reverse=True)
        best, k = shares[0] if shares else (0, 0)
        runner_up = shares[1][0] if len(shares) > 1 else 0
        told = k and best >= TOP_TIE and best >= TOP_SHARE * len(own) and best > 2 * runner_up
        if told and not any(roles[i] == "caption" for i in items[k]):
            moved.setdefault(k, []).extend(photo)
    if not moved:
        return
    labelling.states = states = list(states)
    for k, photo in moved.items():
        placement = states[items[k][0]].placement
        for i in photo:
            states[i] = State(as_article_role(states[i].role), placement)
        items[k][:0] = photo
    gone = {i for photo in moved.values() for i in photo}
    items[0][:] = [i for i in items[0] if i not in gone]
    if not items[0]:
        del items[0]
