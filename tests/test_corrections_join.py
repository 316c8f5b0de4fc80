"""`J` (join an article with the one before it) on the usual false split: an in-body subhead read as a
new story's kicker and headline. The story above keeps its own titles; the subhead's lines go back into
the text where they were printed, and as printed: a kicker's closing `——` (which the title field leaves
out) comes back with it, there and when `t` puts a title back into the text."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reader.corrections import CorrectionStore, apply, join_op, to_text_op
from reader.model import Article, Page, PageMeta

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


PRINTED = """山间小路连起新集市

本报记者 甲乙

  清晨六点，集市已经热闹起来。

  通路以前，果子常常烂在树上。

产业兴旺带来新气象——

“果子出山了，钱袋鼓起来了”

  合作社去年收购鲜果三百吨。

  村里的年轻人陆续回来了。
"""


def _page(tmp_path: Path, articles: list[Article]) -> Page:
    path = tmp_path / "page.txt"
    path.write_text(PRINTED, encoding="utf-8")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return Page(path=str(path), name=path.name, sha=sha, meta=PageMeta(), articles=list(articles))


@pytest.mark.usefixtures("temp_dirs")
def test_a_join_puts_the_kicker_into_the_text_with_its_printed_dash(tmp_path: Path) -> None:
    page = _page(tmp_path, [STORY, SUBHEAD])
    store = CorrectionStore()
    store.join(page, 1)
    [joined] = page.articles
    subhead = f"{SUBHEAD.kicker}——"
    assert joined.paragraphs[2:4] == [subhead, SUBHEAD.headline]


@pytest.mark.usefixtures("temp_dirs")
def test_t_puts_a_kicker_back_into_the_text_with_its_printed_dash(tmp_path: Path) -> None:
    page = _page(tmp_path, [STORY, SUBHEAD])
    store = CorrectionStore()
    store.add(page, to_text_op(page.articles, 1, "kicker", 0))
    subhead = f"{SUBHEAD.kicker}——"
    assert page.articles[1].kicker is None and page.articles[1].paragraphs[0] == subhead
    # applied again from what is stored (the next load): the same
    assert apply([STORY, SUBHEAD], store.ops(page.sha))[0] == page.articles
