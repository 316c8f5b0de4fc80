"""Brief items whose title runs into their text: `■TITLE  本报北京X月X日电 …`.

A column of news in brief may set each item's title on the line its text opens, a gap before the
dateline (`●X获奖　新华社北京1月2日电…`, the title wrapped over a line or two before it). A dateline
opens a story's text wherever a page prints one, so what stands before it in the same paragraph,
no sentence of its own, is that story's title. `part_run_in` cuts such a block in two at the gap:
the title's lines, then the text from the dateline on, as if a blank line had stood between them;
the marker leading the item (`■`, `●`) is its bullet, not the title's. Names alone before the
dateline (`王五 李六  本报…电`) are cut off the same way, as the story's byline, not its title; a column's
short name over two or more items goes like a running head, but a short line over one item stays.
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blocks import Line, dateline_head, is_bare_names
from reader.page.byline import may_open_dateline
from reader.page.textclean import MARKERS, cell_width, is_ideograph

_SPACES = " \u3000"
_GAP = rx.compile(r"[ \u3000]+")
_MOST_NAME = 6  # the most characters of a brief column's name over its first item
_MOST_LINES = 3  # the item's title wraps over at most two lines before the one its dateline opens on
_TITLE = (4, 48)  # the fewest and most characters of a run-in title
# how a dateline opens (after `据` or not), by the opening's last character
_OPENINGS = (("社", ("新华社", "中新社")), ("报", ("本报",)), ("刊", ("本刊",)))
_NOT_DATELINE = ("记者", "通讯员")  # … where a byline goes on instead (`本报记者`)
_NOT_TITLE = rx.compile(r"[。，！？；]|记者|通讯员|^[（(]")  # a sentence, a byline, a bracketed note


def part_run_in(blocks: list[list[Line]], text: str, aside: list[str] | None = None) -> list[list[Line]]:
    """The blocks of page `text`, each brief item's run-in title cut off the text it opens (see the
    module); a brief column's name, set aside, is added to `aside` if given."""
    if not _maybe(text):
        return blocks  # (most pages print no dateline after a gap in a line: one look at the page)
    out: list[list[Line]] = []
    cuts = [_run_in(block) for block in blocks]
    for i, (block, cut) in enumerate(zip(blocks, cuts, strict=True)):
        if cut is None:
            out.append(block)
            continue
        if i and cuts[i - 1] is None and out and _column_head(out[-1]) and _column(cuts, i):
            name = out.pop()  # (`今日快览` over the column: its name, like a running head, no story's title)
            if aside is not None:
                aside.append(name[0].text)
        j, at, to = cut
        line = block[j]
        k = _wrapped_from(block, j)
        # (the title wrapped with the column's width: one headline, its lines one line)
        head = "".join(x.text for x in block[k:j]) + line.text[:at]
        head = head.lstrip(MARKERS).lstrip()
        if not head:
            out.append(block)  # (a marker alone before the opening, `■ 本报记者…`: no title to cut)
            continue
        if k:
            out.append(block[:k])  # (set short over the title: a kicker, not its first half)
        # (names alone before the dateline sign the story, `王五 李六  本报…电`: its byline, no title)
        signed = is_bare_names(head)
        title = [Line(head, cell_width(head), block[k].blank, block[k].indent, run_in=not signed)]
        opening = line.text[to:]
        rest = block[j + 1 :]
        width = line.width  # (what is left is measured as the line: no short line ends a paragraph)
        if rest and not dateline_head(opening):
            # (the dateline wrapped, `…  新华社` / `北京1月2日电…`: its two pieces make one line)
            line = rest.pop(0)
            opening += line.text
            width = line.width
        body = Line(opening, width, True, False, line.end, line.gap_after)
        body.break_gap, body.run_in = line.break_gap, True
        out.append(title)
        out.append([body, *rest])
    return out


def _maybe(text: str) -> bool:
    """Does the page print a dateline's opening after a gap inside a line? A cheap look: each
    opening found by its last character (`社`, `报`, `刊`: a one-character search is the fastest),
    most pages holding few."""
    for last, openings in _OPENINGS:
        k = text.find(last, 2)
        while k > 0:
            start = k + 1 - len(openings[0])
            if text.startswith(openings, start):
                g = start - 1 if text[start - 1] != "据" else start - 2
                if g > 0 and text[g] in _SPACES and not text.startswith(_NOT_DATELINE, k + 1):
                    while g > 0 and text[g] in _SPACES:
                        g -= 1
                    if text[g] != "\n":
                        return True
            k = text.find(last, k + 1)
    return False


def _run_in(block: list[Line]) -> tuple[int, int, int] | None:
    """(line, gap start, gap end) of a run-in title's gap before its dateline in `block`, or None."""
    title = ""
    for j, line in enumerate(block[:_MOST_LINES]):
        text = line.text
        if j and (block[j - 1].end or block[j - 1].credits):
            return None  # (a title's wrapped line never closes a sentence)
        # (most lines hold no space: the pattern is asked only of those that do)
        for gap in _GAP.finditer(text) if " " in text or "\u3000" in text else ():
            if gap.end() == len(text) or not may_open_dateline(text[gap.end() :]):
                continue
            after = text[gap.end() :] + (block[j + 1].text if j + 1 < len(block) else "")
            if not dateline_head(after):
                continue
            head = "".join((title + text[: gap.start()]).split()).lstrip(MARKERS)
            if (
                _TITLE[0] <= len(head) <= _TITLE[1]
                and not _NOT_TITLE.search(head)
                and not dateline_head(head)
            ):
                return j, gap.start(), gap.end()
            return None
        title += text
    return None


def _wrapped_from(block: list[Line], j: int) -> int:
    """The first line of the run-in title that ends on line `j` of `block`: the lines over `j` as wide
    as three quarters of the block's widest line or more, which the title wrapped from. A shorter line
    over them was set short on purpose (a kicker over the item's title) and stays a line of its own."""
    widest = max(x.width for x in block)
    k = j
    while k > 0 and block[k - 1].width * 4 >= widest * 3:
        k -= 1
    return k


def _column(cuts: list[tuple[int, int, int] | None], i: int) -> bool:
    """Do run-in items stand in a column from block `i` on: two or more in a row? A short line set
    apart over one item alone may be its kicker or a section's label: text the reader keeps."""
    return i + 1 < len(cuts) and cuts[i + 1] is not None


def _column_head(block: list[Line]) -> bool:
    """Is `block` a brief column's name (`简讯`, letter-spaced `本 周 快 览`): one short line?"""
    if len(block) != 1:
        return False
    name = "".join(block[0].text.split())
    return len(name) <= _MOST_NAME and all(is_ideograph(ch) for ch in name)
