"""Caches of earlier duba versions are removed; the current ones and anything else stay."""

from __future__ import annotations

import threading
from pathlib import Path

from reader import paths
from reader.app.app import DubaApp
from reader.cachedirs import current, prune
from tests.apptest import PAGE, run, settle


def test_only_caches_of_other_versions_are_removed(tmp_path: Path) -> None:
    kept = sorted(current())
    for name in kept:
        if name.endswith(".pickle"):
            (tmp_path / name).write_bytes(b"x")
        else:
            (tmp_path / name).mkdir()
    old = ["segments-v1.1", "search-v0", "analysis-v0", "library-pages-v0.pickle"]
    for name in old[:3]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "page.json").write_text("{}", encoding="utf-8")
    (tmp_path / old[3]).write_bytes(b"old")
    (tmp_path / ".stale-segments-v2.2").mkdir()  # a prune cut short last time
    others = ["notes.txt", "segments-vX", "my-search-v1"]
    (tmp_path / others[0]).write_text("mine", encoding="utf-8")
    (tmp_path / others[1]).mkdir()
    (tmp_path / others[2]).mkdir()

    removed = prune(tmp_path)

    assert sorted(removed) == sorted([*old, ".stale-segments-v2.2"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, *others])
    assert prune(tmp_path) == []


def test_key_terms_of_an_earlier_segmenter_are_removed(tmp_path: Path) -> None:
    """Key-term counts are kept per page as segmented; a new segmenter's pages never read the old ones."""
    from reader.analysis import ANALYSIS_VERSION

    old = tmp_path / f"analysis-v{ANALYSIS_VERSION}"  # what earlier versions wrote, whatever the segmenter
    old.mkdir()
    (old / "0123abcd.json").write_text('{"df": {}}', encoding="utf-8")

    assert prune(tmp_path) == [old.name]


def test_a_missing_cache_folder_is_nothing_to_prune(tmp_path: Path) -> None:
    assert prune(tmp_path / "absent") == []


@run
async def test_the_reader_prunes_old_caches_once_the_library_is_open(temp_dirs: Path) -> None:
    old = paths.cache_dir() / "segments-v1.1"
    old.mkdir(parents=True)
    (old / "page.json").write_text("{}", encoding="utf-8")
    app = DubaApp([PAGE])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for thread in threading.enumerate():
            if thread.name == "prune caches":
                thread.join(10)
    assert not old.exists()
    assert (paths.cache_dir() / next(n for n in current() if n.startswith("segments-"))).is_dir()
