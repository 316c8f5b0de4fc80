"""`J` (join an article with the one before it) on the usual false split: an in-body subhead read as a
new story's kicker and headline. The story above keeps its own titles; the subhead's lines go back into
the text where they were printed."""

from __future__ import annotations

from reader.corrections import apply, join_op
from reader.model import Article

STORY = Article(
    id="a1",
    headline="山间小路连起新集市",
    byline="本报记者 甲乙",
    paragraphs=["清晨六点，集市已经热闹起来。", "通路以前，果子常常烂在树上。"],
)
SUBHEAD = Article(
    id="a2",
    kicker="产业兴旺带来新气象",
    headline="“果子出山了，钱袋鼓起来了”",
    paragraphs=["合作社去年收购鲜果三百吨。", "村里的年轻人陆续回来了。"],
)


def test_a_join_keeps_the_titles_above_and_puts_the_subhead_lines_back_in_the_text() -> None:
    articles, warnings = apply([STORY, SUBHEAD], [join_op([STORY, SUBHEAD], 1)])
    assert not warnings
    [joined] = articles
    assert (joined.kicker, joined.headline, joined.subtitle) == (None, STORY.headline, None)
    assert joined.paragraphs == [*STORY.paragraphs, SUBHEAD.kicker, SUBHEAD.headline, *SUBHEAD.paragraphs]
    assert joined.byline == STORY.byline


def test_an_article_with_no_title_takes_the_titles_of_the_one_joined_into_it() -> None:
    untitled = Article(id="a0", paragraphs=["一段没有标题的文字。"])
    articles, _ = apply([untitled, SUBHEAD], [join_op([untitled, SUBHEAD], 1)])
    [joined] = articles
    assert (joined.kicker, joined.headline) == (SUBHEAD.kicker, SUBHEAD.headline)
    assert joined.paragraphs == [*untitled.paragraphs, *SUBHEAD.paragraphs]
