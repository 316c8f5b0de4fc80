"""A title wrapped where its line was full, set right under the last sentence of the story above (a
page extracted with no blank lines between its stories), is one title: the break falls inside a word
(`…老旧小区改` / `造提升工程`) or inside a date (`…将于8月22` / `日开幕`), as no kicker over its
headline breaks."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B


def _blankless(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def _text(paragraphs: list[str], first: str = "") -> list[str]:
    """Paragraphs in a column of 13 letters, each opening with an indent, no blank line anywhere."""
    lines: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        lines += [
            "\u3000\u3000" + line.lstrip() if i == 0 else line
            for i, line in enumerate(cut((first if k == 0 else "") + paragraph, 26))
        ]
    return lines


def _headlines(text: str) -> list[str | None]:
    return [a.headline for a in segment(text).articles]


def _two_stories(titles: list[str], running_head: bool = True) -> str:
    """A page of two stories with no blank line between them: the first under its headline, then the
    lines `titles` right under its last sentence, then the second's dateline and text (under a
    running head and a blank line, where asked)."""
    top = ["2026年3月3日  星期二  要闻  3", ""] if running_head else []
    return _blankless(
        [*top, "便民利企举措落地"],
        _text(BODY_B, first="本报讯（记者 王军豪）"),
        titles,
        _text(BODY_A, first="本报北京3月2日电  （记者刘桐）"),
    )


def test_a_title_broken_inside_a_word_under_finished_text_is_one_headline() -> None:
    text = _two_stories(["多地推进老旧小区改", "造提升工程"])
    assert _headlines(text) == ["便民利企举措落地", "多地推进老旧小区改造提升工程"]


def test_a_title_broken_inside_a_date_under_finished_text_is_one_headline() -> None:
    text = _two_stories(["全国科技活动周将于5月22", "日开幕"])
    assert _headlines(text) == ["便民利企举措落地", "全国科技活动周将于5月22日开幕"]


def test_a_titles_last_word_wrapped_alone_on_a_blankless_page_is_kept() -> None:
    """On a page extracted with no blank lines at all, the blank lines put back around title lines
    set a title's last word apart (`…诈骗` / `案件`): it is no section's label, and stays the title's."""
    text = _two_stories(["区公安侦破跨境电信网络诈骗", "案件"], running_head=False)
    assert _headlines(text) == ["便民利企举措落地", "区公安侦破跨境电信网络诈骗案件"]


def test_a_count_wrapped_alone_under_its_title_ends_it() -> None:
    """A count and its unit alone on a line (`1200个`) are no title by themselves: under a title's full
    line they are its end, on a page extracted with a blank line only here and there too."""
    text = _two_stories(["", "全省农村寄递物流服务站新增", "1200个"], running_head=False)
    assert _headlines(text) == ["便民利企举措落地", "全省农村寄递物流服务站新增1200个"]
