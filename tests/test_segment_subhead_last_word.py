"""An in-body subhead wrapped at the column's edge, its last word alone on the next line (`…分配和支持` /
`范围等`): the word closes a phrase, no one's name ends so, so it is no signature opening a story."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

FIRST = [
    "某省今年将继续实施消费品以旧换新政策，资金比去年增加三成，覆盖的品类更多。",
    "省发展改革委有关负责人介绍，新政策更加注重精准，补贴将向县城和乡村倾斜。",
]
SECOND = [
    "今年的补贴资金将分三批下达，第一批已在一月初下达到各市，确保政策平稳接续。",
    "在支持范围上，新增了智能手表、智能眼镜等品类，群众可以就近到门店申请补贴。",
]
BRIDGE = [
    "江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟，过江的市民都说方便多了。",
    "桥面设有双向六车道和人行步道，夜间亮起的景观灯把江面映得格外好看。",
]
SUBHEAD = "某省今年将优化补贴资金分配和支持"  # (as wide as the column)


def _text(paragraphs: list[str]) -> str:
    return "\n\n".join("\n".join(chop(p, _WIDTH)) for p in paragraphs)


def test_a_subheads_last_word_wrapped_alone_is_no_signature() -> None:
    """A story, its text parted by a subhead that fills the column and wraps its last word (`范围等`)
    onto a line of its own, then the next story. Before, the word read as a writer's name signing
    a new story headed by the subhead's first line, and the story was cut there."""
    assert len(SUBHEAD) == _WIDTH
    page = "\n\n".join(
        [
            "以旧换新政策持续发力",
            "本报记者  王小明",
            _text(FIRST),
            SUBHEAD + "\n范围等",
            _text(SECOND),
            "跨江大桥今天通车",
            "本报记者  林木森",
            _text(BRIDGE),
        ]
    )
    articles = segment(page).articles
    assert [a.headline for a in articles] == ["以旧换新政策持续发力", "跨江大桥今天通车"]
    assert articles[0].authors == [Author("记者", "王小明")]
    assert articles[0].paragraphs == [*FIRST, SUBHEAD + "范围等", *SECOND]
