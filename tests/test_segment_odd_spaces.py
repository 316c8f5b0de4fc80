"""Spaces of other widths, as PDF text often carries them, read as the spaces they print.

A no-break space (U+00A0) in a byline's gap or a run of them as an indent, a thin space: the page
a reader sees is the same, so its articles must be too.
"""

from __future__ import annotations

from pathlib import Path

from reader.corpus import load_page

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def articles(path: Path) -> list[dict]:
    return [a.to_dict() for a in load_page(path, use_cache=False, corrections=False).articles]


def test_no_break_spaces_read_as_spaces(tmp_path: Path) -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert text.count(" ") > 20  # (the page's gaps: bylines, datelines, two-part titles)
    page = tmp_path / "page.txt"
    page.write_text(text.replace(" ", "\u00a0"), encoding="utf-8")
    assert articles(page) == articles(PAGE)
