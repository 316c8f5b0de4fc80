"""u and U on a page another duba corrected meanwhile (the s44 walk: two readers on one page, each joined
an article; u in the first took back the second's join, which the first had never shown, said "Undid
the join", and left the first's own join on screen). Now the page is shown as stored, with the other's
correction, and nothing is undone until u is pressed again on what is shown."""

from __future__ import annotations

import pytest

from reader.corpus import load_page
from reader.corrections import CorrectionStore
from tests.apptest import PAGE, notifications, press, run, running, segmented, sidebar_titles

pytestmark = pytest.mark.usefixtures("temp_dirs")

RAW = segmented()


@run
async def test_u_after_another_dubas_correction_shows_it_and_undoes_nothing() -> None:
    async with running((120, 40)) as (app, pilot):
        await press(pilot, "n", "J")  # this reader joins the second article to the first
        assert len(sidebar_titles(app)) == len(RAW) - 1
        other = load_page(PAGE)  # another duba, a process of its own, joins the fourth to the third
        CorrectionStore().join(other, 3)
        assert len(CorrectionStore().ops(other.sha)) == 2
        await press(pilot, "u")
        assert "corrected meanwhile in another duba" in notifications(app)
        assert "Nothing was undone" in notifications(app)
        assert len(CorrectionStore().ops(other.sha)) == 2  # (was 1: the other's join taken back unseen)
        assert len(sidebar_titles(app)) == len(RAW) - 2  # both joins, as the file holds them
        await press(pilot, "u")  # now u undoes the last correction shown: the other's
        assert len(CorrectionStore().ops(other.sha)) == 1
        assert len(sidebar_titles(app)) == len(RAW) - 1


@run
async def test_u_with_nothing_done_elsewhere_undoes_at_once() -> None:
    async with running((120, 40)) as (app, pilot):
        await press(pilot, "n", "J")
        await press(pilot, "u")
        assert "meanwhile" not in notifications(app)
        assert len(sidebar_titles(app)) == len(RAW)
        await press(pilot, "U")
        assert "meanwhile" not in notifications(app)
        assert len(sidebar_titles(app)) == len(RAW) - 1
