"""Photos printed between two stories whose captions share no words with the text on either side
stand alone: an article's captions tell of the people and places its text tells of, where a photo
standing alone tells of something else. On the helper sets' truths, 150 of 210 photos standing alone
share at most one pair of ideographs with the story on either side, where 51 of 428 captions printed
with an article share that few with its text. Captions that tell of the story under them stay that
story's."""

from __future__ import annotations

from reader.page.segment import segment

INDENT = "\u3000\u3000"


def _wrap(text: str, width: int, indent: bool = True) -> list[str]:
    """`text` cut into lines of `width` characters, the first indented as a paragraph's."""
    text = (INDENT if indent else "") + text
    return [text[k : k + width] for k in range(0, len(text), width)]


_ABOVE = [
    "废弃多年的老码头改造完工，沿江新添了三公里步道和两座观景平台，周末来散步的人一拨接一拨。",
    "改造保留了码头的吊机和系缆桩，市民在步道上散步，能看到江面上往来的货船，老人们说这里又热闹起来了。",
    "设计团队说，码头的老物件都编了号，哪一件放在哪里，都听取了附近居民的意见。",
]
_BELOW = [
    "村里的图书室新到了一批农技和少儿读物，周末常有孩子来借书，管理员还专门添了两张长桌。",
    "图书室还办起了读书会，每月请农技员来讲课，讲怎么种果树、怎么防病虫害，来听课的人越来越多。",
    "办好一间图书室，不在于书有多少，而在于有没有人常来坐一坐、翻一翻。",
]
_TEA = (
    "雨后的茶山云雾缭绕，茶农背着竹篓在茶垄间采摘新茶，山下的村庄升起袅袅炊烟。"
    "图为在半山腰的茶园里，茶农（左一）在教徒弟辨认芽叶。"
)
_SNOW = "雪后的草原上，牧民赶着羊群转场，远处雪山连绵，羊群在雪地上踩出一条蜿蜒的小路。"
_PORT = "海边的渔港里，渔民把刚打上来的鱼虾分拣装箱，连夜运往城里的市场，天亮前就能上架。"
_READERS = (
    "村里的图书室新到了一批农技读物，管理员在长桌旁教孩子们借书。"
    "图为周末来图书室读书的孩子们和来讲课的农技员。"
)


def _page(second: str, third: str) -> str:
    """A story whose heading is printed after its text, three photos, and a story signed and
    headed after its text: the first photo titled, the other two as `second` and `third` tell."""
    lines = ["本报记者  岑  溪", ""]
    for paragraph in _ABOVE:
        lines += _wrap(paragraph, 19)
    lines += [INDENT + "（本报记者岑溪整理）", "", "江城滨江岸线整治工程全线完工改造历时三年——"]
    lines += ["老码头变身滨江公园（城市更新）", "", "雪原转场"]
    lines += _wrap(
        "雪后的草原上，牧民赶着羊群转场，远处雪山连绵，羊群在雪地上踩出一条蜿蜒的小路。", 22, False
    )
    lines += ["巴  图摄（新华社发）", ""]
    lines += _wrap(second, 31, False) + ["柯  山摄（人民视觉）", ""]
    lines += _wrap(third, 20, False) + ["林  海摄（影像中国）", "", ""]
    for paragraph in _BELOW:
        lines += _wrap(paragraph, 19)
    lines += ["任  远", "", "乡村图书室添新书（纵横）"]
    return "\n".join(lines) + "\n"


def test_photos_telling_of_neither_story_stand_alone() -> None:
    articles = segment(_page(_TEA, _PORT)).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "老码头变身滨江公园（城市更新）"),
        ("photo", "雪原转场"),
        ("photo", None),
        ("photo", None),
        ("article", "乡村图书室添新书（纵横）"),
    ]
    assert [[person.name for person in a.authors] for a in articles] == [
        ["岑溪"],
        ["巴图"],
        ["柯山"],
        ["林海"],
        ["任远"],
    ]
    assert articles[-1].paragraphs[0].startswith("村里的图书室")


def test_a_photo_telling_of_the_story_under_it_stays_with_that_story() -> None:
    articles = segment(_page(_TEA, _READERS)).articles
    assert [a.kind for a in articles] == ["article", "photo", "photo", "article"]
    assert articles[-1].paragraphs[0].startswith("村里的图书室新到了一批农技读物，管理员")


_ORCHARD = [
    "入秋以来，山坡上的果园里苹果陆续成熟，果农们天不亮就上山采摘，装箱后运往山下的分拣中心。",
    "合作社今年新建了冷库，苹果可以存到来年春天再卖，果农不用再赶着低价出手。",
]


def _orchard_page(credit: str) -> str:
    """A story headed before its text, its own photo (caption and credit) set tight under it, and
    after a blank line a photo from abroad credited `credit`, whose caption shares with the story
    only one common pair of ideographs (`以来`)."""
    lines = ["山乡苹果丰收季", "本报记者  纪  原"]
    for paragraph in _ORCHARD:
        lines += _wrap(paragraph, 16, False)
    lines += ["图为果农在分拣中心给苹果装箱。", "方  舟摄", ""]
    abroad = "自去年开业以来，这家位于布宜诺斯艾利斯的中餐馆天天座无虚席，不少食客专程赶来。"
    lines += _wrap(abroad, 30, False)
    lines += [credit, ""]
    return "\n".join(lines) + "\n"


def test_a_photo_set_apart_after_a_storys_own_photo_stands_alone() -> None:
    articles = segment(_orchard_page("本报阿根廷分社  胡安·佩雷斯摄")).articles
    assert [(a.kind, a.headline) for a in articles] == [("article", "山乡苹果丰收季"), ("photo", None)]
    assert articles[0].paragraphs[-2:] == ["图为果农在分拣中心给苹果装箱。", "方  舟摄"]
    assert articles[1].paragraphs[0].startswith("自去年开业以来")


def test_a_bureau_abroad_credit_names_its_photographer() -> None:
    photo = segment(_orchard_page("本报阿根廷分社  胡安·佩雷斯摄")).articles[-1]
    assert photo.byline == "本报阿根廷分社  胡安·佩雷斯摄"
    assert [(a.role, a.name) for a in photo.authors] == [("", "胡安·佩雷斯")]


def test_a_story_that_sets_its_photos_apart_keeps_each_of_them() -> None:
    """A story that sets its first photo apart from its text, a blank line over it, sets each of its
    photos so: the next photo, apart too and sharing a single pair of words with the text, is still
    the story's (only photos set apart after a story's photos set tight under its text may be
    another's)."""
    lines = ["古城灯会开幕", "本报记者  舒  禾", ""]
    lines += _wrap(
        "元宵节前夕，古城灯会在南门广场开幕，五十多组彩灯沿护城河一字排开，吸引了大批市民游客。", 16, False
    )
    lines += [""] + _wrap("灯会将持续到正月十八，每晚六点亮灯，现场还有非遗手艺人展示剪纸和糖画。", 16, False)
    lines += ["", "护城河边的彩灯倒映在水中。", "本报记者  舒  禾摄", ""]
    lines += _wrap("夜色中，孩子们提着兔子灯在广场上嬉戏。", 16, False)
    lines += ["通讯员  甘小溪摄", "", "社区书屋添新书", "本报记者  苗  青", ""]
    lines += _wrap("城北社区书屋近日新到两千册图书，居民可以凭借阅卡免费借阅。", 16, False)
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "古城灯会开幕"),
        ("article", "社区书屋添新书"),
    ]
    assert articles[0].paragraphs[-1] == "通讯员  甘小溪摄"
