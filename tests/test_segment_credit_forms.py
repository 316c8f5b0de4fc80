"""Photo credits in the forms Chinese papers print besides `X摄`: the agency's (`新华社发`,
`新华社发（X摄）`), a slash (`X/摄`) and a label (`摄影：X`). A caption closed by one is a photo's,
not a sentence of the story above it, and a credit on a line of its own is no title of the next story."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

CAPTION = "市民在新建的滨湖步道上晨练。"


def _page(*photo: str) -> str:
    return page(
        "春耕时节田间忙",
        "本报记者  何  平",
        body(BODY_A, 30),
        [*photo, ""],
        "便民利企举措落地见效",
        "本报记者  尹腾淑",
        body(BODY_B, 30),
    )


@pytest.mark.parametrize(
    ("credit", "printed"),
    [("新华社发", "新华社发"), ("新华社发（张  三摄）", "新华社发（张三摄）"), ("张三/摄", "张三摄")],
)
def test_a_caption_closed_by_its_credit_stands_between_the_stories_as_a_photo(
    credit: str, printed: str
) -> None:
    """A caption and its credit on one line between two stories: a photo of its own, credited, and
    the story above keeps its own last paragraph."""
    articles = segment(_page(CAPTION + "  " + credit)).articles
    assert [a.kind for a in articles] == ["article", "photo", "article"]
    assert articles[0].paragraphs == BODY_A
    assert articles[1].paragraphs == [CAPTION]
    assert articles[1].byline == printed


@pytest.mark.parametrize("credit", ["新华社发", "摄影：张三", "张三/摄"])
def test_a_credit_on_its_own_line_is_no_title_of_the_next_story(credit: str) -> None:
    """A caption with its credit on the line under it, then the next story's headline: the story
    under it has no kicker, and the credit stays with the caption it closes."""
    articles = segment(_page(CAPTION, credit)).articles
    assert [(a.kicker, a.headline) for a in articles if a.kind == "article"] == [
        (None, "春耕时节田间忙"),
        (None, "便民利企举措落地见效"),
    ]
    (holder,) = [a for a in articles if any(CAPTION in p for p in a.paragraphs)]
    assert _letters(credit) in _letters("".join(holder.paragraphs) + (holder.byline or ""))


def _letters(text: str) -> str:
    return "".join(c for c in text if "\u4e00" <= c <= "\u9fff")
