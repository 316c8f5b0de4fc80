"""A headline printed after its story's text, between blank lines, wrapped where its line was full
inside a word (`…老旧小区改` / `造提升工程`), is one headline: a kicker and its headline end on their own
words, and a line of text as wide as the column is never followed, before a blank line, by a short
line that finishes no sentence."""

from __future__ import annotations

from reader.page.segment import segment

INDENT = "\u3000\u3000"


def _page() -> str:
    lines = [
        "本报记者  鲁  川",
        INDENT + "城东街道今年启动老旧",
        "小区改造，加装电梯、修缮",
        "外墙、增设停车位，惠及居",
        "民三千多户。",
        INDENT + "改造方案经居民议事会",
        "反复商量，确定了先地下后",
        "地上的施工顺序。",
        "",
        "城东街道启动老旧小区改",
        "造提升工程",
        "",
        "社区图书馆开门迎客",
        "本报记者  柏  舟",
        INDENT + "新建的社区图书馆本月",
        "开放，藏书一万多册。",
    ]
    return "\n".join(lines) + "\n"


def test_a_headline_wrapped_inside_a_word_after_its_text_is_one_headline() -> None:
    articles = segment(_page()).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "城东街道启动老旧小区改造提升工程"),
        (None, "社区图书馆开门迎客"),
    ]
