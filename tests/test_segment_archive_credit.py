"""A photo from the paper's files is credited `资料图片`: alone on the line under its caption, or at the
caption's end after its last sentence. It closes the caption as a photographer's credit does, and a
caption it closes over a story's heading that tells what the story tells is that story's, whether
the story's byline is printed plain or with a marker (`■ 本报记者 X`). Small hand-made pages.
"""

from __future__ import annotations

from reader.page.credits import split_credit
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_B, BODY_C, body, page

# (in its own words: it shares a few of the story's terms, no sentence)
CAPTION = "工作人员在综合窗口为前来办事的企业代表核对开办材料。"


def _page(credit: list[str], byline: str) -> str:
    return page(
        "读书的意义",
        "本报记者  刘  桐",
        body(BODY_C, 16),
        [*cut(CAPTION, 30), *credit, ""],
        "便民利企举措落地见效",
        byline,
        body(BODY_B, 16),
    )


def test_an_archive_credit_is_split_off_its_caption_as_a_credit() -> None:
    """`资料图片` after the caption's last sentence, or on its own line, is the photo's credit; the
    same words run on from a sentence are not."""
    assert split_credit("工人在车间里检修设备。  资料图片")[0] == "工人在车间里检修设备。"
    assert split_credit("资料图片")[1] is not None
    assert split_credit("工人在车间里检修设备。（资料图片）")[0] == "工人在车间里检修设备。"
    assert split_credit("他们查阅了大量资料图片")[1] is None


def test_a_caption_credited_to_the_files_over_a_heading_telling_its_story_is_that_storys() -> None:
    """A caption closed by `资料图片` on its own line, between one article's text and the next one's
    heading, telling of what the next article tells: that article's photo, printed above its
    heading, with its credit line as printed — not a photo standing alone."""
    articles = segment(_page(["资料图片"], "本报记者  何  平")).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "读书的意义"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == BODY_C
    assert articles[1].paragraphs == [CAPTION, "资料图片", *BODY_B]


def test_a_marked_byline_under_the_heading_is_no_caption_of_the_storys_own() -> None:
    """The same page with the story's byline printed with a marker (`■ 本报记者 X`): a byline, not
    the story's own captions printed under its heading, so the caption above it is still read
    against the story's words."""
    articles = segment(_page(["本报记者  王军豪摄"], "■ 本报记者  何  平")).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "读书的意义"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs == [CAPTION, "本报记者  王军豪摄", *BODY_B]
    assert [a.name for a in articles[1].authors] == ["何平"]
