"""The page segmenter: a raw page of cut column lines becomes an ordered list of articles.

How a page is read (rules of newspaper layout, never words of one page):
1. Page furniture (running heads with date/page, editor credits) is taken out as metadata.
2. Lines group into blocks at blank lines. Blocks of very wide lines are photo captions; short
   blocks of `■ 本报记者 …` lines are bylines; short blocks whose lines carry no closing
   punctuation are headline candidates.
3. Runs of body blocks reflow into paragraphs. A blank line after a sentence end breaks a
   paragraph; a blank after a full line mid-sentence is a column break and does not; a short line
   after a sentence end, or a line indented by its missing two characters, starts a new one.
4. Headline blocks that stand next to an article boundary (a byline, a dateline such as
   `本报讯（…）`, a photo, the page's edge) are headlines; the others are in-body subheads. Whether
   a page prints headlines before or after their bodies is decided from where the first one stands.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from typing import Literal

from reader.model import Article, Author, PageMeta, article_id
from reader.page.byline import Byline, parse_byline_line, split_credit, split_dateline
from reader.page.textclean import CLOSERS, CONTINUING, cell_width, clean_spacing, ends_sentence, join_lines

SEGMENTER_VERSION = 5
"""Bump when segmentation output changes, so cached pages are segmented again."""

_EDITOR = re.compile(
    r"(责任编辑|责编|编辑|美编|版式|校对|组版|排版|审读|照排|制图)\s*[：:\s]\s*([^\s：:]{2,4})"
)
_DATE = re.compile(r"(\d{4})\s*(?:年|[.\-/])\s*(\d{1,2})\s*(?:月|[.\-/])\s*(\d{1,2})\s*日?")
_PAGE_NO = re.compile(r"第\s*([0-9A-Za-z]{1,4})\s*版|(?<![0-9A-Za-z])([A-Z]?\d{1,2})\s*版(?![权])")
# A page code standing alone in a running head: `A3`, `03`, `B12`
_PAGE_LABEL = re.compile(r"(?:^|\s)[A-Z]?\d{1,2}(?:\s|$)")
# A newspaper's name in its running head ends in 报 (日报, 晚报, 时报, …)
_PAPER = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{1,8}报)(?:\s|$)")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
_SUBTITLE = re.compile(r"^[—\-－─]{1,3}")
_MAX_BLOCK_HEADING_LINES = 4
# Headlines carry no full stop or semicolon inside; body lines often do.
_INNER_STOP = re.compile(r"[。；;]")


@dataclass(slots=True)
class Line:
    """One non-blank line of the page, stripped, with its cell width."""

    text: str
    width: int


@dataclass(slots=True)
class Unit:
    """A stretch of the page between article-level landmarks."""

    kind: Literal["text", "heading", "byline", "caption"]
    blocks: list[list[Line]] = field(default_factory=list)
    byline: Byline | None = None


@dataclass(slots=True)
class Segmentation:
    """What the segmenter found on a page: articles, metadata from its furniture, warnings."""

    articles: list[Article]
    meta: PageMeta
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Page furniture


def _furniture(line: str, meta: PageMeta, at_edge: bool = False) -> bool:
    """Is this line a running head or an editor credit? Record what it says in `meta`.

    `at_edge` marks the first and last few lines of the page, where a bare date is a running head.
    """
    text = line.strip()
    if not text or len(text) > 60:
        return False
    editors = _EDITOR.findall(text)
    if editors and not ends_sentence(text) and "，" not in text:
        # the whole line must be credits: what is left after removing them is short
        rest = _EDITOR.sub("", text).strip(" 　|│/")
        if len(rest) <= 4:
            meta.editors.extend(f"{role}：{name}" for role, name in editors)
            return True
    date = _DATE.search(text)
    page = _PAGE_NO.search(text)
    weekday = _WEEKDAY.search(text)
    plain = len(text) <= 30 and not ends_sentence(text) and "，" not in text
    label = _PAGE_LABEL.search(text)
    if (date and (page or weekday)) or (page and plain) or (at_edge and plain and (date or label)):
        paper = _PAPER.search(text)
        if paper and not meta.paper:
            meta.paper = paper.group(1)
        if date and not meta.date:
            meta.date = f"{int(date.group(1)):04d}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"
        if page and not meta.page_no:
            meta.page_no = page.group(1) or page.group(2)
        elif label and not meta.page_no and at_edge:
            meta.page_no = label.group().strip()
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Blocks and units


def _blocks(lines: list[str], meta: PageMeta) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    filled = [i for i, raw in enumerate(lines) if raw.strip()]
    edges = set(filled[:3] + filled[-3:])
    for i, raw in enumerate(lines):
        text = raw.strip()
        if not text or _furniture(text, meta, i in edges):
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(Line(text, cell_width(text)))
    if current:
        blocks.append(current)
    return blocks


def _column_width(blocks: list[list[Line]]) -> int:
    """The typical full-line width: the median of lines that are followed by another line."""
    # lines inside a block, neither a paragraph's indented first line nor its short last one
    inner = [line.width for block in blocks for line in block[1:-1] if line.width >= 12]
    if len(inner) < 3:
        # paragraphs of two lines: their first lines are short by the indent, so lean high
        inner = [line.width for block in blocks for line in block[:-1] if line.width >= 12]
        if len(inner) >= 3:
            return sorted(inner)[(3 * len(inner)) // 4]
    if len(inner) < 3:
        inner = [line.width for block in blocks for line in block if line.width >= 12]
    if not inner:
        return 32
    median = statistics.median(inner)
    body = [w for w in inner if 0.6 * median <= w <= 1.4 * median]
    return int(statistics.median(body or inner))


def _local_width(blocks: list[list[Line]], page_width: int) -> int:
    """The column width of one stretch of body text: articles on a page may be set in columns of
    different widths (a commentary wider than the news beside it). Short stretches use the page's."""
    inner = [line.width for block in blocks for line in block[:-1] if line.width >= 12]
    return _column_width(blocks) if len(inner) >= 5 else page_width


def _heading_like(line: Line, width: int) -> bool:
    """Could this line be part of a headline block: short enough, no sentence punctuation?"""
    text = line.text
    if _SUBTITLE.match(text):
        return True
    if (
        line.width > 1.25 * width
        or text[-1] in CONTINUING
        or _INNER_STOP.search(text[:-1])
        or text[-1] in "。；;"
    ):
        return False
    return not (text[0] in CLOSERS or text[0] in "，。、；：") and split_dateline(text) is None


def _units(blocks: list[list[Line]], width: int) -> list[Unit]:
    units: list[Unit] = []
    caption_min = 1.7 * width
    for block in blocks:
        # a block may open with its byline lines (`■ 本报记者 …` then the body without a blank)
        head: list[Line] = []
        bylines: list[Byline] = []
        while block and len(block[0].text) <= 40:
            parsed = parse_byline_line(block[0].text)
            if parsed is None:
                break
            bylines.append(parsed)
            head.append(block[0])
            block = block[1:]
        if bylines:
            merged = Byline(" ".join(b.text for b in bylines), [a for b in bylines for a in b.authors])
            if units and units[-1].kind == "byline" and units[-1].byline is not None:
                previous = units[-1].byline
                units[-1].byline = Byline(f"{previous.text} {merged.text}", previous.authors + merged.authors)
                units[-1].blocks.append(head)
            else:
                units.append(Unit("byline", [head], merged))
        if not block:
            continue
        if max(line.width for line in block) > caption_min:
            kind: Literal["text", "heading", "byline", "caption"] = "caption"
        elif len(block) <= _MAX_BLOCK_HEADING_LINES and all(_heading_like(line, width) for line in block):
            kind = "heading"
        else:
            kind = "text"
        if units and units[-1].kind == kind and kind in ("text", "caption"):
            units[-1].blocks.append(block)
        else:
            units.append(Unit(kind, [block]))
    return units


def _starts_article(unit: Unit | None) -> bool:
    """Does this unit open an article: a byline, a photo, the page's edge, or a dateline?"""
    if unit is None or unit.kind in ("byline", "caption"):
        return True
    if unit.kind == "text":
        return split_dateline(unit.blocks[0][0].text) is not None
    return False


def _ends_paragraph(unit: Unit | None) -> bool:
    if unit is None or unit.kind != "text":
        return True
    last = unit.blocks[-1][-1]
    return ends_sentence(last.text)


def _resolve_headings(units: list[Unit], width: int) -> tuple[list[Unit], Literal["before", "after"]]:
    """Merge runs of heading blocks into groups; demote those not at an article boundary to text."""
    merged: list[Unit] = []
    for unit in units:
        if unit.kind == "heading" and merged and merged[-1].kind == "heading":
            merged[-1].blocks.extend(unit.blocks)
        else:
            merged.append(unit)
    first_body = next((i for i, u in enumerate(merged) if u.kind == "text"), len(merged))
    first_heading = next((i for i, u in enumerate(merged) if u.kind == "heading"), len(merged))
    layout: Literal["before", "after"] = "before" if first_heading < first_body else "after"

    result: list[Unit] = []
    for i, unit in enumerate(merged):
        if unit.kind == "heading":
            prev = merged[i - 1] if i > 0 else None
            nxt = merged[i + 1] if i + 1 < len(merged) else None
            lines = [line for block in unit.blocks for line in block]
            # kicker and headline on lines of their own, or a `——` subtitle: a headline even where
            # no byline follows (column-break fragments of body text come in multi-line blocks)
            rich = any(_SUBTITLE.match(line.text) for line in lines) or (
                len(unit.blocks) > 1
                and all(len(block) == 1 for block in unit.blocks)
                # lines all as wide as body lines are more likely column-break fragments
                and any(line.width < width - 4 for line in lines)
            )
            ok_before = _ends_paragraph(prev) or (
                layout == "before" and prev is not None and prev.kind == "text"
            )
            ok_after = _starts_article(nxt) or rich
            if not (ok_before and ok_after):
                unit.kind = "text"
        elif unit.kind == "byline" and unit.byline and not any(a.role for a in unit.byline.authors):
            # names with no role word stand next to a headline or at the page's edge; inside a
            # body such a marked line is a subhead
            prev = merged[i - 1] if i > 0 else None
            nxt = merged[i + 1] if i + 1 < len(merged) else None
            edge = (
                prev is None
                or prev.kind in ("heading", "caption")
                or (nxt is not None and nxt.kind == "heading")
            )
            if not edge:
                unit.kind = "text"
        if unit.kind == "text" and result and result[-1].kind == "text":
            result[-1].blocks.extend(unit.blocks)
        else:
            result.append(unit)
    return result, layout


# ---------------------------------------------------------------------------------------------
# Paragraphs


def _is_break(a: Line, b: Line, blank: bool, b_last: bool, width: int) -> bool:
    """Does a paragraph end between line `a` and line `b`?"""
    a_end = ends_sentence(a.text)
    if blank:
        if not a_end:
            return a.width < width - 6  # a short unfinished line: a subhead or list item
        # a sentence end at a column break: both lines full means the paragraph goes on
        # (a first line is short by its dropped indent, so `b` must be all but full)
        return not (a.width >= width - 6 and b.width >= width - 1)
    if not a_end:
        return False
    if a.width < width - 6:
        return True
    # the next line is short by the two-character indent that extraction dropped, and is not
    # itself the finished last line of the same paragraph
    return width - 8 <= b.width <= width - 3 and not (b_last and ends_sentence(b.text))


def _paragraphs(blocks: list[list[Line]], width: int) -> list[str]:
    flow: list[tuple[Line, bool, bool]] = []  # line, blank before it, last line before a blank
    for block in blocks:
        for j, line in enumerate(block):
            flow.append((line, j == 0, j == len(block) - 1))
    paragraphs: list[list[str]] = []
    for i, (line, blank, _last) in enumerate(flow):
        if i == 0 or _is_break(flow[i - 1][0], line, blank, flow[i][2], width):
            paragraphs.append([])
        paragraphs[-1].append(line.text)
    return [p for p in (join_lines(lines) for lines in paragraphs) if p]


# ---------------------------------------------------------------------------------------------
# Articles


@dataclass(slots=True)
class _Draft:
    kind: Literal["article", "photo"] = "article"
    heading: list[list[Line]] = field(default_factory=list)
    byline: Byline | None = None
    paragraphs: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not self.paragraphs and not self.heading and self.byline is None


def _heading_fields(blocks: list[list[Line]]) -> tuple[str | None, str | None, str | None]:
    """Kicker, headline and subtitle from a headline group: `——` lines are subtitles, the last
    other element is the headline and any before it form the kicker."""
    lines = [line.text for block in blocks for line in block]
    subtitles = [clean_spacing(_SUBTITLE.sub("", t)) for t in lines if _SUBTITLE.match(t)]
    # each other line is an element of its own (kicker, headline): headlines are set on one line
    elements = [clean_spacing(t) for t in lines if not _SUBTITLE.match(t)]
    headline = elements[-1] if elements else None
    kicker = " ".join(elements[:-1]) or None
    subtitle = " ".join(subtitles) or None
    return kicker, headline, subtitle


def _finish(draft: _Draft, page: str) -> Article:
    kicker, headline, subtitle = _heading_fields(draft.heading) if draft.heading else (None, None, None)
    authors: list[Author] = list(draft.byline.authors) if draft.byline else []
    return Article(
        id=article_id(draft.paragraphs, headline),
        kind=draft.kind,
        kicker=kicker,
        headline=headline,
        subtitle=subtitle,
        byline=draft.byline.text if draft.byline else None,
        authors=authors,
        paragraphs=draft.paragraphs,
        page=page,
    )


def _caption_article(unit: Unit, width: int) -> _Draft:
    paragraphs = _paragraphs(unit.blocks, max(width, max(line.width for b in unit.blocks for line in b)))
    draft = _Draft(kind="photo")
    if paragraphs:
        text, credit = split_credit(paragraphs[-1])
        if credit is not None:
            draft.byline = credit
            paragraphs[-1] = text
    draft.paragraphs = [p for p in paragraphs if p]
    return draft


def segment(text: str, page: str = "") -> Segmentation:
    """Segment one raw page into articles, in reading order."""
    meta = PageMeta()
    warnings: list[str] = []
    blocks = _blocks(text.split("\n"), meta)
    if not blocks:
        warnings.append(f"{page or 'page'}: no text found")
        return Segmentation([], meta, warnings)
    width = _column_width(blocks)
    units, layout = _resolve_headings(_units(blocks, width), width)

    drafts: list[_Draft] = []
    current = _Draft()

    def close() -> None:
        nonlocal current
        if not current.empty():
            drafts.append(current)
        current = _Draft()

    for i, unit in enumerate(units):
        if unit.kind == "heading":
            if layout == "after":
                current.heading = unit.blocks
                close()
            else:
                close()
                current.heading = unit.blocks
        elif unit.kind == "byline":
            if current.paragraphs or (current.byline is not None) or (layout == "after" and current.heading):
                close()
            current.byline = unit.byline
        elif unit.kind == "caption":
            close()
            photo = _caption_article(unit, width)
            nxt = units[i + 1] if i + 1 < len(units) else None
            if photo.byline is None and nxt is not None and nxt.kind == "byline":
                pass  # a credit line after a caption belongs to the next article's byline slot
            drafts.append(photo)
        else:
            for paragraph in _paragraphs(unit.blocks, _local_width(unit.blocks, width)):
                dateline = split_dateline(paragraph)
                if dateline is not None:
                    if current.paragraphs or current.byline is not None:
                        close()
                    current.byline, paragraph = dateline[0], clean_spacing(dateline[1])
                    if not paragraph:
                        continue
                current.paragraphs.append(paragraph)
    close()
    # a byline standing alone (nothing printed under it) is kept: no printed text is dropped
    articles = [_finish(d, page) for d in drafts if d.paragraphs or d.heading or d.byline]
    return Segmentation(articles, meta, warnings)


def segment_page(text: str, page: str = "") -> list[Article]:
    """The articles of one raw page (see `segment` for metadata and warnings too)."""
    return segment(text, page).articles
