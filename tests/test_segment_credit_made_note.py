"""Papers label a picture a generator made or changed after its credit (`王五摄，AI修饰生成素描画`).
The credit is still a credit: a photo standing alone is credited to its photographer, and the label,
wrapped at the column's end, goes on with its credit. Alone, the label names no one and credits no
one."""

from __future__ import annotations

from reader.model import Article
from reader.page.segment import segment

INDENT = "\u3000\u3000"


def _page(credit: list[str]) -> str:
    lines = [
        "老码头变身滨江步道",
        "",
        "本报记者  谷  雨",
        "",
        INDENT + "沿江的老码头停用多年，今年春",
        "天改造成了滨江步道，每到傍晚，",
        "散步的居民络绎不绝。",
        INDENT + "步道沿线新设了二十多处座椅和",
        "饮水点，夜间照明也换成了节能灯。",
        "",
        "清晨，渔民在江边收网。",
        *credit,
        "",
        "社区食堂开到家门口",
        "",
        "本报记者  柏  舟",
        "",
        INDENT + "社区食堂上月开业，菜品二十多",
        "种，老年人用餐还能享受优惠。",
    ]
    return "\n".join(lines) + "\n"


def _photo(credit: list[str]) -> Article:
    articles = segment(_page(credit)).articles
    assert [a.headline for a in articles if a.kind == "article"] == [
        "老码头变身滨江步道",
        "社区食堂开到家门口",
    ]
    (photo,) = [a for a in articles if a.kind == "photo"]
    return photo


def test_a_labelled_credit_credits_the_photographer() -> None:
    photo = _photo(["孔  阳摄，AI修饰生成油画"])
    assert photo.paragraphs == ["清晨，渔民在江边收网。"]
    assert [a.name for a in photo.authors] == ["孔阳"]


def test_a_label_wrapped_at_the_column_end_goes_on_with_its_credit() -> None:
    page = _page(["清晨，渔民在江边收网。  孔阳摄，AI修饰生成素", "描画"]).replace(
        "清晨，渔民在江边收网。\n", "", 1
    )
    articles = segment(page).articles
    assert [a.headline for a in articles if a.kind == "article"] == [
        "老码头变身滨江步道",
        "社区食堂开到家门口",
    ]
    assert all(a.kicker is None for a in articles)
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.paragraphs == ["清晨，渔民在江边收网。"]
    assert [a.name for a in photo.authors] == ["孔阳"]
    assert photo.byline is not None and photo.byline.endswith("素描画")
