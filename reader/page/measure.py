"""Measuring units: the named features (`Unit.features`) the labeller weighs, one pass over a page's units.

`build_units` (`reader.page.units`) cuts a page into units; `measure_units` then gives each unit its
features, measured against the column width of the body text around it (`Unit.column`: columns of
12–20 characters can differ on one page) and against its neighbours (the unit above, the unit
below, the body columns before and after it). The tests of a single line it asks (`landmark_kind`,
`line_byline`, the patterns of captions, credits, datelines, boxes) live in `reader.page.blocks`.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.page import rx
from reader.page.blocks import (
    BOX,
    BOX_FIRST,
    BOX_OPENINGS,
    CAPTION_OPEN,
    CAPTION_START,
    CAPTION_STATE,
    COLUMN_TAG,
    CREDIT_MARK,
    DATED_BRACKET,
    ENDS_BRACKET,
    ENUM,
    ENUM_FIRST,
    INNER_STOP,
    NAME_SPACED,
    NUMBERED_CAPTION,
    PICTURE_MARKS,
    PLACE_AND_PERSON,
    PUNCTUATION,
    SERIES_FIRST,
    SHOT_ALONE,
    SIGNED_END,
    TRAILER,
    TWO_IDEOGRAPHS,
    TWO_PART,
    Line,
    Unit,
    column_tag,
    credit_goes_on,
    credit_line,
    dateline_head,
    headingish,
    is_bare_names,
    landmark_kind,
    line_byline,
    tag_broken,
    unclosed,
    width_of,
)
from reader.page.byline import MARKERS, Byline
from reader.page.byline_broken import join_lines
from reader.page.byline_place import signs_at_end
from reader.page.captions import credit_under_caption
from reader.page.credits import AGENCY, bracket_goes_on, ends_on_credit, split_credit
from reader.page.extraction import UNBROKEN
from reader.page.lexicon import is_place, spans_word
from reader.page.names import (
    COMMON_SURNAMES,
    label_between,
    label_of_set,
    may_be_name,
    spread_words,
    surnamed,
)
from reader.page.people import parse_people
from reader.page.textclean import CLOSERS, CONTINUING, DASHES, is_ideograph
from reader.page.titlelines import lone_tag, over_flush_text, tag_word, wrapped_tag_title
from reader.page.wordbreak import wrapped_at_pause


def _reads_as_caption(unit: Unit) -> bool:
    """Does the unit's text read as a photo caption: numbered (`图①：`), or set across columns (but
    not one line closed by a column's name in brackets with no sentence in it: a title set wide)?"""
    if CAPTION_START.match(unit.first):
        return True
    if max(map(width_of, unit.lines)) <= 1.9 * unit.column:
        return False
    line = unit.lines[0]
    if len(unit.lines) > 1 or line.end:
        return True
    return not (COLUMN_TAG.search(line.text) and headingish(line.text))


def _columns_change(units: list[Unit], bodies: list[int], i: int, widths: dict[int, int]) -> bool:
    """Are the nearest body units (three lines or more) before and after unit `i` (a single line)
    set in columns of different widths, by 3 or more? Articles set in columns of different widths
    show where one ends and the next begins. `bodies`: the body units' indices in order; `widths`
    keeps each one's full line width (the median of its lines but the last) once worked out: it is
    asked only around title lines."""
    k = bisect_left(bodies, i)
    if k == 0 or k == len(bodies):
        return False  # (no body unit above, or none below)
    before, after = (_own_width(units, bodies[k - 1], widths), _own_width(units, bodies[k], widths))
    return abs(before - after) >= 3


def _own_width(units: list[Unit], k: int, widths: dict[int, int]) -> int:
    """The full line width of body unit `k` (`_columns_change`)."""
    width = widths.get(k)
    if width is None:
        lines = units[k].lines
        width = widths[k] = sorted(map(width_of, lines[:-1]))[(len(lines) - 1) // 2]
    return width


# what a `——` line under a quotation or a note names: its source (`——摘自…`), the editors closing
# their note (`——编  者`); under a finished sentence (a blank line between or not) also a work
# (`——《…》…`) or a person
SOURCE = rx.compile(r"^(?:摘自|编者$|编辑部$)")


def _spaced_through(text: str) -> bool:
    """Is `text` letter-spaced throughout (`某 地 某 事 见 闻`: four ideographs or more, each set
    apart by spaces)? A heading set so, or read so by a scan, is as wide as a column's line without
    being one: a line of text that breaks off at the column is spaced at a few places at most."""
    letters = text.split()
    return len(letters) >= 4 and all(len(letter) == 1 and is_ideograph(letter) for letter in letters)


def _attribution(text: str, above: Line | None) -> bool:
    """Is this `——` line an attribution that closes the text above it, not a subtitle?"""
    rest = "".join(text.split()).lstrip(DASHES)
    if SOURCE.match(rest):
        return True
    return above is not None and above.end and (rest[:1] == "《" or is_bare_names(text.lstrip(DASHES + " ")))


def _one_long_caption(unit: Unit) -> bool:
    """Whether a unit of nine lines or more can still be one caption: short enough in characters (a
    caption's length, set in a narrow column) and one paragraph, every line but the last two full."""
    lines = unit.lines
    if len(unit.text) > 170 or any(line.indent for line in lines[1:]):
        return False
    return all(line.width >= unit.column - 2 for line in lines[:-2])


def _title_line(unit: Unit) -> bool:
    """A single line that could be a title: no finished sentence, no byline, no caption."""
    line = unit.lines[0]
    return (
        len(unit.lines) == 1 and not line.end and unit.byline is None and not CAPTION_START.match(line.text)
    )


def _closes_note_above(line: str, above: Unit) -> bool:
    """Does `line` close a bracket that a line of the unit `above` opened at its start and left open
    down to its last line (`（摘编自《某报》，原` / `题为《某文》）`; a long note runs over several
    lines before the column's end breaks it)? A title's column tag broken the same way opens after
    the title's words (`…新气象（经济` / `聚焦）`)."""
    if unclosed(line) >= 0:
        return False
    for k in range(len(above.lines) - 1, -1, -1):
        opened = above.lines[k].text.strip("\u3000 ")
        if opened[:1] in "（(":
            return unclosed("".join(x.text for x in above.lines[k:])) > 0
    return False


def measure_units(units: list[Unit], first_lines_full: bool = False) -> None:
    """Give every unit of a page its named features (`Unit.features`), measured against the column of the
    body text around it; `first_lines_full` says the page prints a paragraph's first line full."""
    last = len(units) - 1
    bodies = [k for k, unit in enumerate(units) if len(unit.lines) >= 3]  # (`_columns_change`)
    widths: dict[int, int] = {}
    # texts that open with two or four ASCII spaces: the page indents its paragraphs so; where none
    # do, a lone line set in so and finishing no sentence is a title an extractor centred
    spaced_texts = sum(1 for unit in units if len(unit.lines) >= 2 and unit.lines[0].spaced) >= 2
    spread = spread_words([(unit.lines[0].text, len(unit.lines) == 1) for unit in units])
    indenting = 2 * sum(t := [units[k].lines[0].indent for k in bodies if units[k].lines[-1].end]) > len(t)
    for i, unit in enumerate(units):
        col = unit.column
        unit.column = col
        f = unit.features
        lines = unit.lines
        n = len(lines)
        first = lines[0].text
        text = unit.text
        last_line = lines[-1].text
        widest = lines[0].width if n == 1 else max(map(width_of, lines))
        f["lines1" if n == 1 else "lines2" if n <= 3 else "lines4+"] = 1
        # `…吗？（以案说法）`: a question or exclamation closing a title under its column's tag is the
        # title's own end, not a sentence inside a text
        # `…（经济聚焦）`: a column's name (each pattern below is asked only where the line's first or
        # last character lets it match: most units are body text that none of them fits)
        head, tail, end_mark = first[0], first[-1], last_line[-1]  # (read once: each a new string)
        tag = column_tag(first) if n == 1 and tail in "）)" else None
        stem = first[: tag.start()] if tag else ""
        titled = bool(stem) and (
            stem[-1] in "？！?!" or (stem[-1] in "”’」" and stem[-2:-1] not in "。！？…")
        )
        untagged = stem or first  # (the title before its tag, if any)
        quoted = n == 1 and head in "“『「" and untagged[-1] in "”』」" and untagged[-2:-1] in ("？", "！")
        if quoted and not titled and headingish(first):
            # a title all a quoted question or cry (`“某物好吗？”`, `“某某不能等！”（某某聚焦）`): its mark
            # ends it, as unquoted (`headingish`); before brackets it still counts as a stop inside
            # (`inner_stop`): a quoted cry, then who said it (`“一起干！”（王五）`), is a line of text
            stem, titled = (untagged if tag else untagged[:-1]), True
        if n == 2 and end_mark in "）)" and not unit.lines[0].end:
            # … also where the title runs over two lines, its tag often broken (`…该由谁来分担？（` /
            # `民生关注）`); on the ten sets' pages 8 such units are headlines, 4 a letter's or a
            # note's last lines signed in brackets (read as body all the same)
            mark = column_tag(text)
            head_part = text[: mark.start()] if mark else ""
            if head_part[-1:] in ("？", "！") and not INNER_STOP.search(head_part, 0, len(head_part) - 1):
                stem, titled = head_part, True
            if mark is not None and (
                tag_broken(first, last_line) or wrapped_tag_title(unit.lines[0], head_part, mark.group())
            ):
                # a title broken inside its column's tag (`…新气象（经济` / `聚焦）`), or wrapped
                # before it (`某某作为必修课、` / `常修课（栏目）`): the tag closes it as on one line
                tag, stem = mark, head_part
        if not titled and (unit.lines[-1].end or ENDS_BRACKET.search(text[-48:])):
            f["ends_stop"] = 1
            if text[-1] in "）)" and SIGNED_END.search(text[-80:]):
                f["signed_end"] = 1  # `…。（王桦）`: a brief signed at its end closes there
            if last_line.rstrip(CLOSERS)[-1:] in "？?":
                f["question"] = 1
        elif end_mark in CONTINUING:
            f["ends_comma"] = 1
        said = stem if titled else text
        if INNER_STOP.search(said, 0, len(said) - 1):  # (a merged body's text is long: no copy)
            f["inner_stop"] = 1
        if head in CLOSERS or head in "，。、；：":
            f["starts_closer"] = 1
        if (
            n == 2
            and (i + 1 == len(units) or units[i + 1].lines[0].blank)
            and wrapped_at_pause(lines[0], lines[1], col)
        ):
            f["column_wrap"] = 1  # (a heading wrapped after a pause: `X，` / `Y`)
        if n == 1:
            if (
                widest >= col - 2
                and not unit.lines[0].end
                and not _spaced_through(first)
                # (no sentence goes on into a paragraph opening indented under it: a title as wide)
                and not (i + 1 < len(units) and units[i + 1].lines[0].indent)
            ):
                f["full_line"] = 1  # a full column line that breaks off mid-sentence
            if 1.9 * col < widest <= UNBROKEN:
                f["very_wide"] = 1
            elif widest <= 0.5 * col:
                f["short"] = 1
            squeezed = first.replace(" ", "")
            if len(squeezed) <= 3 and (may_be_name(squeezed) or not all(map(is_ideograph, squeezed))):
                # three characters: a name or a place, rarely a whole headline (but three
                # ideographs that open with no surname are no one's name: a column's, a title)
                f["tiny"] = 1
                if tag_word(squeezed) and not is_place(squeezed):
                    # a section's tag over a subhead (`循环`), not a kicker (as a place's name is)
                    f["tag_word"] = 1
        elif 1.9 * col < widest <= UNBROKEN:
            f["very_wide"] = 1
        if "very_wide" not in f and col + 6 < widest <= UNBROKEN and INNER_STOP.search(text):
            f["wide"] = 1  # sentences wider than a column line: a caption set across columns
        if len(text) >= 80:
            f["long_text"] = 1
        if not PUNCTUATION.search(text):
            f["no_punct"] = 1
            if "very_wide" in f and n == 1:
                f["wide_title"] = 1  # a long kicker or headline line: a caption has sentences
        elif "very_wide" in f and (titled or (stem and not INNER_STOP.search(stem))):
            f["wide_title"] = 1  # `…，…（栏目）`: commas, but no sentence, and a column's tag to close it
        elif "wide" in f and titled and n == 1:
            f["wide_title"] = 1  # `…，…吗？（栏目）` set across columns: its question mark ends a title
        if head in DASHES and not (i and units[i - 1].lines[-1].text[-1] in DASHES):  # (`_SUBTITLE`)
            f["dash_lead"] = 1  # (unless it goes on from a `——` broken at the line's end)
            above = units[i - 1].lines[-1] if i else None  # (a blank line may part them)
            if n <= 2 and _attribution(text, above):
                f["attribution"] = 1  # `——编  者`, `——摘自…`: who said or wrote the text above it
                del f["dash_lead"]
        claused = n == 2 and any(m in text for m in "，。；：！？,;:!?")  # (as often a paragraph's lead)
        if n <= 2 and last_line.endswith("——") and not claused:  # (a kicker, wrapped to its dash)
            f["dash_tail"] = 1
        if tag and "dash_lead" not in f:  # (`——某某纪实（上篇）`: a subtitle's part, no column's name)
            f["column_tag"] = 1
        elif n == 1 and tail in "）)" and DATED_BRACKET.search(first) is not None:
            f["dated_bracket"] = 1
        spaced = n == 1 and (" " in first or "\u3000" in first)
        two = spaced and TWO_PART.search(first)
        signed = PLACE_AND_PERSON.match(first) if spaced else None
        if (two or signed) and is_bare_names(first):
            pass  # names alone: the byline reading decides
        elif signed is not None:
            # a letter's writer, where they live and who (any surname): closes its text
            place = signed.group().split()[0]
            name = first[len(place) :].replace(" ", "").replace("\u3000", "")
            # (a rare surname, `仉`: three letters no word runs across; two may name a spot, `某岭`)
            known = name[:1] in COMMON_SURNAMES or (len(name) == 3 and not spans_word(name))
            under_text = i > 0 and units[i - 1].lines[-1].end
            if i and known and (signs_at_end(units, i, name) if under_text else two):
                # under a title: a contributor signs from where they work, as local papers print it
                # (`河北涞源县  石晓岚`), over the text; under a finished text: its writer signing it
                # at its end (`byline_place.signs_at_end`)
                people = parse_people(first[len(place) :])
                if people is not None and len(people) == 1:
                    unit.byline = Byline(f"{place} {people[0].name}", people)
                    f["byline_names"] = f["surnamed"] = 1
            if unit.byline is None:
                f["signature"] = 1
        elif two:
            f["two_part"] = 1
        if head in "压题" and TITLE_PHOTO.match(first):
            f["caption_start"] = f["title_photo"] = 1
        elif head in "图上下左右中（" and CAPTION_START.match(first):
            f["caption_start"] = 1
            if SERIES_FIRST.match(first):
                f["series_opens"] = 1
            elif NUMBERED_CAPTION.match(first) and i and not PICTURE_MARKS.isdisjoint(units[i - 1].features):
                f["series_goes_on"] = 1  # `图②：…` under a photo's caption: the series above goes on
        elif (
            i
            and "caption_start" in units[i - 1].features  # (the cheap half of the next test first)
            and units[i - 1].features.keys() & CAPTION_STATE == CAPTION_OPEN
            and units[i - 1].lines[-1].width >= units[i - 1].column - 4
            and not ends_on_credit(units[i - 1].lines[-1].text)
            and not any(line.indent for line in units[i - 1].lines[1:])  # (a text's paragraph ran on)
            and landmark_kind(first) is None
            and not _title_line(unit)
        ):
            f["caption_goes_on"] = 1  # a caption broken off at a column's end goes on here
        if n <= 2 and credit_line(first if n == 1 else first + " " + last_line):
            f["credit"] = 1
            f.pop("column_tag", None)  # `X摄（新华社发）`: an agency, not a column's name
            f.pop("two_part", None)  # `数据来源：X  制图：Y`: two credits, not a two-part title
        closing = unit.lines[-1].text
        if n >= 2 and (
            closing in SHOT_ALONE
            or credit_goes_on(unit.lines[-2].text, closing)
            or bracket_goes_on(unit.lines[-2].text, closing)
        ):
            closing = unit.lines[-2].text + closing  # the credit began on the line before
        # (the credit's mark asked first: `_one_long_caption` reads the whole text of a long body)
        marked = CREDIT_MARK.search(closing, len(closing) - 14) or closing.endswith(AGENCY)
        if marked and (n <= 8 or _one_long_caption(unit)):
            # a caption closes with its credit (`…。  孙  七摄`, `… ■ 本报记者 周八`); a body never does
            credit = split_credit(closing)[1]
            if credit is not None:
                f["credit_end"] = 1
                if tag and credit.text.endswith(tag.group()):
                    f.pop("column_tag", None)  # `…。  X摄（人民视觉）`: the agency, not a column's name
                if any(a.role != "摄影" for a in credit.authors):
                    f["marked_credit_end"] = 1  # `… ■ 本报记者 X`: a photo of the paper's own
        if "credit_end" in f and dateline_head(first):
            f["dated_credit"] = 1  # a news photo's caption: `本报X电 …。  Y摄`
        if unit.lines[0].indent and not (
            n == 1 and unit.lines[0].spaced and not unit.lines[0].end and not spaced_texts
        ):
            f["indented"] = 1
        boxed = BOX.match(first) if head in BOX_FIRST and "credit" not in f else None  # (`数据来源：…`)
        if boxed is not None:
            f["box"] = 1
            words = "".join(boxed.group().lstrip(MARKERS).split())
            if words.startswith(BOX_OPENINGS):
                f["box_opening"] = 1  # these head an article's body, never sit inside it
            if n == 1 and len(first) - len(boxed.group()) + len(words) <= 6:
                f["box_title"] = 1
                if "box_opening" not in f and not (i < last and dateline_head(units[i + 1].first)):
                    # a box that closes no story's heading (a reporter's notebook, a link; over a
                    # dateline, the story's it opens): inside a story's text, as the line over it is
                    f["box_inside"] = 1
                    if i:
                        units[i - 1].features["over_box"] = 1
        if (head in ENUM_FIRST or head.isdecimal()) and ENUM.match(first):
            f["enum"] = 1
        elif first[:1] in MARKERS and n == 1:
            f["marker"] = 1  # `■ 一线观察` is a subhead, `■ 王  五` a byline: the names decide
        if n <= 3 and head in "（(" and TRAILER.match(text):
            f["trailer"] = 1
        elif n == 1 and i and end_mark in "）)" and _closes_note_above(first, units[i - 1]):
            f["trailer"] = 1  # the rest of a note in brackets that a column's end broke off
        if head == "【":
            f["bracket_label"] = 1  # `【要点】…`: a label opening a run of text; no title opens with one
        if n <= 2 and "@" in text:
            f["address"] = 1  # `投稿邮箱：x@y.cn`: a column's address closing its text; no title has one
        # a dateline may run over its first line (`本报北京 12 月 3日` / `电  （记者…）`)
        if dateline_head(first if n == 1 else first + unit.lines[1].text):
            f["dateline"] = 1
        byline = line_byline(first) if n <= 3 else None
        if byline is not None and n > 1 and not all(line_byline(line.text) for line in unit.lines):
            # a name broken over the line end (`…  林  涛  邵` / `岚  赵思远`): the lines read as one
            joined = line_byline(" ".join(line.text for line in unit.lines))
            if joined is not None:
                unit.byline = joined
        if unit.byline is None and byline is not None and all(line_byline(line.text) for line in unit.lines):
            unit.byline = join_lines([line_byline(line.text) for line in unit.lines])
        if unit.byline is not None and byline is not None:
            # (a byline naming no one signs for the paper with its role word: `本报评论员`)
            role = any(a.role for a in unit.byline.authors) or not unit.byline.authors
            if unit.byline.authors and all(a.role == "摄影" for a in unit.byline.authors):
                f["credit"] = 1  # `周八摄`: who took a photo, not who wrote an article
            elif head in MARKERS and credit_under_caption(units, i):
                f["credit"] = 1
                f["credit_under_caption"] = 1
            else:
                f["byline_role" if role else "byline_names"] = 1
            if not role and NAME_SPACED.match(first.lstrip(MARKERS).strip()):
                f["name_spaced"] = 1
            between = not role and label_between(spread, i)  # (`常  态` between `破  题` and `蝶  变`)
            if not role and not between and all(a.name[:1] in COMMON_SURNAMES for a in unit.byline.authors):
                f["surnamed"] = 1  # every name opens with a common surname: people, not a title
            elif not role and (between or not any(surnamed(a.name) for a in unit.byline.authors)):
                f["unsurnamed"] = 1  # `破  题`: no name opens with a surname, a part's label may not
                if label_of_set(spread, i):
                    # (the first or last of a story's part labels, another such word in its set)
                    f.pop("byline_names", None)
                    f.pop("name_spaced", None)
        if (
            i < last
            and n == 1
            and not unit.lines[0].end
            and unit.byline is None
            and not first_lines_full
            and not tag  # a column's name in brackets closes a title
        ):
            following = units[i + 1].lines[0]
            if (
                len(units[i + 1].lines) > 1
                and col - 2 <= following.width <= 1.3 * col
                and not landmark_kind(following.text)
                and not following.text.startswith(BOX_OPENINGS)  # a box heads a body, goes on nothing
                and not following.indent
                # (a title cut off the top of its block, over its story's flush text)
                and not (
                    (unit.lines[0].blank or (i > 0 and lone_tag(units[i - 1])))
                    and not following.blank
                    and over_flush_text([unit.lines[0], *units[i + 1].lines[:4]], col)
                )
            ):
                f["next_full"] = 1  # the next block goes on at full width: a column break
        if i > 0 and not unit.lines[0].blank and len(units[i - 1].lines) == 1 and n == 1:
            f["under_title"] = 1  # printed right under a title line, no blank between: not a kicker
            tagged_over = "column_tag" in units[i - 1].features and i < last and len(first) > 5
            if tagged_over and indenting and units[i + 1].lines[0].indent:
                f["flush_under_title"] = 1  # … a tagged one, over an indented paragraph: a subtitle
        if (
            i < last
            and n == 1
            and unit.byline is None
            and headingish(first)
            and _reads_as_caption(units[i + 1])
        ):
            f["over_picture"] = 1  # a title right above a caption: a photo's or a headline, not a kicker
        if n == 1 and unit.byline is None and not unit.lines[0].end:
            # two title lines over each other: a kicker set wider than the column runs longer than
            # the headline under it (and a subtitle longer than the headline over it)
            following = units[i + 1].lines[0].width if i < last and _title_line(units[i + 1]) else 0
            above = units[i - 1].lines[0].width if i > 0 and _title_line(units[i - 1]) else 0
            if following and widest > col + 2 and widest >= 1.3 * following:
                f["longer_than_next"] = 1
            if above > col + 2 and 1.3 * widest <= above:
                f["shorter_than_prev"] = 1
            if _columns_change(units, bodies, i, widths):
                f["column_changes"] = 1  # the bodies above and below are set in different columns
        if lines[0].run_in:
            # (a brief item's title cut off the text it ran into, `runin`; and a title line right
            # under such an item's text: briefs have no subheads, it heads the next story)
            if n == 1 and "dateline" not in f:
                f["run_in"] = 1
            elif i < last and len(units[i + 1].lines) == 1 and not units[i + 1].lines[0].end:
                units[i + 1].features["under_brief"] = 1
        if i == 0:
            f["page_first"] = 1
        if i == last:
            f["page_last"] = 1
        if n == 1 and not TWO_IDEOGRAPHS.search(first):
            f["no_words"] = 1


# the caption of the photo printed over an article's headline (`压题照片为…`, `题图：…`): that article's,
# never a photo standing alone, which has no headline to stand over (`grammar.TITLE_PHOTO`)
TITLE_PHOTO = rx.compile(r"^(?:压题(?:照片|图片|图)?|题图)[为：:]")


def mark_over_credit(units: list[Unit]) -> None:
    """A credit line closes the captions printed above it (a second pass: the unit below must have
    been measured first)."""
    for unit, below in zip(units, units[1:], strict=False):
        f = unit.features
        if "credit" in below.features and "credit" not in f:
            f["over_credit"] = 1
            if not below.lines[0].blank and _one_paragraph(unit):
                f["block_over_credit"] = 1  # a paragraph of its own closed by the credit line under it
            if "wide" in f:
                f["wide_over_credit"] = 1  # set wider than the column and closed by a credit: a caption


def _one_paragraph(unit: Unit) -> bool:
    """Is the unit one short paragraph of its own: a block under a blank line, with no paragraph
    opening inside it (a caption's length)?"""
    lines = unit.lines
    return lines[0].blank and len(lines) <= 8 and not any(x.blank or x.indent for x in lines[1:])
