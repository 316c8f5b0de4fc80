"""A short line closed by a colon ends its paragraph on a page with no paragraph marks.

Where the extraction keeps no indent and no blank line between paragraphs, only a paragraph's last
line falls short of the column. A short line that ends on a colon (`…旅客遇到超售时` / `享有权益：`)
introduces the list under it, whose items open paragraphs of their own; the reader shows the
sentence with its colon as one paragraph and each item under it as another.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 30  # fifteen characters a line
PARAGRAPHS = [
    "民航部门近日发布新规，明确旅客遇到超售时享有权益：",
    "知情权。购票、值机、登机全流程，航空公司都应当主动告知航班超售的可能。",
    "自愿选择权。航空公司应当先征集自愿放弃座位的旅客，并给予相应补偿。",
    "优先登机权。老人、孕妇和带婴儿的旅客可以优先登机，不被拒绝登机。",
]


def test_a_short_line_closed_by_a_colon_ends_its_paragraph() -> None:
    lines = ["航班超售旅客有权益", "", "本报记者  韩  鑫", ""]
    for paragraph in PARAGRAPHS:
        lines += cut(paragraph, WIDTH, 0)
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.paragraphs == PARAGRAPHS


def test_a_colon_over_a_number_pushed_down_whole_goes_on() -> None:
    # the line broke short only because a telephone number cannot be split: the sentence goes on
    page = """市民卡服务网点延长办理时间

本报讯（记者王丹）从下月
起，市民卡服务中心各网点将延
长办理时间，工作日晚间开放至
八点，周末全天开放，方便上班
族办理业务。
据介绍，此次调整涉及全市
二十六个服务网点，市民可通过
手机应用提前预约，减少排队等
候的时间。市民如有疑问，可拨
打服务热线咨询：
0571-87654321。
服务中心负责人说，网点还
将增设自助服务终端，提供挂失、
补卡和信息变更等常用业务，详
情可登录官网查询：
www.hzsmk.gov.cn。
此外，部分网点还将试点上
门服务，为行动不便的老人办理
业务。
"""
    (article,) = segment(page).articles
    assert (
        article.paragraphs[1]
        == "据介绍，此次调整涉及全市二十六个服务网点，市民可通过手机应用提前预约，减少排队等候的时间。"
        "市民如有疑问，可拨打服务热线咨询：0571-87654321。"
    )
