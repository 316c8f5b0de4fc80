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
