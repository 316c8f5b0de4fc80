"""Captions printed over a heading that tell what the story under it tells are that story's.

A caption says what its photo shows, and the story printed with it tells of the same people and
places; a photo standing alone tells of something else. One small hand-made page.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_B, BODY_C, body, page

CAPTION = "在政务服务大厅，前来办事的群众在综合窗口一次提交全部材料。"


@pytest.mark.parametrize(
    "caption",
    [CAPTION, "一位老人在窗口提交申请材料。"],
    ids=["a-sentence-of-the-storys-words", "short-in-its-own-words"],
)
def test_a_caption_over_a_heading_that_tells_the_story_under_it_is_that_storys(caption: str) -> None:
    """A caption set wide between one article's text and the next one's heading, whose words are
    those of the next article's text (and none of the text above): the next article's photo,
    printed above its heading, not a photo standing alone nor a caption after the text above. A
    short caption in its own words (no sentence of the story's) shares only a few of the story's
    terms (`窗口`, `提交`, `材料`): three, a fair part of its few pairs, will do."""
    text = page(
        "读书的意义",
        "本报记者  刘  桐",
        body(BODY_C, 16),
        [*cut(caption, 30), "本报记者  王军豪摄", ""],
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 16),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "读书的意义"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == BODY_C
    assert articles[1].paragraphs == [caption, "本报记者  王军豪摄", *BODY_B]
