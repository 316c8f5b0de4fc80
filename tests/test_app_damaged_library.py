"""The reader on a library whose catalogue is damaged past its count of pages (a crash or a disk error
overwrote its table of pages): it stopped with a traceback (`DatabaseError: database disk image is
malformed`) while opening. It opens the sample page instead and says what to do (s43 walk)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app.app import DubaApp
from reader.archive.catalogue import Catalogue, default_path
from reader.library import Library
from tests.apptest import notices, press, run, settle
from tests.test_app_archive import write_archive
from tests.test_archive_cli import damage

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_a_damaged_library_opens_the_sample_page_and_says_what_to_do(tmp_path: Path) -> None:
    folder = write_archive(tmp_path / "papers")
    with Catalogue() as catalogue:
        catalogue.add([folder])
    damage(default_path())
    app = DubaApp(library=Library.for_plain_start(Path(__file__).parent / "data" / "unsure_page.txt"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.is_running and app.library.articles
        said = " ".join(" ".join(notices(app)).split())
        assert "The library could not be read (database disk image is malformed" in said, said
        assert f"duba library add {folder}" in said and "opened the sample page" in said, said
        await press(pilot, "q")
