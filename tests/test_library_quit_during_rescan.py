"""Quitting the reader while it rescans the library as it opens: the process ends only once the rescan
has stopped (it stops at its next page when the loader is cancelled). Ended in the middle, the rescan's
worker pool was still being started as the process went down: a traceback and exit status 1."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import pytest

from reader.archive.catalogue import Catalogue
from reader.fsutil import wait_kept_alive
from reader.library import Library
from tests.test_app_archive import write_archive

pytestmark = pytest.mark.usefixtures("temp_dirs")


class Quit(Exception):
    """The loader's worker was cancelled (the reader quit)."""


def test_quitting_waits_for_the_library_rescan_to_stop(tmp_path: Path) -> None:
    papers = write_archive(tmp_path / "papers")
    with Catalogue() as catalogue:
        catalogue.add([papers])
    (papers / "later.txt").write_text("　　新加的一版，还没有编进目录。\n", encoding="utf-8")
    rescanning, quit_pressed = threading.Event(), threading.Event()

    def progress(done: int, total: int) -> None:
        rescanning.set()
        quit_pressed.wait(5)
        raise Quit

    def load() -> None:
        with contextlib.suppress(Quit):
            Library([], catalogued=True).load(progress)

    loader = threading.Thread(target=load)
    loader.start()
    assert rescanning.wait(5)
    ending = threading.Thread(target=wait_kept_alive)  # what the process does on `q` before it ends
    ending.start()
    ending.join(0.3)
    assert ending.is_alive(), "the process would end in the middle of the rescan"
    quit_pressed.set()
    loader.join(5)
    ending.join(5)
    assert not ending.is_alive()
