"""Snapshot tests of the reader (pytest-textual-snapshot): main screen at 120×40 and 60×20, and the help.

Stable run to run: no clock, no blinking cursor on screen (the search box is hidden), workers waited for
before the picture is taken, fresh data/cache folders, and a config folder at a fixed path that does not
exist (the help screen prints the config path). Refresh after a reviewed change with
`pytest tests/test_app_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.app.app import DubaApp
from tests.apptest import settle

ABSENT_CONFIG = "/nonexistent/duba-config"


@pytest.fixture(autouse=True)
def snapshot_dirs(temp_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # on top of conftest's folders: the help screen prints the config path, so fix it
    monkeypatch.setenv("DUBA_CONFIG_DIR", ABSENT_CONFIG)


def test_main_screen_120x40(snap_compare: Any) -> None:
    assert snap_compare(DubaApp([]), terminal_size=(120, 40), run_before=settle)


def test_main_screen_light_theme_120x40(snap_compare: Any) -> None:
    """textual-light: muted text (kicker, byline, key-terms label, counter, photo rows) must show."""

    async def light(pilot: Pilot[None]) -> None:
        await settle(pilot)
        pilot.app.theme = "textual-light"
        await pilot.press("n")
        await settle(pilot)

    assert snap_compare(DubaApp([]), terminal_size=(120, 40), run_before=light)


def test_main_screen_60x20(snap_compare: Any) -> None:
    assert snap_compare(DubaApp([]), terminal_size=(60, 20), run_before=settle)


def test_sidebar_over_narrow_screen_60x20(snap_compare: Any) -> None:
    async def open_sidebar(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("ctrl+b", "j", "j")
        await settle(pilot)

    assert snap_compare(DubaApp([]), terminal_size=(60, 20), run_before=open_sidebar)


def test_next_article_with_names_120x40(snap_compare: Any) -> None:
    async def read_on(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("n", "e")
        await settle(pilot)

    assert snap_compare(DubaApp([]), terminal_size=(120, 40), run_before=read_on)


def test_help_screen_120x40(snap_compare: Any) -> None:
    async def open_help(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(DubaApp([]), terminal_size=(120, 40), run_before=open_help)


def test_help_screen_40x12(snap_compare: Any) -> None:
    async def open_help(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(DubaApp([]), terminal_size=(40, 12), run_before=open_help)


def test_break_dialog_80x24(snap_compare: Any) -> None:
    """I: the two paragraphs a break inside the cursor's sentence makes, the break after its first mark."""

    async def open_break(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket", "I")
        await pilot.pause()

    assert snap_compare(DubaApp([]), terminal_size=(80, 24), run_before=open_break)


def test_search_list_heading_80x24(snap_compare: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A search whose list holds the top 3 of 4 results, at 80 columns: the heading in its longest
    form that fits the sidebar beside the order ("前 3 篇 · 共 4"), not cut; focus on the list."""
    monkeypatch.setattr("reader.app.widgets.search_box.RESULT_LIMIT", 3)

    async def search(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"企业")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)

    assert snap_compare(DubaApp([]), terminal_size=(80, 24), run_before=search)
