"""Inline datelines on hand-made pages (text of the January 1998 People's Daily): the dateline opening
an article's text names its authors and is no part of its first paragraph.
"""

from __future__ import annotations

from reader.model import Article
from reader.page.segment import segment
from tests.pagegen import CANTEEN


def _one(page: list[str]) -> Article:
    """The one article segmented from the page's lines."""
    (article,) = segment("\n".join(page) + "\n").articles
    return article


# a report the paper shortened from the agency's: `据新华社X电（记者Y）`, on a line of its own over
# the text and run into the text's first line
ABRIDGED = [
    "欧洲继续看好亚洲经济前景",
    "",
    "\u3000\u3000据新华社巴黎1月17日电（记者沈孝泉）",
    "  亚洲一些国家金融危机已持续半年之久，金",
    "融动荡至今尚未结束。欧洲各国对这场危机采",
    "取了慎重行事的态度，它们在经过客观分析之",
    "后确信，亚洲经济发展的潜力和前景依然看好。",
    "",
    "\u3000\u3000首先，一些欧洲国家政府和经济界人士认",
    "为，这场危机是东亚国家适应环境变化而出现",
    "的暂时性危机，不是根本性危机。",
    "",
    "京城消费者可电话查询商品真伪",
    "",
    "\u3000\u3000据新华社北京1月15日电（记者王雷鸣）京",
    "城的消费者今后在购买商品后只要拿起电话，",
    "输入商品防伪标签上的密码，就能知道所购商",
    "品的真伪。",
    "",
    "\u3000\u3000这项服务由国家有关部门联合推出，目前",
    "已在京城两百多家商场开通。",
]


def test_an_abridged_agency_dateline_names_the_authors_and_leaves_the_text() -> None:
    first, second = segment("\n".join(ABRIDGED) + "\n").articles
    assert first.headline == "欧洲继续看好亚洲经济前景"
    assert first.byline == "据新华社巴黎1月17日电（记者 沈孝泉）"
    assert [(a.role, a.name) for a in first.authors] == [("记者", "沈孝泉")]
    assert first.paragraphs[0].startswith("亚洲一些国家金融危机")
    assert len(first.paragraphs) == 2
    assert second.headline == "京城消费者可电话查询商品真伪"
    assert [(a.role, a.name) for a in second.authors] == [("记者", "王雷鸣")]
    assert second.paragraphs[0].startswith("京城的消费者今后")
    assert len(second.paragraphs) == 2


def test_a_letter_spaced_dateline_is_the_byline() -> None:
    # OCR spread the dateline's line character by character; the text runs on under it
    body = [
        "据 新 华 社 北 京 １ 月 １ ２ 日 电 （ 记 者 周 志 方 、",
        "赵秀娟）  话剧《虎踞钟山》在京城引起强烈",
        "反响，连日来，中央和北京市各大新闻媒体以",
        "各种形式，介绍这部弘扬主旋律的优秀作品。",
    ]
    (article,) = segment("\n".join(["首都新闻界聚焦《虎踞钟山》", "", *body]) + "\n").articles
    assert [a.name for a in article.authors] == ["周志方", "赵秀娟"]
    assert article.paragraphs[0].startswith("话剧《虎踞钟山》")


# a summary box heading the text (核心阅读), its last line a finished sentence, the dateline set on
# the line straight under it
UNDER_A_BOX = [
    "山区公路通到家门口",
    "",
    "核心阅读",
    "",
    "今年全省新修农村公路三千公里，",
    "一百多个偏远村庄第一次通了硬化",
    "路，山里的果子运得出去了。",
    "",
    "本报昆明5月8日电  （记者周明远）",
    "  记者从省交通运输厅获悉：今年以",
    "来，全省新修农村公路三千公里，一",
    "百多个偏远村庄通了硬化路。",
    "",
    "  路通了，山里的果子也好卖了。村",
    "民们说，过去运一车果子要走大半",
    "天，现在一个小时就能到镇上。",
]


def test_a_dateline_straight_under_a_finished_box_summary_opens_the_text() -> None:
    (article,) = segment("\n".join(UNDER_A_BOX) + "\n").articles
    assert [(a.role, a.name) for a in article.authors] == [("记者", "周明远")]
    assert article.paragraphs[1].endswith("第一次通了硬化路，山里的果子运得出去了。")
    assert article.paragraphs[2].startswith("记者从省交通运输厅获悉")


def test_a_second_dateline_left_in_the_text_keeps_its_gap() -> None:
    # the byline is a dateline set tight over a text that opens with a report's own dateline: that
    # one stays the text's opening words, with the gap printed before its bracket (a paragraph's
    # breaks are read by where they fall in its text, so a gap lost moves every one after it)
    page = [
        "江城职业教育条例施行",
        "",
        "本报讯（通讯员 程远）",
        "本报江城5月11日电  （记者",
        "张云河）记者从市人大常委会获",
        "悉：《江城市职业教育产教融合",
        "促进条例》已于5月1日起施行。",
        "",
        "\u3000\u3000条例明确了学校、企业和行业",
        "组织在产教融合中的责任。",
    ]
    article = _one(page)
    assert article.byline == "本报讯（通讯员 程远）"
    assert article.paragraphs[0].startswith("本报江城5月11日电 （记者张云河）记者从")
    assert len(article.paragraphs) == 2


# a roundup under one reporter's byline, its first paragraph the reporter's own
SNOW_OPENING = [
    "多地迎来新年第一场雪",
    "",
    "本报记者  周  航",
    "",
    "\u3000\u3000新年第一天，北方多地迎来降雪，",
    "交通部门连夜除雪保畅通。",
]


def test_a_dateline_opening_a_later_paragraph_keeps_its_gap_before_a_figure() -> None:
    # a roundup of two agencies' reports: the second opens a paragraph with its own dateline, the gap
    # after it printed before the text's first figure, and it stays a gap, not run into the date
    page = [
        *SNOW_OPENING,
        "\u3000\u3000新华社江城1月1日电  1月1日清晨，",
        "江城市区积雪厚达五厘米，环卫工人",
        "凌晨四点上路除雪。",
    ]
    article = _one(page)
    assert [a.name for a in article.authors] == ["周航"]
    assert article.paragraphs[1].startswith("新华社江城1月1日电 1月1日清晨，")


def test_a_wide_gap_before_a_figure_elsewhere_in_the_text_closes_up() -> None:
    # a gap is kept after a dateline only: a wide gap an extractor left in running text before a
    # figure or a Latin word is no gap of the text's (`全市共有500家企业`)
    page = [
        "江城上线政务服务应用",
        "",
        "本报记者  周  航",
        "",
        "\u3000\u3000全市共有  500  家企业参与试点，",
        "市民下载  App即可查询办事进度。",
    ]
    article = _one(page)
    assert article.paragraphs == ["全市共有500家企业参与试点，市民下载App即可查询办事进度。"]


def test_a_dateline_broken_at_the_line_end_keeps_its_gap() -> None:
    # the gap after a dateline fell at a line's end (the extractor left it there, or at the next
    # line's start): it stays one space, before the bracket naming the reporter and before a figure
    page = [
        *SNOW_OPENING,
        "\u3000\u3000本报江城1月1日电  ",
        "（记者张云河）江城市区积雪厚达五",
        "厘米，环卫工人凌晨四点上路除雪。",
        "\u3000\u3000新华社河州 1 月 1日电 ",
        " 1 月 1日，河州机场除冰作业持续",
        "到中午，航班陆续恢复。",
    ]
    article = _one(page)
    assert [a.name for a in article.authors] == ["周航"]
    assert article.paragraphs[1].startswith("本报江城1月1日电 （记者张云河）江城市区")
    assert article.paragraphs[2].startswith("新华社河州1月1日电 1月1日，河州机场")


def test_a_dateline_alone_on_its_line_over_a_dated_text_opens_one_story() -> None:
    # `本报讯（通讯员 X）` set alone as a paragraph over the report's own dateline: the two open one
    # story (not a heading with no text over an untitled story), the first as its byline
    page = [
        "老街改造留住烟火气",
        "",
        "\u3000\u3000本报讯（通讯员 程远）",
        "",
        "\u3000\u3000本报江城5月11日电（记者张云",
        "河）今年以来，我市对城区十二条老",
        "街进行改造，更新了地下管网和路面。",
        "",
        "\u3000\u3000改造中，施工方邀请居民代表参",
        "与方案讨论，收集意见三百多条。",
        "",
        "社区食堂开进老小区",
        "",
        "本报记者  刘  洋",
        "",
        "\u3000\u3000近日，位于东湖街道的社区食堂",
        "正式开门营业，为周边老人提供午餐。",
    ]
    first, second = segment("\n".join(page) + "\n").articles
    assert first.headline == "老街改造留住烟火气"
    assert first.byline == "本报讯（通讯员 程远）"
    assert first.paragraphs[0].startswith("本报江城5月11日电（记者张云河）今年以来")
    assert len(first.paragraphs) == 2
    assert second.headline == "社区食堂开进老小区"


def test_a_brief_closed_by_its_signature_opens_no_story_under_it() -> None:
    # a one-line brief that opens with a dateline and closes with its signature in brackets is a
    # story of its own, not a dateline alone: the dated brief under it is another story
    page = [
        "图书馆新馆开放",
        "",
        "\u3000\u3000本报讯  市图书馆新馆昨日开放。（王平）",
        "",
        "\u3000\u3000本报讯  东湖公园今年新增停车位两百个，节",
        "假日将延长开放时间，方便市民游园。（李明）",
    ]
    first, second = segment("\n".join(page) + "\n").articles
    assert first.paragraphs == ["市图书馆新馆昨日开放。（王平）"]
    assert second.paragraphs == ["东湖公园今年新增停车位两百个，节假日将延长开放时间，方便市民游园。（李明）"]


def test_a_brief_s_title_under_a_finished_dated_brief_heads_the_next_one() -> None:
    # briefs printed with no blank line: a dated one-line brief closed by its signature, then the
    # next brief's title over its own dated text; the title is no more of the first brief's text
    page = [
        "图书馆新馆开放",
        "\u3000\u3000本报讯  市图书馆新馆昨日开放。（王平）",
        "东湖公园新增车位",
        "\u3000\u3000本报讯  东湖公园今年新增停车位两百个，节",
        "假日将延长开放时间，方便市民游园。（李明）",
    ]
    first, second = segment("\n".join(page) + "\n").articles
    assert (first.headline, first.paragraphs) == ("图书馆新馆开放", ["市图书馆新馆昨日开放。（王平）"])
    assert second.headline == "东湖公园新增车位"


def test_a_partner_papers_dateline_opens_its_brief_and_names_its_reporter() -> None:
    # briefs a paper runs from partner papers, each under its title and opening with the partner's
    # dateline (`X日报Y地1月7日电  （记者Z）`): the title heads the brief, the dateline is its byline
    page = [
        "老街改造留住烟火气",
        "",
        "江城日报河州1月7日电  （记者张云河）",
        "河州市今年对城区十二条老街进行改造，",
        "更新了地下管网和路面，收集居民意见三",
        "百多条。",
        "",
        "改造中，施工方邀请居民代表参与方案讨",
        "论，老街的烟火气留了下来。",
        "",
        "社区食堂开进老小区",
        "",
        "南州晚报东湖1月6日电  （记者刘  洋）",
        "近日，位于东湖街道的社区食堂正式开门",
        "营业，为周边老人提供午餐。",
    ]
    first, second = segment("\n".join(page) + "\n").articles
    assert (first.kicker, first.headline) == (None, "老街改造留住烟火气")
    assert [(a.role, a.name) for a in first.authors] == [("记者", "张云河")]
    assert first.paragraphs[0].startswith("河州市今年对城区")
    assert len(first.paragraphs) == 2
    assert (second.kicker, second.headline) == (None, "社区食堂开进老小区")
    assert [(a.role, a.name) for a in second.authors] == [("记者", "刘洋")]


def test_a_paper_named_as_a_sentences_subject_opens_no_dateline() -> None:
    # a paragraph that opens with a paper's name and a date, then `电子版` (no gap after 电): the
    # sentence's subject, not a partner paper's dateline; the story stays one
    page = [
        *CANTEEN,
        "",
        "东湖日报1月7日电子版刊发了几位常来",
        "就餐的老人，他们都说饭菜可口，价格",
        "也公道，希望食堂一直办下去。",
        "",
        "街道办事处表示，将总结经验，在辖",
        "区内再建三家社区食堂。",
    ]
    article = _one(page)
    assert article.headline == "社区食堂开进老小区"
    assert [(a.role, a.name) for a in article.authors] == [("记者", "王平")]
    assert "东湖日报1月7日电子版刊发了" in "".join(article.paragraphs)


def test_reporters_named_after_a_dateline_without_brackets_are_its_byline() -> None:
    # city papers name the reporters after the dateline with no bracket, a gap after each
    # (`本报讯 记者X 通讯员Y  text`, the text on the next line or after a gap on the same one)
    page = [
        "老街改造留住烟火气",
        "",
        "本报讯 记者张云河 通讯员李  娟 ",
        "河州市今年对城区十二条老街进行改造，",
        "更新了地下管网和路面，收集居民意见三",
        "百多条。",
        "",
        "改造中，施工方邀请居民代表参与方案讨",
        "论，老街的烟火气留了下来。",
    ]
    article = _one(page)
    assert article.headline == "老街改造留住烟火气"
    assert [(a.role, a.name) for a in article.authors] == [("记者", "张云河"), ("通讯员", "李娟")]
    assert article.paragraphs[0].startswith("河州市今年对城区")
    assert len(article.paragraphs) == 2
    # the role word closing a narrow column's line, its name and a gap opening the next
    page = [
        "社区食堂开进老小区",
        "",
        "本报东湖1月16日电  记者",
        "刘东洋  近日，位于东湖街",
        "道的社区食堂正式开门营",
        "业，为周边老人提供午餐。",
    ]
    article = _one(page)
    assert article.headline == "社区食堂开进老小区"
    assert [(a.role, a.name) for a in article.authors] == [("记者", "刘东洋")]
    assert article.paragraphs == ["近日，位于东湖街道的社区食堂正式开门营业，为周边老人提供午餐。"]


def test_a_sentence_after_a_dateline_about_the_reporter_names_no_one() -> None:
    # `本报讯 记者近日从…获悉`: the reporter is the sentence's subject, no name follows
    page = [
        "老街改造留住烟火气",
        "",
        "本报讯 记者近日从河州市住建局获悉 ",
        "今年城区十二条老街进行了改造，更新了",
        "地下管网和路面。",
    ]
    article = _one(page)
    assert article.authors == []
    assert article.paragraphs[0].startswith("记者近日从河州市住建局获悉")


def test_a_word_alone_after_the_reporter_opens_the_text() -> None:
    # `本报讯 记者王丹 华为 Mate 80…`: a word set apart by the gaps an extraction leaves around a
    # Latin word is the text's first, no second reporter; each reporter prints a role word
    page = [
        "新款手机昨日在深圳发布",
        "",
        "本报讯 记者王丹 华为 Mate 80",
        " 系列手机昨日在深圳发布，吸",
        "引了众多消费者前来体验。",
    ]
    article = _one(page)
    assert [(a.role, a.name) for a in article.authors] == [("记者", "王丹")]
    assert article.paragraphs[0].startswith("华为Mate")
