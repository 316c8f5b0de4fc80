"""Photos standing alone on a page of photo news: a titled photo followed by an untitled one set apart
by a blank line, each caption closed by its own credit line, are two photos, not one item; captions
printed tight under one title are one photo, credited to each photographer; an untitled caption of two
lines whose last line runs wider than the column only by its credit (`…。  X摄（人民视觉）`) is one
caption, not a title over the rest of it."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import CANTEEN

HEAD = ["2026年2月12日  星期四", "要闻", "4", ""]
FOOT = ["", "本版责编：张  三  李  四"]


def test_an_untitled_photo_under_a_titled_one_is_a_photo_of_its_own() -> None:
    lines = [
        *HEAD,
        "冰城雪韵迎新春",
        "1月22日，游客在北方某市的冰雪",
        "公园里游玩。",
        "新华社记者  王建国摄",
        "",
        "1月21日，南方某市，工人赶制灯笼。",
        "刘德明摄（人民视觉）",
        *FOOT,
    ]
    first, second = segment("\n".join(lines) + "\n").articles
    assert (first.kind, first.headline) == ("photo", "冰城雪韵迎新春")
    assert first.paragraphs == ["1月22日，游客在北方某市的冰雪公园里游玩。"]
    assert (second.kind, second.headline) == ("photo", None)
    assert second.paragraphs == ["1月21日，南方某市，工人赶制灯笼。"]
    assert second.authors == [Author("", "刘德明")]


def test_a_caption_wider_than_its_column_only_by_its_credit_is_one_caption() -> None:
    lines = [
        *HEAD,
        "1月21日，南方某市，工人在生产线",
        "上赶制出口灯笼。  刘德明摄（人民视觉）",
        "",
        *CANTEEN,
        *FOOT,
    ]
    photo, story = segment("\n".join(lines) + "\n").articles
    assert (photo.kind, photo.headline) == ("photo", None)
    assert photo.paragraphs == ["1月21日，南方某市，工人在生产线上赶制出口灯笼。"]
    assert photo.authors == [Author("", "刘德明")]
    assert story.headline == "社区食堂开进老小区"


def test_captions_printed_tight_under_one_photo_title_are_one_photo() -> None:
    lines = [
        *HEAD,
        "冰城雪韵迎新春",
        "",
        "1月22日，游客在北方某市的冰雪公园里游玩。",
        "王建国摄（人民视觉）",
        "1月21日，南方某市，工人赶制灯笼。",
        "刘德明摄（人民视觉）",
        *FOOT,
    ]
    [photo] = segment("\n".join(lines) + "\n").articles
    assert (photo.kind, photo.headline) == ("photo", "冰城雪韵迎新春")
    assert photo.paragraphs == [
        "1月22日，游客在北方某市的冰雪公园里游玩。",
        "1月21日，南方某市，工人赶制灯笼。",
    ]
    assert [a.name for a in photo.authors] == ["王建国", "刘德明"]


def test_each_caption_under_one_photo_title_keeps_its_own_credit() -> None:
    lines = [
        *HEAD,
        "春到田间农事忙",
        "",
        "3月13日，某县茶农在茶园里采摘春茶。",
        "本报记者  罗  兰摄",
        "3月13日，某市某区农技人员在大棚里指导农户管理草莓。  方  明摄",
        *FOOT,
    ]
    [photo] = segment("\n".join(lines) + "\n").articles
    assert photo.paragraphs == [
        "3月13日，某县茶农在茶园里采摘春茶。",
        "3月13日，某市某区农技人员在大棚里指导农户管理草莓。",
    ]
    assert [(a.role, a.name) for a in photo.authors] == [("记者", "罗兰"), ("", "方明")]
