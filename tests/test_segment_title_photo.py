"""The caption of the photo printed over an article's headline (`压题照片为…`, `题图：…`) is that
article's, wherever the extraction puts it: a photo standing alone has no headline to stand over."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

NEWS_PHOTO = "3月12日，市民在公园里观赏盛开的樱花，感受春日气息。  刘桐摄（影像中国）"


def test_the_caption_of_the_photo_over_a_headline_goes_with_an_article_not_alone() -> None:
    """Two wide captions closed by their credits between one article's text and the next story's
    heading, the second naming the photo over a headline: it is printed with an article (its
    caption one of the article's paragraphs, the credit with it), not a photo standing alone."""
    title_photo = "压题照片为城郊一处新建的高标准农田。  王军豪摄"
    text = page(
        "春耕时节田间忙",
        "本报记者  何  平",
        body(BODY_A, 30),
        [*cut(NEWS_PHOTO, 60), ""],
        [*cut(title_photo, 60), ""],
        "便民利企举措落地见效",
        "■ 本报记者 尹腾淑",
        body(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [a.kind for a in articles] == ["article", "article"]
    assert [a.headline for a in articles] == ["春耕时节田间忙", "便民利企举措落地见效"]
    assert any("压题照片为城郊一处新建的高标准农田。" in p for a in articles for p in a.paragraphs)
    assert articles[1].paragraphs[-len(BODY_B) :] == BODY_B
