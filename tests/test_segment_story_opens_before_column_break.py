"""Two stories printed straight after each other, no blank line between them: one headed over its
text, the next headed after its text. A column break (a blank line) stands a few lines into the
second story, and its texts there share a few words only, as the first story's tail reads into them:
the first story still ends where the second one's words begin, not at the column break."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

LIBRARY = [
    "本报南川3月2日电  （记者 周  航）南川市图书馆新馆今天向读者开放。新馆藏书六十万册，设有少儿阅览区、"
    "古籍修复室和数字阅读体验区，全年开放不休馆。",
    "新馆开馆首日，不少市民一早就在门口排队。退休教师王老伯说，过去借一本地方志要跑好几趟，现在在自助机上"
    "一会儿就能办好借阅手续。",
    "据介绍，图书馆还将与全市四十所中小学合作，定期把流动书车开进校园，让孩子们在家门口读到好书。",
    "馆长表示，新馆还开设了面向老年读者的智能设备课堂，每周两次，手把手教大家用手机查书目、听有声读物，"
    "欢迎市民报名参加。",
]
BRIDGE_OPENING = (
    "4月的江面上，一座钢铁巨龙横跨两岸。凌晨四点，大桥施工队的焊工们已经登上了三十米高的钢梁，"
    "他们要赶在江风变大之前完成最后一段焊接。"
)
BRIDGE = [
    "跨江铁路大桥全长一千八百米，是连接南北两岸的交通要道。建设者们克服了汛期水位上涨、冬季低温施工等困难，"
    "比原计划提前两个月实现主桥合龙。",
    "项目负责人说，钢梁合龙后，工人们将转入桥面铺装和轨道铺设，预计明年上半年具备通车条件。届时，两岸居民"
    "过江的时间将从一个小时缩短到十分钟。",
    "站在江边的老船工感慨，几十年来摆渡过江的日子就要结束了，大桥让两岸真正连在了一起。",
    "为了保护江里的鱼类，施工方在水下作业时专门设置了隔音屏障，并在每年禁渔期暂停了部分水上作业，"
    "得到了沿江渔民的认可。",
]


def test_a_story_headed_after_its_text_opens_where_its_words_begin() -> None:
    """The library story (its headline over it) ends with its own last paragraph; the bridge story
    (its headline and byline after its text) opens with its first paragraph, which stands over the
    column break."""
    lines = ["南川图书馆新馆开放"]
    for paragraph in LIBRARY:
        lines += chop("　　" + paragraph, _WIDTH)
    lines += [*chop("　　" + BRIDGE_OPENING, _WIDTH), ""]
    for paragraph in BRIDGE:
        lines += chop("　　" + paragraph, _WIDTH)
    lines += ["江上钢龙今合拢", "本报记者 林  舟"]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["南川图书馆新馆开放", "江上钢龙今合拢"]
    library, bridge = articles
    assert library.paragraphs[-1].startswith("馆长表示")
    assert bridge.paragraphs[0] == BRIDGE_OPENING
    assert bridge.byline == "本报记者 林舟"
