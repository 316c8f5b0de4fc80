"""Who wrote or photographed an item, on hand-made pages: bylines, datelines and photo credits.

Each page is set the way a layout program we never tuned on sets it (captions at the column's
width, credits on a line of their own or at the caption's end), around ordinary articles.
"""

from __future__ import annotations

from reader.model import Author
from reader.page.names import may_be_name
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_captions import indented
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

CAPTION = "哈尔滨冰雪节5日开幕。图为游客在松花江冰封的江面上乘冰帆滑翔，欣赏北国风光。"
CAPTION_2 = "春节将至，市民在花市选购年花。今年花市共设摊位三百多个，品种比往年更加丰富。"

# two ordinary articles that the items under test stand before
TWO_ARTICLES = (
    "春耕备耕忙",
    "■ 本报记者 刘  桐",
    body(BODY_A),
    "便民利企举措落地见效",
    "■ 本报记者 王军豪",
    body(BODY_B),
)


def _articles(text: str) -> list[tuple[str, str | None, list[Author]]]:
    return [(a.kind, a.headline, a.authors) for a in segment(text).articles]


def test_news_photo_with_a_title_and_its_credit_on_a_line_of_its_own_is_a_photo() -> None:
    # a title, one caption, the photographer's credit under it, no byline: a news photo, however
    # much its caption reads like a short report
    text = page(
        "冰城迎客来",
        cut(CAPTION, 30, 0) + ["周  越摄（视觉中国）", ""],
        *TWO_ARTICLES,
    )
    photo, first, last = segment(text).articles
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "冰城迎客来", [CAPTION])
    assert photo.authors == [Author("", "周越")]
    assert first.authors == [Author("记者", "刘桐")] and first.paragraphs == BODY_A
    assert last.authors == [Author("记者", "王军豪")] and last.paragraphs == BODY_B


def test_news_photo_whose_credit_line_is_set_on_after_its_caption_is_a_photo() -> None:
    """A title tight over one caption, the credit on a line of its own indented like the gap that
    parts a credit from a caption's last sentence (`…年货。　　周越摄`), and the next report's
    headline, wrapped over two lines, straight under it: the credit reads on as the caption's end,
    and the item is a news photo credited to its photographer (it was an article with the credit in
    its text and no author)."""
    caption = "春节将至，城郊村头新近出现了一批便民小超市。图为村民在超市里选购年货。"
    text = page(
        [
            "冰城迎客来",
            *cut(caption, 32, 0),
            "\u3000\u3000周越摄",
            "市里出台《关于进一步优化营商环境的",
            "若干措施》",
        ],
        "新华社北京4月21日电",
        body(BODY_B),
        *TWO_ARTICLES[:3],
    )
    photo, report, last = segment(text).articles
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "冰城迎客来", [caption])
    assert photo.authors == [Author("", "周越")]
    assert report.headline == "市里出台《关于进一步优化营商环境的若干措施》" and report.paragraphs == BODY_B
    assert last.authors == [Author("记者", "刘桐")]


def test_news_photo_whose_caption_closes_with_a_bracketed_credit_is_a_photo() -> None:
    # the credit's bracket broken over two lines, as a column cuts it; set wider than the text's
    # column, as a photo standing alone is (in the text's column at the page's top it would be the
    # first article's)
    text = page(
        cut(CAPTION_2 + "（新华社记者 谢晓航摄）", 42, 0) + [""],
        *TWO_ARTICLES,
    )
    photo, first, last = segment(text).articles
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", None, [CAPTION_2])
    assert photo.authors == [Author("记者", "谢晓航")]
    assert first.authors == [Author("记者", "刘桐")] and last.headline == "便民利企举措落地见效"


def test_a_bracketed_credit_for_all_photos_above_names_only_the_photographer() -> None:
    """`（以上图片均为新华社记者 X摄）` closing a caption: the words before the role word say which
    photos the credit covers; they are no one's name (they were read as a second photographer)."""
    text = page(
        cut(CAPTION_2 + "（以上图片均为新华社记者 谢晓航摄）", 42, 0) + [""],
        *TWO_ARTICLES,
    )
    photo, first, last = segment(text).articles
    assert (photo.kind, photo.paragraphs) == ("photo", [CAPTION_2])
    assert photo.authors == [Author("记者", "谢晓航")]
    assert photo.byline == "以上图片均为新华社记者 谢晓航摄"


def test_marked_credit_straight_under_a_caption_names_the_papers_photographer() -> None:
    # `■ 本报记者 X` right under the caption's last sentence, no blank between: the credit that
    # closes the caption (a byline stands over its text), with the role as printed
    text = page(
        cut(CAPTION, 40, 0) + ["■ 本报记者 索朗罗布", ""],
        cut(CAPTION_2 + " ■ 本报记者 蔡志培", 40, 0) + [""],
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    photo, second, article = segment(text).articles
    assert (photo.kind, photo.paragraphs) == ("photo", [CAPTION])
    assert photo.authors == [Author("记者", "索朗罗布")]
    assert (second.kind, second.paragraphs) == ("photo", [CAPTION_2])
    assert second.authors == [Author("记者", "蔡志培")]
    assert article.headline == "春耕备耕忙" and article.authors == [Author("记者", "刘桐")]


def test_a_name_over_a_portraits_caption_is_its_title_not_a_signed_byline() -> None:
    # a photo of a person is titled with their name; a signed commentary's name heads a body of
    # its own, never one caption closed by a credit
    caption = "徐虎（前排左）在华东师范大学的课堂上。"
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "徐虎",
        [caption, "■ 本报记者 郭红", ""],
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B),
    )
    first, photo, last = segment(text).articles
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "徐虎", [caption])
    assert photo.authors == [Author("记者", "郭红")]
    assert last.authors == [Author("记者", "王军豪")]


def test_a_signed_commentary_keeps_its_bare_name_as_author() -> None:
    # the other side of the portrait rule: a name over a body of several paragraphs signs it
    text = page("读书之乐", "王  浩", body(BODY_B))
    [article] = segment(text).articles
    assert article.authors == [Author("", "王浩")] and article.paragraphs == BODY_B


BROKEN = "日前，志愿者服务队员在牧区向牧民讲授冬季草场的利用和保护，帮助牧民了解科学养畜知识。"


def test_a_photographer_whose_name_broke_over_the_captions_line_end_is_named_whole() -> None:
    # `…知识。  方明` / `远摄`: the credit did not fit after the caption and broke at the line end
    text = page(
        *TWO_ARTICLES,
        "冬季草场保护",
        [BROKEN + "  方明", "远摄", ""],
    )
    photo = segment(text).articles[-1]
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "冬季草场保护", [BROKEN])
    assert photo.authors == [Author("", "方明远")]


def test_a_credit_broken_over_the_line_end_stays_in_its_captions_paragraph() -> None:
    # (a caption in its story's words: the story's photo, printed after its text)
    told = "春耕时节，农机手驾驶着播种机在新建的高标准农田里来回穿梭。"
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
        [told + "  方明", "远摄", ""],
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B),
    )
    first = segment(text).articles[0]
    assert first.paragraphs == [*BODY_A, told + "方明远摄"]


def test_a_titled_photo_closed_by_a_marked_credit_between_headlines_printed_after_their_bodies() -> None:
    # headlines after their bodies: `■ 本报记者 X` straight under the caption closes that photo,
    # which is neither the next report's photo nor a second title of the report before
    cap = "春节前夕，外国游客在地坛庙会赏灯观花，和中国老百姓一起欢度春节，处处欢乐祥和。"
    text = page(
        [x for p in BODY_A for x in [*cut(p, 36, 0), ""]],
        "春耕备耕忙",
        "游园赏灯过大年",
        [cap, "■ 本报记者 徐烨", ""],
        [
            x
            for k, p in enumerate(BODY_B)
            for x in [*cut(("本报武汉2月20日电  （记者王霞光）" if k == 0 else "") + p, 36, 0), ""]
        ],
        "便民利企举措落地见效",
    )
    first, photo, last = segment(text).articles
    assert (first.kicker, first.headline) == (None, "春耕备耕忙")
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "游园赏灯过大年", [cap])
    assert photo.authors == [Author("记者", "徐烨")]
    assert last.paragraphs == BODY_B and last.authors == [Author("记者", "王霞光")]


def test_a_credited_photo_after_articles_printed_headline_last_is_not_marked_unsure() -> None:
    # a photo stands alone whichever way the articles around it print their headlines: the two ways
    # are one reading of the photo, not a doubt about it, so they must not make it look unsure
    text = page(
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "春耕备耕忙",
        "■ 本报记者 王军豪",
        body(BODY_B),
        "便民利企举措落地见效",
        cut(CAPTION + "周越摄", 30, 0) + [""],
    )
    first, second, photo = segment(text).articles
    assert (photo.kind, photo.paragraphs, photo.authors) == ("photo", [CAPTION], [Author("", "周越")])
    assert not photo.uncertain
    assert (first.headline, second.headline) == ("春耕备耕忙", "便民利企举措落地见效")


def test_a_columns_name_under_a_headline_is_no_ones_byline() -> None:
    """`今日谈` under a headline reads like a signed commentary's bare name, but three ideographs
    opening with no surname are no one's name: the column's name is a title of the article (the
    headline, the title over it its kicker, as the laid-out sets record it), and no author."""
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        indented(BODY_A, 30),
        "便民利企举措落地见效",
        "今日谈",
        indented(BODY_B, 30),
    )
    first, second = segment(text).articles
    assert first.authors == [Author("记者", "刘桐")] and first.paragraphs == BODY_A
    assert (second.kicker, second.headline, second.authors) == ("便民利企举措落地见效", "今日谈", [])
    assert second.paragraphs == BODY_B


def test_a_signed_commentary_by_a_rarer_surname_keeps_its_author() -> None:
    # the other side of the column rule: `乐` opens no common name but is a surname all the same
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        indented(BODY_A, 30),
        "便民利企举措落地见效",
        "乐嘉明",
        indented(BODY_B, 30),
    )
    assert [a.authors for a in segment(text).articles] == [[Author("记者", "刘桐")], [Author("", "乐嘉明")]]


def test_a_name_of_three_opens_with_a_surname() -> None:
    assert all(may_be_name(n) for n in ("王浩", "乐嘉明", "欧阳修", "上官云", "稳波"))
    assert not any(may_be_name(n) for n in ("今日谈", "读书会"))


def test_a_commentary_signed_with_a_bare_name_under_its_text_keeps_it_as_author() -> None:
    """A commentary may be signed at its end: the writer's name alone on a line under the last
    paragraph, then the next article's heading. The name is the commentary's byline, not a kicker
    over the next headline nor a last paragraph."""
    text = page(
        "读书之乐",
        body(BODY_B),
        "王  浩",
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    first, second = segment(text).articles
    assert (first.headline, first.authors, first.paragraphs) == ("读书之乐", [Author("", "王浩")], BODY_B)
    assert (second.kicker, second.headline, second.authors) == (None, "春耕备耕忙", [Author("记者", "刘桐")])


def test_a_signature_under_the_text_on_a_headline_after_page_is_the_byline() -> None:
    """Where headlines stand after their text, a commentary signed at its end prints the name
    between its last paragraph and its headline, set apart from both: the byline, not a kicker."""
    text = page(
        "■ 本报记者 刘  桐",
        body(BODY_A),
        "春耕备耕忙",
        body(BODY_B),
        "王  浩",
        "读书之乐",
    )
    first, second = segment(text).articles
    assert (first.headline, first.authors) == ("春耕备耕忙", [Author("记者", "刘桐")])
    assert (second.kicker, second.headline, second.authors) == (None, "读书之乐", [Author("", "王浩")])
    assert second.paragraphs == BODY_B


def test_a_photographers_name_broken_over_the_line_end_before_the_agency_is_named_whole() -> None:
    # `…知识。  方明` / `远摄（影像中国）`: the credit, with the agency that closes it, broke at the line end
    text = page(
        *TWO_ARTICLES,
        "冬季草场保护",
        [BROKEN + "  方明", "远摄（影像中国）", ""],
    )
    photo = segment(text).articles[-1]
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "冬季草场保护", [BROKEN])
    assert photo.authors == [Author("", "方明远")]
