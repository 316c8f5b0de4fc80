"""The sidebar's rows: what each line of the list of articles is, and how pages and articles become rows.

No widget here: the search worker builds result rows with these, and `reader.app.widgets.page_tree`
groups pages into the paper → date → page tree the list shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from reader.app.wrap import display_text
from reader.filenames import file_label
from reader.model import Article, Page, PageMeta

RowKind = Literal["page", "group", "article", "photo", "snippet"]


class Row(NamedTuple):
    """One line of the list: a heading (`article == -1`) or an article (its index in the app's list).

    A "page" row is a plain heading; a "group" row heads a paper, a date or a page of the tree
    (`reader.app.widgets.page_tree`), which opens and closes. A "snippet" row is a line of context under an
    article's row (same `article`); the cursor skips it.
    """

    label: str
    article: int
    kind: RowKind
    marks: tuple[tuple[int, int], ...] = ()
    """Sorted spans of `label` to emphasise (search hits)."""
    uncertain: bool = False
    """The segmenter is unsure of this article's boundary or title: a dim `?` in the row's first cell."""
    corrected: bool = False
    """The reader corrected this article (`reader.corrections`): a `✎` in the row's first cell."""
    depth: int = 0
    """Nesting in the tree (cells of indent)."""
    node: int = -1
    """A group row: its node in the tree."""
    aside: str = ""
    """Drawn at the right, muted: a group's count ("8版 24篇"), a search result's date and page."""
    aside_cells: int = 0
    """The cells of the column `aside` is drawn in, flush left: the widest aside of a search's results,
    so that their dates line up whether a page number follows or not (drawn flush right, "1998-01-09"
    stood where "第12版" ended on the row above); 0: flush right, as wide as itself."""
    open: bool = False
    """A group row: are its rows shown?"""
    empty: bool = False
    """A page's group row with no articles under it (an empty file): no ▸/▾, nothing to open."""
    shorter: tuple[str, ...] = ()
    """A heading's shorter forms, longest first: the list draws the longest form that fits its width
    (a search list's "前 100 篇 · 共 1,234  100 of 1,234", then "前 100 篇 · 共 1,234"…), not the
    label cut short."""


def selectable(row: Row) -> bool:
    """Can the cursor land on `row`? (Articles and the tree's groups, not headings or snippets.)"""
    return (row.article >= 0 and row.kind != "snippet") or row.kind == "group"


def page_heading(page: Page) -> str:
    """How a page is named in the list: paper, date, page number and section where known, else its file."""
    meta = page.meta
    parts = [meta.paper, meta.date]
    if meta.page_no:
        parts.append(f"第{meta.page_no}版" if meta.page_no.isdigit() else meta.page_no)
    parts.append(meta.section)
    known = [p for p in parts if p]
    if not meta.paper:
        known.insert(0, file_label(page.name).rsplit(".", 1)[0])
    return "  ".join(known)


def date_and_page(meta: PageMeta) -> str:
    """Where a search result was printed: "1998-01-02 第3版", as far as known ("" if nothing is)."""
    parts = [meta.date]
    if meta.page_no:
        parts.append(f"第{meta.page_no}版" if meta.page_no.isdigit() else meta.page_no)
    return " ".join(p for p in parts if p)


def rows_for_pages(pages: Sequence[Page], ambiguous_wide: bool = False) -> list[Row]:
    """Rows for every article of `pages`, under a heading per page; articles are numbered across pages."""
    rows: list[Row] = []
    index = 0
    for page in pages:
        rows.append(Row(display_text(page_heading(page), ambiguous_wide), -1, "page"))
        for article in page.articles:
            rows.append(row_for_article(article, index, ambiguous_wide))
            index += 1
    return rows


LIST_TITLE_CELLS = 120
"""Cells of an article's row label before the list cuts it to its width (a full-width sidebar)."""


def list_title(article: Article) -> str:
    """An article's label in the list: its short title (a photo: its caption's first sentence)."""
    return article.short_title(LIST_TITLE_CELLS)


def row_for_article(article: Article, index: int, ambiguous_wide: bool = False, depth: int = 0) -> Row:
    """The row for one article (`index` is its position in the app's article list; `depth` in the tree)."""
    label = list_title(article)
    kind: RowKind = "photo" if article.kind == "photo" else "article"
    return Row(
        display_text(label, ambiguous_wide),
        index,
        kind,
        uncertain=article.uncertain,
        corrected=article.corrected,
        depth=depth,
    )
