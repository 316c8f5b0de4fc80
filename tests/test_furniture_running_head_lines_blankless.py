"""A running head printed over three lines (page number, section, date) at the top of a page that
has no blank lines at all (a page of thirty lines or more).

On such a page blank lines are put back around title-like lines before it is cut into blocks; the
section's name alone on its line looks like one. It stays with the rest of the running head: the
reader lists it as the page's section, not as the first story's kicker.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

COLUMN = 12
HEADLINE = "老旧小区加装电梯提速"
SECOND = "山区公路通到家门口"
TEXTS = [
    "今年以来，全市老旧小区加装电梯工作明显提速，已有两百多部电梯投入使用，居民上下楼方便了许多。",
    "有关部门表示，将继续简化审批流程，加大补贴力度，让更多老人圆了电梯梦。",
    "不少小区还同步改造了楼道照明和无障碍坡道，居民们说，住了几十年的老房子焕发了新模样。",
]
OTHER = [
    "一条条硬化公路通到了山区群众家门口，农产品运得出去，游客也走得进来，村里的日子越过越红火。",
    "当地还建起了农村客运站点，群众出行更加便捷。",
    "下一步，当地将推进公路沿线的绿化和养护，让山区群众走上平安路、致富路。",
]


def test_a_running_head_over_three_lines_stays_furniture_on_a_page_without_blank_lines() -> None:
    lines = ["7", "要闻", "2026年1月2日  星期五", HEADLINE, "本报记者  周  明"]
    for paragraph in TEXTS:
        lines += chop("\u3000\u3000" + paragraph, COLUMN)
    lines += [SECOND, "本报记者  郑  岚"]
    for paragraph in OTHER:
        lines += chop("\u3000\u3000" + paragraph, COLUMN)
    result = segment("\n".join(lines) + "\n")
    assert [(a.kicker, a.headline) for a in result.articles] == [(None, HEADLINE), (None, SECOND)]
    assert result.meta.section == "要闻"
    assert result.meta.date == "2026-01-02"
