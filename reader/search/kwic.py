"""Keyword in context: every occurrence of a query's terms across the library, one line each.

A line holds the context to the left, the keyword and the context to the right, with where it was
printed (paper, date, page) and where it stands in the article (`article.text` offsets), so a reader
can open the article at the hit. Lines come lazily, article by article in date order, so the first
screen of a frequent term is ready long before the last line: `concordance` is a generator.

Matching is the search box's: plain terms and phrases match folded text (full-width Latin and case
folded), a traditional term its simplified form too, a Latin-letter term printed nowhere as a word the
words its pinyin names (`SearchIndex._pinyin_words`); excluded terms drop an article; `date:`, `paper:`,
`page:`, `section:` filters apply. Each line says how its keyword matched (`KwicLine.match`), so one
found by pinyin is never taken for the letters printed.

`align` lays lines out for a terminal: the keywords line up in one column, measured in terminal cells
(a Chinese character takes two, as Rich and terminals count them: Unicode's East Asian Width W and F,
ambiguous characters one), cutting context at its outer end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from reader.model import PageMeta, cell_width, char_cells
from reader.search.highlight import find_spans
from reader.search.query import parse

if TYPE_CHECKING:
    from reader.search.index import SearchIndex

SortKey = Literal["date", "left", "right"]
SORT_KEYS: tuple[SortKey, ...] = ("date", "left", "right")
DEFAULT_CONTEXT = 20
"""Characters of context on each side."""
NO_DATE = "—"
"""How a line of an undated page shows its date, in the reader's table and in `duba kwic`: the dash a
Chinese table prints for "none". Question marks would read as characters lost to an encoding (a GBK
terminal shows what it cannot print as `?`); CSV and JSON keep an empty string."""


@dataclass(frozen=True, slots=True)
class KwicLine:
    """One occurrence: its context, the keyword as printed, and where it is."""

    left: str
    keyword: str
    right: str
    article_id: str
    start: int
    """Offset of the keyword in `article.text`."""
    headline: str
    paper: str
    date: str
    page_no: str
    match: str = "literal"
    """How the keyword matched the query: "literal", "traditional" (its simplified form) or "pinyin"."""

    def to_dict(self) -> dict[str, str | int]:
        return {
            "date": self.date,
            "paper": self.paper,
            "page": self.page_no,
            "headline": self.headline,
            "left": self.left,
            "keyword": self.keyword,
            "right": self.right,
            "article_id": self.article_id,
            "offset": self.start,
            "match": self.match,
        }


def _flat(text: str) -> str:
    """Context on one line: paragraph breaks and runs of whitespace become one space."""
    return " ".join(text.split()) if any(ch.isspace() for ch in text) else text


def concordance(index: SearchIndex, query: str, context: int = DEFAULT_CONTEXT) -> Iterator[KwicLine]:
    """Every occurrence of `query`'s plain terms and phrases in the bodies of the indexed articles that
    pass its exclusions and filters, article by article in date order, in text order within one."""
    parsed = parse(query)
    wanted, excluded = index.match_strings(query)
    if not wanted:
        return
    kinds = index.match_kinds(query)
    for article, meta, doc, start, end in index.texts(parsed.filters or None):
        if any(doc.find(s, start, end) >= 0 for s in excluded):
            continue
        # (a term and its simplified form or pinyin words found at one place: one line)
        spans = [(a - start, b - start) for a, b in find_spans(doc, wanted, start, end)]
        body = article.text
        meta = meta or PageMeta()
        for a, b in spans:
            yield KwicLine(
                left=_flat(body[max(0, a - context) : a]),
                keyword=_flat(body[a:b]),  # (a word cut by a misread break: `mark_breaks`)
                right=_flat(body[b : b + context]),
                article_id=article.id,
                start=a,
                headline=article.title,
                paper=meta.paper,
                date=meta.date,
                page_no=meta.page_no,
                match=kinds.get(doc[start + a : start + b], "literal"),
            )


def sort_lines(lines: Iterable[KwicLine], key: SortKey = "date") -> list[KwicLine]:
    """Lines by date (then page and position), by the left context read from the keyword outwards, or
    by the right context; the usual orders of a concordance."""
    if key == "left":
        return sorted(lines, key=lambda line: (line.keyword, line.left[::-1]))
    if key == "right":
        return sorted(lines, key=lambda line: (line.keyword, line.right))
    return sorted(lines, key=lambda line: (line.date == "", line.date, line.paper, line.page_no))


cells = cell_width
"""Terminal cells a text takes (`reader.model.cell_width`: zero-width characters take none)."""


def fit_left(text: str, width: int) -> str:
    """The end of `text` that fits in `width` cells, padded on the left to exactly `width`."""
    used = 0
    i = len(text)
    while i > 0 and used + char_cells(text[i - 1]) <= width:
        i -= 1
        used += char_cells(text[i])
    return " " * (width - used) + text[i:]


def fit_right(text: str, width: int) -> str:
    """The start of `text` that fits in `width` cells (not padded)."""
    used = 0
    for i, ch in enumerate(text):
        used += char_cells(ch)
        if used > width:
            return text[:i]
    return text


def align(line: KwicLine, left_cells: int, right_cells: int, mark: tuple[str, str] = (" ", " ")) -> str:
    """One line with the keyword starting at cell `left_cells + len(mark[0])` whatever the scripts of the
    context: the left context is cut at its start and padded, the right one cut at its end."""
    left = fit_left(line.left, left_cells)
    return left + mark[0] + line.keyword + mark[1] + fit_right(line.right, right_cells)
