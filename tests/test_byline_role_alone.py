"""A byline whose role word stands alone on its line, the names wrapped onto the next.

A narrow column breaks `■ 本报记者  张三 李四` after the role word: `■ 本报记者` alone on a line,
the names on the next, and the story's text right under them. Read apart, the role word stood as
the story's headline and the names ran on into its first paragraph. The reader shows the story under
its own headline, by its two reporters, and its text opening where it opens.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 24
HEADLINE = "老矿区种出一片新林子"
TEXT = [
    "十年前，这里还是一片裸露的矸石山，风一吹，满天都是黑灰，附近的住户常年不敢开窗。",
    "如今，矸石山覆上了新土，种下的刺槐和油松已经长过了人头，山脚下还修起了步道和凉亭。",
    "矿区的老职工说，退休以后最爱做的事，就是每天傍晚来林子里走上一圈，看看自己种下的树。",
]


@pytest.mark.parametrize("marker", ["■ ", ""], ids=["marked", "bare"])
def test_a_role_word_alone_over_its_names_is_the_byline(marker: str) -> None:
    lines = [HEADLINE, "", f"{marker}本报记者", "钟远 林小川", *set_apart(TEXT, WIDTH, 0)]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == [HEADLINE]
    authors = [(author.role, author.name) for author in articles[0].authors]
    assert authors == [("记者", "钟远"), ("记者", "林小川")]
    assert articles[0].paragraphs == TEXT
