"""The reading state when two dubas are open at once (a library in one terminal, a folder in another)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from reader.state import Position, State

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def test_a_second_reader_s_position_neither_stops_the_first_nor_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    first, second = State(path), State(path)
    first.save_position(Position("aaaa", 1), scope="/papers/1998")
    second.save_position(Position("bbbb", 2), scope="/papers/1999")
    # the first counted its next document id before the second added one: "Document with ID 2 already
    # exists" (ValueError) out of save_theme
    first.save_theme("textual-light")
    first.save_position(Position("cccc", 3), scope="/papers/2000")
    again = State(path)
    assert again.theme() == "textual-light"
    assert again.position("/papers/1998") == Position("aaaa", 1)
    assert again.position("/papers/1999") == Position("bbbb", 2)
    assert again.position("/papers/2000") == Position("cccc", 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]  # no lock file left


def test_the_reader_changing_its_theme_after_another_reader_saved_its_place_goes_on(temp_dirs: Path) -> None:
    """Walked: two readers on two folders, ctrl+p theme textual-light in the first: a traceback
    (ValueError: Document with ID 2 already exists) and exit status 1."""
    from reader.app.app import DubaApp
    from tests.apptest import main_screen, settle

    async def check() -> None:
        app = DubaApp([PAGE])
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            main_screen(app).save_position()  # as after half a second of reading
            await settle(pilot)
            State().save_position(Position("bbbb", 2), scope="/another/folder")  # the other reader
            app.theme = "textual-light"
            await settle(pilot)
            assert app.is_running and app.return_code in (None, 0)
        assert State().theme() == "textual-light"
        assert State().position("/another/folder") == Position("bbbb", 2)

    asyncio.run(check())


def test_where_files_cannot_be_locked_the_state_is_still_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a file system without file locks (some network and FUSE ones: ENOLCK): the lock taken for each
    # save must not keep every place and the theme from being saved
    import errno

    from reader import fsutil

    def no_locks(self: fsutil.LockFile, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fsutil.LockFile, "acquire", no_locks)
    path = tmp_path / "state.json"
    State(path).save_theme("textual-light")
    State(path).save_position(Position("aaaa", 1), scope="/papers/1998")
    assert State(path).theme() == "textual-light"
    assert State(path).position("/papers/1998") == Position("aaaa", 1)
