"""Title groups: a kicker and its headline printed as one block of lines of their own.

Extraction often gives a heading printed after its body as one block of lines about as wide as the
text's column, which is how a stretch of body text between two column breaks looks too. Such a block
is body only if a text runs on out of it into the next block, and no text runs on into a line that
is a whole title: one closed by its column's tag (`…（记者调查）`).
"""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import explain, segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page


def indented(paragraphs: list[str], first: str = "", width: int = 28) -> list[str]:
    """Paragraphs whose first lines keep their indent, no blank line between them."""
    lines: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        cut_lines = cut((first if k == 0 else "") + paragraph, width)
        lines += ["\u3000\u3000" + cut_lines[0], *cut_lines[1:]]
    return lines


def test_a_kicker_and_headline_as_wide_as_the_column_over_the_next_articles_tagged_headline() -> None:
    # the heading of the first article, printed after its body, fills the column as body lines do;
    # the next block opens with a headline closed by its column's tag: no text runs on into it
    text = page(
        [*indented(BODY_A, "新华社北京1月16日电（记者刘桐）"), ""],
        ["建设高标准农田要抓住农时——", "春耕备耕忙各地推进春季农业生产", "", ""],
        ["便民利企举措落地见效（记者调查）", "——市里推出一批便民利企新举措"],
        indented(BODY_B, "本报北京1月20日电（记者王军豪）"),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        ("建设高标准农田要抓住农时", "春耕备耕忙各地推进春季农业生产", None),
        (None, "便民利企举措落地见效（记者调查）", "市里推出一批便民利企新举措"),
    ]
    assert [a.authors for a in articles] == [[Author("记者", "刘桐")], [Author("记者", "王军豪")]]
    assert [a.paragraphs for a in articles] == [BODY_A, BODY_B]


def test_a_headline_wrapped_at_its_comma_is_one_headline() -> None:
    # a headline too long for its line, broken after its comma (the first half well short of the
    # column), over its subtitle; and one under its kicker, closed by its column's tag
    text = page(
        ["网购二手商品，", "也能七天无理由退货吗？（以案说法）", "——交易属于偶发、非经营的物品处置行为", ""],
        "本报记者  黄  锐",
        [*indented(BODY_A), ""],
        ["2025年便民利企举措落地见效", "一件件小事，", "办到了群众心坎上（记者调查）", ""],
        "本报记者  王军豪",
        indented(BODY_B),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        (None, "网购二手商品，也能七天无理由退货吗？（以案说法）", "交易属于偶发、非经营的物品处置行为"),
        ("2025年便民利企举措落地见效", "一件件小事，办到了群众心坎上（记者调查）", None),
    ]
    assert [a.paragraphs for a in articles] == [BODY_A, BODY_B]


def test_a_headline_wrapped_at_its_columns_width_inside_a_quote_is_one_headline() -> None:
    # a narrow column wraps a headline where its line is full, inside a quotation: the first line
    # opens a quote the second closes
    text = page(
        ["便民利企推出“一件", "事一次办”（记者调查）", ""],
        "本报记者  王军豪",
        indented(BODY_B),
    )
    [article] = segment(text).articles
    assert (article.kicker, article.headline) == (None, "便民利企推出“一件事一次办”（记者调查）")
    assert [a.name for a in article.authors] == ["王军豪"]
    assert article.paragraphs == BODY_B


def test_a_kicker_wrapped_over_two_lines_is_one_string_with_no_space_at_the_break() -> None:
    # a kicker longer than its column goes on to a second line, breaking a word (风电): the break is
    # the column's edge, no gap of the kicker's own, and the kicker reads as one string
    text = page(
        ["中企承建的苏伊士湾1.1吉瓦风", "电项目进入施工高峰阶段——", "红海畔又添中国“大风车”（第一现场）", ""],
        "本报记者  王军豪",
        indented(BODY_B),
    )
    [article] = segment(text).articles
    assert (article.kicker, article.headline) == (
        "中企承建的苏伊士湾1.1吉瓦风电项目进入施工高峰阶段",
        "红海畔又添中国“大风车”（第一现场）",
    )
    assert article.paragraphs == BODY_B


def test_a_column_tag_on_a_line_of_its_own_closes_the_headline_above_it() -> None:
    # the headline filled its line, and its column's tag went on to the next: a tag alone is no
    # trailer of a text nor a title of its own
    text = page(
        ["便民利企举措落地见效", "（稳就业·我的求职故事）", ""],
        "本报记者  王军豪",
        indented(BODY_B),
    )
    [article] = segment(text).articles
    assert (article.kicker, article.headline) == (None, "便民利企举措落地见效（稳就业·我的求职故事）")
    assert article.paragraphs == BODY_B


def test_a_headline_broken_after_a_conjunction_is_one_headline_over_its_subtitle() -> None:
    # no title ends on 和 (it binds to the word after it), nor opens on 的: the lines are one
    # headline that ran out of room; the line under it is its subtitle
    text = page(
        ["贵州加强和", "改进临时救助工作", "", "多种情形可实施急难事项“小额快救”", ""],
        "本报记者  王军豪",
        indented(BODY_B),
        "",
        ["算好施工少扰民", "的综合账（现场评论）", ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        (None, "贵州加强和改进临时救助工作", "多种情形可实施急难事项“小额快救”"),
        (None, "算好施工少扰民的综合账（现场评论）", None),
    ]
    assert [a.paragraphs for a in articles] == [BODY_B, BODY_A]


def test_a_short_headline_wrapped_between_words_over_its_column_tag_is_one_headline() -> None:
    # a column piece's short headline printed in large type over two lines, broken between two words
    # (no comma, quote or binding word at the break); a kicker over a tagged headline runs long, so
    # the kicker of the second article stays a kicker
    text = page(
        ["发挥企业科技创新", "主体作用（提案提要）", ""],
        "本报记者  王军豪",
        [*indented(BODY_B), ""],
        ["浙江省杭州市余杭区健全创业支持体系", "温情服务年轻人（稳就业在行动）", ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        (None, "发挥企业科技创新主体作用（提案提要）", None),
        ("浙江省杭州市余杭区健全创业支持体系", "温情服务年轻人（稳就业在行动）", None),
    ]
    assert [a.paragraphs for a in articles] == [BODY_B, BODY_A]


def test_the_end_of_a_kicker_wrapped_at_the_columns_edge_stays_in_the_kicker() -> None:
    # the kicker filled its line and went on to a second; its short end, over a short tagged
    # headline, is no first half of that headline
    kicker = "山西晋城皇城村依托古城堡群资源发展乡村旅游，以文旅带动产业发展"
    text = page(
        [*cut(kicker, 28), "古村焕新  抱团共富（大国小村）", ""],
        "本报记者  王军豪",
        indented(BODY_B),
    )
    [article] = segment(text).articles
    assert (article.kicker, article.headline) == (kicker, "古村焕新 抱团共富（大国小村）")
    assert article.paragraphs == BODY_B


def test_a_kicker_closed_by_its_dash_in_a_block_with_its_headline_ends_at_the_dash() -> None:
    # a kicker broken after its comma and closed by `——`, its headline straight under it, all in
    # one block with no blank line between: the dash ends the kicker, whatever the lines look like
    HEAD_END = "勋章”（党旗在基层一线高高飘扬）"  # noqa: N806
    text = page(
        ["暑期出境游升温，", "北京边检提示——", "警惕“境外赚快钱”骗局", ""],
        "本报记者  王军豪",
        [*indented(BODY_B), ""],
        ["河南省第二强制隔离戒毒所民警王妙丽——", "“为救群众而受伤的疤痕，是自豪的", HEAD_END, ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        ("暑期出境游升温，北京边检提示", "警惕“境外赚快钱”骗局"),
        ("河南省第二强制隔离戒毒所民警王妙丽", "“为救群众而受伤的疤痕，是自豪的" + HEAD_END),
    ]
    assert [a.paragraphs for a in articles] == [BODY_B, BODY_A]


def test_a_headline_wrapped_inside_a_phrase_its_story_prints_whole_is_one_headline() -> None:
    # the break parts `高标准农田`, which the story under it prints whole: a headline that ran out
    # of room; the kicker over the second headline makes no word of that story with it
    text = page(
        ["各地加大高标准", "农田建设力度", ""],
        "本报记者  王军豪",
        [*indented(BODY_A), ""],
        ["市里推出一批便民利企新举措", "群众办事更省心", ""],
        "本报记者  黄  锐",
        indented(BODY_B),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "各地加大高标准农田建设力度"),
        ("市里推出一批便民利企新举措", "群众办事更省心"),
    ]
    assert [a.paragraphs for a in articles] == [BODY_A, BODY_B]


def test_a_headline_printed_after_its_story_wrapped_inside_a_phrase_it_prints_is_one_headline() -> None:
    # the heading printed after its body: the story above prints `高标准农田` whole
    text = page(
        ["本报记者  王军豪", ""],
        [*indented(BODY_A), ""],
        ["各地加大高标准", "农田建设力度", "", ""],
        ["市里推出一批便民利企新举措", "群众办事更省心", ""],
        "本报记者  黄  锐",
        indented(BODY_B),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "各地加大高标准农田建设力度"),
        ("市里推出一批便民利企新举措", "群众办事更省心"),
    ]


def test_a_kicker_wrapped_over_two_lines_and_closed_by_its_dash_is_the_kicker_over_its_headline() -> None:
    # a long kicker set over two lines ends on the dash that hands over to its headline, printed
    # after a blank line
    text = page(
        [*indented(BODY_B, "本报北京1月20日电（记者王军豪）"), ""],
        ["把缩小城乡差距、地区差距、", "收入差距作为主攻方向——", ""],
        ["浙江稳步推进共同富裕", ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles][-1] == (
        "把缩小城乡差距、地区差距、收入差距作为主攻方向",
        "浙江稳步推进共同富裕",
    )
    assert articles[-1].paragraphs == BODY_A


def test_a_title_broken_after_its_comma_with_a_blank_line_under_each_title_line_is_one_headline() -> None:
    # a page that sets every title line apart: the kicker, the headline's first half closed by its
    # comma, and its end closed by its column's tag each stand between blank lines
    text = page(
        [*indented(BODY_B, "本报北京1月20日电（记者王军豪）"), ""],
        ["全市社区食堂服务老人超五万人次——", ""],
        ["一碗热汤面，", ""],
        ["暖了老人心（民生一线）", ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    articles = segment(text).articles
    assert (articles[-1].kicker, articles[-1].headline) == (
        "全市社区食堂服务老人超五万人次",
        "一碗热汤面，暖了老人心（民生一线）",
    )
    assert articles[-1].paragraphs == BODY_A


def test_a_two_part_headline_set_over_two_lines_at_its_gap_keeps_the_gap() -> None:
    # each part of a two-part headline on a line of its own, the column's tag closing the second:
    # one headline, its parts apart as the paper sets them on one line
    text = page(
        [*indented(BODY_B, "本报北京1月20日电（记者王军豪）"), ""],
        ["山歌嘹亮", "稻浪翻金（今日谈）", ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    articles = segment(text).articles
    assert articles[-1].headline == "山歌嘹亮 稻浪翻金（今日谈）"
    assert articles[-1].paragraphs == BODY_A


@pytest.mark.parametrize(
    ("lines", "headline"),
    [
        # the break parts `农田`, which the story prints whole, and the story's dateline opens right
        # under the second line: a headline that ran out of room, not a kicker over a headline
        (["各地加大高标准农", "田建设力度"], "各地加大高标准农田建设力度"),
        # the break parts `展演`, a word of the language the story never uses: a headline that ran
        # out of room
        (["各县文化馆举办非遗技艺展", "演活动月"], "各县文化馆举办非遗技艺展演活动月"),
    ],
    ids=["word-the-story-prints", "word-of-the-language"],
)
def test_a_headline_broken_inside_a_word_right_over_its_story_is_one_headline(
    lines: list[str], headline: str
) -> None:
    # the next heading's lines each end on a word of their own and stay kicker and headline
    text = page(
        lines,
        [*indented(BODY_A, "新华社北京1月16日电（记者刘桐）"), ""],
        ["市里推出一批便民利企新举措", "群众办事更省心", ""],
        "本报记者  黄  锐",
        indented(BODY_B),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, headline),
        ("市里推出一批便民利企新举措", "群众办事更省心"),
    ]
    assert [a.paragraphs for a in articles] == [BODY_A, BODY_B]


def test_a_headline_with_a_comma_broken_inside_a_word_over_its_byline_is_one_headline() -> None:
    # `…更舒` / `心更便利`: the break parts `舒心`; a comma in a headline is no sign of a paragraph
    # where the headline's byline is right under its second line
    text = page(
        [*indented(BODY_B, "本报北京1月20日电（记者王军豪）"), ""],
        ["老旧小区改造，让居民生活更舒", "心更便利", ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    articles = segment(text).articles
    assert (articles[-1].kicker, articles[-1].headline) == (None, "老旧小区改造，让居民生活更舒心更便利")
    assert articles[-1].paragraphs == BODY_A


def test_a_headline_whose_end_broke_off_onto_a_line_of_its_own_is_one_headline() -> None:
    # no title is one letter: `多` alone under the headline's line is the end the line had no room
    # for; a number is one word with its magnitude (`1200` / `万件`); and a bare word with the next
    # title line right under it (`四强`) ends the kicker, where a name signing a piece has its text
    text = page(
        ["各地高标准农田建设面积较去年明显增", "多"],
        [*indented(BODY_A, "新华社北京1月16日电（记者刘桐）"), ""],
        ["市政务服务大厅全年办件量超1200", "万件"],
        [*indented(BODY_B, "本报北京1月16日电（记者黄锐）"), ""],
        ["某市青年队晋级全国联赛", "四强", "主力队员当选本赛季最佳新人", ""],
        "本报记者  王军豪",
        indented(BODY_C),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "各地高标准农田建设面积较去年明显增多"),
        (None, "市政务服务大厅全年办件量超1200万件"),
        ("某市青年队晋级全国联赛四强", "主力队员当选本赛季最佳新人"),
    ]
    assert [a.paragraphs for a in articles] == [BODY_A, BODY_B, BODY_C]


def test_a_title_group_under_a_note_in_brackets_run_over_lines_keeps_its_kicker() -> None:
    # the note closing the story above (`（相关报道见…）`, over three lines) finishes its text as a
    # full stop does: no sentence runs on into the title group under it, whose lines stay apart
    note = ["\u3000\u3000（相关报道见本报客户", "端和本报官方公众号的同", "名专题，敬请关注阅读）"]
    text = page(
        ["某市田间地头春耕忙", ""],
        "本报记者  王军豪",
        [*indented(BODY_A, width=12), ""],
        [*note, "", ""],
        ["技术革新、产销协同、服务升级齐头并进", "小农具闯出大市场（探访）", ""],
        "本报记者  黄  锐",
        indented(BODY_B, width=12),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "某市田间地头春耕忙"),
        ("技术革新、产销协同、服务升级齐头并进", "小农具闯出大市场（探访）"),
    ]


def test_a_tables_head_with_its_unit_broken_in_brackets_stays_one_unit_of_the_text() -> None:
    # `…面积（万` / `亩）  …（%）`: a table's head set in the story's column breaks inside the
    # bracket of a unit; its last line closes no column's tag, so the block is no title group to
    # cut line by line (a headline broken inside its tag is: `…（民` / `生一线）`)
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        [*cut(BODY_A[0], 24), ""],
        ["表1  三地春播进度统计", "地区  播种面积（万", "亩）  完成进度（%）", ""],
        [*cut(BODY_A[1], 24), ""],
    )
    rows, result = explain(text)
    assert [row.text for row in rows if "表1" in row.text] == [
        "表1  三地春播进度统计 / 地区  播种面积（万 / 亩）  完成进度（%）"
    ]
    [article] = result.articles
    assert article.paragraphs[0] == BODY_A[0]


def test_a_headline_whose_last_word_wrapped_onto_its_column_tags_line_keeps_its_kicker() -> None:
    # `…总体稳定` / `向好（民生一线）`: two letters before the tag are no headline of their own but the
    # end of the one wrapped over it; the line over both stays the kicker
    kicker = "今年前三季度全市新增就业岗位超过十二万个"
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A[:2], width=24),
        [kicker, "稳岗位扩渠道强服务，就业形势总体稳定", "向好（民生一线）", ""],
        "本报记者 王  明",
        body(BODY_B, width=24),
    )
    report = segment(text).articles[1]
    assert (report.kicker, report.headline) == (
        kicker,
        "稳岗位扩渠道强服务，就业形势总体稳定向好（民生一线）",
    )
    assert [a.name for a in report.authors] == ["王明"]


# the first story's heading broken inside a number: over its byline past a blank line, or right
# over its first paragraph (no blank line between), that paragraph's indent kept
_HEAD_IN_NUMBER = ["某市人均公园绿地面积增至12", ".6平方米"]
_NUMBER_BROKEN_FIRST = {
    "over_byline": [[*_HEAD_IN_NUMBER, ""], "本报记者  王军豪", [*indented(BODY_A), ""]],
    "over_indented_text": [[*_HEAD_IN_NUMBER, *indented(BODY_A), ""]],
}


@pytest.mark.parametrize("first", _NUMBER_BROKEN_FIRST.values(), ids=_NUMBER_BROKEN_FIRST.keys())
def test_a_headline_broken_inside_a_number_is_one_headline(first: list) -> None:
    # a number is one word: a line broken at its decimal point (`…12` / `.6平方米`) or between its
    # digits (`…57` / `3亿元`) is one headline that ran out of room, not a kicker over a headline,
    # also where the next story's text, not a byline, stands under it past a blank line
    text = page(
        *first,
        ["某省数字经济核心产业营收达57", "3亿元", ""],
        [*indented(BODY_B, "本报北京1月20日电（记者黄锐）"), ""],
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "某市人均公园绿地面积增至12.6平方米"),
        (None, "某省数字经济核心产业营收达573亿元"),
    ]
    assert [a.paragraphs for a in articles] == [BODY_A, BODY_B]


def test_a_two_part_headline_set_one_part_a_line_under_its_kicker_is_one_headline() -> None:
    # a headline of two parallel phrases of as many letters each, set one phrase a line under its
    # kicker with the byline under it: one headline (with its gap), no headline over a subtitle
    text = page(
        [*indented(BODY_B, "本报北京1月20日电（记者王军豪）"), ""],
        ["某市推行社区长者食堂——", "老人吃得舒心", "子女工作安心", ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    articles = segment(text).articles
    last = articles[-1]
    assert (last.kicker, last.headline, last.subtitle) == (
        "某市推行社区长者食堂",
        "老人吃得舒心 子女工作安心",
        None,
    )
    assert last.paragraphs == BODY_A


_HALVES_OPENING = {
    "at_the_page_top": [],
    "under_a_finished_story": [[*indented(BODY_B, "本报北京1月20日电（记者王军豪）"), ""]],
}


@pytest.mark.parametrize("before", _HALVES_OPENING.values(), ids=_HALVES_OPENING.keys())
def test_a_two_part_headline_set_one_part_a_line_with_no_kicker_is_one_headline(before: list) -> None:
    # two parallel phrases of as many letters each, set one a line where a heading opens, signed by
    # bare names under them: one two-part headline, not a kicker over its headline
    text = page(*before, ["灯下读书", "共度春宵", ""], "王小明  李  华", "", indented(BODY_A))
    last = segment(text).articles[-1]
    assert (last.kicker, last.headline, last.subtitle) == (None, "灯下读书 共度春宵", None)
    assert [author.name for author in last.authors] == ["王小明", "李华"]
    assert last.paragraphs == BODY_A


def test_a_tagged_two_part_headline_of_sixteen_letters_set_a_part_a_line_is_one_headline() -> None:
    # a column piece's two-part headline, its parts of about as many letters, set one part a line
    # tight under the last story's text: one headline, no kicker (a kicker over a tagged headline
    # runs longer than the headline's first part)
    text = page(
        indented(BODY_B, "本报北京1月20日电（记者王军豪）"),
        ["签了合同没交房", "购房款能否如数退回（以案说法）"],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    last = segment(text).articles[-1]
    assert (last.kicker, last.headline) == (None, "签了合同没交房 购房款能否如数退回（以案说法）")
    assert last.paragraphs == BODY_A


def test_a_line_of_phrases_set_apart_over_a_title_line_of_one_phrase_is_its_kicker() -> None:
    # a line of two or three phrases parted by spaces, no column's tag, right over a title line of one
    # phrase: the kicker over its headline, not a two-part headline over its subtitle
    text = page(
        [*indented(BODY_B, "本报北京1月20日电（记者王军豪）"), ""],
        ["修好便民桥  铺好致富路", "某县农村公路建设提质增效", ""],
        "本报记者  黄  锐",
        indented(BODY_A),
    )
    last = segment(text).articles[-1]
    assert (last.kicker, last.headline, last.subtitle) == (
        "修好便民桥 铺好致富路",
        "某县农村公路建设提质增效",
        None,
    )
    assert last.paragraphs == BODY_A


def test_a_two_part_headline_set_a_part_a_line_keeps_its_gap_where_its_break_reads_as_a_word() -> None:
    # two parallel phrases of as many letters set one a line tight under the last story's text; the
    # letters either side of the break happen to stand side by side in the story (`笔一`), which
    # says a title wrapped: the two lines are one headline, and a two-part one keeps its gap
    mine = ["他握着这支笔一画就是四十年，画遍了家乡的山山水水。", *BODY_A[1:]]
    text = page(
        indented(BODY_B, "本报北京1月20日电（记者王军豪）"),
        ["一支画笔", "一生丹青"],
        "王小明",
        "",
        indented(mine),
    )
    last = segment(text).articles[-1]
    assert (last.kicker, last.headline) == (None, "一支画笔 一生丹青")
    assert last.paragraphs == mine


def test_a_two_part_headline_set_a_part_a_line_over_its_dashed_subtitle_keeps_its_gap() -> None:
    # a signed piece's trailer and signature, then, with no blank line, a two-part headline set one
    # part a line over its subtitle opened by `——`: the parts keep their gap
    text = page(
        [*indented(BODY_B), "（作者为某市图书馆馆员）", "王小明"],
        ["巧手织锦", "匠心传承", "——记一位非遗传承人的四十年", "本 报 记 者 黄锐", ""],
        indented(BODY_A),
    )
    last = segment(text).articles[-1]
    assert (last.headline, last.subtitle) == ("巧手织锦 匠心传承", "记一位非遗传承人的四十年")
    assert last.paragraphs == BODY_A


def test_a_headline_broken_inside_a_number_in_words_is_one_headline() -> None:
    # a number written in words is one word with its next numeral or its unit (`…一千` / `一百多亿…`,
    # `…十五` / `周年…`): no kicker ends inside one, and the lines are one headline
    text = page(
        ["某省去年吸引外资猛增，引资一千", "一百多亿元"],
        [*indented(BODY_A, "新华社北京1月16日电（记者刘桐）"), ""],
        ["某市图书馆庆祝建馆十五", "周年读者代表前往祝贺"],
        [*indented(BODY_B, "本报北京1月16日电（记者黄锐）"), ""],
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "某省去年吸引外资猛增，引资一千一百多亿元"),
        (None, "某市图书馆庆祝建馆十五周年读者代表前往祝贺"),
    ]
