"""A numbered series of photos (`图①`, `图②`) printed over a story's heading, whose words that story
tells, goes to that story whole: the photos of a series are one story's, not the first left behind."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 15

MARKET = [
    "南湖区老集市今天重新开市，摊位由八十个增加到一百二十个，周边居民步行十分钟就能买到新鲜蔬菜。",
    "集市管理处说，新集市设了停车区和休息区，还请来了农技人员现场答疑。",
]
TEA = [
    "清明前后，青山村的茶园迎来采摘高峰。村里的茶农每天天不亮就上山，赶在露水干之前采下头茬嫩芽。",
    "村党支部书记说，茶园今年引进了新的炒茶设备，青山村的春茶产量比去年多了两成，采茶工的收入也跟着涨了。",
]


def _page() -> str:
    lines = ["老集市重新开市", "", "本报记者  王  明", ""]
    for paragraph in MARKET:
        lines += [*chop(paragraph, _WIDTH), ""]
    lines += ["图①：远处的山坡上云雾缭绕。", "本报记者  李  华摄", "图②：青山村的茶农在茶园采摘春茶。"]
    lines += ["本报记者  赵  岚摄", ""]
    lines += ["青山村春茶开采", "", "本报记者  周  航", ""]
    for paragraph in TEA:
        lines += [*chop(paragraph, _WIDTH), ""]
    return "\n".join(lines)


def test_a_numbered_series_goes_down_whole() -> None:
    """Each photo closed by its own credit, only the second's caption naming the story under it: both
    photos open that story, in page order, and the story above keeps its own text only."""
    articles = segment(_page()).articles
    assert [a.headline for a in articles] == ["老集市重新开市", "青山村春茶开采"]
    above, below = articles
    assert above.paragraphs == MARKET
    assert below.paragraphs[0] == "图①：远处的山坡上云雾缭绕。"
    assert [p[:2] for p in below.paragraphs if p.startswith("图")] == ["图①", "图②"]
    assert below.paragraphs[-len(TEA) :] == TEA
