"""Photos standing alone among an article's captions: the layout that tells them apart.

An article prints its photos' captions with it, as paragraphs (above its heading at the top of the
page, between its byline and its body, or after its body); a photo standing alone is an item of its
own. Words shared between a caption and the text above it mark that text's captions
(`reader.page.captionties.mark_caption_ties`), and sharing none with the text on either side marks
a photo standing alone (`reader.page.untied`); where a caption sits and what is printed around it
tell the rest. Names tie photos to a story as words do: a photo credited to the reporter a neighbouring
story's byline names is that story's, and one whose credit opens with a marker (`■ 本报记者 X`)
stands alone (`mark_credited_photos`). The marks set here are features
the labeller weighs (`reader.page.weights`), set once the units are measured
(`reader.page.measure`): where captions stand on the page (at its top, over a byline, in an
article's frame or apart from it) and what titles them. How an item's captions read once it is
assembled is `reader.page.captions`'.
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blocks import (
    NUMBERED_CAPTION,
    PICTURE_MARKS,
    Unit,
    headingish,
)
from reader.page.byline import Byline, publisher, split_dateline
from reader.page.credits import split_credit
from reader.page.names import surnamed
from reader.page.textclean import MARKERS, ends_sentence, join_lines


def mark_titled_photos(units: list[Unit]) -> None:
    """A title line right over a caption that its credit closes (at its end, or on the line under
    it), with a new title stack (or the page's end) after the credit, is that photo's own title: an
    article's captions carry no title of their own, and an article's headline stands over its
    byline or body, not over a caption closed by a credit with the next heading under it. Nor is a
    photo whose caption tells the story under it (`tells_below`, `reader.page.captionties`) titled:
    it is that story's, printed over its heading (on the pages with blank lines of all sets, 5 more
    stories keep their photo and none loses one)."""
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
        if NUMBERED_CAPTION.match(below.first) or "tells_below" in g:
            continue  # a numbered series is an article's, and so is a photo telling the story under it
        k = i + 2
        rest = g
        if "caption_head" in g and k < n:
            rest = units[k].features  # the caption goes on past a column's end
            k += 1
        if "credit_end" not in rest:
            if "ends_stop" not in rest or k == n or "credit" not in units[k].features:
                continue
            k += 1
        if k < n and not opens_heading(units[k]):
            continue
        if i == 0 and k < n and "box_title" in units[k].features:
            # the page's first title over its photo and a box (`核心阅读`): the box opens the body
            # under that headline; mid-page the title may close the story above it instead
            continue
        if len(below.lines) > 1 and unit.lines[0].width >= below.lines[0].width - 2:
            continue  # as wide as the caption's lines: its first line, cut off by a column's end
        if headingish(unit.first):
            if not _heads_text_above(units, i):
                f["titles_photo"] = 1
            g["titled_caption"] = 1


_TIED = 4  # pairs of ideographs a title shares with the text above it to be that text's heading
_ABOVE = 300  # characters of text read above a title
_LOOKED_PAST = 3  # one-line units looked past above a title for the text


def _heads_text_above(units: list[Unit], i: int) -> bool:
    """Does the title line units[i], over a caption, share `_TIED` pairs of ideographs or more with
    the text printed above it and none with the caption? Then it is that text's heading, printed
    after it (a story whose titles stand under its text), and the photo under it is untitled: a
    photo's own title tells what the photo shows, in its caption's words."""
    words = _pairs(units[i].first)
    if len(words) < _TIED or words & _pairs(split_credit(" " + units[i + 1].text)[0]):
        return False
    above = ""
    passed = 0
    k = i - 1
    while k >= 0 and len(above) < _ABOVE:
        if len(units[k].lines) > 1:
            above = units[k].text + above
        else:  # (a signature or a trailer under the text is looked past)
            passed += 1
            if passed > _LOOKED_PAST:
                break
        k -= 1
    return len(words & _pairs(above[-_ABOVE:])) >= _TIED


def _pairs(text: str) -> set[str]:
    """The pairs of ideographs in a row in the text (none across a figure or a stop)."""
    return {run[k : k + 2] for run in _IDEOGRAPHS.findall(text) for k in range(len(run) - 1)}


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
_IDEOGRAPHS = rx.compile(r"[\u3400-\u9fff][\u3400-\u9fff]*")  # (`bodytext.IDEOGRAPHS`)
_NOT_TITLE = frozenset({"credit", "credit_end", "trailer", "caption_start", "dateline"})
_NOT_CAPTION = frozenset({"credit", "dateline"})


def opens_heading(unit: Unit) -> bool:
    """Could the unit be the first line of a title stack: one line, no byline, no finished sentence?"""
    one = len(unit.lines) == 1 and unit.byline is None
    return one and not unit.lines[0].end and "credit" not in unit.features


# a caption or credit, or text set wider than its column (as captions are)
_PICTURE_SET = PICTURE_MARKS | {"very_wide", "wide"}
_FRAMED = _PICTURE_SET - {"credit"}  # … that a frame holds (a credit line alone tells no frame)


def _marked_as_picture(unit: Unit) -> bool:
    """Do the unit's measured features mark a photo's caption or credit?"""
    return not unit.features.keys().isdisjoint(_PICTURE_SET)


def mark_column_captions_on_top(units: list[Unit]) -> None:
    """Captions that open the page, set in the column of the text under them and closed by their
    credits: the photos of the page's first article, printed above its heading (a photo standing
    alone is set in a frame of its own, wider than a column of text, and is often credited to the
    paper's own reporter with a marker, `■ 本报记者 X`)."""
    k = 0
    while k < len(units) and units[k].features.keys() & _CLOSED_CAPTION:
        k += 1
    top = units[:k]
    if not top or "credit" in top[0].features or k == len(units):
        return
    if any(u.features.keys() & _MARKED_CREDIT for u in top):
        return
    if own_captions_ahead(units, k):
        return
    if all(max(line.width for line in u.lines) <= u.column + 4 for u in top):
        for unit in top:
            unit.features["column_caption_top"] = 1


def mark_captions_unindented(units: list[Unit]) -> None:
    """On a page that prints its paragraphs indented, text printed flush over a credit line is a
    photo's caption: captions are set without a paragraph's indent."""
    if sum("indented" in u.features for u in units) < 3:
        return
    for unit in units:
        f = unit.features
        if "over_credit" in f and "indented" not in f:
            f["flush_over_credit"] = 1


def own_captions_ahead(units: list[Unit], k: int) -> bool:
    """Does the article under the page's top captions (from unit `k`) print captions of its own
    between its heading and its text? An article prints its photos in one place, so the captions
    above it then stand alone."""
    for unit in units[k : k + 6]:
        if _byline(unit):
            continue  # (a byline printed with a marker, `■ 本报记者 X`, reads as a credit's end too)
        if not unit.features.keys().isdisjoint(_CLOSED_CAPTION) or "caption_start" in unit.features:
            return True
        if len(unit.lines) >= 3:
            return False  # the text has begun
    return False


_CLOSED_CAPTION = frozenset({"over_credit", "credit_end", "credit"})
_MARKED_CREDIT = frozenset({"marked_credit_end", "credit_under_caption"})


def mark_photos_over_byline(units: list[Unit]) -> None:
    """Photos printed straight above a byline below some article's text: an article prints its photos
    after its byline (or, at the top of the page, above it), so these stand alone, unless the byline
    is set right under their credit line, in their block, or they are a numbered series (`图①：…`,
    `图②：…`) straight under a story's text: a numbered series is an article's, printed after the
    text of the story above."""
    seen_text = False
    k = 0
    while k < len(units):
        if not _marked_as_picture(units[k]):
            seen_text = seen_text or len(units[k].lines) >= 3
            k += 1
            continue
        j = k
        while (
            j < len(units) and _marked_as_picture(units[j]) and not (j > k and _byline_under_credit(units, j))
        ):
            j += 1
        # (a numbered series, two captions or more, straight under a story's text)
        series = (
            k > 0
            and len(units[k - 1].lines) > 1
            and sum(bool(NUMBERED_CAPTION.match(u.first)) for u in units[k:j]) > 1
        )
        if (
            seen_text
            and not series
            and j < len(units)
            and units[j].byline is not None
            and "credit" not in units[j].features
        ):
            # … unless the byline is printed straight under the credit line, no blank line between:
            # one frame holds the photos and the article under them
            tight = "credit" in units[j - 1].features and not units[j].lines[0].blank
            first = k
            while tight and first > 0 and "over_credit" in units[first - 1].features:
                first -= 1  # (a caption over its credit line)
            for unit in units[first:j]:
                unit.features["framed_with_byline" if tight else "photos_over_byline"] = 1
        k = j


def _byline_under_credit(units: list[Unit], j: int) -> bool:
    """Is unit `j` a byline (`■ 本报记者 X`, which reads as a marked credit too) printed under a
    credit line that closes the captions above it, naming no one that credit names: the next
    story's byline, not their credit? (Photos credited to the reporter it names are that story's,
    printed over its byline: `mark_credited_photos`.)"""
    if not (j > 0 and _byline(units[j]) and "credit" in units[j - 1].features):
        return False
    return not _tied(_credit_names(units[j - 1]), _names(units[j].byline))


def mark_picture_frames(units: list[Unit]) -> None:
    """On a page whose paragraphs run on, photo captions printed straight under an article's text,
    no blank line between, run in that article's frame; captions set apart from the text above by a
    blank line stand in a frame of their own (a photo standing alone, or the next article's)."""
    for before, unit in zip(units, units[1:], strict=False):
        f = unit.features
        if f.keys().isdisjoint(_FRAMED) or "caption_start" in before.features:
            continue
        if len(before.lines) < 2 and "trailer" not in before.features:
            continue
        f["picture_apart" if unit.lines[0].blank else "picture_in_flow"] = 1


def mark_caption_heads(units: list[Unit]) -> None:
    """A caption broken off by a column's end: its head, a sentence left unfinished at a full line,
    stands over the rest that the credit line under it closes (a second pass: `next_full` and the
    credit lines must have been measured)."""
    for i in range(1, len(units) - 1):
        above, unit = units[i - 1], units[i]
        if (
            "credit" not in units[i + 1].features
            or not unit.lines[0].blank
            or unit.lines[0].indent
            or above.lines[-1].end
            or above.byline is not None
            or not above.features.keys().isdisjoint(_CLOSED)
            or any(line.indent for line in above.lines)  # a paragraph's indent: text, not a caption
            or above.lines[-1].width < above.column - 2
        ):
            continue
        if len(above.lines) == 1:
            if "next_full" not in above.features:
                continue
            # a lone line that could be a title is a caption's head only as wide as the caption's
            # lines, right under a title line (a photo's own title stands over its caption, never
            # under a headline)
            title_above = i > 1 and len(units[i - 2].lines) == 1 and not units[i - 2].lines[0].end
            if headingish(above.first) and (not title_above or above.lines[0].width != unit.lines[0].width):
                continue
        elif headingish(above.text):
            continue  # a title set over two lines
        above.features["caption_head"] = 1
        unit.features["caption_goes_on"] = 1


_Person = tuple[str, str]  # a publisher (`本报`, `新华社`, or "") and a name


def mark_credited_photos(units: list[Unit]) -> None:
    """Photos credited to the reporter of a story next to them are that story's: a paper's reporter
    photographs what they report on (`本报记者 X摄` under a caption, `本报记者 X` in the byline).
    In a run of captions and credits, a photo (its captions down to the credit closing them) whose
    credit names someone the byline of the story under the run names (past its title lines: its
    byline or dateline), and no one the nearest byline above the run names, is the next story's,
    printed above its heading: its first unit is marked `credited_below` (`credited_over_byline`
    where no title line stands between the run and that byline: the story's photos printed over
    its byline, with its title above them or after its text). Under a text, the photos
    of the run down to the last one credited to the byline above only (and to none below) are the
    story above's: their units are marked `credited_above`. A photo whose credit opens with a
    marker is marked `marked_photo` (`_mark_marked`) whoever it names."""
    n = len(units)
    last = -1  # the nearest byline or dateline passed
    i = 0
    while i < n:
        unit = units[i]
        f = unit.features
        if unit.byline is not None and "credit" not in f:
            last = i  # (a byline printed with a marker, `■ 本报记者 X`, may read as a credit too)
        elif CAPTION_RUN.isdisjoint(f):
            if "dateline" in f:
                last = i
        else:
            j = i + 1
            while j < n and not CAPTION_RUN.isdisjoint(units[j].features) and not _byline(units[j]):
                j += 1
            if any(not CLOSING.isdisjoint(u.features) for u in units[i:j]):
                _mark_marked(units, i, j)
                _mark_credited(units, i, j, last)
            i = j
            continue
        i += 1


def _mark_marked(units: list[Unit], i: int, j: int) -> None:
    """A photo whose credit opens with a marker (`■ 本报记者 X`, on its own line or at the caption's
    end) stands alone: an article's photos are credited as `X摄` (the marker sets off a name the
    photo is printed under, as a stand-alone item is). Its first unit in the run `units[i:j]` is
    marked `marked_photo`."""
    for start, end in photo_spans(units, i, j):
        if not CLOSING.isdisjoint(units[end - 1].features) and _marked_credit(units[end - 1]):
            units[start].features["marked_photo"] = 1


_MARKED_TAIL = 16  # characters of a line's end a marked credit (`■ 本报记者 X`) may take


def _marked_credit(unit: Unit) -> bool:
    """Does the credit closing a caption unit open with a marker (`■ 本报记者 X`)?"""
    if "credit" in unit.features:
        return unit.lines[0].text[:1] in MARKERS
    last = unit.lines[-1].text
    tail = last[-_MARKED_TAIL:]
    at = max(tail.rfind(m) for m in MARKERS)
    return at >= 0 and not ends_sentence(tail[at:])


def _mark_credited(units: list[Unit], i: int, j: int, last: int) -> None:
    """Mark the photos of the run `units[i:j]` credited to the reporters of the story below it or
    of the byline or dateline `units[last]` above it (`mark_credited_photos`)."""
    photos = _photos(units, i, j)
    named = {name for _, _, people in photos for _, name in people}
    if not named:
        return
    above = (_reporters(units[last], named) or set()) if last >= 0 else set()
    below, titled = _names_below(units, j, named)
    upper = [end for _, end, people in photos if _tied(people, above) and not _tied(people, below)]
    lower = [start for start, _, people in photos if _tied(people, below) and not _tied(people, above)]
    if lower and not upper:
        k = lower[0]
        while k > i and "series_goes_on" in units[k].features:
            k -= 1  # (a numbered series is one story's: it opens at its `图①`)
        units[k].features["credited_below" if titled else "credited_over_byline"] = 1
    elif upper and not lower and i and not opens_heading(units[i - 1]):
        # (under a title line, the story above may print its headline after its text)
        for unit in units[i : upper[-1]]:
            unit.features["credited_above"] = 1


# the marks of the units a run of captions is made of
CAPTION_RUN = PICTURE_MARKS | {"over_credit", "caption_goes_on", "caption_head"}
_TITLES_OVER_BYLINE = 4  # title lines looked past, under a run of captions, for the next byline


def _photos(units: list[Unit], i: int, j: int) -> list[tuple[int, int, set[_Person]]]:
    """The photos of a run of captions `units[i:j]` (`photo_spans`): (start, end, the people its
    credit names)."""
    return [(start, end, _credit_names(units[end - 1])) for start, end in photo_spans(units, i, j)]


def photo_spans(units: list[Unit], i: int, j: int) -> list[tuple[int, int]]:
    """The photos of a run of captions `units[i:j]`, each closed by its credit, as (start, end); the
    captions after the last credit, if any, are one more."""
    found = []
    start = i
    for k in range(i, j):
        if not CLOSING.isdisjoint(units[k].features):
            found.append((start, k + 1))
            start = k + 1
    if start < j:
        found.append((start, j))
    return found


CLOSING = frozenset({"credit", "credit_end"})  # the marks of a caption unit that closes its photo


def credits_reporter(credit: Unit, bylines: list[Byline]) -> bool:
    """Does the photo credit on unit `credit` name a reporter one of `bylines` names?"""
    return _tied(_credit_names(credit), set().union(*map(_names, bylines)))


def _credit_names(unit: Unit) -> set[_Person]:
    """The people a caption's or credit line's photo credit names."""
    f = unit.features
    if "credit" in f and unit.byline is not None:
        credit: Byline | None = unit.byline
    elif "credit_end" in f or "credit" in f:
        credit = split_credit(" " + " ".join(line.text for line in unit.lines))[1]
    else:
        return set()
    return _names(credit)


def _names(byline: Byline | None) -> set[_Person]:
    """The people a byline or credit names (spaces squeezed out), with the publisher it prints."""
    if byline is None:
        return set()
    printed = publisher(byline.text)
    return {(printed, name) for a in byline.authors if len(name := "".join(a.name.split())) >= 2}


def _tied(credited: set[_Person], reporters: set[_Person]) -> bool:
    """Does a credit name one of the reporters, with no other publisher printed (`新华社记者 X摄`
    is not `本报记者 X`)?"""
    return any(
        name == other and (not pub or not by or pub == by)
        for pub, name in credited
        for by, other in reporters
    )


def _reporters(unit: Unit, named: set[str]) -> set[_Person] | None:
    """The reporters a byline or a text's dateline names, where it prints one of the `named` at
    all; None where the unit is neither."""
    if unit.byline is not None and "credit" not in unit.features:
        return _names(unit.byline)  # (`■ 本报记者 X` may close a caption too: `credit_end`)
    if "dateline" in unit.features:
        head = join_lines([line.text for line in unit.lines[:3]])
        squeezed = "".join(head.split())
        if not any(name in squeezed for name in named):
            return set()  # (a dateline is read only where it prints a name credited)
        found = split_dateline(head)
        return _names(found[0]) if found else set()
    return None


def _byline(unit: Unit) -> bool:
    """Is the unit a byline, not a photo's credit line (a byline printed with a marker, `■ 本报记者
    X`, may read as a photo's credit too, but no run of captions holds it)?"""
    return unit.byline is not None and "credit" not in unit.features


def _names_below(units: list[Unit], j: int, named: set[str]) -> tuple[set[_Person], bool]:
    """The reporters of the story under a run of captions ending before unit `j`: its byline or
    dateline, straight under the run (a story's photos printed over its byline) or under its
    title lines (over its heading); and whether title lines stand between."""
    k = j
    while k < len(units) and k - j < _TITLES_OVER_BYLINE and opens_heading(units[k]):
        k += 1
    if k == len(units):
        return set(), False
    return _reporters(units[k], named) or set(), k > j


# a cartoon's credit: who drew it (`王五绘`, `王  五/绘`), perhaps with the agency or the paper that
# supplied it (`王五绘（新华社发）`, `王五绘（《某刊》供图）`), or `漫画：王五`
_DRAWN = rx.compile(
    r"^(?P<name>(?:[\u3400-\u9fff·]\s*){2,8}?)\s*[/／]?绘(?P<supplier>[（(][^（）()]{2,20}[）)])?$"
    r"|^漫画\s*[：:]\s*(?:[\u3400-\u9fff·]\s*){2,8}$"
)


def mark_drawn_credits(units: list[Unit]) -> None:
    """A cartoon's credit alone on its line (`_DRAWN`) is printed in the text the cartoon illustrates,
    a line of that text, never a title (a cartoon has no caption for it to close, and a commentary
    runs one under its byline). One named alone, with no supplier, must open with a surname
    (`某某共绘` is a title's phrase)."""
    for unit in units:
        if len(unit.lines) != 1 or ("绘" not in unit.first and "漫画" not in unit.first):
            continue
        drawn = _DRAWN.match(unit.first)
        if drawn and (drawn["supplier"] or not drawn["name"] or _named(drawn["name"])):
            unit.features["drawn"] = 1


def _named(name: str) -> bool:
    """Is `name` (the ideographs before 绘) a person's name of two to four letters?"""
    name = "".join(name.split())
    return 2 <= len(name) <= 4 and surnamed(name)
