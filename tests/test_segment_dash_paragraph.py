"""A paragraph that opens with a dash, right under a subhead, is the story's text, not a subtitle.

A story in parts may open a part's first paragraph with a dash (`——` leading an aside or a list's
item), set tight under the part's subhead. The dash line fills the column and its sentence goes on
in the line under it, as a paragraph's lines do; a subtitle under a headline wraps, if at all, onto a
line with no sentence in it. The reader keeps the part, its subhead and its text in the story; a
story of its own still opens under it.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut, set_apart

WIDTH = 28  # fourteen characters a line
HEADLINE = "旧厂房里的读书角"
INTRO = [
    "城东那片旧厂房空了好几年，入冬前几天，街道把其中一间收拾出来，摆上书架和长桌，办起了读书角。"
    "开放头一个月，来的多是附近的老人，后来放学的孩子也常来写作业。",
    "管理员是一位退休的语文老师，她每周排一次读书会，选的书从菜谱到游记都有，来的人越坐越满。",
]
SUBHEAD = "借书不用押金"
# (the dash line fills the column, and its sentence ends in the line under it)
DASHED = (
    "——读书角的书大多是居民捐来的，借阅全靠自觉登记。"
    "翻过一年，登记本写满了三本，书架上的书不但没少，反而多了两排。"
)
OTHER_HEADLINE = "河滩上的夏夜音乐会"
OTHER = [
    "傍晚的河滩上支起了简易舞台，附近的乐手们轮番登台，有人拉二胡，有人弹吉他，围观的人越聚越多。",
    "组织者说，音乐会每周六晚上举办，报名的乐手已经排到了下个月。",
]


def _page() -> str:
    lines = [HEADLINE, "", "本报记者  柯  明", "", *set_apart(INTRO, WIDTH, 0)]
    lines += [SUBHEAD, *cut(DASHED, WIDTH, 0), ""]  # (the subhead set tight over its part's text)
    lines += [OTHER_HEADLINE, "", "本报记者  钟  远", "", *set_apart(OTHER, WIDTH, 0)]
    return "\n".join(lines) + "\n"


def test_the_dash_line_fills_its_column_and_runs_on() -> None:
    dash_line = cut(DASHED, WIDTH, 0)[0]
    assert dash_line.startswith("——") and len(dash_line) * 2 == WIDTH


def test_a_part_opening_with_a_dash_stays_in_its_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert articles[0].headline == HEADLINE
    assert not articles[0].subtitle
    assert articles[0].paragraphs[-2:] == [SUBHEAD, DASHED]


def test_the_next_story_still_opens_under_it() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, OTHER_HEADLINE]
    assert articles[1].paragraphs == OTHER
