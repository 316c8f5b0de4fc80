"""A story's heading run on under a photo's caption with no blank line anywhere: the caption (its
credit at its end), the headline closed by its column's tag, the writers' names alone, then the
text.

A line closed by a column's tag is no line of text, so the names under it head a story though no
role word names them reporters: the reader shows the story under its headline, by its two writers,
with the caption printed over its heading as its first paragraph.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

ABOVE = [
    "乡村文化的繁荣，离不开一代代文艺工作者扎根基层、服务群众。",
    "让文艺之花开遍乡野，乡村振兴就有了源源不断的精神力量。",
]
CAPTION = "村里的舞狮队在梅花桩上表演。　　受访者供图"
HEADLINE = "山村舞狮队，走上大舞台（文化观察）"
TEXT = [
    "傍晚时分，村口的练功场上锣鼓声准时响起，十几名年轻队员踩着节拍练习腾跃。",
    "从村里的晒谷场到省城的大舞台，这支舞狮队用了整整十年。",
]


def test_a_tagged_headline_under_a_captions_credit_over_names_alone_heads_its_story() -> None:
    lines = ["■ 本报记者 李  明"]
    for paragraph in ABOVE:
        lines += chop(paragraph, 17)
    lines += ["", CAPTION, HEADLINE, "王  丽  赵  刚"]
    for paragraph in TEXT:
        lines += chop(paragraph, 17)
    articles = [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]
    assert [a.headline for a in articles] == [None, HEADLINE]
    story = articles[-1]
    assert [author.name for author in story.authors] == ["王丽", "赵刚"]
    # (the caption printed over the heading is the story's photo: its first paragraph, credit kept)
    assert story.paragraphs == ["村里的舞狮队在梅花桩上表演。  受访者供图", *TEXT]
    assert all(HEADLINE not in paragraph for paragraph in articles[0].paragraphs)
