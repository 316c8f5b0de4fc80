"""A joint report from several countries names each reporter under their post abroad, all on one
byline line (`本报驻甲国记者  X  本报驻乙国记者  Y  …`), longer than any other byline. The reader
lists every reporter as the story's author, not the line as the story's first paragraph."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

BYLINE = "本报驻葡萄牙记者  林  溪  本报驻智利记者  唐家宁  本报驻新西兰记者  郝  川"
TEXT = [
    "寒假将至，不少国家的中小学生走进博物馆、图书馆和科技馆，在假期里学到课本之外的知识。",
    "葡萄牙里斯本的海洋馆推出了夜宿活动，孩子们在巨大的水族箱旁搭起帐篷，听讲解员讲深海鱼类的故事。",
    "智利圣地亚哥的天文台向学生开放，工作人员教孩子们用望远镜寻找南十字星。",
]


def test_a_byline_naming_reporters_at_three_posts_names_them_all() -> None:
    lines = ["假期里的“第二课堂”（环球走笔）", "", BYLINE, ""]
    for paragraph in TEXT:
        lines += chop(paragraph, 16)
    story = segment("\n".join(lines) + "\n").articles[0]
    assert story.headline == "假期里的“第二课堂”（环球走笔）"
    assert [(a.role, a.name) for a in story.authors] == [
        ("记者", "林溪"),
        ("记者", "唐家宁"),
        ("记者", "郝川"),
    ]
    assert story.paragraphs == TEXT
