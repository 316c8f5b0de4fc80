"""A photo's caption set across columns, run on with no blank line under a story's last paragraph.

A caption printed under a photo spans wider than the text's column. Where extraction loses the
blank line over it, its first line follows the story's last sentence right away. No line of a
column's text runs wider than the column, so the wide line opens the caption, closed by its credit
under it: the story keeps its own paragraphs, and a photo telling of something else stands alone.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

TEXT = [
    "本报杭州5月6日电  （记者孔岚）记者从杭州市市场监管部门了解到：即日起，外卖商户须公示电子营业执照。",
    "市民点开店铺首页，就能查验商户的证照信息，发现问题可一键举报。",
]
CAPTION = "内蒙古阿尔山林区，护林员正在林间巡查防火隔离带。"
NEXT = ["入夏以来，山区的民宿陆续迎来客流高峰，不少村民把自家老屋改成了特色客栈，生意越做越红火。"]


def _page() -> str:
    lines = ["外卖商户须亮证经营"]
    for paragraph in TEXT:
        lines += chop(paragraph, 12)
    lines += chop(CAPTION, 17) + ["岳  川摄"]
    lines += ["山里的民宿火起来（乡村行）", "本报记者  朱  原"]
    for paragraph in NEXT:
        lines += chop(paragraph, 12)
    return "\n".join(lines) + "\n"


def test_a_wide_caption_under_a_finished_text_is_no_paragraph_of_it() -> None:
    articles = segment(_page()).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "外卖商户须亮证经营"),
        ("photo", None),
        ("article", "山里的民宿火起来（乡村行）"),
    ]
    assert articles[0].paragraphs == [TEXT[0].split("  ", 1)[1].split("）", 1)[1], TEXT[1]]
    assert articles[1].paragraphs == [CAPTION]
    assert [a.name for a in articles[1].authors] == ["岳川"]
