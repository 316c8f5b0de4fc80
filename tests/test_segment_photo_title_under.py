"""A photo's title printed under its caption and credit: a title line whose words are the caption's
(and not the text's of the story above or below) is the photo's own title, not the next story's
kicker."""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_captions import indented
from tests.test_segment_conventions import BODY_A, BODY_B, page

CAPTION = "江西省某市青山湖畔，清晨的湖面薄雾缭绕，市民在新建的滨湖步道上晨练。图为市民沿湖慢跑。"
CREDIT = "新华社记者周明摄"
TITLE = "青山湖畔市民晨练"


@pytest.mark.parametrize("credit_apart", [False, True])
def test_a_title_under_a_photo_naming_its_caption_is_the_photo_title(credit_apart: bool) -> None:
    """Between two stories, a caption closed by its credit (at its end, or on a line of its own)
    and, under it, a title line sharing the caption's words, then the next story's headline over
    its text: the title line is the photo's, and the next story has no kicker."""
    caption = [*cut(CAPTION, 30), CREDIT, ""] if credit_apart else [*cut(CAPTION + "  " + CREDIT, 30), ""]
    text = page(
        "春耕备耕忙",
        indented(BODY_A, 36, "本报北京3月5日电  （记者刘桐）"),
        caption,
        TITLE,
        "便民利企举措落地见效",
        indented(BODY_B, 36),
    )
    articles = segment(text).articles
    assert [(a.kind, a.kicker, a.headline) for a in articles] == [
        ("article", None, "春耕备耕忙"),
        ("photo", None, TITLE),
        ("article", None, "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs == [CAPTION]
    assert articles[1].authors == [Author("记者", "周明")]


# the page's top: a photo, a short title, a photo telling the story under it, that story, then a
# story set in a narrower column
TWO_PHOTOS_PAGE = """\
2026 年 3 月 6 日  星期五  要闻  2

3月 5 日，一群白鹭在湿地公园
的浅滩上觅食嬉戏。
本报记者  周  明摄

远方的风景

3月 5 日，南昌市新建的滨湖步道正式开放，市民沿湖晨练，享受
清晨时光。

王  海摄

南昌滨湖步道正式开放迎客

本报南昌 3 月5日电  3月5日，南昌市新建的滨湖步道正式开放
迎客，市民沿湖晨练，享受清晨时光。

步道全长十二公里，串联起沿湖多个公园和广场。当地有关部门
介绍，步道建设坚持生态优先，尽量保留原有植被，沿线新增休息
驿站和观景平台，方便市民游客休憩。下一步，还将完善夜间照明
和标识系统，让步道成为市民家门口的好去处。

某县盘活乡村闲置校舍

老校舍变身乡村图书馆（乡村振兴）

■ 本报记者 何  平

核心阅读

今年以来，某县把闲置的乡村校舍改造成
图书馆，配齐图书和桌椅，免费向村民开
放。

一所老校舍，能派上什么用场？

记者走进某县东坡村的图书馆，宽敞的阅
览室里，书架排列整齐，几位村民正在专
心读书；墙上挂着村里的老照片，记录着
村庄的变迁。

今年以来，某县盘活闲置校舍十余处，改
造成图书馆、活动室，让村民在家门口就
能读书看报。县里还组织志愿者定期开展
读书活动，吸引不少孩子前来参加。

“以前晚上没地方去，现在吃完饭就来看
看书。”村民老李说。

"""


def test_a_title_between_two_photos_is_not_the_title_of_the_photo_telling_the_story_under_it() -> None:
    """The page opens with a photo (caption, credit), a short title line, then a second photo whose
    caption tells what the story under it tells, then that story's headline and text: the story's
    photo is printed over its heading and carries no title of its own, so the title line is the
    first photo's, printed under it, and the second photo opens the story."""
    articles = segment(TWO_PHOTOS_PAGE).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("photo", "远方的风景"),
        ("article", "南昌滨湖步道正式开放迎客"),
        ("article", "老校舍变身乡村图书馆（乡村振兴）"),
    ]
    assert articles[1].paragraphs[0].startswith("3月5日，南昌市新建的滨湖步道正式开放，")
