"""A commentary signed with a bare name whose surname is a rarer one (`智`) is signed by that writer."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

TEXT = [
    "老街改造完成后，沿街的店铺重新开张，晚上散步的人比从前多了不少。",
    "改造中保留的老门楼和石板路，成了不少游客拍照打卡的地方。",
]


def test_a_commentary_signed_by_a_writer_with_a_rarer_surname_names_them() -> None:
    lines = ["老街的新烟火（金台随笔）", "智远航", ""]
    for paragraph in TEXT:
        lines += chop("\u3000\u3000" + paragraph, 16)
    (story,) = segment("\n".join(lines) + "\n").articles
    assert [(a.role, a.name) for a in story.authors] == [("", "智远航")]
    assert story.paragraphs == TEXT
