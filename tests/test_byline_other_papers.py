"""A byline naming another paper's or site's reporter (`人民日报记者 X`, `《X》记者 Y`, `人民网记者 X`) is
a byline as `本报记者 X` is; one signing for a paper (`本报评论员`) is a byline naming no one; a name
parted by `·` is a name however long its parts; and a box headed `本报记者手记` (the reporter's notes) names
no one."""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page

_OTHER_PAPERS = [
    "人民日报记者  张  三",
    "经济日报记者 张三",
    "光明日报  记者  张三",
    "人 民 日 报 记 者 张 三",  # (letter-spaced by a scan)
    "《环球人物》记者  张  三",  # (a magazine named in its title marks)
    "中国青年报记者 张三",
    "环球时报记者 张三",
    "人民网记者  张  三",  # (a news site's)
    "央视网记者 张三",
]


@pytest.mark.parametrize("printed", _OTHER_PAPERS)
def test_another_papers_reporter_heads_the_story_as_its_byline(printed: str) -> None:
    first = ["春耕时节田间忙", "", printed, "", *body(BODY_A, 30)]
    text = page(first, "便民利企举措落地见效", "本报记者  尹腾淑", body(BODY_B, 30))
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "春耕时节田间忙"),
        (None, "便民利企举措落地见效"),
    ]
    assert articles[0].authors == [Author("记者", "张三")]
    assert articles[0].paragraphs == BODY_A


def test_a_box_of_the_reporters_notes_stays_in_the_story_and_names_no_one() -> None:
    """`本报记者手记` between two paragraphs of a story heads a box of the reporter's notes: the
    story stays one, with its byline's reporter only, and the box's heading is one of its paragraphs."""
    text = page(
        "春耕时节田间忙",
        "本报记者  何  平",
        body(BODY_A[:2], 30),
        "本报记者手记",
        body(BODY_A[2:], 30),
        "便民利企举措落地见效",
        "本报记者  尹腾淑",
        body(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["春耕时节田间忙", "便民利企举措落地见效"]
    assert articles[0].authors == [Author("记者", "何平")]
    assert articles[0].paragraphs == [*BODY_A[:2], "本报记者手记", *BODY_A[2:]]


@pytest.mark.parametrize(
    "printed", ["本报评论员", "■ 本报评论员", "人民日报评论员", "本报特约评论员", "本报评论部"]
)
def test_a_commentary_signed_for_the_paper_keeps_its_headline(printed: str) -> None:
    """A commentary signed for the paper (`本报评论员`) under its headline: the signature is its
    byline, naming no one, and the headline stays the headline (not the signature's kicker)."""
    first = ["读书是一种修养", "", printed, "", *body(BODY_A, 30)]
    articles = segment(page(first, "便民利企举措落地见效", "本报记者  尹腾淑", body(BODY_B, 30))).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "读书是一种修养"),
        (None, "便民利企举措落地见效"),
    ]
    assert articles[0].byline == printed.lstrip("■ ")
    assert articles[0].authors == []
    assert articles[0].paragraphs == BODY_A


def test_a_reporter_whose_name_is_parted_by_a_middle_dot_is_named_whole() -> None:
    """A Uyghur reporter's name, its parts joined by `·` and longer than six letters, in a byline
    and in a dateline's brackets: the reporter is named whole, and the story keeps its headline."""
    first = ["春耕时节田间忙", "", "本报驻新疆记者  阿依古丽·艾合买提", "", *body(BODY_A, 30)]
    second = body(BODY_B, 30, "本报乌鲁木齐3月5日电  （记者阿卜杜拉·买买提）")
    articles = segment(page(first, "便民利企举措落地见效", second)).articles
    assert [a.headline for a in articles] == ["春耕时节田间忙", "便民利企举措落地见效"]
    assert articles[0].authors == [Author("记者", "阿依古丽·艾合买提")]
    assert articles[1].authors == [Author("记者", "阿卜杜拉·买买提")]


def test_a_commentary_signed_for_the_paper_keeps_its_signature_wherever_its_headline_stands() -> None:
    """The same commentary under a photo's caption, and with its headline printed after its text:
    `本报评论员` is its byline each time, and the story is one of its own."""
    caption = ["市民在新建的滨湖步道上晨练。", "新华社记者  周  明摄", ""]
    story = ["春耕时节田间忙", "", "本报记者  何  平", "", *body(BODY_A, 30)]
    under_photo = page(story, caption, "读书是一种修养", "本报评论员", body(BODY_C, 30))
    second = ["读书是一种修养", "", "本报记者  尹腾淑", "", *body(BODY_B, 30)]
    headline_after = page("本报评论员", body(BODY_C, 30), second)
    for text in (under_photo, headline_after):
        articles = [a for a in segment(text).articles if a.kind == "article"]
        (commentary,) = [a for a in articles if a.headline == "读书是一种修养"]
        assert commentary.byline == "本报评论员"
        assert commentary.paragraphs == BODY_C


def test_a_commentary_signed_for_the_paper_and_by_a_reporter_keeps_its_headline() -> None:
    """`本报评论员` with a reporter's line under it, set apart: both sign the commentary, whose
    headline stays the line over them."""
    text = page("读书是一种修养", "本报评论员", "本报记者  尹腾淑", body(BODY_C, 30))
    text += page("春耕时节田间忙", "本报记者  何平", body(BODY_A, 30))
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["读书是一种修养", "春耕时节田间忙"]
    assert articles[0].authors == [Author("记者", "尹腾淑")]
    assert articles[0].paragraphs == BODY_C


@pytest.mark.parametrize(
    "headline",
    [
        "纽约时报记者遭驱逐",
        "《华盛顿邮报》记者被捕",
        "中国青年报记者走基层",
        "经济日报记者走基层",
        "人民网记者探访冰雪小镇",
    ],
)
def test_a_headline_opening_with_another_papers_reporter_stays_the_headline(headline: str) -> None:
    """A headline that opens with another publication's name and a role word (`X时报记者遭驱逐`) names
    no one after them: it heads its story over the story's own byline, which names its reporter."""
    text = page(headline, "本报记者  王小明", body(BODY_A, 30), "便民利企举措落地见效", body(BODY_B, 30))
    first = segment(text).articles[0]
    assert (first.headline, first.authors) == (headline, [Author("记者", "王小明")])


@pytest.mark.parametrize("kicker", ["人民网记者黄河行", "新华网记者黄河行"])
def test_a_kicker_naming_a_reporters_journey_stays_the_kicker(kicker: str) -> None:
    """A series' kicker that opens with a news site's reporter and runs on with no gap
    (`X网记者黄河行`: the reporter's journey along a river) is no byline: the story keeps its kicker,
    its headline and its own byline's reporter."""
    first = [kicker, "", "沿黄湿地候鸟翩跹", "", "本报记者  王  平", "", *body(BODY_A, 30)]
    articles = segment(page(first, "便民利企举措落地见效", "本报记者  尹腾淑", body(BODY_B, 30))).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (kicker, "沿黄湿地候鸟翩跹"),
        (None, "便民利企举措落地见效"),
    ]
    assert articles[0].authors == [Author("记者", "王平")]
