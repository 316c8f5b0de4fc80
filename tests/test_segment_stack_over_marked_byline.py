"""A title stack tight under a finished paragraph and tight over a marked byline (`■ 本报记者 X`) is
titles, not text run on: a marked line opens a story, and no paragraph runs on into it. On a page
that prints a story's heading after its text and the next story's before it, the four title lines
between the two texts were read as the first story's last paragraph, and neither story had a title."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B


def _text(paragraphs: list[str]) -> list[str]:
    """Paragraphs opening with an indent, lines cut at 15 letters, no blank line between."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += ["\u3000\u3000" + line if i == 0 else line for i, line in enumerate(cut(paragraph, 30))]
    return lines


def test_a_heading_printed_after_its_story_over_a_marked_byline_is_the_storys() -> None:
    lines = [
        "■ 本报记者  王军豪",
        *_text(BODY_B),
        "优化营商环境、推出便民新规",
        "便民利企举措落地见效",
        "多地推出一批防暑降温的新装备",
        "环卫工人用上了会吹风的遮阳帽",
        "■ 本报记者  刘  桐",
        *_text(BODY_A),
    ]
    first = segment("\n".join(lines) + "\n").articles[0]
    assert (first.kicker, first.headline) == ("优化营商环境、推出便民新规", "便民利企举措落地见效")
    assert first.paragraphs == BODY_B
