"""A dateline names the reporters of a joint report, one of them of another news organisation
(`（X台记者 甲、新华社记者 乙）`), and a dateline set with a stray space after its `据`
(`据 新华社…电`): both are read as datelines naming their reporters."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

BODY = [
    "\u3000\u3000学校说，菜单由营养师和家长代表一",
    "起商定，每月公示一次采购账目。",
]


def test_a_reporter_of_another_organisation_in_a_datelines_brackets() -> None:
    lines = [
        "山区小学换了新菜单",
        "",
        "\u3000\u3000新华社昆明9月1日电（云岭人民广",
        "播电台记者林涛、新华社记者方园园）入秋",
        "以来，山区几所小学的食堂换了新菜单。",
        *BODY,
    ]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == [Author("记者", "林涛"), Author("记者", "方园园")]


def test_a_stray_space_after_the_datelines_according_to() -> None:
    lines = [
        "山区小学换了新菜单",
        "",
        "据 新华社开罗９月１日电",
        "（记者林涛）  入秋以来，山区几所",
        "",
        "小学的食堂换了新菜单，孩子们吃得香。",
        *BODY,
    ]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.headline == "山区小学换了新菜单"
    assert article.authors == [Author("记者", "林涛")]
