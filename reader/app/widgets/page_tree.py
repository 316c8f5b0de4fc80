"""The sidebar's tree: papers, their dates (issues), their pages, and the articles of each page, as rows.

The library keeps its pages in paper → date → page order (`reader.library.Library.set_pages`), so every
group is a run of consecutive articles. Levels that would say nothing are left out:

- a group with a single child group is one row ("人民日报  1998-01-02" for a paper with one issue);
  a paper, a date and a page merged into one row is named as the page heading always was;
- a group with nothing known (no paper, no date) gives way to its children;
- a sole group at the top is a plain heading line, and what it holds is not indented. So the bundled page
  shows its heading and its articles, as before the tree.

Groups open and close: papers and pages start open, dates closed, except that the groups holding the
article being read open to show it (`reveal`) and close again when the reader moves on, unless the reader
opened or closed them by hand. Only the rows of open groups exist (`rows`): 30,000 articles under closed
dates cost no rows, and opening a group makes only its own; where a row is is counted from the groups
before it (`row_of_article`), not looked up in a map of every row.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.app.widgets.rows import Row, page_heading, row_for_article
from reader.app.wrap import display_text
from reader.filenames import file_label
from reader.model import Page

Key = tuple[str | int, ...]
"""What names a group across rebuilds: ("paper", paper), ("date", paper, date), ("page", position)."""

UNITS = {"paper": "报", "date": "期", "page": "版"}
"""What a group counts its child groups in, by the children's level."""

EMPTY_PAGE = "空页 empty"
"""What the row of a page with no articles says at its right (in place of "0篇")."""


@dataclass(eq=False, slots=True)
class Node:
    """A group: one or more levels (paper, date, page) merged into one row."""

    key: Key
    levels: tuple[str, ...]
    label: str
    first: int
    """The index of its first article (articles are numbered in page order)."""
    count: int = 0
    """Its articles."""
    page: int | None = None
    """The page it ends at (its articles are that page's), or None for a group of groups."""
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    depth: int = 0
    number: int = -1
    """Its place in `PageTree.nodes` (a group row's `node`)."""

    @property
    def empty(self) -> bool:
        """A page with no articles (an empty or blank file): its row has nothing to open."""
        return self.page is not None and not self.count and not self.children

    @property
    def opens_by_default(self) -> bool:
        """Papers and pages start open; dates (an archive has hundreds) start closed."""
        return "date" not in self.levels


def page_label(page: Page) -> str:
    """A page under its date: page number and section, else the file's name."""
    meta = page.meta
    parts = []
    if meta.page_no:
        parts.append(f"第{meta.page_no}版" if meta.page_no.isdigit() else meta.page_no)
    if meta.section:
        parts.append(meta.section)
    return "  ".join(parts) or file_label(page.name).rsplit(".", 1)[0]


def _group(pages: Sequence[Page]) -> list[Node]:
    """Papers → dates → pages, as the pages come (runs of the same paper and date)."""
    papers: list[Node] = []
    first = 0
    for position, page in enumerate(pages):
        meta = page.meta
        if not papers or papers[-1].key != ("paper", meta.paper):
            papers.append(Node(("paper", meta.paper), ("paper",), meta.paper, first))
        paper = papers[-1]
        if not paper.children or paper.children[-1].key != ("date", meta.paper, meta.date):
            paper.children.append(Node(("date", meta.paper, meta.date), ("date",), meta.date, first))
        date = paper.children[-1]
        count = len(page.articles)
        date.children.append(Node(("page", position), ("page",), page_label(page), first, count, position))
        date.count += count
        paper.count += count
        first += count
    for paper in papers:
        for date in paper.children:
            _tell_apart(date.children, pages)
    return papers


def _tell_apart(nodes: list[Node], pages: Sequence[Page]) -> None:
    """Pages of one date with the same label (one page saved twice, in two encodings) get their file
    names too: four rows of 第15版 cannot be told apart."""
    seen = Counter(node.label for node in nodes)
    for node in nodes:
        if seen[node.label] > 1 and node.page is not None:
            name = file_label(pages[node.page].name).rsplit(".", 1)[0]
            if name != node.label:
                node.label = f"{node.label}  {name}"


def _merge(node: Node, pages: Sequence[Page]) -> Node:
    """`node` with every chain of single children folded into one row."""
    node.children = [_merge(child, pages) for child in node.children]
    if node.page is None and len(node.children) == 1:
        child = node.children[0]
        levels = node.levels + child.levels
        if child.page is not None and levels == ("paper", "date", "page"):
            label = page_heading(pages[child.page])
        else:
            label = "  ".join(part for part in (node.label, child.label) if part)
        return Node(child.key, levels, label, node.first, node.count, child.page, child.children)
    return node


def _prune(nodes: list[Node]) -> list[Node]:
    """Groups with nothing known (no paper, no date) replaced by their children."""
    kept: list[Node] = []
    for node in nodes:
        node.children = _prune(node.children)
        if node.label or node.page is not None:
            kept.append(node)
        else:
            kept.extend(node.children)
    return kept


class PageTree:
    """The tree of a library's pages, which groups are open, and the rows that shows."""

    def __init__(
        self, pages: Sequence[Page], ambiguous_wide: bool = False, previous: PageTree | None = None
    ) -> None:
        self.pages = pages
        self.ambiguous_wide = ambiguous_wide
        roots = _prune([_merge(paper, pages) for paper in _group(pages)])
        self.heading: Node | None = None
        """A sole group at the top: drawn as a plain heading, what it holds not indented."""
        if len(roots) == 1:
            self.heading = roots[0]
            roots = roots[0].children
        self.roots = roots
        self.nodes: list[Node] = []
        self._leaves: list[Node] = [self.heading] if self.heading and self.heading.page is not None else []
        for root in roots:
            self._number(root, None, 0)
        self._starts = [leaf.first for leaf in self._leaves]
        self._by_key = {node.key: node for node in self.nodes}
        self.chosen: dict[Key, bool] = dict(previous.chosen) if previous else {}
        """Groups the reader opened (True) or closed (False) by hand."""
        self.auto: set[Key] = set(previous.auto) if previous else set()
        """Groups opened to show the article being read (closed again when the reader moves on)."""
        self._group_rows: dict[tuple[int, bool], Row] = {}
        self._article_rows: dict[int, list[Row]] = {}
        self._flat: dict[int, list[Row]] = {}
        """A group's rows (its own and, while it is open, those under it), by node number (-1: heading)."""
        self._count_widths: dict[int, int] = {}
        """`_count_width` by parent's node number (-1: the top level, -2: the heading)."""

    def carry(self, previous: PageTree | None) -> PageTree:
        """This tree, its groups opened and closed as the reader left them in `previous` (a tree built
        off the UI thread, before it knew of them: `reader.app.loader`)."""
        if previous is not None:
            self.chosen = dict(previous.chosen)
            self.auto = set(previous.auto)
        return self

    def _number(self, node: Node, parent: Node | None, depth: int) -> None:
        node.parent = parent
        node.depth = depth
        node.number = len(self.nodes)
        self.nodes.append(node)
        if node.page is not None:
            self._leaves.append(node)
        for child in node.children:
            self._number(child, node, depth + 1)

    # -- state ------------------------------------------------------------------------------------

    @property
    def has_groups(self) -> bool:
        """Is there anything to open or close?"""
        return bool(self.nodes)

    def is_open(self, node: Node) -> bool:
        """Are `node`'s rows shown?"""
        return node.key in self.auto or self.chosen.get(node.key, node.opens_by_default)

    def set_open(self, number: int, open: bool) -> bool:
        """Open or close group `number` by hand; False when it already was."""
        node = self.nodes[number]
        if node.empty:
            return False
        was = self.is_open(node)
        self.auto.discard(node.key)
        self.chosen[node.key] = open
        self._changed(node)
        return was != open

    def leaf_of(self, article: int) -> Node | None:
        """The page group (or the heading) that holds `article`."""
        at = bisect_right(self._starts, article) - 1
        if at < 0:
            return None
        leaf = self._leaves[at]
        return leaf if article < leaf.first + leaf.count else None

    def parent_of(self, row: Row) -> Node | None:
        """The group `row` is in (None at the top level)."""
        if row.kind == "group":
            return self.nodes[row.node].parent
        leaf = self.leaf_of(row.article)
        return leaf if leaf is not None and leaf is not self.heading else None

    def reveal(self, article: int) -> bool:
        """Open the groups that hold `article`, and close those opened for the one read before; False
        when nothing changed."""
        path: set[Key] = set()
        node = self.leaf_of(article)
        changed = False
        while node is not None and node is not self.heading:
            path.add(node.key)
            if not self.is_open(node):
                self.auto.add(node.key)
                self._changed(node)
                changed = True
            node = node.parent
        for key in self.auto - path:
            self.auto.discard(key)
            node = self._by_key.get(key)
            if node is not None and not self.is_open(node):
                self._changed(node)
                changed = True
        return changed

    def _changed(self, node: Node | None) -> None:
        """`node` opened or closed: its rows, and its groups', are made again when next asked for."""
        while node is not None:
            self._flat.pop(node.number, None)
            node = node.parent

    # -- rows -------------------------------------------------------------------------------------

    def rows(self) -> list[Row]:
        """The rows shown: the heading, then every group and the articles of the open ones.

        Each group's rows are kept until it (or a group in it) opens or closes, so opening a group costs
        its own rows and a copy of the list, however many rows there are."""
        rows = list(self._heading_rows())
        for root in self.roots:
            rows += self._rows_of(root)
        return rows

    def _heading_rows(self) -> list[Row]:
        heading = self.heading
        if heading is None:
            return []
        rows = self._flat.get(-1)
        if rows is None:
            count = self.count_text(heading) if heading.children else ""
            rows = [Row(display_text(heading.label, self.ambiguous_wide), -1, "page", aside=count)]
            if heading.page is not None:
                rows += self._articles(heading, 0)
            self._flat[-1] = rows
        return rows

    def _rows_of(self, node: Node) -> list[Row]:
        """`node`'s row and, if it is open, the rows under it."""
        rows = self._flat.get(node.number)
        if rows is None:
            is_open = self.is_open(node)
            rows = [self._group_row(node, is_open)]
            if is_open:
                if node.page is not None:
                    rows += self._articles(node, node.depth + 1)
                for child in node.children:
                    rows += self._rows_of(child)
            self._flat[node.number] = rows
        return rows

    def row_of_node(self, node: Node) -> int | None:
        """Where `node`'s row is in `rows()`, or None while a group it is in is closed."""
        path: list[Node] = []
        step: Node | None = node
        while step is not None:
            path.append(step)
            step = step.parent
        row = len(self._heading_rows())
        siblings = self.roots
        for at, step in enumerate(reversed(path)):
            if at:  # under its parent's row, if the parent is open
                parent = step.parent
                assert parent is not None
                if not self.is_open(parent):
                    return None
                row += 1
            for sibling in siblings:
                if sibling is step:
                    break
                row += len(self._rows_of(sibling))
            siblings = step.children
        return row

    def row_of_article(self, article: int) -> int | None:
        """Where `article`'s row is in `rows()`, or None while a group it is in is closed."""
        leaf = self.leaf_of(article)
        if leaf is None:
            return None
        if leaf is self.heading:
            return 1 + article - leaf.first
        row = self.row_of_node(leaf)
        if row is None or not self.is_open(leaf):
            return None
        return row + 1 + article - leaf.first

    def _group_row(self, node: Node, is_open: bool) -> Row:
        row = self._group_rows.get((node.number, is_open))
        if row is None:
            label = display_text(node.label, self.ambiguous_wide)
            row = Row(label, -1, "group", depth=node.depth, node=node.number, aside=self.count_text(node))
            row = row._replace(open=is_open and not node.empty, empty=node.empty)
            self._group_rows[(node.number, is_open)] = row
        return row

    def _articles(self, leaf: Node, depth: int) -> list[Row]:
        rows = self._article_rows.get(leaf.number)
        if rows is None:
            assert leaf.page is not None
            articles = self.pages[leaf.page].articles
            wide = self.ambiguous_wide
            rows = [row_for_article(a, leaf.first + n, wide, depth) for n, a in enumerate(articles)]
            self._article_rows[leaf.number] = rows
        return rows

    def count_text(self, node: Node) -> str:
        """What a group row says at its right: "31期 248篇" (issues and articles), "6篇", "空页 empty".

        The articles' count is padded to the widest of its row's siblings ("2版  9篇" over "2版 13篇"):
        the counts end at the list's right edge, so unpadded the 版 (期) column was ragged."""
        if node.empty:
            return EMPTY_PAGE
        articles = f"{node.count:>{self._count_width(node)}}篇"
        if not node.children:
            return articles
        unit = UNITS[node.children[0].levels[0]]
        return f"{len(node.children)}{unit} {articles}"

    def _count_width(self, node: Node) -> int:
        """The digits of the largest article count among `node` and its siblings (the rows listed with it)."""
        parent = node.parent
        number = -2 if node is self.heading else -1 if parent is None else parent.number
        width = self._count_widths.get(number)
        if width is None:
            siblings = [node] if node is self.heading else self.roots if parent is None else parent.children
            width = max(len(str(sibling.count)) for sibling in siblings)
            self._count_widths[number] = width
        return width
