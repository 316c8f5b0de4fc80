"""Bylines on hand-made pages (text of the January 1998 People's Daily)."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

# several reporters whose names wrap onto a second byline line
WRAPPED_NAMES = [
    "春运首日客流平稳",
    "",
    "■ 本报记者  李欣怡  岳  川",
    "钟  澜  王若霏",
    "",
    "\u3000\u3000今天是春运第一天，全国铁路、公路、",
    "水路、民航共发送旅客两千多万人次，",
    "客流总体平稳有序。",
    "",
    "\u3000\u3000各地车站增开售票窗口，延长服务时",
    "间，方便旅客购票乘车。",
]


def test_names_wrapped_onto_a_second_byline_line_keep_the_reporters_role() -> None:
    (article,) = segment("\n".join(WRAPPED_NAMES) + "\n").articles
    assert article.headline == "春运首日客流平稳"
    assert article.authors == [
        Author("记者", "李欣怡"),
        Author("记者", "岳川"),
        Author("记者", "钟澜"),
        Author("记者", "王若霏"),
    ]
    assert article.paragraphs[0].startswith("今天是春运第一天")


def test_a_stray_space_inside_the_role_word_leaves_one_reporter() -> None:
    # OCR slipped a space before the role word's last character: `本报记 者`, the name spaced off
    # it or run onto it; the role is one word and the people are the names after it
    body = [
        "１月１４日，吉林长春冰雪新天地内，一群来自广西的小朋",
        "友正在尽情玩耍，乐享冰雪趣味。",
    ]
    for line, name in (
        ("本报记 者 郑智文", "郑智文"),
        ("本报驻美国记 者 张亮", "张亮"),
        ("本报记 者彭俊", "彭俊"),
    ):
        (article,) = segment("\n".join(["“小砂糖橘”来到冰天雪地", "", line, "", *body]) + "\n").articles
        assert article.authors == [Author("记者", name)], line
        assert article.paragraphs == ["".join(body)]


def test_a_three_character_name_spread_out_on_the_bylines_second_line_is_one_reporter() -> None:
    # letter-spacing spread `张保善` character by character; three characters pair into no two names
    body = [
        "\u3000\u3000“没想到多交的电费还",
        "能退回来。”日前，面对上",
        "门回访的供电所工作人员，",
        "老张连声道谢。",
    ]
    lines = [
        "每度电多收一角钱 “揩油”行为受查处（监督哨）",
        "",
        "本报记者  赵玉明  马国超",
        "张 保 善",
        "",
        *body,
    ]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert [a.name for a in article.authors] == ["赵玉明", "马国超", "张保善"]
    assert article.paragraphs[0].startswith("“没想到")


def test_a_two_letter_word_set_tight_under_the_reporters_line_opens_the_text() -> None:
    # a poem's title under the byline, no blank between: a wrapped two-letter name prints spaced
    # out (`王  五`) or among other names, not alone and tight
    lines = [
        "石榴花开满山坡（一草一木话家乡）",
        "",
        "本报记者  林秋雨 周远",
        "咏榴",
        "",
        "五月山坡上，",
        "",
        "榴花红似火。",
        "",
        "\u3000\u3000每年初夏，县城南面的山坡上开满石榴花，远远望去一片火红，",
        "引来不少游客驻足拍照。",
    ]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == [Author("记者", "林秋雨"), Author("记者", "周远")]
    assert article.paragraphs[0] == "咏榴"


def test_a_name_standing_alone_further_down_the_text_is_not_added_to_the_byline() -> None:
    # an article prints its byline once, over its text (here under its editor's note): a name
    # alone on a line further down heads a part of the text or signs the next item
    lines = [
        "山村小学的新操场",
        "",
        "——云岭乡中心小学改造纪实",
        "",
        "本报记者  周明远",
        "",
        "编者按：云岭乡中心小学地处深山，操场",
        "多年是一片泥地。今年春天，新操场终于",
        "建成，孩子们有了跑道和篮球场。",
        "",
        "今年三月，乡里筹集资金对学校操场进行",
        "改造，铺设了塑胶跑道，新建两个篮球场，",
        "还在操场边种下一排银杏树。施工队赶在",
        "雨季前完工，没有耽误孩子们上课。",
        "",
        "校长说，过去一下雨操场就成了泥塘，体",
        "育课只能在教室里上，孩子们盼新操场盼",
        "了好多年。如今每天课间，操场上都是奔",
        "跑的身影，笑声传得很远。",
        "",
        "林晓峰",
        "",
        "清晨的山路上雾气还没有散开，林老师已",
        "经骑着摩托车出发了，车后座上绑着一箱",
        "给孩子们的课外书。",
    ]
    article = segment("\n".join(lines) + "\n").articles[0]
    assert article.authors == [Author("记者", "周明远")]
    assert article.paragraphs[0].startswith("编者按：")


def test_a_letter_spaced_second_role_word_under_a_reporters_line_is_no_dateline() -> None:
    # `本 报 通 讯 员` letter-spaced under the reporter's line: its 讯 opens no dateline (`本报讯`), the
    # two lines are the byline (headlines printed after their bodies)
    lines = [
        "本报记者  林  帆",
        "",
        "\u3000\u3000学校后院有一块不大的",
        "菜园，种着青菜、萝卜和番",
        "茄。每到周三下午，四年级",
        "的孩子们就扛着小锄头来上",
        "劳动课。老师说，劳动课让",
        "孩子们知道了粮食来之不易，",
        "也学会了互相帮忙。",
        "",
        "小小菜园成了孩子们的课堂",
        "",
        "本报记者  吴  桐",
        "本 报 通 讯 员  郑晓岚",
        "",
        "\u3000\u3000日前，县里召开秋粮收",
        "购工作会议。记者从会上获",
        "悉：今年全县秋粮收购已超",
        "过三万吨，比去年同期多两",
        "成，收购价格也比去年略高，",
        "农民卖粮的积极性很高。",
        "\u3000\u3000收购站负责人说，今年",
        "粮食品质好，烘干设备也比",
        "往年多，农民不用再为晒粮",
        "发愁。",
        "",
        "全县秋粮收购超过三万吨",
    ]
    second = segment("\n".join(lines) + "\n").articles[1]
    assert second.authors == [Author("记者", "吴桐"), Author("通讯员", "郑晓岚")]
    assert second.paragraphs[0].startswith("日前，县里召开秋粮收购工作会议。")


def test_a_credit_after_a_caption_closed_by_an_ellipsis_is_the_photographers() -> None:
    """`……  王五摄`: an ellipsis ends the caption's sentence as a full stop does; the name after it
    is the photo's credit (its photographer), not the caption's last words."""
    caption = "雪后的山路上，邮递员推着车一步一步往前走……"
    text = "\n".join(
        [
            "春运首日客流平稳",
            "",
            "■ 本报记者  李欣怡",
            "",
            "\u3000\u3000今天是春运第一天，全国铁路、公路、",
            "水路、民航共发送旅客两千多万人次，",
            "客流总体平稳有序。",
            "",
            caption + " 周子明摄",
            "",
        ]
    )
    photo = segment(text + "\n").articles[-1]
    assert (photo.kind, photo.paragraphs, photo.authors) == ("photo", [caption], [Author("", "周子明")])


def test_reporters_named_in_the_reports_first_sentence_are_no_byline_line() -> None:
    """`本报南京3月2日电新华社` / `记者王小明、本报记者李大伟报` / `道：…`: a report that names its
    reporters in its first sentence (`记者X报道：`) prints no byline line, wherever the column's
    line breaks fall: the line they fill is the dateline's, which names the authors (as
    `本报讯（记者 X）` does), and the text opens after `报道：`."""
    text = "\n".join(
        [
            "江南水乡迎来旅游旺季",
            "",
            "\u3000\u3000本报南京３月２日电新华社",
            "记者王小明、本报记者李大伟报",
            "道：随着气温回升，江南各地的",
            "古镇迎来了踏青赏花的游客，不",
            "少民宿提前一周就已订满。",
            "",
            "\u3000\u3000当地还推出了水上游线，游客",
            "可以乘船游览古镇风光。",
        ]
    )
    (article,) = segment(text + "\n").articles
    assert article.headline == "江南水乡迎来旅游旺季"
    assert article.authors == [Author("记者", "王小明"), Author("记者", "李大伟")]
    assert article.byline == "本报南京３月２日电新华社记者王小明、本报记者李大伟报道"
    assert article.paragraphs[0].startswith("随着气温回升")
    assert len(article.paragraphs) == 2


def test_a_name_set_tight_against_a_letter_spaced_role_word_is_one_reporter() -> None:
    """`本 报 记 者郑晓明`: the role word letter-spaced, the name run on to its last letter. The
    reporter is 郑晓明 (记者); the publisher's letters are no one's name."""
    text = "\n".join(["春运首日客流平稳", "", "本 报 记 者郑晓明", "", *WRAPPED_NAMES[5:]])
    (article,) = segment(text + "\n").articles
    assert article.headline == "春运首日客流平稳"
    assert article.authors == [Author("记者", "郑晓明")]


SPRING_TOWNS = [
    "回升，江南各地的古镇迎来了",
    "踏青赏花的游客，不少民宿提",
    "前一周就已订满。",
    "",
    "\u3000\u3000当地还推出了水上游线，游客",
    "可以乘船游览古镇风光。",
]
"""The rest of a brief whose opening dateline (its first line or two) each test prints above it."""


def test_two_names_of_three_run_together_over_a_dateline_line_break_are_two_reporters() -> None:
    """`本报讯（记者 王小明 ` / `李大伟 通讯员 赵六）…`: the space before the line break goes with the
    break, and the two names read tight (`王小明李大伟`); six letters are no one's name, and two names
    of three that each open with a surname are the two reporters."""
    text = "\n".join(
        ["江南水乡迎来旅游旺季", "", "本报讯 （记者 王小明 ", "李大伟 通讯员 赵  六）随着气温", *SPRING_TOWNS]
    )
    (article,) = segment(text + "\n").articles
    assert article.authors == [Author("记者", "王小明"), Author("记者", "李大伟"), Author("通讯员", "赵六")]


def test_padded_two_letter_names_in_a_datelines_brackets_stay_apart_from_the_next_name() -> None:
    """`（记者 韦  柯 祁嘉禾 通讯员 闵  涛）`: a two-letter name padded to the width of three (a wider
    gap inside it) and one space between names. The single spaces part the names, so the reporters
    are 韦柯 and 祁嘉禾, not `韦` and `柯祁嘉禾`."""
    text = "\n".join(
        ["江南水乡迎来旅游旺季", "", "本报讯（记者 韦  柯 祁嘉禾 通讯员 闵  涛）随着气温", *SPRING_TOWNS]
    )
    (article,) = segment(text + "\n").articles
    assert article.authors == [Author("记者", "韦柯"), Author("记者", "祁嘉禾"), Author("通讯员", "闵涛")]
    assert article.paragraphs[0].startswith("随着气温回升")


def test_a_space_printed_at_the_line_break_inside_a_datelines_brackets_parts_two_names() -> None:
    """`本报讯（记者 韦柯 ` / `祁嘉 通讯员 闵  涛）…`: the gap between two names fell at the line's
    end, printed there as a space. It parts them (韦柯, 祁嘉), where joining the lines tight would
    read one name of four letters; the same gap printed at the next line's start parts them too."""
    for first, second in (
        ("本报讯（记者 韦柯 ", "祁嘉 通讯员 闵  涛）随着气温"),
        ("本报讯（记者 韦柯", " 祁嘉 通讯员 闵  涛）随着气温"),
    ):
        text = "\n".join(["江南水乡迎来旅游旺季", "", first, second, *SPRING_TOWNS])
        (article,) = segment(text + "\n").articles
        assert article.authors == [Author("记者", "韦柯"), Author("记者", "祁嘉"), Author("通讯员", "闵涛")]
        assert article.paragraphs[0].startswith("随着气温回升")


def test_a_padded_name_after_a_role_word_at_the_line_end_stays_apart_from_the_next_name() -> None:
    """`本报讯（记者 ` / `韦  柯 祁嘉禾）…`: the space after the role word went with the line break.
    Kept, the padded two-letter name and the name after it stay two reporters (韦柯, 祁嘉禾), not
    `韦` and `柯祁嘉禾`."""
    text = "\n".join(["江南水乡迎来旅游旺季", "", "本报讯（记者 ", "韦  柯 祁嘉禾）随着气温", *SPRING_TOWNS])
    (article,) = segment(text + "\n").articles
    assert article.authors == [Author("记者", "韦柯"), Author("记者", "祁嘉禾")]


def test_a_name_whose_pad_went_to_the_next_lines_start_does_not_open_a_paragraph() -> None:
    """`本报讯（记者 祁嘉禾 通讯员 闵` / `  涛）随着气温…`: the wider gap inside a padded name fell at
    the line break and opens the next line like an indent. No paragraph opens inside a bracket: the
    dateline reads whole (通讯员 闵涛) and leaves the text's first paragraph."""
    text = "\n".join(
        ["江南水乡迎来旅游旺季", "", "本报讯（记者 祁嘉禾 通讯员 闵", "  涛）随着气温", *SPRING_TOWNS]
    )
    (article,) = segment(text + "\n").articles
    assert article.authors == [Author("记者", "祁嘉禾"), Author("通讯员", "闵涛")]
    assert article.paragraphs[0].startswith("随着气温回升")


def test_names_right_under_a_finished_text_over_a_dated_story_sign_the_text_above() -> None:
    """A commentary signed at its end (`…农民增收。` / `韦  柯`, the name set tight under the last
    line), then a story opening with a dateline that names its reporter by role: a story prints one
    byline, so the name is the commentary's signature, not lost between the two."""
    text = "\n".join(
        [
            "某地推广节水灌溉（短评）",
            "",
            "\u3000\u3000节水灌溉让每一滴水都用在刀刃上。各地应因地制宜，",
            "推广滴灌、喷灌等技术，让农田增产、农民增收。",
            "韦  柯",
            "",
            "本报讯（记者 祁嘉禾）随着气温",
            *SPRING_TOWNS,
            "",
            "江南水乡迎来旅游旺季",
        ]
    )
    first, second = segment(text + "\n").articles
    assert first.headline == "某地推广节水灌溉（短评）"
    assert first.authors == [Author("", "韦柯")]
    assert second.headline == "江南水乡迎来旅游旺季"
    assert second.authors == [Author("记者", "祁嘉禾")]


def test_a_byline_set_letter_by_letter_parts_its_names_at_the_wider_gaps() -> None:
    """`本 报 记 者  祁 嘉 禾  韦 柯`: every letter spaced out, a wider gap between words. The names are
    the words (祁嘉禾, 韦柯), not the letters paired two by two (`祁嘉`, `禾韦`, `柯`)."""
    text = "\n".join(["春运首日客流平稳", "", "本 报 记 者  祁 嘉 禾  韦 柯", "", *WRAPPED_NAMES[5:]])
    (article,) = segment(text + "\n").articles
    assert article.headline == "春运首日客流平稳"
    assert article.authors == [Author("记者", "祁嘉禾"), Author("记者", "韦柯")]


# a headline whose last word the line had no room for, over a dateline naming its reporter
NURSERY_PAGE = [
    "某市出台措施扶持社区托育",
    "服务",
    "",
    "\u3000\u3000本报讯（记者祁嘉禾）日前，某市",
    "印发多项措施，鼓励社区开办托儿",
    "所，方便双职工家庭接送孩子。",
    "",
    "\u3000\u3000据介绍，新开的托儿所将优先",
    "招收附近小区居民的孩子。",
]


def test_a_dateline_naming_its_reporter_is_the_byline_over_a_word_read_as_a_name() -> None:
    """`某市出台措施扶持社区托育` / `服务` tight under it, then `本报讯（记者祁嘉禾）…`: a story prints
    one byline. The word under the headline is no one's name (a title's word the line had no room
    for); the dateline names the reporter, and it leaves the text's first paragraph."""
    text = "\n".join(NURSERY_PAGE)
    (article,) = segment(text + "\n").articles
    assert article.authors == [Author("记者", "祁嘉禾")]
    assert article.paragraphs[0].startswith("日前，某市印发")


def test_a_headlines_last_word_read_as_a_name_over_a_dateline_closes_the_headline() -> None:
    """The same page: `服务`, set right under the headline's line that it finishes, is the end of
    the headline the line had no room for."""
    (article,) = segment("\n".join(NURSERY_PAGE) + "\n").articles
    assert article.headline == "某市出台措施扶持社区托育服务"


def test_a_word_read_as_a_name_over_the_reporters_line_is_the_headlines_end() -> None:
    """`某区启动老旧小区加装电梯` / `试点` tight under it, then `■ 本报记者 韦  柯`: a story prints one
    byline, the line naming its reporter by role. The word over it is no one's name: set right under
    the headline's unfinished line, it ends the headline."""
    text = "\n".join(
        [
            "某区启动老旧小区加装电梯",
            "试点",
            "",
            "■ 本报记者 韦  柯",
            "",
            "\u3000\u3000今年以来，某区在三个街道先",
            "行先试，为多层住宅加装电梯，",
            "方便老年居民上下楼。",
            "",
            "\u3000\u3000据介绍，试点将持续到年底。",
        ]
    )
    (article,) = segment(text + "\n").articles
    assert article.authors == [Author("记者", "韦柯")]
    assert article.headline == "某区启动老旧小区加装电梯试点"


def test_a_dateline_naming_its_reporters_without_brackets_is_the_byline() -> None:
    # the older form of `本报讯（记者 X）`: the reporters named in the text's first words, up to
    # `报道：`; the reader sees who wrote it and the text opens with its own first sentence
    page = [
        "春风吹进山村小学",
        "",
        "本报南阳１月４日讯记者王小明、通讯员李",
        "青报道：新年刚过，山村小学的孩子们就收",
        "到了一批新书。县里的图书馆派人送来了两",
        "千册图书。",
        "\u3000\u3000孩子们围着书架，翻看着新书，脸上满",
        "是笑容。",
    ]
    (article,) = segment("\n".join(page) + "\n").articles
    assert article.headline == "春风吹进山村小学"
    assert article.authors == [Author("记者", "王小明"), Author("通讯员", "李青")]
    assert article.paragraphs[0].startswith("新年刚过，山村小学")
    assert len(article.paragraphs) == 2


def test_a_name_tight_under_a_finished_text_with_a_gap_under_it_signs_that_text() -> None:
    # a commentary signed at its end (a surname outside the commonest), then a space and the next
    # story's headline: the name is the commentary's author, not a kicker over the next headline
    page = [
        "让老街留住烟火气（随笔）",
        "",
        "\u3000\u3000老街改造，改的是路面和管线，",
        "留的是街坊们熟悉的味道。",
        "\u3000\u3000一家家小店重新开门，早点摊",
        "又冒起了热气，老街还是老街。",
        "谈立新",
        "",
        "某县新建三座乡村图书室",
        "",
        "\u3000\u3000本报讯（记者韦柯）某县近日",
        "建成三座乡村图书室，藏书一万",
        "余册，向村民免费开放。",
        "\u3000\u3000图书室由村委会负责日常管理。",
    ]
    essay, news = segment("\n".join(page) + "\n").articles
    assert essay.authors == [Author("", "谈立新")]
    assert news.kicker is None
    assert news.headline == "某县新建三座乡村图书室"
    assert news.authors == [Author("记者", "韦柯")]


def test_a_byline_under_a_heading_set_with_a_gap_over_a_dated_text_is_the_headings() -> None:
    # a story printed before its heading (kicker, a gap, headline, the byline tight under it);
    # the text below opens with a dateline naming its own reporter, so the byline over it is no
    # byline of that text: it goes with the heading above
    page = [
        "\u3000\u3000某市今年新建口袋公园二十个，",
        "居民出门五分钟就能走进绿地。",
        "\u3000\u3000公园由街道统一管护，夜间开放",
        "到十点，附近居民纷纷点赞。",
        "",
        "某市推进城市更新惠民生——",
        "",
        "口袋公园开到家门口",
        "本报记者 韦  柯",
        "",
        "\u3000\u3000本报某地3月2日电  （记者祁嘉禾）",
        "某县近日建成三座乡村图书室，藏书",
        "一万余册，向村民免费开放。",
        "\u3000\u3000图书室由村委会负责日常管理，",
        "每周开放六天。",
        "",
        "某县乡村图书室开门迎客",
    ]
    park, library = segment("\n".join(page) + "\n").articles
    assert park.headline == "口袋公园开到家门口"
    assert park.authors == [Author("记者", "韦柯")]
    assert library.authors == [Author("记者", "祁嘉禾")]
    assert library.paragraphs[0].startswith("某县近日建成")
