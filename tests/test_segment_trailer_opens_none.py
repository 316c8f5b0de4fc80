"""A bracketed note under a finished text (`（X整理）`, `（摘编自…）`) closes that text: no story opens
with it. On a page whose headlines stand after their bodies, the note is the last paragraph of the
text above it, and the headline under it names that whole text."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop, stack

_WIDTH = 18


NEWS = [
    "本报北京3月4日电  （记者林木）记者4日从有关部门获悉：今年将在全国开展城市公园提质行动，新建和改造"
    "城市公园一千个，让居民出门就能走进公园。",
    "有关部门将围绕以下重点开展城市公园提质行动：新建口袋公园；改造老旧城市公园；城市公园增设健身步道；"
    "城市公园延长开放时间等。",
]
PROPOSAL = [
    "建议人：某某学会",
    "缘起：近年来，各地积极建设社区食堂，方便了老年人就餐。但在实践中仍有一些问题，例如，社区食堂运营"
    "成本高，资金来源单一，服务人员不足。",
    "建议：明确社区食堂公益属性，加大支持力度。将社区食堂纳入社区服务设施规划，通过场地减免、水电优惠"
    "等方式，支持社会力量开办社区食堂。",
    "完善社区食堂服务标准。建立健全社区食堂服务标准，保障饭菜质量和卫生安全。",
    "（文  平整理）",
]
MARKET = [
    "清晨的菜市场里，摊主们早早摆好了新鲜蔬菜，买菜的居民提着篮子来回挑选，讨价还价声此起彼伏。",
    "菜市场改造以后，地面干净了，摊位整齐了，居民买菜更舒心。一位老人说，现在来菜市场就像逛超市一样。",
]


def test_a_note_under_a_finished_text_closes_it_and_its_headline_names_the_whole_text() -> None:
    """A news report headed before its body, then a proposal in a narrower column whose headline
    stands after it, closed by the editor's note `（文  平整理）`, then a story headed after its
    body: the proposal is one story of five paragraphs under its own headline, the note its last
    (not a story of its own with the proposal's first line read as a headline)."""
    text = stack(
        "全国城市公园提质行动启动",
        *(chop(p, _WIDTH) for p in NEWS),
        *(chop(p, 16) for p in PROPOSAL),
        "办好社区食堂（建议摘登）",
        "本报记者  王平",
        *(chop(p, _WIDTH) for p in MARKET),
        "菜市场变了样（民生观察）",
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == [
        "全国城市公园提质行动启动",
        "办好社区食堂（建议摘登）",
        "菜市场变了样（民生观察）",
    ]
    proposal = articles[1].paragraphs
    assert len(proposal) == 5
    assert proposal[0] == "建议人：某某学会"
    assert proposal[-1].startswith("（文")
