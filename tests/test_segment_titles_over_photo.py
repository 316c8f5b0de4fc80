"""Two title lines between a story's text and a photo's caption: the upper names the story above
(its headline printed after its body), the lower names the photo under it (its title). They are
two items' titles, not one heading's kicker and headline."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

CANTEEN = (
    "城西街道今年开办的三家社区食堂已经迎来第一批食客，每天供应两荤两素，"
    "年满七十岁的老人在社区食堂用餐打八折，行动不便的老人还可以请志愿者送餐上门。"
    "社区食堂由街道提供场地，餐饮企业负责经营，菜品价格在门口公示。"
)
CAPTION = (
    "图为：江城跨江大桥今天通车，市民早早来到桥头，看着第一批车辆驶过大桥，"
    "江面上的游船鸣笛致意。  本报记者 林木摄"
)
NEXT = (
    "本报讯  全市今年新建改建农村公路五百公里，一批山区村庄通了硬化路，"
    "村民出行和农产品外运更加方便，不少农户搭上了电商快车。"
)


def test_a_storys_headline_after_its_text_over_a_photos_title_stays_its_own() -> None:
    """A page whose stories print their headlines after their bodies: a story's text, its
    headline (wider than the column, over a shorter line: a kicker's shape), then a photo's title
    over the photo's caption, then the next story. The headline's words are the text's, the
    title's the caption's: two items' titles."""
    lines = [
        "王克迪",
        "",
        *chop(CANTEEN, _WIDTH),
        "",
        "社区食堂让附近的老人都吃上热乎饭菜",
        "",
        "跨江大桥通车",
        *chop(CAPTION, 2 * _WIDTH),
        "",
        "",
        "本报记者  李文清",
        "",
        *chop(NEXT, _WIDTH),
        "",
        "农村公路通到家门口",
    ]
    items = segment("\n".join(lines)).articles
    assert [(a.kind, a.kicker, a.headline) for a in items] == [
        ("article", None, "社区食堂让附近的老人都吃上热乎饭菜"),
        ("photo", None, "跨江大桥通车"),
        ("article", None, "农村公路通到家门口"),
    ]
