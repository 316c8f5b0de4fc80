"""Cutting a page's blocks into units: the runs of lines that each take one role.

A page's lines (furniture removed) are cut into units at blank lines and at landmark lines that
extraction often runs into a neighbour without a blank: byline lines, `——` subtitle lines, the
first line of a dateline (`本报讯（…）`) or of a photo caption (`图①：`), credit lines, and title
lines printed straight over what they head. Short blocks with no sentence inside (headline
groups, stray column-break fragments) become one unit per line, since kicker, headline and
subtitle each take a line of their own. The units are then measured (`measure.measure_units`).
"""

from __future__ import annotations

from dataclasses import replace

from reader.page import rx
from reader.page.blocks import (
    ENDS_BRACKET,
    IN_SENTENCE_NOT_FIRST,
    PICTURE_MARKS,
    SHOT_ALONE,
    TRAILER,
    TWO_PART,
    Line,
    Unit,
    closes_note,
    credit_goes_on,
    credit_line,
    dateline_head,
    ends_full_line,
    headingish,
    in_sentence,
    is_balanced,
    landmark_kind,
    line_byline,
    opens_caption,
    tag_broken,
    titleish,
    unclosed,
)
from reader.page.bodyruns import merge_body, split_at
from reader.page.bodytext import mark_field_labels
from reader.page.byline import listed_in_text, names_over_reporters, reported_in_text, word_under_reporters
from reader.page.byline_place import mark_pen_names
from reader.page.cohesion import mark_cohesion
from reader.page.columns import block_columns, paragraph_habits
from reader.page.credits import closes_credit, ends_on_credit, note_wrapped, wide_by_credit
from reader.page.glued import (
    box_title,
    closes_text,
    dash_opens_text,
    finished,
    glued_inside,
    glued_stack,
    hands_over,
    heading_next,
    title_short,
)
from reader.page.headingmarks import (
    mark_bylines_in_text,
    mark_dash_over_text,
    mark_questions_over_bylines,
    mark_runs_into,
    mark_set_under_question,
    mark_tag_series,
)
from reader.page.inset import mark_text_past_photos
from reader.page.measure import mark_over_credit, measure_units
from reader.page.notes import mark_notes
from reader.page.photolines import caption_set_wide, names_photo
from reader.page.photos import (
    mark_caption_heads,
    mark_captions_unindented,
    mark_column_captions_on_top,
    mark_drawn_credits,
    mark_photos_over_byline,
    mark_picture_frames,
    mark_titled_photos,
    mark_top_photos_over_byline,
)
from reader.page.runon import names_heading, role_byline, titles_apart, titles_over_heading
from reader.page.stacks import (
    mark_apart,
    mark_set_apart,
    mark_stacks,
    mark_tight,
    mark_told,
    mark_under_question,
)
from reader.page.textclean import DASHES, last_opener
from reader.page.titlejoin import join_wrapped_titles
from reader.page.titlelines import in_broken_title, kicker_over, tagged_title, title_lines

# lines the next never goes on from (`ended`: a full line's last word wrapped, `ends_full_line`)
_CUTS_AFTER = ("byline", "subtitle", "credit", "title", "ended")


def _flows_in(blocks: list[list[Line]], k: int, col: int) -> bool:
    """Does text run into block `k` from the last line of the block above it (of two lines or more):
    a line as wide as the column that finishes nothing (no full stop, no note in brackets closing
    it, no photo's credit)?"""
    before = blocks[k - 1][-1] if k and len(blocks[k - 1]) > 1 else None
    return (
        before is not None
        and not (before.end or ENDS_BRACKET.search(before.text) or TRAILER.match(before.text))
        and col - 2 <= before.width <= col + 2
        and not ends_on_credit(before.text)  # a caption's credit finishes it as a full stop does
        # (… and so does a note in brackets run over lines, closed here: `…详见本报客户端）`)
        and unclosed(before.text) >= 0
        # (a headline of two parts set apart by a gap, `A  B`, is no text's line: nothing runs on)
        and TWO_PART.search(before.text) is None
    )


def _flows_out(blocks: list[list[Line]], k: int, col: int, full_first: bool) -> bool:
    """Does the text of block `k` run on into the next block: its lines all full, the last finishing
    nothing, and the next going on at full width, unindented, with no landmark or title in it?"""
    block = blocks[k]
    following = blocks[k + 1][0] if k + 1 < len(blocks) else None
    return (
        following is not None
        and not block[-1].end
        and block[-1].width >= col - 2
        and all([line.width >= col - 6 for line in block])  # (a list: cheaper than a generator)
        and not following.indent
        and landmark_kind(following.text) is None
        # the next block goes on at full width, as a paragraph's first line does not (unless
        # the page prints first lines full, where this tells nothing)
        and following.width >= col - 2
        and not full_first
        # a column's name in brackets closes a title: body text never breaks a line just after it
        and not tagged_title(block[-1])
        and not tagged_title(following)  # (nor runs on into a line that is a whole title)
    )


def build_units(blocks: list[list[Line]], opens: list[Line] | None = None) -> list[Unit]:
    """Cut blocks into units at landmark lines (see the module notes). `opens`: first lines of
    paragraphs where another story's text opens (`meeting.meeting_breaks`): a unit opens at each,
    and the text above it is marked `text_ends`."""
    units: list[Unit] = []
    columns = block_columns(blocks)
    full_first, run_on = paragraph_habits(blocks, columns)
    for k, block in enumerate(blocks):
        # a short block with no sentence in it is a title group, one unit per line, unless it is
        # a stretch of body between column breaks: text runs into it from an unfinished line, or
        # its lines are all full and the last runs on into the next block
        col = columns[k]
        if block[0].table:
            units.append(Unit(block, {"table": 1}, column=col))  # (a table's rows: `tables`)
            continue
        # a title's last line closing the column's tag that the line above opened near its end
        # (`…（民` / `生一线）`: `tag_broken`), but not after a question or an exclamation, where the
        # bracket signs a reader's letter (`…才好呢？（某省` / `某某）`)
        broken = (
            2 < len(block) <= 4
            and tag_broken(block[-2].text, block[-1].text)
            and 0 <= (opened := last_opener(block[-2].text)) >= len(block[-2].text) - 12
            and block[-2].text[opened - 1 : opened] not in "？！?!"
        )
        short = (
            len(block) <= 4
            and (
                all(titleish(x.text) and is_balanced(x.text) for x in _joined_tail(block))
                if broken
                else all(
                    titleish(line.text)
                    and (is_balanced(line.text) or in_broken_title(block, block.index(line)))
                    for line in block
                )
            )
            and not dateline_head(block[0].text)
            # (asked last: only a short block of title-like lines needs to know)
            and not (len(block) > 1 and (_flows_in(blocks, k, col) or _flows_out(blocks, k, col, full_first)))
        )
        current: list[Line] = []
        previous_kind: str | None = None
        in_caption = False  # the unit being built opened with a caption's first line
        closed = False  # … and its credit has closed it
        titles = title_lines(block, col)
        after = blocks[k + 1] if k + 1 < len(blocks) else None  # (the block under this one)
        if not (short or block[-1].end):
            # (a heading run on under a finished text: `glued_stack` asks first whether the block
            # ends on a full line, as text broken off at the column's end does)
            glued = glued_stack(block, col, after, blocks[k + 2] if k + 2 < len(blocks) else None)
            if glued > 0:
                titles[glued:] = [True] * (len(block) - glued)
        for top, under in glued_inside(block, col) if len(block) > 3 else ():
            titles[top:under] = [True] * (under - top)
        for j, line in enumerate(block):
            handover = j > 0 and hands_over(
                block[j - 1], line, col, block[j + 1] if j + 1 < len(block) else None
            )
            if (
                j
                and previous_kind is None
                and not (short or in_caption or titles[j] or block[j - 1].end or handover)
                and (len(current) > 1 or line.width <= col + 4)
                and line.text[-1] not in "）)"
                and not (title_short(block[j - 1], col) and dateline_head(line.text))  # (under a title)
                and (in_sentence(line.text) or _plain_line(line, block[j - 1], titles[j - 1], col))
            ):
                # most lines go on an unfinished sentence above them: none of the tests below can
                # cut such a line or give it a kind (a new test that could must come before this)
                current.append(line)
                continue
            # a line opens afresh after a finished sentence or a title, with its indent kept, or
            # under a line that does not fill the column (a caption set wider, a paragraph's end)
            prev = block[j - 1] if j else None
            fresh = (
                prev is None
                or prev.end
                or titles[j - 1]
                or line.indent
                or not col - 8 < prev.width <= col + 8
                or (title_short(prev, col) and dateline_head(line.text) is not None)  # (a title over it)
            )
            # (asked as the other passes ask it where `fresh`: one entry of its cache, not two)
            kind = landmark_kind(line.text) if fresh else landmark_kind(line.text, False)
            if kind is None and j == 1 and _dated(block, j):
                # a dateline opens a story's text: the line over it at the top of its block is none
                # of that text (on the truths of the non-blind sets, of 272 such lines 259 were a
                # title, 6 a box's word, 3 a photo's caption or credit, 3 a byline, 1 a subtitle)
                kind = "dateline"
            if (
                kind is not None
                and prev is not None
                and note_wrapped(prev.text, line.text, prev.width >= max(x.width for x in block) - 1)
            ):
                current.append(line)  # `…  王五摄，AI修饰生成素` / `描画`: a credit's label wrapped
                continue
            heads = kind == "dateline" or (
                kind == "byline" and (role_byline(line.text) or names_heading(block, j, current, after, col))
            )
            if heads and (n := titles_over_heading(current)):
                # (a title run on over a dateline or byline heads its story; its last line is still
                # the unit being built, cut off by the heading under it)
                *apart, title = titles_apart(current, n, col)
                units.extend(apart)
                current, previous_kind = title.lines, "title"
            elif heads and not j and units and (n := titles_over_heading(units[-1].lines)):
                last = units.pop()  # (… or ends the block over it, a column break between them)
                units.extend(titles_apart(last.lines, n, last.column))
            if kind == "caption" and not opens_caption(prev, line, max(x.width for x in block)):
                kind = None
            if kind in ("byline", "credit") and prev is not None and credit_goes_on(prev.text, line.text):
                kind = None  # `… ■ 本报` / `记者 周八`: a caption's credit broken over two lines
            if line.text in SHOT_ALONE and prev is not None and ends_on_credit(prev.text + line.text):
                current.append(line)  # `…新华社记者  黄海` / `摄`: a credit's last character wrapped
                continue
            if kind is None and (titles[j] or box_title(line.text) or handover):
                kind = "title"  # (`核心阅读` on its own line heads a box even run in between lines)
            elif (
                kind is None
                and j + 1 < len(block)
                and line.text[-1] in "）)"  # (a column's tag closes the line: `tagged_title`)
                and (
                    not _flows_in(blocks, k, col)
                    if j == 0
                    else previous_kind == "title"
                    or (prev.text.endswith("——") and headingish(prev.text))
                    or (j == 1 and not _flows_in(blocks, k, col) and kicker_over(prev, block[2]))
                    or (block[j + 1].indent and closes_text(block, j - 1))
                )
                and tagged_title(line)
            ):
                kind = "title"  # a headline closed by its column tag, over its text (under another's end)
            # (the tests of a subtitle's or a byline's line, asked of those only)
            if kind == "subtitle":
                above = prev if j else blocks[k - 1][-1] if k else None
                if (
                    above is not None
                    and not above.end
                    and (above.text[-1] in DASHES or (line.end and col - 2 <= above.width <= col + 2))
                ):
                    # a `——` broken over two lines, or a dash in a sentence flowing on from a full line
                    kind = None
                elif dash_opens_text(block, j, col):
                    kind = None  # `——X…` run on into a sentence under it: a paragraph's dash, no subtitle
            elif kind == "byline":
                if j + 1 < len(block) and reported_in_text(line.text, block[j + 1].text):
                    kind = None  # `记者X、本报记者Y报` / `道：…`: the reporters named in the text's sentence
                elif (
                    j + 1 < len(block)
                    and prev is not None
                    and not titles[j - 1]
                    and listed_in_text(line.text, line.width, prev.width, col)
                ):
                    kind = None  # `记者走访甲、乙、丙等` / `地，…`: the text's sentence run on
                elif prev is not None and unclosed(prev.text) > 0:
                    # `本报X电  （` / `记者Y）…`: the names inside a bracket broken at the line end
                    kind = None
                elif (
                    prev is not None
                    and previous_kind in (None, "title", "subtitle")
                    and ends_full_line(prev, line, col)
                ):
                    # `…找到` / `出路`: the full line's last word, no name: one line with a title's, on a
                    # subtitle's or a text's line run on (one opening after a finished sentence or in a
                    # short group may be a subhead's: a unit of its own, as before); the next opens afresh
                    if previous_kind == "title" and current and current[-1] is prev:
                        current[-1] = replace(prev, text=prev.text + line.text, end=line.end)
                        previous_kind = "ended"
                        continue
                    if previous_kind == "subtitle" or (
                        not short and len(current) > 1 and not current[-2].end
                    ):
                        current.append(line)
                        previous_kind = "ended"
                        continue
                    kind = "ended"  # (a unit of its own, as the names were: no byline line joins it)
                elif previous_kind == "byline":
                    above = line_byline(prev.text) if prev is not None else None
                    here = line_byline(line.text)
                    if above is None or not (
                        word_under_reporters(above, line.text, here) or names_over_reporters(above, here)
                    ):
                        current.append(line)
                        continue
            if (
                kind is None
                and previous_kind == "byline"
                and not line.blank
                and not line.indent
                and _SPLIT_NAME.search(prev.text)
                and _NAME_END.match(line.text)
                and line_byline(prev.text + " " + line.text) is not None
            ):
                # `本报记者  许文静  林  涛  邵` / `岚  赵思远`: a name broken at the line end
                current.append(line)
                continue
            cut = short or kind is not None or previous_kind in _CUTS_AFTER
            if (
                not cut
                and current
                and current[-1].end
                and line.width > col + 4
                and caption_set_wide(block, j, col)
            ):
                cut = True  # a caption set wider than the column under a finished text, its credit under it
            if not cut and j + 1 < len(block):
                # a short title-like line between a finished sentence (or a blank) and a following
                # line: a body line never breaks off short before its sentence is done
                cut = (
                    (not current or current[-1].end)
                    and headingish(line.text)
                    and not line.end
                    and line.width <= 0.75 * max(block[j + 1].width, 24)
                    # (a dateline broken over two lines, `新华社X 5 月10` / `日电（记者Y）…`, is no title)
                    and not dateline_head(line.text + block[j + 1].text)
                )
                if cut:
                    kind = "title"
            if not cut and previous_kind == "title":
                cut = True
            if not cut and len(current) == 1 and line.width > col + 4 and headingish(current[0].text):
                # a title line over a line wider than the column: no body line is, so the title
                # stands alone (a headline over its long subtitle, a photo's title over its caption)
                cut = (
                    not current[0].end
                    and current[0].width <= col
                    and is_balanced(current[0].text)
                    and not wide_by_credit(line.text, col)
                )
            if previous_kind == "dateline" and kind != "byline" and not (titles[j] and finished(prev)):
                # (the dateline's text goes on under it, unless it finished and a title opens here)
                cut, kind = False, "dateline-body"
            if not cut and closed and not _AGENCY.match(line.text):
                cut = True  # a caption's credit closes it (its agency may wrap): the text under it goes on
            if cut and current:
                units.append(Unit(current, column=col))
                current = []
            if cut or not current:
                in_caption = kind == "caption"
            current.append(line)
            previous_kind = "ended" if closes_note(current) and heading_next(block, j, col) else kind
            agency = closed and bool(_AGENCY.match(line.text))
            above = prev.text if prev and not prev.end else ""  # (a credit may wrap at the column's end)
            closed = in_caption and (agency or closes_credit(line.text, above))
        if broken and short:
            units[-1].lines.extend(current)  # (the tag's end, cut off as a line, stays with its title)
        elif current:
            units.append(Unit(current, column=col))
    starts = {id(line) for line in opens} if opens else set()
    if starts:
        units = split_at(units, starts)
    units = merge_body(join_wrapped_titles(units), starts)
    measure_units(units, full_first)
    mark_over_credit(units)
    mark_drawn_credits(units)
    mark_tag_series(units)
    mark_bylines_in_text(units)
    mark_runs_into(units)
    mark_questions_over_bylines(units)
    mark_dash_over_text(units)
    mark_field_labels(units)
    mark_caption_heads(units)
    mark_column_captions_on_top(units)
    mark_captions_unindented(units)
    mark_text_past_photos(units)
    mark_photos_over_byline(units)
    mark_top_photos_over_byline(units)
    if run_on:
        mark_set_apart(units)
        mark_picture_frames(units)
    mark_cohesion(units, run_on)
    if starts:
        for above, unit in zip(units, units[1:], strict=False):
            if id(unit.lines[0]) in starts:
                above.features["text_ends"] = 1
    mark_notes(units)
    mark_stacks(units)
    mark_tight(units)
    mark_told(units)
    mark_apart(units)
    mark_under_question(units)
    mark_pen_names(units)
    for i, unit in enumerate(units):
        if len(unit.lines) > 1:
            continue
        if unit.byline is not None:
            if names_photo(unit, units[i + 1] if i + 1 < len(units) else None):
                unit.features["over_picture"] = 1
            continue
        if _GENRE.search(unit.first.strip("—－- ")) and "column_tag" not in unit.features:
            unit.features["genre"] = 1
        line = unit.lines[0]
        f = unit.features
        if "under_question" in f and i + 1 < len(units):
            mark_set_under_question(unit, units[i + 1])
        if "very_wide" in f and not line.end and headingish(line.text) and not f.keys() & PICTURE_MARKS:
            f["wide_title"] = 1  # a caption has sentences; a headline run across columns has none
        if line.width > unit.column + 4 and not line.end and headingish(line.text):
            f.pop("next_full", None)  # wider than any body line: not a column's last line running on
            if line.width <= 1.9 * unit.column:
                f["over_column"] = 1  # set as a title
        # a title right over a caption that its credit closes (set wider than the column, no `图①`)
        below = units[i + 1].features if i + 1 < len(units) else {}
        if ("wide_over_credit" in below or "credit_end" in below) and headingish(unit.first):
            unit.features["over_picture"] = 1
    mark_titled_photos(units)
    return units


def _joined_tail(block: list[Line]) -> list[Line]:
    """The block's lines, its last two (a tag broken between them) read as one."""
    return [*block[:-2], Line(block[-2].text + block[-1].text, block[-2].width + block[-1].width)]


def _plain_line(line: Line, prev: Line, title_above: bool, col: int) -> bool:
    """Is a line with no comma or full stop, under an unfinished line, one that the tests of
    `build_units` leave on the text above (as `in_sentence` tells for a line that has one)? It opens
    with none of a landmark's first characters, is no box's title, and `landmark_kind` finds no byline in
    it, nor a credit where it opens afresh (keep this in step with `landmark_kind` and the loop)."""
    text = line.text
    if text[0] in IN_SENTENCE_NOT_FIRST or box_title(text):
        return False
    if len(text) > 40:
        return True  # (`landmark_kind` takes no line this long without a comma for a byline or credit)
    fresh = title_above or line.indent or not col - 8 < prev.width <= col + 8
    return not (fresh and credit_line(text)) and line_byline(text) is None


_AGENCY = rx.compile(r"^[（(][^（）()]{2,10}[）)]$")  # `（影像中国）` under `…  王五摄`


# a subtitle (副题) often names the piece's genre: `——记…`, `——访…`, `——专访…`, `读《…》`, `…侧记`, `…述评`,
# `…感言`; a kicker or headline rarely does (in the 1998 People's Daily, 13% of subtitles, 0.3% of
# kickers, 0.7% of headlines); a line closed by a column's tag (`路走得远了…（感言）`) is a headline
# whatever word opens it (none of the 10 subtitles of the 2026 texts carries a tag); on the pages of the
# seven sets 22 subtitles and no kicker or headline open with `专访` (an interview)
_GENRE = rx.compile(
    r"^(?:记(?!者)|读(?!者)|观(?!众)|访(?!问)|评(?!论)|专访|对话)"
    r"|(?:侧记|纪实|纪事|述评|综述|感言|有感|读后|观后|随想|札记|散记|见闻|掠影|素描|巡礼|访谈录|采访记)$"
)


# a byline line ending on one character set apart by spaces: half of a letter-spaced name
_SPLIT_NAME = rx.compile(r"\s[\u3400-\u9fff]$")
_NAME_END = rx.compile(r"[\u3400-\u9fff](?:\s|$)")  # (and the other half opening the next line)


def _dated(block: list[Line], j: int) -> bool:
    """Does line `j` of the block open a dateline, alone (`本报江城5月2日电（记者 X）…`) or broken over it
    and the next line (`本报江城5月2` / `日电（记者 X）…`)?"""
    text = block[j].text
    return dateline_head(text) is not None or (
        j + 1 < len(block) and dateline_head(text + block[j + 1].text) is not None
    )
