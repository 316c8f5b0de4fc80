"""`duba segment PAGE` imports what segmenting a page needs and no more: not the search index, the
bookmark store (tinydb) or jieba, which the other subcommands bring in only to list themselves (a third
of the command's start-up). So each other subcommand loads its own module only (`duba search` no
bookmark store, `duba bookmarks` no search), and `duba --help` lists every command, with its help line,
from a table, loading none of their modules."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import _PLUGGED, build_parser

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


_PAGE = "乡村振兴有新招\n\n　　本报讯  今年以来，各地因地制宜发展特色产业。\n"


def _loaded_by(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    """The exit status of `duba ARGV` run in a fresh interpreter (private data folders), and the
    modules it loaded."""
    code = (
        "import contextlib, io, json, sys\nfrom reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        status = main(sys.argv[1:])\n"
        "    except SystemExit as stop:\n        status = stop.code\n"
        "print(json.dumps([status, sorted(sys.modules)]))"
    )
    env = {
        **os.environ,
        "DUBA_DATA_DIR": str(tmp_path / "data"),
        "DUBA_CONFIG_DIR": str(tmp_path / "config"),
        "DUBA_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True, env=env
    )
    status, modules = json.loads(done.stdout.splitlines()[-1])
    return status, set(modules)


def _under(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if m.startswith(packages))


def test_search_loads_no_bookmark_store_or_library(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_PAGE, encoding="utf-8")
    status, modules = _loaded_by(tmp_path, "search", "乡村", str(page))
    assert status == 0
    assert _under(modules, "tinydb", "reader.bookmarks", "reader.cli.bookmarks", "reader.cli.library") == []


def test_bookmarks_list_loads_no_search(tmp_path: Path) -> None:
    status, modules = _loaded_by(tmp_path, "bookmarks", "list")
    assert status == 0
    assert _under(modules, "reader.search", "reader.cli.search", "reader.cli.kwic", "reader.cli.trend") == []


def test_help_lists_every_command_with_its_help_line_and_loads_none(tmp_path: Path) -> None:
    status, modules = _loaded_by(tmp_path, "--help")
    assert status == 0
    assert _under(modules, *(module for module, _ in _PLUGGED.values())) == []
    out = _run("from reader.cli import main\nmain(['--help'])")
    listed = " ".join(out.split())  # (argparse puts a long name's help on a line of its own)
    for name, (_, summary) in _PLUGGED.items():
        assert f" {name} {summary} " in listed


def _help_lines(parser: argparse.ArgumentParser) -> dict[str, str]:
    """The help line each subcommand of `parser` is listed with."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {choice.dest: choice.help or "" for choice in action._choices_actions}
    return {}


@pytest.mark.parametrize("name", list(_PLUGGED))
def test_the_help_line_listed_is_the_one_the_command_gives_itself(name: str) -> None:
    """The table `duba --help` lists from says what each command's own module says of it."""
    assert _help_lines(build_parser(name))[name] == _PLUGGED[name][1]
    assert _help_lines(build_parser("--help"))[name] == _PLUGGED[name][1]
