"""Moving through an archive by issue, page and date: what the reader's keys do, without the UI.

An issue is one paper's pages of one date. `Issues` orders the open pages by paper, date and page
number (undated pages last, in their own group per paper) and answers: the previous or next issue of
the same paper, the previous or next page (running on into the next issue), and the first page on or
after a date typed as a reader types it (`2025-01-02`, `20250102`, `1月2日`, `2025年1月2日`).
Pages are named by their position in the list given (the reader's page numbers).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.model import PageMeta
from reader.pagemeta import date_range, normalise_page_no, page_sort, parse_date


@dataclass(frozen=True, slots=True)
class Issue:
    """One paper on one date (date "" for its undated pages), its pages in page-number order."""

    paper: str
    date: str
    pages: tuple[int, ...]


@dataclass(slots=True)
class Issues:
    """The issues of a list of pages, with the moves between them."""

    issues: list[Issue] = field(default_factory=list)
    issue_of: dict[int, int] = field(default_factory=dict)
    """Page position → index in `issues`."""

    @classmethod
    def of(cls, metas: Sequence[PageMeta]) -> Issues:
        """Group pages (given by their metadata, in reader order) into issues."""
        groups: dict[tuple[str, str], list[int]] = {}
        for position, meta in enumerate(metas):
            groups.setdefault((meta.paper, meta.date), []).append(position)
        ordered = sorted(groups, key=lambda key: (key[0] == "", key[0], key[1] == "", key[1]))
        result = cls()
        for paper, date in ordered:
            pages = sorted(
                groups[(paper, date)],
                key=lambda p: (page_sort(normalise_page_no(metas[p].page_no)), p),
            )
            result.issues.append(Issue(paper, date, tuple(pages)))
            for page in pages:
                result.issue_of[page] = len(result.issues) - 1
        return result

    def step_issue(self, page: int, step: int) -> int | None:
        """First page of the issue `step` issues away in the same paper (dated issues only), or None."""
        at = self.issue_of.get(page)
        if at is None:
            return None
        paper = self.issues[at].paper
        same = [i for i, issue in enumerate(self.issues) if issue.paper == paper and issue.date]
        if at not in same:
            return None
        target = same.index(at) + step
        return self.issues[same[target]].pages[0] if 0 <= target < len(same) else None

    def step_page(self, page: int, step: int) -> int | None:
        """The page `step` pages away in reading order (across issues and papers), or None at an end."""
        order = [p for issue in self.issues for p in issue.pages]
        if page not in self.issue_of:
            return None
        target = order.index(page) + step
        return order[target] if 0 <= target < len(order) else None

    def goto_date(self, text: str, paper: str | None = None, default_year: int | None = None) -> int | None:
        """First page of the issue of the typed date: `paper`'s (the paper of the current page, passed by
        the caller), else another paper's of that very day, else `paper`'s next one after it, else any
        paper's next one; None if the text is no date or no issue is that late. (A day `paper` has no
        issue of went to its next one, months on, when the archive held another paper's that day; a day
        after `paper`'s last issue said there was no issue that late, another paper's being there.)"""
        day = parse_date(text, default_year)
        if day is None:
            return None
        dated = [i for i in self.issues if i.date]
        own = [i for i in dated if paper is None or i.paper == paper]
        that_day = [i for i in own if covers(i.date, day)] or [i for i in dated if covers(i.date, day)]
        if that_day:
            return that_day[0].pages[0]
        found = _first_after(own, day)
        return found if found is not None else _first_after(dated, day)

    def year_for(self, text: str) -> int | None:
        """The year a date typed without one (`1月5日`) is in when the page being read has no date of its
        own: the latest year with an issue on that day, else the latest year of any issue; None when
        no issue has a date (or the text is no month and day)."""
        month_day = parse_date(text, 2000)  # (a leap year: 2月29日 is a day)
        years = sorted({int(i.date[:4]) for i in self.issues if i.date[:4].isdigit()}, reverse=True)
        if month_day is None or not years:
            return None
        dated = [i.date for i in self.issues if i.date]
        on_that_day = (y for y in years if any(covers(date, f"{y:04d}{month_day[4:]}") for date in dated))
        return next(on_that_day, years[0])


def _first_after(issues: list[Issue], day: str) -> int | None:
    """First page of the earliest of `issues` that runs to `day` or later, or None."""
    # an issue dated by its month or year only (`2023-03`) runs to the last day of it
    last_days = sorted((span[1] if (span := date_range(i.date)) else i.date, n) for n, i in enumerate(issues))
    at = bisect_left([last for last, _n in last_days], day)
    return issues[last_days[at][1]].pages[0] if at < len(last_days) else None


def covers(date: str, day: str) -> bool:
    """Is ISO day `day` within an issue's `date` (a day, or a month or year where no day is printed)?"""
    span = date_range(date) if date else None
    return span is not None and span[0] <= day <= span[1]
