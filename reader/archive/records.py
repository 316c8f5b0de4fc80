"""The catalogue's records: one page as catalogued, and one paper as `duba library list` shows it."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import PageMeta


@dataclass(frozen=True, slots=True)
class PageRecord:
    """One catalogued page."""

    path: str
    sha: str
    paper: str
    date: str
    page_no: str
    section: str
    articles: int
    size: int = 0

    @property
    def meta(self) -> PageMeta:
        return PageMeta(paper=self.paper, date=self.date, page_no=self.page_no, section=self.section)


@dataclass(frozen=True, slots=True)
class PaperSummary:
    """What `duba library list` shows of one paper."""

    paper: str
    first: str
    last: str
    pages: int
    undated: int
    articles: int
    stale: int = 0
    """Pages whose article count is an older segmenter's (in `articles` as it counted them)."""
