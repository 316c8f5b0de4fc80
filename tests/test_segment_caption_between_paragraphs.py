"""A photo's caption set across the column between two paragraphs, on a page that indents its
paragraphs and prints no blank lines: the caption, closed by its credit, is a paragraph of its own,
even under a paragraph whose last line fills the column (no text runs on into a caption)."""

from __future__ import annotations

from reader.page.segment import segment

LINES = [
    "社区里的代表工作站",
    "",
    "本报记者  刘  洋",
    "",
    "\u3000\u3000“去哪儿我都带着笔和本。”王",
    "红梅说，“只有真心倾听群众呼声，",
    "用心为群众办实事，才对得起代表",
    "这个身份，才能把老人的事办好。”",
    "王红梅（左）在社区走访老人。（本报记者  李  明摄）",
    "\u3000\u3000今年，王红梅的调研重点是养",
    "老服务。她已在社区走访了一百多",
    "户老人，收集意见建议三十多条。",
    "\u3000\u3000下一步，她还将到周边的社区",
    "看一看，把大家的心声带到会上。",
]


def test_a_caption_wider_than_its_column_between_paragraphs_is_its_own() -> None:
    (article,) = segment("\n".join(LINES) + "\n").articles
    assert article.headline == "社区里的代表工作站"
    assert [p[:8] for p in article.paragraphs] == [
        "“去哪儿我都带着",
        "王红梅（左）在社",
        "今年，王红梅的调",
        "下一步，她还将到",
    ]
    assert article.paragraphs[0].endswith("才能把老人的事办好。”")
