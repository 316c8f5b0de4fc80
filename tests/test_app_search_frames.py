"""When the results of a search are drawn: as soon as they reach the screen, not at the next tick of
Textual's frame timer (reader.app.frames)."""

from __future__ import annotations

import asyncio
import time

import pytest

from reader.app.app import DubaApp
from tests.apptest import PAGE, main_screen, press, record_frames, run, settle, slow_frame_timer

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
        deadline = time.monotonic() + 10
        while not any(query == "聊城" for query, _status in frames) and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert ("聊城", screen.hits.status()) in frames  # the list and the hits of the open article, at once
        assert screen.sidebar.showing_results and screen.hits.spans
        assert all(query in ("", "聊城") for query, _status in frames)  # "聊" was never shown
