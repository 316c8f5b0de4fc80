"""A photo's title of two letters that opens with a common surname (`夏耘`, read as a bare name
would be), set apart over its caption and right on it, is the photo's title: not the signature of
the story above, whose headline stands after its text. A name signs a text under its end or heads it
under its title, never over a caption."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

TEXT = [
    "驻村两年，他走遍了村里的每一户人家，帮着村民把山货卖到了城里。",
    "如今村里建起了合作社，乡亲们的腰包一年比一年鼓。",
]
CAPTION = "江苏兴化市，农民驾驶插秧机在水田里插秧，远处的油菜花开得正旺。"


def test_a_two_letter_photo_title_over_its_caption_is_no_signature() -> None:
    lines = ["本报记者  章  远", ""]
    for paragraph in TEXT:
        lines += chop("\u3000\u3000" + paragraph, 15)
    lines += ["", "安徽金寨县第五批驻村工作队队员", "山沟里的“带货书记”（一线见闻）", "", "夏耘"]
    lines += chop(CAPTION, 18) + ["陶  然摄（新华社发）", ""]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "山沟里的“带货书记”（一线见闻）"),
        ("photo", "夏耘"),
    ]
    assert [a.name for a in articles[0].authors] == ["章远"]
    assert articles[0].paragraphs == TEXT
