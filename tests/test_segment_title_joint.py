"""A title printed over two lines reads as one: a space where the break parts two phrases, none where
the line broke inside a clause (after a pause mark) or inside a word."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

MARKET = [
    "本报南川4月9日电  南川市今年在老城区新建口袋公园十二座，利用的都是拆违腾出的边角地块。",
    "市园林部门说，每座公园都设有座椅和健身器材，附近居民步行五分钟就能走到一处绿地。",
]
LIBRARY = [
    "本报北塘4月9日电  北塘区的图书馆分馆今天开到了村里，村民不出村就能借书还书。",
    "分馆的图书每季度轮换一次，区里还请来志愿者在周末给孩子们讲故事。",
]


def _page(first: list[str], second: list[str]) -> str:
    """Two stories, each a title stack over its text, a blank line between them."""
    lines = [*first, *(line for p in MARKET for line in chop("　　" + p, _WIDTH)), ""]
    lines += [*second, *(line for p in LIBRARY for line in chop("　　" + p, _WIDTH))]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("subtitle_lines", "subtitle"),
    [
        # broken after `、`, a list going on: one clause
        (["——座椅、健身器材、", "步道和花坛一应俱全"], "座椅、健身器材、步道和花坛一应俱全"),
        # broken between the two letters of a word (`健` over `身器材`)
        (["——每座公园都设有座椅和健", "身器材"], "每座公园都设有座椅和健身器材"),
    ],
)
def test_a_subtitle_broken_in_a_clause_reads_without_a_space(
    subtitle_lines: list[str], subtitle: str
) -> None:
    """A `——` subtitle broken where its line was full, inside a clause or a word, reads as one line:
    no space where it broke; the story under it keeps its own headline and no subtitle."""
    articles = segment(
        _page(["南川老城区添了十二座口袋公园", *subtitle_lines], ["北塘区图书馆分馆开到村里"])
    ).articles
    assert [(a.headline, a.subtitle) for a in articles] == [
        ("南川老城区添了十二座口袋公园", subtitle),
        ("北塘区图书馆分馆开到村里", None),
    ]


def test_a_two_part_headline_over_two_lines_keeps_its_gap() -> None:
    """A two-part headline printed a part a line (`村里书香浓` / `孩子周末忙`): the parts keep a space."""
    articles = segment(
        _page(["南川老城区添了十二座口袋公园"], ["北塘区图书馆分馆开到村里", "——村里书香浓", "孩子周末忙"])
    ).articles
    assert articles[1].subtitle == "村里书香浓 孩子周末忙"


def test_a_subtitles_last_word_broken_off_is_no_byline() -> None:
    """A `——` subtitle whose last word its line had no room for (`——北塘区的孩子们周末有` / `去处`), the
    reporter's byline under it: the word ends the subtitle, and the byline names the reporter alone."""
    articles = segment(
        _page(
            ["南川老城区添了十二座口袋公园"],
            ["北塘区图书馆分馆开到村里", "——北塘区的孩子们周末有", "去处", "■ 本报记者 林  舟", ""],
        )
    ).articles
    assert (articles[1].subtitle, articles[1].byline) == ("北塘区的孩子们周末有去处", "本报记者 林舟")
    assert [a.name for a in articles[1].authors] == ["林舟"]


def test_a_headline_wrapped_in_a_word_right_under_a_trailer_is_one_headline() -> None:
    """A story's text closed by a trailer broken over two lines (`（本报记者某某、` / `某某参与采写）`),
    the next story's headline set right under it and wrapped inside a word where its line was full
    (`南川市出台口袋公园养护管` / `理办法`): the trailer closes the text above as a sentence does, so
    the two lines open a heading, and they read as one headline, no kicker."""
    first = [*(line for p in MARKET for line in chop("　　" + p, _WIDTH))]
    first += ["　　（本报记者赵小明、", "钱大伟参与采写）"]
    lines = ["南川老城区添了十二座口袋公园", "", *first, "北塘区出台口袋公园养护管", "理办法", ""]
    lines += [*(line for p in LIBRARY for line in chop("　　" + p, _WIDTH))]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "南川老城区添了十二座口袋公园"),
        (None, "北塘区出台口袋公园养护管理办法"),
    ]
