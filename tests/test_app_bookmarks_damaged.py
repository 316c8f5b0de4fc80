"""A bookmark file damaged while the reader runs (another program wrote it cut short)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.apptest import RunningApp, notices, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_a_bookmark_file_damaged_while_reading_is_said_when_the_next_bookmark_is_saved(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """The store moved the damaged file aside and started anew with its whole bookmarks, but only the
    warnings of its opening were shown: the reader said "Bookmarked" alone, and one bookmark was gone
    from B without a word."""
    path = tmp_path / "data" / "bookmarks.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    async with running_app((120, 40)) as (app, pilot):
        for n in range(3):
            await press(pilot, *["right_parenthesis"] * (n + 1), "m", *f"note{n}", "enter")
        whole = path.read_bytes()
        last = whole.rindex(b'"note":')
        path.write_bytes(whole[: last + 9])  # cut inside the last line's note
        before = len(notices(app))
        await press(pilot, "right_parenthesis", "m", *"note3", "enter")
        said = " ".join(notices(app)[before:])
        assert "could not be read" in said and "2 bookmarks recovered" in said, said
        assert "1 damaged entry lost" in said
        await press(pilot, "B")
        assert sum(f"note{n}" in screen_text(app) for n in range(4)) == 3
    notes = sorted(b["note"] for b in json.loads(path.read_text(encoding="utf-8"))["bookmarks"].values())
    assert len(notes) == 3 and "note3" in notes
    assert list(path.parent.glob("bookmarks.json.corrupt-*"))
