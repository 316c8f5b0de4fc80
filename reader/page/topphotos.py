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
from reader.page.photos import CAPTION_RUN, credits_reporter

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
    run = _top_run(roles, first)
    if not run or CAPTION_RUN.isdisjoint(units[first[0]].features):
        return None
    if run < len(first) and roles[first[run]] == "photo-title":
        return None
    if any("marked_photo" in units[i].features for i in first[:run]):
        return None  # (a credit opening with a marker, `■ 本报记者 X`, is a photo's standing alone)
    own = pairs_of(units[i] for i in first[:run] if roles[i] not in ("credit", "photo-credit"))
    if len(own) < TOP_TIE:
        return None
    texts = _story_texts(units, roles, items, run)
    if not texts:
        return None
    best, k, runner_up = _shares(own, texts)
    share = TOP_SHARE_UNDER if k == 1 and run == len(first) else TOP_SHARE
    if not k or best < TOP_TIE or best < share * len(own) or best <= 2 * runner_up:
        return None
    if any(roles[i] == "caption" for i in items[k]):
        return None  # an article prints its photos in one place: these stand alone
    return k, run


def _top_run(roles: list[str], first: list[int]) -> int:
    """How many units open the first item that are a photo's (captions and credits)."""
    run = 0
    while run < len(first) and roles[first[run]] in _TOP_ROLES:
        run += 1
    return run


def _story_texts(
    units: list[Unit], roles: list[str], items: list[list[int]], run: int
) -> list[tuple[int, str]]:
    """Each story's text, by its item's index: the first item's past the `run` units of the photo
    opening it (the story under the photo); items all photo are none."""
    texts = []
    for k, idx in enumerate(items):
        rest = idx[run:] if k == 0 else idx
        if not all(roles[i].startswith("photo") for i in rest):
            # (a line break parts the units' texts: no pair is read across two units)
            texts.append((k, "\n".join([units[i].text for i in rest])))
    return texts


def _shares(own: set[str], texts: list[tuple[int, str]]) -> tuple[int, int, int]:
    """How many of a caption's pairs (`own`) the story sharing most holds, that story's item, and how
    many the runner-up holds."""
    shares = sorted(((shared_pairs(own, text), k) for k, text in texts), reverse=True)
    best, k = shares[0] if shares else (0, 0)
    return best, k, shares[1][0] if len(shares) > 1 else 0


def _move(labelling: Labelling, items: list[list[int]], moves: dict[int, list[int]]) -> None:
    """Move photos out of the first item into the items `moves` names: each photo's captions open
    that story's paragraphs, in page order, printed as an article prints them."""
    labelling.states = states = list(labelling.states)
    for k, photo in moves.items():
        placement = states[items[k][0]].placement
        for i in photo:
            states[i] = State(as_article_role(states[i].role), placement)
        items[k][:0] = photo
    gone = {i for photo in moves.values() for i in photo}
    items[0][:] = [i for i in items[0] if i not in gone]
    if not items[0]:
        del items[0]


def move_top_photo(units: list[Unit], labelling: Labelling, items: list[list[int]]) -> None:
    """Move the photo opening the page into the story whose words its caption shares
    (`story_of_top_photo`), or each of several photos there into its own story (`_split_top_photos`)."""
    found = story_of_top_photo(units, [s.role for s in labelling.states], items)
    if found is None:
        _split_top_photos(units, labelling, items)
    else:
        k, run = found
        _move(labelling, items, {k: items[0][:run]})


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
    roles = [s.role for s in labelling.states]
    first = items[0]
    run = _top_run(roles, first)
    photos = _top_photos(units, roles, first[:run])
    if len(photos) < 2 or (run < len(first) and roles[first[run]] == "photo-title"):
        return
    texts = _story_texts(units, roles, items, run)
    moves: dict[int, list[int]] = {}
    for n, photo in enumerate(photos):
        goes_on = "series_goes_on" in units[photo[0]].features  # (`图②`: the series above goes on)
        if goes_on and any(photo[0] in moved for moved in moves.values()):
            continue  # (moved with the series' first photo, below)
        own = pairs_of(units[i] for i in photo if roles[i] not in ("credit", "photo-credit"))
        if len(own) < TOP_TIE or any("marked_photo" in units[i].features for i in photo):
            continue
        best, k, runner_up = _shares(own, texts)
        told = k and best >= TOP_TIE and best >= TOP_SHARE * len(own) and best > 2 * runner_up
        # (the photos of a story's own reporter, `以上图片均为本报记者X摄`: a numbered series whole)
        if not told and not goes_on and (credited := _credited(units, roles, items, photo[-1])):
            told, k = True, credited
            for rest in photos[n + 1 :]:
                if "series_goes_on" not in units[rest[0]].features:
                    break
                photo = photo + rest
        if told and not any(roles[i] == "caption" for i in items[k]):
            moves.setdefault(k, []).extend(photo)
    if moves:
        _move(labelling, items, moves)


def _credited(units: list[Unit], roles: list[str], items: list[list[int]], credit: int) -> int:
    """The one story below the first whose byline names the reporter the photo's credit names, or 0."""
    found = [
        k
        for k, idx in enumerate(items[1:], 1)
        if credits_reporter(
            units[credit], [b for i in idx if roles[i] == "byline" and (b := units[i].byline)]
        )
    ]
    return found[0] if len(found) == 1 else 0
