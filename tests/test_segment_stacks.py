"""Two title lines over each other with no `——` between them: a kicker over its headline, or a
headline over its subtitle. Real pages print far more kickers than subtitles, and under a kicker the
headline is the shorter, punchier line (see `reader.page.stacks`); one small hand-made page each."""

from __future__ import annotations

import re

import pytest

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, only, page


def test_a_long_line_over_a_short_one_in_one_block_is_kicker_and_headline() -> None:
    # both within the column (a kicker wider than the column was read right before)
    text = page(
        ["老旧小区改造惠及三万户", "旧楼换新颜"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        "老旧小区改造惠及三万户",
        "旧楼换新颜",
        None,
    )


def test_a_short_line_over_a_longer_one_in_one_block_is_still_kicker_and_headline() -> None:
    # real pages print about seven kickers to one subtitle, and a short upper line (a name, a scene)
    # over a longer one is mostly a kicker over its headline there too
    text = page(
        ["春耕备耕忙", "各地抓住农时推进春季农业生产"],
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        "春耕备耕忙",
        "各地抓住农时推进春季农业生产",
        None,
    )


def test_a_line_naming_a_person_by_post_and_name_under_a_headline_is_its_subtitle() -> None:
    # an interview's or a portrait's subtitle names its person: no kicker over it
    text = page(
        ["扎根乡村三十年", "市农业科学院研究员李志明"],
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        None,
        "扎根乡村三十年",
        "市农业科学院研究员李志明",
    )


def test_a_photos_title_under_its_caption_is_no_kicker_of_the_next_headline() -> None:
    # the first title shares words with the caption above it (the photo's own title, printed after
    # its caption), the second with the story below: the first is no kicker of the second
    caption = [
        "冬日的湖面上，市民们在冰场上滑冰、打冰球，孩子们坐着冰车在冰面上来回穿梭，",
        "冰雪运动给寒冷的冬天带来了一片欢声笑语。",
    ]
    text = page(
        "高标准农田建设见成效",
        "■ 本报记者 刘  桐",
        body(BODY_A),
        caption,
        "王  五摄",
        "冰面上的欢声笑语",
        "便民利企举措落地见效",
        body(BODY_B, first="本报北京3月2日电  （记者赵六）"),
    )
    items = segment(text).articles
    assert [(a.kind, a.kicker, a.headline) for a in items] == [
        ("article", None, "高标准农田建设见成效"),
        ("photo", None, "冰面上的欢声笑语"),
        ("article", None, "便民利企举措落地见效"),
    ]


def test_a_title_set_right_under_another_opens_no_item_of_its_own() -> None:
    # the first article prints its headline after its body; the next heading is a headline with a
    # line set right under it (no blank between): the two lines are one heading, the headline and
    # its subtitle, and the lone title above them is no kicker of theirs
    text = page(
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "春耕备耕忙",
        ["便民利企举措落地见效（民生观察）", "市里推出一批新举措"],
        "■ 本报记者 王军豪",
        body(BODY_B),
    )
    items = segment(text).articles
    assert [(a.kicker, a.headline, a.subtitle) for a in items] == [
        (None, "春耕备耕忙", None),
        (None, "便民利企举措落地见效（民生观察）", "市里推出一批新举措"),
    ]


@pytest.mark.parametrize(
    ("title", "subtitle", "width"),
    [
        ("便民利企举措落地见效（民生观察）", "市里推出新举措", 18),
        ("四川成都开展行道树排查整治（上新了）", "鼓励市民反映身边绿化问题", 30),
    ],
)
def test_a_title_closed_by_its_column_tag_over_an_untagged_line_is_the_headline(
    title: str, subtitle: str, width: int
) -> None:
    # a column's tag closes the headline: the untagged line right under it is its subtitle, however
    # long the two lines run (a tagged line over a shorter one was read as a kicker)
    text = page([title, subtitle], "■ 本报记者 刘  桐", body(BODY_B, width=width))
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (None, title, subtitle)


def _indented(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs printed one under the other, each opening with an indent (no blank between)."""
    lines: list[str] = []
    for paragraph in paragraphs:
        first, *rest = [line for line in body([paragraph], width=width) if line]
        lines += ["\u3000\u3000" + first, *rest]
    return [*lines, ""]


def test_a_tagged_headline_opening_like_a_genre_subtitle_is_still_the_headline() -> None:
    # `读…` opens many subtitles (`读《…》有感`), but a line closed by a column's tag is a headline:
    # printed straight over its indented text, under its kicker (after an article whose heading
    # stands after its body), it was read as the text's first line
    title = "读的书多了，“熬日子”变成“过日子”（感言）"
    text = page(
        _indented(BODY_B, 28),
        ["浙江省杭州市余杭区健全创业支持体系", "温情服务年轻人  成就创业梦想（稳就业在行动）", ""],
        "高位冰崩如何演变为泥石流",
        [title, *_indented(BODY_C, 28)],
    )
    items = segment(text).articles
    assert [(a.kicker, a.headline) for a in items][1] == ("高位冰崩如何演变为泥石流", title)
    assert items[1].paragraphs[0].startswith("读书是一种习惯")


def test_a_title_two_blank_lines_over_the_next_heading_is_no_kicker_of_it() -> None:
    # the lines of one heading are set together: a title with a wide gap under it (three blank
    # lines, on a page that leaves one between paragraphs) is the photo's title printed after its
    # caption, where with one blank line it reads as the next headline's kicker
    caption = ["冬日的湖面上，市民们在冰场上滑冰、打冰球，孩子们", "坐着冰车在冰面上来回穿梭。"]

    def items(gap: list[str]) -> list[tuple[str, str | None, str | None]]:
        text = page(
            "城市书房开进社区",
            "■ 本报记者 王军豪",
            body(BODY_C),
            caption,
            "新华社记者  郑晓光摄",
            ["冰面上的欢声笑语", *gap],
            "便民利企举措落地见效（民生观察）",
            "■ 本报记者 刘  桐",
            body(BODY_B),
        )
        return [(a.kind, a.kicker, a.headline) for a in segment(text).articles]

    assert items(["", "", ""])[1:] == [
        ("photo", None, "冰面上的欢声笑语"),
        ("article", None, "便民利企举措落地见效（民生观察）"),
    ]
    assert items([])[1:] == [("article", "冰面上的欢声笑语", "便民利企举措落地见效（民生观察）")]


def test_a_page_extracted_with_every_blank_line_doubled_reads_as_the_page() -> None:
    # an extraction that doubles every run of blank lines keeps the wide gap wider than the usual
    # one: the title three blank lines over the next heading (six, doubled) is still the photo's title
    text = page(
        "城市书房开进社区",
        "■ 本报记者 王军豪",
        body(BODY_C),
        ["冬日的湖面上，市民们在冰场上滑冰、打冰球，孩子们", "坐着冰车在冰面上来回穿梭。"],
        "新华社记者  郑晓光摄",
        ["冰面上的欢声笑语", "", "", ""],
        "便民利企举措落地见效（民生观察）",
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    doubled = re.sub(r"\n(\n+)", lambda run: "\n" + run.group(1) * 2, text)
    gaps = [len(run) - 1 for run in re.findall(r"\n\n+", doubled)]
    assert max(gaps) == 6 and gaps.count(6) == 1 and min(gaps) == 2
    read = [(a.kind, a.kicker, a.headline) for a in segment(doubled).articles]
    assert read == [(a.kind, a.kicker, a.headline) for a in segment(text).articles]
    assert read[1] == ("photo", None, "冰面上的欢声笑语")


def test_a_shorter_line_giving_a_figure_under_a_news_headline_with_none_is_its_subtitle() -> None:
    # a news headline says what happened, its subtitle the detail in figures (real texts: 8 stacks
    # so, one kicker over a headline with the figure)
    text = page(
        ["老旧小区改造全面提速", "今年将改造3200个小区"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        None,
        "老旧小区改造全面提速",
        "今年将改造3200个小区",
    )


def test_a_figure_in_the_upper_line_of_a_stack_keeps_it_a_kicker() -> None:
    text = page(
        ["全市建成120个口袋公园", "家门口的绿意浓了"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        "全市建成120个口袋公园",
        "家门口的绿意浓了",
        None,
    )


def test_a_bare_word_wrapped_under_a_closing_book_title_mark_ends_the_headline() -> None:
    # the column's edge pushed the headline's last word onto a line of its own after `》`
    text = page(
        ["《某市文明行为促进条例》", "出台"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline) == (None, "《某市文明行为促进条例》出台")


def test_a_term_with_digits_in_the_lower_line_is_no_figure() -> None:
    # `5G` names a technology, not a figure: the stack stays a kicker over its headline
    text = page(
        ["智慧港口", "码头用上5G作业效率提升"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        "智慧港口",
        "码头用上5G作业效率提升",
        None,
    )


def test_a_figure_under_a_kickers_few_letters_stays_kicker_and_headline() -> None:
    # a line of a few letters (a time, a place) is a kicker over the headline giving the figure, no
    # news headline over its subtitle
    text = page(
        ["今年前五月", "全市新增公共停车泊位1.2万个"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        "今年前五月",
        "全市新增公共停车泊位1.2万个",
        None,
    )


def test_a_line_listing_things_under_a_news_headline_listing_none_is_its_subtitle() -> None:
    # a news headline says what happened, its subtitle spells out what it covers, listed with `、`
    text = page(
        ["某省开展夏季消防安全大检查", "覆盖商场、学校、养老机构"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        None,
        "某省开展夏季消防安全大检查",
        "覆盖商场、学校、养老机构",
    )


def test_a_short_kicker_over_a_headline_listing_things_stays_kicker_and_headline() -> None:
    # a column's name or a place over a headline that lists (`、`) is a kicker: no news headline is
    # a few letters long
    text = page(
        ["暑期走基层", "镇上有了书屋、球场、托管班"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        "暑期走基层",
        "镇上有了书屋、球场、托管班",
        None,
    )
