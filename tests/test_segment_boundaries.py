"""Where one article ends and the next begins, on small hand-made pages.

Each test names the layout reason a boundary falls where it does (a credit closing a caption, a
title standing where an article can start) and checks what a reader sees: which article the
captions sit in, the headlines, the people.
"""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page
from tests.test_segment_conventions import only as only_article


def test_captions_closed_by_credits_after_a_body_belong_to_that_article() -> None:
    # photos printed after an article's body, across columns, each caption closing with its
    # credit; the next article's heading follows. A credit finishes a caption as a full stop
    # does, so the first article can end on them.
    captions = [
        "图①：春耕时节，农机手在田间播种，一垄垄新土整齐地铺展开来，远处的村庄炊烟袅袅。  黄  海摄",
        "图②：种粮大户在地头查看墒情数据，手机上点一点就能完成浇灌，省时又省力。  李  明摄",
    ]
    text = page(
        ["春耕备耕忙", "——各地抓住农时推进春季农业生产"],
        body(BODY_A, width=20, first="本报北京3月5日电  （记者刘桐）"),
        *captions,
        ["便民利企  举措见效", "——政务服务更省心"],
        body(BODY_B, width=20, first="新华社南京3月5日电（记者王军豪）"),
    )
    first, second = segment(text).articles
    assert first.headline == "春耕备耕忙"
    # (as printed: the gap before the credit and the letter-spacing of its name stay)
    assert first.paragraphs[-2:] == captions
    assert (second.headline, second.subtitle) == ("便民利企 举措见效", "政务服务更省心")
    assert second.authors == [Author("记者", "王军豪")]
    assert second.paragraphs == BODY_B


def test_a_dated_brief_without_brackets_opens_the_next_article_after_a_title_below_a_body() -> None:
    # headlines printed after their bodies; the second body opens with `本报X讯` run straight into
    # its text (no reporter in brackets). Two unpunctuated lines between a finished body and a
    # dateline are the first article's kicker and headline, not more of its body.
    dated = "本报北京1月4日讯"
    text = page(
        body(BODY_A, width=32),
        "春耕时节农机手驾驶播种机来回穿梭",  # as wide as the column
        "春耕备耕忙",
        body(BODY_B, width=32, first=dated),
        "便民利企举措落地见效",
    )
    first, second = segment(text).articles
    assert (first.kicker, first.headline) == ("春耕时节农机手驾驶播种机来回穿梭", "春耕备耕忙")
    assert "".join(first.paragraphs) == "".join(BODY_A)  # (where its paragraphs break is reflow's call)
    assert second.headline == "便民利企举措落地见效"
    # a bare dateline names no one, but it is the byline all the same, not the text
    assert (second.byline, second.authors) == (dated, [])
    assert "".join(second.paragraphs) == "".join(BODY_B)


def test_a_dash_broken_over_two_caption_lines_does_not_start_a_subtitle() -> None:
    # `——` inside a caption, cut between its two halves at the end of a line: the second line
    # goes on with the caption
    caption = "图①：新年来临，公园为孩子们准备了特殊的贺岁礼物——冰雕童话世界。这里有冰雕作品千余件。"
    lines = ["图①：新年来临，公园为孩子们准备了特殊的贺岁礼物—", "—冰雕童话世界。这里有冰雕作品千余件。"]
    assert "".join(lines) == caption
    text = page("■ 本报记者 王军豪", lines, body(BODY_B, width=20), "便民利企举措落地见效")
    article = only_article(text)
    assert article.headline == "便民利企举措落地见效"
    assert article.subtitle is None
    assert article.paragraphs == [caption, *BODY_B]


def test_an_unnumbered_caption_over_its_credit_is_a_caption_and_the_title_above_keeps_its_subtitle() -> None:
    # a headline and its subtitle, then a photo printed before the body: one caption line set
    # wider than the column (no `图①`), its credit on a line of its own
    caption = "种粮大户在地头查看墒情，一点就能浇地。"  # 19 characters: over a column, under two
    text = page(
        ["春耕备耕忙", "——各地抓住农时推进春季农业生产", ""],
        caption,
        "以上图片均为黄海摄",
        body(BODY_A, width=24, first="本报北京3月5日电  （记者刘桐）"),
    )
    article = only_article(text)
    assert (article.headline, article.subtitle) == ("春耕备耕忙", "各地抓住农时推进春季农业生产")
    assert article.authors == [Author("记者", "刘桐")]
    assert article.paragraphs[:2] == [caption, "以上图片均为黄海摄"]


def test_title_lines_run_straight_into_the_dateline_and_body_without_blank_lines() -> None:
    # kicker (wider than the column, closing with ——), headline, subtitle without a dash and the
    # dateline all printed line under line, the body's lines right after: none of the title lines
    # finishes a sentence, and each stands before something that opens (a title, a dateline)
    text = page(
        "春耕备耕忙",
        body(BODY_A, width=24, first="本报北京3月5日电  （记者刘桐）"),
        [
            "建设高标准农田，确保粮食稳产增产——",
            "便民利企举措落地见效",
            "政务服务更省心",
            "本报南京3月5日电  （记者王军豪）",
            *body(BODY_B, width=24)[:-1],
        ],
    )
    first, second = segment(text).articles
    assert first.authors == [Author("记者", "刘桐")]
    assert (second.kicker, second.headline, second.subtitle) == (
        "建设高标准农田，确保粮食稳产增产",
        "便民利企举措落地见效",
        "政务服务更省心",
    )
    assert second.authors == [Author("记者", "王军豪")]
    assert "".join(second.paragraphs) == "".join(BODY_B)


def test_a_headline_printed_right_over_an_indented_first_paragraph_is_not_body() -> None:
    # the headline's line is as wide as the column's first lines, but the line under it is
    # indented: a paragraph (here opening with its dateline) starts there, so nothing flows on
    paragraph = "\u3000\u3000本报南京3月5日电（记者王军豪）" + BODY_B[0]
    lines = ["便民利企举措落地见效", *[line for line in body([paragraph], width=24) if line]]
    text = page(
        "春耕备耕忙",
        body(BODY_A, width=24, first="本报北京3月5日电  （记者刘桐）"),
        lines,
        body(BODY_B[1:], width=24),
    )
    first, second = segment(text).articles
    assert (second.headline, second.authors) == ("便民利企举措落地见效", [Author("记者", "王军豪")])
    assert "".join(first.paragraphs) == "".join(BODY_A)


def test_quotation_marks_do_not_make_a_title_a_sentence() -> None:
    # a headline quoting a phrase, over a signed name: the quotes are no sentence punctuation
    text = page(
        body(BODY_A, width=24, first="本报北京3月5日电  （记者刘桐）"),
        "“结合”的文章靠自己做",
        "田力夫",
        body(BODY_C, width=24),
    )
    first, second = segment(text).articles
    assert (second.headline, second.authors) == ("“结合”的文章靠自己做", [Author("", "田力夫")])
    assert second.paragraphs == BODY_C


def test_a_dash_broken_across_a_column_break_does_not_start_a_subtitle() -> None:
    # the first half of `——` ends a column, the second opens the next: the text goes on
    second = "—在碎片化阅读的今天，静下心来读完一本好书尤为可贵。"
    lines = ["读书是习惯，更是种修养—", "", *cut(second, 24)]  # a full column line, then a break
    text = page("让书香融入日常", "■ 本报记者 王军豪", lines, body(BODY_C[1:], width=24))
    article = only_article(text)
    assert article.subtitle is None
    assert "".join(article.paragraphs).startswith("读书是习惯，更是种修养——在碎片化阅读")


def test_a_long_kicker_stacked_over_a_shorter_headline_is_the_kicker() -> None:
    # kicker, headline and byline printed line under line: the kicker, set wider than the column,
    # runs longer than the headline under it (a subtitle would run longer than the headline over it)
    text = page(
        "春耕备耕忙",
        body(BODY_A, width=24, first="本报北京3月5日电  （记者刘桐）"),
        ["各地持续优化营商环境企业办事更加省心", "便民利企举措落地见效", "", "■ 本报记者 王军豪"],
        body(BODY_B, width=24),
    )
    first, second = segment(text).articles
    assert (second.kicker, second.headline) == (
        "各地持续优化营商环境企业办事更加省心",
        "便民利企举措落地见效",
    )
    assert second.subtitle is None


def test_a_brief_signed_at_its_end_closes_there_and_the_next_title_opens_an_article() -> None:
    # the first brief ends on its writer's name in brackets; the short unpunctuated line after it
    # heads the next piece, which has no byline, rather than standing as a subhead
    signed = [*BODY_A[:-1], BODY_A[-1] + "（王桦）"]
    text = page("春耕备耕忙", body(signed, width=24), "让书香融入日常", body(BODY_C, width=24))
    first, second = segment(text).articles
    assert first.paragraphs[-1].endswith("（王桦）")
    assert (second.headline, second.paragraphs) == ("让书香融入日常", BODY_C)


# the end of a correspondent's report, its headline printed after it, then a report on another subject,
# signed at its end, and its headline (a layout5 page of 1998 text)
DATED_REPORT = """\
在一片欢快的气氛中，人们纷纷登台献
艺，一首首久违的歌曲和《难忘今宵》
的优美旋律，缩短了大家和祖国的距
离……（本报渥太华１月２５日电）

包饺子过大年

北京音乐厅在元旦前后举办十八场新年
系列音乐会，如今，他们又摆出“新春
套餐”，把二十台风格各异的迎新春音
乐会献给听众。

声乐教育 家王秉锐组织了一批在音乐教
学方面有建树的教授在北京办起了一家
新世纪音乐学校，虽然仅短短一个学
期，但学生已显露才华。蓝剑公司一开
始就支持这个学 校，１月１９日又出资
办起“蓝剑新韵迎春音乐会”。音乐会
有独唱、大合唱、小合唱，演唱者既有
在校学生和任教的教师，也有几位知名
演员。金永哲、刘斌、黄越峰、郑咏、
王立民、马梅、张礼慧、高蕾等的精彩
演唱，赵碧璇教授的钢琴伴奏，让听众
大饱耳福。

１月２４日，中国交响乐团合唱团的
“世界经典男声合唱新春音乐会”将吹
响春天号角。１月２５日上演的是“世
界名曲新春音乐会”，演奏者为中央歌
剧芭蕾舞剧院交响乐团。中国广播民族
乐团将以“贺新春中国民乐经典音乐
会”，为牛年最后一天画句号。“王洛
宾与西部民歌新春合唱音乐会”在１月
３０日登台。中国歌舞 团在２月１日晚
上演出“火树银花不夜天新春音乐
会”，《金蛇狂舞》、《闹新春》让人
一享喜 庆气氛。火爆了很长时间的“伏
尔加之声音乐会”将在虎年之初推出
“伏尔加之声五十场纪念音乐会”，２
月５日让人重温那些熟悉的老歌。新春
系列音乐会的重头戏“纳西古乐音 乐
会”也将上演；用“此曲只应天上 有，
人间难得几回闻”来形容“音乐活化
石”的纳西古乐丝毫不过分，２月６
日、７日、８日连演三场。由孙道临、
乔榛、丁建华、濮存昕、童自荣、肖
雄、奚美娟等艺术家合力出演的“舒婷
诗歌音乐朗诵会”将新春系列音乐会推
向高潮；名诗配名曲，名人诵名诗，２
月９日、１０日、１１日演出。上海霞
芳艺术团的评弹艺术家们将于２月１２
日上演一台韵味十足 的“江浙沪评弹音
乐会”。（周明）

新世纪音乐学校用教学成就迎新年北京音乐厅春节好戏已登台
"""


def test_a_report_closed_by_its_dateline_in_brackets_ends_there_under_a_headline_printed_after() -> None:
    # headlines printed after their bodies: the report closes on its dateline in brackets
    # (`…（本报渥太华1月25日电）`), as a brief signed at its end does, so the line under it is that
    # report's headline, not a subhead running on into the next story
    first, second = segment(DATED_REPORT).articles
    assert first.headline == "包饺子过大年"
    assert first.paragraphs[-1].endswith("（本报渥太华１月２５日电）")
    assert second.headline == "新世纪音乐学校用教学成就迎新年北京音乐厅春节好戏已登台"
    assert second.paragraphs[0].startswith("北京音乐厅在元旦前后")


def test_a_title_between_bodies_set_in_different_columns_heads_a_new_article() -> None:
    # the body above is set 15 characters wide, the one below 12: they are two articles, and the
    # line between them is the second one's headline, not a subhead
    text = page("春耕备耕忙", body(BODY_A, width=30), "让书香融入日常", body(BODY_C, width=24))
    first, second = segment(text).articles
    assert "".join(first.paragraphs) == "".join(BODY_A)
    assert (second.headline, "".join(second.paragraphs)) == ("让书香融入日常", "".join(BODY_C))


def test_photos_closed_by_credit_lines_above_the_byline_of_a_headline_printed_below() -> None:
    # the page opens with two photos, each caption followed by its credit on a line of its own,
    # then the byline, the body and the headline under it: the last credit is no headline
    captions = [
        "图①：春节前夕，各大商场装饰一新，年货柜台热闹非凡。",
        "图②：牧区文艺演出小组为牧民送去科技知识。",
    ]
    text = page(
        captions[0],
        "陈晓伟摄",
        captions[1],
        "胡日查摄",
        "本报记者  刘思扬  郑宏范",
        body(BODY_A, width=24),
        "春耕备耕忙",
    )
    [article] = segment(text).articles
    assert article.headline == "春耕备耕忙"
    assert article.authors == [Author("记者", "刘思扬"), Author("记者", "郑宏范")]
    assert article.paragraphs[:4] == [captions[0], "陈晓伟摄", captions[1], "胡日查摄"]


def test_a_column_wide_title_printed_straight_over_a_dateline_heads_the_next_article() -> None:
    # no blank line between a headline and the dateline under it, and the headline runs as wide
    # as the column: a body line never breaks off unpunctuated just before `本报X电  （记者…）`,
    # so the line is the next article's headline, not the end of the body above it
    dated = "本报南京3月6日电  （记者王军豪）"
    text = page(
        "春耕备耕忙",
        body(BODY_A, width=28, first="本报北京3月5日电  （记者刘桐）"),
        ["政务服务大厅推出便民新举措", *cut(dated + BODY_B[0], 28, first_indent=0), ""],
        body(BODY_B[1:], width=28),
    )
    first, second = segment(text).articles
    assert first.headline == "春耕备耕忙"
    assert "".join(first.paragraphs) == "".join(BODY_A)
    assert second.headline == "政务服务大厅推出便民新举措"
    assert second.authors == [Author("记者", "王军豪")]
    assert "".join(second.paragraphs) == "".join(BODY_B)


def test_a_short_title_over_a_body_that_opens_flush_heads_the_next_brief() -> None:
    # a column of signed briefs on a page that prints paragraphs' first lines flush (no indent):
    # a headline printed straight over its first body line, after a blank under the last brief's
    # signed body. A body line never breaks off short before its sentence is done, so the short
    # unpunctuated line is a title, not the start of a paragraph
    signed_a = [*BODY_A[:-1], BODY_A[-1] + "（刘桐）"]
    signed_b = [*BODY_B[:-1], BODY_B[-1] + "（王军）"]

    def flush(paragraphs: list[str]) -> list[str]:
        return [line for p in paragraphs for line in [*cut(p, 28, first_indent=0), ""]]

    text = page("春耕备耕忙", flush(signed_a), ["便民利企新举措", *flush(signed_b)])
    first, second = segment(text).articles
    assert first.headline == "春耕备耕忙"
    assert "".join(first.paragraphs) == "".join(signed_a)
    assert second.headline == "便民利企新举措"
    assert "".join(second.paragraphs) == "".join(signed_b)


def test_a_title_set_apart_by_blank_lines_on_a_page_whose_paragraphs_run_on_heads_a_new_article() -> None:
    # paragraphs printed one under the other with no blank line between: a blank line there means
    # a title set apart from the text (headlines stand in a frame of their own), so the line between
    # the two bodies heads the second article, which has no byline, rather than standing as a
    # subhead; a subhead running in the column's flow stays in its body
    def tight(paragraphs: list[str], first: str = "") -> list[str]:
        return [line for k, p in enumerate(paragraphs) for line in cut((first if k == 0 else "") + p, 24)]

    text = page(
        "春耕备耕忙",
        [*tight(BODY_A[:2], first="本报北京3月5日电  （记者刘桐）"), "田间管理新", *tight(BODY_A[2:]), ""],
        "让书香融入日常",
        tight(BODY_C),
    )
    first, second = segment(text).articles
    assert first.headline == "春耕备耕忙"
    assert "".join(first.paragraphs) == "".join([*BODY_A[:2], "田间管理新", *BODY_A[2:]])
    assert (second.headline, "".join(second.paragraphs)) == ("让书香融入日常", "".join(BODY_C))


def test_a_title_set_apart_over_a_full_first_line_is_no_column_break_where_paragraphs_run_on() -> None:
    # the second brief's first line is printed full (no indent) under its title; on a page whose
    # paragraphs run on, the title has blank lines above and below it, so it is no line of the body
    # above running on at the top of the next column (that column would hold one line)
    def tight(paragraphs: list[str], indent: int = 4) -> list[str]:
        return [line for p in paragraphs for line in cut(p, 24, first_indent=indent)]

    text = page(
        "春耕备耕忙",
        [*tight(BODY_A), ""],
        "让书香融入日常",
        [*tight(BODY_C[:1], indent=0), *tight(BODY_C[1:])],
    )
    first, second = segment(text).articles
    assert "".join(first.paragraphs) == "".join(BODY_A)
    assert (second.headline, "".join(second.paragraphs)) == ("让书香融入日常", "".join(BODY_C))


def test_a_trailer_closes_its_articles_text_and_the_title_after_it_opens_the_next() -> None:
    # `（X参与采写）` closes an article's text as printed; the short unpunctuated line under it heads
    # the next piece, which has no byline, rather than standing as a subhead of the first
    text = page(
        "春耕备耕忙",
        body(BODY_A, width=24, first="本报北京3月5日电  （记者刘桐）"),
        "（张雅心参与采写）",
        "让书香融入日常",
        body(BODY_C, width=24),
    )
    first, second = segment(text).articles
    assert first.paragraphs[-1] == "（张雅心参与采写）"
    assert (second.headline, second.paragraphs) == ("让书香融入日常", BODY_C)


def test_a_title_line_wider_than_the_column_between_two_bodies_heads_the_second() -> None:
    # a line of 22 characters between bodies set 12 wide, with no full stop: no body line runs
    # past its column, so the line is set as a title, and it heads the brief under it (which has
    # no byline) rather than standing as one more line of the body above
    title = "教育部印发通知要求守护校园食品安全工作"
    text = page(
        "春耕备耕忙",
        body(BODY_A, width=24, first="本报北京3月5日电  （记者刘桐）"),
        title,
        body(BODY_B, width=24),
    )
    first, second = segment(text).articles
    assert "".join(first.paragraphs) == "".join(BODY_A)
    assert (second.headline, second.paragraphs) == (title, BODY_B)


def test_a_headline_run_across_columns_with_no_sentence_in_it_is_no_photo_caption() -> None:
    # a modern headline (enumeration commas, a column tag) printed wider than two columns, between
    # two articles, the second without a byline: a caption set that wide has sentences and no
    # body line runs past its column, so the line heads the article under it
    title = "光伏行业迈向更加理性、稳健、可持续的新阶段（经济聚焦）"
    text = page("春耕备耕忙", body(BODY_A, width=24), title, body(BODY_B, width=24))
    first, second = segment(text).articles
    assert "".join(first.paragraphs) == "".join(BODY_A)
    assert (second.kind, second.headline, second.paragraphs) == ("article", title, BODY_B)


def test_a_short_title_right_over_a_photo_caption_is_the_photos_under_a_long_headline() -> None:
    # a headline printed after its body, wider than the column, then a short title straight over
    # a caption set across columns and closed by its credit: the short title is the photo's,
    # not the article's headline with the long line as its kicker
    caption = (
        "89岁的烈军属赵路氏有七位好“女儿”，这些“女儿”大部分是附近工厂的女工，"
        "她们常年照顾老人的生活起居。  黄均雨摄"
    )
    headline = "国色天香凌冬开菏泽暖棚牡丹含苞待放"
    text = page(
        "■ 本报记者 王军豪", body(BODY_A, width=24), headline, "七位亲闺女", cut(caption, 50, first_indent=0)
    )
    article, photo = segment(text).articles
    assert (article.kicker, article.headline) == (None, headline)
    assert (photo.kind, photo.headline) == ("photo", "七位亲闺女")


def test_a_two_character_tag_word_over_a_subhead_stays_in_the_story() -> None:
    # a feature marks its sections with a tag word of two characters over each subhead (`绿色`,
    # then `新车跑进了老城区`); a kicker is a phrase leading into a headline, never two characters
    # alone, so the tag opens no article: the story goes on under it
    text = "\n".join(
        [
            "山城公交换新颜",
            "",
            "本报记者  林小禾",
            "",
            "今年以来，山城市陆续更新",
            "了一批新能源公交车，线路",
            "也随之重新规划，市民出行",
            "比过去方便了不少。",
            "",
            "公交公司负责人介绍，新车",
            "全部配备了低地板和无障碍",
            "坡道，老人和孩子上下车更",
            "加安全。",
            "",
            "绿色",
            "",
            "新车跑进了老城区",
            "",
            "每天清晨六点，第一班",
            "车从北站发出，沿着河",
            "边驶向老城区。",
            "",
            "司机老周开了二十年公交，",
            "他说新车开起来安静，乘客",
            "也说坐着舒服。",
            "",
            "线路调整后，老城区的居民",
            "不用再换乘，直接就能坐到",
            "新区的医院和学校。",
            "",
            "便捷",
            "",
            "换乘少了时间省了",
            "",
            "过去从北站到新区要换",
            "两次车，如今一趟就能",
            "到达。",
            "",
            "公交公司还在站台上安装了",
            "电子站牌，市民可以随时查",
            "看车辆到站的时间。",
        ]
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["山城公交换新颜"]
    assert articles[0].kicker is None
    paras = articles[0].paragraphs
    assert paras[paras.index("绿色") + 1] == "新车跑进了老城区"
    assert paras[paras.index("便捷") + 1] == "换乘少了时间省了"
    assert paras[-1] == "公交公司还在站台上安装了电子站牌，市民可以随时查看车辆到站的时间。"
