"""Photos whose captions tell of neither story around them: photos standing alone.

An article prints its own photos, whose captions tell of its people and places; a photo standing
alone tells of something else. On the helper sets' truths a photo whose caption shares a pair of
ideographs at most with the text on either side stands alone 150 times in 201, where 51 of 428
captions printed with an article share that few with its text (`mark_untied_captions`). The words a
caption shares are read as `reader.page.captionties` reads them.
"""

from __future__ import annotations

from reader.page.blocks import NUMBERED_CAPTION, Unit
from reader.page.bodytext import side_from
from reader.page.captionties import following, pairs_of, shared_pairs
from reader.page.photos import CAPTION_RUN, photo_spans


def mark_untied_captions(units: list[Unit], texts: dict[int, str]) -> None:
    """A photo whose caption shares no words with the text on either side of its run (a pair of
    ideographs at most, its credit left out; `UNTIED_LEAST` pairs of its own or more) tells of
    something else than the stories around it: a photo standing alone, marked `untied`. An article's
    captions tell of its people and places. Runs tied to a story by words or by the reporter their
    credit names, numbered series, runs set tight in text or under a sentence alone, and dated news
    photos are not read; a run opening the page is read against the whole page (`topphotos`). In a run
    whose first photos are tied to the story above, set tight under its text, the photos after them
    are read where a blank line sets them apart (a story that sets its photos apart sets each so)."""
    n = len(units)
    page = ""  # (the page's text, made once where a run opens the page)
    i = 0
    while i < n:
        if units[i].features.keys().isdisjoint(CAPTION_RUN):
            i += 1
            continue
        j = i + 1
        while j < n and not CAPTION_RUN.isdisjoint(units[j].features):
            j += 1
        spans = photo_spans(units, i, j)
        # (the photos tied to a story: the last of them, counted from 1; 0 where none is)
        tied = max((k for k, (a, b) in enumerate(spans, 1) if _tied(units[a:b])), default=0)
        if tied and (
            tied == len(spans) or units[i].lines[0].blank or not units[spans[tied][0]].lines[0].blank
        ):
            i = j
            continue
        first = spans[tied][0]
        loose = not tied and i > 0 and len(units[i - 1].lines) == 1 and units[i - 1].lines[0].end
        inset = first > 0 and j < n and not units[first].lines[0].blank and not units[j].lines[0].blank
        dated = "dateline" in units[first].features or "dated_credit" in units[first].features
        if loose or inset or dated or NUMBERED_CAPTION.match(units[first].first):
            # (photos numbered, or set tight between two blocks of text: a story's;
            # a sentence alone over the run may be one more caption of it, of a group closed by one
            # credit; a news photo sent with its own dateline is read as one, `news_photo`)
            i = j
            continue
        above = side_from(units, i - 1, -1, texts) if i else ""
        below = ""
        for start, end in spans[tied:]:
            captions = [unit for unit in units[start:end] if "credit" not in unit.features]
            own = pairs_of(captions)
            if len(own) < UNTIED_LEAST or shared_pairs(own, above) > 1:
                continue
            if not below:
                if above:
                    below = following(units, j)
                else:  # (photos at the page's top may be any story's: `topphotos`)
                    page = page or "".join(u.text for u in units if u.features.keys().isdisjoint(CAPTION_RUN))
                    below = page
            if shared_pairs(own, below) <= 1:
                for unit in captions:
                    unit.features["untied"] = 1
        i = j


def _tied(photo: list[Unit]) -> bool:
    """Is a photo's caption or credit tied to a story, by its words or the reporter it names?"""
    return any(not unit.features.keys().isdisjoint(_TIED_BY_NAME) for unit in photo)


UNTIED_LEAST = 8
_TIED_BY_NAME = frozenset(
    {"credited_below", "credited_above", "credited_over_byline", "tells_above", "tells_below"}
)
