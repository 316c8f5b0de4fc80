"""A photo printed with its credit alone (no caption, no title) under a story is that story's photo.

`duba search 'date:2019-03'` lists a month's articles in page order: such a photo came first on its page
as a blank line, `2.   [人民日报 2019-03-05 第2版 …]`, and the reader's sidebar row was an empty `图`.
It was then listed by its credit, as an item of its own; now its credit line closes the story above
it, as the truths of every layout set print such a credit (a story's last paragraph).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clitest import duba

PAGE = "\n".join(
    [
        "人民日报  2019年3月5日  星期二  第2版",
        "",
        "某地举行成果发布会",
        "",
        "　　本报北京3月4日电  （记者 王明）今天，某地举行了成果发布会，展示了多项新成果，",
        "吸引了众多市民前来参观。",
        "",
        "（新华社记者 韩  超摄）",
        "",
        "另一地推进乡村振兴",
        "",
        "　　本报讯（记者 李红）近日，另一地推进乡村振兴，农民收入继续增加，群众生活",
        "不断改善。",
        "",
    ]
)


@pytest.mark.usefixtures("temp_dirs")
def test_a_photo_with_its_credit_alone_is_the_story_aboves(tmp_path: Path) -> None:
    page = tmp_path / "2019-03-05_02.txt"
    page.write_text(PAGE, encoding="utf-8")
    ran = duba("search", "date:2019-03", str(page))
    titles = [line.split("  [")[0][4:] for line in ran.stdout.splitlines() if "  [" in line]
    assert titles == ["某地举行成果发布会", "另一地推进乡村振兴"], ran.stdout
    assert "（新华社记者韩超摄）" in ran.stdout.split("另一地推进乡村振兴")[0]  # (the first story's text)
