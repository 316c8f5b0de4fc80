"""Article counts of catalogued pages as this duba reads them, for pages counted by an older segmenter.

The catalogue records each page's article count with the segmenter version that counted it
(`reader.archive.catalogue`); after a segmenter upgrade the count of a page that did not change is
stale. `fresh_counts` counts such pages again: from the segmentation cache (a page the reader opened
since the upgrade: one JSON file read, no segmenting), or, with `segment`, by reading and segmenting the
page (`duba library update`, which stores them). The reader's corrections count, as when the page was
catalogued (`reader.corpus.load_page`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol


class PageRecord(Protocol):
    """What is counted of a catalogued page (`reader.archive.catalogue.PageRecord`, which imports this
    module for `segmenter`)."""

    @property
    def path(self) -> str: ...

    @property
    def sha(self) -> str: ...


def count_now(record: PageRecord, segment: bool = False, corrected: Corrected | None = None) -> int | None:
    """The articles of `record`'s page as this duba reads it (with its corrections); None when the
    segmentation cache does not hold it and `segment` is false, or the page is gone or changed.
    `corrected` (made once for many pages) says which pages may have corrections."""
    from reader.corpus import cached_articles, cached_count, load_page
    from reader.corrections import CorrectionStore, apply
    from reader.page.decode import DecodeError

    corrected = corrected or Corrected()
    if not corrected.may_have(record):
        count = cached_count(record.sha)
        if count is not None or not segment:
            return count
    else:
        articles = cached_articles(record.sha, Path(record.path).name)
        if articles is not None:
            ops = CorrectionStore().read(record.sha, record.path)[0]["ops"]
            return len(apply(articles, ops)[0] if ops else articles)
        if not segment:
            return None
    try:
        page = load_page(Path(record.path))
    except (OSError, DecodeError):
        return None
    return len(page.articles) if page.sha == record.sha else None


class Corrected:
    """Which pages may have corrections (`reader.corrections.store`): a page with a file of its own,
    or whose path points at an earlier version's. Read once, so that counting pages with none costs no
    look into the corrections folder per page."""

    def __init__(self) -> None:
        from reader.corrections import CorrectionStore

        self.store = CorrectionStore()
        folder = self.store.folder
        self.shas = {path.stem for path in folder.glob("*.json")} if folder.is_dir() else set()
        pointers = folder / "paths"
        self.pointers = {path.name for path in pointers.iterdir()} if pointers.is_dir() else set()

    def may_have(self, record: PageRecord) -> bool:
        """May the page of `record` have corrections?"""
        if record.sha in self.shas:
            return True
        return bool(self.pointers) and self.store._pointer(record.path).name in self.pointers


def fresh_counts(records: Iterable[PageRecord], segment: bool = False) -> dict[str, int]:
    """Path → article count now, for each of `records` that can be counted (`count_now`)."""
    corrected = Corrected()
    counts: dict[str, int] = {}
    for record in records:
        count = count_now(record, segment, corrected)
        if count is not None:
            counts[record.path] = count
    return counts


def segmenter() -> int:
    """This duba's segmenter version (the counts it makes are current). A listing needs no segmenter:
    importing it took 60 ms of `duba library list`'s 210, so the number is read from the module's source
    when it is not loaded (`segmenter_in_source`)."""
    import sys

    loaded = sys.modules.get("reader.page.segment")
    if loaded is None and (version := segmenter_in_source()) is not None:
        return version
    from reader.page.segment import SEGMENTER_VERSION

    return SEGMENTER_VERSION


def segmenter_in_source() -> int | None:
    """`SEGMENTER_VERSION` as `reader/page/segment.py` assigns it, read without importing the module;
    None when its source cannot be read (an install of compiled modules only)."""
    import importlib.util
    import re

    spec = importlib.util.find_spec("reader.page.segment")
    try:
        text = Path(spec.origin).read_text(encoding="utf-8") if spec and spec.origin else ""
    except (OSError, ValueError):
        return None
    found = re.search(r"^SEGMENTER_VERSION = (\d+)$", text, re.MULTILINE)
    return int(found.group(1)) if found else None
