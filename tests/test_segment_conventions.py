"""Layout conventions of real newspaper pages, one small hand-made page each.

Each page is built here from its parts (column lines cut as extraction cuts them), so a test says
which convention it exercises and what a reader must get: the right headline, the right people,
boxes and captions kept in their article.
"""

from __future__ import annotations

import pytest

from reader.model import Article, Author
from reader.page.segment import explain, segment
from tests.pagegen import cut

BODY_A = [
    "春耕时节，田间地头一派繁忙景象。农机手驾驶着播种机来回穿梭，一垄垄新土整齐地铺展开来。",
    "今年以来，当地持续加大高标准农田建设力度，新建灌溉渠道二十余公里，让不少地块变成了良田。",
    "“以前浇一遍地要三四天，现在手机上点一点就能完成。”种粮大户老李一边查看墒情数据一边说。",
]
BODY_B = [
    "为进一步优化营商环境，市里推出了一批便民利企新举措，涵盖企业开办、工程审批等多个领域。",
    "在政务服务大厅，前来办事的群众可以在综合窗口一次提交全部材料，办结时间平均缩短了一半。",
    "下一步，有关部门还将梳理高频事项清单，推动更多事项网上办、掌上办、就近办。",
]
BODY_C = [
    "读书是一种习惯，更是一种修养。在碎片化阅读越来越普遍的今天，静下心来读完一本好书尤为可贵。",
    "有人说，阅读的意义不在于记住了多少内容，而在于它潜移默化地塑造了我们看待世界的方式。",
    "让我们把书香融入日常，在字里行间与更好的自己相遇。",
]


def body(paragraphs: list[str], width: int = 30, first: str = "") -> list[str]:
    """Body lines as extraction prints them: cut at the column, a blank line after each paragraph."""
    lines: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        lines += cut((first if k == 0 else "") + paragraph, width) + [""]
    return lines


def page(*parts: list[str] | str) -> str:
    lines: list[str] = []
    for part in parts:
        lines += [part, ""] if isinstance(part, str) else part
    return "\n".join(lines) + "\n"


def only(text: str) -> Article:
    [article] = [a for a in segment(text).articles if a.kind == "article"]
    return article


def test_kicker_with_dash_headline_with_column_tag_and_subtitle_without_dash() -> None:
    text = page(
        "建设高标准农田——",
        ["春耕备耕忙（新春走基层）", "各地抓住农时推进春季农业生产"],
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    article = only(text)
    assert article.kicker == "建设高标准农田"
    assert article.headline == "春耕备耕忙（新春走基层）"
    assert article.subtitle == "各地抓住农时推进春季农业生产"
    assert article.authors == [Author("记者", "刘桐")]
    assert article.paragraphs == BODY_A


def test_a_long_column_tag_ends_the_headline_under_a_kicker() -> None:
    """Modern column tags run long (`（经济聚焦·关注海洋经济）`); the line they close is the headline."""
    titles = ["沿海港口群以协同促高效", "内外联通锻造新动能（经济聚焦·关注海洋经济）"]
    text = page(titles, "本报记者 刘  桐", body(BODY_A))
    article = only(text)
    assert article.kicker == "沿海港口群以协同促高效"
    assert article.headline == "内外联通锻造新动能（经济聚焦·关注海洋经济）"
    assert article.subtitle is None


QUESTION_TITLE = "旧物换新，也能享受七天无理由退货吗？（以案说法）"
QUOTE_TITLE = "“再难也要把路修通”（身边事）"
CRY_TITLE = "“家门口就能看上病了！”（民生一线）"  # a quoted cry, then its column's tag


@pytest.mark.parametrize("title", [QUESTION_TITLE, QUOTE_TITLE, CRY_TITLE])
def test_a_question_or_quote_headline_under_its_column_tag_is_a_headline(title: str) -> None:
    """`…吗？（以案说法）`, `“…”（身边事）`: the mark ends the title, the tag names its column."""
    text = page("便民利企举措落地", "本报记者 王军豪", body(BODY_B), title, "本报记者 刘  桐", body(BODY_A))
    article = [a for a in segment(text).articles if a.kind == "article"][-1]
    assert article.headline == title
    assert article.paragraphs == BODY_A


@pytest.mark.parametrize("title", [QUESTION_TITLE, QUOTE_TITLE, CRY_TITLE])
def test_a_question_or_quote_headline_after_its_body(title: str) -> None:
    """Printed after its body in a narrow column, wider than the column's lines."""
    text = page(body(BODY_B, 20), title, "便民利企举措落地", "本报记者 刘  桐", body(BODY_A, 20))
    first, second = [a for a in segment(text).articles if a.kind == "article"]
    assert (first.headline, first.paragraphs) == (title, BODY_B)
    assert second.headline == "便民利企举措落地"


def test_two_part_headline_joined_by_two_spaces_is_one_headline() -> None:
    text = page(["村里游客多  村民腰包鼓", "——乡村旅游带火农家乐"], "本报记者 王军豪", body(BODY_B))
    article = only(text)
    assert article.headline == "村里游客多 村民腰包鼓"
    assert article.subtitle == "乡村旅游带火农家乐"


def test_several_letter_spaced_reporters_are_each_an_author() -> None:
    text = page("便民利企举措落地见效", "本报记者  柏望川  岳  川  闻若溪", body(BODY_B))
    article = only(text)
    assert article.authors == [Author("记者", "柏望川"), Author("记者", "岳川"), Author("记者", "闻若溪")]
    assert article.byline == "本报记者 柏望川 岳川 闻若溪"


def test_posted_correspondent() -> None:
    article = only(page("便民利企举措落地见效", "本报驻南非记者  温  宪", body(BODY_B)))
    assert article.byline == "本报驻南非记者 温宪"
    assert article.authors == [Author("记者", "温宪")]


def test_signed_commentary_with_a_bare_name_and_a_trailer_kept_in_the_body() -> None:
    trailer = "（作者为某大学教授，本报记者张明整理）"
    text = page("让书香融入日常", "王  浩", body([*BODY_C, trailer]))
    article = only(text)
    assert article.headline == "让书香融入日常"
    assert article.authors == [Author("", "王浩")]  # the trailer's people are not the byline's
    assert article.paragraphs[-1] == trailer


def test_inline_datelines_record_their_reporters() -> None:
    cases = [
        ("本报北京1月1日电  （记者罗茂城）", "本报北京1月1日电（记者 罗茂城）", [Author("记者", "罗茂城")]),
        ("新华社北京1月1日电（记者张三）", "新华社北京1月1日电（记者 张三）", [Author("记者", "张三")]),
        ("本报讯（通讯员 李  欣）", "本报讯（通讯员 李欣）", [Author("通讯员", "李欣")]),
    ]
    for printed, byline, authors in cases:
        article = only(page("便民利企举措落地见效", body(BODY_B, first=printed)))
        assert (article.byline, article.authors) == (byline, authors), printed
        assert article.paragraphs == BODY_B


def test_a_box_heading_the_body_stays_in_the_article_before_its_dateline() -> None:
    summary = "当地多措并举优化营商环境，企业办事更省心。"
    text = page(
        "便民利企举措落地见效",
        ["核心阅读", ""] + cut(summary, 30) + [""],
        body(BODY_B, first="本报讯（记者 刘洋）"),
    )
    article = only(text)
    assert article.authors == [Author("记者", "刘洋")]
    assert article.paragraphs == ["核心阅读", summary, *BODY_B]


def test_question_subhead_and_its_sub_subhead_stay_in_the_body() -> None:
    text = page(
        "春耕备耕忙 田间管理新",
        "■ 本报记者 刘  桐",
        body(BODY_A[:2]),
        "山要怎么分？",
        "集体商量定规矩",
        body(BODY_A[2:] + BODY_C[:1]),
    )
    article = only(text)
    assert article.headline == "春耕备耕忙 田间管理新"
    assert article.paragraphs == [*BODY_A[:2], "山要怎么分？", "集体商量定规矩", BODY_A[2], BODY_C[0]]


def test_question_subhead_and_its_sub_subhead_set_apart_in_run_on_text_stay_in_the_body() -> None:
    # paragraphs run on with no blank line between them, the question and its sub-subhead each set
    # apart by blank lines as headlines are: no byline or dateline under the sub-subhead, so it opens
    # no article of its own
    def run_on(paragraphs: list[str]) -> list[str]:
        return [line for paragraph in paragraphs for line in cut(paragraph, 30)] + [""]

    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        run_on([*BODY_A[:2], BODY_C[0]]),
        "山要怎么分？",
        "集体商量定规矩",
        run_on([BODY_A[2], *BODY_C[1:]]),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        run_on(BODY_B),
    )
    first, second = segment(text).articles
    assert first.headline == "春耕备耕忙"
    assert first.paragraphs == [
        *BODY_A[:2],
        BODY_C[0],
        "山要怎么分？",
        "集体商量定规矩",
        BODY_A[2],
        *BODY_C[1:],
    ]
    assert second.headline == "便民利企举措落地见效" and second.paragraphs == BODY_B


def test_numbered_captions_and_credit_lines_stay_in_their_article_in_page_order() -> None:
    captions = [
        "图①：春耕时节，农机手在田间播种。",
        "黄  海摄（人民视觉）",
        "图②：种粮大户查看墒情数据。",
        "黄  海摄（人民视觉）",
    ]
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
        captions[0],
        "黄  海摄（人民视觉）",
        captions[2],
        "黄  海摄（人民视觉）",
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B),
    )
    first, second = segment(text).articles
    assert first.paragraphs == BODY_A + captions
    assert second.headline == "便民利企举措落地见效" and second.paragraphs == BODY_B


def test_a_photo_standing_alone_is_an_item_of_its_own() -> None:
    caption = (
        "3月5日，游客在湖畔公园赏花踏青。随着气温回升，园内多个品种的花卉竞相开放，吸引市民游客前来游玩。"
    )
    text = page(
        "春耕备耕忙", "■ 本报记者 刘  桐", body(BODY_A), cut(caption + " ■ 本报记者 许金松", 80, 0), ""
    )
    text += page("便民利企举措落地见效", "■ 本报记者 王军豪", body(BODY_B))
    kinds = [(a.kind, a.headline) for a in segment(text).articles]
    assert kinds == [("article", "春耕备耕忙"), ("photo", None), ("article", "便民利企举措落地见效")]
    photo = segment(text).articles[1]
    assert photo.paragraphs == [caption] and photo.authors == [Author("记者", "许金松")]


def test_page_furniture_goes_to_metadata_not_into_articles() -> None:
    text = page(
        "05  要闻  2024年1月2日 星期二",
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "本版责编：张三  李四  版式设计：王五",
    )
    result = segment(text)
    assert (result.meta.date, result.meta.page_no) == ("2024-01-02", "05")
    assert "版式设计：王五" in result.meta.editors
    [article] = result.articles
    assert article.paragraphs == BODY_A


def test_a_running_head_over_three_lines_keeps_its_section_out_of_the_first_article() -> None:
    """`02` / `评论` / `2026年1月2日 星期五`: the section's name is the running head's, not a kicker."""
    text = page(["02", "评论", "2026年1月2日 星期五"], "春耕备耕忙", "■ 本报记者 刘  桐", body(BODY_A))
    result = segment(text)
    assert (result.meta.section, result.meta.page_no, result.meta.date) == ("评论", "02", "2026-01-02")
    [article] = result.articles
    assert (article.kicker, article.headline) == (None, "春耕备耕忙")


def test_a_short_headline_right_under_the_running_head_stays_a_headline() -> None:
    text = page(["02  评论  2026年1月2日 星期五", "春耕备耕忙", ""], "■ 本报记者 刘  桐", body(BODY_A))
    result = segment(text)
    [article] = result.articles
    assert (article.headline, result.meta.section) == ("春耕备耕忙", "评论")  # (the head's own word)


def test_headlines_after_their_bodies_on_a_page_that_opens_with_a_byline_and_captions() -> None:
    caption = "图①：春耕时节，农机手在田间播种，一垄垄新土整齐地铺展开来。黄  海摄"
    text = page(
        "■ 本报记者 刘  桐",
        caption,
        body(BODY_A),
        "春耕备耕忙",
        "■ 本报记者 王军豪",
        body(BODY_B),
        "建设高标准农田",
        "便民利企举措落地见效",
    )
    first, second = segment(text).articles
    assert (first.headline, first.authors) == ("春耕备耕忙", [Author("记者", "刘桐")])
    assert first.paragraphs[0] == "图①：春耕时节，农机手在田间播种，一垄垄新土整齐地铺展开来。黄  海摄"
    assert (second.kicker, second.headline) == ("建设高标准农田", "便民利企举措落地见效")


def test_indented_paragraphs_break_at_their_indent() -> None:
    lines = []
    for paragraph in BODY_A:
        lines += ["\u3000\u3000" + line if k == 0 else line for k, line in enumerate(cut(paragraph, 30))]
    article = only(page("春耕备耕忙", "■ 本报记者 刘  桐", lines))
    assert article.paragraphs == BODY_A


def test_clear_articles_are_confident_and_explained() -> None:
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "便民利企举措落地见效",
        "本报记者 王军豪",
        body(BODY_B),
    )
    result = segment(text)
    assert all(a.confidence >= 0.5 and not a.uncertain for a in result.articles)
    rows, _ = explain(text)
    assert [r.role for r in rows if r.new_item] == ["headline", "headline"]
    byline = next(r for r in rows if "王军豪" in r.text)
    assert byline.role == "byline" and ("byline_role", 8.0) in byline.evidence


def test_a_photo_credit_on_its_own_line_is_not_the_articles_byline() -> None:
    text = page(
        "春耕备耕忙",
        body(BODY_A, first="新华社北京1月1日电（记者张三）"),
        "图①：春耕时节，农机手在田间播种。",
        "张青摄",
    )
    article = only(text)
    assert article.authors == [Author("记者", "张三")]
    assert article.paragraphs[-2:] == ["图①：春耕时节，农机手在田间播种。", "张青摄"]


def test_an_article_signed_with_a_short_name_after_its_headline() -> None:
    text = page("评说新春的戏", "刘浦泉", body(BODY_C))
    article = only(text)
    assert (article.headline, article.authors) == ("评说新春的戏", [Author("", "刘浦泉")])


def test_three_title_lines_before_a_photo_kicker_headline_and_the_photos_own_title() -> None:
    # kicker + headline + the photo's own title, or two kickers and a headline: the line right
    # above the caption is the photo's title (a kicker never stands over a caption)
    caption = (
        "3月5日，游客在湖畔公园赏花踏青。随着气温回升，园内多个品种的花卉竞相开放，吸引市民游客前来游玩。"
    )
    text = page(
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "建设高标准农田",
        "春耕备耕忙",
        "湖畔春意浓",
        cut(caption + " ■ 本报记者 许金松", 80, 0),
        "",
        "■ 本报记者 王军豪",
        body(BODY_B),
        "便民利企举措落地见效",
    )
    first, photo, last = segment(text).articles
    assert (first.kicker, first.headline) == ("建设高标准农田", "春耕备耕忙")
    assert photo.headline == "湖畔春意浓"
    assert not last.uncertain and last.headline == "便民利企举措落地见效"
    assert photo.kind == "photo" and photo.authors == [Author("记者", "许金松")]


def test_dateline_whose_bracket_starts_a_line_set_like_a_new_paragraph() -> None:
    # the gap after 电 went to the next line, which extraction then prints as an indented one
    text = page(
        "港口吞吐量创新高",
        ["本报天津1月5日电", *cut("  （记者陈立新）" + BODY_A[0], 30, 0), ""],
        body(BODY_A[1:]),
    )
    article = only(text)
    assert article.authors == [Author("记者", "陈立新")]
    assert article.byline == "本报天津1月5日电（记者 陈立新）"
    assert article.paragraphs == BODY_A


def test_editors_line_naming_several_editors_for_one_role_is_furniture() -> None:
    text = page(
        "本版责编：傅丁根  陈朝中  索朗罗布  版式设计：薛原",
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    result = segment(text)
    assert "版式设计：薛原" in result.meta.editors
    [article] = result.articles
    assert article.headline == "春耕备耕忙" and article.paragraphs == BODY_A


def test_reporters_notes_box_title_is_not_a_byline() -> None:
    # `记者手记` opens with a role word, as `记者 王军豪` does, but it heads a box in the body
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A[:2]),
        "记者手记",
        body(BODY_A[2:]),
        "■ 本报记者 王军豪",
        body(BODY_B),
        "便民利企举措落地见效",
    )
    rows, result = explain(text)
    [box] = [row for row in rows if row.text == "记者手记"]
    assert "byline_role" not in dict(box.evidence)  # `--explain` shows what it was read as
    first, second = result.articles
    assert first.authors == [Author("记者", "刘桐")]
    assert first.paragraphs == [*BODY_A[:2], "记者手记", BODY_A[2]]
    assert second.headline == "便民利企举措落地见效"


@pytest.mark.parametrize("box", ["■记者手记", "■ 记者手记", "记者 手记"])
def test_marked_or_spaced_reporters_notes_box_title_is_not_a_byline(box: str) -> None:
    # the 2026 People's Daily prints the box title with a marker (`■记者手记`), and a scan may
    # letter-space it (`记者 手记`): still a box heading the body, not a byline `记者 手记` that
    # opens a new article inside the story
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A[:2]),
        box,
        body(BODY_A[2:]),
        "",
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B),
    )
    rows, result = explain(text)
    [row] = [row for row in rows if row.text == box]
    assert "byline_role" not in dict(row.evidence) and row.role == "subhead"
    first, second = result.articles
    assert first.authors == [Author("记者", "刘桐")]
    assert [p.replace(" ", "") for p in first.paragraphs] == [*BODY_A[:2], box.replace(" ", ""), BODY_A[2]]
    assert second.headline == "便民利企举措落地见效"


def test_photo_credit_with_agency_is_not_a_headline_with_a_column_tag() -> None:
    caption = "图①：春耕时节，农机手在田间播种，一垄垄新土整齐地铺展开来。"
    text = page(
        "■ 本报记者 刘  桐",
        body(BODY_A),
        caption,
        "黄  海摄（新华社发）",
        "春耕备耕忙",
        "■ 本报记者 王军豪",
        body(BODY_B),
        "便民利企举措落地见效",
    )
    rows, result = explain(text)
    [credit] = [row for row in rows if row.text == "黄  海摄（新华社发）"]
    assert "column_tag" not in dict(credit.evidence)  # the agency's bracket names no column
    first, second = result.articles
    assert first.headline == "春耕备耕忙"
    assert first.paragraphs == [*BODY_A, caption, "黄  海摄（新华社发）"]
    assert second.headline == "便民利企举措落地见效"


def test_photo_title_above_a_standalone_photo_after_a_headline_printed_below_its_body() -> None:
    # an article with its headline after its body, then a photo with its own title above it:
    # the title heads the photo, it is no second headline line (a kicker) of the article
    caption = (
        "3月5日，游客在湖畔公园赏花踏青。随着气温回升，园内多个品种的花卉竞相开放，吸引市民游客前来游玩。"
    )
    text = page(
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "春耕备耕忙",
        "湖畔：春意浓",
        cut(caption + "  许金松摄", 80, 0),
        "",
        "■ 本报记者 王军豪",
        body(BODY_B),
        "便民利企举措落地见效",
    )
    first, photo, second = segment(text).articles
    assert (first.kicker, first.headline) == (None, "春耕备耕忙")
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "湖畔：春意浓", [caption])
    assert second.headline == "便民利企举措落地见效"


def test_page_that_turns_from_headlines_after_bodies_to_headlines_before_them() -> None:
    # extraction gives the first article's headline after its body and the next one's before:
    # each article decides from the evidence around it (the page ends on a body, not a title)
    text = page(
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "春耕备耕忙",
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B),
        "读书之乐",
        "■ 本报记者 李  文",
        body(BODY_C),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "春耕备耕忙"),
        (None, "便民利企举措落地见效"),
        (None, "读书之乐"),
    ]


def test_page_that_turns_from_after_to_before_and_back_again() -> None:
    # one article with its headline after its body, two with theirs before (each title straight
    # over a dateline), then one after again: the two turns cost less than reading the first two
    # titles as one article's kicker and headline and leaving the third article without one
    brief = ["一架运送设备的货机日前被迫降落在邻国境内的一座机场，机上人员全部安全。"]
    text = page(
        "■ 本报记者 王军豪",
        body(BODY_A, width=30),
        "春耕备耕忙",
        "便民利企举措落地见效",
        body(BODY_B, width=30, first="本报讯（通讯员 裴知强）"),
        "让书香融入日常",
        body(BODY_C, width=30, first="新华社南京3月5日电  （记者李战吉）"),
        body(brief, width=30, first="本报讯（记者 卢劲）"),
        "货机安全备降",
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "春耕备耕忙"),
        (None, "便民利企举措落地见效"),
        (None, "让书香融入日常"),
        (None, "货机安全备降"),
    ]
    assert [a.authors[0].name for a in articles] == ["王军豪", "裴知强", "李战吉", "卢劲"]


def test_news_photo_caption_opening_with_a_dateline_is_a_photo() -> None:
    # a news photo: its caption opens with a dateline as a report does, and closes with its
    # credit, which no report does
    caption = (
        "本报北京1月5日电春运首日，北京西站客流明显增加，"
        "志愿者在进站口为旅客提供咨询和引导服务，站内秩序井然。"
    )
    text = page(
        caption + "  许金松摄",  # one line across the page
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B),
    )
    photo, first, second = segment(text).articles
    assert (photo.kind, photo.paragraphs) == ("photo", [caption])
    assert photo.authors == [Author("", "许金松")]
    assert first.headline == "春耕备耕忙" and first.paragraphs == BODY_A
    assert second.headline == "便民利企举措落地见效"


def test_trailer_naming_a_helper_stays_in_the_body_and_records_a_contributor() -> None:
    # `（肖航参与采写）` closes the body as printed; the byline's names stay the only authors
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body([*BODY_A, "（肖航参与采写）"]),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body([*BODY_B[:2], BODY_B[2] + "（作者为市政务服务中心主任，本报记者李文整理）"]),
    )
    first, second = segment(text).articles
    assert first.paragraphs == [*BODY_A, "（肖航参与采写）"]
    assert first.authors == [Author("记者", "刘桐")] and first.contributors == ["肖航"]
    assert second.authors == [Author("记者", "王军豪")] and second.contributors == ["李文"]
    assert first.to_dict()["contributors"] == ["肖航"]
    assert Article.from_dict(second.to_dict()).contributors == ["李文"]


def test_a_bracketed_note_that_names_no_helper_records_no_contributor() -> None:
    text = page("春耕备耕忙", "■ 本报记者 刘  桐", body([*BODY_A, "（作者为中国农业大学教授）"]))
    article = only(text)
    assert article.contributors == [] and "contributors" not in article.to_dict()


def test_a_title_line_as_wide_as_the_column_over_a_shorter_one_is_a_kicker() -> None:
    # kickers run long (often a column or more), headlines are short and set large: two title
    # lines after a photo credit open the next article even with no byline under them
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "图①：春耕时节，农机手在田间播种，一垄垄新土整齐地铺展开来。",
        "黄海供图",
        "全市政务服务事项实现一窗受理",
        "便民：一窗受理见效",
        body(BODY_B),
    )
    first, second = segment(text).articles
    assert first.paragraphs[-1] == "黄海供图"
    assert (second.kicker, second.headline) == ("全市政务服务事项实现一窗受理", "便民：一窗受理见效")
    assert second.paragraphs == BODY_B


def test_a_title_line_printed_right_over_a_line_wider_than_the_column_stands_alone() -> None:
    # no blank between a photo's title and its caption: a body line is never wider than its
    # column, so the short line above the wide one is a title of its own
    caption = "3月5日，游客在湖畔公园赏花踏青。随着气温回升，园内多个品种的花卉竞相开放。"
    text = page(
        ["湖畔春意浓", caption + "  许金松摄", ""],
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    photo, article = segment(text).articles
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "湖畔春意浓", [caption])
    assert photo.authors == [Author("", "许金松")]
    assert article.headline == "春耕备耕忙" and article.paragraphs == BODY_A


def test_a_line_all_in_brackets_is_never_a_headline() -> None:
    # A photo credit or a source in brackets set on its own line between two articles is no title: the
    # brief after it, opening with its dateline, has no headline; the credit stays text of the page.
    text = page(
        "便民利企举措落地见效",
        "本报记者 王军豪",
        body(BODY_B),
        "（新华社记者 张三摄）",
        body(BODY_A, first="本报北京1月1日讯  "),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles if a.headline] == ["便民利企举措落地见效"]
    assert all("摄）" not in (a.kicker or "") + (a.subtitle or "") for a in articles)
    assert any("（新华社记者张三摄）" in a.text or "张三" in (a.byline or "") for a in articles)
    assert articles[-1].paragraphs[-1] == BODY_A[-1]


def test_a_title_line_naming_its_genre_under_a_headline_is_the_subtitle() -> None:
    # no dash, a blank line between: the lower line says what kind of piece this is (`记…`, `…侧记`,
    # `读《…》`, `专访…`), as a subtitle does and a headline or kicker rarely does
    for subtitle in ("记种粮大户李建国", "高标准农田建设见闻", "读《春耕备耕手册》", "专访种粮大户李建国"):
        text = page("春耕备耕忙", subtitle, "■ 本报记者 王军豪", body(BODY_A))
        article = only(text)
        assert (article.kicker, article.headline, article.subtitle) == (None, "春耕备耕忙", subtitle)


def test_a_column_tag_after_a_quoted_word_closes_a_headline_under_its_kicker() -> None:
    # `“…”（栏目）`: the quote closes a word of the title, not a sentence, so the line is no
    # sentence; the column tag marks it as the headline, and the line over it is the kicker
    kicker, headline = "山西运城绛县草莓产业年产值近两亿元", "这里的草莓“论个卖”（高质量发展在一线·小城宝藏）"
    text = page([kicker, headline], body(BODY_A, width=24, first="本报太原1月9日电  （记者刘桐）"))
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (kicker, headline, None)


def test_a_title_over_a_wide_caption_closed_by_its_credit_is_the_photos_title() -> None:
    # a headline printed after its body, then a photo: its title, its caption set across columns
    # (no `图①`) and the credit line under it; the title is the photo's, not the article's headline
    # with the article's headline as its kicker
    caption = "春节临近，各地年货市场商品丰富，货源充足，煞是红火。图为市民在超市选购年货。"
    text = page(
        "■ 本报记者 王军豪",
        body(BODY_A, width=30),
        "便民利企举措落地见效",
        "红红火火过大年",
        cut(caption, 46, first_indent=0),
        "新华社记者刘向刚摄",
    )
    article, photo = segment(text).articles
    assert (article.kicker, article.headline) == (None, "便民利企举措落地见效")
    assert (photo.kind, photo.headline) == ("photo", "红红火火过大年")


@pytest.mark.parametrize(
    ("subhead", "lines"),
    [
        # the break falls inside a word (`…掌握更` / `多技能`), as text's does
        ("田间管理，在实践中掌握更多技能", ["田间管理，在实践中掌握更", "多技能"]),
        # the word carried over stands alone (`…掌握新` / `技能`): two ideographs that could be a bare
        # name signing the piece, but under a line as wide as the column, broken inside a word, they
        # are the heading's end
        ("田间管理，在实践中掌握新技能", ["田间管理，在实践中掌握新", "技能"]),
    ],
)
def test_a_subhead_wrapped_at_the_column_edge_stays_in_the_body(subhead: str, lines: list[str]) -> None:
    # an in-body subhead set in the body's column wraps where its line is full, as text does: the two
    # lines are one heading of the story's text under them, not a kicker and a headline opening a new
    # article (nor a headline and its byline)
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A[:2], width=24),
        [*cut(subhead, 24, first_indent=0), ""],
        body(BODY_A[2:] + BODY_C[:2], width=24),
    )
    assert cut(subhead, 24, first_indent=0) == lines
    article = only(text)
    assert (article.headline, article.kicker, article.byline) == ("春耕备耕忙", None, "本报记者 刘桐")
    assert article.paragraphs == [*BODY_A[:2], subhead, BODY_A[2], *BODY_C[:2]]


def test_a_headline_wrapped_at_the_column_edge_over_its_tag_heads_the_next_story() -> None:
    # a headline set to the body's column wraps where its line is full, inside a word (`…那份专` /
    # `注（乡村观察）`), as an in-body subhead does; but its column's tag closes it: it is a headline,
    # and the commentary under it is a story of its own, not more of the report above
    title = "读书贵在静下心来的那份专注（乡村观察）"
    assert cut(title, 24, first_indent=0) == ["读书贵在静下心来的那份专", "注（乡村观察）"]
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A, width=24),
        [*cut(title, 24, first_indent=0), ""],
        body(BODY_C, width=24),
        "王  明",
    )
    report, commentary = segment(text).articles
    assert (report.headline, len(report.paragraphs)) == ("春耕备耕忙", 3)
    assert (commentary.headline, commentary.byline, len(commentary.paragraphs)) == (title, "王明", 3)


def test_a_letter_spaced_name_broken_at_the_bylines_line_end_is_one_name() -> None:
    """`■ 本报记者  李欣怡  岳  川  钟` / `澜  王若霏`: a byline wrapped inside a padded two-character
    name; the halves are one person, and the line under it is more of the byline, not a subhead."""
    text = page(
        ["春耕备耕忙（新春走基层）"],
        ["■ 本报记者  李欣怡  岳  川  钟", "澜  王若霏", ""],
        body(BODY_A),
    )
    article = only(text)
    assert [(a.role, a.name) for a in article.authors] == [
        ("记者", "李欣怡"),
        ("记者", "岳川"),
        ("记者", "钟澜"),
        ("记者", "王若霏"),
    ]
    assert ["".join(p.split()) for p in article.paragraphs] == BODY_A


def test_a_question_headline_wrapped_inside_its_column_tag_is_the_headline() -> None:
    """`…费用该由谁来分担？（` / `民生关注）`: a headline set in a narrow column runs out of room in its
    column's tag; the question still ends the title, not a sentence of the text above it."""
    title = ["老旧小区加装电梯，费用该由谁来分担？（", "民生关注）"]
    text = page(body(BODY_B, 20), title, "本报记者  王军豪", body(BODY_A, 20))
    second = [a for a in segment(text).articles if a.kind == "article"][-1]
    assert second.headline == "老旧小区加装电梯，费用该由谁来分担？（民生关注）"
    assert second.paragraphs == BODY_A


def test_a_headline_set_across_columns_and_broken_inside_its_column_tag_is_the_headline() -> None:
    """`…也留住街坊邻里的记忆（经济` / `观察）`: a headline set across the columns runs out of room in
    its column's tag; the tag closes it as on one line (it is no caption: a caption has sentences)."""
    title = ["城市更新让老街区焕发新活力、留住烟火气，也留住街坊邻里的记忆（经济", "观察）"]
    text = page(body(BODY_B, 18), title, "本报记者  王军豪", body(BODY_A, 18))
    second = [a for a in segment(text).articles if a.kind == "article"][-1]
    assert second.headline == "城市更新让老街区焕发新活力、留住烟火气，也留住街坊邻里的记忆（经济观察）"
    assert second.authors == [Author("记者", "王军豪")]
    assert second.paragraphs == BODY_A


def test_a_question_over_the_reporters_byline_is_the_headline_not_a_sentence() -> None:
    """`…菜农的账怎么算？` right over `本报记者  …`: a question in a text never stands alone over a
    byline, which opens a story under its title; the question is that title (the kicker over it
    wrapped at the column's edge)."""
    question = "菜价一路走低，菜农的账怎么算？"
    kicker = ["蔬菜集中上市，多地菜价回落至近三年来最", "低水平"]
    text = page(body(BODY_B, 19), [*kicker, question, ""], "本报记者  王军豪", body(BODY_A, 19))
    [story] = [a for a in segment(text).articles if a.authors == [Author("记者", "王军豪")]]
    assert story.headline == question
    assert story.paragraphs == BODY_A


def test_a_kicker_over_a_headline_broken_inside_its_column_tag_stays_a_kicker() -> None:
    """`多地推进…` / `…越算越暖（民` / `生一线）`: the headline runs out of room in its column's tag, so
    its last line holds the tag's end alone; the two lines are the headline and the line over
    them its kicker, not one title run over three lines."""
    stack = ["多地推进老旧小区改造", "家门口的民生账越算越暖（民", "生一线）", ""]
    text = page(body(BODY_B, 17), stack, "本报记者  王军豪", body(BODY_A, 17))
    [story] = [a for a in segment(text).articles if a.authors == [Author("记者", "王军豪")]]
    assert story.kicker == "多地推进老旧小区改造"
    assert story.headline == "家门口的民生账越算越暖（民生一线）"
    assert story.paragraphs == BODY_A


def test_a_question_headline_set_across_columns_is_the_headline_not_a_caption() -> None:
    """`…能不能先说了算？（民生观察）` set wider than the column, under another title line, over the
    dateline: a caption set across columns has sentences, but a question closed by its column's tag
    ends a title, not a sentence; it is the headline, the line over it the kicker (no kicker closes
    with a column's tag)."""
    title = "老街小巷怎么改，居民能不能先说了算？（民生观察）"
    dated = body(BODY_A, first="本报讯（记者 王军豪）  ")
    text = page("便民利企举措落地", "本报记者  刘  桐", body(BODY_B), "小额贷款助农兴业", title, dated)
    second = [a for a in segment(text).articles if a.kind == "article"][-1]
    assert (second.kicker, second.headline) == ("小额贷款助农兴业", title)
    assert second.authors == [Author("记者", "王军豪")]
    assert second.paragraphs == BODY_A


def test_a_columns_mail_address_closes_its_text_and_is_no_title() -> None:
    """`读者来信邮箱：…@…` printed under a column's text, over the next story's title: the address is
    the column's note to its readers, the last line of its text; no title carries one."""
    address = "读者来信邮箱：duzhe@example.cn"
    text = page(
        "便民利企举措落地",
        "本报记者  刘  桐",
        body(BODY_B),
        address,
        "春耕备耕忙",
        "本报记者  王军豪",
        body(BODY_A),
    )
    first, second = [a for a in segment(text).articles if a.kind == "article"]
    assert first.paragraphs == [*BODY_B, address]
    assert (second.kicker, second.headline) == (None, "春耕备耕忙")


# a story with a reporter's notebook after its text, a short line over the box's title: the box's
# text tells of other things (the weather, the guide), so the words on either side share nothing
NOTEBOOK_UNDER_A_LINE = [
    "雪线上的邮路",
    "",
    "本报记者  乔云帆",
    "",
    "\u3000\u3000清晨六点，邮递员达瓦已经把",
    "当天的邮件装上了马背。从乡邮政",
    "所到最远的牧场，要翻过两座垭口，",
    "来回一趟得走上三天。",
    "\u3000\u3000二十多年来，他走坏了几十双",
    "鞋，却从没有丢过一封信。牧民们",
    "说，看见他的马铃铛，就知道山外",
    "的消息到了。",
    "\u3000\u3000去年冬天，一场大雪封了山路。",
    "达瓦牵着马在齐膝深的雪里走了整",
    "整两天，把一位老阿妈盼了半个月",
    "的包裹送到她手里。老人拉着他的",
    "手，半天说不出话来。后来，乡里",
    "给他配了一部卫星电话，家人总算",
    "能在路上联系到他了。",
    "",
    "马铃声声",
    "",
    "记者手记",
    "",
    "\u3000\u3000采访途中，同行的向导讲起高原",
    "上的四季：春天冰雪消融，溪水漫",
    "过石滩；夏季草色青翠，野花开遍",
    "山坡；入秋以后，寒风骤起，积雪",
    "很快封住垭口。恶劣天气之下，任",
    "何一次出行都要格外谨慎，备好干",
    "粮、药品和御寒衣物。向导说，这",
    "里的人习惯了与风雪相处，从不抱",
    "怨。夜宿帐篷时，篝火映着一张张",
    "黝黑的脸庞，歌声伴着酥油茶的香",
    "气飘向星空。那一刻，我们读懂了",
    "坚守的含义。",
]


def test_a_reporters_notebook_box_and_the_line_over_it_stay_in_the_story() -> None:
    # a box that sits inside a story (`记者手记`, `链接`) never heads one, nor does the line set
    # right over it: both go on in the story above
    (article,) = segment("\n".join(NOTEBOOK_UNDER_A_LINE) + "\n").articles
    assert article.headline == "雪线上的邮路"
    assert article.paragraphs[3:5] == ["马铃声声", "记者手记"]
    assert article.paragraphs[-1].endswith("那一刻，我们读懂了坚守的含义。")


@pytest.mark.parametrize(
    ("signature", "note"), [("浙江安吉县  蔺晓岚", "（本报记者刘桐整理）"), ("浙江安吉县 王晓岚", None)]
)
def test_a_readers_letter_signed_with_place_and_name_is_signed_by_them(
    signature: str, note: str | None
) -> None:
    """`浙江安吉县  王晓岚` under a reader's letter: where the writer lives and who, whatever the
    surname and however wide the gap (a page may print one space for every gap), signs the letter
    (its byline, as a bare name there would be); with an editor's note under it, the signature goes on
    with the note as the letter's last lines. Either way it is no title of the next story."""
    notes = [note] if note else []
    letter = [*body(BODY_C), signature, *notes, ""]
    text = page("老旧小区的路灯修好了（读者来信）", letter, "春耕备耕忙", "本报记者  王军豪", body(BODY_A))
    first, second = [a for a in segment(text).articles if a.kind == "article"]
    name = "".join(signature.split())[len("浙江安吉县") :]
    if note:
        assert ["".join(p.split()) for p in first.paragraphs] == [*BODY_C, "".join(signature.split()), note]
    else:
        assert (first.paragraphs, first.authors) == (BODY_C, [Author("", name)])
    assert (second.kicker, second.headline) == (None, "春耕备耕忙")


def test_a_labelled_line_opening_a_commentary_is_no_title() -> None:
    """A commentary laid out `【关键词】…` / `【事件】…` / `【点评】` under the headline printed after the
    story above: a line opening with a label in square brackets starts a run of the commentary's
    text, never a title, so the line over it stays the story above's headline (not its kicker)."""
    lines = [
        "本报记者  刘  桐",
        *[line for p in BODY_A for line in cut(p, 30)],
        "",
        "春耕备耕忙在田间",
        "",
        "【关键词】街头救援",
        *cut(
            "【事件】前不久，一位老人在公园散步时突然晕倒，路过的几名市民立即上前施救，有人拨打急救电话。", 30
        ),
        "【点评】",
        *cut(
            "危急时刻挺身而出，体现的是对生命的敬畏。这样的善意，值得每个人珍视，也值得社会用制度去呵护。", 30
        ),
        "",
        "街头救援为何暖人心（热评）",
    ]
    first, second = [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]
    assert (first.kicker, first.headline) == (None, "春耕备耕忙在田间")
    assert first.paragraphs == BODY_A
    assert second.headline == "街头救援为何暖人心（热评）"
    assert second.paragraphs[0] == "【关键词】街头救援"


def test_a_readers_letter_signed_over_a_photo_is_signed_by_its_writer() -> None:
    """A reader's letter signed `place  name`, a photo's caption printed under it: the signature
    signs the letter (its byline), and is not the photo's title. The next story's whole stack
    (kicker, headline, subtitle, byline) stands between the two texts, too tall for the heading lean
    to settle it: the signature's own weight must. The caption names what the letter's title names
    (小区, 路灯): the photo is printed with the letter, under its signature."""
    signature = "浙江安吉县  蔺晓岚"
    caption = "3月5日，社区工作人员在检修小区路灯，夜里出行的居民再也不用摸黑了。  本报记者  周  八摄"
    text = page(
        "老旧小区的路灯修好了（读者来信）",
        body(BODY_C),
        signature,
        caption,
        "田间地头一派繁忙——",
        "春耕备耕忙",
        "——各地抢抓农时备春耕",
        "本报记者  王军豪",
        body(BODY_A),
    )
    letter, story = segment(text).articles
    assert ["".join(p.split()) for p in letter.paragraphs] == [*BODY_C, "".join(caption.split())]
    assert letter.authors == [Author("", "蔺晓岚")]
    assert (story.headline, story.paragraphs) == ("春耕备耕忙", BODY_A)


def test_a_quoted_cry_then_who_said_it_stays_a_paragraph() -> None:
    """A paragraph that is all a quoted cry, then the speaker's name in brackets (`“一起干！”（王五）`),
    is a line of the story, not the headline of a new one, though it is shaped like `CRY_TITLE`."""
    page = [
        "一条路连起致富心",
        "",
        "本报记者 葛涛",
        "",
        "在村民议事会上，大家你一言我一语，讨论得",
        "十分热烈。",
        "",
        "“修好这条路，我们的果子就好卖了！”（王",
        "秀芳）",
        "",
        "“我家出两个劳力，一起干！”（赵大山）",
        "",
        "最终，议事会全票通过了修路方案，工程将于",
        "下月开工。",
        "",
        "我市新增三条城乡公交线路",
        "",
        "本报讯（记者 周婷）4月8日，记者从市交",
        "通运输局获悉，我市新开通的三条城乡公交线",
        "路正式投入运营，沿线十二个行政村的群众出",
        "行更加便捷。",
        "",
        "据介绍，新线路全部采用新能源车辆，实行一",
        "票制，发车间隔不超过三十分钟，可满足群众",
        "日常出行需求。",
    ]  # fmt: skip
    articles = segment("\n".join(page) + "\n").articles
    assert [a.headline for a in articles] == ["一条路连起致富心", "我市新增三条城乡公交线路"]
    assert "“我家出两个劳力，一起干！”（赵大山）" in articles[0].paragraphs
