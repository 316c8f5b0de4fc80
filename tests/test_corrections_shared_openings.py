"""Corrections on a page where several articles open a paragraph alike: a box's title (`核心阅读`,
`编者按：`, `记者手记`) printed as a short paragraph of its own. Each correction must reach the article
the reader pressed the key on, not the first article that opens the same way (all text made up)."""

from __future__ import annotations

from reader.corrections import apply, join_op, role_op, split_op
from reader.model import Article

BOX = "核心阅读"


def _page() -> list[Article]:
    """Three stories: the last two both open with the same box title."""
    return [
        Article(
            id="a",
            headline="河道清淤完工",
            paragraphs=["上游三条河道的清淤已全部完成。", "汛期前将再查一次堤防。"],
        ),
        Article(
            id="b",
            headline="老街夜市重开",
            paragraphs=[BOX, "夜市恢复后，周边商户营业额明显回升。", "记者手记", "摊主们说，人气回来了。"],
        ),
        Article(
            id="c",
            headline="山村通上快递",
            paragraphs=[BOX, "快递进村后，村民网购不必再跑镇上。", "记者手记", "一位老人第一次收到了包裹。"],
        ),
    ]


def test_joining_the_third_article_joins_it_to_the_second_not_the_second_to_the_first() -> None:
    articles = _page()
    joined, warnings = apply(articles, [join_op(articles, 2)])
    assert not warnings
    assert [a.headline for a in joined] == ["河道清淤完工", "老街夜市重开"]
    assert joined[0].paragraphs == articles[0].paragraphs
    assert joined[1].paragraphs[-1] == "一位老人第一次收到了包裹。"


def test_a_title_change_reaches_the_article_it_was_made_on() -> None:
    articles = _page()
    changed, warnings = apply(articles, [role_op(articles, 2, "kicker", field="headline")])
    assert not warnings
    assert [(a.kicker, a.headline) for a in changed] == [
        (None, "河道清淤完工"),
        (None, "老街夜市重开"),
        ("山村通上快递", None),
    ]


def test_a_split_at_a_shared_box_title_splits_the_article_it_was_made_on() -> None:
    articles = _page()
    split, warnings = apply(articles, [split_op(articles, 2, 2)])
    assert not warnings
    assert len(split) == 4
    assert split[1].paragraphs == articles[1].paragraphs
    assert split[3].paragraphs == ["记者手记", "一位老人第一次收到了包裹。"]


def test_corrections_stored_by_an_older_duba_still_find_their_places() -> None:
    articles = _page()
    # an older duba kept a paragraph's own opening, and an article's first paragraph's
    split = {"op": "split", "paragraph": "夜市恢复后，周边商户营业额明显回升。"}
    join = {"op": "join", "article": {"body": "夜市恢复后，周边商户营业额明显回升。"}}
    once, warnings = apply(articles, [split])
    assert not warnings and [a.paragraphs[0] for a in once][1:3] == [
        BOX,
        "夜市恢复后，周边商户营业额明显回升。",
    ]
    again, warnings = apply(articles, [split, join])
    assert not warnings and [a.paragraphs for a in again] == [a.paragraphs for a in articles]
