"""How the reading pane lays an article out, without drawing it: blocks, wrapped lines and painted spans.

An article becomes `Block`s (the kicker, headline, subtitle and byline, centred or indented, then one block
a paragraph); blocks are broken into `Line`s for a width; highlight layers become per-block spans of
display offsets. The pane (reading_pane.py) owns scrolling, caching and turning lines into strips.

Offsets: a body block's `base` is its offset in `article.text` (paragraphs joined by newlines, the offsets
bookmarks and search hits use); a title block's offsets are into its own field. What is shown may differ
from the source (spaces collapsed in titles, ambiguous-width characters substituted), so each block keeps
the map from source to display offsets.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import Literal, NamedTuple

from rich.cells import cell_len

from reader.app.wrap import PARAGRAPH_INDENT, break_lines, to_display
from reader.model import Article

LAYERS: tuple[str, ...] = ("keywords", "rules", "entities", "bookmarks", "search", "passage")
"""Highlight layers, painted in this order (a later layer's style wins where they overlap)."""

PHOTO_LABEL = "〔图片〕"

Align = Literal["left", "center"]

Spans = list[list[tuple[int, int, str]]]
"""Per block, the `(start, end, style)` display spans to paint."""


class Highlight(NamedTuple):
    """A span of `article.text[start:end]` to paint with `style` (component class or Rich style); with
    `field` "kicker", "headline", "subtitle" or "byline", a span of that title instead."""

    start: int
    end: int
    style: str
    field: str = "text"


class Block(NamedTuple):
    """A run of text laid out as one unit: a headline, the byline, one paragraph."""

    text: str
    """What is shown (after the ambiguous-width substitution)."""
    component: str
    base: int
    """Offset of this block in `article.text`, or -1 for text outside the body."""
    source_length: int
    offsets: list[int] | None
    """Source offset → display offset within the block, when they differ."""
    first_indent: str = ""
    align: Align = "left"
    field: str = ""
    """The article's field shown ("text" for the body, "kicker", "headline", "subtitle", "byline"; "" for
    others)."""


class Line(NamedTuple):
    """One laid-out line: `block.text[start:end]` drawn after `prefix` (margin, indent or centring)."""

    block: int
    start: int
    end: int
    prefix: str


def collapse_spaces(text: str) -> tuple[str, list[int]]:
    """`" ".join(text.split())` (how a title is shown), and where each offset of `text` (its end too)
    lands in it: a span `(s, e)` of `text` shows as `(where[s], where[e])`."""
    shown: list[str] = []
    where: list[int] = []
    gap = False
    for char in text:
        if char.isspace():
            gap = bool(shown)
            where.append(len(shown))
            continue
        if gap:
            shown.append(" ")
            gap = False
        where.append(len(shown))
        shown.append(char)
    where.append(len(shown))
    return "".join(shown), where


def message_block(message: str, *, wide: bool) -> Block:
    """A centred message shown instead of an article."""
    shown, _ = to_display(message, wide)
    return Block(shown, "reading--message", -1, len(message), None, "", "center")


def build_blocks(article: Article, *, wide: bool, paragraph_gap: int) -> list[Block]:
    """The article's blocks: a photo's label, the titles centred, the byline, then its paragraphs
    (`paragraph_gap` blank lines between them); `wide` draws ambiguous-width characters as wide."""
    blocks: list[Block] = []

    def add(
        text: str | None,
        component: str,
        align: Align = "left",
        indent: str = "",
        field: str = "",
        label: str = "",
    ) -> None:
        # `label`: shown before the text, in its block, but no part of the field (a photo's 〔图片〕)
        if text:
            collapsed, where = collapse_spaces(text)
            shown, offsets = to_display(collapsed, wide)
            if offsets is not None:
                where = [offsets[w] for w in where]
            if label:
                lead = to_display(label, wide)[0]
                shown, where = lead + shown, [len(lead) + w for w in where]
            blocks.append(Block(shown, component, -1, len(text), where, indent, align, field))

    def blank() -> None:
        blocks.append(Block("", "reading--body", -1, 0, None))

    photo = article.kind == "photo"
    if photo:
        if article.byline:
            add(article.byline, "reading--photo-label", field="byline", label=PHOTO_LABEL + " ")
        else:
            add(PHOTO_LABEL, "reading--photo-label")
        if article.kicker or article.headline or article.subtitle:
            blank()
    add(article.kicker, "reading--kicker", "center", field="kicker")
    add(article.headline, "reading--headline", "center", field="headline")
    add(article.subtitle, "reading--subtitle", "center", field="subtitle")
    if not photo and article.byline:
        if blocks:
            blank()
        add(article.byline, "reading--byline", indent=PARAGRAPH_INDENT, field="byline")
    if blocks:
        blank()
    base = 0
    component = "reading--photo" if photo else "reading--body"
    for number, paragraph in enumerate(article.paragraphs):
        if number and paragraph_gap:
            for _ in range(paragraph_gap):
                blank()
        shown, offsets = to_display(paragraph, wide)
        blocks.append(Block(shown, component, base, len(paragraph), offsets, PARAGRAPH_INDENT, field="text"))
        base += len(paragraph) + 1
    return blocks


def lay_out(blocks: Sequence[Block], width: int, measure: int) -> list[Line]:
    """Break the blocks into lines at most `measure` cells wide, centred in `width` cells."""
    lines, _ = lay_out_part(blocks, width, measure, (0, 0), None)
    return lines


Resume = tuple[int, int]
"""Where a layout goes on: a block's index and the offset in its text where its next line starts."""

PIECE = 4096
"""Characters of a paragraph broken into lines at a time when only part of an article is laid out."""


def lay_out_part(
    blocks: Sequence[Block], width: int, measure: int, resume: Resume, budget: int | None
) -> tuple[list[Line], Resume | None]:
    """The lines from `resume` on, stopping once about `budget` characters are laid out (None: all),
    and where to go on (None at the end). Laying out part by part gives the lines `lay_out` gives (but
    where a line is narrower than a cluster that may not be broken, 2 or 3 cells).

    A paragraph is broken a piece at a time, the last line of each piece left for the next (a line
    that may run on past the piece): the lines from a line's start depend on nothing before it. A
    paragraph of 3 million characters (a page extracted without line ends) took ~3 s to break at once.
    """
    measure = min(width, max(measure, 2))
    margin = " " * ((width - measure) // 2)
    lines: list[Line] = []
    index, start = resume
    used = 0
    while index < len(blocks):
        if budget is not None and used >= budget:
            return lines, (index, start)
        block = blocks[index]
        text = block.text
        if not text:
            lines.append(Line(index, 0, 0, margin))
            index, start, used = index + 1, 0, used + 1
            continue
        indent_width = cell_len(block.first_indent)
        first = (measure - indent_width if indent_width < measure else 0) if block.first_indent else None
        piece = len(text) - start if budget is None else max(budget - used, PIECE)
        while True:
            stop = min(start + piece, len(text))
            spans = break_lines(text[start:stop], measure, first if start == 0 else None)
            if stop == len(text) or len(spans) > 1:
                break
            piece *= 2  # a piece of one line (zero-width characters): a longer one
        if stop < len(text):
            spans = spans[:-1]
        for span_start, span_end in spans:
            line_start, line_end = start + span_start, start + span_end
            prefix = margin + (block.first_indent if line_start == 0 else "")
            if block.align == "center":
                shown = cell_len(text[line_start:line_end].rstrip(" \t"))
                prefix = margin + " " * max((measure - shown) // 2, 0)
            lines.append(Line(index, line_start, line_end, prefix))
        used += spans[-1].end
        if stop < len(text):
            start += spans[-1].end
        else:
            index, start = index + 1, 0
    return lines, None


def display_offset(block: Block, source: int) -> int:
    """Where source offset `source` of the block is shown."""
    if block.offsets is None:
        return source
    return block.offsets[min(max(source, 0), len(block.offsets) - 1)]


def source_offset(block: Block, shown: int) -> int:
    """The source offset shown at display offset `shown` of the block."""
    if block.offsets is None:
        return shown
    for source, position in enumerate(block.offsets):
        if position >= shown:
            return source
    return block.source_length


def layer_rank(name: str) -> tuple[int, str]:
    """Where layer `name` is painted: in `LAYERS` order, unknown layers last, by name."""
    return (LAYERS.index(name) if name in LAYERS else 99, name)


def paint_spans(blocks: Sequence[Block], layers: Mapping[str, Sequence[Highlight]]) -> Spans:
    """Each block's display spans, layers in `LAYERS` order (unknown layers last, by name)."""
    spans: Spans = [[] for _ in blocks]
    fields: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        fields.setdefault(block.field, []).append(index)
    # A highlight is looked up among the blocks of its field by offset, not tried on every block: the
    # key terms of an article of 1,400 paragraphs (14,000 spans) took 16 s of the UI thread that way.
    finders = {field: _BlockFinder(blocks, indices) for field, indices in fields.items()}
    for layer in sorted(layers, key=layer_rank):
        for highlight in layers[layer]:
            finder = finders.get(highlight.field)
            if finder is None:
                continue
            for index in finder.overlapping(highlight.start, highlight.end):
                block = blocks[index]
                base = max(block.base, 0)  # a title's offsets are its own
                start = max(highlight.start, base) - base
                end = min(highlight.end, base + block.source_length) - base
                if start < end:
                    spans[index].append(
                        (display_offset(block, start), display_offset(block, end), highlight.style)
                    )
    return spans


class _BlockFinder:
    """The blocks of one field (`indices` into `blocks`), found by source offset: by bisection where
    they follow one another without overlapping (the paragraphs of the body), else all of them (a title
    is one block)."""

    def __init__(self, blocks: Sequence[Block], indices: list[int]) -> None:
        self.indices = indices
        self.starts = [max(blocks[i].base, 0) for i in indices]
        ends = [start + blocks[i].source_length for start, i in zip(self.starts, indices, strict=True)]
        self.ordered = all(ends[n] <= self.starts[n + 1] for n in range(len(indices) - 1))

    def overlapping(self, start: int, end: int) -> Sequence[int]:
        """The indices, in order, of blocks that may hold part of source `[start, end)`: every one that
        does, and perhaps one before them that does not."""
        if not self.ordered:
            return self.indices
        first = max(bisect_right(self.starts, start) - 1, 0)
        return self.indices[first : bisect_left(self.starts, end, lo=first)]
