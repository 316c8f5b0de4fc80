"""A page extracted without its line ends (a whole page, or a long text, on one line): no caption or
column is that wide, so it is read as text, and the reader is told why no titles were found."""

from __future__ import annotations

from pathlib import Path

from reader.corpus import load_paths
from reader.page.segment import segment
from tests.clitest import duba
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C

ONE_LINE = "".join(BODY_A + BODY_B + BODY_C) * 2


def test_a_page_on_one_line_is_an_article_of_text_not_a_photo_caption() -> None:
    result = segment(ONE_LINE + "\n", "flat.txt")
    [article] = result.articles
    assert article.kind == "article"
    assert "".join(article.paragraphs) == ONE_LINE
    assert any("without its line ends" in w for w in result.warnings), result.warnings


def test_duba_segment_says_why_a_page_on_one_line_has_no_titles(tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text(ONE_LINE, encoding="utf-8")
    shown = duba("segment", str(path))
    assert "文章" in shown.stdout and "图片" not in shown.stdout
    assert "its lines run to" in shown.stderr and shown.stderr.count("flat.txt") <= 1


def test_the_readers_notice_names_the_page_once(tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text(ONE_LINE, encoding="utf-8")
    [notice] = load_paths([path], use_cache=False).page_warnings
    assert notice.startswith("flat.txt: its lines run to") and notice.count("flat.txt") == 1


def test_a_page_with_one_paragraph_a_line_gets_no_such_warning() -> None:
    lines = ["春耕备耕忙", "本报记者 刘  桐", *BODY_A, "", "便民利企举措落地见效", "本报记者 王军豪", *BODY_B]
    result = segment("\n".join(lines) + "\n", "paragraphs.txt")
    assert [a.headline for a in result.articles] == ["春耕备耕忙", "便民利企举措落地见效"]
    assert result.warnings == []
