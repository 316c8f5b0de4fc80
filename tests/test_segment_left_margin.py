"""A left margin an extractor sets before every line is no indent.

Some extractors print every line after the same few spaces (ASCII or full-width) or a tab, where the
column stood on the page. Those are no paragraph's indent: a page so extracted reads as the page set
flush, and the indents under the margin still open paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.corpus import load_page

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def articles(path: Path) -> list[dict]:
    return [a.to_dict() for a in load_page(path, use_cache=False, corrections=False).articles]


@pytest.mark.parametrize("margin", ["  ", "\u3000", "\t"], ids=["two spaces", "full-width space", "tab"])
def test_a_margin_before_every_line_reads_as_the_page_set_flush(tmp_path: Path, margin: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(
        "\n".join(margin + line if line.strip() else line for line in text.split("\n")), encoding="utf-8"
    )
    assert articles(page) == articles(PAGE)


@pytest.mark.parametrize("indent", ["  ", "\u3000\u3000"], ids=["ASCII", "full-width"])
def test_a_page_printing_a_paragraph_a_line_keeps_its_indents(tmp_path: Path, indent: str) -> None:
    """Every line opening with the same spaces is no margin where each line finishes its sentence:
    each is a paragraph, and the spaces its indent."""
    sentences = ["第一段讲春耕备耕的新变化。", "第二段讲农田水利建设。", "第三段讲种粮大户的收成。"]
    page = tmp_path / "page.txt"
    page.write_text("".join(f"{indent}{s}\n\n" for s in sentences), encoding="utf-8")
    assert [a["paragraphs"] for a in articles(page)] == [sentences]
