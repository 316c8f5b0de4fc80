"""A photo's credit on a line of its own, indented as a paragraph, right under its caption is the
caption's credit carried to the next line: it closes the caption's paragraph, after the gap printed
before it. Under a blank line it was set apart: a paragraph of its own, as printed."""

from __future__ import annotations

import pytest

from reader.page.segment import segment

INDENT = "\u3000\u3000"


def _page(apart: bool) -> str:
    lines = [
        "河畔新添一座口袋公园",
        "本报记者  罗  江",
        "",
        INDENT + "入夏以来，城南河畔新建的口袋",
        "公园迎来不少晨练的居民，步道两",
        "旁种满了月季和绣球。",
        "",
        INDENT + "居民在口袋公园里散步。",
        *([""] if apart else []),
        INDENT + "杜  青摄",
        "",
        INDENT + "公园由一块闲置多年的空地改造",
        "而成，街道征集了居民的意见，保",
        "留了原有的几棵老槐树。",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("apart", "paragraphs"),
    [
        (True, ["居民在口袋公园里散步。", "杜  青摄"]),
        (False, ["居民在口袋公园里散步。  杜  青摄"]),
    ],
)
def test_credit_under_a_blank_line_is_a_paragraph_of_its_own(apart: bool, paragraphs: list[str]) -> None:
    (article,) = [a for a in segment(_page(apart)).articles if a.kind == "article"]
    assert article.headline == "河畔新添一座口袋公园"
    assert article.paragraphs[1 : 1 + len(paragraphs)] == paragraphs
    assert article.paragraphs[-1].startswith("公园由一块闲置")
