"""On a page with no blank line between stories, a title printed straight under the story above (its
text's last sentence, or a photo's caption closed by its credit) and straight over a dateline heads
the story the dateline opens: it is that story's headline, not the last line of the text above."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

LIBRARY = [
    "本报南川3月2日电  （记者 周  航）南川市图书馆新馆今天向读者开放。新馆藏书六十万册，设有少儿阅览区、"
    "古籍修复室和数字阅读体验区。",
    "新馆开馆首日，不少市民一早就在门口排队，借阅手续在自助机上就能办好。",
]
BRIDGE = [
    "本报江城4月9日电  （记者 林  舟）跨江铁路大桥今天实现主桥合龙。大桥全长一千八百米，是连接南北两岸的"
    "交通要道。",
    "项目负责人说，钢梁合龙后，工人们将转入桥面铺装和轨道铺设，预计明年上半年具备通车条件。",
]
MARKET = [
    "本报北塘5月3日电  （记者 王  明）北塘区老集市完成改造，今天重新开市，摊位由八十个增加到一百二十个。",
    "改造后的集市设有生鲜区、熟食区和便民服务区，周边居民步行十分钟就能买到新鲜蔬菜。",
]
SCHOOLS = "据介绍，图书馆还将与全市四十所中小学合作，定期把流动书车开进校园，让孩子们在家门口读到好书。"
CAPTION = "5月2日，游客在江城古镇的老街上参观游览。 ■ 本报记者 陈晨"


def _text(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in chop("　　" + p, _WIDTH)]


def test_titles_run_on_under_a_text_and_a_caption_head_the_dated_stories() -> None:
    """Three dated stories, no blank line between them: the second story's headline is printed right
    under the first story's last sentence, the third's right under a photo's caption and credit with
    a column break (a blank line) under it. Each headline heads its story."""
    lines = [
        "南川图书馆新馆开放",
        *_text(LIBRARY),
        "跨江铁路大桥主桥合龙",
        *_text(BRIDGE),
        CAPTION,
        "北塘老集市重新开市",
        "",
        *_text(MARKET),
    ]
    articles = [a for a in segment("\n".join(lines)).articles if a.kind == "article"]
    headlines = ["南川图书馆新馆开放", "跨江铁路大桥主桥合龙", "北塘老集市重新开市"]
    assert [a.headline for a in articles] == headlines
    assert [a.byline for a in articles] == [
        "本报南川3月2日电（记者 周航）",
        "本报江城4月9日电（记者 林舟）",
        "本报北塘5月3日电（记者 王明）",
    ]


@pytest.mark.parametrize(
    ("heading", "story", "second"),
    [
        # one title line over a reporter's byline (`■ 本报记者 X`) instead of a dateline
        (
            ["北塘老集市重新开市", "■ 本报记者 王  明"],
            MARKET[1:],
            (None, "北塘老集市重新开市", "本报记者 王明"),
        ),
        # a kicker over its headline, both run on, over the dateline
        (
            ["北塘区老集市完成改造——", "摊位增加到一百二十个"],
            MARKET,
            ("北塘区老集市完成改造", "摊位增加到一百二十个", "本报北塘5月3日电（记者 王明）"),
        ),
    ],
)
def test_a_heading_run_on_under_a_caption_heads_the_next_story(
    heading: list[str], story: list[str], second: tuple[str | None, str, str]
) -> None:
    """A story, a photo's caption closed by its credit, then the next story's title lines run on
    under it, over its byline or dateline: the title lines head the next story (its kicker and
    headline), and the byline or dateline is its byline; the first story keeps its own."""
    lines = ["南川图书馆新馆开放", "■ 本报记者 周  航", *_text([*LIBRARY[1:], SCHOOLS]), CAPTION, *heading]
    articles = [a for a in segment("\n".join([*lines, *_text(story)])).articles if a.kind == "article"]
    assert [(a.kicker, a.headline, a.byline) for a in articles] == [
        (None, "南川图书馆新馆开放", "本报记者 周航"),
        second,
    ]
