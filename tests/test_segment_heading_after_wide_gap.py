"""A headline printed after its text under a wider gap than the page's narrowest.

The extraction may leave one blank line or two between a story's last line and its headline printed
after it, as it does between one story and the next: there the gap's width tells little. A signed
commentary (its writer's name at the top, a note on the writer closing its text), two blank lines,
then its headline closed by the column's name, two blank lines and a news photo: the headline is the
commentary's, not the photo's title, and the commentary is no story without a headline.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 48  # twenty-four characters a line
STORY = [
    "8月28日晚，河州市长安镇的党员干部挨家挨户上门，动员住在河道边的村民转移到安置点。",
    "第二天下午，干部和民警再次组织转移，把大家送往镇上的民宿，床铺都已铺好，热饭热菜也很快端了上来。",
]
COMMENTARY = [
    "工业设计是制造业实现高质量发展的重要战略支点，坚持以用户为中心的设计思维，使制造业逐步从生产导向转向需求导向。",
    "把传统文化基因融进生产制造环节中，将不断提升中国制造的文化辨识度和品牌价值。",
    "（作者为河州市工业文化发展中心研究员）",
]
HEADLINE = "塑造独具特色的中国工业美学（专家点评）"
CAPTION = "9月2日，河州市东湖一处海上风电场，运维船只在风机间穿行。  新华社记者  季春鹏摄"


def test_a_headline_under_a_wider_gap_closes_the_commentary_above() -> None:
    lines = [
        "■ 本报记者  卞民德",
        "",
        *set_apart(STORY, WIDTH, 0),
        "欧  爽",
        "",
        *set_apart(COMMENTARY, WIDTH, 0),
    ]
    lines += ["", HEADLINE, "", "", CAPTION]
    articles = segment("\n".join(lines) + "\n").articles
    commentary = next(a for a in articles if a.paragraphs and a.paragraphs[0] == COMMENTARY[0])
    assert (commentary.headline, [a.name for a in commentary.authors]) == (HEADLINE, ["欧爽"])
    photo = articles[-1]
    assert (photo.kind, photo.headline) == ("photo", None)
