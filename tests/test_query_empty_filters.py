"""A filter with nothing after it, said the same way whichever it is: `author:` alone was taken for the
word "author:" to find ("No match", and `duba search` said nothing more), where `date:` alone said its
filter had no value; and the reader said "看不懂 not understood" of `date:` too, which was understood well
enough to know its value was missing. Each filter with no value now says so, with an example of it
written right, in `duba search`, `kwic` and `trend --filter` and in the reader's list; one whose value is
not understood says that, with its example too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.apptest import RunningApp, run, settle
from tests.clitest import duba
from tests.test_app_search import search

pytestmark = pytest.mark.usefixtures("temp_dirs")


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    page = tmp_path / "rmrb" / "1998-01-05" / "01.txt"
    page.parent.mkdir(parents=True)
    page.write_text("　　本报记者 刘桐\n\n　　经济发展是第一要务，经济工作要抓好。\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("author:", "author: has no value (author:刘桐)"),
        ("经济 作者：", "作者： has no value (author:刘桐)"),
        ("经济 headline:", "headline: has no value (headline:人才)"),
        ('经济 author:""', 'author:"" has no value (author:刘桐)'),
        ("经济 date:", "date: has no value (date:2025-01)"),
        ("经济 page:", "page: has no value (page:1..4)"),
        (
            "经济 date:1998-13",
            "date:1998-13: not a date or page number this filter understands (date:2025-01)",
        ),
    ],
)
def test_search_says_what_is_wrong_with_each_filter(papers: Path, query: str, said: str) -> None:
    ran = duba("search", query, str(papers))
    assert ran.returncode == 1 and ran.stderr.splitlines() == [f"duba: {said}"], ran
    assert ran.stdout.startswith("no match for")
    ran = duba("kwic", query, str(papers))
    # (a filter alone has no word to show in its context: a usage error, exit 2)
    assert ran.returncode == (1 if " " in query else 2) and f"duba: {said}" in ran.stderr.splitlines(), ran


def test_trend_says_its_filter_takes_no_author_empty_or_not(papers: Path) -> None:
    for given in ("author:", "author:刘桐"):
        ran = duba("trend", "经济", "--in", str(papers), "--filter", given)
        assert ran.returncode == 2 and f"not words ({given})" in ran.stderr, ran


def test_a_name_after_the_filter_is_a_byline_filter_as_before(papers: Path) -> None:
    ran = duba("search", "经济 author:刘桐", str(papers))
    assert ran.returncode == 0 and not ran.stderr, ran


@run
async def test_the_reader_says_a_filter_has_no_value_as_it_says_one_is_not_understood(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (_app, pilot):
        screen = await search(pilot, "人才 author:")
        assert [row.label for row in screen.sidebar.rows] == ["author: 没有值  has no value (author:刘桐)"]
        screen.search_box.value = "人才 date:"
        await settle(pilot)
        assert [row.label for row in screen.sidebar.rows] == ["date: 没有值  has no value (date:2025-01)"]
        screen.search_box.value = "date:2023-13 人才 author:"
        await settle(pilot)
        assert [row.label for row in screen.sidebar.rows] == [
            "author: 没有值 · date:2023-13 看不懂  filters not understood"
        ]
