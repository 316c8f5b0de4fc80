"""A speaker's kicker set wider than the column and wrapped onto a second line closed by `——`
(the speaker's post over their name), over the headline of what they said: one kicker, since no
line of text runs wider than its column (see `reader.page.kickers.kicker_wrapped_to_dash`). Before,
the wide line alone was the kicker and the name the headline."""

from __future__ import annotations

from reader.page.segment import segment

PAGE = """读者来信   ２０２６年３月１日　星期日   1

某市日报社记者王平（右）在采访手艺人制作。 ■ 李  明摄

议 事 厅

某某省某某交通投资集团有限公司党委书记、董事长
张长河代表——
完善现代化综合交通运输体系

公路水路连接城市和乡村、省内和省外，
贯穿生产、分配、流通、消费各环节，
是畅通经济循环的重要支撑。截至目前，
全省公路通车里程超过二十万公里、高速
公路里程达八千多公里，助力人畅其行、
物畅其流。

今年，交通部门将积极探索干线公路、
城际铁路、市域铁路、城市公交“四网”
融合发展路径，持续完善区域路网布局，
提升综合运输服务能力，为高质量发展
提供更加坚实的交通支撑。

（本报记者王小五采访整理）

某某省某某电力有限公司党委书记、董
事长李海涛代表——
推进能源绿色低碳转型

　　当前，全省实现碳达峰目标已进
入攻坚期。各地在推进碳达峰中形成
了鲜明的优势。电力公司立足推进能
源绿色低碳转型，积极融入碳业务体
系建设，为全省碳达峰提供坚实的技
术和数据支撑。
"""


def test_a_kicker_set_wider_than_the_column_and_wrapped_to_its_dash_is_one_kicker() -> None:
    story = next(a for a in segment(PAGE).articles if a.kicker and "张长河" in a.kicker)
    assert story.headline == "完善现代化综合交通运输体系"
    assert story.kicker.endswith("董事长张长河代表")
