"""An editor's note (`编者按：…`) heads a story's text: its lines broken at a column's end and parted
by a blank line are still one note, the one its story opens with; and a note set under a finished
text is the next story's, not the last paragraph of the story above."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 18


CANTEEN = [
    "本报青山3月2日电  （记者林木）青山县今年新办社区食堂二十家，老年人在家门口就能吃上热乎饭菜。",
    "社区食堂每天供应午餐和晚餐，菜品每周更新，老年人凭卡就餐还能享受优惠。",
]
BRIDGE = [
    "本报江城3月3日电  （记者王平）江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟。",
    "大桥通车当天，不少市民早早来到桥头，看着第一批车辆驶过大桥。",
]


def test_an_editors_note_broken_over_a_blank_line_stays_with_its_story() -> None:
    """A headline, its editor's note broken after two full lines with a blank line before the rest,
    and the report under it opening with its dateline: one story holding the note and the report
    (not a headline over the note's first lines and a story with no headline)."""
    note = chop("编者按：社区食堂办到家门口，是群众关心的事。本期我们走进社区，听听居民的声音。", _WIDTH)
    lines = [
        "青山县社区食堂开到家门口",
        *note[:2],
        "",
        *note[2:],
        *(line for p in CANTEEN for line in chop(p, _WIDTH)),
        "",
        "江城跨江大桥通车",
        *(line for p in BRIDGE for line in chop(p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["青山县社区食堂开到家门口", "江城跨江大桥通车"]
    assert articles[0].paragraphs[0].startswith("编者按：") and articles[0].paragraphs[0].endswith("声音。")
    assert [len(a.paragraphs) for a in articles] == [3, 2]


def test_an_editors_note_under_a_finished_text_opens_the_next_story() -> None:
    """An essay headed before its text, then an editor's note (broken over a blank line) and a report
    whose headline is printed after it: the note opens the report, the essay keeps its own two
    paragraphs."""
    width = 16
    essay = [
        "　　阵雨过后，山乡景色如画。村口的老槐树下，几位老人坐着聊天，说起今年的收成，个个笑得合不拢嘴。",
        "　　村里的葡萄园今年又是大丰收，一串串葡萄挂满枝头，从青到紫，看着就让人心里甜滋滋的。",
    ]
    note = chop("编者按：江城建桥，是群众关心的事。从这一期起我们连续刊发几篇稿件，说说各地的做法。", width)
    report = [
        "新华社江城1月21日电（记者王平）江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟。",
        "据介绍，大桥通车以后，过江公交线路将增加到二十条，市民过江更加方便。",
    ]
    lines = ["山乡葡萄甜", "李  明", "", *(line for p in essay for line in chop(p, width)), ""]
    lines += [*note[:2], "", *note[2:], ""]
    for paragraph in report:
        lines += [*chop(paragraph, width), ""]
    lines.append("江城跨江大桥通车")
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["山乡葡萄甜", "江城跨江大桥通车"]
    assert len(articles[0].paragraphs) == 2
    assert articles[1].paragraphs[0].startswith("编者按：")
