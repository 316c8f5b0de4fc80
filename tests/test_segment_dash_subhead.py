"""An in-body subhead closed by `——`, set between two paragraphs of one story.

A line that ends with `——` leads into what stands under it. Over a title line it is a kicker; right
under a paragraph that finishes its sentence and over the story's next paragraph it is a subhead:
the reader finds it in the story's text as a paragraph of its own, and the story is not cut in two
there, even where the parts on either side tell of different things (a long report's sections).
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 40  # twenty characters a line
FIRST = [
    "“车一到门口就能上，再也不用走两里山路去等车了。”清晨七点，一辆小客车停在半山腰的村口，几位老人拎着竹篮上了车。",
    "山里的村子散得开，过去一天只有一班车进出。如今县里开通了预约线路，村民前一天打个电话，第二天车就准点到门口。",
    "线路开通一年来，全县四十多个偏远村都通了车，乘客里一半以上是去镇上赶集、看病的老人。",
    "司机老周跑这条线已经八个月，哪位老人哪天要去卫生院复查，他心里都有数，遇上雨雪天还会提前打电话提醒。",
    "县交通部门介绍，下一步还将把预约线路和快递进村结合起来，让客车顺路捎带包裹，山里人网购也能送到家。",
]
SUBHEAD = "稳住产能，拓宽销路——"
AFTER = [
    "河滩边的养殖场里，工人们正把刚出水的鲈鱼分拣装箱。“订单排到了月底，冷链车每天下午来拉两趟。”负责人一边记账一边说。",
    "前几年鱼价波动大，养殖户常常丰产不丰收。去年起，几家合作社联合城区商超签下长期供货协议，价格和销量有了保障。",
    "今年一季度，合作社的销售额比去年同期增长了三成，带动周边近百户渔民在本地就业。",
    "为了让鱼卖得更远，合作社又建起了加工车间，把鲈鱼做成真空包装的半成品，通过网店发往全国各地。",
    "“以前只管养，现在还要学包装、学直播。”年轻的养殖户小吴说，他打算明年再扩建两个育苗池。",
]


def _body(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*cut(paragraph, WIDTH, first_indent=0), ""]
    return lines


def test_a_dash_subhead_between_two_paragraphs_stays_in_the_story() -> None:
    text = "\n".join(
        ["山乡共富路上的新变化", "", "本报记者  程  远", "", *_body(FIRST), SUBHEAD, "", *_body(AFTER)]
    )
    articles = [a for a in segment(text + "\n").articles if a.kind == "article"]
    assert [a.headline for a in articles] == ["山乡共富路上的新变化"]
    assert articles[0].paragraphs == [*FIRST, SUBHEAD, *AFTER]
