"""A titled news photo whose caption runs to two paragraphs, its credit on a line of its own.

A photo printed alone often tells the scene in one paragraph and its background in a second, then
the photographer's credit (`X摄（影像中国）`). It is a photo, credited to its photographer, with both
paragraphs as its caption, not an article with the credit as its last paragraph. A report opening
with a dateline, closed by its photo's credit, stays an article.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 36  # eighteen characters a line
COMMENTARY = [
    "小区停车难怎么破",
    "",
    "王  浩",
    "",
    *cut(
        "老旧小区车位少、车辆多，停车难是不少居民的烦心事。破解这道难题，既要挖掘存量空间，也要用好错时共享。",
        WIDTH,
        0,
    ),
]
SCENE = "6月2日，河州市东湖街道金元社区养老服务站，志愿者为老年人送餐。"
BACKGROUND = (
    "东湖街道立足基层治理实际，对接老年群体、新就业群体和辖区居民的多元需求，"
    "依托社区服务阵地，做实便民服务、暖心帮扶各项工作，不断提升居民获得感。"
)


def _page(first: str, second: str) -> str:
    lines = [
        "便民服务惠邻里",
        "",
        *cut(first, WIDTH, 0),
        "",
        *cut(second, WIDTH, 0),
        "",
        "刘小川摄（影像中国）",
        "",
    ]
    return "\n".join(lines + COMMENTARY) + "\n"


def test_a_two_paragraph_caption_over_its_credit_is_one_photo() -> None:
    photo, commentary = segment(_page(SCENE, BACKGROUND)).articles
    assert photo.kind == "photo"
    assert photo.headline == "便民服务惠邻里"
    assert [(a.role, a.name) for a in photo.authors] == [("", "刘小川")]
    assert photo.paragraphs == [SCENE, BACKGROUND]
    assert commentary.headline == "小区停车难怎么破"


def test_a_dated_report_closed_by_its_photos_credit_stays_an_article() -> None:
    article, _ = segment(_page("本报河州6月2日电  " + SCENE, BACKGROUND)).articles
    assert article.kind == "article"
    assert article.paragraphs[-1] == "刘小川摄（影像中国）"


def test_a_signed_story_closed_by_its_photos_credit_stays_an_article() -> None:
    signed = BACKGROUND + "（通讯员 张晓）"
    article, _ = segment(_page(SCENE, signed)).articles
    assert article.kind == "article"
