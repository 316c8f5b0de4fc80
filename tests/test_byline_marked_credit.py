"""A photo standing alone whose caption closes on a marked credit naming its agency (`■ X摄（新华社发）`)."""

from __future__ import annotations

from reader.model import Author
from reader.page.credits import split_credit
from reader.page.segment import segment

PAGE = [
    "河畔春来早（城乡新貌）",
    "",
    "本报记者  林  涛",
    "",
    "\u3000\u3000河堤上的柳树抽出新芽，早起",
    "的人们沿着步道慢跑，孩子们在草",
    "地上放风筝，笑声传得很远。",
    "",
    "\u3000\u3000社区把旧仓库改成了阅览室，",
    "周末总有老人带着孙辈来借书。",
    "",
    "渔船在晨雾中驶出港湾。  ■ 钟晓岚摄（新华社发）",
    "",
    "山村小学添了新操场",
    "",
    "本报记者  周远航",
    "",
    "\u3000\u3000新铺的跑道还带着塑胶的气味，",
    "孩子们下课后围着跑了一圈又一圈。",
    "",
    "\u3000\u3000老师说，明年还要建一座图书角，",
    "让孩子们课间也能读上书。",
]


def test_a_marked_credit_with_its_agency_is_split_off_the_caption() -> None:
    text, credit = split_credit("渔船在晨雾中驶出港湾。  ■ 钟晓岚摄（新华社发）")
    assert text == "渔船在晨雾中驶出港湾。"
    assert credit is not None and credit.authors == [Author("摄影", "钟晓岚")]


def test_a_photo_standing_alone_keeps_its_caption_and_names_its_photographer() -> None:
    articles = segment("\n".join(PAGE) + "\n").articles
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.paragraphs == ["渔船在晨雾中驶出港湾。"]
    assert photo.authors == [Author("", "钟晓岚")]
    titles = [a.headline for a in articles if a.kind != "photo"]
    assert titles == ["河畔春来早（城乡新貌）", "山村小学添了新操场"]
