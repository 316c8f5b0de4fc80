"""The hits of the query in the article being read are found off the UI thread: with the results in the
search's worker while the query is typed, in a worker of the screen when an article is opened during a
search (folding a long article's text held the reader ~0.1 s a key at 300,000 characters). n pressed
before an opened article's hits came steps once they come."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from reader.search.index import SearchIndex
from tests.apptest import PAGE, RunningApp, main_screen, press, run, screen_text, settle, type_keys

pytestmark = pytest.mark.usefixtures("temp_dirs")


class Hits:
    """Stands in for `SearchIndex.hits`: records which thread asked, and, while `held`, keeps a worker
    waiting until `release` (on the UI thread it never waits: there it would wait for the test)."""

    def __init__(self) -> None:
        self.real = SearchIndex.hits
        self.on_ui_thread: list[bool] = []
        self.held = False
        self._go = threading.Event()

    def __call__(self, index: SearchIndex, *args: Any, **kwargs: Any) -> Any:
        ui = threading.current_thread() is threading.main_thread()
        self.on_ui_thread.append(ui)
        if self.held and not ui:
            self._go.wait(60)  # (only a safety net: the test releases it)
        return self.real(index, *args, **kwargs)

    def release(self) -> None:
        self.held = False
        self._go.set()


@pytest.fixture
def hits(monkeypatch: pytest.MonkeyPatch) -> Hits:
    recorder = Hits()
    monkeypatch.setattr(SearchIndex, "hits", lambda index, *a, **k: recorder(index, *a, **k))
    return recorder


@run
async def test_the_hits_in_the_article_read_are_never_found_on_the_ui_thread(
    running_app: RunningApp, hits: Hits
) -> None:
    async with running_app((120, 40), paths=[PAGE]) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", "企", "业")  # the hits of the article read, with the results
        assert screen.hits.spans and screen.key_terms.search_status.endswith("hits")
        await press(pilot, "enter", "n")  # the best result opens at its first hit; n: the second
        assert "hit 2/" in screen_text(app)
        await press(pilot, "right_square_bracket")  # the next result, at its first hit
        assert "hit 1/" in screen_text(app)
    assert hits.on_ui_thread
    assert not any(hits.on_ui_thread), "the hits of the article read were found on the UI thread"


@run
async def test_n_pressed_before_an_opened_articles_hits_came_steps_once_they_come(
    running_app: RunningApp, hits: Hits
) -> None:
    async with running_app((120, 40), paths=[PAGE]) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", "企", "业")
        listed = screen.sidebar.listed_articles()
        assert len(listed) > 1
        hits.held = True
        await type_keys(pilot, "enter")  # opens the best result; its hits are held
        for _ in range(100):
            if screen.hits.waiting:
                break
            await pilot.pause()
        assert screen.hits.waiting and screen.pane.article is not None
        await type_keys(pilot, "n")  # before they came
        assert screen.hits.waiting
        hits.release()
        await settle(pilot)
        assert len(screen.hits.spans) > 1
        assert screen.hits.current == 1  # the first hit, then n: the second
        assert "hit 2/" in screen_text(app)
