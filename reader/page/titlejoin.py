"""Titles printed over two lines read as the one title they are.

A headline or kicker too long for its column wraps onto a second line, and extraction gives the two
lines as two titles (a kicker over a headline, a headline over a subtitle). A wrap shows in how the
break falls: after a comma on a line broken off short, inside a quote or bracket the next line
closes, before a column's tag alone on a line, on a word that binds to the other side of the
break (a conjunction, preposition or particle), or inside a word the story under it prints whole;
a short headline shows it by its length, over the column's tag that closes its second line. The
other way round, a kicker closed by `——` in one block with its headline is parted from it at the
dash. `join_wrapped_titles` rejoins such lines, no space between them, before the units are measured
(`reader.page.units`). A heading set in the body's own column wraps as text does, where the line is
full, inside a word: an in-body subhead, whose two lines stay one unit of two lines (feature
`column_wrap`), a paragraph of the story it sits in. The tests on a line and the line under it, where
a title line may wrap and how its halves bind, are in `reader.page.titlewrap`, and where a kicker
wrapped over lines ends, in `reader.page.kickers`; this module reads them with the units around
(what stands over and under the pair) and joins.
"""

from __future__ import annotations

from dataclasses import replace

from reader.page.blocks import (
    COLUMN_TAG,
    Line,
    Unit,
    headingish,
    landmark_kind,
    opened_title,
)
from reader.page.glued import box_title
from reader.page.kickers import (
    DASH_MOST,
    TAGGED_MOST,
    WRAPPED_KICKER,
    dash_closes,
    kicker_over_tagged,
    kicker_to_dash,
    kicker_wrapped_over_tagged,
    kicker_wrapped_to_dash,
)
from reader.page.tagtail import tail_block
from reader.page.textclean import DASHES, is_ideograph, letters
from reader.page.titlelines import (
    COUNT_ALONE,
    phrase_break,
    tail_over_title,
    wrapped_tail,
)
from reader.page.titlewrap import (
    HALF_MOST,
    NUMBER_GOES_ON,
    POINTS,
    bare_word,
    bound_across,
    column_wrap,
    comma_over_blank,
    even_halves,
    number_broken,
    parts_gap,
    short_over_tag,
    subtitle_wrapped,
    tag_alone_over_blank,
    tag_end,
    tag_over_blank,
    tag_under_column,
    tag_under_title,
    tagged_whole,
    text_under,
    wrap_at,
)
from reader.page.wordbreak import (
    PAUSES,
    dict_across,
    one_title,
    opens_stack,
    pair_across,
    stands_alone,
    title_pair,
    word_across,
)


def join_wrapped_titles(units: list[Unit]) -> list[Unit]:
    """A headline too long for its line, wrapped at its comma (`旧家电以旧换新，` / `也能领到补贴
    吗？（以案说法）`), is one title: its two lines become one line of a unit of its own. Body text
    fills its column to the end before it breaks a line, so a line broken off well short of the column
    right after a comma, with no sentence in it, over a line that closes a title (no sentence inside,
    no dangling comma; broken off short or set wider than the column, or closed by a column's tag),
    is a title's first half."""
    out: list[Unit] = []
    for whole in _dash_tails(units):
        unit = whole
        # (a kicker is parted only from a unit of two to four lines: most units are asked nothing)
        k = dash_closes(whole) if 2 <= len(whole.lines) <= DASH_MOST else -1
        if k > 0:
            out.append(Unit(whole.lines[:k], column=whole.column))
            unit = Unit(whole.lines[k:], column=whole.column)
        elif 2 <= len(whole.lines) <= TAGGED_MOST and kicker_over_tagged(whole, not out):
            kicker = whole.lines[0]
            for line in whole.lines[1:-1]:
                kicker = _one_line(kicker, line)
            out += [Unit([kicker], column=whole.column), Unit(whole.lines[-1:], column=whole.column)]
            continue
        lines = unit.lines
        j = wrap_at(lines, unit.column) if len(lines) >= 2 else -1
        if j < 0:
            out.append(unit)
            continue
        for part in (lines[:j], [_one_line(lines[j], lines[j + 1])], lines[j + 2 :]):
            if part:
                out.append(Unit(part, column=unit.column))
    for k in range(len(out) - 1):
        if len(out[k].lines) == WRAPPED_KICKER and kicker_to_dash(out[k], out[k + 1]):
            out[k] = Unit([_one_line(*out[k].lines)], column=out[k].column)
    # a title line that opens a quote or bracket its next line closes (`守好菜篮子“最后` / `一公里”
    # （微观）`), or over its column's tag alone (`山里学校通了高铁` / `（在现场·两会）`): a title wrapped
    # where its line was full, printed straight on (no blank line between)
    k = 0
    while k + 1 < len(out):
        upper, lower = out[k], out[k + 1]
        if len(upper.lines) != 1 or len(lower.lines) != 1:
            k += 1
            continue
        a, b = upper.lines[0], lower.lines[0]
        if box_title(a.text) or box_title(b.text) or a.text.endswith("——"):
            # (`核心阅读`, `编者按`: a box's heading, no line of a title run onto it; a line closed by
            # `——` leads into the line under it, a kicker over its headline: no title's first half.
            # On the valid pages of all sets, kept apart so, blankless and with column breaks only,
            # 3 more stories read as their own and 6 more headlines right each (2 stories and 1
            # headline fewer on the modern set, whose pages print a byline and `核心阅读` over a
            # dateline); with their own blank lines, 1 more story (layout10).)
            k += 1
            continue
        if kicker_wrapped_to_dash(out, k) or kicker_wrapped_over_tagged(out, k):
            # (no `wrapped` mark: the `——` closing it says kicker, `dash_tail`; or its headline's tag)
            out[k] = Unit([_one_line(a, b)], column=upper.column)
            del out[k + 1]
            k += 1
            continue
        wrap = a.blank and column_wrap(a, b, upper.column) and not tagged_whole(b.text)
        # (a column's tag closes a headline, not a subhead: such a heading is a title wrapped)
        tagged = wrap and b.text[-1] in "）)" and COLUMN_TAG.search(a.text + b.text) is not None
        kicker = wrap and not tagged and not b.text.endswith("——")
        if kicker and k + 2 < len(out) and _title_under(out, k + 2):
            # … over one title line set tight under it: a kicker wrapped so, over its headline
            out[k] = Unit([_one_line(a, b)], column=upper.column)
            del out[k + 1]
            k += 1
            continue
        edge = wrap and not tagged  # (wrapped at the column's edge, no column's tag closing it)
        if edge and 0 < k < len(out) - 2 and one_title(out[k - 1]) and one_title(out[k + 2]):
            # (between two title lines: a heading's title, wrapped)
            out[k] = Unit([_one_line(a, b)], {"wrapped": 1}, column=upper.column)
            del out[k + 1]
            continue
        if edge and k + 2 < len(out) and text_under(out[k + 2], upper.column):
            # a subhead set in the body's column, wrapped at its edge: one unit of its two lines
            out[k] = Unit([a, b], {"column_wrap": 1}, column=upper.column)
            del out[k + 1]
        elif opens_stack(out, k) and _broken_off(a, b, out, k + 2):
            # (no `wrapped` mark: an in-body subhead's last letter breaks off as a title's does;
            # the line joined may break off again under it, `…3.6` / `亿元…1.8` / `万户…`)
            out[k] = Unit([_one_line(a, b)], column=upper.column)
            del out[k + 1]
            continue
        elif (
            tagged
            or tag_end(a, b)
            or tag_under_column(a, b, upper.column)
            or (a.blank and comma_over_blank(a, b, upper.column))
            or opened_title(a, b, across_blank=True)
            or tag_over_blank(a, b)
            or tag_under_title(a, b)
            or tag_alone_over_blank(a, b)
            or bound_across(a, b, upper.column)
            or (not _goes_on(out, k) and short_over_tag(a, b))
            or (stands_alone(out, k) and word_across(a, b, out, k + 2))
            or (opens_stack(out, k) and pair_across(a, b, out, k + 2))
            or (opens_stack(out, k) and dict_across(a, b, out, k + 2))
            or _short_under_column(out, k)
            or _wrapped_under_title(out, k)
            or wrapped_tail(a, b.text, upper.column - 1)
            or tail_over_title(a, b.text, out[k + 2] if k + 2 < len(out) else None)
        ):
            gap = parts_gap(a.text, b.text)
            out[k] = Unit([_one_line(a, b, gap)], {"wrapped": 1}, column=upper.column)
            del out[k + 1]
            # (the joined line is read again against the line under it: a title wrapped over three)
            continue
        elif subtitle_wrapped(a, b, upper.column):
            out[k] = Unit([_one_line(a, b)], column=upper.column)  # (a subtitle: no `wrapped` mark)
            del out[k + 1]
        elif _even_halves(out, k):
            # (joined by no rule above: the gap the paper prints between the parts)
            out[k] = Unit([_one_line(a, b, " ")], {"wrapped": 1}, column=upper.column)
            del out[k + 1]
        k += 1
    # (`tagtail`: a headline wrapped onto its tag's line under its kicker; from the page's end up)
    for j in reversed([j for j, unit in enumerate(out) if unit.lines[-1].text[-1] in "）)"]):
        if (k := tail_block(out, j)) >= 0:
            a, b, c = (line for unit in out[k : j + 1] for line in unit.lines)
            gap = " " if phrase_break(b.text, c.text) else ""
            head = Unit([_one_line(b, c, gap)], {"wrapped": 1}, column=out[k].column)
            out[k : j + 1] = [Unit([a], column=out[k].column), head]
    return _join_long_stacks(_join_short_stacks(out))


# a heading has three title lines at most (kicker, headline, subtitle), and a label line may stand
# over them (`某某走基层`): a stack of more is wrapped
LONG_STACK = 5


def _join_long_stacks(units: list[Unit]) -> list[Unit]:
    """A stack of `LONG_STACK` or more title lines set tight right over a byline or a dateline, under
    a blank line or a finished text, holds more lines than a heading has titles: some of them are
    titles wrapped at the column's edge (`某市加快推进老旧` / `小区改造，让居民` / `住得更舒心`, a kicker
    over three lines). A line as wide as the column goes on in the line under it; one short of the
    column ends its title."""
    k = 0
    while k < len(units):
        j = k
        while (
            j < len(units)
            and one_title(units[j])
            and (j == k or not units[j].lines[0].blank)
            and landmark_kind(units[j].first) is None
        ):
            j += 1
        heads = j < len(units) and landmark_kind(units[j].first) in ("byline", "dateline")
        opened = k == 0 or units[k].lines[0].blank or units[k - 1].lines[-1].end
        if j - k < LONG_STACK or not heads or not opened:
            k = max(j, k + 1)
            continue
        col, m = units[k].column, k
        width = units[k].lines[0].width  # (of the title's last line printed: the one that may go on)
        while m + 1 < j:
            a, b = units[m].lines[0], units[m + 1].lines[0]
            if width >= col - 1 and not a.text.endswith(("——", "—")) and COLUMN_TAG.search(a.text) is None:
                units[m] = Unit([_one_line(a, b)], column=col)
                del units[m + 1]
                j -= 1
            else:
                m += 1
            width = b.width
        k = j
    return units


# a stack of two title lines this short (letters) is a headline broken where the page's titles break
SHORT_STACK = 20
# other titles of the page read as wrapped over two lines that say its titles break so
WRAPPING_PAGE = 2


def _join_short_stacks(units: list[Unit]) -> list[Unit]:
    """On a page whose titles wrap (two or more of its other titles read as one title printed over
    two lines, `wrapped`), a short stack of two title lines under a blank (`_short_stack`) is one
    headline broken as the page breaks its titles, not a kicker over its headline (`某省出台方案` /
    `推进社区养老服务`). A sub-editor sets a page's headlines in one type, and a measure narrow for
    that type breaks a short headline as it breaks the long ones. On the truths of all sets but the
    blind ones, such stacks on a page with two or more other wrapped titles were one headline 21
    times (layout5 19, layout8 1, layout11 1) and two titles never; with one other wrapped title
    on the page, one title 13 times and two titles 7; with none, one headline 23 and two titles
    135 (layouts 2, 3, 4, ours and modern pair two short headlines as a kicker and its headline)."""
    wrapped = sum("wrapped" in unit.features for unit in units)
    if wrapped < WRAPPING_PAGE:
        return units
    k = 0
    while k + 1 < len(units):
        upper, lower = units[k], units[k + 1]
        own = ("wrapped" in upper.features) + ("wrapped" in lower.features)
        if wrapped - own >= WRAPPING_PAGE and _short_stack(units, k):
            line = _one_line(upper.lines[0], lower.lines[0])
            units[k : k + 2] = [Unit([line], {"wrapped": 1}, column=upper.column)]
        k += 1
    return units


def _short_stack(units: list[Unit], k: int) -> bool:
    """Are `units[k]` and `units[k + 1]` two title lines set tight under a blank line (or the page's
    top) with a blank or a title line under them, `SHORT_STACK` letters or fewer in all, no pause in
    them, the upper not handing over with `——` nor closed by its column's tag (a kicker's and a
    headline's ends)? Under a finished text and over plain text, such a stack is an in-body
    subhead wrapped at its column (one paragraph of the story, whatever its two lines are), and
    is left to the units' reading."""
    if not stands_alone(units, k) or not (k == 0 or units[k].lines[0].blank):
        return False
    a, b = units[k].lines[0], units[k + 1].lines[0]
    if a.end or b.end or a.indent or letters(a.text) + letters(b.text) > SHORT_STACK:
        return False
    if a.text.endswith(("——", "—")) or COLUMN_TAG.search(a.text) is not None:
        return False
    if (
        k
        and units[k - 1].lines[-1].end
        and (k + 2 < len(units) and landmark_kind(units[k + 2].first) is None)
    ):
        return False
    return title_pair(a.text, b.text)


def _short_under_column(units: list[Unit], k: int) -> bool:
    """Is the one-line unit `units[k]`, a title line as wide as its column to the cell over a line
    broken off at half the column or less (`某省出台养老服务补贴实施` / `细则`), with its story's
    byline or dateline right under the two, one headline wrapped at the column's edge? A heading kept
    to its column breaks where the line is full; a kicker over its headline, or a headline over its
    subtitle, are lines of their own, and the lower of the two is seldom under half the column. The
    upper line opens the heading under a story above it: a blank line or a finished text over it,
    not the page's top. On the truths of all sets but the blind ones, such pairs were one title 11
    times (layout7 1, layout9 7, layout10 3) and two titles never; the one such pair at a page's top
    was a kicker and its headline (our program's 1998 pages, the kicker another story's headline)."""
    upper, lower = units[k], units[k + 1]
    a, b = upper.lines[0], lower.lines[0]
    if 2 * b.width > upper.column or k + 2 >= len(units) or not column_wrap(a, b, upper.column):
        return False
    if k == 0 or not (a.blank or units[k - 1].lines[-1].end):
        return False
    return landmark_kind(units[k + 2].first) in ("byline", "dateline")


def _wrapped_under_title(units: list[Unit], k: int) -> bool:
    """Is the one-line unit `units[k]`, set right under a title line (no blank line between) and as
    wide as its column to the cell, over a line broken off short inside a word, with its story's
    byline or dateline right under the two, one title wrapped at the column's edge (`某省启动全省中小学
    校舍安全` / `检查`, under its headline)? The column's edge breaks a heading kept to it where the
    line is full, under another title line as under a blank (`_short_under_column`). On the truths of
    all sets but the blind ones, such pairs were one title 5 times (a headline 1, subtitles 4;
    layouts 7, 9 and 10) and two titles never."""
    if k == 0 or k + 2 >= len(units):
        return False
    a, b = units[k].lines[0], units[k + 1].lines[0]
    above = units[k - 1].lines[-1]
    if a.blank or above.end or not headingish(above.text) or landmark_kind(above.text) is not None:
        return False
    if not column_wrap(a, b, units[k].column):
        return False
    return landmark_kind(units[k + 2].first) in ("byline", "dateline")


def _dash_tails(units: list[Unit]) -> list[Unit]:
    """A line of dashes alone (`——`), set right under a line of its own with no blank between, is
    that line's end: a title closed by `——` (a kicker, an in-body subhead) broken at the line's end,
    never a subtitle's lead with nothing after it. On the truths of all non-blind sets, 34 such
    lines (nine page sets) closed the line above and none opened the line under it; 25 stood under
    a line of its own. (Under a run of text the line stays apart: a paragraph ends on the dash.)"""
    out: list[Unit] = []
    for unit in units:
        line = unit.lines[0]
        if (
            out
            and len(unit.lines) == len(out[-1].lines) == 1
            and not line.blank
            and not line.text.strip(DASHES + " \u3000")
        ):
            out[-1] = Unit([_one_line(out[-1].lines[0], line)], column=out[-1].column)
            continue
        out.append(unit)
    return out


def _one_line(a: Line, b: Line, gap: str = "") -> Line:
    """Title line `a` and the rest of its title `b`, under it, as the one line they were meant as
    (`gap` between them: a two-part title's, `parts_gap`)."""
    # (what stood over the title, a blank, a wide gap or editor credits, stays over it: `a`'s)
    return replace(
        a,
        text=a.text + gap + b.text,
        width=max(a.width, b.width),
        end=b.end,
        gap_after=b.gap_after,
        break_gap=b.break_gap,
    )


def _even_halves(units: list[Unit], k: int) -> bool:
    """Are the one-line units `units[k]` and `units[k + 1]` the halves of a two-part headline, tight under
    its kicker with its byline or dateline under them (`某地推行社区食堂——` / `老人吃得舒心` /
    `子女工作安心`), or opening a heading? A headline of two parallel phrases, of as many letters each and
    no mark, is set one phrase a line where its type is large; a kicker's headline and the headline's
    subtitle are not of one length by rule. On the truths of all eleven sets, such halves under a title line
    with a byline or dateline under them were one headline 6 times (layout5 2, layout9 2, layout10 2) and
    never a headline over its subtitle or a kicker over its headline. Under a kicker closed by `——`, such
    halves are its headline whatever stands under them (a headline printed after its story has the next
    story's text under it): 3 times (layouts 10, 13, 14), and nothing else. Opening a heading of their own
    (the page's top, a blank or a finished text over them), halves of `HALF_MOST` letters or fewer are one
    headline too: of 128 kickers in the helpers' 2026 texts, a short one's headline ran 13 letters or more,
    and 35 of 51 two-part headlines had parts of as many letters. On the helper sets 3 headlines more come
    right, none wrong; on ours (blanks kept) headline −.002 layout2, −.001 layout5, +.001 layout9."""
    upper, lower = units[k], units[k + 1]
    a, b = upper.first, lower.first
    if not even_halves(a, b) or k + 2 >= len(units) or landmark_kind(a) is not None or lower.lines[0].blank:
        return False
    opening = k == 0 or upper.lines[0].blank or not one_title(units[k - 1])
    if opening and len(a) <= HALF_MOST and opens_stack(units, k) and landmark_kind(b) is None:
        return True
    if k == 0 or not one_title(units[k - 1]) or upper.lines[0].apart or upper.lines[0].credits:
        return False
    handed = units[k - 1].lines[-1].text.endswith("——")  # (under a kicker handing over)
    return handed or landmark_kind(units[k + 2].first) in ("byline", "dateline")


def _broken_off(a: Line, b: Line, units: list[Unit], below: int) -> bool:
    """Is `b`, right under title line `a`, what the line had no room for: one letter alone on its
    line (`某地降雨量较常年偏` / `多`), the end of a number the line broke (`某市常住人口超1200` /
    `万`), a count alone with its unit with the heading's byline or dateline right under it
    (`某地新增` / `2244个`; in a box of figures, label and count lines alternate), or a word of two
    or three letters with the heading's byline, dateline or next title line right under it
    (`某队晋级全国联赛` / `四强`)? No kicker, headline or subtitle is one letter, a
    number is one word with its magnitude, and a bare word under a title is a name signing a piece
    only with the piece's text under it. The pair opens a stack (`opens_stack`) and a byline,
    dateline or title line is right under it: a line of text set apart in a story (a subhead, a
    pulled quote) is wrapped as a title is, and keeps its short last line. On the pages of ten sets
    (tune and valid) this joins one title printed over two lines 36 times (layout7 10, layout9 26;
    16 after one letter, 4 numbers, 16 bare words), two lines of one paragraph 3 times, and no two
    titles; the 4 pen names signing a piece under its title (layouts 2 and 8) have its text under
    them. A number broken between its digits or at its decimal point (`某市人均绿地增至12` /
    `.6平方米`) says so by itself: such a pair is one title with a blank line under it too (a
    headline printed after its story, over the next one's text), or over a paragraph opening with
    its indent (one more headline on layout10's validation pages, nothing else changed). Of the
    title lines broken so, on the truths of all eleven sets, 9 are one title (layout7 1, layout8 1,
    layout10 7) and 1 two (a table of prices in layout3, no title)."""
    if b.blank or a.end or b.end or a.indent:
        return False
    # (a bare word may follow a closing book-title mark or quote: `某市《某某条例》` / `出台`)
    end = is_ideograph(a.text[-1]) or a.text[-1] in "》”"
    digits = a.text[-1] in POINTS or (a.text[-1].isdigit() and b.text[0] not in NUMBER_GOES_ON)
    if not (
        (end and letters(b.text) == 1 and is_ideograph(b.text[0]))
        or number_broken(a.text, b.text)
        or (end and bare_word(b.text) and not _photo_over(units, below - 2))
        or (end and COUNT_ALONE.fullmatch(b.text) is not None and _byline_under(units, below))
    ):
        return False
    if not (
        _heading_around(units, below)
        or (digits and (below >= len(units) or units[below].lines[0].blank or units[below].lines[0].indent))
    ):
        return False
    return headingish(a.text) and landmark_kind(a.text) is None and landmark_kind(a.text + b.text) is None


def _byline_under(units: list[Unit], below: int) -> bool:
    """Is `units[below]` a byline or a dateline?"""
    return below < len(units) and landmark_kind(units[below].first) in ("byline", "dateline")


def _heading_around(units: list[Unit], below: int) -> bool:
    """Does a heading end right over `units[below]`: a byline, a dateline, or a title line of its own
    with no pause inside unless its column's tag closes it (a line of text set apart in a story, a
    subhead or a pulled quote, pauses as a sentence does: `某某，能像…吗？`)?"""
    if below >= len(units) or landmark_kind(units[below - 1].first) not in (None, "byline"):
        return False
    unit = units[below]
    kind = landmark_kind(unit.first)
    if kind in ("byline", "dateline"):
        return True
    if kind is not None or not one_title(unit) or not headingish(unit.first):
        return False
    text = unit.first
    return not any(mark in text for mark in PAUSES + "？?！!") or COLUMN_TAG.search(text) is not None


def _photo_over(units: list[Unit], k: int) -> bool:
    """Does a photo's caption or credit end right over `units[k]` (a credit too long for its line
    breaks as a title does: `本版图片均为某某农业大` / `学提供`)?"""
    return k > 0 and landmark_kind(units[k - 1].lines[-1].text) in ("caption", "credit")


def _title_under(units: list[Unit], k: int) -> bool:
    """Is `units[k]` one title line set tight under the lines over it, a blank line under it, and no
    subtitle (`——…`) or headline closed by its column's tag (`…（X）`), whose lines over it may be a
    headline's first half or a kicker of their own? On the truths of all sets but the blind ones,
    two lines wrapped so over one title line with a blank line under it were a kicker 42 times and a
    headline 12 times, 10 of them over a subtitle."""
    unit = units[k]
    return (
        len(unit.lines) == 1
        and not unit.lines[0].blank
        and k + 1 < len(units)
        and units[k + 1].lines[0].blank
        and headingish(unit.first)
        and unit.first[0] not in DASHES
        and COLUMN_TAG.search(unit.first) is None
    )


def _goes_on(units: list[Unit], k: int) -> bool:
    """Could the first line of `units[k]` go on from the line right over it, a line as wide as its
    column that finishes nothing (`某省某市某区完善青年就业服务体` / `系`: a kicker wrapped at the
    column's edge)?"""
    if k == 0 or units[k].lines[0].blank:
        return False
    above = units[k - 1]
    line = above.lines[-1]
    return not line.end and line.text[-1] not in "—－-" and line.width >= above.column - 2
