"""A feature set in parts, each part under a label word and its own subhead (`新场地` / `巧用…`).

A long feature tags its parts alike: a short label of a few characters, then the part's subhead,
then its text. A part may tell of another place and share few words with the one before it. The
second label and subhead are no new story's kicker and headline: no byline or dateline stands under
them, and the story above labelled its first part the same way. The reader keeps the parts in one
story.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 32  # sixteen characters a line
OPENING = [
    "入汛以来，河州市各村把党群服务中心改成避险安置点，暴雨来临前把住在低洼地带的老人接到安置点，"
    "床铺、饮水和药品一应俱全。",
]
FIRST = [
    "烈日下，河州市北山镇东坡村的党群服务中心一层改成了避险安置点，床铺、饮水和药品一应俱全。",
    "村干部介绍，暴雨来临前，住在低洼地带的老人会被提前接到这里，雨停后再送回家中。",
]
SECOND = [
    "前不久，强降雨逼近南湾区时，二十多架无人机沿着河道和山林升空巡查，把险情画面实时传回指挥中心。",
    "值班人员根据画面调度抢险队伍，一处塌方点在半小时内得到处置。",
]
NEXT = ["本报河州8月11日电  （记者刘青）河州市公共法律服务中心近日启用，市民可在一处办理公证和法律咨询。"]


def test_parts_under_labels_of_one_length_stay_one_story() -> None:
    lines = ["防汛有新招", "", "本报记者  王  洲", "", *set_apart(OPENING, WIDTH, 0)]
    lines += ["新场地", "", "巧用存量建筑，建设避险高地", "", *set_apart(FIRST, WIDTH, 0)]
    lines += ["新技术", "", "智能监测隐患，迎战强降雨", "", *set_apart(SECOND, WIDTH, 0)]
    lines += ["法律服务进社区", "", *set_apart(NEXT, WIDTH, 0)]
    story, other = segment("\n".join(lines) + "\n").articles
    assert story.headline == "防汛有新招"
    assert story.paragraphs[-len(SECOND) :] == SECOND
    assert "新技术" in story.paragraphs
    assert other.headline == "法律服务进社区"


def test_a_short_kicker_under_a_labelled_story_opens_the_next() -> None:
    # parts labelled `现状`, `难题`, `出路`, then the next story's kicker `民生`, as long as those
    # labels, over its headline: a kicker, sharing no opening word with the labels
    page = """深夜食堂点亮城市烟火气

本报记者  王  丹

入夜后的老城区，街边的小
吃摊陆续亮起灯来，食客们三五
成群，城市的烟火气在夜色中升
腾。

现状

在南门夜市，摊主老陈已经
在这里经营了十二年。他说，近
两年客流明显增多，周末常常要
忙到凌晨。

难题

不过，油烟、噪声和占道经
营等问题也随之而来，附近居民
多次反映夜间休息受到影响。

出路

对此，街道引导摊主统一安
装油烟净化设备，并划定经营时
段和区域，兼顾商户和居民的需
求。

民生

城郊新建三所公办幼儿园

今年城郊将新建三所公办幼
儿园，新增学位一千余个，预计
明年秋季投入使用。

据了解，三所幼儿园均按省
级示范园标准建设，配有户外活
动场地和多功能教室。
"""
    story, other = segment(page).articles
    assert story.headline == "深夜食堂点亮城市烟火气"
    assert (other.kicker, other.headline) == ("民生", "城郊新建三所公办幼儿园")
