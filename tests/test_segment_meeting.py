"""Two stories' texts that meet with no heading between them (`reader.page.meeting`): a story headed
before its body, then one whose headline is printed after its body, on a page that parts paragraphs
with blank lines. The first story ends where the texts stop sharing words, not at the first break
the labelling could cut (under its dateline's paragraph)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop, stack

_WIDTH = 18


CANALS = [
    "青山县今春新修水渠一百二十条，灌溉农田三万亩，春耕用水比往年早了半个月。",
    "青山县地处丘陵，过去农田灌溉靠天吃饭，一到春耕就为水发愁。去年冬天，县里组织各乡修建"
    "水渠，把水库里的水引到田边。今年春耕，新修的水渠第一次放水，沿线农田都浇上了返青水。",
    "水渠修好以后，县里还成立了管水协会，由村民轮流看管水渠，按时放水灌溉，渠边种上了护坡"
    "的树苗。农民说，有了水渠，春耕心里就踏实了，今年的农田灌溉不用再等老天下雨。",
]
READERS = [
    "夜深了，街角的图书馆还亮着灯。读者们坐在长桌两旁，有的翻着厚厚的字典，有的低头做着"
    "笔记，屋子里只听得见翻书的声音。",
    "这座图书馆开放到晚上十点，是附近居民的书房。一位退休教师说，每天晚饭后来这里读上两个"
    "小时报纸和杂志，是一天中最安静的时光。几个中学生也常来，借一本小说，一坐就是一晚。",
    "书香飘进寻常巷陌，一盏盏灯光照亮的，是一座城市的精神底色。",
]


def test_a_story_headed_after_its_body_under_one_headed_before_opens_where_the_texts_part() -> None:
    """A report headed before its body (its first paragraph opens with the dateline) and under it a
    column piece whose headline stands after its text: the report keeps all three of its
    paragraphs, and the column piece opens with its own first paragraph."""
    text = stack(
        "山村水渠通到田头",
        chop("本报青山3月2日电  （记者林木）" + CANALS[0], _WIDTH),
        *(chop(p, _WIDTH) for p in CANALS[1:]),
        *(chop(p, _WIDTH) for p in READERS),
        "夜读的灯光（随笔）",
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["山村水渠通到田头", "夜读的灯光（随笔）"]
    assert [len(a.paragraphs) for a in articles] == [3, 3]
    assert articles[1].paragraphs[0].startswith("夜深了")


BRIDGES = [
    "江城跨江大桥是这座城市最繁忙的过江通道，每天通行车辆超过十万辆次。去年冬天，江城决定在大桥上下游"
    "再建两座过江大桥，分流过江车辆，缓解早晚高峰的拥堵。两座大桥的设计方案已经公布，今年春天就要开工。",
    "消息传开后，江城市民纷纷点赞。过江大桥建成以后，从江南到江北的车程将从一个小时缩短到二十分钟。",
    "江城交通部门介绍，两座新建大桥都按双向六车道设计，桥上还留出了公交专用道和自行车道。大桥建成通车"
    "以后，过江公交线路将增加到二十条，市民过江更加方便。",
    "江城市民说，过江大桥一座接一座地建起来，江南江北连成一片，过江不再是难事。（本报江城1月22日电）",
]
MARKET = [
    "天刚擦黑，老街的夜市就热闹起来了。小吃摊一字排开，烤红薯、糖炒栗子的香味飘出老远，逛夜市的人从街头"
    "排到街尾。",
    "摊主老周在这条街上卖了二十年馄饨，他说，这几年来逛夜市的年轻人越来越多，生意一年比一年好，一晚上能"
    "卖出三百多碗。",
    "夜市管理处在街口设了垃圾分类点，每晚收摊后有专人清扫，第二天一早老街又是干干净净的，街坊们都说夜市"
    "办得好。",
]


def test_a_story_headed_before_its_body_keeps_its_paragraphs_that_go_on_in_its_words() -> None:
    """A report headed before its body (its first paragraph set a little wider than the column),
    then the next story's kicker, headline and names over its text, set in a wider column, and a
    headline at the page's foot: the report keeps its four paragraphs, which tell of its bridges
    in the same words; none is read as a story of its own under the next story's heading."""
    first = [BRIDGES[0][k : k + 14] for k in range(0, len(BRIDGES[0]), 14)]
    first[2:4] = [first[2] + first[3][:3], first[3][3:]]
    lines = ["江城新建三座桥", "", "本报记者  林  木", *first, ""]
    for paragraph in BRIDGES[1:]:
        lines += [*(paragraph[k : k + 14] for k in range(0, len(paragraph), 14)), ""]
    lines += ["城市交通新阶段", "桥下的夜市", "王 明  李 青", ""]
    opening = [MARKET[0][k : k + 22] for k in range(0, len(MARKET[0]), 22)]
    lines += [opening[0], "", *opening[1:], ""]  # (a column break inside its first sentence)
    for paragraph in MARKET[1:]:
        lines += [*(paragraph[k : k + 22] for k in range(0, len(paragraph), 22)), ""]
    lines.append("明日天气预报（1月30日20时—1月31日20时）")
    articles = segment("\n".join(lines)).articles
    assert articles[0].headline == "江城新建三座桥"
    assert len(articles[0].paragraphs) == 4
    assert articles[1].headline == "桥下的夜市"
    assert articles[1].paragraphs[0].startswith("天刚擦黑")


def test_a_title_closing_the_text_under_another_headline_heads_the_story_whose_words_it_names() -> None:
    """A report headed before its body, on a page that indents its paragraphs and prints no blank line
    between them, runs straight on into a column piece whose headline (naming the piece's library and
    its lamps) and writer's name stand after its text, then the next report. The first report keeps
    its three paragraphs; the column piece is a story of its own, with its headline and byline,
    opening with its own first paragraph (no paragraph of either story is lost to the other)."""
    lines = ["山村水渠通到田头", ""]
    for paragraph in CANALS + READERS:
        lines += chop("\u3000\u3000" + paragraph, 16)
    lines += ["", "图书馆里的夜读灯光", "", "柯  朗", "", "江城新建三座桥", ""]
    for paragraph in ("本报江城1月22日电  " + BRIDGES[0], BRIDGES[1]):
        lines += chop("\u3000\u3000" + paragraph, 16)
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == ["山村水渠通到田头", "图书馆里的夜读灯光", "江城新建三座桥"]
    assert [len(a.paragraphs) for a in articles] == [3, 3, 2]
    assert articles[1].paragraphs[0].startswith("夜深了")
    assert articles[1].byline == "柯朗"


def test_a_title_naming_the_text_over_it_heads_that_text_not_the_next_story() -> None:
    """A report headed before its text, which opens with an editor's note; under it, a column piece's
    writer's name, its text, then its headline printed after it (naming its library and lamps), and
    the next report's headline and subtitle over its own text, all in one column with no blank line
    between paragraphs. The column piece is a story of its own, headed by the title under its text,
    not a title over the next report's headline; the first report keeps its note and three paragraphs."""
    lines = ["山村水渠通到田头", "本报记者  林  木", ""]
    lines += chop("编者按：春耕时节，记者走进山村，看新修的水渠怎样把水库里的水送到田边。", 16)
    for paragraph in CANALS:
        lines += chop(paragraph, 16)
    lines += ["", "本报记者  柯  朗"]
    for paragraph in READERS:
        lines += chop(paragraph, 16)
    title = "图书馆的灯光照亮城市的夜读时光"
    lines += ["", title, "", "江城新建三座桥", "——两座大桥今春开工", "", "本报记者  岑望舒"]
    for paragraph in BRIDGES[:2]:
        lines += chop(paragraph, 16)
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == ["山村水渠通到田头", title, "江城新建三座桥"]
    assert [len(a.paragraphs) for a in articles] == [4, 3, 2]
    assert articles[1].byline == "本报记者 柯朗"
    assert articles[2].subtitle == "两座大桥今春开工"


LIBRARY = "图书馆的管理员说，夜里来读书的人一年比一年多，馆里又添了两排书架和一批台灯，读者们坐得更宽敞了。"


def test_a_summary_box_heads_its_own_text_not_a_dated_story_whose_words_part_from_it() -> None:
    """A page of four stories: a column piece headed after its text, a column piece headed before its
    text, which opens with a summary box's title, a dated report run on under it and headed after its
    text (the title naming its canals), and a report headed before its text. The second piece keeps
    its box and its own four paragraphs and the dated report is a story of its own under its title:
    the box does not head the report, whose words part from the piece's."""
    lines = ["江  帆", ""]
    for paragraph in BRIDGES[:3]:
        lines += chop(paragraph, 16)
    lines += ["", "江上新桥连两岸（纵横）", "", "夜读的灯光（随笔）", "", "柯  朗", "", "核心阅读", ""]
    for paragraph in [*READERS, LIBRARY]:
        lines += chop(paragraph, 16)
    lines += [""] + chop("本报青山3月2日电  （记者林木）" + CANALS[0], 16)
    for paragraph in CANALS[1:]:
        lines += chop(paragraph, 16)
    lines += ["", "青山县新修水渠通到田边", "", "老街换新颜", "", "桥下的夜市", ""]
    lines += chop("本报江城1月29日电  （记者柳岸）" + MARKET[0], 16)
    for paragraph in MARKET[1:]:
        lines += chop(paragraph, 16)
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == [
        "江上新桥连两岸（纵横）",
        "夜读的灯光（随笔）",
        "青山县新修水渠通到田边",
        "桥下的夜市",
    ]
    assert [len(a.paragraphs) for a in articles] == [3, 5, 3, 3]
    assert articles[1].paragraphs[0] == "核心阅读"
    assert articles[2].paragraphs[0].startswith("青山县今春")


def test_a_subhead_whose_texts_part_two_stories_words_heads_the_story_under_it() -> None:
    """A report headed before its text, on a page that sets a blank line between paragraphs, closes
    with a list of villages (no full stop), and under it a short title line, then a column piece's
    text of other words: the line is the column piece's headline, not a subhead of the report (a
    story's parts share their words across a subhead; these two share none)."""
    villages = "沿线受益的村庄有：东岭村、西坡村、南湾村、北塘村、上坪村、下坪村、石桥村、柳溪村、枫林村"
    text = stack(
        "山村水渠通到田头",
        "本报记者  林  木",
        *(chop(p, _WIDTH) for p in CANALS),
        chop(villages, _WIDTH),
        "街角书房",
        *(chop(p, _WIDTH) for p in READERS),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["山村水渠通到田头", "街角书房"]
    assert [len(a.paragraphs) for a in articles] == [4, 3]
    assert articles[1].paragraphs[0].startswith("夜深了")


def test_a_title_inside_a_text_headed_after_its_body_closes_the_story_it_names() -> None:
    """Two stories headed after their bodies, on a page 12 characters wide that sets a blank line
    between paragraphs: the first story's paragraphs end on full lines and the second's text opens
    with one, so its title over that text looks like a paragraph's first line. The title's words are
    those of the text above it (canals, fields), and the two texts share none: it is the first story's
    headline, printed after its body, not a line of one story's text under the second headline."""
    text = stack(
        *(chop(p, 12) for p in CANALS),
        "青山水渠灌农田",
        *(chop(p, 12) for p in READERS),
        "夜读的灯光（随笔）",
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["青山水渠灌农田", "夜读的灯光（随笔）"]
    assert articles[0].paragraphs[0].startswith("青山县今春")
    assert articles[0].paragraphs[-1].endswith("不用再等老天下雨。")
    assert articles[1].paragraphs[0].startswith("夜深了")


def test_a_full_width_title_inside_a_text_heads_the_story_its_words_name() -> None:
    """A report headed before its text, then a title line as wide as the column (14 characters) over
    a column piece's text, which opens with a line cut off by a column break: the title reads like a
    line of the report's text, but its words (the library, its readers) come back in the text under it
    and not in the report's, and the two texts share none: it is the column piece's headline."""
    width = 14
    title = "街角图书馆夜里来读书的人多了"
    lines = chop(READERS[0], width)
    text = stack(
        "山村水渠通到田头",
        "本报记者  林  木",
        *(chop(p, width) for p in CANALS),
        title,
        lines[:1],
        lines[1:2],
        lines[2:],
        *(chop(p, width) for p in READERS[1:]),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["山村水渠通到田头", title]
    assert [len(a.paragraphs) for a in articles] == [3, 3]
    assert articles[1].paragraphs[0].startswith("夜深了")


def test_a_heading_after_a_text_cut_at_the_column_names_its_story_not_the_next_ones() -> None:
    """A column piece headed after its text (a kicker wrapped over two lines, then its headline) right
    over a report's heading (headline, `——` subtitle, byline) on a page 12 characters wide. The
    kicker's last line is cut at the column's end, so the text over the stack looks unfinished there;
    the headline's words (readers, a study) are those of the text above, not the report's: it closes
    the column piece, and is not the report's kicker."""
    text = stack(
        *(chop(p, 12) for p in READERS),
        chop("街角图书馆的灯光夜夜亮到十点", 12),
        "读者们的夜间书房",
        "江城再建两座过江大桥",
        "——上下游各建一座",
        "本报记者  林  木",
        *(chop(p, 12) for p in BRIDGES),
    )
    first, second = segment(text).articles
    assert first.headline == "读者们的夜间书房"
    assert first.paragraphs[0].startswith("夜深了")
    assert second.kicker is None
    assert second.headline == "江城再建两座过江大桥"
    assert second.paragraphs[-1].endswith("（本报江城1月22日电）")
