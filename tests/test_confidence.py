"""Which articles the reader marks as unsure (`?` in the sidebar, `uncertain` in `duba segment --json`).

Each page is hand-made: a clear article, then one the segmenter can only guess at, in one of the
ways it is known to go wrong on layouts it has never seen.
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.page.segment import segment
from tests.clitest import duba
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

CLEAR = ("春耕备耕忙", "■ 本报记者 刘  桐", body(BODY_A))


def test_a_two_line_title_stack_without_a_dash_over_a_short_item_is_marked_unsure(tmp_path: Path) -> None:
    # kicker + headline or headline + subtitle: nothing on the page tells them apart, and the lower
    # line's words are not those of the short item under it (a title of the neighbouring story?)
    text = page(*CLEAR, "推进营商环境持续优化", "城区新添三座口袋公园", "本报记者 王军豪", body(BODY_B[:1]))
    first, second = segment(text).articles
    assert (second.kicker, second.headline) == ("推进营商环境持续优化", "城区新添三座口袋公园")
    assert not first.uncertain and second.uncertain
    path = tmp_path / "stack.txt"
    path.write_text(text, encoding="utf-8")
    shown = json.loads(duba("segment", str(path), "--json").stdout)["articles"]
    assert [a["uncertain"] for a in shown] == [False, True]
    assert shown[1]["confidence"] < shown[0]["confidence"]


def test_the_same_stack_over_an_item_that_echoes_its_headline_is_not_marked() -> None:
    # the headline's words open the body under it: the stack's guess is usually right
    text = page(*CLEAR, "推进营商环境持续优化", "便民利企举措落地见效", "本报记者 王军豪", body(BODY_B[:1]))
    first, second = segment(text).articles
    assert (second.kicker, second.headline) == ("推进营商环境持续优化", "便民利企举措落地见效")
    assert not first.uncertain and not second.uncertain, second.confidence


def test_the_same_item_under_one_headline_or_a_kicker_with_a_dash_is_not_marked() -> None:
    for titles in (["便民利企举措落地见效"], ["推进营商环境持续优化——", "便民利企举措落地见效"]):
        text = page(*CLEAR, *titles, "本报记者 王军豪", body(BODY_B[:1]))
        articles = segment(text).articles
        assert [a.headline for a in articles] == ["春耕备耕忙", "便民利企举措落地见效"]
        assert not any(a.uncertain for a in articles), [a.confidence for a in articles]


def test_explain_says_why_an_article_is_unsure(tmp_path: Path) -> None:
    text = page(*CLEAR, "推进营商环境持续优化", "城区新添三座口袋公园", "本报记者 王军豪", body(BODY_B[:1]))
    path = tmp_path / "stack.txt"
    path.write_text(text, encoding="utf-8")
    shown = duba("segment", str(path), "--explain").stdout
    items = shown[shown.index("\nitems ") :].splitlines()
    unsure = next(k for k, line in enumerate(items) if "? confidence" in line)
    assert "城区新添三座口袋公园" in items[unsure]
    assert "title role against its evidence" in items[unsure + 1]  # the guessed kicker/headline
    assert "headline shares few words with the body" in items[unsure + 1]
    explained = json.loads(duba("segment", str(path), "--explain", "--json").stdout)
    second = explained["articles"][1]["id"]
    assert any(d.startswith("title role against its evidence") for d in explained["doubts"][second])


def test_a_headline_whose_words_open_the_story_above_it_is_marked_unsure(tmp_path: Path) -> None:
    # the title was the story above's (a headline printed after its body) or a caption's: the story
    # it heads says nothing of it, its neighbour opens with its words
    text = page(*CLEAR, "高标准农田浇地更省心", "本报记者 王军豪", body(BODY_B))
    first, second = segment(text).articles
    assert (first.headline, second.headline) == ("春耕备耕忙", "高标准农田浇地更省心")
    assert not first.uncertain and second.uncertain, second.confidence
    path = tmp_path / "neighbour.txt"
    path.write_text(text, encoding="utf-8")
    explained = json.loads(duba("segment", str(path), "--explain", "--json").stdout)
    assert [a["uncertain"] for a in explained["articles"]] == [False, True]
    said = explained["doubts"][explained["articles"][1]["id"]]
    assert any(d.startswith("headline shares more words with a neighbour's body") for d in said), said
