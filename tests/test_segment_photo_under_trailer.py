"""A signed article closed by a note in brackets over three lines (`（作者为…` / `…整理）`), then, with
no blank line between, a photo standing alone: its title and its captions set wider than the column,
and its credit. The note closes the article; the photo is an item of its own, named by its title. The
title and captions were one unit with the note (read as the article's caption), and the photo was
lost into the article."""

from __future__ import annotations

from reader.page.segment import segment

LINES = [
    "“咱农民也能把日子过成诗”",
    "",
    "张  山",
    "我爱写诗，也喜欢把日子过成",
    "诗。把土地给的灵感化成一行",
    "行诗句，铺在耕耘的日子里。",
    "",
    "有人问，写诗图个啥？就图个",
    "高兴。咱农民也能把日子过成",
    "诗，把自己活成诗！",
    "",
    "（作者为西吉县高同村村民、",
    "文学爱好者，本报记者李思采",
    "访整理）",
    "竹子做成汽车零件",
    "在柳州汽车城的一座工厂里，工人们正在组装竹纤维材料制成的汽车零部件。",
    "柳州建成汽车零部件“以竹代塑”产业链，竹纤维复合材料已用于内饰、座椅背板等。",
    "以上图片均为王林摄（新华社发）",
    "邻里纠纷化解记",
    "本报记者  孙  超",
    "",
    "“丁零零……”电话响起。派出",
    "所所长接起电话，传来的是两位",
    "村民爽朗的笑声。",
]


def test_a_photo_under_an_article_closed_by_a_note_is_its_own() -> None:
    articles = segment("\n".join(LINES) + "\n").articles
    assert [a.kind for a in articles] == ["article", "photo", "article"]
    poem, photo, story = articles
    assert poem.paragraphs[-1].startswith("（作者为西吉县")
    assert poem.paragraphs[-1].endswith("访整理）")
    assert photo.headline == "竹子做成汽车零件"
    assert photo.paragraphs[0].startswith("在柳州汽车城")
    assert story.headline == "邻里纠纷化解记"
