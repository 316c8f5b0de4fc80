"""`duba segment PAGE` imports what segmenting a page needs and no more: not the search index, the
bookmark store (tinydb) or jieba, which the other subcommands bring in only to list themselves (a third
of the command's start-up). `duba --help` still lists every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_HEAVY = ("reader.search", "reader.bookmarks", "tinydb", "jieba", "textual")


def _run(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return done.stdout


def test_segment_imports_no_search_bookmarks_or_jieba(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("乡村振兴有新招\n\n　　本报讯  今年以来，各地因地制宜发展特色产业。\n", encoding="utf-8")
    code = (
        "import sys\nfrom reader.cli import main\nstatus = main(['segment', sys.argv[1]])\n"
        f"print('IMPORTED', status, *sorted(m for m in sys.modules if m.startswith({_HEAVY!r})))"
    )
    last = _run(code, str(page)).splitlines()[-1]
    assert last == "IMPORTED 0"


def test_help_still_lists_every_command() -> None:
    out = _run("from reader.cli import main\nmain(['--help'])")
    for command in ("read", "segment", "search", "bookmarks", "corrections", "library", "kwic", "trend"):
        assert command in out


def test_segment_still_keeps_its_patterns_at_exit(tmp_path: Path) -> None:
    """`duba segment` skips the exit's collections (it freezes what is alive), not the exit's work: the
    patterns it learnt are written to a fresh cache folder by the exit handler, and the JSON is whole.
    (A guard for that change, which only saves time: it passes before it too.)"""
    page = tmp_path / "page.txt"
    page.write_text("乡村振兴有新招\n\n　　本报讯  今年以来，各地因地制宜发展特色产业。\n", encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "DUBA_CACHE_DIR": str(cache), "DUBA_DATA_DIR": str(tmp_path / "data")}
    code = "import sys\nfrom reader.cli import main\nsys.exit(main(['segment', sys.argv[1], '--json']))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(page)], capture_output=True, text=True, check=True, env=env
    )
    assert json.loads(done.stdout)["articles"][0]["headline"] == "乡村振兴有新招"
    assert [p.name for p in cache.glob("patterns-*.bin")], "no patterns kept at exit"
