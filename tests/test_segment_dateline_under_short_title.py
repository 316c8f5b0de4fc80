"""A story whose kicker wraps at the column's edge and whose headline sits right over its dateline,
no blank line between (`推动“一网通办”服务再度升级` / `本报海城5月17日电  （记者王明）`): the dateline's line
opens the story's text under its headline. The headline, a few characters short of the column, was
read as the first line of the text (the dateline run on under it), and the story had no headline."""

from __future__ import annotations

from reader.page.segment import segment

LINES = [
    "江城打造第二批滨水绿道",
    "本报江城5月17日电  （记者罗林）",
    "为打造高品质滨水公共空间，江城今年",
    "启动第二批滨水绿道建设，新建绿道十",
    "二条，串起沿江的公园和街区。",
    "",
    "",
    "海城明确要以企业群众感受度为",
    "标尺",
    "推动“一网通办”服务再度升级",
    "本报海城5月17日电  （记者王明）",
    "海城日前印发深化“一网通办”改革行",
    "动方案，提出到年底，高频事项全部实",
    "现网上办、掌上办、一次办。",
]


def test_a_headline_right_over_its_dateline_heads_the_story() -> None:
    first, second = segment("\n".join(LINES) + "\n").articles
    assert first.headline == "江城打造第二批滨水绿道"
    assert second.headline == "推动“一网通办”服务再度升级"
    assert second.kicker == "海城明确要以企业群众感受度为标尺"
    assert second.byline is not None and "王明" in second.byline
    assert second.paragraphs[0].startswith("海城日前印发")
