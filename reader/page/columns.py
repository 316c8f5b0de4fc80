"""The column a page sets each block in, and how it sets a paragraph's first line.

A page may set its articles in columns of different widths; a line's width says something (a full
line, a line broken off short) only against the column around it. `block_columns` finds that width
for each block; `paragraph_habits` says whether the page indents its paragraphs' first lines and
whether it sets its paragraphs one under the other; `column_ends` finds where a story's text, set in
columns of one depth, went on into its next column at a sentence's end.
"""

from __future__ import annotations

from reader.page.blocks import Line


def paragraph_habits(blocks: list[list[Line]], columns: list[int]) -> tuple[bool, bool]:
    """How the page sets its paragraphs, read in one pass over its lines. Does it print a paragraph's
    first line as full as the others (no indent, none dropped)? Then a full line after a title says
    nothing about a column break. And does it print paragraphs one under the other, with no blank
    line between? Then most lines that finish a sentence have another line under them in the same
    block, and a blank line means something: a column break, or a title set apart from the text."""
    full = short = 0
    ends = closing = 0  # lines that finish a sentence; … and close their block
    a = Line("", 0)  # the line before (none over the page's first: it finishes no sentence)
    col = 0  # … and the column width around it
    for block, width in zip(blocks, columns, strict=True):
        for j, b in enumerate(block):
            if a.end:
                ends += 1
                if a.width < col - 6 and len(b.text) > 4:
                    # (a line alone in its block, short of the column, is a heading's: a paragraph's
                    # first line with its indent dropped has the paragraph's other lines under it)
                    if b.indent or (col - 6 <= b.width <= col - 3 and j + 1 < len(block)):
                        short += 1
                    elif b.width >= col - 1:
                        full += 1
            a, col = b, width
        closing += block[-1].end
    ends += a.end  # (the page's last line)
    return full > short, ends - closing > closing


def block_columns(blocks: list[list[Line]]) -> list[int]:
    """The column width around each block: the commonest full width of the longer blocks within two
    of it (a page may set articles in columns of different widths), else the page's (that of all
    its longer blocks, as `column_width` finds it, counted on the way)."""
    counts: list[dict[int, int]] = []
    sizes: list[int] = []  # the lines counted in each block
    whole: dict[int, int] = {}
    for block in blocks:
        found: dict[int, int] = {}
        if len(block) >= 3:
            for line in block:
                width = line.width
                if width >= 16:
                    found[width] = found.get(width, 0) + 1
            for width, n in found.items():
                whole[width] = whole.get(width, 0) + n
        counts.append(found)
        sizes.append(sum(found.values()) if found else 0)
    page = max(zip(whole.values(), whole.keys(), strict=True))[1] if whole else 32
    out = []
    merged: dict[int, int] = {}  # the counts of blocks k-2 … k+2, slid along the page
    total = 0
    width = page
    last = len(counts) - 1
    for k in range(-2, last + 1):  # (from -2: the first two blocks enter before block 0's turn)
        # most blocks are short: the window's counts stay as they were
        changed = k == 0
        if k + 2 <= last and (found := counts[k + 2]):
            for w, n in found.items():
                merged[w] = merged.get(w, 0) + n
            total += sizes[k + 2]
            changed = True
        if k >= 3 and (found := counts[k - 3]):
            for w, n in found.items():
                left = merged[w] - n
                if left:
                    merged[w] = left
                else:
                    del merged[w]
            total -= sizes[k - 3]
            changed = True
        if k >= 0:
            if changed:
                if total < 6:
                    width = page
                elif 2 * merged.get(width, 0) <= total:  # (over half the lines: still the commonest)
                    width = max(zip(merged.values(), merged.keys(), strict=True))[1]
            out.append(width)
    return out


def column_ends(run: list[Line], width: int) -> frozenset[int]:
    """The lines of a body run (by index) that open a column where the one before ended on a full
    finished line: a story sets its text in columns of one depth, so where the sure column breaks
    (a blank line under a full line broken off mid-sentence) fall every N lines, three or more of
    them, a blank under a full finished line N lines on, between them, is a column break too, not
    a paragraph's end. On the truths of the non-blind sets, on pages that print first lines full,
    such a blank went on the paragraph 20 times (six layout programs) and ended it 4 times; at any
    other place a blank under a full finished line ended it 3,117 times and went on 255."""
    sure = [
        j for j in range(1, len(run)) if run[j].blank and not run[j - 1].end and run[j - 1].width >= width - 1
    ]
    if len(sure) < 3:
        return frozenset()
    depth = min(b - a for a, b in zip(sure, sure[1:], strict=False))
    if depth < 4 or any((b - a) % depth for a, b in zip(sure, sure[1:], strict=False)):
        return frozenset()  # (columns of no steady depth: beside a photo, or under a subhead)
    return frozenset(range(sure[0] + depth, sure[-1], depth)).difference(sure)
