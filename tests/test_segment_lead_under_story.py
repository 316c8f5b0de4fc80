"""A story headed over its text, then a brief with no byline or dateline whose headline is printed
after its text, on a page with a blank line between paragraphs: nothing but words marks where the
brief opens. A news story's first paragraph tells its headline again; the brief opens at the
paragraph that holds the headline's words, where the story above shares few of them. The brief's
headline was put over the story's last paragraphs and the brief, and the story kept only its first."""

from __future__ import annotations

from reader.page.segment import segment

STORY = [
    "海关总署严查进口冻品走私",
    "",
    "本报北京3 月 9 日电  （记者周明）",
    "记者9日从海关总署获悉：去年全国海关",
    "共立案侦办冻品走私犯罪案件412起，案",
    "值39亿元，抓获600余人。",
    "",
    "冻品走私不仅扰乱市场秩序，还可能带来",
    "疫病传入风险。一些不法分子利用边境小",
    "道和海上偷运，将来历不明的冻肉冻品运",
    "进内地，流入餐饮环节。",
    "",
    "海关总署有关负责人表示，今年将继续保",
    "持高压态势，联合公安、市场监管等部门",
    "开展专项行动，从源头上切断走私链条，",
    "守护舌尖上的安全。",
    "",
]
BRIEF = [
    "8日，我国首条跨海高速磁浮试验线在福",
    "建平潭完成全线贯通，标志着我国在高速",
    "磁浮工程领域实现突破。",
    "",
    "该试验线全长12公里，其中跨海段长约",
    "5公里，设计时速600公里。建设团队攻",
    "克了多项难题。",
    "",
    "据介绍，试验线将用于开展高速磁浮系统",
    "的综合试验验证。（据新华社电）",
    "",
    "首条跨海高速磁浮试验线全线贯通",
]


def test_a_brief_opens_at_the_paragraph_that_tells_its_headline() -> None:
    first, brief = segment("\n".join(STORY + BRIEF) + "\n").articles
    assert first.headline == "海关总署严查进口冻品走私"
    assert len(first.paragraphs) == 3
    assert first.paragraphs[-1].endswith("守护舌尖上的安全。")
    assert brief.headline == "首条跨海高速磁浮试验线全线贯通"
    assert brief.paragraphs[0].startswith("8日，我国首条跨海高速磁浮")
    assert len(brief.paragraphs) == 3
    assert brief.paragraphs[-1].endswith("（据新华社电）")
    assert brief.byline is None
