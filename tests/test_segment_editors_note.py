"""An editor's note standing between stories (`编者按`, a few lines, `——编  者`) is an item of its own,
titled `编者按`, whether its title is printed over the note or under it; the stories around it keep
their own headlines. A note under a story's headline, or over a text whose headline is printed after
it, still opens that story."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14
_NOTE = "江城今年办成了几件群众关心的实事。本期请几位居民说说身边的变化，听听他们的期待。"
_ESSAY = [
    "　　阵雨过后，山乡景色如画。村口的老槐树下，几位老人坐着聊天，说起今年的收成，个个笑得合不拢嘴。",
    "　　村里的葡萄园今年又是大丰收，一串串葡萄挂满枝头，从青到紫，看着就让人心里甜滋滋的。",
]
_REPORT = [
    "　　江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟。大桥通车当天，不少市民早早来到桥头。",
    "　　据介绍，大桥通车以后，过江公交线路将增加到二十条，市民过江更加方便。",
]


def _lines(paragraphs: list[str], width: int = _WIDTH) -> list[str]:
    return [line for p in paragraphs for line in chop(p, width)]


def _folded(paragraphs: list[str]) -> list[str]:
    return ["".join(p.split()) for p in paragraphs]


def test_a_note_opening_the_page_is_an_item_of_its_own() -> None:
    """`编者按` at the page's top, its note signed `——编  者`, then a commentary under its tagged
    headline and signed name, then a report headed after its text: three items, the note first."""
    lines = ["编者按", "", *chop(_NOTE, _WIDTH), "——编  者", "", "山乡葡萄甜（乡村笔记）", "", "李  明", ""]
    lines += [*_lines(_ESSAY), "", *_lines(_REPORT), "", "跨江大桥今天通车", ""]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["编者按", "山乡葡萄甜（乡村笔记）", "跨江大桥今天通车"]
    assert _folded(articles[0].paragraphs) == [_NOTE, "——编者"]
    assert [a.name for a in articles[1].authors] == ["李明"]
    assert len(articles[1].paragraphs) == 2


def test_a_note_titled_under_its_text_is_an_item_of_its_own() -> None:
    """A story headed before its text, then a note signed `——编  者` with `编者按` printed under it,
    then the next story's headline and byline: the note stands between the two stories (its title
    heads no text under it)."""
    lines = ["山乡葡萄甜", "", *_lines(_ESSAY), "", *chop(_NOTE, _WIDTH), "——编  者", "", "编者按", ""]
    lines += ["跨江大桥今天通车", "", "本报记者  王  平", "", *_lines(_REPORT)]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["山乡葡萄甜", "编者按", "跨江大桥今天通车"]
    assert _folded(articles[1].paragraphs) == [_NOTE, "——编者"]
    assert len(articles[0].paragraphs) == len(articles[2].paragraphs) == 2


def test_stories_under_a_note_standing_alone_are_stories_of_their_own() -> None:
    """`编者按` and its signed note at the page's top, then two stories each with one heading and one
    reporter's line: the note is an item of its own and each story keeps its heading and byline (a
    note under a story's heading would read such pieces on as parts of that story)."""
    lines = [
        "编者按",
        "",
        *chop(_NOTE, _WIDTH),
        "——编  者",
        "",
        "跨江大桥今天通车",
        "",
        "本报记者  王  平",
        "",
    ]
    lines += [*_lines(_REPORT), "", "山乡葡萄甜", "", "本报记者  李  明", "", *_lines(_ESSAY)]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["编者按", "跨江大桥今天通车", "山乡葡萄甜"]
    assert [a.byline for a in articles] == [None, "本报记者 王平", "本报记者 李明"]


def test_a_note_under_a_headline_opens_its_story() -> None:
    """A headline, then `编者按` and its signed note, then the story's text: one story, the note its
    first paragraphs, not an item of its own."""
    lines = ["跨江大桥今天通车", "", "编者按", "", *chop(_NOTE, _WIDTH), "——编  者", "", *_lines(_REPORT)]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["跨江大桥今天通车"]
    assert _NOTE in "".join(articles[0].paragraphs)


def test_a_note_over_a_text_headed_after_it_opens_that_story() -> None:
    """A story headed before its text, then `编者按` and its signed note over a text whose headline is
    printed after it: the note opens that text's story, as a box does."""
    lines = ["山乡葡萄甜", "", *_lines(_ESSAY), "", "编者按", "", *chop(_NOTE, _WIDTH), "——编  者", ""]
    lines += [*_lines(_REPORT), "", "跨江大桥今天通车"]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["山乡葡萄甜", "跨江大桥今天通车"]
    assert _NOTE in "".join(articles[1].paragraphs)


def test_a_note_of_two_paragraphs_over_a_headed_story_is_an_item_of_its_own() -> None:
    """`编者按`, a note of two paragraphs and its signature at the page's top, then a story under its
    headline and byline: the headline under the signature heads that story, not the note above it."""
    more = "本期我们走访了几位居民，听听他们的期待。欢迎读者来信分享身边的变化。"
    width = 13  # (the headline as wide as the column)
    lines = ["编者按", "", *chop(_NOTE, width), "", *chop(more, width), "", "——编  者", ""]
    lines += ["江城跨江大桥今天正式通车", "", "本报记者  王  平", "", *_lines(_REPORT, width)]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["编者按", "江城跨江大桥今天正式通车"]
    assert _folded(articles[0].paragraphs) == [_NOTE, more, "——编者"]
    assert articles[1].byline == "本报记者 王平"


def test_a_note_over_a_text_opening_on_a_colon_opens_that_story() -> None:
    """`编者按` and its signed note over a text whose first line ends on a colon (`记者看到：`),
    headed after its text: the colon's line opens the text, not a heading, so the note opens that
    story."""
    opening = "走进江城，记者看到："
    lines = ["编者按", "", *chop(_NOTE, _WIDTH), "——编  者", "", opening, "", *_lines(_REPORT), ""]
    lines += ["跨江大桥今天通车"]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["跨江大桥今天通车"]
    assert _NOTE in "".join(articles[0].paragraphs) and opening in articles[0].paragraphs
