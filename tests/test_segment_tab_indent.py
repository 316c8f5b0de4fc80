"""A paragraph indent printed as a tab reads as the indent it is.

Some extractors print a paragraph's first-line indent as a tab rather than as full-width or ASCII
spaces. The indent is what parts a heading line from the paragraph printed right under it (no
blank line between), so a page with tab indents must read as the same page with full-width ones.
"""

from __future__ import annotations

from reader.page.segment import segment

COLUMN = 13  # characters a line

FIRST = [
    "今年以来，当地持续加大高标准农田建设力度，新建的灌溉渠道二十余公里，让不少荒地变成了良田。",
    "种粮大户老李说，以前浇一遍地要三四天，现在只需要在手机上点一点就能完成，省时又省力。",
    "合作社牵头统一采购农资，每亩地的成本降了不少，收成却比往年更好，乡亲们的干劲更足了。",
    "下一步，当地还将推广节水灌溉技术，让更多农户用上智能化设备，把好日子过得更加红火。",
]
HEADING = "全民阅读蔚然成风书香满城处处闻"  # wider than the column, printed right over a paragraph
SECOND = [
    "读书是一种习惯，更是一种修养。",
    "在碎片化阅读越来越普遍的今天，静下心来读完一本好书尤为可贵，也更需要坚持和耐心。",
    "有人说，阅读的意义不在于记住了多少内容，而在于它潜移默化地塑造了我们看待世界的方式。",
]


def indented(paragraph: str, indent: str) -> list[str]:
    """A paragraph cut at the column, its first line opened by `indent` (two characters' room)."""
    rest = paragraph[COLUMN - 2 :]
    return [indent + paragraph[: COLUMN - 2]] + [rest[k : k + COLUMN] for k in range(0, len(rest), COLUMN)]


def page(indent: str) -> str:
    lines = ["春耕备耕忙"] + [line for p in FIRST for line in indented(p, indent)] + [""]
    lines += [HEADING] + [line for p in SECOND for line in indented(p, indent)] + [""]
    return "\n".join(lines)


def test_a_tab_indent_reads_as_a_full_width_one() -> None:
    """The heading line stays a line of its own over the paragraph under it, as with full-width
    indents, not run into that paragraph's first sentence."""
    spaced = [a.to_dict() for a in segment(page("\u3000\u3000")).articles]
    tabbed = [a.to_dict() for a in segment(page("\t")).articles]
    assert tabbed == spaced
    paragraphs = [p for a in tabbed for p in a["paragraphs"]]
    assert SECOND[0] in paragraphs
    assert not any(p.startswith(HEADING) and p != HEADING for p in paragraphs)
