"""A dateline opening the text under a box that heads it (`编者按：…`) is the story's byline, even
where the line end breaks it (`新华社某地３月５日` / `电（记者X）…`)."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

PAGE = [
    "河谷小城试水夜间集市（城乡新貌）",
    "",
    "\u3000\u3000编者按：河边的灯亮了，小城的",
    "晚上有了去处。这一组稿件从本期",
    "开始连载，欢迎读者来信谈谈看法。",
    "\u3000\u3000新华社临江３月５日",
    "电（记者林涛）  河谷小城的夜间",
    "集市今晚开市，两百多个摊位沿河",
    "排开，小吃、手工艺品和本地果蔬",
    "吸引了不少市民和游客前来逛街。",
    "\u3000\u3000集市管理方说，摊位每晚轮换，",
    "优先照顾本地农户和返乡青年。",
]


def test_a_dateline_broken_at_the_line_end_under_an_editors_note_is_the_byline() -> None:
    (article,) = segment("\n".join(PAGE) + "\n").articles
    assert article.headline == "河谷小城试水夜间集市（城乡新貌）"
    assert article.authors == [Author("记者", "林涛")]
    assert article.paragraphs[0].startswith("编者按：")
    assert article.paragraphs[1].startswith("河谷小城的夜间集市今晚开市")
