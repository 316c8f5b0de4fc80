"""Two headlines set one right under the other between two texts, the upper naming the story above
(its headline printed after its body) and the lower, closed by a column's name (`…（X）`), the story
below: they are two stories' headlines, not one story's kicker and headline, even where the story
under them is followed by one headed after its body again (two changes of placement)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16


SCHOOLS = [
    "全市中小学今年将新建操场四十块，改造老旧教室三百间，让孩子们在更好的校园里读书。",
    "市教育局表示，中小学校园改造今年要加快步伐，新建操场和教室改造都要在秋季开学前完成。",
]
MARKET = [
    "本报讯  记者林木报道：  城郊菜市场今年完成改造，摊位统一规划，菜价每天公示，市民买菜更方便。",
    "菜市场改造以后，管理处每天检查摊位卫生，菜市场地面干净整齐，买菜的市民越来越多。",
]
BRIDGE = [
    "江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟，过江的市民都说方便多了。",
    "大桥通车当天，江城不少市民早早来到桥头，看着第一批车辆驶过大桥，大家都很高兴。",
]


def test_a_headline_closed_by_its_column_name_under_another_story_heading_opens_its_story() -> None:
    """A story headed after its body, its headline, right under it the next story's headline with
    its column's name and that story's text (opening with its dateline), then a third story headed
    after its body: three stories, each under its own headline."""
    lines = [
        *(line for p in SCHOOLS for line in chop("　　" + p, _WIDTH)),
        "",
        "中小学校园改造要加快步伐",
        "菜市场改造让市民买菜更方便（民生聚焦）",
        "",
        *(line for p in MARKET for line in chop("　　" + p, _WIDTH)),
        "",
        *(line for p in BRIDGE for line in chop("　　" + p, _WIDTH)),
        "",
        "江城跨江大桥通车",
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "中小学校园改造要加快步伐"),
        (None, "菜市场改造让市民买菜更方便（民生聚焦）"),
        (None, "江城跨江大桥通车"),
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2, 2]
    assert articles[1].paragraphs[0].startswith("城郊菜市场")
