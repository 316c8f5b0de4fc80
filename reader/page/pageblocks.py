"""A raw page cut into blocks of measured lines: blank lines part blocks, page furniture (running heads,
editor credits) is dropped where it stands at a block's or the page's edge (`reader.page.furniture`).
"""

from __future__ import annotations

from reader.model import PageMeta
from reader.page import rx
from reader.page.blankless import (
    BLANKLESS,
    PER_BREAK,
    column_breaks_only,
)
from reader.page.blocks import Line
from reader.page.byline_broken import join_role_lines, role_line_end
from reader.page.credits import credit_line
from reader.page.furniture import (
    CHART_MAKER,
    CHART_SOURCE,
    MOST_EDGE,
    edge_furniture,
    furniture,
    section_label,
    section_lines,
)
from reader.page.inset import set_photos_apart
from reader.page.runin import part_run_in
from reader.page.tables import set_tables_apart
from reader.page.textclean import CLOSERS, TERMINAL, cell_width, ends_sentence, odd_width_rows, open_bracket
from reader.page.titlesapart import titles_apart

# a reporter's role word or a news agency opening a line (after a marker, or `据`), with single OCR
# spaces slipped in between its letters (`新华 社`, `本 报北京…电`, `本报记 者`)
_ROLE = r"(?:特 ?约 ?)?(?:记 ?者|通 ?讯 ?员|评 ?论 ?员)"
_SLIPPED_HEAD = rx.compile(
    r"^([■●▲◆□★☆◇◎] ?)?(据 ?)?"
    r"((?:本 ?报|本 ?刊|新 ?华 ?社|中 ?新 ?社)"
    rf"(?: ?驻 ?(?:[\u4e00-\u9fff] ?){{1,8}}?{_ROLE}| ?{_ROLE})?"  # (`本报驻南非记者`)
    rf"|{_ROLE})"
)
_SPACED_OUT = rx.compile(r"(?:\S ){3}")  # `本 报 驻 南 非 记 者`: every letter apart, read as such
_SLIP_FIRST = frozenset("■●▲◆□★☆◇◎据本新中特记通")
# how a page's editors' credit opens (`本版责编：…`, `责任编辑：…`, `版式设计：…`)
_CREDIT_OPENERS = ("本版", "责任编辑", "责编", "版式设计", "美术编辑")
_LABEL_MOST = 13  # the longest line a section label may be: four letters three spaces apart


def mend_slips(line: str) -> str:
    """`line` (stripped) with the single spaces that OCR slipped inside the role word or news agency
    opening it closed up (`新华 社北京…电` → `新华社北京…电`, `本报 记者 王五` → `本报记者 王五`): a
    byline or dateline is told by those words, and a space inside one hides it. The gap after the
    word stays (it may part the role from the names). A line whose every letter stands apart (`本 报
    记 者  王五`) is left as printed: its spacing is read as letter spacing, not as slips."""
    if line[0] not in _SLIP_FIRST or " " not in line[:12]:
        return line
    found = _SLIPPED_HEAD.match(line)
    if found is None or " " not in found.group(3) or _SPACED_OUT.match(line, found.start(3)):
        return line
    return line[: found.start(3)] + found.group(3).replace(" ", "") + line[found.end(3) :]


def cut_blocks(text: str, meta: PageMeta, aside: list[str] | None = None) -> list[list[Line]]:
    """The page's lines cut into blocks at blank lines, running heads and credits (which go), each line
    measured (`Line`: width, indent, sentence end, a gap after it, set apart by a wider gap). The lines
    that go are added to `aside`, if given, in page order, then the names of brief columns (`runin`)."""
    lines = text.split("\n")
    if role_line_end(text):
        lines = join_role_lines(lines)
        text = "\n".join(lines)
    if len(single := _single_spaced(lines)) < len(lines):
        lines, text = single, "\n".join(single)  # (read on as the page it would be single spaced)
    # (a page with blank lines enough is told by one search of its text, before its lines are read;
    # so is one with too many for them all to be column breaks)
    gaps = text.count("\n\n")
    columns = gaps >= 2 and PER_BREAK * gaps <= len(lines) and column_breaks_only(lines)
    few = columns or BLANKLESS * gaps < len(lines)
    if few and len(apart := titles_apart(lines, columns)) > len(lines):
        lines, text = apart, "\n".join(apart)
    if (margin := _margin(lines)) > 0:
        lines = [line[margin:] if line.strip() else line for line in lines]
        text = "\n".join(lines)
    if "\n " in text:
        lines = _column_margins(lines)
    bare = list(map(str.strip, lines))
    if "\t" in text:
        # a tab inside a line is a gap between words, as two spaces are (`本报记者\t王五`); one
        # before the text is an indent (read off the raw line)
        bare = [line.replace("\t", "  ") if "\t" in line else line for line in bare]
    # (the raw page searched: a row whose stripped ends held an odd character is measured by the table)
    odd = odd_width_rows(text)
    blocks: list[list[Line]] = []
    current: list[Line] = []
    read: dict[str, PageMeta | None] = {}  # what each edge line says (`edge_furniture`): read once
    edges = set(_filled(bare, range(len(bare)), read) + _filled(bare, range(len(bare) - 1, -1, -1), read))
    sections = section_lines(bare, sorted(edges), meta, read)  # (non-blank edge rows)
    blanks = 0  # blank lines in a row above this line
    least = 0  # the fewest blank lines the page leaves between two blocks
    wide: list[tuple[int, Line]] = []  # lines under two or more blank lines, with how many
    gapped: list[Line] = []  # lines printed with spaces after their text
    closed = False  # credits (or a running head) stood right above, inside the page: they close a part
    # (each line with the stripped line under it: "" past the page's last)
    for i, (raw, stripped, below) in enumerate(zip(lines, bare, [*bare[1:], ""], strict=True)):
        if not stripped:
            blanks += 1
            if current:
                blocks.append(current)
                current = []
            continue
        # running heads and credits stand at a block's edge (checking only there saves ~10% of the time)
        at_edge = i in edges
        if at_edge and i in sections:
            if aside is not None:
                aside.append(stripped)
            if current:
                blocks.append(current)
                current = []
            blanks = 0
            continue
        head = stripped[0]  # (read once: a line's first character is a new string each time)
        if (
            head == "制"
            and current
            and CHART_MAKER.fullmatch(stripped)
            and (CHART_SOURCE.fullmatch(current[-1].text) or credit_line(current[-1].text))
        ):
            # (a chart's maker printed under its source, or a graphic's under the photos' credits:
            # one credit line, `数据来源：X 制图：Y`, `某某供图 制图：Y`; one space, where the page
            # printed none on one line, so that running text drops it as a scan's slip)
            current[-1].text += " " + stripped
            current[-1].width += 4 + cell_width(stripped)
            continue
        if at_edge:
            heading = edge_furniture(stripped, meta, read)
        else:
            # (a page's editors' credit may stand inside a block: extraction ran it between a
            # story's last line and the next story's byline)
            heading = (not current or not below or stripped.startswith(_CREDIT_OPENERS)) and furniture(
                stripped, meta
            )
        if not heading and len(stripped) <= _LABEL_MOST and not few:
            # (a package's section label: no story's line; the blank lines around it the page's own,
            # not put back around title lines on a page extracted with few)
            heading = section_label(bare, i)
            if heading:
                meta.labels.append(stripped)  # (set aside from the text, kept with the page's furniture)
        if heading:
            if aside is not None:
                aside.append(stripped)
            if current:
                blocks.append(current)
                current = []
            blanks = 0
            closed = not at_edge
            continue
        # (`ends_sentence` asked only where the last character may close a sentence: a stripped line
        # never ends in a space, and most end in neither a stop nor a closer)
        if head in _SLIP_FIRST:  # (a call saved on most lines: `mend_slips` asks the same first)
            stripped = mend_slips(stripped)
        last_char = stripped[-1]
        end = last_char in TERMINAL or (last_char in CLOSERS and ends_sentence(stripped))
        # (a row with no odd character: half its characters plus its bytes, see `odd_width_rows`)
        width = cell_width(stripped) if i in odd else (len(stripped) + len(stripped.encode())) // 2
        if raw is stripped:  # (`strip` hands back the line itself where it strips nothing, as from most)
            current.append(Line(stripped, width, not current, False, end, False))
        else:
            gap = ""  # the spaces printed after the text
            indent = raw.startswith(("\u3000", "  ", "\t"))  # (a tab: some extractors' indent)
            centred = indent and _INDENT.match(raw) is None
            if centred:
                indent = False  # a line set in from both sides (a title centred in its column)
            gap_after = raw.endswith(("\u3000", "  "))
            if gap_after or raw[-1] == " ":
                gap = "  " if gap_after else " "
            if current and raw[0] in " \u3000\t" and not current[-1].break_gap and not centred:
                current[-1].break_gap = "  " if indent else " "  # the gap went to this line's start
            if indent and current:
                above = current[-1].text
                if stripped[0] in "（(" and above[-1] in "电讯":
                    indent = False  # `本报X电` / `  （记者Y）…`: the gap after 电 went to the next line
                elif ("（" in above or "(" in above) and open_bracket(above):
                    indent = False  # no paragraph opens inside a bracket: a padded name's gap went here
            current.append(Line(stripped, width, not current, indent, end, gap_after))
            if indent and raw[0] == " ":
                current[-1].spaced = True
            elif centred:
                current[-1].set_in = cell_width(raw[: len(raw) - len(raw.lstrip())])
            if gap:
                current[-1].break_gap = gap
            if gap_after:
                gapped.append(current[-1])
        if closed:
            current[-1].credits = True
            closed = False
        if blanks:
            if not least or blanks < least:
                least = blanks
            if blanks > 1:
                wide.append((blanks, current[-1]))
            blanks = 0
    if current:
        blocks.append(current)
    # A gap wider than the page's usual one sets a line apart (an extraction that doubles every
    # blank line keeps its wider gaps wider; where every gap is as wide, a wide gap says nothing).
    for gap, line in wide:
        if gap > least:
            line.apart = True
    if gapped and 2 * len(gapped) > sum(map(len, blocks)):
        # An extraction that pads most lines with spaces: a gap at a line's end says nothing.
        for line in gapped:
            line.gap_after = False
            line.break_gap = ""
    return set_photos_apart(part_run_in(set_tables_apart(blocks), text, aside))


# what opens a paragraph's first line: two full-width spaces (or one), two or four ASCII ones or a
# tab (a full-width indent or a tab with a space OCR slipped in or after it); a line set in by any other
# run of spaces is centred, a title set in from both sides, not a paragraph's first line
_INDENT = rx.compile(r"(?:(?: ?\u3000){1,2} ?|  (?:  )?|\t ?)[^ \u3000\t]")


_MARGIN_SPACES = " \t\u3000"


def _breaks_off(line: str) -> bool:
    """Does `line` (right-stripped) break off mid-sentence, as a line cut at its column does? (The
    cheap test by its last character: a closing mark after no stop counts as finishing too.)"""
    return line[-1] not in TERMINAL and line[-1] not in CLOSERS


def _margin(lines: list[str]) -> int:
    """The length of the run of spaces (ASCII, full-width or tabs) that every line of text opens with
    alike (an extractor's left margin), or 0: where most lines break off mid-sentence, cut at the
    column (where most finish their sentences, each line is a paragraph and the run its indent)."""
    first = next((line for line in lines if line.strip()), "")
    if first[:1] not in _MARGIN_SPACES:
        return 0  # (most pages: the first line of text is flush)
    margin = first[: len(first) - len(first.lstrip(_MARGIN_SPACES))]
    text_lines = unfinished = 0
    for line in lines:
        if not (text := line.rstrip()):
            continue
        text_lines += 1
        unfinished += _breaks_off(text)
        if not line.startswith(margin):
            margin = margin[: len(line) - len(line.lstrip(_MARGIN_SPACES))]
            while margin and not line.startswith(margin):
                margin = margin[:-1]
            if not margin:
                return 0
    # (a page printing a paragraph a line, each indented, finishes its lines: those are indents)
    return len(margin) if 2 * unfinished >= text_lines else 0


def _column_margins(lines: list[str]) -> list[str]:
    """The lines with the margin a column's block opens every line with (an extractor that prints a
    later column a space or two to the right) taken off, so its paragraphs' indents read as indents:
    where every line of a block of three or more opens with spaces, most with the fewest, the others
    with two or four more (an indent), and most lines break off mid-sentence (a block printing a
    paragraph a line, each indented, finishes its lines: those are indents)."""
    out = lines
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end].strip():
            continue
        block = lines[start:end]
        start = end + 1
        if len(block) < 3 or not all(line[:1] == " " for line in block):
            continue
        leads = [len(line) - len(line.lstrip(" ")) for line in block]
        least = min(leads)
        if 2 * leads.count(least) < len(block) or any(lead - least not in (0, 2, 4) for lead in leads):
            continue
        if 2 * sum(_breaks_off(line.rstrip()) for line in block) < len(block):
            continue
        if out is lines:
            out = list(lines)
        out[end - len(block) : end] = [line[least:] for line in block]
    return out


_DOUBLE_SPACED_LEAST = 12
"""Lines a page needs before a blank line under every one of them says it was extracted double spaced."""
_HEAD_LINES = 3
"""The page's first lines of text, a running head's (date, section, page number), that may stand tight
on a page extracted double spaced."""


def _single_spaced(lines: list[str]) -> list[str]:
    """The page's lines with one blank line less in every run of blank lines, where the page was
    extracted double spaced: a blank line under every line of text (line ends doubled, `\\r\\r\\n`, or
    an extractor that sets every line apart). There a single blank line is no break at all, and the
    page's own blank lines (column breaks, paragraph and story gaps) show as runs of three or more;
    otherwise the lines as they are. A page counts as double spaced where at most one pair of lines
    in fifty stands tight (no blank line between; a running head's at the top aside), most pairs have
    exactly one blank line between and most lines break off mid-sentence, cut at the column (a page
    printing each paragraph on one line, a blank line under each, is no such page: its lines finish
    their sentences)."""
    tight = single = 0
    run = -1  # blank lines since the last line of text (-1: none met yet)
    left = len(lines)  # lines not read yet: each can add one pair more at most
    head = _HEAD_LINES  # lines of a running head, set tight at the page's top whatever its spacing
    for line in lines:
        left -= 1
        if line.rstrip():
            head -= 1
            if run == 0 and head < 0:
                tight += 1
                # (50 * tight > pairs whatever the lines left hold: most pages are told so within
                # their first lines, not read to the end)
                if 49 * tight > single + left:
                    return lines
            elif run == 1:
                single += 1
            run = 0
        elif run >= 0:
            run += 1
    pairs = tight + single
    if pairs < _DOUBLE_SPACED_LEAST or 50 * tight > pairs or 2 * single < pairs:
        return lines
    unfinished = sum(_breaks_off(text) for text in map(str.rstrip, lines) if text)
    if 2 * unfinished < pairs:
        return lines  # most lines finish a sentence: a paragraph a line, blank lines between them
    out: list[str] = []
    for k, line in enumerate(lines):
        # (the first blank line of each run goes: the one under a line of text)
        if line.strip() or (k and not lines[k - 1].strip()):
            out.append(line)
    return out


def _filled(lines: list[str], order: range, read: dict[str, PageMeta | None]) -> list[int]:
    """The first three non-blank lines met in `order` (a page's edges: read from each end, not the
    whole page), and past them the rest of a running head set as one block of more lines (page code
    and section, date, editor credits, layout credit: four lines at a page's foot). `read`: the edge
    lines read already (`edge_furniture`)."""
    found: list[int] = []
    rest = iter(order)
    for i in rest:
        if lines[i]:
            found.append(i)
            if len(found) == 3:
                break
    for i in rest:
        # the line right next to three running-head lines set tight goes on with them
        if (
            not lines[i]
            or len(found) == MOST_EDGE
            or abs(found[-1] - found[-3]) != 2
            or not all(edge_furniture(lines[j], None, read) for j in found[-3:])
        ):
            break
        found.append(i)
    return found
