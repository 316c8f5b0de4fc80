"""When a search is drawn: its results as soon as they reach the screen, not at the next tick of Textual's
frame timer (reader.app.frames); the key typed in the same frame as its results, unless they are late."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.app.app import DubaApp
from reader.app.widgets import search_box
from reader.search.index import SearchIndex
from tests.apptest import PAGE, main_screen, press, record_frames, run, screen_text, settle, slow_frame_timer

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_results_are_drawn_without_waiting_for_the_frame_timer(monkeypatch: pytest.MonkeyPatch) -> None:
    # The timer ticks once an hour: a frame comes from the results arriving, or none before the deadline.
    slow_frame_timer(monkeypatch, 3600)
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # Pilot draws a frame itself each time it waits (`pilot.pause`)
        screen = main_screen(app)
        await press(pilot, "slash")
        frames = record_frames(app, lambda: (screen.hits.query, screen.key_terms.search_status))
        box = screen.search_box
        article = screen.pane.article
        assert article is not None and "聊城" in article.text
        box.insert_text_at_cursor("聊")  # typed as the box's key handler does, with no Pilot wait after
        box.insert_text_at_cursor("城")
        deadline = time.monotonic() + 60  # only a failing run waits this long (a first search, loaded)
        while not any(query == "聊城" for query, _status in frames) and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert ("聊城", screen.hits.status()) in frames  # the list and the hits of the open article, at once
        assert screen.sidebar.showing_results and screen.hits.spans
        assert all(query in ("", "聊城") for query, _status in frames)  # "聊" was never shown


def slow_search(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Every search takes at least `seconds` (in the search worker)."""
    search = SearchIndex.search

    def slowed(self: SearchIndex, *args: Any, **kwargs: Any) -> Any:
        time.sleep(seconds)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "search", slowed)


async def type_and_watch(app: DubaApp, pilot: Pilot[None], text: str) -> list[tuple[str, str]]:
    """Type `text` into the box (no Pilot waits) and record each frame drawn until its results are on
    screen: the box's line as drawn and the query whose results the list shows."""
    await settle(pilot)
    screen = main_screen(app)
    await press(pilot, "slash")
    frames = record_frames(app, lambda: (screen_text(app).splitlines()[0][:20], screen.hits.query))
    for char in text:
        screen.search_box.insert_text_at_cursor(char)
    deadline = time.monotonic() + 60  # only a failing run waits this long
    while not any(query == text for _line, query in frames) and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    return frames


@run
async def test_a_key_is_drawn_in_the_frame_that_shows_its_results(monkeypatch: pytest.MonkeyPatch) -> None:
    slow_frame_timer(monkeypatch, 0.005)  # the timer would draw the key long before the results
    slow_search(monkeypatch, 0.2)
    # held far longer than the first search can take on a loaded machine (index built, jieba loaded)
    monkeypatch.setattr(search_box, "ECHO_HOLD", 60.0)
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        frames = await type_and_watch(app, pilot, "聊城")
        assert ("聊城" in frames[-1][0], frames[-1][1]) == (True, "聊城")
        assert all("聊" not in line for line, _query in frames[:-1]), frames  # nothing typed was drawn before


@run
async def test_a_key_whose_results_are_late_is_drawn_before_them(monkeypatch: pytest.MonkeyPatch) -> None:
    slow_search(monkeypatch, 1.0)
    monkeypatch.setattr(search_box, "ECHO_HOLD", 0.05)
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        frames = await type_and_watch(app, pilot, "聊城")
        assert ("聊城" in frames[-1][0], frames[-1][1]) == (True, "聊城")
        assert any("聊城" in line and query == "" for line, query in frames)  # after ECHO_HOLD
