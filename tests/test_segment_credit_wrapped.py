"""A photo's caption printed in the column of its story, its credit wrapped at the column's end
(`…（新华社记者 刘玉` / `生摄）`), then the story's text, indented: the text is the story's, in
paragraphs of its own. It was read as the caption's run-on, and the caption and every paragraph
under it became one paragraph."""

from __future__ import annotations

from reader.page.segment import segment

LINES = [
    "海上油田供气进城",
    "本报记者王海",
    "",
    "日前，河口镇服装厂下属的西服厂",
    "通过了评审，获得了 ISO9000质量",
    "体系认证书。",
    "图为质检人员在研究解决质量问题",
    "。（新华社记者 何全良摄）",
    "图为河口镇街头新近出现的一批公",
    "用电话亭。图为农民在公用电话亭",
    "打电话。（新华社记者 刘玉",
    "生摄）",
    "\u3000\u3000倍受市民关注的海上油田今天",
    "正式投产，开始向城区供油供气。",
    "\u3000\u3000此次投产的一期工程由两个海",
    "上油田和一个陆地处理厂组成，年",
    "产原油五十万吨。",
    "\u3000\u3000油田的投产圆了百姓使用清洁",
    "燃料的梦。",
]


def test_text_under_a_wrapped_credit_is_not_the_caption() -> None:
    (article,) = segment("\n".join(LINES) + "\n").articles
    assert article.headline == "海上油田供气进城"
    assert [p[:6] for p in article.paragraphs][2:] == [
        "图为河口镇街",
        "倍受市民关注",
        "此次投产的一",
        "油田的投产圆",
    ]
    assert article.paragraphs[2].endswith("。（新华社记者刘玉生摄）")
