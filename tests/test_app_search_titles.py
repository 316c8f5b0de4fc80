"""Pilot tests of search hits in an article's titles (kicker, headline, subtitle): painted in the reading
pane, counted in the header, stepped through with n; none in an article the query excludes."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.pilot import Pilot

from reader.app.screens.main import MainScreen
from reader.app.widgets.reading_pane import ReadingPane
from tests.apptest import RunningApp, main_screen, press, run, screen_text, settle, type_keys

pytestmark = pytest.mark.usefixtures("temp_dirs")

KICKER = "加快人才“五心工程体系”建设"
HEADLINE = "阳谷县打造人才集聚新高地"
"""The one article of the test page with 人才 in its titles (and 18 times in its body)."""


async def search(pilot: Pilot[None], query: str, *, slash: bool = True) -> MainScreen:
    """Press / (unless the box has the focus already) and type `query`, then wait for the results."""
    if slash:
        await press(pilot, "slash")
    await type_keys(pilot, *("space" if char == " " else char for char in query))
    await settle(pilot)
    return main_screen(pilot.app)  # type: ignore[arg-type]


def painted(pane: ReadingPane, *names: str) -> dict[str, str]:
    """Line on screen (as shown, stripped) → the characters painted in one of the styles `names`."""
    backgrounds = [style.bgcolor for name in names if (style := pane.painted_style(name)) is not None]
    found: dict[str, str] = {}
    for y in range(pane.size.height):
        segments = list(pane.render_line(y))
        line = "".join(segment.text for segment in segments).strip()
        chars = "".join(
            segment.text
            for segment in segments
            if isinstance(segment.style, Style) and segment.style.bgcolor in backgrounds
        )
        if chars:
            found[line] = chars
    return found


@run
async def test_a_headline_query_marks_and_counts_the_titles(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "headline:人才")
        await press(pilot, "enter")  # opens the only result
        article = screen.pane.article
        assert article is not None and article.headline == HEADLINE
        assert "hit 1/2" in screen_text(app)  # the kicker's and the headline's, not "0 hits"
        marks = painted(screen.pane, "reading--search", "reading--search-current")
        assert marks == {KICKER: "人才", HEADLINE: "人才"}  # the body's 18 are not a headline: term
        current = painted(screen.pane, "reading--search-current")
        assert current == {KICKER: "人才"}
        await press(pilot, "n")
        assert "hit 2/2" in screen_text(app)
        assert painted(screen.pane, "reading--search-current") == {HEADLINE: "人才"}


@run
async def test_n_steps_from_the_titles_into_the_body(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "headline:人才")
        await press(pilot, "enter")
        await press(pilot, "slash", "ctrl+u")
        screen = await search(pilot, "人才", slash=False)  # the article stays open
        assert screen.pane.article is not None and screen.pane.article.headline == HEADLINE
        assert "20 hits" in screen_text(app)  # kicker 1, headline 1, body 18
        await press(pilot, "tab", "n", "n", "n")  # out of the box (into the list), then n, n, n
        assert "hit 3/20" in screen_text(app)
        current = painted(screen.pane, "reading--search-current")
        assert len(current) == 1 and list(current.values()) == ["人才"]
        (line,) = current
        assert line not in (KICKER, HEADLINE)


@run
async def test_an_article_the_query_excludes_shows_no_hit(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "headline:人才")
        await press(pilot, "enter")
        assert screen.pane.article is not None and screen.pane.article.headline == HEADLINE
        await press(pilot, "slash", "ctrl+u")
        screen = await search(pilot, "集聚 -人才", slash=False)
        # the list leaves the article out, so the header must not say it has a hit
        assert screen.current not in [row.article for row in screen.sidebar.rows if row.article >= 0]
        assert "0 hits" in screen_text(app) and "1 hit" not in screen_text(app)
        assert painted(screen.pane, "reading--search", "reading--search-current") == {}
