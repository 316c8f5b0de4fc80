"""A section's tag word over a part's subhead, inside a story, read as no byline.

A feature story in parts may set a two-character tag word over each part's subhead (a word that
names the part). Such a word is as short as a name, and where it opens with a common surname the
labelling may read it as a reporter's byline standing alone, and so open a story at it. But the
text under the subhead names the story's own headline: the part goes on with the story's subject
(`reader.page.siblings`). The reader keeps the part in its story, and a story with a subject of its
own still opens after it.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart
from tests.test_segment_subhead_names_story import (
    HEADLINE,
    INTRO,
    OTHER,
    OTHER_HEADLINE,
    PARTS,
    WIDTH,
)

TAG = "高远"
PART_TITLE, PART = PARTS[0]


def _page() -> str:
    lines = [HEADLINE, "", "本报记者  钟  远", "", *set_apart(INTRO, WIDTH)]
    lines += [TAG, "", PART_TITLE, "", *set_apart(PART, WIDTH)]
    lines += [OTHER_HEADLINE, "", *set_apart(OTHER, WIDTH)]
    return "\n".join(lines) + "\n"


def test_a_tag_word_over_a_part_keeps_the_part_in_its_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert articles[0].headline == HEADLINE
    assert [author.name for author in articles[0].authors] == ["钟远"]
    assert articles[0].paragraphs == [*INTRO, TAG, PART_TITLE, *PART]


def test_a_story_of_its_own_still_opens_after_the_part() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, OTHER_HEADLINE]
    assert articles[1].paragraphs == OTHER


SIGNED_HEADLINE = "竹林深处的木工坊"
SIGNATURE = "高远"
NEXT_HEADLINE = "河堤上的晨练队"
NEXT = [
    "太阳还没出来，河堤上就热闹起来。住在竹林深处的几户人家也赶来了，打太极的、跳健身操的，一练就是一个钟头。",
    "领队的退休教师说，连木工坊的老师傅也加入了队伍，大家风雨无阻，练出了好身体，也交上了新朋友。",
]


def _signed_page() -> str:
    lines = [SIGNED_HEADLINE, "", *set_apart(INTRO, WIDTH), SIGNATURE, ""]
    lines += [NEXT_HEADLINE, "", *set_apart(NEXT, WIDTH)]
    return "\n".join(lines) + "\n"


def test_a_name_signing_a_story_with_no_byline_still_ends_it() -> None:
    # a commentary signed at its end: the next story names the first one's headline, but a story
    # with no byline under its headline may well close with its writer's name
    articles = [a for a in segment(_signed_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [SIGNED_HEADLINE, NEXT_HEADLINE]
    assert articles[1].paragraphs == NEXT
