"""Captions and photos: which captions belong to an article and which photo stands alone.

A newspaper prints an article's photos with it (above its heading at the top of the page, between
its byline and its body, or after its body), their captions in its frame; a photo standing alone
has a frame of its own. One small hand-made page per convention.
"""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page

CAPTION = "春耕时节，农机手驾驶播种机在田间来回穿梭，一垄垄新土整齐地铺展开来。"
LONG_CAPTION = (
    "新年伊始，草原上的牧民赶着羊群转场。今年当地新建了十余处暖棚，牧民们不再担心风雪，"
    "图为牧民在暖棚前清点羊群，准备过冬的草料。"
)


def indented(paragraphs: list[str], width: int, first: str = "") -> list[str]:
    """Body lines printed with their paragraph indent, a blank line after each paragraph."""
    lines: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        cut_lines = cut((first if k == 0 else "") + paragraph, width - 4)
        lines += ["\u3000\u3000" + cut_lines[0], *cut("".join(cut_lines[1:]), width), ""]
    return lines


def test_a_caption_set_in_the_column_at_the_page_top_belongs_to_the_first_article() -> None:
    """A caption opening the page in the column of the text under it, closed by its credit: the
    first article's photo printed above its heading, not a photo standing alone."""
    text = page(
        [*cut(CAPTION + "\u3000\u3000黄海摄", 44), ""],
        "春耕备耕忙",
        indented(BODY_A, 44, "新华社北京3月5日电（记者刘桐）"),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        indented(BODY_B, 44),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == [CAPTION + "  黄海摄", *BODY_A]


def test_a_photo_credited_to_the_papers_reporter_with_a_marker_at_the_page_top_stands_alone() -> None:
    """`… ■ 本报记者 X`: the credit of a news photo of the paper's own, standing alone."""
    text = page(
        [*cut(CAPTION + " ■ 本报记者 许金松", 44), ""],
        "春耕备耕忙",
        indented(BODY_A, 44, "新华社北京3月5日电（记者刘桐）"),
    )
    kinds = [(a.kind, a.headline) for a in segment(text).articles]
    assert kinds == [("photo", None), ("article", "春耕备耕忙")]


def test_a_caption_set_flush_over_its_credit_line_on_a_page_of_indented_paragraphs() -> None:
    """Captions are set without a paragraph's indent: on a page whose paragraphs keep theirs, flush
    text over a credit line is a photo's caption printed between the heading and the body, not the
    body's first paragraph (nor the credit a headline)."""
    text = page(
        "春耕备耕忙",
        [*cut(LONG_CAPTION, 30), ""],
        "新华社记者黄  海摄",
        indented(BODY_A, 44, "新华社北京3月5日电（记者刘桐）"),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        indented(BODY_B, 44),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == [LONG_CAPTION, "新华社记者黄  海摄", *BODY_A]
    assert articles[0].authors == [Author("记者", "刘桐")]


def test_two_captions_in_blocks_of_their_own_over_one_credit_are_two_paragraphs() -> None:
    """`以上图片均为X摄` under two captions, each a block of its own: a paragraph per caption."""
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        indented(BODY_A, 30),
        [*cut(LONG_CAPTION, 30), ""],
        [*cut(CAPTION, 30), ""],
        "以上图片均为黄海摄",
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        indented(BODY_B, 30),
    )
    first = segment(text).articles[0]
    assert first.paragraphs == [*BODY_A, LONG_CAPTION, CAPTION, "以上图片均为黄海摄"]


# a caption whose credit in brackets breaks over the line's end, as any text does
BROKEN_CREDIT = [
    "新年伊始，草原上的牧民赶着羊群",
    "转场。今年当地新建了十余处暖棚，",
    "牧民们不再担心风雪。（新华社记者",
    "黄海摄）",
]
BROKEN_CAPTION = "新年伊始，草原上的牧民赶着羊群转场。今年当地新建了十余处暖棚，牧民们不再担心风雪。"


@pytest.mark.parametrize(
    ("lines", "caption", "author"),
    [
        (BROKEN_CREDIT, BROKEN_CAPTION, Author("记者", "黄海")),
        (cut(CAPTION + "（韦柯摄（东方图片））", 30), CAPTION, Author("", "韦柯")),
    ],
    ids=["credit-broken-at-the-line-end", "agency-in-brackets-of-its-own"],
)
def test_a_caption_closed_by_its_credit_in_brackets_stands_alone_between_two_articles(
    lines: list[str], caption: str, author: Author
) -> None:
    """A caption closed by its photographer's credit in brackets, however the credit is printed:
    broken at the line's end (`…风雪。（新华社记者` / `黄海摄）`), or with its agency bracketed inside
    the credit's own brackets (`…铺展开来。（韦柯摄（东方图片））`). Between two articles that print
    their headlines after their bodies the photo stands alone, credited to its photographer (read as
    body text, it ran into the article above and took its headline, or ran the two together)."""
    text = page(
        "■ 本报记者 刘  桐",
        indented(BODY_A, 30),
        "春耕备耕忙",
        [*lines, ""],
        "■ 本报记者 王军豪",
        indented(BODY_B, 30),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("photo", None),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs == [caption]
    assert articles[1].authors == [author]


def test_captions_over_the_first_article_stand_alone_when_it_prints_captions_of_its_own() -> None:
    """An article prints its photos in one place: the first article has captions of its own
    between its byline and its body, so the caption opening the page above its heading, set in
    the column, is a photo standing alone."""
    text = page(
        [*cut(CAPTION + "\u3000\u3000黄海摄", 30), ""],
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        [*cut("图①：" + LONG_CAPTION, 30), "李明摄", *cut("图②：" + CAPTION, 30), "王强摄", ""],
        indented(BODY_A, 30),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        indented(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("photo", None),
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs[:4] == ["图①：" + LONG_CAPTION, "李明摄", "图②：" + CAPTION, "王强摄"]


def closed(caption: str, credit: str, width: int) -> list[str]:
    """A caption set `width` wide, its credit after a gap on its last line, a blank line under it."""
    lines = cut(caption, width)
    lines[-1] += "\u3000\u3000" + credit
    return [*lines, ""]


def two_photos_between_articles(second_credit: str) -> str:
    """Two unnumbered captions set wide between two articles, the first closed by a roled credit
    (`新华社记者黄海摄`), the second by `second_credit`."""
    return page(
        "■ 本报记者 刘  桐",
        indented(BODY_A, 30),
        "春耕备耕忙",
        closed(LONG_CAPTION, "新华社记者黄海摄", 70),
        closed(CAPTION, second_credit, 70),
        "■ 本报记者 王军豪",
        indented(BODY_B, 30),
        "便民利企举措落地见效",
    )


def test_two_photos_each_closed_by_its_own_credit_are_two_items() -> None:
    """Two unnumbered captions set wide between two articles, each closed by its own credit: two
    photos standing alone, not one photo with two captions (a series printed as one item numbers
    its captions, `图①：…`)."""
    text = two_photos_between_articles("李明摄")
    articles = segment(text).articles
    assert [(a.kind, a.byline) for a in articles] == [
        ("article", "本报记者 刘桐"),
        ("photo", "新华社记者 黄海摄"),  # the credit's wording as printed
        ("photo", "李明摄"),
        ("article", "本报记者 王军豪"),
    ]
    assert [a.paragraphs for a in articles[1:3]] == [[LONG_CAPTION], [CAPTION]]


def test_a_photos_credit_keeps_the_role_word_it_prints() -> None:
    """A photographer credited under a role word (`新华社记者X摄`, `本报记者X摄`) is recorded with
    that word, as the same reporter's byline is; one credited by name alone (`X摄`, with or without
    an agency after it) is named with no role, as a signature is."""
    text = two_photos_between_articles("李明摄（视觉中国）")
    articles = segment(text).articles
    assert [(a.kind, a.authors) for a in articles[1:3]] == [
        ("photo", [Author("记者", "黄海")]),
        ("photo", [Author("", "李明")]),
    ]


def test_a_kicker_over_a_news_photos_title_is_kept() -> None:
    """A kicker and a headline over one caption closed by its credit (broken over the caption's last
    line end): a news photo, and the kicker printed over its title is part of it, not dropped."""
    caption = cut(LONG_CAPTION, 17)
    caption[-1] += "\u3000\u3000赵世"
    text = page(
        [*cut(BODY_A[0], 17), ""],
        ["三名党员的求索历程，绵延交汇共同迈向科技强国——", "听他们讲述创新路上的热爱与拼搏（跨代共谈）"],
        [*caption, "贤摄", ""],
        [*cut("本报讯（记者 王军豪）" + "".join(BODY_B), 17), ""],
    )
    [photo] = [a for a in segment(text).articles if a.kind == "photo"]
    assert photo.kicker == "三名党员的求索历程，绵延交汇共同迈向科技强国"
    assert photo.headline == "听他们讲述创新路上的热爱与拼搏（跨代共谈）"
    assert photo.paragraphs == [LONG_CAPTION]
    assert photo.byline == "赵世贤摄"


def test_a_photo_standing_alone_keeps_its_credit_as_printed() -> None:
    """A photo standing alone is credited in its byline with the credit's words as printed
    (`新华社记者`, `以上图片均为`), not only the photographer's name: nothing printed is lost."""
    text = page(
        "■ 本报记者 刘  桐",
        indented(BODY_A, 30),
        "春耕备耕忙",
        closed(LONG_CAPTION, "（新华社记者 黄  海摄）", 70),
        "■ 本报记者 王军豪",
        indented(BODY_B, 30),
        "便民利企举措落地见效",
        [*cut("图①：" + CAPTION, 70), *cut("图②：" + LONG_CAPTION, 70), "以上图片均为本报记者  李  明摄"],
    )
    articles = segment(text).articles
    assert [(a.kind, a.byline) for a in articles] == [
        ("article", "本报记者 刘桐"),
        ("photo", "新华社记者 黄海摄"),
        ("article", "本报记者 王军豪"),
        ("photo", "以上图片均为本报记者 李明摄"),
    ]
    assert [a.authors for a in articles[1::2]] == [[Author("记者", "黄海")], [Author("记者", "李明")]]
    assert articles[3].paragraphs == ["图①：" + CAPTION, "图②：" + LONG_CAPTION]


def test_a_numbered_series_after_another_photos_credit_opens_the_next_articles_photos() -> None:
    """An article's photo printed after its body, closed by its credit; then a numbered series
    (`图①：…`, `图②：…`) over the next article's text, whose headline is printed after it. The
    series opens a set of photos of its own: the first article's photo is done, so the series is
    the next article's, printed before its body, not more captions of the first."""
    text = page(
        "春耕备耕忙",
        body(BODY_A, 26, "新华社北京3月5日电（记者刘桐）"),
        [*cut(CAPTION, 26), "新华社记者  黄海摄", "", ""],
        closed("图①：" + LONG_CAPTION, "李明摄", 26),
        closed("图②：" + CAPTION, "王强摄", 26),
        body(BODY_B, 26, "据新华社北京1月15日电（记者王雷鸣）"),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs[-2:] == [CAPTION, "新华社记者  黄海摄"]
    assert [p[:3] for p in articles[1].paragraphs[:2]] == ["图①：", "图②："]


def test_a_credits_last_character_wrapped_onto_a_line_of_its_own_stays_in_the_credit() -> None:
    """A caption closed by its credit, the credit's last character wrapped onto a line of its own
    (`…新华社记者  黄海` / `摄`): `摄` is the credit's end, not a title of its own, and the
    photographer is credited as such."""
    text = page(
        "■ 本报记者 刘  桐",
        indented(BODY_A, 30),
        "春耕备耕忙",
        [*cut(LONG_CAPTION + "新华社记者  黄海", 70), "摄", ""],
        "■ 本报记者 王军豪",
        indented(BODY_B, 30),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [a.headline for a in articles if a.kind == "article"] == ["春耕备耕忙", "便民利企举措落地见效"]
    assert "摄" not in [a.headline for a in articles]
    printed = ["".join([*a.paragraphs, a.byline or ""]).replace(" ", "") for a in articles]
    assert any(LONG_CAPTION in text and "新华社记者黄海摄" in text for text in printed)


BIRDS = "冬日暖阳下，成群的天鹅在湖面上嬉戏觅食，吸引了不少摄影爱好者。图为天鹅在湖面上展翅飞翔。"


LONG_BIRDS = (
    "冬日暖阳下，成群的天鹅从遥远的北方飞来，在湖面上嬉戏觅食，不时引颈高歌，吸引了不少摄影爱好者前来拍摄。"
    "近年来湖区开展湿地保护修复，越冬候鸟的数量逐年增多。图为天鹅在湖面上展翅飞翔。"
)


@pytest.mark.parametrize(("caption", "width"), [(BIRDS, 30), (LONG_BIRDS, 20)])
def test_a_photo_with_a_title_of_its_own_between_two_articles_stands_alone(caption: str, width: int) -> None:
    """A title line over a caption closed by its credit, with the next article's heading under the
    credit: a photo standing alone with its own title, not a subhead and a last paragraph of the
    article above it (an article's captions carry no title). A long caption set in a narrow column
    runs to ten lines and more."""
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A, 30),
        "湖畔候鸟翩翩来",
        [*cut(caption, width, first_indent=0), ""],
        "新华社记者  黄  海摄",
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("photo", "湖畔候鸟翩翩来"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == BODY_A
    assert articles[1].paragraphs == [caption]
    assert articles[1].authors == [Author("记者", "黄海")]


def test_a_caption_closed_by_a_suppliers_credit_on_its_line_is_a_photo_not_a_credit() -> None:
    """`…。  X博物馆供图`: a supplier's credit after the caption's sentence on one line closes the
    caption (as `…。  王五摄` does); the line is no credit line, and the caption keeps its text."""
    caption = "一件出土于汉墓的彩绘漆盒。"
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A, 30),
        caption + "  省博物馆供图",
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [a.kind for a in articles] == ["article", "photo", "article"]
    photo = articles[1]
    assert (photo.paragraphs, photo.byline, photo.authors) == ([caption], "省博物馆供图", [])


def test_captions_closed_by_their_credit_lines_at_the_end_of_a_headline_after_page_stand_alone() -> None:
    """A block of text whose last line is a photo credit (`X摄` on a line of its own under it, no
    blank line between) is a caption, not an article's text: on a page whose headlines stand after
    their bodies, two such photos after the last article stand alone, and the last credit line is
    no headline."""
    second = "社区托管班的孩子们在食堂里吃午饭，老师在一旁照看。"
    text = page(
        "■ 本报记者 王军豪",
        body(BODY_A),
        "春耕备耕忙",
        "■ 本报记者 李  茵",
        body(BODY_B),
        "便民利企举措落地见效",
        [*cut(LONG_CAPTION, 30), "新华社记者陈瑞华摄", ""],
        [*cut(second, 30), "王海楠摄（人民视觉）", ""],
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
        ("photo", None),
        ("photo", None),
    ]
    assert articles[1].paragraphs == BODY_B
    assert [a.paragraphs for a in articles[2:]] == [[LONG_CAPTION], [second]]


def test_a_title_at_the_page_top_over_a_caption_and_a_box_heading_heads_the_article_the_box_opens() -> None:
    """The page's first title over a caption closed by its credit, then `核心阅读` and the body: a
    box opens the body under its headline, so the photo is that article's, printed between its
    headline and its box; nothing above the title is a story it could close."""
    summary = "当地新建灌溉渠道二十余公里，不少地块变成了良田。"
    text = page(
        "本版责编：王一  李二",
        "春耕备耕忙",
        [*cut(LONG_CAPTION + "  黄海摄", 100), ""],
        "核心阅读",
        indented([summary], 34),
        indented(BODY_A[:1], 34, "本报北京3月5日电  （记者刘桐）"),
    )
    [article] = segment(text).articles
    assert (article.kind, article.headline) == ("article", "春耕备耕忙")
    assert article.paragraphs[:3] == [LONG_CAPTION + "  黄海摄", "核心阅读", summary]


def test_captions_opening_the_page_closed_by_a_credit_line_over_a_byline_are_the_first_articles() -> None:
    """A caption set wider than the column opening the page, its credit on a line of its own, then a
    byline: the first article's photo printed above its byline, kept in it as paragraphs (a photo
    standing alone there carries its credit at the caption's end)."""
    text = page(
        [*cut(LONG_CAPTION, 90), "新华社记者  黄  海摄", ""],
        "本报记者  王军豪",
        body(BODY_A, 30),
        "春耕备耕忙",
        "■ 本报记者 李  茵",
        body(BODY_B, 30),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs[:2] == [LONG_CAPTION, "新华社记者  黄  海摄"]
    assert articles[0].authors == [Author("记者", "王军豪")]


def test_a_caption_straight_under_a_trailer_on_a_page_of_run_on_paragraphs_is_the_articles() -> None:
    """On a page whose paragraphs run on with no blank line between, a caption printed straight
    under the body's closing note (`（王五参与采写）`) runs in that article's frame: its photo."""

    def run_on(paragraphs: list[str]) -> list[str]:
        return [line for paragraph in paragraphs for line in cut(paragraph, 30)]

    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        [*run_on(BODY_A), "（王五参与采写）", *cut(CAPTION + "（黄海摄）", 36), ""],
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        [*run_on(BODY_B), ""],
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs[-2:] == ["（王五参与采写）", CAPTION + "（黄海摄）"]


def column_lines(text: str, chars: int) -> list[str]:
    """A caption set in the column: `chars` characters a line, no indent."""
    return [text[k : k + chars] for k in range(0, len(text), chars)]


def test_a_caption_broken_by_a_column_end_under_a_headline_stays_one_caption_of_the_article() -> None:
    """A caption printed between the headline and the box, broken off mid-sentence at the end of a
    column (a blank line, then the rest and its credit line): one caption of the article, and the
    credit line under it is no headline of a new article."""
    second = "社区托管班的孩子们在食堂里吃午饭，老师在一旁照看。"
    lines = column_lines(LONG_CAPTION, 13)
    text = page(
        "春耕备耕忙",
        [*lines[:4], ""],
        [*lines[4:], "新华社记者  黄  海摄", ""],
        [*column_lines(second, 13), "新华社记者  周  越摄", ""],
        "核心阅读",
        indented(["当地新建灌溉渠道二十余公里，不少地块变成了良田。"], 26),
        indented(BODY_A, 26, "本报北京3月5日电（记者刘桐）"),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        indented(BODY_B, 26),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    credits = ["新华社记者  黄  海摄", "新华社记者  周  越摄"]
    assert articles[0].paragraphs[:4] == [LONG_CAPTION, credits[0], second, credits[1]]


def test_a_captions_first_line_cut_off_under_a_headline_is_no_title() -> None:
    """A caption's first line alone over a blank line (a column's end), as wide as the caption's
    lines under it, right under the headline: the caption's head, not a subtitle."""
    caption = "河北省保定市交警大队八中队在学习先进的活动中以优质服务受到市民好评。图为民警在搀扶老人过马路。"
    lines = column_lines(caption, 13)
    text = page(
        "各地抢抓农时推进春播",
        "春耕备耕忙",
        [lines[0], ""],
        [*lines[1:], "任保发摄", ""],
        indented(BODY_A, 26, "本报北京3月5日电（记者刘桐）"),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        indented(BODY_B, 26),
    )
    articles = segment(text).articles
    assert [(a.kind, a.kicker, a.headline, a.subtitle) for a in articles] == [
        ("article", "各地抢抓农时推进春播", "春耕备耕忙", None),
        ("article", None, "便民利企举措落地见效", None),
    ]
    assert articles[0].paragraphs[:2] == [caption, "任保发摄"]


def test_a_credit_line_under_a_caption_on_a_headline_after_page_is_no_headline() -> None:
    """`X摄（新华社发）` on a line of its own under a caption, on a page whose headlines stand
    after their bodies: a photo's credit, never the headline of the text above it."""
    text = page(
        "■ 本报记者 王军豪",
        body(BODY_A, 30),
        "春耕备耕忙",
        [*column_lines(LONG_CAPTION, 15), ""],
        "姚大伟摄（新华社发）",
        body(BODY_B, 30, "本报纽约5月10日电（记者丁宝忠）"),
        "便民利企举措落地见效",
        "■ 本报记者 李  茵",
        body(BODY_C, 30),
        "读书是一种修养",
    )
    articles = segment(text).articles
    assert "姚大伟摄（新华社发）" not in [a.headline for a in articles]
    assert [a.headline for a in articles][-2:] == ["便民利企举措落地见效", "读书是一种修养"]


def test_a_caption_and_credit_set_right_over_a_byline_mid_page_are_that_articles() -> None:
    """Mid-page, a caption and its credit line with the byline printed straight under the credit (no
    blank line between: one block): the photo of the article the byline opens, not a photo standing
    alone."""
    text = page(
        "■ 本报记者 王军豪",
        body(BODY_A, 30),
        "春耕备耕忙",
        [*column_lines(LONG_CAPTION, 15), "新华社记者  周明亮摄", "本报记者  焦远山", ""],
        body(BODY_B, 30),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs[:2] == [LONG_CAPTION, "新华社记者  周明亮摄"]
    assert articles[1].authors == [Author("记者", "焦远山")]


def test_a_charts_credit_line_opening_the_page_over_a_byline_is_the_first_articles() -> None:
    """A chart's credit line alone at the top of the page (`数据来源：…  制图：…`), straight over a
    byline: the first article's, kept in it as its first paragraph, and never a headline."""
    credit = "数据来源：国家统计局\u3000\u3000制图：张芳曼"
    text = page(
        credit,
        "本报记者 罗珊珊",
        body(BODY_A, 30),
        "春耕备耕忙",
        "■ 本报记者 王军豪",
        body(BODY_B, 30),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs[0] == "数据来源：国家统计局  制图：张芳曼"
    assert articles[0].authors == [Author("记者", "罗珊珊")]


def test_a_credit_line_between_two_photos_is_no_title_of_the_photo_under_it() -> None:
    """`赵  鹏摄` on a line of its own between two photos' captions closes the caption above it: it
    is no title of the photo under it (a photo's title is a heading; a credit line names who took
    the picture)."""
    first = "图①：日前，一千二百羽广场鸽在河南郑州绿城广场落户，成为郑州的新景观。"
    second = "图②：连日来，四川各地文艺工作者纷纷下乡演出，为广大农民送去精彩的文艺节目。"
    titled = "新年来临，冰城哈尔滨市儿童公园为孩子们准备了特殊的贺岁礼物，冰雕童话世界吸引了众多游客。"
    text = page(
        "本版责编：吴月辉  版式设计：薛文献",
        first,
        "赵  鹏摄",
        second,
        "刘前刚摄（新华社发）",
        "冰雕童话世界",
        titled + "  周越摄",
        "春耕备耕忙",
        "■ 本报记者 王军豪",
        body(BODY_A, 30),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == [None, "冰雕童话世界", "春耕备耕忙"]
    assert [a.kind for a in articles] == ["photo", "photo", "article"]


def test_lines_padded_with_spaces_by_the_extraction_read_as_without_them() -> None:
    """Some extractions pad every line with spaces. A gap at the end of a caption's last line
    usually means its credit was set after it and wrapped; where most lines end in one, it means
    nothing, and a credit on its own line stays a paragraph of its own."""
    lines = page(
        "春耕备耕忙",
        "新华社北京3月5日电（记者刘桐）",
        indented(BODY_A, 44),
        [*cut(LONG_CAPTION, 30), ""],
        "黄海摄",
        "",
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        indented(BODY_B, 44),
    ).split("\n")
    plain = segment("\n".join(lines)).articles
    padded = segment("\n".join(line + "  " if line else line for line in lines)).articles
    assert plain[0].paragraphs[-2:] == [LONG_CAPTION, "黄海摄"]
    assert [a.to_dict() for a in padded] == [a.to_dict() for a in plain]


def test_a_news_photo_whose_title_stands_under_its_credit_line_on_a_headline_after_page() -> None:
    """On a page whose headlines stand after their text, a caption set in the column and closed by
    its credit line, with a title under the credit, is a news photo with its own title (printed as
    the page prints its headlines): its photographer is its author, not an article with no one's
    name on it."""
    text = page(
        [*cut(LONG_CAPTION, 30), ""],
        "新华社记者  黄  海摄",
        "湖畔候鸟翩翩来",
        "王  浩",
        body(BODY_A, 30),
        "春耕备耕忙",
        "■ 本报记者 李  茵",
        body(BODY_B, 30),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("photo", "湖畔候鸟翩翩来"),
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert (articles[0].paragraphs, articles[0].authors) == ([LONG_CAPTION], [Author("记者", "黄海")])


def test_a_news_photo_sent_as_a_report_keeps_its_dateline_in_the_caption() -> None:
    """`本报讯…。  王五摄`: a news photo whose caption opens with a dateline naming no reporter and
    closes with its photographer's credit is a photo, not a one-paragraph report with no author:
    the photographer is its author and the dateline stays in its caption, as printed."""
    caption = "本报讯 昨天，滑雪爱好者在城郊雪场体验冬季运动的乐趣，场内游人如织。"
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A, 30),
        "雪场迎来客流高峰",
        [*cut(caption + "  黄  海摄", 30, first_indent=0), ""],
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("photo", "雪场迎来客流高峰"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[1].authors == [Author("", "黄海")]
    assert articles[1].paragraphs == ["本报讯" + caption[4:]]


def test_a_caption_set_two_blank_lines_under_an_articles_text_is_a_photo_of_its_own() -> None:
    """On a page that leaves one blank line between paragraphs, a caption and its credit set two
    blank lines under an article's text stand in a frame of their own: an article's text and its
    photos are set together, so the wide gap closes the article above (and the next heading is the
    next article's)."""
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        [*body(BODY_A, width=20), ""],
        [CAPTION, "新华社记者  黄  海摄", ""],
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B, width=20),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("photo", None),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == BODY_A
    assert articles[1].paragraphs == [CAPTION]
    assert articles[1].authors == [Author("记者", "黄海")]


TOLD_CAPTION = "当地新修的灌溉渠道穿过高标准农田，农机手驾驶播种机在田间作业。"
OTHER_CAPTION = "新年伊始，草原上的牧民赶着羊群转场，准备过冬的草料。"


@pytest.mark.parametrize(("caption", "with_above"), [(TOLD_CAPTION, True), (OTHER_CAPTION, False)])
def test_a_caption_under_an_articles_text_telling_of_the_same_things_is_that_articles(
    caption: str, with_above: bool
) -> None:
    """A caption set under an article's text, over the next heading, tells what its photo shows:
    where it names the things the text above tells of (the fields, the channels, the seeders), it
    is that article's photo; where it tells of something else, it stands alone."""
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A, width=20),
        [*cut(caption + "\u3000\u3000黄海摄", 26), ""],
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B, width=20),
    )
    articles = segment(text).articles
    heads = [(a.kind, a.headline) for a in articles]
    if with_above:
        assert heads == [("article", "春耕备耕忙"), ("article", "便民利企举措落地见效")]
        assert articles[0].paragraphs == [*BODY_A, caption + "  黄海摄"]
    else:
        assert heads == [("article", "春耕备耕忙"), ("photo", None), ("article", "便民利企举措落地见效")]


CAPTION_B = "村里新修的水渠通到了地头，几位老人在渠边看水流过。"


def test_captions_printed_with_no_blank_between_part_at_each_credit() -> None:
    """Two photos' captions printed under a story's text one right under the other, each closed by
    its own credit: a credit closes its caption, so the next line opens the next caption."""
    text = page(
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        indented(BODY_B, 44),
        [*cut(CAPTION + "\u3000\u3000黄海摄", 44), *cut(CAPTION_B + "（林川摄）", 44), ""],
        "春耕备耕忙",
        indented(BODY_A, 44, "新华社北京3月5日电（记者刘桐）"),
    )
    paragraphs = [p for a in segment(text).articles for p in a.paragraphs]
    assert CAPTION + "  黄海摄" in paragraphs
    assert CAPTION_B + "（林川摄）" in paragraphs


@pytest.mark.parametrize("byline", ["张  三", "■ 本报记者 王小明"])
def test_a_numbered_series_under_an_articles_text_over_the_next_byline_is_that_articles(byline: str) -> None:
    """An article's numbered photos (`图①：…`, `图②：…`, each over its credit line) printed after
    its text, straight over the next story's byline: a numbered series is an article's, so they are
    the first article's last paragraphs, not a photo standing alone."""
    short = "游客在湖边观赏盛开的樱花。"
    text = page(
        "春耕备耕忙",
        "本报记者  李  立",
        body(BODY_A, 16),
        ["图①：" + CAPTION, "李  明摄", "图②：" + short, "王  强摄（示例社）", ""],
        byline,
        indented(BODY_B, 16),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    expected = ["图①：" + CAPTION, "李  明摄", "图②：" + short, "王  强摄（示例社）"]
    assert articles[0].paragraphs[-4:] == expected


def test_photos_at_the_page_top_set_apart_by_a_wide_gap_over_a_heading_stand_alone() -> None:
    """Numbered captions opening the page, closed by their credit line, with a wider gap under them
    than the page sets anywhere else: a story's photos stand in its frame, so a wide gap between
    them and the heading under it says they are a photo of their own (with one blank line they stay
    the first story's)."""
    one, two = "游客在湖边观赏盛开的樱花。", "孩子们在广场上放风筝，笑声一片。"
    photos = [*cut("图①：" + one, 30), *cut("图②：" + two, 30), "以上图片均为黄海摄"]
    for gap, kinds in (
        (["", ""], [("photo", None), ("article", "春耕备耕忙"), ("article", "便民利企举措落地见效")]),
        ([""], [("article", "春耕备耕忙"), ("article", "便民利企举措落地见效")]),
    ):
        text = page(
            [*photos, *gap],
            "春耕备耕忙",
            body(BODY_A, 18, "本报讯  （记者 李立）"),
            "便民利企举措落地见效",
            "■ 本报记者 王小明",
            body(BODY_B, 18),
        )
        articles = segment(text).articles
        assert [(a.kind, a.headline) for a in articles] == kinds
    assert articles[0].paragraphs[:2] == ["图①：" + one, "图②：" + two]


def test_captions_naming_where_their_photos_stand_are_a_paragraph_each() -> None:
    """Two captions set tight, each naming where its photo stands (`上图：…`, `下图：…`), under one
    credit after a story's text: each caption is a paragraph of its own, as numbered ones are."""
    captions = [
        "上图：农机手驾驶播种机在田间作业。",
        "下图：种粮大户查看墒情数据。",
        "本报记者  周  明摄",
        "",
    ]
    text = page(
        "春耕时节田间忙",
        "本报记者  何  平",
        body(BODY_A, 30),
        captions,
        "便民利企举措落地见效",
        "本报记者  尹腾淑",
        body(BODY_B, 30),
    )
    first = segment(text).articles[0]
    assert first.paragraphs[len(BODY_A) :] == [captions[0], captions[1], "本报记者  周  明摄"]
