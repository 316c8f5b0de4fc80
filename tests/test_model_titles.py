"""Short titles: the name of an article where room is short (palette, sidebar, citations, `duba search`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.model import Article, cell_width

CAPTION = "3月13日，工人在聊城市德通交通器材制造有限公司生产车间内作业。该公司今年订单饱满。"


def test_a_headline_is_its_own_short_title_on_one_line() -> None:
    article = Article(id="a", headline="阳谷县打造\n人才集聚新高地", paragraphs=["正文。"])
    assert article.short_title() == "阳谷县打造 人才集聚新高地"


def test_a_photo_is_named_by_the_opening_of_its_caption() -> None:
    photo = Article(id="p", kind="photo", paragraphs=[CAPTION])
    assert photo.short_title(200) == "3月13日，工人在聊城市德通交通器材制造有限公司生产车间内作业…"
    short = photo.short_title(20)
    assert short == "3月13日，工人在聊城…" and cell_width(short) <= 20


def test_a_kicker_names_an_article_with_no_headline() -> None:
    assert Article(id="k", kicker="东阿县", paragraphs=[CAPTION]).short_title() == "东阿县"


@given(st.text(min_size=1, max_size=80), st.integers(min_value=1, max_value=60))
def test_short_titles_fit_their_width_in_cells(text: str, width: int) -> None:
    for article in (Article(id="h", headline=text), Article(id="p", kind="photo", paragraphs=[text])):
        title = article.short_title(width)
        assert cell_width(title) <= width
        if "\n" not in text and all(cell_len(c) == cell_width(c) for c in text):
            assert cell_len(title) <= width  # the same count as Rich's for ordinary text
