"""Text set in no column, a paragraph to a line (copied from a web page or a word processor): each
line that finishes a sentence ends its paragraph, however long the lines run."""

from __future__ import annotations

from reader.page.segment import segment

PARAGRAPHS = [
    "记者近日从市教育局获悉：今年全市新建、改扩建中小学和幼儿园二十四所，新增学位一万八千个，"
    "城区学校大班额问题基本得到解决，学生上学难、入园难的问题进一步缓解。",
    "在师资方面，全市今年公开招聘中小学教师六百余名，其中音乐、体育、美术和心理健康教师占三成，"
    "还通过集团化办学让优质学校的骨干教师到薄弱学校任教，带动学校整体教学水平提升。",
    "市教育局有关负责人表示，下一步将继续推进义务教育优质均衡发展，加快建设一批高标准学校，"
    "让更多孩子在家门口就能上好学。",
    "家长们对这些变化感受明显。“以前接孩子要穿过大半个城区，现在学校就在小区旁边，走路五分钟就到，"
    "孩子每天能多睡半个小时。”家住城东的王女士说。",
]


def test_each_long_line_finishing_a_sentence_is_a_paragraph_of_its_own() -> None:
    """Four paragraphs of 50 to 80 characters, each on one line under a headline and a dateline:
    four paragraphs, as printed. (Before, a line as wide as the widest of them read as a column's
    full line, and the paragraph under it ran on into it.)"""
    text = "\n".join(["全市新增学位一万八千个", "本报讯（记者 刘桐）", *PARAGRAPHS]) + "\n"
    [article] = segment(text).articles
    assert article.headline == "全市新增学位一万八千个"
    assert article.paragraphs == PARAGRAPHS


def test_a_short_item_on_a_page_set_in_no_column_keeps_its_paragraphs_too() -> None:
    """A second story (headline, byline) of two paragraphs of about forty characters, each on its
    line: alone, its lines would read as a column's full lines, the second going on from the first;
    on a page whose other story is set in no column, they are two paragraphs."""
    canteen = [
        "城西街道今年开办的三家社区食堂已经迎来第一批食客，每天供应两荤两素，价格实惠。",
        "年满七十岁的老人在社区食堂用餐打八折，行动不便的老人还可以请志愿者送餐上门。",
    ]
    second = ["社区食堂开门迎客", "本报记者  何平", *canteen]
    text = "\n".join(["全市新增学位一万八千个", "本报讯（记者 刘桐）", *PARAGRAPHS, "", *second])
    articles = segment(text + "\n").articles
    assert [a.headline for a in articles] == ["全市新增学位一万八千个", "社区食堂开门迎客"]
    assert [a.paragraphs for a in articles] == [PARAGRAPHS, canteen]


def test_lines_of_unwrapped_text_narrower_than_the_widest_are_paragraphs_too() -> None:
    """Two stories of paragraphs of 35 to 56 characters, each on its line, all under `UNWRAPPED`:
    the widest line is no column's full line, so the one under it opens a paragraph of its own.
    (Before, the first story's first two paragraphs ran together.)"""
    page = [
        "老街改造留住烟火气",
        "本报记者 王平",
        "今年以来，我市对城区十二条老街进行改造，在保留原有街巷格局的基础上，更新了地下管网和路面，"
        "新增绿地三千平方米。",
        "改造中，施工方邀请居民代表参与方案讨论，先后召开座谈会二十余场，收集意见三百多条。",
        "“以前一下雨路面就积水，现在走路舒心多了。”家住青石巷的居民张大爷说。",
        "社区食堂开进老小区",
        "本报讯（记者 刘洋）近日，位于东湖街道的社区食堂正式开门营业，为周边老人提供午餐和晚餐。",
        "食堂负责人介绍，老人凭卡就餐可享受优惠，行动不便的老人还可预约送餐上门。",
    ]
    first, second = segment("\n".join(page) + "\n").articles
    assert first.headline == "老街改造留住烟火气"
    assert first.paragraphs == page[2:5]
    assert second.headline == "社区食堂开进老小区"
    assert second.paragraphs == [page[6].removeprefix("本报讯（记者 刘洋）"), page[7]]


def test_a_wrapped_indented_story_with_a_list_keeps_its_paragraphs() -> None:
    """A story set in a column, its paragraphs indented, with a list of short items (each a line,
    each a sentence): its lines mostly end sentences and few fill the column, but lines go on flush
    under others, as a column's text does, so it is no text copied a paragraph to a line."""
    page = [
        "市民文明公约发布",
        "",
        "本报记者  王  平",
        "",
        "\u3000\u3000近日，市文明办发布了市民文明公约。",
        "公约全文共六条，具体内容如下。",
        "\u3000\u3000一、爱护公共设施。",
        "\u3000\u3000二、自觉排队礼让他人。",
        "\u3000\u3000三、垃圾分类投放到位。",
        "\u3000\u3000四、公共场所不大声喧哗。",
        "\u3000\u3000五、文明驾驶礼让行人。",
        "\u3000\u3000六、邻里之间和睦相处，互帮互助。",
        "\u3000\u3000七、乘坐公交车时主动让座。",
        "\u3000\u3000市文明办负责人表示，公约已征求意见。",
        "下一步将通过社区宣传等方式推广。",
    ]
    (article,) = segment("\n".join(page) + "\n").articles
    assert article.paragraphs[0] == "近日，市文明办发布了市民文明公约。公约全文共六条，具体内容如下。"
    assert article.paragraphs[-1] == "市文明办负责人表示，公约已征求意见。下一步将通过社区宣传等方式推广。"
