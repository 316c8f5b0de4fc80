"""Search results as the reader shows them, and the hits of the query in the article being read.

`result_rows` runs in the search box's worker: it turns the index's hits into sidebar rows (a count and
the order they are in, then per result its headline with the date and page it was printed on, a
snippet line, hits marked, and for a story printed word for word more than once, where else: "and 1
identical:" over "聊城日报 1998-01-10 第2版"). `SearchHits` is a small helper the main screen
keeps beside the pane, as `PassageCursor` is: it paints every hit of the query in the article shown (layer
"search"), in its kicker, headline and subtitle as in its body (`SearchIndex.hits`: none in an article
the query excludes), steps through them in reading order (the current one in `reading--search-current`,
scrolled into view) and says where it stands ("hit 3/12") in the key-terms header: the count is of the
query the list shows. `Place` is where the reader was when `/` was pressed (escape in the box goes back).

The hits are found off the UI thread, in the search worker (for the article read while the query was
typed) or in the screen's (for an article opened during a search): `SearchHits.wait` says they are on
their way, `SearchHits.show` paints them. Finding them folds the article's whole text: ~0.1 s for 300,000
characters, a second for 3 million, at every key typed while such an article was open.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len

from reader.app.widgets.reading_pane import Highlight, ReadingPane
from reader.app.widgets.rows import Row, date_and_page, list_title, row_for_article
from reader.app.wrap import display_text, to_display
from reader.model import Article, PageMeta
from reader.search.query import filter_example, is_empty_filter, parse

if TYPE_CHECKING:
    from textual.widget import Widget

    from reader.app.widgets.key_terms import KeyTerms
    from reader.search.highlight import ArticleHits
    from reader.search.hit import Hit
    from reader.search.index import SearchIndex

LAYER = "search"
TITLE_FIELDS = ("kicker", "headline", "subtitle", "byline")
"""The article's title fields, in the order the pane shows them above the body."""
HIT_STYLE = "reading--search"
CURRENT_STYLE = "reading--search-current"

RESULT_LIMIT = 100
"""Results listed in the sidebar (the index finds the best ones without scoring every match)."""

REVEAL_TRIES = 5
"""Frames to wait for the pane to lay out an article before scrolling to a hit."""


def hit_status(count: int, current: int | None) -> str:
    """What the key-terms header says about the hits in the article: "hit 3/12", "12 hits", "0 hits"."""
    if current is not None and count:
        return f"hit {current + 1}/{count}"
    return f"{count} hit" if count == 1 else f"{count} hits"


def marks_in(
    index: SearchIndex, texts: Sequence[str], query: str, ambiguous_wide: bool = False
) -> list[tuple[tuple[int, int], ...]]:
    """For each of `texts`, the spans of the hits of `query` in it, as offsets into the text as displayed.

    One `index.spans` call for all of them: a pinyin query looks its words up once, not once per text.
    """
    # Two newlines: no term matches across them (a term may match across one, where a misread
    # column break cut it: `textnorm.mark_breaks`)
    joined = "\n\n".join(texts)
    found = index.spans(Article(id="", paragraphs=[joined]), query)
    marks: list[tuple[tuple[int, int], ...]] = []
    start = 0
    i = 0
    for text in texts:
        end = start + len(text)
        while i < len(found) and found[i][1] <= start:
            i += 1
        spans = []
        j = i
        while j < len(found) and found[j][0] < end:
            spans.append((max(found[j][0], start) - start, min(found[j][1], end) - start))
            j += 1
        offsets = to_display(text, ambiguous_wide)[1]
        if offsets is not None:
            spans = [(offsets[a], offsets[b]) for a, b in spans]
        marks.append(tuple(spans))
        start = end + 2
    return marks


ORDER_LABELS = {"relevance": "按相关", "date": "按日期"}
"""How the results heading says what they are sorted by (at its right)."""


def result_rows(
    index: SearchIndex,
    hits: Sequence[Hit],
    query: str,
    articles: Sequence[Article],
    article_index: Mapping[str, int],
    *,
    limit: int = RESULT_LIMIT,
    ambiguous_wide: bool = False,
    meta: Callable[[int], PageMeta] | None = None,
    papers: bool = False,
    order: str = "relevance",
    printed: Callable[[str, PageMeta], int | None] | None = None,
) -> list[Row]:
    """Sidebar rows for search results: a count (and the order, at its right), then per hit its headline
    row (with the date and page it was printed on, given `meta`) and a snippet row. With `papers` (the
    library holds more than one paper) the paper's name goes at the snippet row's right, where it costs
    context rather than headline (before the date on a result without a snippet). `printed` finds the
    copy a hit stands for (`Hit.where`) among articles printed more than once; lines under the snippet
    say where the other copies are (`identical_places`).

    Hits are marked in both. Runs in the search worker (no widget is touched). Of `hits`, `limit` are
    listed; the heading says "top" only when there were more (ask for `limit + 1` to know).
    """
    more = len(hits) > limit
    hits = hits[:limit]

    def number(hit: Hit) -> int | None:
        if printed is not None and hit.where is not None:
            return printed(hit.article_id, hit.where)  # the copy the hit stands for (one of two papers)
        return article_index.get(hit.article_id)

    listed = [(hit, found) for hit in hits if (found := number(hit)) is not None]
    texts: list[str] = []
    for hit, number in listed:
        texts.append(list_title(articles[number]))  # as `row_for_article` shows it
        texts.append(hit.snippet)
    marks = marks_in(index, texts, query, ambiguous_wide)
    rows: list[Row] = []
    for n, (hit, number) in enumerate(listed):
        row = row_for_article(articles[number], number, ambiguous_wide)._replace(marks=marks[2 * n])
        paper = meta(number).paper if meta is not None and papers else ""
        if meta is not None:
            where = date_and_page(meta(number))
            row = row._replace(aside=where if hit.snippet or not paper else f"{paper} {where}")
        rows.append(row)
        if hit.snippet:
            shown = to_display(hit.snippet, ambiguous_wide)[0]
            rows.append(Row(shown, number, "snippet", marks[2 * n + 1], aside=paper))
        if hit.identical:  # where else the story was printed word for word: a line each, under a count
            places = identical_places(index, hit, meta(number) if meta is not None else None, papers)
            rows.append(Row(f"and {hit.identical} identical" + (":" if places else ""), number, "snippet"))
            rows.extend(
                Row(display_text(f"  {where}", ambiguous_wide), number, "snippet") for where in places
            )
    # the results' dates in one column, a page number after them or not (the papers under them stay
    # flush right: context is worth more there)
    column = max((cell_len(row.aside) for row in rows if row.kind != "snippet"), default=0)
    rows = [row._replace(aside_cells=column) if row.aside and row.kind != "snippet" else row for row in rows]
    found = len(listed)
    parsed = parse(query)
    problems = parsed.filters.problems
    if not found and problems:  # `date:1998-13`, `author:` match nothing: say why
        forms = problem_heading(problems)
    elif not found:
        forms = ("无结果  No match", "无结果")
    elif more:
        forms = top_heading(found)
    else:
        forms = (f"{found} 篇  {found} result" + ("" if found == 1 else "s"), f"{found} 篇")
    if parsed.filters and not parsed.terms:  # (a filter alone lists its period by date, whatever the order)
        order = "date"
    aside = ORDER_LABELS.get(order, "") if found else ""
    return [_heading(forms, parsed.truncated, aside), *rows]


def problem_heading(problems: Sequence[str]) -> tuple[str, str]:
    """The forms of the heading of a list that a query's filters (`Filters.problems`) left empty, longest
    first: those with no value (`author:`, which said "No match" where `date:` said "not understood"),
    then those whose value is not understood, each said as `duba search` says it."""
    empty = [problem for problem in problems if is_empty_filter(problem)]
    unclear = [problem for problem in problems if not is_empty_filter(problem)]
    said = [f"{' '.join(empty)} 没有值"] if empty else []
    said += [f"{' '.join(unclear)} 看不懂"] if unclear else []
    if not unclear:
        why = f"has no value ({filter_example(empty[0])})"
    else:
        why = "filter not understood" if len(problems) == 1 else "filters not understood"
    return f"{' · '.join(said)}  {why}", " · ".join(said)


def _heading(forms: tuple[str, ...], truncated: bool, aside: str) -> Row:
    """The list's heading row: its `forms`, longest first (`Row.shorter`), each after "cut" where the
    query was cut (a pasted page: only its first part is looked for)."""
    if truncated:
        forms = tuple(f"查询已截断 cut · {form}" for form in forms)  # (first: the list is narrow)
    return Row(forms[0], -1, "page", aside=aside, shorter=forms[1:])


def top_heading(listed: int, total: int | None = None) -> tuple[str, ...]:
    """The forms of the heading of a list that holds the best `listed` of `total` results (not known
    yet: None), longest first."""
    if total is None:
        return (f"前 {listed} 篇  Top {listed} results", f"前 {listed} 篇")
    return (
        f"前 {listed} 篇 · 共 {total:,}  {listed} of {total:,}",
        f"前 {listed} 篇 · 共 {total:,}",
        f"共 {total:,}",
    )


def with_total(rows: list[Row], total: int) -> list[Row]:
    """`rows` (`result_rows` of a list that did not hold every result) with the heading saying how many
    there are in all: "100 of 1,234". The count comes after the list (`SearchIndex.count` checks every
    match), so the list is not kept waiting for it."""
    listed = sum(1 for row in rows[1:] if row.kind != "snippet")
    head = rows[0]
    top = top_heading(listed)
    if not head.label.endswith(top[0]):
        return rows
    cut = head.label.startswith("查询已截断")
    return [_heading(top_heading(listed, total), cut, head.aside), *rows[1:]]


def identical_places(
    index: SearchIndex, hit: Hit, shown: PageMeta | None, papers: bool, most: int = 2
) -> list[str]:
    """Where the other copies of `hit`'s article were printed (`shown` is the copy listed): paper (with
    `papers`), date and page, else the page file, each place once (`×3`: it holds three copies); `most`
    of them, the last with "…" when there are more."""
    copies = index.copies(hit.article_id)
    metas = [index.page_meta(copy) for copy in copies]
    at = next((n for n, found in enumerate(metas) if found is not None and found == shown), 0)
    counts: dict[str, int] = {}  # (in the order first met)
    for n, (copy, found) in enumerate(zip(copies, metas, strict=True)):
        if n == at:
            continue
        where = date_and_page(found) if found is not None else ""
        if found is not None and papers and found.paper:
            where = f"{found.paper} {where}".strip()
        where = where or copy.page
        counts[where] = counts.get(where, 0) + 1
    places = [where if count == 1 else f"{where} ×{count}" for where, count in counts.items()]
    if len(places) > most:
        places = [*places[: most - 1], places[most - 1] + " …"]
    return places


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was when `/` was pressed: what escape in the box returns to."""

    article: int | None
    scroll: int
    focus: Widget | None
    sidebar_classes: frozenset[str]


class SearchHits:
    """The hits of `query` in the pane's article: painted, one of them current, stepped through; where
    it stands is said in `header`."""

    def __init__(self, pane: ReadingPane, header: KeyTerms) -> None:
        self.pane = pane
        self.header = header
        self.query = ""
        """The query whose hits are shown ("" when no search is active)."""
        self.spans: list[tuple[str, int, int]] = []
        """The hits in the article being read, in reading order: `(field, start, end)`, offsets into the
        title `field` ("kicker", "headline", "subtitle", "byline") or the body ("text")."""
        self.current: int | None = None
        """The current hit (index into `spans`), if one was stepped to."""
        self._waiting = False
        self._steps: list[int] = []
        """n/N pressed while the hits were being found: +1 or -1 each."""

    @property
    def active(self) -> bool:
        """Is a search active (so that n/N step through hits)?"""
        return bool(self.query)

    def status(self) -> str:
        """What the key-terms header says: "hit 3/12", "12 hits" ("" with no search)."""
        return hit_status(len(self.spans), self.current) if self.query else ""

    def wait(self, query: str) -> None:
        """The hits of `query` in the article shown are being found (`show` paints them): none until
        then; n/N pressed meanwhile step once they come."""
        self.query = query
        self.spans = []
        self.current = None
        self._waiting = True
        self._steps = []
        self._paint()
        self.header.show_search("")

    @property
    def waiting(self) -> bool:
        """Are the hits of the article shown on their way?"""
        return self._waiting

    def show(
        self, query: str, found: ArticleHits | None, *, first: bool, at: tuple[str, int] | None = None
    ) -> None:
        """Paint `found`, the hits of `query` in the article shown (`SearchIndex.hits`; None: none).
        `first`: make the first current, or with `at`, a field and an offset in it the article was opened
        at (a body offset, or a title's), the hit that starts there: a concordance line's; none when none
        does, the view staying where it was opened. Then the steps pressed while they were found are
        taken."""
        self.query = query
        spans: list[tuple[str, int, int]] = []
        if found is not None:
            for field in (*TITLE_FIELDS, "text"):
                spans.extend((field, start, end) for start, end in getattr(found, field))
        self.spans = spans
        if at is not None:
            self.current = next(
                (n for n, (field, start, _) in enumerate(spans) if (field, start) == at), None
            )
        else:
            self.current = 0 if first and spans else None
        steps, self._steps, self._waiting = self._steps, [], False
        self._paint()
        if self.current is not None:
            self.reveal()
        self.header.show_search(self.status())
        for direction in steps:
            self.step(direction)

    def clear(self) -> None:
        """No search: no hits, no layer."""
        self.query = ""
        self.spans = []
        self.current = None
        self._waiting = False
        self._steps = []
        self.pane.clear_highlights(LAYER)
        self.header.show_search("")

    def step(self, direction: int) -> bool:
        """Make the next (or previous) hit current, after the last the first; False when there is none.
        While the hits are being found, the step is taken once they come."""
        if self._waiting:
            self._steps.append(direction)
            return True
        count = len(self.spans)
        if not count:
            return False
        if self.current is None:
            self.current = 0 if direction > 0 else count - 1
        else:
            self.current = (self.current + direction) % count
        self._paint()
        self.reveal()
        self.header.show_search(self.status())
        return True

    def current_offset(self) -> int | None:
        """Where the current hit starts in the article's text; None with none, or one in a title."""
        if self.current is None or self.current >= len(self.spans):
            return None
        field, start, _end = self.spans[self.current]
        return start if field == "text" else None

    def _paint(self) -> None:
        highlights = [
            Highlight(start, end, CURRENT_STYLE if number == self.current else HIT_STYLE, field)
            for number, (field, start, end) in enumerate(self.spans)
        ]
        if highlights != self.pane.highlights(LAYER):  # a repaint of the pane costs ~3 ms
            self.pane.set_highlights(LAYER, highlights)

    def reveal(self, tries: int = REVEAL_TRIES) -> None:
        """Scroll the current hit into view (centred) unless it is on screen already."""
        if self.current is None or self.current >= len(self.spans):
            return
        pane = self.pane
        field, start, _end = self.spans[self.current]
        if field != "text":  # the titles are the first lines
            if pane.scroll_y > 0:
                pane.action_top()
            return
        line = pane.line_for_offset(start)
        if line is None:  # not laid out yet (the pane was hidden): after the next frame
            if tries > 0:
                pane.call_after_refresh(self.reveal, tries - 1)
            return
        top = int(pane.scroll_y)
        if not top <= line < top + pane.scrollable_content_region.height:
            pane.scroll_to_offset(start)
