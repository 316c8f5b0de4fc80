"""Photos printed at the top of the page, credited to the reporter of a story further down.

A page may print several stories' photos in a row at its top. A series of photos credited to one
story's own reporter (`以上图片均为本报记者X摄`) is that story's even where its captions share few words
with its text: the reader shows them at the head of that story, the series whole, not with the
first story on the page.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

FIRST_TEXT = [
    "今年以来，城南街道在老旧小区加装电梯四十多部，不少老人第一次坐着电梯回家。",
    "街道还组织志愿者上门，帮助行动不便的老人办理加装手续。",
]
SECOND_TEXT = [
    "连日来，黄河岸边的枸杞园里一片繁忙，种植户们趁着晴好天气抢摘鲜果，晾晒后销往全国各地。",
    "合作社负责人说，今年新引进的品种颗粒饱满，收购价比去年高出不少。",
]
SERIES = ["图①：采摘季的果农脸上洋溢着笑容。", "图②：刚刚晾晒好的红果装箱待运。"]


def _page() -> str:
    lines = ["城市  6", "2026年8月8日  星期六", ""]
    lines += ["城南街道老旧小区加装的电梯投入使用，老人坐着电梯回家。", "钟  岩摄", ""]
    lines += [SERIES[0], SERIES[1] + "  以上图片均为本报记者  唐  牧摄", ""]
    lines += ["老小区装上了新电梯（民生一线）", "本报记者  苏  晴", ""]
    for paragraph in FIRST_TEXT:
        lines += chop("\u3000\u3000" + paragraph, 16)
    lines += ["", "枸杞红了  日子甜了", "本报记者  唐  牧", ""]
    for paragraph in SECOND_TEXT:
        lines += chop("\u3000\u3000" + paragraph, 16)
    return "\n".join(lines) + "\n"


def test_a_top_photo_series_credited_to_a_later_storys_reporter_heads_that_story() -> None:
    first, second = segment(_page()).articles
    assert first.headline == "老小区装上了新电梯（民生一线）"
    assert first.paragraphs[:2] == ["城南街道老旧小区加装的电梯投入使用，老人坐着电梯回家。", "钟  岩摄"]
    assert not any(p.startswith("图") for p in first.paragraphs)
    assert second.headline == "枸杞红了 日子甜了"
    assert second.paragraphs[0] == SERIES[0]
    assert second.paragraphs[1].startswith(SERIES[1])
    assert second.paragraphs[-len(SECOND_TEXT) :] == SECOND_TEXT
