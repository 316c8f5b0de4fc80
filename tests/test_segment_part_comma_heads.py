"""A report in parts may head each part with two phrases of one length parted by a comma
(`规划先行，步步为营`). Where the parts are short, each such heading over a paragraph or two with no
byline reads like a brief story's headline; but stories in a row are not headed in one such shape,
while a report's parts are: the parts stay one story, their headings among its paragraphs."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_cut

WIDTH = 48  # the report set wider than the page's other stories
NARROW = 28
PARTS = [
    (
        "规划先行，步步为营",
        "十年前定下的路线图，一任接着一任干。如今，山区的公路通到了每个村口，货车能直接开到果园边上。",
    ),
    ("东西联动，优势互补", "东部的企业带来订单和技术，当地的合作社组织种植，两地的产业越走越近。"),
    (
        "人才互派，真情相待",
        "每年都有一批教师和医生从东部来，在这里一待就是一两年，不少人和当地群众成了朋友。",
    ),
    ("携手开放，面向世界", "山里的特产搭上中欧班列，走向更远的市场。山海携手，未来可期！"),
]


def _page() -> str:
    intro = "一项协作坚持了三十年，两地干部群众一起，把昔日的荒滩变成了如今的产业园。"
    more = "三十而立，风华正茂。站在新的起点上，两地又签下了新一轮的合作协议。"
    # (paragraphs set tight, a blank line only around a part's heading: the heading stands apart)
    other = "村里的书屋上月开门，藏书两千多册，每到周末，孩子们就来这里读书写作业，家长们也常来借书。"
    lines = ["乡村书屋开门迎客", "", "本报记者  林  舟", "", *indented_cut([other], NARROW), ""]
    lines += [
        "东西协作三十年",
        "",
        "山海相连共前行",
        "",
        "■ 本报记者  秦  川  钟  远",
        "",
        *indented_cut([intro], WIDTH),
        *indented_cut([more], WIDTH),
        "",
    ]
    for heading, paragraph in PARTS:
        lines += [heading, "", *indented_cut([paragraph], WIDTH), ""]
    lines += ["老街告别“看海”的日子", "", "本报记者  钟  远", ""]
    lines += indented_cut(
        ["入夏以来的几场大雨，改造过的路段没有再出现积水，老人们撑把伞就能去买菜。"], NARROW
    )
    return "\n".join(lines) + "\n"


def test_parts_headed_by_comma_pairs_of_one_shape_stay_in_their_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == ["乡村书屋开门迎客", "山海相连共前行", "老街告别“看海”的日子"]
    paragraphs = articles[1].paragraphs
    for heading, paragraph in PARTS:
        assert paragraphs[paragraphs.index(heading) + 1] == paragraph


def test_a_brief_signed_by_its_own_reporter_is_no_part() -> None:
    """A brief under a heading of the same shape, its text closed by its own reporter's name in
    brackets (`…。（记者 常宇）`), is a story of its own: a story's parts do not sign one by one."""
    lines = [
        "东西协作三十年",
        "",
        "山海相连共前行",
        "",
        "■ 本报记者  秦  川",
        "",
        *indented_cut([PARTS[0][1]], WIDTH),
        "",
    ]
    lines += [
        "文旅融合，乡村添彩",
        "",
        *indented_cut(["西岭镇依托古村落资源发展乡村旅游，带动村民增收。（通讯员 葛菲）"], WIDTH),
        "",
    ]
    lines += [
        "科技赋能，农业增效",
        "",
        *indented_cut(["东湖镇建成智慧农业示范基地两处，覆盖面积达三万亩。（记者 常宇）"], WIDTH),
        "",
    ]
    lines += ["老街告别“看海”的日子", "", "本报记者  钟  远", "", *indented_cut([PARTS[1][1]], NARROW)]
    articles = segment("\n".join(lines) + "\n").articles
    brief = [a for a in articles if a.headline == "科技赋能，农业增效"]
    assert len(brief) == 1
    assert brief[0].paragraphs[-1].endswith("（记者 常宇）")
    assert not any("东湖镇" in p for p in articles[0].paragraphs)
