"""Moving through issues, pages and dates, as the reader's keys do."""

from __future__ import annotations

from reader.archive.navigate import Issues
from reader.model import PageMeta

# Reader order is file order: not the order of papers, dates and page numbers.
METAS = [
    PageMeta("人民日报", "2025-01-03", "2"),  # 0
    PageMeta("人民日报", "2025-01-02", "10"),  # 1
    PageMeta("人民日报", "2025-01-02", "2"),  # 2
    PageMeta("聊城日报", "2025-01-02", "1"),  # 3
    PageMeta("人民日报", "2025-01-03", "1"),  # 4
    PageMeta("人民日报", "2025-01-06", "1"),  # 5
    PageMeta("人民日报", "", ""),  # 6
]


def test_issues_are_paper_then_date_then_page_number() -> None:
    issues = Issues.of(METAS)
    assert [(i.paper, i.date, i.pages) for i in issues.issues] == [
        ("人民日报", "2025-01-02", (2, 1)),
        ("人民日报", "2025-01-03", (4, 0)),
        ("人民日报", "2025-01-06", (5,)),
        ("人民日报", "", (6,)),
        ("聊城日报", "2025-01-02", (3,)),
    ]


def test_previous_and_next_issue_of_the_same_paper() -> None:
    issues = Issues.of(METAS)
    assert issues.step_issue(1, +1) == 4
    assert issues.step_issue(0, +1) == 5
    assert issues.step_issue(5, +1) is None  # the undated pages are no issue
    assert issues.step_issue(4, -1) == 2
    assert issues.step_issue(3, +1) is None


def test_previous_and_next_page_run_on_across_issues() -> None:
    issues = Issues.of(METAS)
    assert issues.step_page(2, +1) == 1
    assert issues.step_page(1, +1) == 4
    assert issues.step_page(4, -1) == 1
    assert issues.step_page(2, -1) is None


def test_go_to_a_date_typed_any_way() -> None:
    issues = Issues.of(METAS)
    for typed in ("2025-01-03", "20250103", "1月3日", "2025年1月3日"):
        assert issues.goto_date(typed, paper="人民日报", default_year=2025) == 4
    # a day without an issue goes to the next one that has one
    assert issues.goto_date("2025-01-04", paper="人民日报") == 5
    assert issues.goto_date("2025-01-02", paper="聊城日报") == 3
    assert issues.goto_date("2025-02-01") is None
    assert issues.goto_date("明天") is None


def test_a_date_inside_an_issue_dated_by_its_month_goes_to_that_issue() -> None:
    # the bundled page is dated 2023-03 (its running head prints no day): D 2023-03-12 said
    # "not a date, or no issue that late", since "2023-03" sorts before "2023-03-12"
    issues = Issues.of([PageMeta("人民日报", "2023-03", "1"), PageMeta("人民日报", "2023-05-02", "1")])
    assert issues.goto_date("2023-03-12", paper="人民日报") == 0
    assert issues.goto_date("2023-03-01", paper="人民日报") == 0
    assert issues.goto_date("2023-04-01", paper="人民日报") == 1
    assert issues.goto_date("2023-05-03", paper="人民日报") is None


def test_a_day_the_paper_has_no_issue_of_goes_to_another_papers_issue_of_that_day() -> None:
    """An archive of several papers: D with a day the current paper has no issue of went on to that
    paper's next issue, months later, past the issue another paper has of the very day typed."""
    issues = Issues.of(
        [
            PageMeta("人民日报", "2025-01-02", "1"),
            PageMeta("", "2025-01-04", "3"),
            PageMeta("人民日报", "2025-03-01", "1"),
        ]
    )
    assert issues.goto_date("2025-01-04", paper="人民日报") == 1
    assert issues.goto_date("2025-01-02", paper="人民日报") == 0  # its own issue first
    assert issues.goto_date("2025-01-05", paper="人民日报") == 2  # no issue that day: the paper's next


def test_a_day_after_the_papers_last_issue_goes_to_another_papers_next_issue() -> None:
    """Reading a paper whose last issue is past: D with a later day said "no issue that late", though
    another paper had issues after it."""
    issues = Issues.of(METAS)
    assert issues.goto_date("2025-01-05", paper="聊城日报") == 5  # 人民日报 2025-01-06
    assert issues.goto_date("2025-01-07", paper="聊城日报") is None  # nothing is that late
