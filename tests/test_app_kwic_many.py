"""The concordance (K) of a word printed everywhere (的, 中国 in a library of thousands of pages).

Every occurrence became a row of the table on the UI thread: K on 的 over 4,000 pages held the reader
for about a minute at full CPU, escape unanswered, and took it past 1 GB; closed, its reading thread went
on to the last occurrence. Now the screen holds the first `KWIC_LIMIT` lines (the earliest, as the lines
come in date order) and says how many there are in all, counted in the thread; closed, the thread stops.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from reader.app.screens import kwic
from reader.app.screens.kwic import KWIC_LIMIT, KwicScreen
from reader.search.kwic import KwicLine
from tests.apptest import RunningApp, main_screen, press, run, screen_text, settle

pytestmark = pytest.mark.usefixtures("temp_dirs")


def line(n: int) -> KwicLine:
    return KwicLine(
        left="左边的上下文",
        keyword="的",
        right="右边的上下文",
        article_id="x",
        start=n,
        headline="题",
        paper="人民日报",
        date="1998-01-01",
        page_no="3",
    )


@run
async def test_the_concordance_of_a_word_everywhere_holds_the_first_lines_and_says_how_many_in_all(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = KWIC_LIMIT + 500

    def everywhere(*_args: object, **_kwargs: object) -> Iterator[KwicLine]:
        return (line(n) for n in range(total))

    monkeypatch.setattr(kwic, "concordance", everywhere)
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", "的", "escape", "K")
        screen = app.screen
        assert isinstance(screen, KwicScreen)
        assert len(screen.lines) == KWIC_LIMIT
        title = screen_text(app).split("\n")[0]
        assert f"前 {KWIC_LIMIT:,} 处" in title and f"共 {total:,}" in title, title
        await press(pilot, "s")  # the lines held are sorted (the rest is not waited for)
        assert screen.order == "left"


@run
async def test_a_concordance_closed_while_reading_stops_reading(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    go_on = threading.Event()
    read: list[int] = []

    def slow(*_args: object, **_kwargs: object) -> Iterator[KwicLine]:
        for n in range(5000):
            if n == 100:
                go_on.wait(10)
            read.append(n)
            yield line(n)

    monkeypatch.setattr(kwic, "concordance", slow)
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", "的", "escape")
        await pilot.press("K")
        while not read or len(read) < 100:
            await pilot.pause(0.01)
        assert isinstance(app.screen, KwicScreen)
        await pilot.press("escape")
        assert app.screen is main_screen(app)
        go_on.set()
        await settle(pilot)
        assert len(read) <= 101  # it stopped at the next line
