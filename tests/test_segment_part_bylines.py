"""A story of several reports, each part's title and byline set as paragraphs of the story.

A paper gathers reports from several places under one headline: an introduction, then each report's
title and its reporter's byline, indented like the paragraphs around them, and its text. Each byline
opened an "article" of its own, so the story fell apart into parts (the first with the story's
headline and the introduction alone). A byline set in the text's flow, indented and with no blank
line over it, is a paragraph of the story; a story's own byline stands apart from its text.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

WIDTH = 16
HEADLINE = "山乡新春见闻（新春走基层）"
INTRO = [
    "新春将至，本报记者分赴各地，走进乡亲们的日常生活，记录平凡日子里的新变化。",
    "——编  者",
]
PARTS = [
    (
        "村口的托育中心",
        "本报记者  林木森",
        ["村口新开的托育中心里，十来个孩子正在老师的看护下搭积木，家长们说接送方便多了。"],
    ),
    (
        "新房里过个舒心年",
        "本报记者  周晓青",
        ["县城的新居里，居民正在为新年做准备，桌上摆满了各色糕点，屋里屋外收拾得干干净净。"],
    ),
]
OTHER_HEADLINE = "老码头上的渡船"
OTHER = ["河边的老码头修好了，每天一早，渡船载着上学的孩子过河，船工说这条线他已经跑了二十年。"]


def _indented(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in chop("\u3000\u3000" + p, WIDTH)]


def _page() -> str:
    lines = [HEADLINE, "", *_indented(INTRO)]
    for title, byline, text in PARTS:
        lines += _indented([title, byline, *text])
    lines += ["", OTHER_HEADLINE, "", "本报记者  江  涛", "", *_indented(OTHER), ""]
    return "\n".join(lines)


def test_a_story_of_several_reports_keeps_its_parts_with_their_bylines_in_its_text() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, OTHER_HEADLINE]
    story = articles[0]
    assert story.authors == []
    assert [author.name for author in articles[1].authors] == ["江涛"]
    parts = [p for title, byline, text in PARTS for p in (title, byline, *text)]
    assert [p.replace("  ", " ") for p in story.paragraphs] == [
        p.replace("  ", " ") for p in [*INTRO, *parts]
    ]
