"""A signed piece whose writer signs with where they live or work (`■ 某省某市  王五`), and a special
page's coordinator credited in its column (`本期统筹：X`)."""

from __future__ import annotations

from reader.model import Author
from reader.page.blocks import line_byline
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_C, body, page


def test_a_marked_signature_of_a_place_and_a_name_is_the_byline() -> None:
    text = page("多想一步显担当", "■ 某省某市  王五明", body(BODY_C))
    [article] = segment(text).articles
    assert article.headline == "多想一步显担当"
    assert article.byline == "某省某市 王五明"
    assert article.authors == [Author("", "王五明")]
    assert article.paragraphs == BODY_C


def test_a_marked_line_of_two_phrases_is_no_signature() -> None:
    assert line_byline("■ 深化改革  推进发展") is None


def test_a_coordinators_credit_is_furniture_not_a_title() -> None:
    text = page("本期统筹：陈  震", ["乡村振兴", "山沟里建起果品加工厂"], "■ 本报记者 刘  桐", body(BODY_A))
    found = segment(text)
    [article] = found.articles
    assert (article.kicker, article.headline) == ("乡村振兴", "山沟里建起果品加工厂")
    assert any("统筹" in credit for credit in found.meta.editors)
