"""Keyword in context: every occurrence of a query's terms across the library, one line each.

A line holds the context to the left, the keyword and the context to the right, with where it was
printed (paper, date, page) and where it stands in the article (its field, and the offset in that field's
text), so a reader can open the article at the hit. Lines come lazily, article by article in date order,
so the first screen of a frequent term is ready long before the last line: `concordance` is a generator.

The titles and the byline are read as well as the text, as search reads them: a term printed only in a
headline, or a reporter's name, is found by search, and its concordance said "0 occurrences" and its
trend 0. A line from a title (kicker, headline, subtitle) or the byline holds that line alone as its
context and says which it is (`KwicLine.field`; `FIELD_LABELS` labels it on screen), so it is never read
as a sentence of the text. An article's title lines come before its text's, and its byline's after, as
the index holds them.

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

from reader.model import Article, PageMeta, cell_width, char_cells
from reader.search.highlight import find_spans
from reader.search.plan import exclusion
from reader.search.query import parse
from reader.search.rank import is_excluded
from reader.search.segment import article_fields, head_titles

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
FIELD_LABELS = {"kicker": "引题：", "headline": "标题：", "subtitle": "副题：", "byline": "署名："}
"""What a line from a title shows before its context, as a Chinese page's fields are named."""


@dataclass(frozen=True, slots=True)
class KwicLine:
    """One occurrence: its context, the keyword as printed, and where it is."""

    left: str
    keyword: str
    right: str
    article_id: str
    start: int
    """Offset of the keyword in the text of its field (`article.text`, or the title it is in)."""
    headline: str
    paper: str
    date: str
    page_no: str
    match: str = "literal"
    """How the keyword matched the query: "literal", "traditional" (its simplified form) or "pinyin"."""
    field: str = "text"
    """Where in the article the keyword is: "text" (the body), a title ("kicker", "headline",
    "subtitle") or the byline ("byline")."""

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
            "field": self.field,
        }


def _flat(text: str) -> str:
    """Context on one line: paragraph breaks and runs of whitespace become one space."""
    return " ".join(text.split()) if any(ch.isspace() for ch in text) else text


def _titles(article: Article) -> list[tuple[str, str, int]]:
    """(field, its text, where it starts in the folded head) of each title of `article`: the head is
    its titles joined by newlines (`reader.search.segment.head_titles`), folded character for
    character."""
    found = []
    at = 0
    for field, text in head_titles(article):
        found.append((field, text, at))
        at += len(text) + 1
    return found


def has_words(query: str) -> bool:
    """Whether `query` holds a word or phrase a concordance shows: a filter (`date:1998-01`), `author:`
    or `headline:` only chooses the articles, and alone it has no occurrence to show."""
    return any(term.field == "any" for term in parse(query).positive)


def concordance(index: SearchIndex, query: str, context: int = DEFAULT_CONTEXT) -> Iterator[KwicLine]:
    """Every occurrence of `query`'s plain terms and phrases in the titles, bodies and bylines of the
    indexed articles that pass its exclusions (in the fields they name, as search reads them) and
    filters, article by article in date order; within one, its title lines first, then its text's in
    text order, then its byline's."""
    parsed = parse(query)
    wanted = index.match_strings(query)[0]
    if not wanted:
        return
    negative = [exclusion(term) for term in parsed.negative]
    kinds = index.match_kinds(query)
    for article, meta, doc, start, end in index.texts(parsed.filters or None):
        if negative and is_excluded(doc, start - 1, end - start, negative):
            continue
        # the head, the body and the byline at once (no term holds a separator, nor the newline between
        # two titles); a term and its simplified form or pinyin words found at one place are one line
        found = find_spans(doc, wanted, 0, len(doc))
        if not found:
            continue
        meta = meta or PageMeta()
        titles = _titles(article) if found[0][0] < start else []
        for a, b in found:
            if a > end:
                field, text, at = "byline", article_fields(article)[2], end + 1
            elif a >= start:
                field, text, at = "text", article.text, start
            else:
                field, text, at = next(title for title in reversed(titles) if title[2] <= a)
            yield KwicLine(
                left=_flat(text[max(0, a - at - context) : a - at]),
                keyword=_flat(text[a - at : b - at]),  # (a word cut by a misread break: `mark_breaks`)
                right=_flat(text[b - at : b - at + context]),
                article_id=article.id,
                start=a - at,
                headline=article.title,
                paper=meta.paper,
                date=meta.date,
                page_no=meta.page_no,
                match=kinds.get(doc[a:b], "literal"),
                field=field,
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


HIT_ROOM = 12
"""Cells of a hit a cut snippet keeps in sight at least."""


def fit_around(text: str, lead: int, width: int) -> str:
    """`text` in at most `width` cells, its character at `lead` (a hit) kept in sight: cut at its end
    where the hit fits so, else its start cut too, the hit a third of the way in; "…" marks a cut."""
    if cells(text) <= width:
        return text
    if cells(text[:lead]) + HIT_ROOM > width - 1:
        start = lead
        room = width // 3
        while start > 0 and cells(text[start - 1 : lead]) <= room:
            start -= 1
        text = "…" + text[start:].lstrip("…")
        if cells(text) <= width:
            return text
    return fit_right(text, width - 1) + "…"


def left_side(line: KwicLine, width: int) -> str:
    """What stands left of `line`'s keyword in `width` cells, padded on the left: the end of its left
    context, after the label of its title (`FIELD_LABELS`) when it comes from one, so the label is never
    cut off, however long the title's start (a line from a headline reads `标题：…`)."""
    label = FIELD_LABELS.get(line.field, "")
    if not label:
        return fit_left(line.left, width)
    room = max(0, width - cells(label))
    context = fit_left(line.left, room).lstrip(" ")  # (a context never starts with a space: `_flat`)
    return " " * (room - cells(context)) + label + context


def align(line: KwicLine, left_cells: int, right_cells: int, mark: tuple[str, str] = (" ", " ")) -> str:
    """One line with the keyword starting at cell `left_cells + len(mark[0])` whatever the scripts of the
    context: the left context is cut at its start and padded (a title's line labelled: `left_side`), the
    right one cut at its end."""
    return left_side(line, left_cells) + mark[0] + line.keyword + mark[1] + fit_right(line.right, right_cells)
