"""A photo printed over a story's heading whose caption tells what the story's editor's note tells
(`编者按：…`, a box opening its text) is that story's: the box is the story's text too."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, body, page

CAPTION = "3月2日，山区小学的孩子们在新建成的塑胶操场上奔跑。"


def test_a_caption_over_a_heading_sharing_the_words_of_its_editors_note_is_that_storys() -> None:
    """Under one story's text, a caption and its credit line, then the next story's headline,
    byline and an editor's note telling of the same playground: the photo is that story's, printed
    above its heading (not a photo standing alone, not the story above's)."""
    text = page(
        "春耕备耕忙",
        "本报记者  刘  桐",
        body(BODY_A, 30),
        CAPTION,
        "本报记者  王晓明摄",
        "山区小学有了新操场（民生一线）",
        "本报记者  赵立新",
        [
            "编者按：3月2日，山区小学新建成的塑",
            "胶操场正式启用，孩子们第一次在操场",
            "上奔跑。新操场由乡里筹资建设。",
            "",
        ],
        body(
            [
                "今年三月，乡里筹集资金对学校操场进行改造，铺设了跑道，新建两个篮球场。",
                "校长说，过去一下雨操场就成了泥塘，体育课只能在教室里上，孩子们盼了好多年。",
            ],
            30,
        ),
    )
    articles = segment(text).articles
    school = next(a for a in articles if a.headline == "山区小学有了新操场（民生一线）")
    assert CAPTION in school.paragraphs
    assert not any(CAPTION in p for a in articles if a is not school for p in a.paragraphs)
