"""Two copies of the reader correcting one page at once, on one data folder: the copy whose correction
is stored second shows the page as the corrections file then says.

The copies run in one test, each with its own Pilot; the second's correction is made to wait for the
first's at the moment it takes the store's lock (what a slow disk or a busy machine does by chance)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest

from reader.corpus import load_page
from reader.corrections import CorrectionStore
from tests.apptest import PAGE, notifications, press, run, running, segmented, sidebar_titles

pytestmark = pytest.mark.usefixtures("temp_dirs")

RAW = segmented()


def first_waits_for(monkeypatch: pytest.MonkeyPatch, other: Any, keys: tuple[str, ...]) -> None:
    """The next correction stored from a worker thread first lets `other` (an app's Pilot) press
    `keys` and store its own correction: the other copy's correction lands between this copy's press
    and its taking the lock."""
    locked = CorrectionStore._locked
    armed = [True]

    def waiting(store: CorrectionStore, sha: str) -> AbstractContextManager[None]:
        if armed and threading.current_thread() is not threading.main_thread():
            armed.clear()
            other.app.call_from_thread(press, other, *keys)
        return locked(store, sha)

    monkeypatch.setattr(CorrectionStore, "_locked", waiting)


def ids(articles: Iterator[Any] | list[Any]) -> list[str]:
    return [article.id for article in articles]


@run
async def test_the_second_copy_shows_both_corrections_as_the_file_holds_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One copy joins the fourth article to the third while the other joins the third to the second.
    The second stored used to show its own join alone (both were in the file: a reload showed both)."""
    async with running((120, 40)) as (one, one_pilot), running((120, 40)) as (two, two_pilot):
        await press(one_pilot, "n", "n", "n")
        await press(two_pilot, "n", "n")
        first_waits_for(monkeypatch, one_pilot, ("J",))
        await press(two_pilot, "J")
        stored = load_page(PAGE)
        assert len(CorrectionStore().ops(stored.sha)) == 2
        assert len(stored.articles) == len(RAW) - 2 and not stored.warnings
        assert ids(two.library.articles) == ids(stored.articles)  # before: one article more (its join alone)
        assert len(sidebar_titles(two)) == len(RAW) - 2
        assert "corrected meanwhile in another duba: it is shown with those corrections too" in notifications(
            two
        )
        assert "「" in notifications(two).splitlines()[-1]  # and what this copy's join did


@run
async def test_the_same_correction_made_in_both_copies_is_stored_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both copies join the third article to the second: the second copy's join fits nothing on the
    page as the first left it; it is not stored (it was: a second join in the file), and the page is
    shown as the first copy corrected it."""
    async with running((120, 40)) as (one, one_pilot), running((120, 40)) as (two, two_pilot):
        await press(one_pilot, "n", "n")
        await press(two_pilot, "n", "n")
        first_waits_for(monkeypatch, one_pilot, ("J",))
        await press(two_pilot, "J")
        stored = load_page(PAGE)
        assert len(CorrectionStore().ops(stored.sha)) == 1
        assert ids(two.library.articles) == ids(stored.articles) == ids(one.library.articles)
        assert "corrected meanwhile in another duba: it is shown with those corrections now" in notifications(
            two
        )
        assert not stored.warnings
