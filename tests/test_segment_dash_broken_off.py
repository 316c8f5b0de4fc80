"""A subhead closed by `——` whose dash broke onto a line of its own stays in its story.

A story's part may open under a subhead closed by a dash (`建好管好，守住一路平安——`). Where the dash
has no room left on the subhead's line, extraction prints it alone on the line under it. That line is
the subhead's end, not a subtitle opening with a dash over nothing: the reader keeps the subhead, its
dash and the part under it in the story, and the next story still opens under its own headline.
"""

from __future__ import annotations

from reader.page.segment import segment

PAGE = """示例县推进乡村道路建设

本报某地3月2日电（记者张三）今年以来，
示例县加快乡村道路建设，新修道路一百
余公里，群众出行更加方便。

县里组织各乡镇统筹资金，优先修建通往
学校和卫生院的道路，解决了多年来群众
反映强烈的出行难题。

建好管好，守住一路平安
——

示例县建立道路管护制度，每条道路都有
专人负责日常养护，确保道路畅通。

今后，县里还将继续加大投入，让更多村
庄通上公交车，方便群众进城办事。

某市举办春季招聘会

本报某地3月2日电（记者李四）日前，某市
举办春季招聘会，两百余家企业提供岗位
三千多个，吸引求职者五千余人次参加。
"""


def test_a_dash_alone_under_a_subhead_closes_it() -> None:
    articles = segment(PAGE).articles
    assert [a.headline for a in articles] == ["示例县推进乡村道路建设", "某市举办春季招聘会"]
    first = articles[0]
    assert first.subtitle is None
    assert "建好管好，守住一路平安——" in first.paragraphs
    assert first.paragraphs[-1].startswith("今后，县里还将继续加大投入")


def test_a_dash_alone_closes_a_kicker_over_its_headline() -> None:
    page = PAGE.replace("示例县推进乡村道路建设\n", "修好家门口的路\n——\n示例县推进乡村道路建设\n", 1)
    first = segment(page).articles[0]
    assert (first.kicker, first.headline) == ("修好家门口的路", "示例县推进乡村道路建设")
    assert first.subtitle is None
