"""Two dubas correcting one page at once: a correction is stored only while its page's lock is held, so
one copy's correction is never written over by the other's (the later write used to replace the record the
earlier one had just stored)."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from reader.corpus import load_page
from reader.corrections import CorrectionError, CorrectionStore
from reader.corrections import store as store_module
from reader.fsutil import LockFile

pytestmark = pytest.mark.usefixtures("temp_dirs")


def _multi(page) -> list[int]:
    return [i for i, a in enumerate(page.articles) if len(a.paragraphs) >= 2]


def _stored(store: CorrectionStore, sha: str) -> list[dict]:
    path = store.folder / f"{sha}.json"
    return json.loads(path.read_text(encoding="utf-8"))["ops"] if path.exists() else []


def test_a_correction_waits_for_the_other_copy_storing_one_and_keeps_both(
    page_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "LOCK_WAIT", 0.3)
    ours, theirs = load_page(page_path), load_page(page_path)
    count = len(ours.articles)
    first, second = _multi(ours)[:2]
    store = CorrectionStore()
    store.split(theirs, first, 1)  # the other copy's correction, stored before

    # The other copy is storing one more: it holds the page's lock.
    other = LockFile(store.folder / f"{ours.sha}.json.lock")
    other.acquire()
    try:
        with pytest.raises(CorrectionError, match="Another duba is storing a correction"):
            CorrectionStore().split(ours, second, 1)
        assert len(_stored(store, ours.sha)) == 1  # nothing written while the other held it
    finally:
        other.release()

    # Once it let go, ours is stored beside the other copy's, not over it.
    CorrectionStore().split(ours, second, 1)
    assert len(_stored(store, ours.sha)) == 2
    assert len(load_page(page_path).articles) == count + 2  # both splits, as the reader opens the page
    assert not list(store.folder.glob("*.lock"))  # the lock is there only while held


def test_nothing_to_undo_or_redo_takes_no_lock_and_makes_no_folder(page_path: Path) -> None:
    page = load_page(page_path)
    store = CorrectionStore()
    assert store.undo(page, list(page.articles)) is None
    assert store.redo(page) is None
    assert not store.folder.exists()


def test_a_file_system_without_locks_still_stores_the_correction(
    page_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_locks(self: LockFile, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(LockFile, "acquire", no_locks)
    page = load_page(page_path)
    split = _multi(page)[0]
    store = CorrectionStore()
    store.split(page, split, 1)
    assert len(_stored(store, page.sha)) == 1
