"""`duba segment` on a big page says, in a terminal, that it is at work and how far it has come.

A 50 MB file took a minute of CPU without a word: a user took it for hung.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import reader.cli
from reader.cli import main

pytestmark = pytest.mark.usefixtures("temp_dirs")


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "big page.txt"
    page.write_text("　　经济发展是第一要务，农民收入继续增加。\n\n" * 40, encoding="utf-8")
    return page


@pytest.mark.parametrize("as_json", [False, True])
def test_a_big_page_shows_how_far_segmenting_has_come_in_a_terminal(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    as_json: bool,
) -> None:
    page = _page(tmp_path)
    monkeypatch.setattr(reader.cli, "BIG_PAGE", 100, raising=False)  # (this page is big enough)
    plain = main(["segment", *(["--json"] if as_json else []), str(page)])
    expected = capsys.readouterr().out
    assert plain == 0 and "经济" in expected
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    assert main(["segment", *(["--json"] if as_json else []), str(page)]) == 0
    out = capsys.readouterr().out
    said = screen.getvalue()
    assert said.startswith("\rduba: segmenting big page.txt (0 MB): 0%"), repr(said)
    assert said.endswith("\r\x1b[K"), repr(said)  # the line is wiped before the page is printed
    assert out == expected  # standard output as before


def test_no_progress_line_where_standard_error_is_no_terminal_nor_for_a_small_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _page(tmp_path)
    monkeypatch.setattr(reader.cli, "BIG_PAGE", 100, raising=False)
    assert main(["segment", str(page)]) == 0
    assert capsys.readouterr().err == ""  # a log, a pipe: nothing
    monkeypatch.setattr(reader.cli, "BIG_PAGE", 10_000_000, raising=False)
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    assert main(["segment", str(page)]) == 0
    assert screen.getvalue() == ""
