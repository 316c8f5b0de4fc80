"""Tables printed in a story (a results list, a schedule, a year's figures): rows of cells that an
extractor gives as lines with wide gaps between the cells.

Read as lines of text, a table's header row looks like a title (short, no sentence's end) and its
rows run together into one paragraph (`X路820 100%Y路…`). A row is a line of three cells or
more, each gap two spaces or wider; a table is two such rows or more in a row, as many cells in
each, figures in all of them but one (its header), no sentence's marks (`，。`) and no bracket left open.
That tells a table from lines spaced for other reasons: a title spaced out over its line holds no
figures, nor does a byline of letter-spaced names (`本报记者  XYZ  X  Y`); a dateline's names
broken over two lines (`…电  （记者 X  Y 通` / `讯员 Z  W） 11日，…`) leave a bracket
open, and captions run on with their credits end their sentences.
A table is set apart as a block of its own (`set_tables_apart`), read as text (the `table` mark,
`reader.page.weights`), and each row is a paragraph of its own, its cells parted by two spaces
(`row_text`).
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blocks import Line, cut_out, is_balanced
from reader.page.textclean import clean_spacing

_GAP = rx.compile(r"[ \u3000]{2,}")
_FIGURE = rx.compile(r"[0-9０-９]")
_LEAST_CELLS = 3
_LEAST_ROWS = 2


_SENTENCE_MARKS = frozenset("，。；！？")


def _is_row(text: str) -> bool:
    return (
        ("  " in text or "\u3000" in text)
        and len(_GAP.split(text)) >= _LEAST_CELLS
        and _SENTENCE_MARKS.isdisjoint(text)
        and is_balanced(text)
    )


def set_tables_apart(blocks: list[list[Line]]) -> list[list[Line]]:
    """The blocks, each run of a table's rows (`table` set on its lines) cut out as a block of its
    own."""
    out: list[list[Line]] = []
    for block in blocks:
        # (a substring test a line, no call: most blocks hold no two lines with a gap inside them)
        gapped = [line for line in block if "  " in line.text or "\u3000" in line.text]
        if len(gapped) < _LEAST_ROWS:
            out.append(block)
            continue
        rows = [_is_row(line.text) for line in block]
        if sum(rows) < _LEAST_ROWS:
            out.append(block)
            continue
        spans: list[tuple[int, int]] = []
        k = 0
        while k < len(block):
            if not rows[k]:
                k += 1
                continue
            end = k
            while end < len(block) and rows[end]:
                end += 1
            run = block[k:end]
            figured = sum(1 for line in run if _FIGURE.search(line.text))
            cells = {len(_GAP.split(line.text)) for line in run}
            if len(run) >= _LEAST_ROWS and figured >= len(run) - 1 and len(cells) == 1:
                for line in run:
                    line.table = True
                spans.append((k, end))
            k = end
        out.extend(cut_out(block, spans))
    return out


def row_text(text: str) -> str:
    """A table row as a paragraph: each cell cleaned as running text, the cells parted by two spaces."""
    return "  ".join(clean_spacing(cell, running=True) for cell in _GAP.split(text.strip()))
