"""A correction made while the search index is still being built after the one before it.

Each correction has the index rebuilt in a worker (the changed page's articles). Undoing a join right
after it (J then u, the reader's own slip) changed the page's articles under that build: it read the
page's articles list before and after the change, found more articles than its postings cover, and the
reader said "Search is unavailable: segments cover 8 documents, articles more" in red. The build is
held here, right after its postings, until the undo has changed the page, so that the two meet every
time rather than on a large page or a slow machine only.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any
from unittest import mock

import pytest

from reader.app.correction_runner import record_corrected
from reader.search import cache
from reader.search.index import SearchIndex
from tests.apptest import RunningApp, main_screen, notices, press, run, settle, type_keys

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_undo_while_the_index_takes_the_join_in_leaves_search_working(running_app: RunningApp) -> None:
    held = threading.Event()  # the index build after the join has its postings, and waits
    undone = threading.Event()  # the undo has changed the page's articles
    built = threading.Event()  # that build has ended, one way or the other
    real_build, real_load = cache.build_segments, SearchIndex.load_or_build.__func__  # type: ignore[attr-defined]

    def build_segments(*args: Any, **kwargs: Any) -> Any:
        segments = real_build(*args, **kwargs)
        if not held.is_set():
            held.set()
            undone.wait(30)
        return segments

    def load_or_build(cls: type[SearchIndex], *args: Any, **kwargs: Any) -> SearchIndex:
        try:
            return real_load(cls, *args, **kwargs)
        finally:
            if held.is_set():
                built.set()

    def recorded(page: Any) -> None:
        if held.is_set() and not undone.is_set():  # the undo: the page has its articles back
            undone.set()
            built.wait(30)  # (the build meets the changed page before the undo is shown)
        record_corrected(page)

    async with running_app((120, 30)) as (app, pilot):
        await press(pilot, "n", "n")
        with (
            mock.patch.object(cache, "build_segments", build_segments),
            mock.patch.object(SearchIndex, "load_or_build", classmethod(load_or_build)),
            mock.patch("reader.app.correction_runner.record_corrected", recorded),
        ):
            await type_keys(pilot, "J")
            assert await asyncio.to_thread(held.wait, 30), "the index was not rebuilt after the join"
            await type_keys(pilot, "u")
            await settle(pilot)
        said = notices(app)
        assert any("Undid the join" in n for n in said)
        assert not [n for n in said if "unavailable" in n or "segments cover" in n]
        await press(pilot, "slash", *"人才")
        assert main_screen(app).search_box.index is not None
        assert any(row.kind == "article" for row in main_screen(app).sidebar.rows)
