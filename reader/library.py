"""The open library: the pages given on the command line, their articles numbered once, and lookups.

No Textual, no Rich. The app makes one `Library` for its paths and hands it to its screens; the main
screen opens it in a worker after the first frame (`load` reads and segments, and changes nothing) and
then installs the result on the UI thread (`set_pages`). Every part of the reader names an article by
its index here, and finds its page, its metadata or its index by content id through these lookups.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.model import Article, Page, PageMeta

if TYPE_CHECKING:
    from reader.corpus import Corpus, Progress
    from reader.state import Position


@dataclass(slots=True)
class Numbering:
    """A library's pages' articles numbered in page order (`number_pages`)."""

    pages: int
    articles: list[Article]
    page_of: list[int]
    """The page of each article."""
    index_of: dict[str, int]
    """The first article with each content id."""
    copies: dict[str, list[int]]
    """The articles of each content id printed more than once."""


def number_pages(pages: Sequence[Page]) -> Numbering:
    """Number the articles of `pages` in page order. A loop over every article (~0.06 s at 76,903): the
    reader's loader runs it in its worker and hands the result over, so the UI thread does not."""
    articles: list[Article] = []
    page_of: list[int] = []
    for number, page in enumerate(pages):
        articles.extend(page.articles)
        page_of.extend([number] * len(page.articles))
    index_of: dict[str, int] = {}
    copies: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        first = index_of.setdefault(article.id, index)
        if first != index:
            copies.setdefault(article.id, [first]).append(index)
    return Numbering(len(pages), articles, page_of, index_of, copies)


class Library:
    """Pages and articles of one reading session (empty until `set_pages`)."""

    def __init__(self, paths: Sequence[Path], catalogued: bool = False) -> None:
        self.paths: list[Path] = list(paths)
        """What was asked for: page files and folders."""
        self.catalogued = catalogued
        """Open the pages of the user's library (`reader.archive`) instead of `paths`."""
        self.notices: list[str] = []
        """Lines to tell the reader once the pages are open (moved or deleted pages, an empty library)."""
        self.pages: list[Page] = []
        self.articles: list[Article] = []
        """Every article of every page, in page order: an article's index is its place here."""
        self.page_of: list[int] = []
        """Index into `pages` of each article."""
        self.errors: list[str] = []
        """One line per file that could not be opened."""
        self.loaded = False
        self._index_of: dict[str, int] = {}
        self._copies: dict[str, list[int]] = {}
        """The indices of each article printed more than once (one id), in order."""
        self.plain = False
        """What plain `duba` opened: the user's library, or the bundled page while it is empty."""

    @classmethod
    def for_plain_start(cls, bundled: Path) -> Library:
        """What plain `duba` opens: the user's library, or while it has no pages the `bundled` page with
        a line saying how to add some."""
        from reader.archive.catalogue import Catalogue, default_path

        try:
            if default_path().is_file():
                with Catalogue(read_only=True) as catalogue:
                    if len(catalogue):
                        library = cls([], catalogued=True)
                        library.plain = True
                        return library
        except Exception as exc:  # a broken library must not stop the reader: say so, open the sample
            library = cls([bundled])
            library.notices.append(_unread(exc))
            library.plain = True
            return library
        library = cls([bundled])
        library.notices.append("The library is empty: add pages with  duba library add FOLDER")
        library.plain = True
        return library

    def instead_of_damaged(self, error: BaseException) -> bool:
        """Open the bundled page instead of the library whose catalogue `error` says is damaged (past
        the count of its pages `for_plain_start` read: the reader stopped with a traceback), saying so as
        `for_plain_start` does; False, changing nothing, for any other error."""
        from reader import paths as folders
        from reader.archive.damaged import is_damaged

        if not is_damaged(error):
            return False
        self.catalogued = False
        self.paths = [folders.bundled_corpus()]
        self.notices.append(_unread(error))
        return True

    @property
    def scope(self) -> str:
        """What was opened, for the reading position (`reader.state.State.save_position`): "" for plain
        `duba` (and the user's library), else the paths given, resolved, one a line."""
        if self.plain or self.catalogued:
            return ""
        return "\n".join(sorted(str(path.expanduser().resolve()) for path in self.paths))

    def load(self, progress: Progress | None = None, checking: Progress | None = None) -> Corpus:
        """Read and segment the pages under `paths` (slow: call it from a worker); changes nothing here
        but `notices`. A catalogued library is rescanned first (new, changed, moved and deleted pages:
        its files counted to `checking`, else to `progress`) and opened from its snapshot."""
        from reader.corpus import Corpus, load_paths  # imports the segmenter: kept off the first frame

        if not self.catalogued:
            corpus = load_paths(self.paths, progress)
            corpus.pages = in_archive_order(corpus.pages)
            return corpus
        from reader.archive.catalogue import Catalogue, UpdateReport
        from reader.archive.snapshot import load_pages
        from reader.archive.writelock import LibraryBusy, write_lock
        from reader.fsutil import keep_alive

        stale: set[str] = set()  # pages an older segmenter counted (`duba library list` shows the count)
        try:
            # quitting waits for the rescan to stop (at its next page, once the loader is cancelled):
            # the catalogue is not left half-written, nor its lock file behind
            with Catalogue() as catalogue, keep_alive():
                with write_lock(catalogue.path, "the reader (duba)"):
                    told = checking or progress
                    report = catalogue.update(
                        None if told is None else lambda done, total, _path: told(done, total)
                    )
                records, roots = catalogue.pages(), catalogue.roots()
                stale = {record.path for record in catalogue.stale()}
            self.notices.extend(report.messages())  # a folder not found among them
        except LibraryBusy as busy:  # a `duba library add` at work: its pages so far, not a wait
            with Catalogue(read_only=True) as catalogue:
                records, roots = catalogue.pages(), catalogue.roots()
            self.notices.append(
                f"{busy}: opened the pages catalogued so far (open duba again when it is done)."
            )
        except sqlite3.Error as exc:  # a read-only data folder: open the pages as last catalogued
            from reader.archive.catalogue import default_path
            from reader.fsutil import why_unwritable

            with Catalogue(read_only=True) as catalogue:
                records, roots = catalogue.pages(), catalogue.roots()
            why = why_unwritable(exc, default_path().parent)
            self.notices.append(f"The library was not checked for new or changed pages: {why}.")
        # A folder of the library not there (a disk not plugged in): its pages are not read, each to fail
        # as a file skipped; the rescan's notice names the folder.
        away = [root for root in roots if not os.path.exists(root)]
        if away:
            records = [record for record in records if not _under(record.path, away)]
            said = UpdateReport(missing_roots=away).messages()  # unless the rescan said it
            self.notices.extend(notice for notice in said if notice not in self.notices)
        pages, errors = load_pages(records, progress)
        if stale:
            _recount({page.path: len(page.articles) for page in pages if page.path in stale})
        return Corpus(pages=in_archive_order(pages), errors=errors)

    def load_first(self, page_sha: str = "", page_path: str = "") -> Corpus | None:
        """The first issue alone, read quickly, for the reader to show while `load` opens the rest: the
        issue of the page at `page_path`, else of the page with content hash `page_sha` (where reading
        stopped), else the library's first. None for a library that is not catalogued, or when none of the
        issue's pages can be read."""
        if not self.catalogued:
            return None
        from reader.archive.catalogue import Catalogue
        from reader.corpus import Corpus, load_page
        from reader.page.decode import DecodeError

        with Catalogue(read_only=True) as catalogue:
            records = catalogue.issue(page_sha, page_path)
        pages = []
        for record in records:
            try:
                pages.append(load_page(Path(record.path)))
            except (OSError, DecodeError):
                continue  # the full load that follows reports it
        return Corpus(pages=in_archive_order(pages)) if pages else None

    def set_pages(
        self, pages: Sequence[Page], errors: Sequence[str] = (), numbering: Numbering | None = None
    ) -> None:
        """Install opened pages; articles are numbered in page order (`numbering`, where the caller
        numbered `pages` already, off the UI thread: `number_pages`)."""
        self.pages = list(pages)
        if numbering is None or numbering.pages != len(self.pages):
            numbering = number_pages(self.pages)
        self.articles = numbering.articles
        self.page_of = numbering.page_of
        self._index_of = numbering.index_of
        self._copies = numbering.copies
        self.errors = list(errors)
        self.loaded = True

    def add_page(self, page: Page) -> bool:
        """Open one more page (in archive order); False when a page with its content is open already."""
        if any(open_page.sha == page.sha for open_page in self.pages):
            return False
        self.set_pages(in_archive_order([*self.pages, page]), self.errors)
        return True

    def renumber(self, page: Page, local: int) -> int:
        """Number the articles again after `page`'s changed; the index of its article `local` now."""
        self.set_pages(self.pages, self.errors)
        number = next(n for n, open_page in enumerate(self.pages) if open_page is page)
        return self.page_of.index(number) + local

    def __len__(self) -> int:
        return len(self.articles)

    def index_of(self, article_id: str) -> int | None:
        """The index of the article with content id `article_id` (the first, if it occurs twice)."""
        return self._index_of.get(article_id)

    def index_printed(self, article_id: str, where: PageMeta) -> int | None:
        """The index of the copy of article `article_id` printed in `where`'s paper, date and page (one
        story printed word for word in two papers is one content id); else the first copy."""
        first = self._index_of.get(article_id)
        if first is None:
            return None
        for index in self._copies.get(article_id, ()):
            meta = self.pages[self.page_of[index]].meta
            if (meta.paper, meta.date, meta.page_no) == (where.paper, where.date, where.page_no):
                return index
        return first

    def index_on_page(self, article_id: str, page_sha: str, page_path: str = "") -> int | None:
        """The index of the copy of article `article_id` on the page file `page_path`, else on the page
        with content hash `page_sha` (one story printed in two papers is one content id; one page filed
        under two dates is two pages of one hash); else the first copy."""
        copies = self._copies.get(article_id, ())
        for index in copies:
            if page_path and self.pages[self.page_of[index]].path == page_path:
                return index
        for index in copies:
            if self.pages[self.page_of[index]].sha == page_sha:
                return index
        return self._index_of.get(article_id)

    def place_of(self, position: Position) -> tuple[int, int] | None:
        """Where a reading place whose article id is not open any more is now (a new segmenter version
        gave the article a new id): (article index, body offset) of its `quote` on its page (by path, else
        by content hash, else by name where one open page has it: a page file edited since), nearest its
        old anchor; without it there, that page's first article (offset -1). None when the page is not
        open."""
        sha, name, quote, anchor = position.page_sha, position.page, position.quote, position.anchor
        path = position.page_path
        on_page = {n for n, page in enumerate(self.pages) if path and page.path == path}
        if not on_page:
            on_page = {n for n, page in enumerate(self.pages) if sha and page.sha == sha}
        if not on_page:
            named = {n for n, page in enumerate(self.pages) if page.name == name}
            on_page = named if len(named) == 1 else set()
        indices = [index for index, n in enumerate(self.page_of) if n in on_page]
        if not indices:
            return None
        found = [
            (abs(at - anchor), index, at)
            for index in indices
            if quote and (at := self.articles[index].text.find(quote)) >= 0
        ]
        if not found:
            return indices[0], -1
        _, index, at = min(found)
        return index, at if anchor >= 0 else -1  # (-1: the top line was its titles)

    @property
    def article_index(self) -> dict[str, int]:
        """Content id → index, for code that looks many up at once (read-only)."""
        return self._index_of

    def page(self, index: int) -> Page | None:
        """The page article `index` belongs to."""
        return self.pages[self.page_of[index]] if 0 <= index < len(self.page_of) else None

    def meta(self, index: int) -> PageMeta:
        """Paper, date, page number and section of article `index`'s page (empty when unknown)."""
        page = self.page(index)
        return page.meta if page is not None else PageMeta()

    def page_named(self, name: str) -> Page | None:
        """The open page whose file is called `name`."""
        return next((page for page in self.pages if page.name == name), None)


def _under(path: str, roots: Sequence[str]) -> bool:
    """Is `path` one of `roots` or inside one of them?"""
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def in_archive_order(pages: Sequence[Page]) -> list[Page]:
    """`pages` by paper, date and page number (undated and unnamed last; pages with nothing known keep the
    order given). The sidebar's tree groups runs of pages, and the previous/next page keys step in this
    order, so articles are numbered in it too."""
    from reader.pagemeta import normalise_page_no, page_sort

    def order(page: Page) -> tuple[bool, str, bool, str, int]:
        meta = page.meta
        return (
            not meta.paper,
            meta.paper,
            not meta.date,
            meta.date,
            page_sort(normalise_page_no(meta.page_no)),
        )

    return sorted(pages, key=order)


def record_corrected(page: Page) -> bool:
    """Record in the catalogue the article count of `page` as the reader just corrected it (joined,
    split, a photo made its own, undone), so `duba library list` and the library's counts follow the
    correction; the row is the page's path and content hash. Nothing when there is no library, the
    library does not hold this text, another duba is writing it or the data folder cannot be written
    (the count is then made again when the segmenter changes). True when the count was recorded."""
    import contextlib

    from reader.archive.catalogue import Catalogue, default_path
    from reader.archive.writelock import write_lock

    if not default_path().is_file():  # (no library: none is made for a page opened by its path)
        return False
    path = str(Path(page.path).expanduser().resolve())
    with (
        contextlib.suppress(RuntimeError, sqlite3.Error, OSError),
        Catalogue() as catalogue,
        write_lock(catalogue.path, "the reader (duba)"),
    ):
        return catalogue.corrected(path, page.sha, len(page.articles))
    return False


def _recount(counts: dict[str, int]) -> None:
    """Record in the catalogue the article counts of pages an older segmenter counted, as the reader
    opened them (`duba library list` then shows this duba's counts at no cost); not when another duba
    is writing it or the data folder cannot be written (a later opening does it)."""
    import contextlib

    from reader.archive.catalogue import Catalogue
    from reader.archive.writelock import write_lock

    # (LibraryBusy is a RuntimeError, as is a catalogue a newer duba wrote)
    with (
        contextlib.suppress(RuntimeError, sqlite3.Error, OSError),
        Catalogue() as catalogue,
        write_lock(catalogue.path, "the reader (duba)"),
    ):
        catalogue.recount(counts)


def _unread(error: BaseException) -> str:
    """The notice for a library that could not be read, the sample page opened instead: with what to
    do when its catalogue is damaged (`reader.archive.damaged.advice`)."""
    from reader.archive.catalogue import default_path
    from reader.archive.damaged import advice, is_damaged

    why = f"{error}: {advice(default_path())}" if is_damaged(error) else error
    return f"The library could not be read ({why}); opened the sample page."
