"""A long report set in parts may label each part with a word of two letters, letter-spaced as a
two-letter name is (`破  题`, `攻  坚`), over the part's own subhead. A name opens with a surname; a
part's label mostly does not, so such a word is no signature closing the text above it and opens no
story: the parts stay one story, each label among its paragraphs. A label that does open with a
surname (`常  态`) is still one of the set it stands in, between two labels that do not; a writer's
name signs above a story's labels or below them, never between."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import indented_cut

WIDTH = 34

PARTS = [
    (
        "破  题",
        "“先把群众最急的事办好”",
        "老城区的管网年久失修，一到雨季就有十几个路口积水。街道把排水改造排在了今年民生实事的第一位，施工队分段作业，尽量不影响居民出行。",
    ),
    (
        "攻  坚",
        "“难啃的骨头也要啃下来”",
        "最难的是一段穿过菜市场的老管道，白天人流密集，只能夜里开挖。工程负责人说，他们和摊主一户户商量，把施工时间排在凌晨，两周就完成了更换。",
    ),
    (
        "蝶  变",
        "“下雨天再也不用绕路了”",
        "入夏以来的几场大雨，改造过的路段没有再出现积水。住在巷子深处的老人说，以前下雨天出门要穿雨靴绕远路，现在撑把伞就能去买菜。",
    ),
]


def _page(parts: list[tuple[str, str, str]], signed: str = "本报记者  秦  川") -> str:
    intro = "今年以来，城东街道把老旧管网改造作为头号工程，一年时间里，积水点从十几个减少到零。"
    lines = ["老街告别“看海”的日子", "", signed, "", *indented_cut([intro], WIDTH), ""]
    for label, subhead, paragraph in parts:
        lines += [label, "", subhead, *indented_cut([paragraph], WIDTH), ""]
    lines += ["乡村书屋开门迎客", "", "本报记者  钟  远", ""]
    lines += indented_cut(["村里的书屋上月开门，藏书两千多册，每到周末，孩子们就来这里读书写作业。"], WIDTH)
    return "\n".join(lines) + "\n"


# the middle part labelled with a word that opens with a surname (常)
SURNAMED_MIDDLE = [PARTS[0], ("常  态", *PARTS[1][1:]), PARTS[2]]


@pytest.mark.parametrize(
    ("parts", "signed", "names"),
    [
        (PARTS, "本报记者  秦  川", ["秦川"]),
        (SURNAMED_MIDDLE, "本报记者  秦  川", ["秦川"]),
        (SURNAMED_MIDDLE, "常  宁", ["常宁"]),  # a bare name over the labels signs the story
    ],
)
def test_letter_spaced_part_labels_stay_in_their_story(
    parts: list[tuple[str, str, str]], signed: str, names: list[str]
) -> None:
    articles = [a for a in segment(_page(parts, signed)).articles if a.kind == "article"]
    assert [a.headline for a in articles] == ["老街告别“看海”的日子", "乡村书屋开门迎客"]
    assert [a.name for a in articles[0].authors] == names
    paragraphs = [p.replace(" ", "") for p in articles[0].paragraphs]
    for label, subhead, _ in parts:
        at = paragraphs.index(label.replace(" ", ""))
        assert paragraphs[at + 1] == subhead


def test_a_signature_between_two_stories_labelled_in_parts_signs_the_first() -> None:
    """A writer's name signing a story labelled in parts, over the next story, itself labelled in
    parts under its reporter's byline: the name is no label between labels, for another story
    opens between them."""
    lines = ["山居三日", "", *indented_cut(["入秋后去山里住了三天，白天看云，夜里听雨。"], WIDTH), ""]
    for label, text in (
        ("破  晓", "天刚亮，雾气还贴着山脊，炊烟慢慢升起来。"),
        ("蝶  变", "傍晚坐在院子里，看夕阳一点点沉到山后。"),
    ):
        lines += [label, "", *indented_cut([text], WIDTH), ""]
    lines += ["常  宁", "", "古村落里的新业态", "", "本报记者  莫  川", ""]
    lines += [*indented_cut(["几座古村落近年来吸引了不少返乡青年，他们开民宿、办工坊。"], WIDTH), ""]
    for label, text in (
        ("起  笔", "二十八岁的姑娘从城里辞职回乡，把祖屋改成民宿。"),
        ("落  墨", "村里成立了合作社，统一培训、统一定价。"),
    ):
        lines += [label, "", *indented_cut([text], WIDTH), ""]
    articles = [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]
    assert [a.headline for a in articles] == ["山居三日", "古村落里的新业态"]
    assert [[p.name for p in a.authors] for a in articles] == [["常宁"], ["莫川"]]


def test_a_part_label_right_under_the_byline_is_no_name() -> None:
    """The first part's label set right under the byline, its text under it: it reads as a name
    would, letter-spaced, but other labels opening with no surname stand in its story, so it is the
    first of their set, not a name signing a story of its own, and the parts stay one story under
    the heading and byline over them."""
    lines = ["江南小城的新生意——", "", "茶园里长出“直播间”", "", "本报记者  莫  川"]
    lines += indented_cut(["入夏以来，山坡上的茶园迎来了一批特别的客人，他们举着手机边走边拍。"], WIDTH)
    lines += ["", "小巷里的“烟火账本”（民生调查）", "——来自城东、城西两个街道的走访", ""]
    lines += ["■ 本报记者  秦  川  钟  远", ""]
    lines += [PARTS[0][0], "", *indented_cut([PARTS[0][2]], WIDTH), ""]  # (the first part has no subhead)
    for label, subhead, paragraph in PARTS[1:]:
        lines += [label, "", subhead, *indented_cut([paragraph], WIDTH), ""]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.kicker, a.headline) for a in articles] == [
        ("江南小城的新生意", "茶园里长出“直播间”"),
        (None, "小巷里的“烟火账本”（民生调查）"),
    ]
    assert [[a.name for a in article.authors] for article in articles] == [["莫川"], ["秦川", "钟远"]]
    assert articles[1].paragraphs[0].replace(" ", "") == "破题"
