"""A left margin an extractor sets before every line is no indent.

Some extractors print every line after the same few spaces (where the column stood on the page).
Those spaces are no paragraph's indent: a page so extracted reads as the page set flush, and the
indents under the margin still open paragraphs.
"""

from __future__ import annotations

from pathlib import Path

from reader.corpus import load_page

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def articles(path: Path) -> list[dict]:
    return [a.to_dict() for a in load_page(path, use_cache=False, corrections=False).articles]


def test_a_margin_before_every_line_reads_as_the_page_set_flush(tmp_path: Path) -> None:
    text = PAGE.read_text(encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(
        "\n".join("  " + line if line.strip() else line for line in text.split("\n")), encoding="utf-8"
    )
    assert articles(page) == articles(PAGE)
